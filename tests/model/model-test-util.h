/* model-test-util.h — stores and rows the model tests share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

/* A folder of a test's own and the path of a database in it, removed after
 * the test: g_test_add (…, ModelTestDir, NULL, model_test_dir_set_up, …,
 * model_test_dir_tear_down). */
typedef struct
{
  char *dir;
  char *path;   /* dir/directives.db, not made */
} ModelTestDir;

void         model_test_dir_set_up    (ModelTestDir  *f,
                                       gconstpointer  data);
void         model_test_dir_tear_down (ModelTestDir  *f,
                                       gconstpointer  data);

/* Opens @path (":memory:" for a database of its own), asserting it opens. */
DtStore     *model_test_open_store    (const char *path);

/* Each saves a new row, asserts it saved and returns it (full reference). */
DtUnit      *model_test_add_unit      (DtStore    *store,
                                       const char *name);
DtNotice    *model_test_add_notice    (DtStore    *store,
                                       const char *number,
                                       DtDate      issued);
/* @ordinal may be NULL. */
DtDirective *model_test_add_directive (DtStore    *store,
                                       gint64      notice_id,
                                       gint64      lead_unit_id,
                                       const char *ordinal,
                                       const char *text,
                                       DtDate      deadline);

/* A "notify" handler that counts the emissions in the guint at @n. */
void         model_test_count_notify  (GObject    *object,
                                       GParamSpec *pspec,
                                       guint      *n);

/* Runs @sql on the database file at @path as another program would, without
 * the store, asserting it runs. */
void         model_test_exec_sql      (const char *path,
                                       const char *sql);

/* Removes the files in @dir, then @dir. */
void         model_test_remove_dir    (const char *dir);

G_END_DECLS
