/* dt-import-cli.h — "directives --extract FILE" and "--import FILE"
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-extraction.h"

G_BEGIN_DECLS

/* The columns of the gold files, then the full text:
 * id, part, where, category, lead_units, coordinating_units,
 * deadline_phrase, deadline, recurrence, text_start, text */
char *dt_extraction_to_tsv   (DtExtraction *extraction);
/* {"notice": {…header fields…}, "directives": [{…same columns…}]} */
char *dt_extraction_to_json  (DtExtraction *extraction);

/* --extract FILE [--json], --import FILE (with the application's --database) */
void  dt_import_cli_add_options (GApplication *app);
/* An exit status, or -1 when no import option was given */
int   dt_import_cli_run      (GVariantDict *options,
                              const char   *database_path);

/* Exit statuses */
int   dt_import_cli_extract  (const char   *path,
                              gboolean      json);
int   dt_import_cli_import   (const char   *path,
                              const char   *database_path);   /* NULL: the default database */

G_END_DECLS
