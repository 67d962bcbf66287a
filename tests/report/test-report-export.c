/* test-report-export.c — the report's PDF, .xlsx and .csv files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "dt-date.h"
#include "dt-report-chart.h"
#include "dt-report-document-private.h"
#include "dt-report-export.h"
#include "dt-timeline-export.h"
#include "pdf-text.h"
#include "report-fixtures.h"

static DtStore *store;
static char *tmpdir;

static DtReport *
february (DtStore *from)
{
  g_autoptr(GError) error = NULL;
  DtReportOptions options;
  DtReport *report;

  dt_report_options_init (&options);
  dt_report_period_month (&options.period, 2024, 2);
  options.as_of = dt_date_new (2024, 3, 5);
  report = dt_report_compute (from, &options, &error);
  g_assert_no_error (error);
  return report;
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

static void
test_csv (void)
{
  g_autoptr(DtReport) report = february (store);
  g_autofree char *csv = dt_report_to_csv (report);
  g_auto(GStrv) lines = NULL;

  /* the byte order mark, then CRLF lines */
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, "\r\n"));
  lines = g_strsplit (csv + 3, "\r\n", -1);
  g_assert_cmpstr (lines[1], ==, "No.,Unit,Total with a deadline,Completed on time,Completed late,"
                                 "In progress,Overdue,"
                                 "\"Ongoing, no deadline\"");
  /* the rows counted by hand in test-report.c, in the order of names */
  g_assert_cmpstr (lines[2], ==, "1,Ban Dân tộc tỉnh,1,0,1,0,0,0");
  g_assert_nonnull (strstr (csv, "\r\n7,Sở Công Thương,2,0,0,0,2,3\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n,Total,13,3,2,0,8,37\r\n"));
  /* the appendix: a directive with its latest progress known on 05/03 */
  g_assert_nonnull (strstr (csv, ",Sở Công Thương," FIXTURE_NOTICE_NUMBER ",B8,"));
  g_assert_nonnull (strstr (csv, ",24/02/2024,10,20/02/2024,"
                                 "\"Đã làm việc với các doanh nghiệp, đang tổng hợp\"\r\n"));
}

static void
test_pdf (void)
{
#if HAVE_POPPLER
  g_autoptr(DtReport) report = february (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  DtReportDocumentSettings settings = { "Ủy ban nhân dân tỉnh Nghệ An\nVăn phòng", "Chánh Văn phòng" };

  g_assert_true (dt_report_export (report, &settings, DT_REPORT_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "Độc lập - Tự do - Hạnh phúc"));
  g_assert_nonnull (strstr (text, "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"));
  g_assert_nonnull (strstr (text, "CHÁNH VĂN PHÒNG"));
  g_assert_nonnull (strstr (text, "REPORT"));
  g_assert_nonnull (strstr (text, "February 2024"));
  g_assert_nonnull (strstr (text, "(Figures as of 05/03/2024)"));
  g_assert_nonnull (strstr (text, "APPENDIX"));
  /* the totals row */
  g_assert_true (g_regex_match_simple ("Total\\s+13\\s+3\\s+2\\s+0\\s+8\\s+37", text, 0, 0));
  /* nothing left beside it */
  g_assert_cmpuint (count_files (tmpdir), ==, 1);
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* The report's PDF and the timeline's say the same of themselves: the
 * application and its version as creator, a title, the time they were
 * made (the report said "Directives", with no version and no date). */
static void
test_pdf_metadata (void)
{
#if HAVE_POPPLER
  g_autoptr(DtReport) report = february (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *report_path = g_build_filename (tmpdir, "report.pdf", NULL);
  g_autofree char *timeline_path = g_build_filename (tmpdir, "timeline.pdf", NULL);
  const char *paths[] = { report_path, timeline_path };
  DtTimelineOptions options;
  DtTimelinePageSetup setup;

  g_assert_true (dt_report_export (report, NULL, DT_REPORT_FORMAT_PDF, report_path, &error));
  g_assert_no_error (error);
  dt_timeline_options_init_print (&options);
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  g_assert_true (dt_timeline_export (items, &options, &setup, DT_TIMELINE_FORMAT_PDF, timeline_path,
                                     &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *creator = pdf_text_dup_info (paths[i], "creator");
      g_autofree char *title = pdf_text_dup_info (paths[i], "title");
      g_autofree char *date = pdf_text_dup_info (paths[i], "creation-date");

      g_assert_cmpstr (creator, ==, "Directives " PACKAGE_VERSION);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_nonnull (date);
      g_unlink (paths[i]);
    }
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* A table longer than a page repeats its header on the next page, and the
 * pages after the first are numbered at the top. */
static void
test_pdf_long_table (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) big = dt_store_open (":memory:", &error);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DtReport) report = NULL;
  g_autoptr(DtReportDocument) document = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;

  g_assert_no_error (error);
  dt_notice_set_number (notice, "9/TB-UBND");
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("Đơn vị thử số %02u", i + 1);
      g_autoptr(DtUnit) unit = dt_unit_new (name);
      DtDirective *d = dt_directive_new ();

      g_assert_true (dt_store_save_unit (big, unit, &error));
      g_assert_no_error (error);
      dt_directive_set_text (d, "Báo cáo kết quả");
      dt_directive_set_lead_unit_id (d, dt_unit_get_id (unit));
      dt_directive_set_deadline (d, dt_date_new (2024, 2, 1 + i % 28));
      g_ptr_array_add (directives, d);
    }
  g_assert_true (dt_store_save_notice_with_directives (big, notice, directives, &error));
  g_assert_no_error (error);

  report = february (big);
  document = dt_report_document_new (report, NULL, DT_REPORT_A4_WIDTH, DT_REPORT_A4_HEIGHT);
  g_assert_cmpuint (dt_report_document_get_n_pages (document), >=, 4);
  g_assert_true (dt_report_export (report, NULL, DT_REPORT_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 4);
  /* the table runs over to page 2: its header is there again */
  g_assert_nonnull (strstr (pages[0], "Ongoing,"));
  g_assert_nonnull (strstr (pages[1], "Ongoing,"));
  g_assert_nonnull (strstr (pages[1], "Đơn vị thử số"));
  g_assert_true (g_regex_match_simple ("^\\s*2\\s*\\n", pages[1], 0, 0));
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* On how many pages @block has rows, and whether its first two rows share
 * a page, and its last two */
static void
rows_of_block (DtReportDocument *document,
               Block            *block,
               guint             n_rows,
               gboolean         *first_together,
               gboolean         *last_together)
{
  int page_of_row[256];

  g_assert_cmpuint (n_rows, <=, G_N_ELEMENTS (page_of_row));
  for (guint p = 0; p < document->pages->len; p++)
    {
      GArray *placements = g_ptr_array_index (document->pages, p);

      for (guint i = 0; i < placements->len; i++)
        {
          Placement *placement = &g_array_index (placements, Placement, i);

          if (placement->block == block && placement->row >= 0)
            page_of_row[placement->row] = (int) p;
        }
    }
  *first_together = page_of_row[0] == page_of_row[1];
  *last_together = page_of_row[n_rows - 1] == page_of_row[n_rows - 2];
}

/* A table or the chart never leaves one row alone: not its first at the
 * foot of a page, nor its last at the top of the next (the chart of a
 * year's report ended with one unit's bar, and the legend above it, on a
 * page of its own).  Checked for every length from 4 to 60 units. */
static void
test_pdf_no_lone_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) grown = dt_store_open (":memory:", &error);
  guint n_checked = 0;

  g_assert_no_error (error);
  for (guint n = 1; n <= 60; n++)
    {
      g_autoptr(DtNotice) notice = dt_notice_new ();
      g_autofree char *number = g_strdup_printf ("%u/TB-UBND", n);
      g_autofree char *name = g_strdup_printf ("Đơn vị thử số %02u", n);
      g_autoptr(DtUnit) unit = dt_unit_new (name);
      g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(DtReport) report = NULL;
      g_autoptr(DtReportDocument) document = NULL;
      DtDirective *d = dt_directive_new ();

      g_assert_true (dt_store_save_unit (grown, unit, &error));
      g_assert_no_error (error);
      dt_notice_set_number (notice, number);
      dt_directive_set_text (d, "Báo cáo kết quả thực hiện");
      dt_directive_set_lead_unit_id (d, dt_unit_get_id (unit));
      dt_directive_set_deadline (d, dt_date_new (2024, 2, 1 + n % 28));
      g_ptr_array_add (directives, d);
      g_assert_true (dt_store_save_notice_with_directives (grown, notice, directives, &error));
      g_assert_no_error (error);
      if (n < 4)
        continue;

      report = february (grown);
      document = dt_report_document_new (report, NULL, DT_REPORT_A4_WIDTH, DT_REPORT_A4_HEIGHT);
      for (guint b = 0; b < document->blocks->len; b++)
        {
          Block *block = g_ptr_array_index (document->blocks, b);
          guint n_rows = block->kind == BLOCK_TABLE ? block->rows->len
                         : block->kind == BLOCK_CHART ? dt_report_chart_get_n_rows (report) : 0;
          gboolean first_together, last_together;

          if (n_rows < 4)
            continue;
          rows_of_block (document, block, n_rows, &first_together, &last_together);
          if (!first_together || !last_together)
            g_test_fail_printf ("%u units: a %s of %u rows leaves its %s row alone on a page", n,
                                block->kind == BLOCK_TABLE ? "table" : "chart", n_rows,
                                first_together ? "last" : "first");
          n_checked++;
        }
    }
  /* the unit table, the chart and the appendix, each time */
  g_assert_cmpuint (n_checked, >=, 3 * 57);
}

/* Every column title of the report's tables fits its column: no word runs
 * over the cell's edges ("overdue" did, under "Days") */
static void
test_pdf_headers_fit (void)
{
  g_autoptr(DtReport) report = february (store);
  g_autoptr(DtReportDocument) document = dt_report_document_new (report, NULL, DT_REPORT_A4_WIDTH,
                                                                 DT_REPORT_A4_HEIGHT);
  guint n_tables = 0;

  for (guint b = 0; b < document->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (document->blocks, b);

      if (block->kind != BLOCK_TABLE)
        continue;
      n_tables++;
      for (guint i = 0; i < block->n_columns; i++)
        {
          PangoLayout *title = block->header.cells[i];
          PangoRectangle logical;

          pango_layout_get_extents (title, NULL, &logical);
          if (logical.width > pango_layout_get_width (title))
            g_test_fail_printf ("“%s” is %.1f pt wide in a column of %.1f pt", pango_layout_get_text (title),
                                logical.width / (double) PANGO_SCALE,
                                pango_layout_get_width (title) / (double) PANGO_SCALE);
        }
    }
  /* the table by unit and the appendix, at least */
  g_assert_cmpuint (n_tables, >=, 2);
}

/* An overdue directive of a notice without a number says in the appendix
 * which notice and which item it is, by the notice's kind and date: it
 * said nothing, as if it had no place. */
static void
test_pdf_notice_without_number (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) draft = dt_store_open (":memory:", &error);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Y tế");
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DtReport) report = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "draft.pdf", NULL);
  g_autofree char *text = NULL;
  DtDirective *d = dt_directive_new ();

  g_assert_no_error (error);
  dt_notice_set_issue_date (notice, dt_date_new (2024, 1, 25));
  g_assert_true (dt_store_save_unit (draft, unit, &error));
  g_assert_no_error (error);
  dt_directive_set_ordinal (d, "I.3.5-4");
  dt_directive_set_text (d, "Tăng cường công tác y tế");
  dt_directive_set_lead_unit_id (d, dt_unit_get_id (unit));
  dt_directive_set_deadline (d, dt_date_new (2024, 2, 14));
  g_ptr_array_add (directives, d);
  g_assert_true (dt_store_save_notice_with_directives (draft, notice, directives, &error));
  g_assert_no_error (error);

  report = february (draft);
  g_assert_cmpuint (report->overdue->len, ==, 1);
  g_assert_true (dt_report_export (report, NULL, DT_REPORT_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  /* (the deadline's cell comes between the lines of the directive's) */
  g_assert_true (g_regex_match_simple ("Notice\\s+of\\s+conclusions\\s+dated", text, 0, 0));
  g_assert_true (g_regex_match_simple ("25/01/2024,\\s+item\\s+I\\.3\\.5-4:\\s+Tăng", text, 0, 0));
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* The chart of report alone on a PDF page of width points */
static void
draw_chart_pdf (const DtReport           *report,
                const DtReportChartStyle *style,
                const char               *path,
                double                    width)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width,
                                                       dt_report_chart_get_height (report, style, width));
  cairo_t *cr = cairo_create (surface);

  dt_report_chart_draw (cr, report, style, width);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The chart on paper: the words of a unit's name are a whole space apart
 * (glyphs placed on whole points squeezed some spaces to almost nothing,
 * "Sở Tài chính" read "SởTài chính"), all the same. */
static void
test_pdf_chart_spaces (void)
{
#if HAVE_POPPLER
  g_autoptr(DtReport) report = february (store);
  g_autofree char *path = g_build_filename (tmpdir, "chart.pdf", NULL);
  g_autoptr(GArray) gaps = NULL;
  PdfTextGap space = { 0 };
  DtReportChartStyle style;
  double width = 900, label_width;   /* no name ellipsized */
  guint n_names = 0;

  dt_report_chart_style_init_print (&style);
  label_width = width * style.label_fraction;
  draw_chart_pdf (report, &style, path, width);

  gaps = pdf_text_get_word_gaps (path);
  for (guint i = 0; i < gaps->len; i++)
    {
      const PdfTextGap *gap = &g_array_index (gaps, PdfTextGap, i);

      /* the unit names (one size of type), between small letters (no
       * font kerns those with a space): one width of space */
      if (gap->x > label_width || !g_unichar_islower (gap->before) || !g_unichar_islower (gap->after))
        continue;
      if (n_names > 0)
        {
          g_assert_cmpfloat_with_epsilon (gap->height, space.height, 0.01);
          g_assert_cmpfloat_with_epsilon (gap->width, space.width, 0.05);
        }
      else
        space = *gap;
      n_names++;
    }
  g_assert_cmpuint (n_names, >=, 5);
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* Each row of the chart says its total once: a bar of one colour has no
 * figure inside it besides the total after it (it read "1 | 1", "5 | 5");
 * a bar of several colours names each part, then the total. */
static void
test_pdf_chart_figures (void)
{
#if HAVE_POPPLER
  g_autoptr(DtReport) report = february (store);
  g_autofree char *path = g_build_filename (tmpdir, "chart-figures.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  DtReportChartStyle style;
  double width = 900;
  guint n_single = 0;

  dt_report_chart_style_init_print (&style);
  draw_chart_pdf (report, &style, path, width);

  text = pdf_text_read (path);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; i < report->rows->len; i++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, i);
      g_autoptr(GString) expected = g_string_new (row->unit_name);
      guint n_parts = 0, total = dt_report_row_get_total (row);
      gboolean found = FALSE;

      if (total == 0)
        continue;
      for (guint c = 0; c < DT_REPORT_N_DUE; c++)
        n_parts += row->counts[c] > 0;
      /* wide enough for every figure: the smallest part is a third of the
       * longest bar or more in this report */
      for (guint c = 0; n_parts > 1 && c < DT_REPORT_N_DUE; c++)
        if (row->counts[c] > 0)
          g_string_append_printf (expected, " %u", row->counts[c]);
      g_string_append_printf (expected, " %u", total);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *line = g_strstrip (g_strdup (lines[l]));

          if (g_str_has_prefix (line, row->unit_name))
            {
              g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
              g_autofree char *single = g_regex_replace_literal (space, line, -1, 0, " ", 0, NULL);

              g_assert_cmpstr (single, ==, expected->str);
              found = TRUE;
            }
        }
      g_assert_true (found);
      if (n_parts == 1)
        n_single++;
    }
  g_assert_cmpuint (n_single, >, 0);
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static void
test_xlsx (void)
{
  g_autoptr(DtReport) report = february (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "report.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (dt_report_export (report, NULL, DT_REPORT_FORMAT_XLSX, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);   /* a zip: an Office Open XML file */
  g_assert_cmpuint (count_files (tmpdir), ==, 1);
  g_unlink (path);
}

/* A file that cannot be written: an error that names it, and whatever was
 * there before is left as it was. */
static void
test_unwritable (void)
{
  g_autoptr(DtReport) report = february (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "report.csv", NULL);

  for (guint f = DT_REPORT_FORMAT_PDF; f <= DT_REPORT_FORMAT_CSV; f++)
    {
      g_assert_false (dt_report_export (report, NULL, f, path, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "report.csv"));
      g_clear_error (&error);
    }
  g_assert_cmpuint (count_files (tmpdir), ==, 0);
}

static void
test_format_from_path (void)
{
  DtReportFormat format;

  g_assert_true (dt_report_format_from_path ("a.PDF", &format));
  g_assert_cmpint (format, ==, DT_REPORT_FORMAT_PDF);
  g_assert_true (dt_report_format_from_path ("/x/b.xlsx", &format));
  g_assert_cmpint (format, ==, DT_REPORT_FORMAT_XLSX);
  g_assert_true (dt_report_format_from_path ("c.csv", &format));
  g_assert_cmpint (format, ==, DT_REPORT_FORMAT_CSV);
  g_assert_false (dt_report_format_from_path ("d.xls", &format));
  g_assert_false (dt_report_format_from_path ("noext", &format));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("dt-report-XXXXXX", &error);
  g_assert_no_error (error);
  store = report_fixture_sample (":memory:");

  g_test_add_func ("/report-export/format-from-path", test_format_from_path);
  g_test_add_func ("/report-export/csv", test_csv);
  g_test_add_func ("/report-export/pdf", test_pdf);
  g_test_add_func ("/report-export/pdf-long-table", test_pdf_long_table);
  g_test_add_func ("/report-export/pdf-no-lone-rows", test_pdf_no_lone_rows);
  g_test_add_func ("/report-export/pdf-headers-fit", test_pdf_headers_fit);
  g_test_add_func ("/report-export/pdf-notice-without-number", test_pdf_notice_without_number);
  g_test_add_func ("/report-export/pdf-metadata", test_pdf_metadata);
  g_test_add_func ("/report-export/pdf-chart-spaces", test_pdf_chart_spaces);
  g_test_add_func ("/report-export/pdf-chart-figures", test_pdf_chart_figures);
  g_test_add_func ("/report-export/xlsx", test_xlsx);
  g_test_add_func ("/report-export/unwritable", test_unwritable);

  status = g_test_run ();
  g_clear_object (&store);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
