/* dt-report-chart.h — one stacked horizontal bar per unit, drawn with Cairo
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same code draws the chart in the window (through
 * gtk_snapshot_append_cairo) and on paper (the report's document): a
 * legend, then one row per unit that has directives with a deadline, its
 * bar stacked by the four categories, lengths to one scale.
 */

#pragma once

#include <cairo.h>

#include "dt-report.h"

G_BEGIN_DECLS

typedef struct
{
  double category[DT_REPORT_N_DUE][4];  /* RGBA of on time, late, pending, overdue */
  double text[4];
  double on_bar_text[4];                /* counts written on the bars */
  double grid[4];
  const char *font_family;
  double      font_size;                /* in the surface's units */
  double      row_height;
  double      label_fraction;           /* of the width, for the unit names */
  gboolean    paper;                    /* glyphs where the font puts them, not
                                         * on whole units (points on a page,
                                         * where spaces shrank to nothing) */
} DtReportChartStyle;

/* For paper: print colours that stay apart in grey, the document's font,
 * paper TRUE */
void     dt_report_chart_style_init_print (DtReportChartStyle *style);

/* Rows: the report's rows that have directives with a deadline, in order */
guint    dt_report_chart_get_n_rows      (const DtReport           *report);
double   dt_report_chart_get_legend_height (const DtReportChartStyle *style,
                                            double                    width);
/* Draws the legend at (0, 0) */
void     dt_report_chart_draw_legend     (cairo_t                  *cr,
                                          const DtReportChartStyle *style,
                                          double                    width);
/* Draws chart rows [first, first + n) at (0, 0), one row_height each, to
 * the scale of the largest total of the whole report */
void     dt_report_chart_draw_rows       (cairo_t                  *cr,
                                          const DtReport           *report,
                                          guint                     first,
                                          guint                     n,
                                          const DtReportChartStyle *style,
                                          double                    width);
/* Legend, then every row */
double   dt_report_chart_get_height      (const DtReport           *report,
                                          const DtReportChartStyle *style,
                                          double                    width);
void     dt_report_chart_draw            (cairo_t                  *cr,
                                          const DtReport           *report,
                                          const DtReportChartStyle *style,
                                          double                    width);
/* What is under (x, y) of a chart drawn whole by dt_report_chart_draw():
 * the report row and the category, FALSE when no bar is there */
gboolean dt_report_chart_pick            (const DtReport           *report,
                                          const DtReportChartStyle *style,
                                          double                    width,
                                          double                    x,
                                          double                    y,
                                          const DtReportRow       **row,
                                          DtReportCategory         *category);

G_END_DECLS
