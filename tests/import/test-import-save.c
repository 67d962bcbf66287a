/* test-import-save.c — an extraction into the store, and the command line
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-extractor.h"
#include "dt-import-cli.h"
#include "dt-import-save.h"

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
}

static DtExtraction *
extract_sample (DtUnitCatalog *catalog)
{
  g_autofree char *path = sample_path ();
  g_autofree char *text = NULL;
  g_autoptr(DtExtractor) extractor = dt_extractor_new (catalog);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return dt_extractor_extract (extractor, text, -1, NULL, NULL);
}

static void
test_save_and_update (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(DtExtraction) again = NULL;
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(DtUnit) health = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  DtImportSaveResult result, second;
  guint n;

  g_assert_no_error (error);
  extraction = extract_sample (catalog);
  n = extraction->directives->len;

  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_false (result.was_update);
  g_assert_cmpuint (result.n_saved, ==, n);
  g_assert_cmpuint (result.n_skipped, ==, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id), ==, n);

  notice = dt_store_get_notice (store, result.notice_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_notice_get_number (notice), ==, "/TB-UBND");
  g_assert_cmpuint (dt_notice_get_meeting_date (notice), ==, extraction->meeting_date);
  g_assert_cmpstr (dt_notice_get_signer (notice), ==, "Đặng Thanh Tùng");

  /* catalogue units arrive with their aliases: the abbreviation finds them */
  health = dt_store_find_unit (store, "Sở LĐ-TB&XH");
  g_assert_nonnull (health);
  g_assert_cmpstr (dt_unit_get_name (health), ==, "Sở Lao động - Thương binh và Xã hội");

  /* the same notice again: noticed, updated in place, no duplicate */
  dt_unit_catalog_add_store_units (catalog, store);
  again = extract_sample (catalog);
  g_assert_true (dt_extraction_save (again, store, catalog, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_true (second.was_update);
  g_assert_cmpint (second.notice_id, ==, result.notice_id);
  g_assert_cmpuint (second.n_updated, ==, n);
  g_assert_cmpuint (second.n_saved, ==, 0);
  g_assert_cmpuint (second.n_new_units, ==, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id), ==, n);

  /* saving only what the reviewer selected */
  {
    g_autoptr(DtStore) other = dt_store_open (":memory:", &error);
    DtImportSaveResult partial;

    g_ptr_array_add (selected, g_ptr_array_index (extraction->directives, 0));
    g_assert_true (dt_extraction_save (extraction, other, catalog, selected, &partial, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (dt_store_count_notice_directives (other, partial.notice_id), ==, 1);
  }
}

static void
test_directive_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtExtraction) extraction = extract_sample (NULL);
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = NULL;
  DtImportSaveResult result;
  gboolean found = FALSE;

  g_assert_true (dt_extraction_to_store_objects (extraction, store, NULL, NULL, &notice,
                                                 &directives, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (directives->len, ==, extraction->directives->len);
  for (guint i = 0; i < directives->len; i++)
    {
      DtDirective *d = g_ptr_array_index (directives, i);

      g_assert_cmpint (dt_directive_get_lead_unit_id (d), >, 0);
      if (g_strcmp0 (dt_directive_get_ordinal (d), "20") == 0)
        {
          found = TRUE;
          g_assert_cmpuint (dt_directive_get_deadline (d), ==, dt_date_new (2024, 3, 31));
          g_assert_cmpstr (dt_directive_get_deadline_phrase (d), ==, "trước ngày 31/3/2024");
          g_assert_cmpstr (dt_directive_get_section (d), ==, "Về quản lý nhà nước");
        }
    }
  g_assert_true (found);
}

static void
test_cli_extract (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = sample_path ();

      exit (dt_import_cli_extract (path, FALSE));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("id\tpart\twhere\tcategory\tlead_units\tcoordinating_units\t"
                             "deadline_phrase\tdeadline\trecurrence\ttext_start\ttext\n*");
  g_test_trap_assert_stdout ("*\nA20\tappendix\t20\tVề quản lý nhà nước\tSở Nội vụ\t\t"
                             "trước ngày 31/3/2024\t2024-03-31\t*");
}

static void
test_cli_json (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = sample_path ();

      exit (dt_import_cli_extract (path, TRUE));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*\"meeting_date\": \"2024-01-25\"*\"lead_units\": \"Sở Ngoại vụ\"*");
}

static void
test_cli_errors (void)
{
  if (g_test_subprocess ())
    exit (dt_import_cli_extract ("/nonexistent/notice.txt", FALSE));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
}

static void
test_cli_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dt-import-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "test.db", NULL);

  if (g_test_subprocess ())
    {
      g_autofree char *path = sample_path ();
      const char *database = g_getenv ("DT_TEST_DB");

      if (dt_import_cli_import (path, database) != 0)
        exit (1);
      exit (dt_import_cli_import (path, database));
    }
  g_setenv ("DT_TEST_DB", db, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("66 directives saved.\n*updated*");
  g_unsetenv ("DT_TEST_DB");
  g_remove (db);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-save/save-and-update", test_save_and_update);
  g_test_add_func ("/import-save/directive-fields", test_directive_fields);
  g_test_add_func ("/import-save/cli-extract", test_cli_extract);
  g_test_add_func ("/import-save/cli-json", test_cli_json);
  g_test_add_func ("/import-save/cli-errors", test_cli_errors);
  g_test_add_func ("/import-save/cli-import", test_cli_import);

  return g_test_run ();
}
