/* dt-report-document-sections.c — what the report says, section by section
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The administrative layout of Decree 30/2020/NĐ-CP: the issuing body and
 * the national heading side by side, the number and date lines left for
 * the office to fill, the title, the text in a 13 pt serif, the table by
 * unit and its chart, the cancelled directives, the signature block; then
 * the appendix of overdue directives.  Each section is added as blocks of
 * the page engine (dt-report-document.c), which paginates and draws them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report-chart.h"
#include "dt-report-document-private.h"
#include "dt-report-private.h"

/* The issuing body and the national heading, the number and the date */
static void
add_heading (DtReportDocument               *self,
             const DtReportDocumentSettings *settings)
{
  Block *block = _dt_report_document_add_block (self, BLOCK_FIXED, 0);
  /* the two columns, with a gutter between them */
  double left_w = self->text_width * 0.42 - 6;
  double right_x = self->text_width * 0.42, right_w = self->text_width - right_x;
  g_auto(GStrv) lines = NULL;
  GString *markup = g_string_new (NULL);
  PangoLayout *layout;
  double y, line_w;
  int ink_w;
  guint n;

  /* the issuing body: upper lines plain, the last one bold */
  /* lines apart by a line break, or by " / " as the Preferences write them */
  if (settings != NULL && settings->issuing_body != NULL && *settings->issuing_body != '\0')
    {
      g_autofree char *body = g_strdup (settings->issuing_body);
      g_autoptr(GString) text = g_string_new (body);

      g_string_replace (text, " / ", "\n", 0);
      lines = g_strsplit (text->str, "\n", -1);
    }
  else
    lines = g_strsplit ("……………………………", "\n", -1);
  n = g_strv_length (lines);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *upper = g_utf8_strup (g_strstrip (lines[i]), -1);
      g_autofree char *escaped = g_markup_escape_text (upper, -1);

      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append_printf (markup, i + 1 == n ? "<b>%s</b>" : "%s", escaped);
    }
  /* one line each, smaller if need be, as offices set it */
  layout = _dt_report_document_layout (self, markup->str, 12.5, STYLE_PLAIN, -1, PANGO_ALIGN_CENTER);
  {
    PangoRectangle logical;
    double size = 12.5;

    pango_layout_get_extents (layout, NULL, &logical);
    if ((double) logical.width / PANGO_SCALE > left_w)
      size = MAX (10.0, size * left_w / ((double) logical.width / PANGO_SCALE));
    g_object_unref (layout);
    layout = _dt_report_document_layout (self, markup->str, size, STYLE_PLAIN, left_w, PANGO_ALIGN_CENTER);
  }
  g_string_free (markup, TRUE);
  y = _dt_report_block_add_piece (block, layout, 0, 0);
  {
    PangoRectangle ink;

    pango_layout_get_pixel_extents (layout, &ink, NULL);
    ink_w = ink.width;
  }
  /* a short rule under the body's name, a third of it */
  line_w = MIN (ink_w, left_w) / 3;
  _dt_report_block_add_line (block, (left_w - line_w) / 2, y + 2, (left_w + line_w) / 2, y + 2);
  /* Translators: the report's number line, left for the office to fill: "Số:      /BC-……" */
  layout = _dt_report_document_layout (self, _("No.:        /BC-……"), BODY_SIZE, STYLE_PLAIN, left_w,
                                       PANGO_ALIGN_CENTER);
  _dt_report_block_add_piece (block, layout, 0, y + 8);

  /* The national heading is the same in every language the application
   * speaks: it is Vietnamese by law. */
  layout = _dt_report_document_layout (self, "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", 12,
                                       STYLE_PLAIN, right_w, PANGO_ALIGN_CENTER);
  y = _dt_report_block_add_piece (block, layout, right_x, 0);
  layout = _dt_report_document_layout (self, "<b>Độc lập - Tự do - Hạnh phúc</b>", BODY_SIZE,
                                       STYLE_PLAIN, right_w, PANGO_ALIGN_CENTER);
  {
    PangoRectangle logical;
    double bottom = _dt_report_block_add_piece (block, layout, right_x, y);

    pango_layout_get_pixel_extents (layout, NULL, &logical);
    _dt_report_block_add_line (block, right_x + (right_w - logical.width) / 2, bottom + 1.5,
                               right_x + (right_w + logical.width) / 2, bottom + 1.5);
    y = bottom;
  }
  /* Translators: the report's date line, left for the office to fill */
  layout = _dt_report_document_layout (self, _("…………, day …… month …… year 20……"), BODY_SIZE,
                                       STYLE_ITALIC, right_w, PANGO_ALIGN_CENTER);
  _dt_report_block_add_piece (block, layout, right_x, y + 8);
}

static void
add_title (DtReportDocument *self)
{
  const DtReport *report = self->report;
  g_autofree char *period = dt_report_period_dup_title (&report->period);
  g_autofree char *subtitle = NULL;
  g_autofree char *as_of = dt_date_format (report->as_of);
  g_autofree char *markup = NULL;
  g_autofree char *figures = NULL;
  Block *block;

  /* Translators: the document's title, above its subject */
  markup = g_markup_printf_escaped ("<b>%s</b>", _("REPORT"));
  _dt_report_document_add_paragraph (self, markup, 14, STYLE_PLAIN, PANGO_ALIGN_CENTER, 24);
  if (report->notice_number != NULL)
    /* Translators: the report's subject: "Kết quả thực hiện nhiệm vụ tại Thông báo số 01/TB-UBND, tháng 02/2024" */
    subtitle = g_strdup_printf (_("Results of carrying out the directives of notice %s, %s"),
                                report->notice_number, period);
  else
    /* Translators: the report's subject: "Kết quả thực hiện nhiệm vụ được giao tháng 02/2024" */
    subtitle = g_strdup_printf (_("Results of carrying out the directives assigned, %s"), period);
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", subtitle);
  _dt_report_document_add_paragraph (self, markup, 14, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  /* Translators: under the title: "(Số liệu tính đến ngày 05/03/2024)" */
  figures = g_strdup_printf (_("(Figures as of %s)"), as_of);
  g_free (markup);
  markup = g_markup_escape_text (figures, -1);
  block = _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_ITALIC, PANGO_ALIGN_CENTER, 10);
  /* the rule under the title */
  _dt_report_block_add_line (block, self->text_width * 0.4, -5, self->text_width * 0.6, -5);
}

static char *
count_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

static void
add_unit_table (DtReportDocument *self)
{
  const DtReport *report = self->report;
  /* No., unit, total, the four, no deadline */
  const double fractions[] = { 0.055, 0.235, 0.095, 0.123, 0.123, 0.123, 0.123, 0.123 };
  double widths[8];
  const char *headers[8];
  const char *align = "clcccccc";
  g_autofree char *total_label = NULL;
  g_autofree char *ratio_label = NULL;
  Block *block;
  guint n = 0;

  for (guint i = 0; i < 8; i++)
    widths[i] = self->text_width * fractions[i];
  /* Translators: the column of row numbers in the report's tables */
  headers[0] = _("No.");
  headers[1] = _("Unit");
  /* Translators: a column of the report's table: directives with a deadline */
  headers[2] = _("Total with a deadline");
  for (guint c = 0; c < DT_REPORT_N_DUE; c++)
    headers[3 + c] = dt_report_category_to_string (c);
  headers[7] = dt_report_category_to_string (DT_REPORT_NO_DEADLINE);
  block = _dt_report_document_add_table (self, widths, 8, headers, TABLE_SIZE - 2);

  for (guint i = 0; i < report->rows->len; i++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, i);
      g_autofree char *number = count_text (++n);
      g_autofree char *name = g_markup_escape_text (row->unit_name, -1);
      g_autofree char *total = count_text (dt_report_row_get_total (row));
      g_autofree char *c0 = count_text (row->counts[0]);
      g_autofree char *c1 = count_text (row->counts[1]);
      g_autofree char *c2 = count_text (row->counts[2]);
      g_autofree char *c3 = count_text (row->counts[3]);
      g_autofree char *c4 = count_text (row->counts[DT_REPORT_NO_DEADLINE]);
      const char *cells[] = { number, name, total, c0, c1, c2, c3, c4 };

      _dt_report_document_add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_PLAIN);
    }

  {
    const DtReportRow *t = &report->totals;
    guint total = dt_report_row_get_total (t);
    g_autofree char *sum = count_text (total);
    g_autofree char *c0 = count_text (t->counts[0]);
    g_autofree char *c1 = count_text (t->counts[1]);
    g_autofree char *c2 = count_text (t->counts[2]);
    g_autofree char *c3 = count_text (t->counts[3]);
    g_autofree char *c4 = count_text (t->counts[DT_REPORT_NO_DEADLINE]);
    char *p[4] = { NULL };
    const char *cells[8];

    total_label = g_markup_escape_text (_("Total"), -1);
    cells[0] = "";
    cells[1] = total_label;
    cells[2] = sum;
    cells[3] = c0;
    cells[4] = c1;
    cells[5] = c2;
    cells[6] = c3;
    cells[7] = c4;
    _dt_report_document_add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_BOLD);

    /* Translators: the last row of the report's table: each category's share of the total */
    ratio_label = g_markup_escape_text (_("Share of the total (%)"), -1);
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      p[c] = _dt_report_format_percent (total ? 100.0 * t->counts[c] / total : 0);
    cells[1] = ratio_label;
    cells[2] = total ? "100" : "0";
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      cells[3 + c] = p[c];
    cells[7] = "";
    _dt_report_document_add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_ITALIC);
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      g_free (p[c]);
  }
}

static char *
directive_markup (const DtReportEntry *entry)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = g_markup_escape_text (entry->text, -1);

  /* which item of which notice, numbered or not */
  if (entry->notice_reference && *entry->notice_reference)
    {
      g_autofree char *where = NULL;

      if (entry->ordinal && *entry->ordinal)
        /* Translators: where a directive stands: "01/TB-UBND, mục 3.2" */
        where = g_strdup_printf (_("%s, item %s"), entry->notice_reference, entry->ordinal);
      else
        where = g_strdup (entry->notice_reference);
      g_autofree char *escaped = g_markup_escape_text (where, -1);
      g_string_append_printf (out, "<i>%s:</i> ", escaped);
    }
  g_string_append (out, text);
  return g_string_free (out, FALSE);
}

/* The last columns of a list of directives, after the four every list
 * has: @cells receives markup the caller frees. */
typedef void (*EntryColumns) (const DtReportEntry  *entry,
                              char                **cells);

/* A table of directives, one a row: No., lead unit, directive and deadline,
 * then the columns @more adds (@n_columns in all, with @headers for those
 * after the fourth); @fractions of the text width and @alignments are for
 * every column. */
static void
add_entry_table (DtReportDocument *self,
                 GPtrArray        *entries,
                 guint             n_columns,
                 const double     *fractions,
                 const char       *alignments,
                 const char      **more_headers,
                 EntryColumns      more)
{
  double widths[6];
  const char *headers[6];
  Block *block;

  g_assert (n_columns >= 4 && n_columns <= G_N_ELEMENTS (widths));
  for (guint i = 0; i < n_columns; i++)
    widths[i] = self->text_width * fractions[i];
  headers[0] = _("No.");
  headers[1] = _("Lead unit");
  headers[2] = _("Directive");
  headers[3] = _("Deadline");
  for (guint i = 4; i < n_columns; i++)
    headers[i] = more_headers[i - 4];
  block = _dt_report_document_add_table (self, widths, n_columns, headers, APPENDIX_SIZE);
  for (guint i = 0; i < entries->len; i++)
    {
      const DtReportEntry *e = g_ptr_array_index (entries, i);
      char *cells[6] = { NULL };

      cells[0] = count_text (i + 1);
      cells[1] = g_markup_escape_text (e->unit_name, -1);
      cells[2] = directive_markup (e);
      cells[3] = dt_date_format (e->deadline);
      if (more != NULL)
        more (e, cells + 4);
      _dt_report_document_add_table_row (self, block, (const char **) cells, alignments,
                                         APPENDIX_SIZE, STYLE_PLAIN);
      for (guint c = 0; c < n_columns; c++)
        g_free (cells[c]);
    }
}

/* The appendix's last columns: days overdue and the latest progress */
static void
overdue_columns (const DtReportEntry  *e,
                 char                **cells)
{
  cells[0] = count_text (e->days_overdue);
  if (e->progress_text != NULL)
    {
      g_autofree char *date = dt_date_format (e->progress_date);

      cells[1] = *date ? g_markup_printf_escaped ("<i>%s:</i> %s", date, e->progress_text)
                       : g_markup_escape_text (e->progress_text, -1);
    }
  else
    cells[1] = g_strdup ("");
}

static void
add_appendix (DtReportDocument *self)
{
  const DtReport *report = self->report;
  /* the days' column as wide as its title's longest word ("overdue") */
  const double fractions[] = { 0.055, 0.17, 0.33, 0.125, 0.10, 0.22 };
  const char *more_headers[2];
  g_autofree char *markup = NULL;
  g_autofree char *period = dt_report_period_dup_title (&report->period);
  g_autofree char *attached = NULL;

  _dt_report_document_add_block (self, BLOCK_BREAK, 0);
  /* Translators: the title of the report's appendix */
  markup = g_markup_printf_escaped ("<b>%s</b>", _("APPENDIX"));
  _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", _("OVERDUE DIRECTIVES NOT COMPLETED"));
  _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  /* Translators: under the appendix's title; the number and date are left to fill */
  attached = g_strdup_printf (_("(Attached to report No.       /BC-…… of ……, %s)"), period);
  g_free (markup);
  markup = g_markup_escape_text (attached, -1);
  _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_ITALIC, PANGO_ALIGN_CENTER, 0);

  /* Translators: a column of the appendix: how many days past the deadline */
  more_headers[0] = _("Days overdue");
  /* Translators: a column of the appendix: the latest progress report */
  more_headers[1] = _("Latest progress");
  add_entry_table (self, report->overdue, 6, fractions, "cllccl", more_headers, overdue_columns);
}

static void
add_cancelled (DtReportDocument *self)
{
  const double fractions[] = { 0.055, 0.23, 0.565, 0.15 };

  add_entry_table (self, self->report->cancelled, 4, fractions, "cllc", NULL, NULL);
}

static void
add_signature (DtReportDocument               *self,
               const DtReportDocumentSettings *settings)
{
  Block *block = _dt_report_document_add_block (self, BLOCK_FIXED, 18);
  double left_w = self->text_width * 0.45;
  double right_x = left_w, right_w = self->text_width - left_w;
  g_autofree char *recipients = NULL;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  PangoLayout *layout;
  double bottom;

  /* Translators: the list of recipients under the report: "Nơi nhận:" */
  markup = g_markup_printf_escaped ("<b><i>%s</i></b>", _("Recipients:"));
  layout = _dt_report_document_layout (self, markup, 12, STYLE_PLAIN, left_w, PANGO_ALIGN_LEFT);
  bottom = _dt_report_block_add_piece (block, layout, 0, 0);
  /* Translators: the recipients' lines, to complete by hand: "- Như trên;\n- Lưu: VT." */
  recipients = g_markup_escape_text (_("- As above;\n- Filed: Records."), -1);
  layout = _dt_report_document_layout (self, recipients, 11, STYLE_PLAIN, left_w, PANGO_ALIGN_LEFT);
  _dt_report_block_add_piece (block, layout, 0, bottom);

  if (settings != NULL && settings->signer_title != NULL && *settings->signer_title != '\0')
    title = g_utf8_strup (settings->signer_title, -1);
  else
    title = g_strdup ("……………………");
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", title);
  layout = _dt_report_document_layout (self, markup, BODY_SIZE, STYLE_PLAIN, right_w, PANGO_ALIGN_CENTER);
  bottom = _dt_report_block_add_piece (block, layout, right_x, 0);
  /* room to sign and stamp */
  block->height = MAX (block->height, bottom + 80);
}

/* All of it, in the order printed */
void
_dt_report_document_add_sections (DtReportDocument               *self,
                                  const DtReportDocumentSettings *settings)
{
  const DtReport *report = self->report;
  g_autofree char *narrative = NULL;
  g_autofree char *rates = NULL;
  g_autofree char *on_time = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *markup = NULL;
  Block *block;

  add_heading (self, settings);
  add_title (self);

  _dt_report_document_add_section_heading (self, _("I. OVERALL RESULTS"));
  narrative = dt_report_dup_narrative (report);
  markup = g_markup_escape_text (narrative, -1);
  _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_JUSTIFY, PANGO_ALIGN_LEFT, 4);
  on_time = _dt_report_format_percent (dt_report_get_on_time_ratio (report));
  completed = _dt_report_format_percent (dt_report_get_completed_ratio (report));
  overdue = _dt_report_format_percent (dt_report_get_overdue_ratio (report));
  /* Translators: the report's ratios, of the directives with a deadline */
  rates = g_strdup_printf (_("Completed on time: %s%%; completed: %s%%; overdue (completed late "
                             "or not completed): %s%%."), on_time, completed, overdue);
  g_free (markup);
  markup = g_markup_escape_text (rates, -1);
  _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_JUSTIFY, PANGO_ALIGN_LEFT, 4);

  _dt_report_document_add_section_heading (self, _("II. RESULTS BY UNIT"));
  add_unit_table (self);

  if (dt_report_chart_get_n_rows (report) > 0)
    {
      g_free (markup);
      /* Translators: the caption of the chart in the report */
      markup = g_markup_printf_escaped ("<i>%s</i>", _("Chart: directives with a deadline by unit"));
      block = _dt_report_document_add_paragraph (self, markup, TABLE_SIZE, STYLE_PLAIN,
                                                 PANGO_ALIGN_CENTER, 14);
      block->keep_with_next = TRUE;
      block = _dt_report_document_add_block (self, BLOCK_CHART, 4);
      block->header.height = dt_report_chart_get_legend_height (&self->chart, self->text_width);
      block->height = self->chart.row_height;
    }

  if (report->cancelled->len > 0)
    {
      _dt_report_document_add_section_heading (self, _("III. CANCELLED DIRECTIVES (NOT COUNTED)"));
      add_cancelled (self);
    }

  add_signature (self, settings);
  if (report->overdue->len > 0)
    add_appendix (self);
}
