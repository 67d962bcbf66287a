/* bench-extract.c — how fast a notice is read
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-extract [--size MB] [--runs N]
 *
 * Prints the time to read the sample notice (mean of N runs) and the
 * throughput on a synthetic notice of about MB megabytes (the sample
 * repeated).  Never fails on slowness: run with small figures as a test so
 * that it cannot rot.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-extractor.h"

static double size_mb = 20;
static guint runs = 200;

static char *
load_sample (gsize *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"),
                                            "nghe-an-ket-luan-2024-01.txt", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, NULL));
  return text;
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

  sample = load_sample (&length);

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

int
main (int   argc,
      char *argv[])
{
  int kept = 1;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--size") == 0 && i + 1 < argc)
        size_mb = g_ascii_strtod (argv[++i], NULL);
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

  return g_test_run ();
}
