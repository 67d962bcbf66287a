/* test-import-save-cli.c — the command line: a notice extracted as a table
 * or as JSON, and imported into a database
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "dt-extractor.h"
#include "dt-import-cli.h"
#include "import-save-fixture.h"

static void
test_cli_extract (void)
{
  if (g_test_subprocess ())
    {
      char *path = import_save_sample_path ();
      int status = dt_import_cli_extract (path, FALSE);

      g_free (path);
      exit (status);
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
      char *path = import_save_sample_path ();
      int status = dt_import_cli_extract (path, TRUE);

      g_free (path);
      exit (status);
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
      char *path = import_save_sample_path ();
      const char *database = g_getenv ("DT_TEST_DB");
      int status = dt_import_cli_import (path, database);

      if (status == 0)
        status = dt_import_cli_import (path, database);
      g_free (path);
      g_rmdir (dir);
      g_free (dir);
      g_free (db);
      exit (status);
    }
  g_setenv ("DT_TEST_DB", db, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  /* every directive the importer reads is saved; the second import updates */
  {
    g_autofree char *path = import_save_sample_path ();
    g_autofree char *text = NULL;
    g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
    g_autoptr(DtExtraction) e = NULL;
    g_autofree char *expected = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    e = dt_extractor_extract (extractor, text, -1, NULL, NULL);
    g_assert_cmpuint (e->directives->len, >=, 59);
    expected = g_strdup_printf ("%u directives saved.\n*updated*", e->directives->len);
    g_test_trap_assert_stdout (expected);
  }
  g_unsetenv ("DT_TEST_DB");
  g_remove (db);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-save/cli-extract", test_cli_extract);
  g_test_add_func ("/import-save/cli-json", test_cli_json);
  g_test_add_func ("/import-save/cli-errors", test_cli_errors);
  g_test_add_func ("/import-save/cli-import", test_cli_import);

  return g_test_run ();
}
