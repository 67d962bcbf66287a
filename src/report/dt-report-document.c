/* dt-report-document.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's page engine: the document is built as a list of blocks
 * (fixed pieces of text and rules, tables, the chart), paginated once into
 * placements, and each page drawn from them, so the layout and its drawing
 * cannot disagree.  Tables and the chart repeat their header on every page
 * they run over; the page number sits at the top centre from the second
 * page on.  What the blocks say — the sections of Decree 30/2020/NĐ-CP's
 * layout, from the heading to the appendix — is
 * dt-report-document-sections.c.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dt-date.h"
#include "dt-pdf-util.h"
#include "dt-report-chart.h"
#include "dt-report-document-private.h"
#include "dt-report-private.h"

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

PangoLayout *
_dt_report_document_layout (DtReportDocument *self,
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

double
_dt_report_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

Block *
_dt_report_document_add_block (DtReportDocument *self,
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
double
_dt_report_block_add_piece (Block       *block,
                            PangoLayout *layout,
                            double       x,
                            double       y)
{
  Piece piece = { layout, x, y };
  double bottom = y + _dt_report_layout_height (layout);

  g_array_append_val (block->pieces, piece);
  block->height = MAX (block->height, bottom);
  return bottom;
}

void
_dt_report_block_add_line (Block  *block,
                           double  x1,
                           double  y1,
                           double  x2,
                           double  y2)
{
  double line[4] = { x1, y1, x2, y2 };

  g_array_append_vals (block->lines, line, 1);
}

/* A paragraph of text the width of the page */
Block *
_dt_report_document_add_paragraph (DtReportDocument *self,
                                   const char       *markup,
                                   double            size,
                                   TextStyle         style,
                                   PangoAlignment    alignment,
                                   double            space_before)
{
  Block *block = _dt_report_document_add_block (self, BLOCK_FIXED, space_before);
  PangoLayout *layout = _dt_report_document_layout (self, markup, size, style, self->text_width, alignment);

  if (style & STYLE_JUSTIFY)
    pango_layout_set_indent (layout, (int) (10 * MM * PANGO_SCALE));
  _dt_report_block_add_piece (block, layout, 0, 0);
  return block;
}

Block *
_dt_report_document_add_section_heading (DtReportDocument *self,
                                         const char       *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  Block *block = _dt_report_document_add_paragraph (self, markup, BODY_SIZE, STYLE_BOLD,
                                                    PANGO_ALIGN_LEFT, 10);

  block->keep_with_next = TRUE;
  return block;
}

/* Tables */

Block *
_dt_report_document_add_table (DtReportDocument *self,
                               const double     *widths,
                               guint             n_columns,
                               const char      **headers,
                               double            size)
{
  Block *block = _dt_report_document_add_block (self, BLOCK_TABLE, 6);
  double height = 0;

  g_assert (n_columns <= MAX_COLUMNS);
  block->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", headers[i]);

      block->widths[i] = widths[i];
      block->header.cells[i] = _dt_report_document_layout (self, markup, size, STYLE_PLAIN,
                                                           widths[i] - 2 * CELL_PAD_X, PANGO_ALIGN_CENTER);
      height = MAX (height, _dt_report_layout_height (block->header.cells[i]));
    }
  block->header.height = height + 2 * CELL_PAD_Y;
  return block;
}

/* A row of cells given as markup; alignments per column ("lcr") */
void
_dt_report_document_add_table_row (DtReportDocument *self,
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

      row.cells[i] = _dt_report_document_layout (self, cells[i], size, style,
                                                 block->widths[i] - 2 * CELL_PAD_X, align);
      pango_layout_set_height (row.cells[i], -MAX_CELL_LINES);
      pango_layout_set_ellipsize (row.cells[i], PANGO_ELLIPSIZE_END);
      height = MAX (height, _dt_report_layout_height (row.cells[i]));
    }
  row.height = height + 2 * CELL_PAD_Y;
  g_array_append_val (block->rows, row);
}

/* Pagination */

/* The rows of a table or the chart */
static guint
n_rows_of (DtReportDocument *self,
           Block            *block)
{
  return block->kind == BLOCK_TABLE ? block->rows->len : dt_report_chart_get_n_rows (self->report);
}

static double
row_height (Block *block,
            guint  r)
{
  return block->kind == BLOCK_TABLE ? g_array_index (block->rows, TableRow, r).height : block->height;
}

/* What must fit where a block starts: a fixed block whole; a table or the
 * chart its header and first two rows, so that no row stands alone at the
 * foot of a page */
static double
first_height (DtReportDocument *self,
              Block            *block)
{
  double height;
  guint n;

  switch (block->kind)
    {
    case BLOCK_FIXED:
      return block->height;
    case BLOCK_TABLE:
    case BLOCK_CHART:
      height = block->header.height;
      n = n_rows_of (self, block);
      for (guint r = 0; r < MIN (n, 2); r++)
        height += row_height (block, r);
      return height;
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
      guint n_rows, first_row;

      if (block->kind == BLOCK_BREAK)
        {
          if (page->len > 0)
            page = new_page (self, &y);
          continue;
        }
      if (y > MARGIN_TOP)
        y += block->space_before;
      need = first_height (self, block);
      if (block->keep_with_next && i + 1 < self->blocks->len)
        need += ((Block *) g_ptr_array_index (self->blocks, i + 1))->space_before
                + first_height (self, g_ptr_array_index (self->blocks, i + 1));
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
      n_rows = n_rows_of (self, block);
      first_row = 0;
      for (guint r = 0; r < n_rows; r++)
        {
          double h = row_height (block, r);
          /* the last row does not go over alone: the one before goes
           * with it, where two or more stay behind */
          gboolean widow = r + 2 == n_rows && r >= first_row + 2
                           && y + h + row_height (block, r + 1) > bottom;

          if (y + h > bottom || widow)
            {
              page = new_page (self, &y);
              place (page, block, -1, y);
              y += block->header.height;
              first_row = r;
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

  _dt_report_document_add_sections (self, settings);

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
          double h = _dt_report_layout_height (row->cells[i]);
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
      g_autoptr(PangoLayout) layout = _dt_report_document_layout (self, number, BODY_SIZE, STYLE_PLAIN,
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

  period = dt_report_period_dup_title (&self->report->period);
  /* Translators: the title of the report's PDF file, in its properties */
  title = g_strdup_printf (_("Report on the directives, %s"), period);
  surface = dt_pdf_surface_create (path, self->page_width, self->page_height, title);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      dt_report_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = dt_pdf_finish (cr, surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is the reason */
                   _("Cannot write the report: %s"), dt_cairo_status_describe (status));
      return FALSE;
    }
  return TRUE;
}
