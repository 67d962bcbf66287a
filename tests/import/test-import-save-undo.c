/* test-import-save-undo.c — an extraction saved in one transaction, what
 * the save tells it created and its undo, and saving off the main loop
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dt-directive-list.h"
#include "dt-extractor.h"
#include "dt-import-save.h"
#include "import-save-fixture.h"
#include "model-test-util.h"

static guint
count_rows (DtStore    *store,
            const char *table)
{
  g_autoptr(GListModel) units = NULL;

  if (g_str_equal (table, "units"))
    {
      units = dt_store_list_units (store, NULL);
      return g_list_model_get_n_items (units);
    }
  units = dt_store_list_notices (store, NULL);
  return g_list_model_get_n_items (units);
}

static gboolean
id_in (GArray *ids,
       gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* A save that fails midway (here a trigger refuses the fifth directive,
 * after the units and the notice were written) leaves nothing behind. */
static void
test_one_transaction (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-import-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "test.db", NULL);
  g_autoptr(DtStore) store = dt_store_open (db, &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (catalog);
  g_auto(DtImportSaveResult) result = { 0 };

  g_assert_no_error (error);
  model_test_exec_sql (db, "CREATE TRIGGER fail_midway BEFORE INSERT ON directives"
                            " WHEN (SELECT count(*) FROM directives) >= 4"
                            " BEGIN SELECT RAISE (ABORT, 'forced failure'); END");

  g_assert_false (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (result.unit_ids);
  g_assert_cmpuint (count_rows (store, "units"), ==, 0);
  g_assert_cmpuint (count_rows (store, "notices"), ==, 0);
  g_assert_true (dt_store_is_empty (store));

  /* without the fault, the same save goes through whole */
  model_test_exec_sql (db, "DROP TRIGGER fail_midway");
  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "units"), ==, result.n_new_units);
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id, NULL), ==, result.n_saved);

  g_clear_object (&store);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *path = g_strconcat (db, suffix, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* The result tells what was created; undo removes exactly that, in one go */
static void
test_result_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (catalog);
  g_autoptr(DtExtraction) again = NULL;
  g_autoptr(DtUnit) mine = dt_unit_new ("Văn phòng của tôi");
  g_autoptr(DtNotice) other = dt_notice_new ();
  g_autoptr(DtDirective) kept = dt_directive_new ();
  g_auto(DtImportSaveResult) result = { 0 };
  g_auto(DtImportSaveResult) second = { 0 };
  gint64 shared_unit, coordinator = 0;
  guint n_changed = 0;

  g_assert_no_error (error);
  g_assert_true (dt_store_save_unit (store, mine, &error));
  g_assert_no_error (error);

  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.unit_ids->len, ==, result.n_new_units);
  g_assert_cmpuint (result.n_new_units, >, 2);
  g_assert_cmpuint (result.directive_ids->len, ==, result.n_saved);
  g_assert_cmpuint (result.updated_ids->len, ==, 0);
  g_assert_false (id_in (result.unit_ids, dt_unit_get_id (mine)));
  for (guint i = 0; i < result.directive_ids->len; i++)
    {
      g_autoptr(DtDirective) d =
        dt_store_get_directive (store, g_array_index (result.directive_ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (dt_directive_get_notice_id (d), ==, result.notice_id);
      /* a unit leads it, or it addresses a collective */
      g_assert_true (dt_directive_get_lead_unit_id (d) > 0 || *dt_directive_get_addressee (d) != '\0');
    }

  /* the same notice again: the same rows, updated */
  again = import_save_extract_sample (catalog);
  g_assert_true (dt_extraction_save (again, store, catalog, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_true (second.was_update);
  g_assert_cmpuint (second.unit_ids->len, ==, 0);
  g_assert_cmpuint (second.directive_ids->len, ==, 0);
  g_assert_cmpuint (second.updated_ids->len, ==, result.directive_ids->len);
  for (guint i = 0; i < second.updated_ids->len; i++)
    g_assert_true (id_in (result.directive_ids, g_array_index (second.updated_ids, gint64, i)));

  /* the user gives two of the new units other work: those stay */
  shared_unit = g_array_index (result.unit_ids, gint64, 0);
  coordinator = g_array_index (result.unit_ids, gint64, 1);
  g_assert_true (dt_store_save_notice (store, other, &error));
  g_assert_no_error (error);
  dt_directive_set_notice_id (kept, dt_notice_get_id (other));
  dt_directive_set_text (kept, "Việc khác");
  dt_directive_set_lead_unit_id (kept, shared_unit);
  dt_directive_set_coordinating_unit_ids (kept, &coordinator, 1);
  g_assert_true (dt_store_save_directive (store, kept, &error));
  g_assert_no_error (error);

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &n_changed);
  g_assert_true (dt_store_delete_import (store, result.notice_id,
                                         (const gint64 *) (gpointer) result.unit_ids->data,
                                         result.unit_ids->len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);  /* one transaction */
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id, NULL), ==, 0);
  g_assert_null (dt_store_get_notice (store, result.notice_id, NULL));
  for (guint i = 0; i < result.unit_ids->len; i++)
    {
      gint64 id = g_array_index (result.unit_ids, gint64, i);
      g_autoptr(DtUnit) unit = dt_store_get_unit (store, id, NULL);

      if (id == shared_unit || id == coordinator)
        g_assert_nonnull (unit);
      else
        g_assert_null (unit);
    }
  /* the unit that was there before, and the other notice, stay */
  g_assert_cmpuint (count_rows (store, "units"), ==, 3);
  g_assert_cmpuint (dt_store_count_notice_directives (store, dt_notice_get_id (other), NULL), ==, 1);

  /* undoing again: the notice is gone, said so */
  g_assert_false (dt_store_delete_import (store, result.notice_id, NULL, 0, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
}

/* Saving off the main loop: on a connection of its own in a thread for a
 * file, on the caller's for ":memory:"; either way the caller's store has
 * told its lists (DtStore::changed with the rows written) before the
 * callback runs, and what was created is the caller's to undo. */
typedef struct
{
  GMainLoop          *loop;
  DtImportSaveResult  result;
  GError             *error;
  gboolean            saved;
  guint               n_changed_before;
  guint               n_changed;
} AsyncSave;

static void
count_changes (AsyncSave  *save,
               guint       changes,
               GHashTable *directive_ids)
{
  if (directive_ids != NULL)
    save->n_changed += g_hash_table_size (directive_ids);
}

static void
on_async_saved (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  AsyncSave *save = user_data;

  save->n_changed_before = save->n_changed;
  save->saved = dt_extraction_save_finish (DT_STORE (source), res, &save->result, &save->error);
  g_main_loop_quit (save->loop);
}

static void
save_async_into (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (path, &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (catalog);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(DtDirectiveList) list = NULL;
  AsyncSave save = { loop };

  g_assert_no_error (error);
  list = dt_directive_list_new (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_changes), &save);
  dt_extraction_save_async (extraction, store, catalog, NULL, NULL, on_async_saved, &save);
  g_main_loop_run (loop);

  g_assert_no_error (save.error);
  g_assert_true (save.saved);
  g_assert_cmpuint (save.result.n_saved, ==, extraction->directives->len);
  g_assert_cmpuint (save.n_changed_before, ==, save.result.n_saved);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, save.result.n_saved);
  g_assert_cmpint (dt_store_count_notice_directives (store, save.result.notice_id, NULL), ==,
                   save.result.n_saved);

  /* what it made is undone as a whole */
  g_assert_true (dt_store_delete_import (store, save.result.notice_id,
                                         (const gint64 *) (gpointer) save.result.unit_ids->data,
                                         save.result.unit_ids->len, &error));
  g_assert_no_error (error);
  g_assert_true (dt_store_is_empty (store));
  dt_import_save_result_clear (&save.result);
}

static void
test_save_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-save-async-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "directives.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_no_error (error);
  save_async_into (path);
  save_async_into (":memory:");
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-save/one-transaction", test_one_transaction);
  g_test_add_func ("/import-save/result-and-undo", test_result_and_undo);
  g_test_add_func ("/import-save/save-async", test_save_async);

  return g_test_run ();
}
