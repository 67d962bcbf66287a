/* dt-report-chart.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "dt-report-chart.h"

#define GAP 6.0
#define SWATCH 0.75   /* of the font size */
#define BAR 0.62      /* of the row height */

void
dt_report_chart_style_init_print (DtReportChartStyle *style)
{
  static const double colors[DT_REPORT_N_DUE][4] = {
    [DT_REPORT_ON_TIME] = { 0.16, 0.49, 0.25, 1 },   /* green */
    [DT_REPORT_LATE] = { 0.93, 0.66, 0.18, 1 },      /* amber */
    [DT_REPORT_PENDING] = { 0.52, 0.70, 0.88, 1 },   /* light blue */
    [DT_REPORT_OVERDUE] = { 0.72, 0.13, 0.13, 1 },   /* red */
  };

  g_return_if_fail (style != NULL);

  memcpy (style->category, colors, sizeof colors);
  style->text[0] = style->text[1] = style->text[2] = 0;
  style->text[3] = 1;
  style->on_bar_text[0] = style->on_bar_text[1] = style->on_bar_text[2] = 1;
  style->on_bar_text[3] = 1;
  style->grid[0] = style->grid[1] = style->grid[2] = 0.6;
  style->grid[3] = 1;
  style->font_family = "Liberation Serif";
  style->font_size = 11;
  style->row_height = 22;
  style->label_fraction = 0.36;
  style->paper = TRUE;
}

static gboolean
row_counts (const DtReportRow *row)
{
  return dt_report_row_get_total (row) > 0;
}

guint
dt_report_chart_get_n_rows (const DtReport *report)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; i < report->rows->len; i++)
    n += row_counts (g_ptr_array_index (report->rows, i));
  return n;
}

static const DtReportRow *
nth_row (const DtReport *report,
         guint           n)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, i);

      if (row_counts (row) && n-- == 0)
        return row;
    }
  return NULL;
}

static guint
max_total (const DtReport *report)
{
  guint max = 0;

  for (guint i = 0; i < report->rows->len; i++)
    max = MAX (max, dt_report_row_get_total (g_ptr_array_index (report->rows, i)));
  return max;
}

static PangoLayout *
make_layout (cairo_t                  *cr,
             const DtReportChartStyle *style,
             const char               *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  /* A layout has a context of its own: this changes no other text. */
  if (style->paper)
    {
      pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
      pango_layout_context_changed (layout);
    }

  pango_font_description_set_family (font, style->font_family);
  pango_font_description_set_absolute_size (font, style->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
set_rgba (cairo_t      *cr,
          const double *rgba)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/* The legend flows in lines: swatch, name, gap */
static double
legend_flow (cairo_t                  *cr,
             const DtReportChartStyle *style,
             double                    width,
             gboolean                  draw)
{
  double x = 0, y = 0, line = style->font_size * 1.4;

  for (guint c = 0; c < DT_REPORT_N_DUE; c++)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, style, dt_report_category_to_string (c));
      int w, h;
      double sw = style->font_size * SWATCH;
      double item;

      pango_layout_get_pixel_size (layout, &w, &h);
      item = sw + GAP / 2 + w;
      if (x > 0 && x + item > width)
        {
          x = 0;
          y += line;
        }
      if (draw)
        {
          set_rgba (cr, style->category[c]);
          cairo_rectangle (cr, x, y + (line - sw) / 2, sw, sw);
          cairo_fill (cr);
          set_rgba (cr, style->text);
          cairo_move_to (cr, x + sw + GAP / 2, y + (line - h) / 2);
          pango_cairo_show_layout (cr, layout);
        }
      x += item + 2 * GAP;
    }
  return y + line + GAP;
}

double
dt_report_chart_get_legend_height (const DtReportChartStyle *style,
                                   double                    width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double height = legend_flow (cr, style, width, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

void
dt_report_chart_draw_legend (cairo_t                  *cr,
                             const DtReportChartStyle *style,
                             double                    width)
{
  g_return_if_fail (cr != NULL && style != NULL);

  cairo_save (cr);
  legend_flow (cr, style, width, TRUE);
  cairo_restore (cr);
}

static void
geometry (const DtReportChartStyle *style,
          double                    width,
          double                   *bar_x,
          double                   *bar_width)
{
  *bar_x = floor (width * style->label_fraction);
  /* room for the total after the longest bar */
  *bar_width = MAX (1.0, width - *bar_x - GAP - style->font_size * 2.5);
}

void
dt_report_chart_draw_rows (cairo_t                  *cr,
                           const DtReport           *report,
                           guint                     first,
                           guint                     n,
                           const DtReportChartStyle *style,
                           double                    width)
{
  guint max = max_total (report);
  double bar_x, bar_width;

  g_return_if_fail (cr != NULL && report != NULL && style != NULL);

  geometry (style, width, &bar_x, &bar_width);
  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      const DtReportRow *row = nth_row (report, first + i);
      g_autoptr(PangoLayout) name = NULL;
      g_autofree char *total_text = NULL;
      g_autoptr(PangoLayout) total = NULL;
      double y = i * style->row_height;
      double bar_h = style->row_height * BAR;
      double x = bar_x;
      guint n_parts;
      int w, h;

      if (row == NULL)
        break;

      name = make_layout (cr, style, row->unit_name);
      pango_layout_set_width (name, (int) ((bar_x - GAP) * PANGO_SCALE));
      pango_layout_set_wrap (name, PANGO_WRAP_WORD);
      /* two lines when the row has room for them, else one */
      pango_layout_set_height (name, -2);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (name, &w, &h);
      if (h > style->row_height - 2)
        {
          pango_layout_set_height (name, -1);
          pango_layout_get_pixel_size (name, &w, &h);
        }
      set_rgba (cr, style->text);
      cairo_move_to (cr, 0, y + (style->row_height - h) / 2);
      pango_cairo_show_layout (cr, name);

      /* a bar of one colour is told by the total after it; its figure
       * inside would say the same again ("1 | 1") */
      n_parts = 0;
      for (guint c = 0; c < DT_REPORT_N_DUE; c++)
        n_parts += row->counts[c] > 0;

      for (guint c = 0; c < DT_REPORT_N_DUE; c++)
        {
          double len = max ? bar_width * row->counts[c] / max : 0;

          if (row->counts[c] == 0)
            continue;
          set_rgba (cr, style->category[c]);
          cairo_rectangle (cr, x, y + (style->row_height - bar_h) / 2, len, bar_h);
          cairo_fill (cr);
          if (n_parts > 1)
            {
              g_autofree char *count = g_strdup_printf ("%u", row->counts[c]);
              g_autoptr(PangoLayout) label = make_layout (cr, style, count);

              pango_layout_get_pixel_size (label, &w, &h);
              if (w + 4 <= len && h <= bar_h + 2)
                {
                  /* the light bars take dark figures, whatever the theme */
                  static const double dark[4] = { 0.1, 0.1, 0.1, 1 };

                  set_rgba (cr, c == DT_REPORT_PENDING || c == DT_REPORT_LATE
                                ? dark : style->on_bar_text);
                  cairo_move_to (cr, x + (len - w) / 2, y + (style->row_height - h) / 2);
                  pango_cairo_show_layout (cr, label);
                }
            }
          x += len;
        }

      total_text = g_strdup_printf ("%u", dt_report_row_get_total (row));
      total = make_layout (cr, style, total_text);
      pango_layout_get_pixel_size (total, &w, &h);
      set_rgba (cr, style->text);
      cairo_move_to (cr, x + GAP / 2, y + (style->row_height - h) / 2);
      pango_cairo_show_layout (cr, total);
    }

  /* the axis the bars start from */
  set_rgba (cr, style->grid);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, bar_x - 0.5, 0);
  cairo_line_to (cr, bar_x - 0.5, n * style->row_height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

double
dt_report_chart_get_height (const DtReport           *report,
                            const DtReportChartStyle *style,
                            double                    width)
{
  g_return_val_if_fail (report != NULL && style != NULL, 0);

  return dt_report_chart_get_legend_height (style, width)
         + dt_report_chart_get_n_rows (report) * style->row_height;
}

void
dt_report_chart_draw (cairo_t                  *cr,
                      const DtReport           *report,
                      const DtReportChartStyle *style,
                      double                    width)
{
  g_return_if_fail (cr != NULL && report != NULL && style != NULL);

  dt_report_chart_draw_legend (cr, style, width);
  cairo_save (cr);
  cairo_translate (cr, 0, dt_report_chart_get_legend_height (style, width));
  dt_report_chart_draw_rows (cr, report, 0, dt_report_chart_get_n_rows (report), style, width);
  cairo_restore (cr);
}

gboolean
dt_report_chart_pick (const DtReport           *report,
                      const DtReportChartStyle *style,
                      double                    width,
                      double                    x,
                      double                    y,
                      const DtReportRow       **row,
                      DtReportCategory         *category)
{
  double legend = dt_report_chart_get_legend_height (style, width);
  double bar_x, bar_width, start;
  const DtReportRow *r;
  guint max = max_total (report);

  g_return_val_if_fail (report != NULL && style != NULL, FALSE);

  if (y < legend || max == 0)
    return FALSE;
  r = nth_row (report, (guint) ((y - legend) / style->row_height));
  if (r == NULL)
    return FALSE;
  geometry (style, width, &bar_x, &bar_width);
  start = bar_x;
  for (guint c = 0; c < DT_REPORT_N_DUE; c++)
    {
      double len = bar_width * r->counts[c] / max;

      if (r->counts[c] > 0 && x >= start && x < start + len)
        {
          *row = r;
          *category = c;
          return TRUE;
        }
      start += len;
    }
  return FALSE;
}
