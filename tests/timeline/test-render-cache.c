/* test-render-cache.c — printed pages shape each text once
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "dt-date.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render-cache.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define N_ITEMS 24

static guint
count_of (GHashTable *counts,
          const char *text)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, text));
}

static guint
occurrences (const char *haystack,
             const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

#if HAVE_POPPLER
/* Two units of twelve directives each, all with the same deadline, on A4
 * pages_wide pages across: the second unit's rows go on over a page break,
 * under its "continued" header.  The pages are drawn to a PDF at path. */
static DtTimelinePages *
draw_chart (guint        pages_wide,
            GHashTable  *counts,
            const char  *path)
{
  DtDate today = dt_date_new (2024, 3, 15);
  DtDate deadline = dt_date_new (2024, 6, 28);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  DtTimelinePages *pages;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      /* No label inside another ("1. …" is in "11. …"). */
      g_autofree char *task = g_strdup_printf ("Báo cáo tiến độ số %u xong", i + 1);

      g_ptr_array_add (items, fixture_item (i + 1, i % 2 ? "Sở Tài chính" : "Sở Xây dựng", ordinal,
                                            task, dt_date_new (2024, 1, 2) + i, deadline, today));
    }
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = pages_wide;
  setup.printed_on = today;
  pages = dt_timeline_pages_new (items, &o, &setup);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, pages_wide);
  n_pages = dt_timeline_pages_get_n_pages (pages);

  if (counts != NULL)
    _dt_timeline_pages_set_shape_counts (pages, counts);
  surface = cairo_pdf_surface_create (path, setup.page_width, setup.page_height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      dt_timeline_pages_draw_page (pages, cr, i, style);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

/* Each row and its deadline are found on exactly as many pages as there
 * are pages across (the date on one of them): not also under the
 * "continued" header of the band after it, where a search found the row on
 * a page that does not show it. */
static void
assert_rows_on_pages (DtTimelinePages *pages,
                      const char      *path,
                      guint            n_across)
{
  DtTimelineLayout *layout = dt_timeline_pages_get_layout (pages);
  const char *date_label = NULL;
  guint n_labels = 0, n_pages = 0;

  /* The chart does go over a page break inside a group. */
  pdf_text_count_found (path, "(continued)", &n_pages);
  g_assert_cmpuint (n_pages, ==, n_across);

  for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout); i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

      if (row->kind != DT_TIMELINE_ROW_ITEM)
        continue;
      g_assert_cmpuint (pdf_text_count_found (path, row->label, &n_pages), ==, n_across);
      g_assert_cmpuint (n_pages, ==, n_across);
      date_label = row->date_label;
      n_labels++;
    }
  g_assert_cmpuint (n_labels, ==, N_ITEMS);
  /* The same deadline on every row. */
  g_assert_nonnull (date_label);
  g_assert_cmpuint (pdf_text_count_found (path, date_label, NULL), ==, N_ITEMS);
}
#endif

/* Three pages wide, every row label is on three pages, and one deadline
 * date on every row: each is shaped once, though drawn many times. */
static void
test_shaped_once (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = g_dir_make_tmp ("dt-render-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  DtTimelineLayout *layout;
  const char *date_label = NULL;

  g_assert_no_error (error);
  pages = draw_chart (3, counts, path);
  text = pdf_text_read (path);
  assert_rows_on_pages (pages, path, 3);

  layout = dt_timeline_pages_get_layout (pages);
  for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout); i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

      if (row->kind != DT_TIMELINE_ROW_ITEM)
        continue;
      /* On every page across, shaped for the first. */
      g_assert_cmpuint (count_of (counts, row->label), ==, 1);
      date_label = row->date_label;
    }

  /* The same deadline on every row: one date, drawn on every row (and
   * only where the row is seen). */
  g_assert_nonnull (date_label);
  g_assert_cmpuint (occurrences (text, date_label), ==, N_ITEMS);
  g_assert_cmpuint (count_of (counts, date_label), ==, 1);
  g_assert_cmpuint (count_of (counts, "Sở Tài chính"), ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* One page wide, a search of the PDF finds each directive on the one page
 * that shows it. */
static void
test_rows_once (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-render-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  g_autoptr(DtTimelinePages) pages = NULL;

  g_assert_no_error (error);
  pages = draw_chart (1, NULL, path);
  g_assert_cmpuint (dt_timeline_pages_get_n_pages (pages), >=, 2);
  assert_rows_on_pages (pages, path, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* On paper, words are a whole space apart: glyphs placed on whole points
 * squeezed some spaces to almost nothing ("khai thực" read "khaithực"). */
static void
test_word_spaces (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-render-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  g_autoptr(DtTimelinePages) pages = NULL;
  g_autoptr(GArray) gaps = NULL;
  guint n_checked = 0;

  g_assert_no_error (error);
  pages = draw_chart (1, NULL, path);
  gaps = pdf_text_get_word_gaps (path);
  /* Every row label has five spaces. */
  g_assert_cmpuint (gaps->len, >=, N_ITEMS * 5);
  /* Text of one size has one width of space between small letters (no
   * font kerns those with a space): none squeezed (by up to a point,
   * where glyphs were placed on whole points). */
  for (guint i = 0; i < gaps->len; i++)
    {
      const PdfTextGap *gap = &g_array_index (gaps, PdfTextGap, i);
      double widest = 0;

      if (!g_unichar_islower (gap->before) || !g_unichar_islower (gap->after))
        continue;
      for (guint j = 0; j < gaps->len; j++)
        {
          const PdfTextGap *other = &g_array_index (gaps, PdfTextGap, j);

          if (fabs (other->height - gap->height) < 0.01
              && g_unichar_islower (other->before) && g_unichar_islower (other->after))
            widest = MAX (widest, other->width);
        }
      g_assert_cmpfloat_with_epsilon (gap->width, widest, 0.05);
      n_checked++;
    }
  /* Three in every row label ("tiến độ số"). */
  g_assert_cmpuint (n_checked, >=, N_ITEMS * 3);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* Text shaped without a layout (dt-timeline-render-run.c) is what a layout
 * makes of it: the same glyphs at the same places, the same extents, and
 * the same ellipsis at every width; text that is not simple goes through a
 * layout. */
static const char *const run_texts[] = {
  "13685. Triển khai thực hiện nhiệm vụ được giao theo kế hoạch",
  "Đôn đốc khai thực hiện báo cáo tiến độ (quý I/2024) – “đánh giá” kết quả…",
  "12/11/2024",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "AVATAR To Ta Yo, W. Va.; ffi fl 1.000.000 ₫ 50% <x> [y] {z}",
  "Ďalší řádek ǅ ƀ Ơ ơ Ư ư — ÀÁÂÃ àáâã",
  "i",
  "Hoàn thành trước ngày 31/12/2024, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện; "
  "phối hợp với các sở, ngành, địa phương triển khai các nội dung theo chỉ đạo tại văn bản "
  "số 1234/UBND-TH và tổng hợp, đề xuất các giải pháp tháo gỡ khó khăn, vướng mắc",
  /* Not simple: a layout. */
  "Tie\xcc\x82\xcc\x81ng Vie\xcc\xa3\xcc\x82t",
  "中文 测试 Tiếng",
  "עברית and Latin",
  "tab\there",
  "line\nbreak",
  "emoji 😀 here",
  "",
};
#define N_SIMPLE 8

static char *
draw_texts (gboolean    runs,
            gboolean    paper,
            GHashTable *layouts,
            GString    *extents)
{
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  const double widths[] = { -1, 3, 20, 61.7, 140, 300 };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  DtRenderCache *cache;
  char *svg = NULL;
  cairo_t *cr;
  int fd;
  double y = 0.37;

  fd = g_file_open_tmp ("dt-runs-XXXXXX.svg", &path, &error);
  g_assert_no_error (error);
  close (fd);
  surface = cairo_svg_surface_create (path, 700, 4000);
  cr = cairo_create (surface);
  cache = _dt_render_cache_new (cr, style, 1024, paper);
  _dt_render_cache_set_layout_counting (cache, layouts, runs);
  for (guint i = 0; i < G_N_ELEMENTS (run_texts); i++)
    for (int f = 0; f < 3; f++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          const PangoFontDescription *font = f == 0 ? _dt_render_cache_get_font (cache)
                                             : f == 1 ? _dt_render_cache_get_bold (cache)
                                             : _dt_render_cache_get_small (cache);
          PangoRectangle logical;
          const DtRenderCacheText *text = _dt_render_cache_get_text (cache, font, run_texts[i], widths[w],
                                                                     PANGO_ALIGN_LEFT, &logical);

          g_string_append_printf (extents, "%u %d %g: %d %d %d %d\n", i, f, widths[w],
                                  logical.x, logical.y, logical.width, logical.height);
          cairo_move_to (cr, 10.3, y);
          _dt_render_cache_text_show (text, cr);
          g_assert_true (cairo_has_current_point (cr));
          y += 12.1;
        }
  _dt_render_cache_free (cache);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_file_get_contents (path, &svg, NULL, &error);
  g_assert_no_error (error);
  g_remove (path);
  return svg;
}

static void
test_runs_as_layouts (void)
{
  for (int paper = 0; paper < 2; paper++)
    {
      g_autoptr(GHashTable) with_runs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GHashTable) with_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GString) run_extents = g_string_new (NULL);
      g_autoptr(GString) layout_extents = g_string_new (NULL);
      g_autofree char *run_svg = draw_texts (TRUE, paper, with_runs, run_extents);
      g_autofree char *layout_svg = draw_texts (FALSE, paper, with_layouts, layout_extents);

      g_assert_cmpstr (run_extents->str, ==, layout_extents->str);
      g_assert_cmpuint (strlen (run_svg), >, 10000);
      g_assert_true (strcmp (run_svg, layout_svg) == 0);
      /* Simple text is shaped without a layout, the rest with one. */
      for (guint i = 0; i < G_N_ELEMENTS (run_texts); i++)
        {
          g_assert_cmpuint (count_of (with_layouts, run_texts[i]), ==, 18);
          g_assert_cmpuint (count_of (with_runs, run_texts[i]), ==, i < N_SIMPLE ? 0 : 18);
        }
    }
}

/* Every stream of the PDF at path, inflated, one after another. */
static GString *
pdf_streams (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GString *all = g_string_new (NULL);
  gsize len = 0;
  const char *p;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  for (p = data; (p = memmem (p, data + len - p, "stream", 6)) != NULL; p++)
    {
      const char *start = p + strlen ("stream");
      const char *end;
      g_autoptr(GConverter) inflate = NULL;
      char out[65536];
      gsize read = 0, written = 0;
      GConverterResult result;

      if (p - data >= 3 && strncmp (p - 3, "end", 3) == 0)
        continue;
      if (*start == '\r')
        start++;
      if (*start != '\n')
        continue;
      start++;
      end = memmem (start, data + len - start, "endstream", 9);
      g_assert_nonnull (end);
      inflate = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
      do
        {
          result = g_converter_convert (inflate, start, end - start, out, sizeof out,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
          g_string_append_len (all, out, written);
          start += read;
        }
      while (result == G_CONVERTER_CONVERTED && start < end);
      p = end;
    }
  return all;
}

static guint
count_operators (const char *content,
                 const char *op)
{
  guint n = 0;
  gsize op_len = strlen (op);

  for (const char *p = strstr (content, op); p != NULL; p = strstr (p + 1, op))
    if (p > content && g_ascii_isspace (p[-1]) && (p[op_len] == '\0' || g_ascii_isspace (p[op_len])))
      n++;
  return n;
}

/* A page's marks are drawn a part at a time for all its rows, a status
 * after another, and its dates after them: the page sets the colours of
 * bars and diamonds a few times, not for every row, and its dates are one
 * text object. */
static void
test_marks_by_part (void)
{
  DtDate today = dt_date_new (2024, 3, 15);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  g_autoptr(DtTimelinePages) pages = NULL;
  g_autoptr(GString) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_rows = 16, fills, strokes, texts;
  int fd;

  /* Overdue and in progress, one after the other. */
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      DtDate deadline = i % 2 ? today - 20 - i : today + 30 + i;

      g_ptr_array_add (items, fixture_item (i + 1, "Sở Xây dựng", ordinal, "Báo cáo tiến độ",
                                            deadline - 40, deadline, today));
    }
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.printed_on = today;
  pages = dt_timeline_pages_new (items, &o, &setup);
  g_assert_cmpuint (dt_timeline_pages_get_n_pages (pages), ==, 1);

  fd = g_file_open_tmp ("dt-marks-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  surface = cairo_pdf_surface_create (path, setup.page_width, setup.page_height);
  cr = cairo_create (surface);
  dt_timeline_pages_draw_page (pages, cr, 0, dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT));
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  content = pdf_streams (path);
  g_remove (path);
  fills = count_operators (content->str, "rg");
  strokes = count_operators (content->str, "RG");
  texts = count_operators (content->str, "BT");
  g_test_message ("%u rows: %u fill colours, %u stroke colours, %u text objects", n_rows, fills, strokes, texts);
  /* With the page header, the scale and the legend: 59, 41 and 30.  Drawn
   * row by row, each row set its colours again and began a text object
   * for its date: 102, 69 and 45. */
  g_assert_cmpuint (fills, <, 70);
  g_assert_cmpuint (strokes, <, 50);
  g_assert_cmpuint (texts, <, 36);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline/pages/shaped-once", test_shaped_once);
  g_test_add_func ("/timeline/pages/rows-once", test_rows_once);
  g_test_add_func ("/timeline/pages/word-spaces", test_word_spaces);
  g_test_add_func ("/timeline/render/runs-as-layouts", test_runs_as_layouts);
  g_test_add_func ("/timeline/pages/marks-by-part", test_marks_by_part);
  return g_test_run ();
}
