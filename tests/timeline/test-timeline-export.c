/* test-timeline-export.c — the timeline written to PDF, PNG and SVG
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#if HAVE_POPPLER
#include <poppler.h>
#endif

#include "dt-date.h"
#include "dt-pdf-util.h"
#include "dt-timeline-export.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtDate today;

/* What every export test starts from: the sample notice's directives as of
 * today, the printed options, an A4 landscape sheet one page wide, and a
 * folder of its own for the files, removed after. */
typedef struct
{
  GPtrArray           *items;
  char                *dir;
  DtTimelineOptions    o;
  DtTimelinePageSetup  setup;
} Export;

static void
export_set_up (Export        *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->items = fixture_sample_notice (today, &error);
  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  dt_timeline_options_init_print (&f->o);
  f->o.today = today;
  dt_timeline_page_setup_init (&f->setup, DT_TIMELINE_PAPER_A4, TRUE);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* The files a test made are gone with its folder (a test may have removed
 * the folder itself). */
static void
export_tear_down (Export        *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  if (d != NULL)
    g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_clear_pointer (&f->items, g_ptr_array_unref);
  g_clear_pointer (&f->dir, g_free);
}

static char *
export_path (Export     *f,
             const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

#define EXPORT_TEST(path, func) \
  g_test_add (path, Export, NULL, export_set_up, func, export_tear_down)

static void
test_export_pdf (Export        *f,
                 gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (f, "timeline.pdf");
  g_autofree char *text = NULL;
  g_auto(GStrv) pages_text = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  guint n_pages;

  /* Stacked marks: "ễ", "ặ", "ỗ". */
  g_ptr_array_add (f->items, fixture_item (1000, "Ủy ban nhân dân huyện Diễn Châu", "29",
                                           "Đặc biệt hỗ trợ nông dân khắc phục hậu quả rét đậm",
                                           D (2024, 1, 25), D (2024, 3, 31), today));
  f->setup.pages_wide = 2;
  f->setup.title = "Thông báo kết luận 37/TB-UBND ngày 31/01/2024";

  g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);

  pages = dt_timeline_pages_new (f->items, &f->o, &f->setup);
  n_pages = dt_timeline_pages_get_n_pages (pages);
  g_assert_cmpuint (n_pages, >=, 4);   /* 2 across × at least 2 down for 60 rows on A4 */

  text = pdf_text_read (path);
  /* Unit names with their diacritics, stacked marks included. */
  g_assert_nonnull (strstr (text, "Sở Nông nghiệp và Phát triển nông thôn"));
  g_assert_nonnull (strstr (text, "Sở Lao động - Thương binh và Xã hội"));
  g_assert_nonnull (strstr (text, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"));
  g_assert_nonnull (strstr (text, "Ủy ban nhân dân huyện Diễn Châu"));
  g_assert_nonnull (strstr (text, "Đặc biệt hỗ trợ"));
  pdf_text_assert_fonts_embedded (path);

  /* Every page of the text ends with a form feed: one page per page of the
   * pagination, each with its header, unit column header and legend. */
  pages_text = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages_text), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *page_no = g_strdup_printf ("Page %u/%u", i + 1, n_pages);

      g_assert_nonnull (strstr (pages_text[i], page_no));
      g_assert_nonnull (strstr (pages_text[i], "Thông báo kết luận 37/TB-UBND"));
      g_assert_nonnull (strstr (pages_text[i], "Printed on 15/03/2024"));
      g_assert_nonnull (strstr (pages_text[i], "Lead unit / Directive"));
      g_assert_nonnull (strstr (pages_text[i], "Approximate deadline"));
    }
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* Deadlines two years before the reporting date, exported for a meeting:
 * the pages reach the reporting date and draw its line; the header says
 * which day the status is as of. */
static void
test_export_as_of (Export        *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DtDate as_of = D (2026, 12, 4);
  g_autoptr(GPtrArray) items = fixture_sample_notice (as_of, &error);
  g_autoptr(DtTimelinePages) pages = NULL;
  g_autofree char *path = export_path (f, "as-of.pdf");
  g_autofree char *text = NULL;
  const DtTimelineStyle *print = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  DtTimelineLayout *layout;
  cairo_surface_t *surface;
  int line_x;

  g_assert_no_error (error);
  f->o.scale = DT_TIMELINE_SCALE_MONTH;
  f->o.today = as_of;
  f->setup.printed_on = D (2026, 12, 7);

  pages = dt_timeline_pages_new (items, &f->o, &f->setup);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 1);   /* the default */
  layout = dt_timeline_pages_get_layout (pages);
  g_assert_cmpuint (dt_timeline_layout_get_from (layout), <=, D (2024, 1, 25));
  g_assert_cmpuint (dt_timeline_layout_get_to (layout), >=, as_of);

  /* The today line runs down the chart of every page. */
  surface = fixture_draw_page (pages, &f->setup, 0);
  line_x = (int) floor (f->setup.margin + dt_timeline_layout_get_options (layout)->label_width
                        + floor (dt_timeline_layout_date_to_x (layout, as_of)
                                 + dt_timeline_layout_get_px_per_day (layout) / 2));
  g_assert_cmpuint (fixture_count_color (surface, line_x - 2, line_x + 3, 0, (int) f->setup.page_height,
                                         &print->today),
                    >=, 10 * dt_timeline_layout_get_options (layout)->row_height);
  cairo_surface_destroy (surface);

#if HAVE_POPPLER
  g_assert_true (dt_timeline_export (items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_nonnull (strstr (text, "As of 04/12/2026 · printed on 07/12/2026"));
  g_assert_nonnull (strstr (text, "to 31/01/2027"));
  g_assert_nonnull (strstr (text, "Timeline of directives"));
  /* the legend names the red line for what it is: not today, the
   * meeting's date (it said "Today" beside a line in 2026 printed later) */
  g_assert_cmpuint (pdf_text_count (text, "Reporting date"), ==, pdf_text_count (text, "\f"));
  g_assert_null (strstr (text, "Today"));

  /* Printed on the reporting date itself, the line is today's. */
  g_clear_pointer (&text, g_free);
  f->setup.printed_on = as_of;
  g_assert_true (dt_timeline_export (items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_cmpuint (pdf_text_count (text, "Today"), ==, pdf_text_count (text, "\f"));
  g_assert_null (strstr (text, "Reporting date"));
  f->setup.printed_on = D (2026, 12, 7);

  /* The title and subtitle the user wrote for the meeting, on every page. */
  g_clear_pointer (&text, g_free);
  f->setup.heading = "Họp giao ban tháng 12/2026";
  f->setup.subtitle = " Ủy ban nhân dân tỉnh, ngày 07/12/2026 ";
  g_assert_true (dt_timeline_export (items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_null (strstr (text, "Timeline of directives"));
  g_assert_cmpuint (pdf_text_count (text, "Họp giao ban tháng 12/2026"), ==, pdf_text_count (text, "\f"));
  g_assert_nonnull (strstr (text, "Ủy ban nhân dân tỉnh, ngày 07/12/2026 · From"));

  /* On a small sheet (A5 upright, as a printer may offer) the dates of the
   * data and of the print are still drawn whole, as wide as on A4; the range
   * beside them gives way. */
  {
    const char *dates = "As of 04/12/2026 · printed on 07/12/2026";
    double on_a4 = pdf_text_get_drawn_width (path, dates);

    g_assert_cmpfloat (on_a4, >, 50);
    dt_timeline_page_setup_init (&f->setup, DT_TIMELINE_PAPER_A4, FALSE);
    f->setup.page_width = 420;
    f->setup.page_height = 595;
    f->setup.printed_on = D (2026, 12, 7);
    f->setup.subtitle = "Ủy ban nhân dân tỉnh, phiên họp thường kỳ tháng 12 năm 2026";
    g_assert_true (dt_timeline_export (items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (pdf_text_get_drawn_width (path, dates), >=, on_a4 - 0.5);
  }
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

#if HAVE_POPPLER
/* The smallest type on any page, and that of the runs containing needle. */
static void
measure_type (const char *pdf,
              const char *needle,
              double     *smallest,
              double     *of_needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  *smallest = G_MAXDOUBLE;
  *of_needle = 0;
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      GList *attrs = poppler_page_get_text_attributes (page);
      const char *hit = strstr (text, needle);
      glong hit_at = hit ? g_utf8_pointer_to_offset (text, hit) : -1;

      for (GList *l = attrs; l != NULL; l = l->next)
        {
          PopplerTextAttributes *a = l->data;

          *smallest = MIN (*smallest, a->font_size);
          if (hit_at >= a->start_index && hit_at <= a->end_index)
            *of_needle = a->font_size;
        }
      poppler_page_free_text_attributes (attrs);
    }
}
#endif

/* Type that reads at arm's length: row labels at 9 pt or more and nothing
 * under 8 pt on A4; larger on A3. */
static void
test_export_type_size (Export        *f,
                       gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (f, "type.pdf");
  DtTimelinePaper papers[] = { DT_TIMELINE_PAPER_A4, DT_TIMELINE_PAPER_A3 };
  double label_size[2] = { 0 };

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (guint wide = 1; wide <= 2; wide++)
      {
        double smallest, label;

        dt_timeline_page_setup_init (&f->setup, papers[p], TRUE);
        f->setup.pages_wide = wide;
        g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF,
                                           path, &error));
        g_assert_no_error (error);
        measure_type (path, "Sở Nông nghiệp", &smallest, &label);
        g_test_message ("%s, %u wide: labels %.2f pt, smallest %.2f pt",
                        p ? "A3" : "A4", wide, label, smallest);
        g_assert_cmpfloat (smallest, >=, 7.99);
        g_assert_cmpfloat (label, >=, 9.0);
        label_size[p] = label;
      }
  g_assert_cmpfloat (label_size[1], >, label_size[0] * 1.2);
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* A3 used for more on each page: A4's type (row labels at 9.5 pt), so the
 * same directives take fewer pages than with the larger type. */
static void
test_export_a3_more_on_page (Export        *f,
                             gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) many = fixture_many (112, today);
  g_autofree char *path = export_path (f, "a3.pdf");
  DtTimelineTypeSize sizes[] = { DT_TIMELINE_TYPE_LARGE, DT_TIMELINE_TYPE_NORMAL };
  double label_size[2] = { 0 };
  guint n_pages[2] = { 0 };
  DtTimelineTypeSize parsed;

  for (guint t = 0; t < G_N_ELEMENTS (sizes); t++)
    {
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *uri = NULL;
      double smallest;

      dt_timeline_page_setup_init (&f->setup, DT_TIMELINE_PAPER_A3, TRUE);
      g_assert_cmpint (f->setup.type_size, ==, DT_TIMELINE_TYPE_LARGE);   /* the default */
      f->setup.type_size = sizes[t];

      g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF,
                                         path, &error));
      g_assert_no_error (error);
      measure_type (path, "Sở Nông nghiệp", &smallest, &label_size[t]);
      g_assert_cmpfloat (smallest, >=, 7.99);

      g_assert_true (dt_timeline_export (many, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);
      uri = g_filename_to_uri (path, NULL, &error);
      doc = poppler_document_new_from_file (uri, NULL, &error);
      g_assert_no_error (error);
      n_pages[t] = poppler_document_get_n_pages (doc);
      g_test_message ("A3, %s: labels %.2f pt, %u directives on %u pages",
                      dt_timeline_type_size_to_id (sizes[t]), label_size[t], many->len, n_pages[t]);
    }
  g_assert_cmpfloat (fabs (label_size[1] - 9.5), <, 0.05);
  g_assert_cmpfloat (label_size[0], >, label_size[1] * 1.2);
  g_assert_cmpuint (n_pages[1], <, n_pages[0]);

  g_assert_true (dt_timeline_type_size_from_id ("Normal", &parsed));
  g_assert_cmpint (parsed, ==, DT_TIMELINE_TYPE_NORMAL);
  g_assert_true (dt_timeline_type_size_from_id ("large", &parsed));
  g_assert_cmpint (parsed, ==, DT_TIMELINE_TYPE_LARGE);
  g_assert_false (dt_timeline_type_size_from_id ("huge", &parsed));
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* An overdue directive's deadline shortly before the reporting date, on a
 * chart that ends soon after it: its date is printed clear of the today
 * line (it was written across it, right of the diamond). */
static void
test_export_date_clear_of_today (Export        *f,
                                 gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (f, "today.pdf");
  g_autofree char *uri = NULL;
  DtTimelineItem *late;

  late = fixture_item (5001, "Ủy ban nhân dân huyện Diễn Châu", "98", "overdue, lately",
                       DT_DATE_NONE, today - 8, today);
  g_assert_cmpint (late->status, ==, DT_STATUS_OVERDUE);
  g_ptr_array_add (f->items, late);
  uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);
  f->o.to = today + 3;

  for (guint lag = 1; lag <= 8; lag++)
    {
      g_autoptr(DtTimelinePages) pages = NULL;
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *date = NULL;
      DtTimelineLayout *layout;
      double today_x;
      guint n_found = 0;

      late->deadline = today - lag;
      g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF,
                                         path, &error));
      g_assert_no_error (error);

      /* where the today line is on the page: the unit column, then the chart */
      pages = dt_timeline_pages_new (f->items, &f->o, &f->setup);
      layout = dt_timeline_pages_get_layout (pages);
      today_x = f->setup.margin + dt_timeline_layout_get_options (layout)->label_width
                + floor (dt_timeline_layout_date_to_x (layout, today)
                         + dt_timeline_layout_get_px_per_day (layout) / 2);
      for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout) && date == NULL; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

          if (row->item >= 0 && dt_timeline_layout_get_item (layout, row->item)->id == late->id)
            date = g_strdup (row->date_label);   /* "09/03" */
        }
      g_assert_nonnull (date);

      doc = poppler_document_new_from_file (uri, NULL, &error);
      g_assert_no_error (error);
      for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
        {
          g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
          GList *hits = poppler_page_find_text (page, date);

          for (GList *l = hits; l != NULL; l = l->next)
            {
              PopplerRectangle *rect = l->data;

              g_test_message ("%s at %.1f–%.1f pt, the today line at %.1f pt",
                              date, rect->x1, rect->x2, today_x);
              /* the line is 2 pt wide */
              g_assert_true (rect->x2 < today_x - 1 || rect->x1 > today_x + 1);
              n_found++;
            }
          g_list_free_full (hits, (GDestroyNotify) poppler_rectangle_free);
        }
      g_assert_cmpuint (n_found, >=, 1);
    }
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* A deadline in the chart's last days: its date is printed whole, inside
 * the page (it used to run off the right edge, "31/12/20"). */
static void
test_export_last_deadline_whole (Export        *f,
                                 gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (f, "last.pdf");
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  DtDate deadline = today + 400;

  g_ptr_array_add (f->items, fixture_item (6000, "Sở Y tế", "98", "the last deadline",
                                           today, deadline, today));
  g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);

  /* the text of a page leaves out what lies outside it */
  text = pdf_text_read (path);
  date = dt_date_format (deadline);
  g_assert_nonnull (strstr (text, date));
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* An export that fails half-way leaves the previous file as it was, and
 * no temporary file beside it. */
static void
test_export_failed_keeps_previous (Export        *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (f, "timeline.pdf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;

  f->setup.pages_wide = 2;
  f->setup.title = "Thông báo kết luận 37/TB-UBND";

  g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  f->setup.title = "Một bản khác";
  _dt_timeline_export_set_fail_after_pages (2);
  g_assert_false (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  _dt_timeline_export_set_fail_after_pages (0);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write the timeline"));
  /* the reason is ours, to be translated, never cairo's English */
  for (int s = CAIRO_STATUS_SUCCESS + 1; s < CAIRO_STATUS_LAST_STATUS; s++)
    {
      g_assert_null (strstr (error->message, cairo_status_to_string (s)));
      g_assert_cmpstr (dt_cairo_status_describe (s), !=, cairo_status_to_string (s));
      g_assert_cmpstr (dt_cairo_status_describe (s), !=, "");
    }

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  /* into a folder that is gone: an error, nothing made */
  g_clear_error (&error);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_assert_false (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_SVG, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS));
}

static void
test_export_pictures (Export        *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) many = fixture_many (3000, today);
  g_autofree char *png = export_path (f, "timeline.png");
  g_autofree char *svg = export_path (f, "timeline.svg");
  g_autofree char *svg_text = NULL;
  DtTimelineFormat format;
  cairo_surface_t *image;

  /* a picture is drawn as on screen */
  dt_timeline_options_init (&f->o);
  f->o.today = today;

  g_assert_true (dt_timeline_format_from_path ("x/Timeline.PNG", &format));
  g_assert_cmpint (format, ==, DT_TIMELINE_FORMAT_PNG);
  g_assert_false (dt_timeline_format_from_path ("timeline.docx", &format));

  g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_PNG, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), >, f->o.label_width + 200);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, f->items->len * f->o.row_height);
  cairo_surface_destroy (image);

  g_assert_true (dt_timeline_export (f->items, &f->o, &f->setup, DT_TIMELINE_FORMAT_SVG, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));

  /* Too tall for a picture: a clear error, no file. */
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_false (dt_timeline_export (many, &f->o, &f->setup, DT_TIMELINE_FORMAT_PNG, png, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  today = fixture_set_today ();

  EXPORT_TEST ("/timeline/export/pdf", test_export_pdf);
  EXPORT_TEST ("/timeline/export/as-of", test_export_as_of);
  EXPORT_TEST ("/timeline/export/type-size", test_export_type_size);
  EXPORT_TEST ("/timeline/export/a3-more-on-page", test_export_a3_more_on_page);
  EXPORT_TEST ("/timeline/export/date-clear-of-today", test_export_date_clear_of_today);
  EXPORT_TEST ("/timeline/export/last-deadline-whole", test_export_last_deadline_whole);
  EXPORT_TEST ("/timeline/export/pictures", test_export_pictures);
  EXPORT_TEST ("/timeline/export/failed-keeps-previous", test_export_failed_keeps_previous);

  return g_test_run ();
}
