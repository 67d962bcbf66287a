/* bench-extract.c — how fast a notice is read and saved
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-extract [--size MB] [--runs N] [--save-size MB] [--quoted-size MB]
 *
 * Prints the time to read the sample notice (mean of N runs) and the
 * throughput on a synthetic notice of about MB megabytes (the sample
 * repeated); then the time to save the directives extracted from a
 * synthetic notice of --save-size megabytes into a new database file, and
 * to save it again (the update of an earlier import) and to undo it; and the
 * time to read one paragraph of --quoted-size megabytes that opens a
 * quotation and holds deadline phrases (once quadratic).  Lines of odd
 * lengths and shapes: bench-extract-lines.c.  Never fails on slowness or
 * size: run with small figures as a test so that it cannot rot.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-deadline.h"
#include "dt-extractor.h"
#include "dt-import-save.h"
#include "dt-import-source.h"
#include "bench-extract-util.h"

static double size_mb = 20;
static double save_size_mb = 5;
static double quoted_size_mb = 1;
static guint runs = 200;

/* Every real document of tests/import/corpus, read once each, runs times */
static void
bench_corpus (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "import", "corpus", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gsize bytes = 0;
  guint n_directives = 0;
  gint64 start, elapsed;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      bytes += length;
      g_ptr_array_add (texts, text);
    }
  g_assert_cmpuint (texts->len, >=, 12);

  for (guint i = 0; i < texts->len; i++)   /* warm up */
    dt_extraction_unref (dt_extractor_extract (extractor, g_ptr_array_index (texts, i), -1, NULL, NULL));

  start = g_get_monotonic_time ();
  for (guint r = 0; r < runs; r++)
    for (guint i = 0; i < texts->len; i++)
      {
        DtExtraction *e = dt_extractor_extract (extractor, g_ptr_array_index (texts, i), -1, NULL, NULL);

        if (r == 0)
          n_directives += e->directives->len;
        dt_extraction_unref (e);
      }
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("whole corpus (%u documents, %.1f KB, %u directives): %.3f ms per pass (mean of %u)",
                  texts->len, bytes / 1024.0, n_directives, (double) elapsed / runs / 1000.0, runs);
  g_assert_cmpuint (n_directives, >, 0);
}

static void
bench (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autofree char *sample = NULL;
  GString *large;
  gsize length;
  gint64 start, elapsed;
  guint n_directives = 0;
  double per_run_ms, seconds;

  sample = bench_load_sample (&length);

  /* warm up: the catalogue, the regexes */
  dt_extraction_unref (dt_extractor_extract (extractor, sample, length, NULL, NULL));

  start = g_get_monotonic_time ();
  for (guint i = 0; i < runs; i++)
    {
      DtExtraction *e = dt_extractor_extract (extractor, sample, length, NULL, NULL);

      n_directives = e->directives->len;
      dt_extraction_unref (e);
    }
  elapsed = g_get_monotonic_time () - start;
  per_run_ms = (double) elapsed / runs / 1000.0;
  g_test_message ("sample notice (%.1f KB, %u directives): %.3f ms per extraction (mean of %u)",
                  length / 1024.0, n_directives, per_run_ms, runs);
  g_assert_cmpuint (n_directives, >=, 28);

  large = g_string_sized_new ((gsize) (size_mb * 1024 * 1024) + length);
  while (large->len < size_mb * 1024 * 1024)
    g_string_append_len (large, sample, length);

  start = g_get_monotonic_time ();
  {
    g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, large->str, large->len, NULL, NULL);

    n_directives = e->directives->len;
  }
  elapsed = g_get_monotonic_time () - start;
  seconds = elapsed / 1e6;
  g_test_message ("synthetic notice (%.1f MB, %u directives): %.3f s, %.1f MB/s",
                  large->len / (1024.0 * 1024.0), n_directives, seconds,
                  large->len / (1024.0 * 1024.0) / MAX (seconds, 1e-9));
  g_assert_cmpuint (n_directives, >, 0);

  g_string_free (large, TRUE);
}

static void
bench_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtractor) extractor = dt_extractor_new (catalog);
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  GString *large;
  gsize length;
  g_auto(DtImportSaveResult) result = { 0 };
  double mb, seconds;
  gint64 start;

  sample = bench_load_sample (&length);
  large = g_string_sized_new ((gsize) (save_size_mb * 1024 * 1024) + length);
  while (large->len < save_size_mb * 1024 * 1024)
    g_string_append_len (large, sample, length);
  mb = large->len / (1024.0 * 1024.0);
  extraction = dt_extractor_extract (extractor, large->str, large->len, NULL, NULL);
  g_string_free (large, TRUE);
  g_assert_nonnull (extraction);

  dir = g_dir_make_tmp ("bench-save-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "bench.db", NULL);
  store = dt_store_open (db, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("save of a %.1f MB notice (%u directives, %u new units) into a file: "
                  "%.3f s, %.0f directives/s",
                  mb, result.n_saved, result.n_new_units, seconds,
                  result.n_saved / MAX (seconds, 1e-9));
  g_assert_cmpuint (result.n_saved, >, 0);

  /* the same notice again: every directive matched and updated in place */
  dt_import_save_result_clear (&result);
  start = g_get_monotonic_time ();
  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("update of the same notice (%u directives updated, %u added): %.3f s",
                  result.n_updated, result.n_saved, seconds);
  g_assert_true (result.was_update);

  /* undo of the import: the notice, its directives, its units */
  start = g_get_monotonic_time ();
  g_assert_true (dt_store_delete_import (store, result.notice_id, NULL, 0, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("undo of the import: %.3f s", seconds);
  g_assert_true (dt_store_is_empty (store));

  g_clear_object (&store);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *path = g_strconcat (db, suffix, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
bench_quoted (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(DtDeadline) deadline = NULL;
  GString *text = g_string_new ("Sở Tài chính chủ trì, “");
  gint64 start;
  double seconds;

  while (text->len < quoted_size_mb * 1024 * 1024)
    g_string_append (text, "báo cáo trước ngày 31/3/2024, hoàn thành trong quý II năm 2024, "
                           "trong dịp Tết Nguyên đán, 10 ngày/lần, ");

  start = g_get_monotonic_time ();
  deadline = dt_deadline_parse (text->str, text->len, dt_date_new (2024, 1, 25), NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("deadline parse of one quoted paragraph (%.1f MB): %.3f s",
                  text->len / (1024.0 * 1024.0), seconds);
  /* every phrase is inside the open quotation: none is a deadline */
  g_assert_null (deadline);

  start = g_get_monotonic_time ();
  extraction = dt_extractor_extract (extractor, text->str, text->len, NULL, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("extraction of the same paragraph: %.3f s", seconds);
  g_assert_nonnull (extraction);

  g_string_free (text, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int kept = 1;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--size") == 0 && i + 1 < argc)
        size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--save-size") == 0 && i + 1 < argc)
        save_size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--quoted-size") == 0 && i + 1 < argc)
        quoted_size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          int n = atoi (argv[++i]);

          runs = n > 0 ? (guint) n : 1;
        }
      else
        argv[kept++] = argv[i];
    }
  argc = kept;
  argv[argc] = NULL;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bench/extract", bench);
  g_test_add_func ("/bench/corpus", bench_corpus);
  g_test_add_func ("/bench/save", bench_save);
  g_test_add_func ("/bench/quoted-deadlines", bench_quoted);

  return g_test_run ();
}
