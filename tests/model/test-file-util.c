/* test-file-util.c — an export is written whole or not at all
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "dt-file-util.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dt-file-util-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The new file replaces the old one, keeping the old one's permissions,
 * and the temporary file is gone. */
static void
test_replace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);
  g_autofree char *tmp = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  tmp = dt_file_create_temp_beside (path, &error);
  g_assert_no_error (error);
  tmp_dir = g_path_get_dirname (tmp);
  g_assert_cmpstr (tmp_dir, ==, dir);
  g_assert_cmpint (g_stat (tmp, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_file_set_contents (tmp, "new", -1, &error);
  g_assert_no_error (error);
  g_assert_true (dt_file_finish_temp (tmp, path, TRUE, &error));
  g_assert_no_error (error);

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* A failed write leaves the old file as it was and no temporary file. */
static void
test_failed_keeps_old (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *tmp = NULL;
  g_autofree char *contents = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  tmp = dt_file_create_temp_beside (path, &error);
  g_assert_no_error (error);
  g_file_set_contents (tmp, "half", -1, &error);
  g_assert_no_error (error);

  g_assert_false (dt_file_finish_temp (tmp, path, FALSE, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* A rename that fails (a folder stands where the file goes) is an error,
 * and the temporary file is removed. */
static void
test_rename_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *inside = g_build_filename (path, "x", NULL);
  g_autofree char *tmp = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_file_set_contents (inside, "", -1, &error);
  g_assert_no_error (error);
  tmp = dt_file_create_temp_beside (path, &error);
  g_assert_no_error (error);

  g_assert_false (dt_file_finish_temp (tmp, path, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));

  g_unlink (inside);
  g_rmdir (path);
  g_rmdir (dir);
}

/* No temporary file in a folder that does not exist: an error. */
static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "nowhere", "report.pdf", NULL);
  g_autofree char *tmp = dt_file_create_temp_beside (path, &error);

  g_assert_null (tmp);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-util/replace", test_replace);
  g_test_add_func ("/file-util/failed-keeps-old", test_failed_keeps_old);
  g_test_add_func ("/file-util/rename-fails", test_rename_fails);
  g_test_add_func ("/file-util/missing-folder", test_missing_folder);

  return g_test_run ();
}
