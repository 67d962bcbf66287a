/* dt-timeline-chart-private.h — what the chart's files share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget is dt-timeline-chart.c (geometry, layout, drawing, selection);
 * pointer, keyboard and zoom input are dt-timeline-chart-input.c, the
 * tooltip dt-timeline-chart-tooltip.c.
 */

#pragma once

#include "dt-timeline-chart.h"
#include "dt-timeline-style.h"

G_BEGIN_DECLS

struct _DtTimelineChart
{
  GtkWidget          parent_instance;

  GListModel        *model;
  GPtrArray         *items;
  DtTimelineLayout  *layout;
  DtTimelineScale    scale;
  DtTimelineGroup    group;
  DtDate             as_of;           /* DT_DATE_NONE: today */
  guint              due_days;        /* only what is overdue or due within; 0: all */
  double             px_per_day;
  gint64             selected_id;
  int                laid_out_width;  /* the width the layout was made for */
  gboolean           shown_today;     /* scrolled to today once it had a size */
  gboolean           items_stale;     /* the model changed while not on screen */
  DtDate             data_from;       /* the range of the data, before filling the width */
  DtDate             data_to;

  GtkAdjustment     *hadjustment;
  GtkAdjustment     *vadjustment;
  guint              hscroll_policy : 1;
  guint              vscroll_policy : 1;

  /* colours, made when the style changes, not while drawing */
  DtTimelineStyle    style;
  GdkRGBA            accent;

  /* pinch, and where the pointer is for Ctrl+scroll */
  double             zoom_start_px;
  double             pointer_x;
};

/* dt-timeline-chart.c */
double   _dt_timeline_chart_header_height     (DtTimelineChart *self);
double   _dt_timeline_chart_body_width        (DtTimelineChart *self);
void     _dt_timeline_chart_set_hvalue        (DtTimelineChart *self,
                                               double           value);
/* Sets the zoom (and the scale that follows it) keeping the day at widget x
 * in place (x < 0: the middle of the chart). */
void     _dt_timeline_chart_set_zoom          (DtTimelineChart *self,
                                               double           px_per_day,
                                               double           x);
/* The bar (or milestone) of row index in widget coordinates. */
gboolean _dt_timeline_chart_row_mark_rect     (DtTimelineChart *self,
                                               guint            index,
                                               graphene_rect_t *rect);
void     _dt_timeline_chart_activate_selected (DtTimelineChart *self);

/* dt-timeline-chart-input.c */
void     _dt_timeline_chart_class_init_input  (GtkWidgetClass  *widget_class);
void     _dt_timeline_chart_init_input        (DtTimelineChart *self);

/* dt-timeline-chart-tooltip.c */
gboolean _dt_timeline_chart_query_tooltip     (GtkWidget       *widget,
                                               int              x,
                                               int              y,
                                               gboolean         keyboard,
                                               GtkTooltip      *tooltip);

G_END_DECLS
