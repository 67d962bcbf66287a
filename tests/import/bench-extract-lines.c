/* bench-extract-lines.c — how fast and in how much memory lines of odd
 * lengths and shapes are read
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-extract-lines [--short-size MB] [--long-size MB] [--limit-size MB]
 *                       [--wrap-size MB]
 *
 * Prints the time and the peak memory beyond the text itself to read
 * --short-size megabytes of one-character lines (refused at once, by the
 * file reader and by the extractor), --limit-size megabytes of lines of
 * twelve characters (the shortest that are read) and --long-size megabytes
 * in lines of a megabyte that assign a task in every sentence (once
 * quadratic), and as much in paragraphs of a megabyte of clauses between
 * ";" (once quadratic too); then, for lines of 1, 2, 4, 5, 20, 80 and 1000 characters of
 * several shapes (words, a sentence a line, list items, table cells), the
 * peak memory of the whole of "directives --extract FILE" (reading the
 * file, extracting, the JSON) per byte of the file, at the most lines of
 * that length that are read or --wrap-size megabytes.  Never fails on
 * slowness or size: run with small figures as a test so that it cannot rot.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "dt-extractor.h"
#include "dt-import-cli.h"
#include "dt-import-source.h"
#include "bench-extract-util.h"

static double short_size_mb = 50;
static double limit_size_mb = 1;
static double long_size_mb = 10;
static double wrap_size_mb = 16;

/* Millions of one-character lines: refused at once by the reader (before
 * it copies the text) and by the extractor */
static void
bench_short_lines (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  gsize length = (gsize) (short_size_mb * 1024 * 1024) & ~(gsize) 1;
  char *text = g_malloc (length + 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read = NULL;
  g_autofree char *figures = NULL;
  DtExtraction *extraction;
  gsize base;
  gint64 start;

  for (gsize i = 0; i < length; i += 2)
    memcpy (text + i, "a\n", 2);
  text[length] = '\0';
  bytes = g_bytes_new_take (text, length);

  base = bench_peak_reset ();
  start = g_get_monotonic_time ();
  read = dt_import_read_bytes (bytes, NULL, &error);
  figures = bench_describe (start, base, length);
  g_test_message ("reading %.1f MB of one-character lines: %s", length / (1024.0 * 1024.0), figures);
  g_assert_null (read);
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
  g_clear_error (&error);
  g_clear_pointer (&figures, g_free);

  base = bench_peak_reset ();
  start = g_get_monotonic_time ();
  extraction = dt_extractor_extract (extractor, text, length, NULL, &error);
  figures = bench_describe (start, base, length);
  g_test_message ("extraction of the same: %s", figures);
  g_assert_null (extraction);
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
}

static void
bench_lines (const char *what,
             const char *line,
             double      size_mb)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DtExtraction) extraction = NULL;
  g_autofree char *figures = NULL;
  gsize base;
  gint64 start;

  /* warm up: the catalogue */
  dt_extraction_unref (dt_extractor_extract (extractor, line, -1, NULL, NULL));
  while (text->len < size_mb * 1024 * 1024)
    g_string_append (text, line);

  base = bench_peak_reset ();
  start = g_get_monotonic_time ();
  extraction = dt_extractor_extract (extractor, text->str, text->len, NULL, NULL);
  figures = bench_describe (start, base, text->len);
  g_test_message ("extraction of %.1f MB of %s (%u directives): %s", text->len / (1024.0 * 1024.0), what,
                  extraction->directives->len, figures);
}

/* Lines of twelve characters: the shortest read as a notice's */
static void
bench_limit_lines (void)
{
  bench_lines ("lines of twelve characters", "Sở Y tế, Sở\n", limit_size_mb);
}

/* Lines of a megabyte, a task in every sentence */
static void
bench_long_lines (void)
{
  g_autoptr(GString) line = g_string_new (NULL);

  while (line->len < 1024 * 1024)
    g_string_append (line, "Sở Tài chính chủ trì, phối hợp với các sở, ngành hoàn thành trước ngày 31/3/2024. ");
  g_string_append_c (line, '\n');
  bench_lines ("lines of a megabyte", line->str, long_size_mb);
}

/* A paragraph of a megabyte, one list item of clauses between ";" with
 * no date but the last (once quadratic: each ";" read the item so far
 * again) */
static void
bench_clauses (void)
{
  g_autoptr(GString) line = g_string_new ("1. Giao Sở Xây dựng: ");

  while (line->len < 1024 * 1024)
    g_string_append (line, "kiểm tra các công trình nhà ở xã hội trên địa bàn tỉnh; ");
  g_string_append (line, "báo cáo trước ngày 30/6/2025.\n");
  bench_lines ("a paragraph of clauses", line->str, long_size_mb);
}

/* The line shapes of /bench/line-lengths: what each line opens with, then
 * words of the sample notice, or one letter again and again */
static const struct
{
  const char *name;
  const char *marker;
  gboolean    words;
  gboolean    full_stop;
} shapes[] = {
  { "words", "", TRUE, FALSE },
  { "capital", "", FALSE, FALSE },
  { "sentence", "", FALSE, TRUE },
  { "dash item", "- ", FALSE, FALSE },
  { "numbered", "1. ", FALSE, FALSE },
  { "letter item", "a) ", FALSE, TRUE },
  { "table cell", "| ", FALSE, FALSE },
};

/* Lines of length characters (the marker's included) in the given shape,
 * about size bytes or lines lines, whichever comes first */
static GString *
wrapped_text (const char *sample,
              guint       length,
              guint       shape,
              gsize       size,
              gsize       lines)
{
  GString *text = g_string_sized_new (size + 64);
  const char *s = sample;
  gsize n = 0;

  while (text->len < size && n < lines)
    {
      guint chars = g_utf8_strlen (shapes[shape].marker, -1);

      if (chars < length)
        g_string_append (text, shapes[shape].marker);
      else
        chars = 0;
      for (; chars < length; chars++)
        {
          gunichar c;

          if (shapes[shape].full_stop && chars + 1 == length && length > 1)
            {
              g_string_append_c (text, '.');
              continue;
            }
          if (!shapes[shape].words)
            {
              g_string_append_c (text, chars == 0 || text->str[text->len - 1] == ' ' ? 'A' : 'a');
              continue;
            }
          /* the sample's characters in order, its own line breaks as spaces */
          do
            {
              if (*s == '\0')
                s = sample;
              c = g_utf8_get_char (s);
              s = g_utf8_next_char (s);
            }
          while (chars == 0 && g_unichar_isspace (c));
          g_string_append_unichar (text, g_unichar_isspace (c) ? ' ' : c);
        }
      g_string_append_c (text, '\n');
      n++;
    }
  return text;
}

/* "directives --extract FILE --json" but the printing, on a file of lines
 * of one length and shape: FALSE if it is refused as no notice */
static gboolean
measure_lines (GFile      *file,
               const char *sample,
               guint       length,
               guint       shape,
               gsize       max_lines,
               double     *worst)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = g_file_get_path (file);
  GString *generated;
  gsize size, base, peak;
  gint64 start;
  double seconds, beyond;

  generated = wrapped_text (sample, length, shape, (gsize) (wrap_size_mb * 1024 * 1024), max_lines);
  g_assert_true (g_file_set_contents (path, generated->str, generated->len, &error));
  g_assert_no_error (error);
  size = generated->len;
  g_string_free (generated, TRUE);

  base = bench_peak_reset ();
  start = g_get_monotonic_time ();
  text = dt_import_read_file (file, NULL, NULL, &error);
  if (text != NULL)
    {
      extraction = dt_extractor_extract (extractor, text, -1, NULL, &error);
      g_assert_no_error (error);
      json = dt_extraction_to_json (extraction);
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  peak = bench_peak_read ();
  beyond = ((double) peak - base - size) / size;
  if (text == NULL)
    {
      g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
      g_test_message ("lines of %4u characters (%-11s) %6.2f MB: refused in %.3f s, %.1f MB in all: %s",
                      length, shapes[shape].name, size / (1024.0 * 1024.0), seconds,
                      ((double) peak - base) / (1024.0 * 1024.0), error->message);
      return FALSE;
    }
  if (base == 0 || peak == 0)
    {
      g_test_message ("lines of %u characters (%s): %.3f s (no /proc: memory not measured)",
                      length, shapes[shape].name, seconds);
      return TRUE;
    }
  /* a page more or less is all that can be seen of a few kilobytes */
  if (size >= 64 * 1024)
    *worst = MAX (*worst, beyond);
  g_test_message ("lines of %4u characters (%-11s) %6.2f MB, %5u directives: %6.3f s, peak %5.2f bytes "
                  "a byte beyond the text (%.2f MB in all)",
                  length, shapes[shape].name, size / (1024.0 * 1024.0), extraction->directives->len, seconds,
                  beyond, ((double) peak - base) / (1024.0 * 1024.0));
  return TRUE;
}

/* "directives --extract FILE --json" on lines of every length and shape,
 * as many as are read (249,000 of the shortest read; a hundred of those
 * refused at any number), up to --wrap-size megabytes: the peak memory
 * beyond the text, per byte */
static void
bench_line_lengths (void)
{
  static const guint lengths[] = { 1, 2, 4, 5, 20, 80, 1000 };   /* 4: the shortest read */
  g_autoptr(DtExtractor) warm = dt_extractor_new (NULL);
  g_autofree char *sample = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  double worst = 0;
  gsize length;

  sample = bench_load_sample (&length);
  dir = g_dir_make_tmp ("bench-lines-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notice.txt", NULL);
  file = g_file_new_for_path (path);
  /* warm up: the catalogue, the regexes, the JSON writer */
  {
    g_autoptr(DtExtraction) e = dt_extractor_extract (warm, sample, length, NULL, NULL);
    g_autofree char *json = dt_extraction_to_json (e);
  }

  for (guint l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (guint shape = 0; shape < G_N_ELEMENTS (shapes); shape++)
      {
        if (lengths[l] <= g_utf8_strlen (shapes[shape].marker, -1))
          continue;
        if (!measure_lines (file, sample, lengths[l], shape, 249000, &worst))
          measure_lines (file, sample, lengths[l], shape, 100, &worst);
      }
  g_test_message ("the most beyond the text (of 64 KB or more): %.2f bytes a byte", worst);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int kept = 1;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--short-size") == 0 && i + 1 < argc)
        short_size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--limit-size") == 0 && i + 1 < argc)
        limit_size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--long-size") == 0 && i + 1 < argc)
        long_size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--wrap-size") == 0 && i + 1 < argc)
        wrap_size_mb = g_ascii_strtod (argv[++i], NULL);
      else
        argv[kept++] = argv[i];
    }
  argc = kept;
  argv[argc] = NULL;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bench/short-lines", bench_short_lines);
  g_test_add_func ("/bench/limit-lines", bench_limit_lines);
  g_test_add_func ("/bench/long-lines", bench_long_lines);
  g_test_add_func ("/bench/clauses", bench_clauses);
  g_test_add_func ("/bench/line-lengths", bench_line_lengths);

  return g_test_run ();
}
