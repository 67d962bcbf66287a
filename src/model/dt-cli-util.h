/* dt-cli-util.h — what the command-line exports share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dt-date.h"
#include "dt-notice.h"
#include "dt-store.h"
#include "dt-unit.h"

G_BEGIN_DECLS

/* The exit status of a command given a value it cannot use */
#define DT_CLI_EXIT_BAD_VALUE 2

/* Tells the user what was wrong with a value ("directives: …") and returns
 * DT_CLI_EXIT_BAD_VALUE. */
int dt_cli_bad_value (const char *format,
                      ...) G_GNUC_PRINTF (1, 2);
/* Tells the user why the command failed and returns 1. */
int dt_cli_failed    (const char *message);

/* Reads a date the user typed into *date; NULL text leaves *date alone.
 * Returns 0, or the exit status after telling the user it is no date. */
int dt_cli_read_date (const char *text,
                      DtDate     *date);

/* The database a command reads, with the notice and the unit it was asked
 * about (NULL when none was named). */
typedef struct
{
  char     *path;
  DtStore  *store;
  DtNotice *notice;
  DtUnit   *unit;
} DtCliStore;

/* Opens database_path (NULL: the default database) and finds the notice
 * numbered notice_number and the unit named unit_name, either may be NULL.
 * Returns 0, or the exit status after telling the user what went wrong. */
int  dt_cli_store_open  (DtCliStore *cli,
                         const char *database_path,
                         const char *notice_number,
                         const char *unit_name);
void dt_cli_store_clear (DtCliStore *cli);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DtCliStore, dt_cli_store_clear)

G_END_DECLS
