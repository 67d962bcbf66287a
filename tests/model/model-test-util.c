/* model-test-util.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model-test-util.h"

void
model_test_dir_set_up (ModelTestDir  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("dt-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "directives.db", NULL);
}

void
model_test_dir_tear_down (ModelTestDir  *f,
                          gconstpointer  data)
{
  model_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

void
model_test_count_notify (GObject    *object,
                         GParamSpec *pspec,
                         guint      *n)
{
  (*n)++;
}

DtStore *
model_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  DtStore *store = dt_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

DtUnit *
model_test_add_unit (DtStore    *store,
                     const char *name)
{
  g_autoptr(GError) error = NULL;
  DtUnit *unit = dt_unit_new (name);

  g_assert_true (dt_store_save_unit (store, unit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dt_unit_get_id (unit), >, 0);
  return unit;
}

DtNotice *
model_test_add_notice (DtStore    *store,
                       const char *number,
                       DtDate      issued)
{
  g_autoptr(GError) error = NULL;
  DtNotice *notice = dt_notice_new ();

  dt_notice_set_number (notice, number);
  dt_notice_set_issue_date (notice, issued);
  g_assert_true (dt_store_save_notice (store, notice, &error));
  g_assert_no_error (error);
  return notice;
}

DtDirective *
model_test_add_directive (DtStore    *store,
                          gint64      notice_id,
                          gint64      lead_unit_id,
                          const char *ordinal,
                          const char *text,
                          DtDate      deadline)
{
  g_autoptr(GError) error = NULL;
  DtDirective *directive = dt_directive_new ();

  dt_directive_set_notice_id (directive, notice_id);
  dt_directive_set_lead_unit_id (directive, lead_unit_id);
  if (ordinal != NULL)
    dt_directive_set_ordinal (directive, ordinal);
  dt_directive_set_text (directive, text);
  dt_directive_set_deadline (directive, deadline);
  g_assert_true (dt_store_save_directive (store, directive, &error));
  g_assert_no_error (error);
  return directive;
}

void
model_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        model_test_remove_dir (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

void
model_test_exec_sql (const char *path,
                     const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}
