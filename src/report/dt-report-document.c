/* dt-report-document.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The administrative layout of Decree 30/2020/NĐ-CP: the issuing body and
 * the national heading side by side, the number and date lines left for
 * the office to fill, the title, the text in a 13 pt serif, tables whose
 * header is repeated on every page, the signature block, the page number
 * at the top centre from the second page on; then the appendix.  The
 * document is built as a list of blocks (fixed pieces of text, tables, the
 * chart), paginated once into placements, and each page drawn from them.
 * One concept, kept whole: the layout and its drawing must agree.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dt-date.h"
#include "dt-report-chart.h"
#include "dt-report-document.h"
#include "dt-report-private.h"

#define MM (72.0 / 25.4)
/* Decree 30's margins: top and bottom 20 mm, left 30 mm, right 20 mm */
#define MARGIN_TOP (20 * MM)
#define MARGIN_BOTTOM (20 * MM)
#define MARGIN_LEFT (30 * MM)
#define MARGIN_RIGHT (20 * MM)
#define FONT "Liberation Serif, Times New Roman, serif"
#define BODY_SIZE 13.0
#define TABLE_SIZE 12.0
#define APPENDIX_SIZE 11.0
#define CELL_PAD_X 3.0
#define CELL_PAD_Y 2.5
#define MAX_COLUMNS 8
#define MAX_CELL_LINES 6

typedef enum
{
  BLOCK_FIXED,   /* pieces of text and lines, kept on one page */
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  PangoLayout *layout;
  double       x, y;
} Piece;

typedef struct
{
  PangoLayout *cells[MAX_COLUMNS];
  double       height;
} TableRow;

typedef struct
{
  BlockKind  kind;
  double     space_before;
  gboolean   keep_with_next;
  /* fixed */
  GArray    *pieces;        /* of Piece */
  GArray    *lines;         /* of double[4]: x1, y1, x2, y2 */
  double     height;
  /* table */
  guint      n_columns;
  double     widths[MAX_COLUMNS];
  TableRow   header;
  GArray    *rows;          /* of TableRow */
} Block;

typedef struct
{
  Block *block;
  int    row;               /* -1: the whole fixed block, or the table's header */
  double y;
} Placement;

struct _DtReportDocument
{
  const DtReport     *report;
  PangoContext       *context;
  double              page_width, page_height, text_width;
  GPtrArray          *blocks;   /* of Block */
  GPtrArray          *pages;    /* of GArray of Placement */
  DtReportChartStyle  chart;
  GHashTable         *fonts;      /* "size:style" → PangoFontDescription */
  PangoAttrList      *no_hyphens;
};

static void
table_row_clear (TableRow *row)
{
  for (guint i = 0; i < MAX_COLUMNS; i++)
    g_clear_object (&row->cells[i]);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block->pieces != NULL)
    for (guint i = 0; i < block->pieces->len; i++)
      g_object_unref (g_array_index (block->pieces, Piece, i).layout);
  g_clear_pointer (&block->pieces, g_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
  table_row_clear (&block->header);
  if (block->rows != NULL)
    for (guint i = 0; i < block->rows->len; i++)
      table_row_clear (&g_array_index (block->rows, TableRow, i));
  g_clear_pointer (&block->rows, g_array_unref);
  g_free (block);
}

/* Layouts */

typedef enum
{
  STYLE_PLAIN = 0,
  STYLE_BOLD = 1 << 0,
  STYLE_ITALIC = 1 << 1,
  STYLE_JUSTIFY = 1 << 2,
} TextStyle;

/* Font descriptions by size and style, made once: a long appendix makes
 * tens of thousands of layouts */
static const PangoFontDescription *
get_font (DtReportDocument *self,
          double            size,
          TextStyle         style)
{
  g_autofree char *key = g_strdup_printf ("%.2f:%d", size, style & (STYLE_BOLD | STYLE_ITALIC));
  PangoFontDescription *font = g_hash_table_lookup (self->fonts, key);

  if (font == NULL)
    {
      font = pango_font_description_from_string (FONT);
      pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
      if (style & STYLE_BOLD)
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      if (style & STYLE_ITALIC)
        pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
      g_hash_table_insert (self->fonts, g_steal_pointer (&key), font);
    }
  return font;
}

static PangoLayout *
make_layout (DtReportDocument *self,
             const char       *markup,
             double            size,
             TextStyle         style,
             double            width,
             PangoAlignment    alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, get_font (self, size, style));
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_justify (layout, (style & STYLE_JUSTIFY) != 0);
  /* a word broken in a narrow column gets no hyphen */
  if (strpbrk (markup, "<&") == NULL)
    {
      pango_layout_set_text (layout, markup, -1);
      pango_layout_set_attributes (layout, self->no_hyphens);
    }
  else
    {
      PangoAttrList *attrs;

      pango_layout_set_markup (layout, markup, -1);
      attrs = pango_layout_get_attributes (layout);
      if (attrs == NULL)
        pango_layout_set_attributes (layout, self->no_hyphens);
      else
        pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static Block *
add_block (DtReportDocument *self,
           BlockKind         kind,
           double            space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->space_before = space_before;
  if (kind == BLOCK_FIXED)
    {
      block->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
      block->lines = g_array_new (FALSE, FALSE, sizeof (double) * 4);
    }
  else if (kind == BLOCK_TABLE)
    block->rows = g_array_new (FALSE, TRUE, sizeof (TableRow));
  g_ptr_array_add (self->blocks, block);
  return block;
}

/* Adds a layout to a fixed block at (x, y); returns its bottom */
static double
add_piece (Block       *block,
           PangoLayout *layout,
           double       x,
           double       y)
{
  Piece piece = { layout, x, y };
  double bottom = y + layout_height (layout);

  g_array_append_val (block->pieces, piece);
  block->height = MAX (block->height, bottom);
  return bottom;
}

static void
add_line (Block  *block,
          double  x1,
          double  y1,
          double  x2,
          double  y2)
{
  double line[4] = { x1, y1, x2, y2 };

  g_array_append_vals (block->lines, line, 1);
}

/* A paragraph of text the width of the page */
static Block *
add_paragraph (DtReportDocument *self,
               const char       *markup,
               double            size,
               TextStyle         style,
               PangoAlignment    alignment,
               double            space_before)
{
  Block *block = add_block (self, BLOCK_FIXED, space_before);
  PangoLayout *layout = make_layout (self, markup, size, style, self->text_width, alignment);

  if (style & STYLE_JUSTIFY)
    pango_layout_set_indent (layout, (int) (10 * MM * PANGO_SCALE));
  add_piece (block, layout, 0, 0);
  return block;
}

static Block *
add_section_heading (DtReportDocument *self,
                     const char       *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  Block *block = add_paragraph (self, markup, BODY_SIZE, STYLE_BOLD, PANGO_ALIGN_LEFT, 10);

  block->keep_with_next = TRUE;
  return block;
}

/* The issuing body and the national heading, the number and the date */
static void
add_heading (DtReportDocument               *self,
             const DtReportDocumentSettings *settings)
{
  Block *block = add_block (self, BLOCK_FIXED, 0);
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
  layout = make_layout (self, markup->str, 12.5, STYLE_PLAIN, -1, PANGO_ALIGN_CENTER);
  {
    PangoRectangle logical;
    double size = 12.5;

    pango_layout_get_extents (layout, NULL, &logical);
    if ((double) logical.width / PANGO_SCALE > left_w)
      size = MAX (10.0, size * left_w / ((double) logical.width / PANGO_SCALE));
    g_object_unref (layout);
    layout = make_layout (self, markup->str, size, STYLE_PLAIN, left_w, PANGO_ALIGN_CENTER);
  }
  g_string_free (markup, TRUE);
  y = add_piece (block, layout, 0, 0);
  {
    PangoRectangle ink;

    pango_layout_get_pixel_extents (layout, &ink, NULL);
    ink_w = ink.width;
  }
  /* a short rule under the body's name, a third of it */
  line_w = MIN (ink_w, left_w) / 3;
  add_line (block, (left_w - line_w) / 2, y + 2, (left_w + line_w) / 2, y + 2);
  /* Translators: the report's number line, left for the office to fill: "Số:      /BC-……" */
  layout = make_layout (self, _("No.:        /BC-……"), BODY_SIZE, STYLE_PLAIN, left_w, PANGO_ALIGN_CENTER);
  add_piece (block, layout, 0, y + 8);

  /* The national heading is the same in every language the application
   * speaks: it is Vietnamese by law. */
  layout = make_layout (self, "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", 12, STYLE_PLAIN,
                        right_w, PANGO_ALIGN_CENTER);
  y = add_piece (block, layout, right_x, 0);
  layout = make_layout (self, "<b>Độc lập - Tự do - Hạnh phúc</b>", BODY_SIZE, STYLE_PLAIN,
                        right_w, PANGO_ALIGN_CENTER);
  {
    PangoRectangle logical;
    double bottom = add_piece (block, layout, right_x, y);

    pango_layout_get_pixel_extents (layout, NULL, &logical);
    add_line (block, right_x + (right_w - logical.width) / 2, bottom + 1.5,
              right_x + (right_w + logical.width) / 2, bottom + 1.5);
    y = bottom;
  }
  /* Translators: the report's date line, left for the office to fill */
  layout = make_layout (self, _("…………, day …… month …… year 20……"), BODY_SIZE, STYLE_ITALIC,
                        right_w, PANGO_ALIGN_CENTER);
  add_piece (block, layout, right_x, y + 8);
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
  add_paragraph (self, markup, 14, STYLE_PLAIN, PANGO_ALIGN_CENTER, 24);
  if (report->notice_number != NULL)
    /* Translators: the report's subject: "Kết quả thực hiện nhiệm vụ tại Thông báo số 01/TB-UBND, tháng 02/2024" */
    subtitle = g_strdup_printf (_("Results of carrying out the directives of notice %s, %s"),
                                report->notice_number, period);
  else
    /* Translators: the report's subject: "Kết quả thực hiện nhiệm vụ được giao tháng 02/2024" */
    subtitle = g_strdup_printf (_("Results of carrying out the directives assigned, %s"), period);
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", subtitle);
  add_paragraph (self, markup, 14, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  /* Translators: under the title: "(Số liệu tính đến ngày 05/03/2024)" */
  figures = g_strdup_printf (_("(Figures as of %s)"), as_of);
  g_free (markup);
  markup = g_markup_escape_text (figures, -1);
  block = add_paragraph (self, markup, BODY_SIZE, STYLE_ITALIC, PANGO_ALIGN_CENTER, 10);
  /* the rule under the title */
  add_line (block, self->text_width * 0.4, -5, self->text_width * 0.6, -5);
}

/* Tables */

static Block *
add_table (DtReportDocument *self,
           const double     *widths,
           guint             n_columns,
           const char      **headers,
           double            size)
{
  Block *block = add_block (self, BLOCK_TABLE, 6);
  double height = 0;

  g_assert (n_columns <= MAX_COLUMNS);
  block->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", headers[i]);

      block->widths[i] = widths[i];
      block->header.cells[i] = make_layout (self, markup, size, STYLE_PLAIN,
                                            widths[i] - 2 * CELL_PAD_X, PANGO_ALIGN_CENTER);
      height = MAX (height, layout_height (block->header.cells[i]));
    }
  block->header.height = height + 2 * CELL_PAD_Y;
  return block;
}

/* A row of cells given as markup; alignments per column ("lcr") */
static void
add_table_row (DtReportDocument *self,
               Block            *block,
               const char      **cells,
               const char       *alignments,
               double            size,
               TextStyle         style)
{
  TableRow row = { { NULL }, 0 };
  double height = 0;

  for (guint i = 0; i < block->n_columns; i++)
    {
      PangoAlignment align = alignments[i] == 'c' ? PANGO_ALIGN_CENTER
                             : alignments[i] == 'r' ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;

      row.cells[i] = make_layout (self, cells[i], size, style,
                                  block->widths[i] - 2 * CELL_PAD_X, align);
      pango_layout_set_height (row.cells[i], -MAX_CELL_LINES);
      pango_layout_set_ellipsize (row.cells[i], PANGO_ELLIPSIZE_END);
      height = MAX (height, layout_height (row.cells[i]));
    }
  row.height = height + 2 * CELL_PAD_Y;
  g_array_append_val (block->rows, row);
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
  block = add_table (self, widths, 8, headers, TABLE_SIZE - 2);

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

      add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_PLAIN);
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
    add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_BOLD);

    /* Translators: the last row of the report's table: each category's share of the total */
    ratio_label = g_markup_escape_text (_("Share of the total (%)"), -1);
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      p[c] = _dt_report_format_percent (total ? 100.0 * t->counts[c] / total : 0);
    cells[1] = ratio_label;
    cells[2] = total ? "100" : "0";
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      cells[3 + c] = p[c];
    cells[7] = "";
    add_table_row (self, block, cells, align, TABLE_SIZE, STYLE_ITALIC);
    for (guint c = 0; c < DT_REPORT_N_DUE; c++)
      g_free (p[c]);
  }
}

static char *
directive_markup (const DtReportEntry *entry)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = g_markup_escape_text (entry->text, -1);

  if (entry->notice_number && *entry->notice_number)
    {
      g_autofree char *where = NULL;

      if (entry->ordinal && *entry->ordinal)
        /* Translators: where a directive stands: "01/TB-UBND, mục 3.2" */
        where = g_strdup_printf (_("%s, item %s"), entry->notice_number, entry->ordinal);
      else
        where = g_strdup (entry->notice_number);
      g_autofree char *escaped = g_markup_escape_text (where, -1);
      g_string_append_printf (out, "<i>%s:</i> ", escaped);
    }
  g_string_append (out, text);
  return g_string_free (out, FALSE);
}

static void
add_appendix (DtReportDocument *self)
{
  const DtReport *report = self->report;
  const double fractions[] = { 0.055, 0.17, 0.345, 0.125, 0.085, 0.22 };
  double widths[6];
  const char *headers[6];
  g_autofree char *markup = NULL;
  g_autofree char *period = dt_report_period_dup_title (&report->period);
  g_autofree char *attached = NULL;
  Block *block;

  add_block (self, BLOCK_BREAK, 0);
  /* Translators: the title of the report's appendix */
  markup = g_markup_printf_escaped ("<b>%s</b>", _("APPENDIX"));
  add_paragraph (self, markup, BODY_SIZE, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", _("OVERDUE DIRECTIVES NOT COMPLETED"));
  add_paragraph (self, markup, BODY_SIZE, STYLE_PLAIN, PANGO_ALIGN_CENTER, 0);
  /* Translators: under the appendix's title; the number and date are left to fill */
  attached = g_strdup_printf (_("(Attached to report No.       /BC-…… of ……, %s)"), period);
  g_free (markup);
  markup = g_markup_escape_text (attached, -1);
  add_paragraph (self, markup, BODY_SIZE, STYLE_ITALIC, PANGO_ALIGN_CENTER, 0);

  for (guint i = 0; i < 6; i++)
    widths[i] = self->text_width * fractions[i];
  headers[0] = _("No.");
  headers[1] = _("Lead unit");
  headers[2] = _("Directive");
  headers[3] = _("Deadline");
  /* Translators: a column of the appendix: how many days past the deadline */
  headers[4] = _("Days overdue");
  /* Translators: a column of the appendix: the latest progress report */
  headers[5] = _("Latest progress");
  block = add_table (self, widths, 6, headers, APPENDIX_SIZE);
  for (guint i = 0; i < report->overdue->len; i++)
    {
      const DtReportEntry *e = g_ptr_array_index (report->overdue, i);
      g_autofree char *number = count_text (i + 1);
      g_autofree char *unit = g_markup_escape_text (e->unit_name, -1);
      g_autofree char *text = directive_markup (e);
      g_autofree char *deadline = dt_date_format (e->deadline);
      g_autofree char *days = count_text (e->days_overdue);
      g_autofree char *progress = NULL;
      const char *cells[6];

      if (e->progress_text != NULL)
        {
          g_autofree char *date = dt_date_format (e->progress_date);

          progress = *date ? g_markup_printf_escaped ("<i>%s:</i> %s", date, e->progress_text)
                           : g_markup_escape_text (e->progress_text, -1);
        }
      else
        progress = g_strdup ("");
      cells[0] = number;
      cells[1] = unit;
      cells[2] = text;
      cells[3] = deadline;
      cells[4] = days;
      cells[5] = progress;
      add_table_row (self, block, cells, "cllccl", APPENDIX_SIZE, STYLE_PLAIN);
    }
}

static void
add_cancelled (DtReportDocument *self)
{
  const DtReport *report = self->report;
  const double fractions[] = { 0.055, 0.23, 0.565, 0.15 };
  double widths[4];
  const char *headers[4];
  Block *block;

  for (guint i = 0; i < 4; i++)
    widths[i] = self->text_width * fractions[i];
  headers[0] = _("No.");
  headers[1] = _("Lead unit");
  headers[2] = _("Directive");
  headers[3] = _("Deadline");
  block = add_table (self, widths, 4, headers, APPENDIX_SIZE);
  for (guint i = 0; i < report->cancelled->len; i++)
    {
      const DtReportEntry *e = g_ptr_array_index (report->cancelled, i);
      g_autofree char *number = count_text (i + 1);
      g_autofree char *unit = g_markup_escape_text (e->unit_name, -1);
      g_autofree char *text = directive_markup (e);
      g_autofree char *deadline = dt_date_format (e->deadline);
      const char *cells[] = { number, unit, text, deadline };

      add_table_row (self, block, cells, "cllc", APPENDIX_SIZE, STYLE_PLAIN);
    }
}

static void
add_signature (DtReportDocument               *self,
               const DtReportDocumentSettings *settings)
{
  Block *block = add_block (self, BLOCK_FIXED, 18);
  double left_w = self->text_width * 0.45;
  double right_x = left_w, right_w = self->text_width - left_w;
  g_autofree char *recipients = NULL;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  double bottom;

  /* Translators: the list of recipients under the report: "Nơi nhận:" */
  markup = g_markup_printf_escaped ("<b><i>%s</i></b>", _("Recipients:"));
  bottom = add_piece (block, make_layout (self, markup, 12, STYLE_PLAIN, left_w, PANGO_ALIGN_LEFT), 0, 0);
  /* Translators: the recipients' lines, to complete by hand: "- Như trên;\n- Lưu: VT." */
  recipients = g_markup_escape_text (_("- As above;\n- Filed: Records."), -1);
  add_piece (block, make_layout (self, recipients, 11, STYLE_PLAIN, left_w, PANGO_ALIGN_LEFT), 0, bottom);

  if (settings != NULL && settings->signer_title != NULL && *settings->signer_title != '\0')
    title = g_utf8_strup (settings->signer_title, -1);
  else
    title = g_strdup ("……………………");
  g_free (markup);
  markup = g_markup_printf_escaped ("<b>%s</b>", title);
  bottom = add_piece (block, make_layout (self, markup, BODY_SIZE, STYLE_PLAIN, right_w, PANGO_ALIGN_CENTER),
                      right_x, 0);
  /* room to sign and stamp */
  block->height = MAX (block->height, bottom + 80);
}

/* Pagination */

static double
first_height (Block *block)
{
  switch (block->kind)
    {
    case BLOCK_FIXED:
      return block->height;
    case BLOCK_TABLE:
      return block->header.height
             + (block->rows->len > 0 ? g_array_index (block->rows, TableRow, 0).height : 0);
    case BLOCK_CHART:
      return block->height + block->header.height;
    case BLOCK_BREAK:
    default:
      return 0;
    }
}

static GArray *
new_page (DtReportDocument *self,
          double           *y)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  *y = MARGIN_TOP;
  return page;
}

static void
place (GArray *page,
       Block  *block,
       int     row,
       double  y)
{
  Placement p = { block, row, y };

  g_array_append_val (page, p);
}

static void
paginate (DtReportDocument *self)
{
  double bottom = self->page_height - MARGIN_BOTTOM;
  double y;
  GArray *page = new_page (self, &y);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double need;
      guint n_rows;

      if (block->kind == BLOCK_BREAK)
        {
          if (page->len > 0)
            page = new_page (self, &y);
          continue;
        }
      if (y > MARGIN_TOP)
        y += block->space_before;
      need = first_height (block);
      if (block->keep_with_next && i + 1 < self->blocks->len)
        need += ((Block *) g_ptr_array_index (self->blocks, i + 1))->space_before
                + first_height (g_ptr_array_index (self->blocks, i + 1));
      if (y + need > bottom && y > MARGIN_TOP)
        page = new_page (self, &y);

      if (block->kind == BLOCK_FIXED)
        {
          place (page, block, -1, y);
          y += block->height;
          continue;
        }

      /* a table or the chart: the header on every page it runs over */
      place (page, block, -1, y);
      y += block->header.height;
      n_rows = block->kind == BLOCK_TABLE ? block->rows->len : dt_report_chart_get_n_rows (self->report);
      for (guint r = 0; r < n_rows; r++)
        {
          double h = block->kind == BLOCK_TABLE ? g_array_index (block->rows, TableRow, r).height
                                                : block->height;

          if (y + h > bottom)
            {
              page = new_page (self, &y);
              place (page, block, -1, y);
              y += block->header.height;
            }
          place (page, block, (int) r, y);
          y += h;
        }
    }
}

DtReportDocument *
dt_report_document_new (const DtReport                 *report,
                        const DtReportDocumentSettings *settings,
                        double                          page_width,
                        double                          page_height)
{
  DtReportDocument *self;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options;
  g_autofree char *narrative = NULL;
  g_autofree char *rates = NULL;
  g_autofree char *on_time = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *markup = NULL;
  Block *block;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_new0 (DtReportDocument, 1);
  self->report = report;
  self->page_width = page_width;
  self->page_height = page_height;
  self->text_width = page_width - MARGIN_LEFT - MARGIN_RIGHT;
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) pango_font_description_free);
  self->no_hyphens = pango_attr_list_new ();
  pango_attr_list_insert (self->no_hyphens, pango_attr_insert_hyphens_new (FALSE));
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  dt_report_chart_style_init_print (&self->chart);
  self->chart.font_family = FONT;
  self->chart.font_size = 11;
  self->chart.label_fraction = 0.38;
  self->chart.row_height = 26;

  add_heading (self, settings);
  add_title (self);

  add_section_heading (self, _("I. OVERALL RESULTS"));
  narrative = dt_report_dup_narrative (report);
  markup = g_markup_escape_text (narrative, -1);
  add_paragraph (self, markup, BODY_SIZE, STYLE_JUSTIFY, PANGO_ALIGN_LEFT, 4);
  on_time = _dt_report_format_percent (dt_report_get_on_time_ratio (report));
  completed = _dt_report_format_percent (dt_report_get_completed_ratio (report));
  overdue = _dt_report_format_percent (dt_report_get_overdue_ratio (report));
  /* Translators: the report's ratios, of the directives with a deadline */
  rates = g_strdup_printf (_("Completed on time: %s%%; completed: %s%%; overdue (completed late "
                             "or not completed): %s%%."), on_time, completed, overdue);
  g_free (markup);
  markup = g_markup_escape_text (rates, -1);
  add_paragraph (self, markup, BODY_SIZE, STYLE_JUSTIFY, PANGO_ALIGN_LEFT, 4);

  add_section_heading (self, _("II. RESULTS BY UNIT"));
  add_unit_table (self);

  if (dt_report_chart_get_n_rows (report) > 0)
    {
      g_free (markup);
      /* Translators: the caption of the chart in the report */
      markup = g_markup_printf_escaped ("<i>%s</i>", _("Chart: directives with a deadline by unit"));
      block = add_paragraph (self, markup, TABLE_SIZE, STYLE_PLAIN, PANGO_ALIGN_CENTER, 14);
      block->keep_with_next = TRUE;
      block = add_block (self, BLOCK_CHART, 4);
      block->header.height = dt_report_chart_get_legend_height (&self->chart, self->text_width);
      block->height = self->chart.row_height;
    }

  if (report->cancelled->len > 0)
    {
      add_section_heading (self, _("III. CANCELLED DIRECTIVES (NOT COUNTED)"));
      add_cancelled (self);
    }

  add_signature (self, settings);
  if (report->overdue->len > 0)
    add_appendix (self);

  paginate (self);
  return self;
}

void
dt_report_document_free (DtReportDocument *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->fonts, g_hash_table_unref);
  g_clear_pointer (&self->no_hyphens, pango_attr_list_unref);
  g_free (self);
}

guint
dt_report_document_get_n_pages (DtReportDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

static void
draw_table_row (cairo_t  *cr,
                Block    *block,
                TableRow *row,
                double    y)
{
  double x = 0;

  for (guint i = 0; i < block->n_columns; i++)
    {
      cairo_rectangle (cr, x, y, block->widths[i], row->height);
      cairo_stroke (cr);
      if (row->cells[i] != NULL)
        {
          /* header cells and short ones sit in the middle of the row */
          double h = layout_height (row->cells[i]);
          double dy = row == &block->header ? (row->height - h) / 2 : CELL_PAD_Y;

          cairo_move_to (cr, x + CELL_PAD_X, y + dy);
          pango_cairo_show_layout (cr, row->cells[i]);
        }
      x += block->widths[i];
    }
}

void
dt_report_document_draw_page (DtReportDocument *self,
                              cairo_t          *cr,
                              guint             page)
{
  GArray *placements;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);

  /* the page number, top centre, from the second page on */
  if (page > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      g_autoptr(PangoLayout) layout = make_layout (self, number, BODY_SIZE, STYLE_PLAIN,
                                                   self->page_width, PANGO_ALIGN_CENTER);

      cairo_move_to (cr, 0, MARGIN_TOP / 2 - 2);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_translate (cr, MARGIN_LEFT, 0);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *p = &g_array_index (placements, Placement, i);
      Block *block = p->block;

      switch (block->kind)
        {
        case BLOCK_FIXED:
          for (guint k = 0; k < block->pieces->len; k++)
            {
              Piece *piece = &g_array_index (block->pieces, Piece, k);

              cairo_move_to (cr, piece->x, p->y + piece->y);
              pango_cairo_show_layout (cr, piece->layout);
            }
          for (guint k = 0; k < block->lines->len; k++)
            {
              double *line = &g_array_index (block->lines, double, 4 * k);

              cairo_move_to (cr, line[0], p->y + line[1]);
              cairo_line_to (cr, line[2], p->y + line[3]);
              cairo_stroke (cr);
            }
          break;
        case BLOCK_TABLE:
          draw_table_row (cr, block, p->row < 0 ? &block->header
                                                : &g_array_index (block->rows, TableRow, p->row), p->y);
          break;
        case BLOCK_CHART:
          cairo_save (cr);
          cairo_translate (cr, 0, p->y);
          if (p->row < 0)
            dt_report_chart_draw_legend (cr, &self->chart, self->text_width);
          else
            dt_report_chart_draw_rows (cr, self->report, (guint) p->row, 1, &self->chart, self->text_width);
          cairo_restore (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, 0.6);
          break;
        case BLOCK_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
}

gboolean
dt_report_document_write_pdf (DtReportDocument *self,
                              const char       *path,
                              GError          **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, self->page_width, self->page_height);
  period = dt_report_period_dup_title (&self->report->period);
  /* Translators: the title of the report's PDF file, in its properties */
  title = g_strdup_printf (_("Report on the directives, %s"), period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Directives");
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      dt_report_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's reason */
                   _("Cannot write the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
