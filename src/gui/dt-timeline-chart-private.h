/* dt-timeline-chart-private.h — what the chart's files share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget is dt-timeline-chart.c (model, layout, GObject); geometry and
 * drawing are dt-timeline-chart-draw.c, zoom and scale
 * dt-timeline-chart-scale.c, the selection dt-timeline-chart-select.c,
 * pointer, keyboard and zoom input dt-timeline-chart-input.c, the tooltip
 * dt-timeline-chart-tooltip.c.
 */

#pragma once

#include "dt-timeline-chart.h"
#include "dt-timeline-style.h"

G_BEGIN_DECLS

enum {
  PROP_0,
  PROP_SCALE,
  PROP_GROUP,
  PROP_PX_PER_DAY,
  PROP_SELECTED_ID,
  PROP_AS_OF,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

struct _DtTimelineChart
{
  GtkWidget          parent_instance;

  /* the directives and which one is chosen, shared with the list that
   * shows the same directives: a bar and a row are the same position */
  GtkSelectionModel *model;
  GPtrArray         *items;
  GArray            *positions;       /* guint: each item's position in the model,
                                       * when due_days leaves some out; NULL: the same */
  DtTimelineLayout  *layout;
  DtTimelineScale    scale;
  DtTimelineGroup    group;
  DtDate             as_of;           /* DT_DATE_NONE: today */
  guint              due_days;        /* only what is overdue or due within; 0: all */
  double             px_per_day;
  int                laid_out_width;  /* the width the layout was made for */
  gboolean           shown_today;     /* scrolled to today once it had a size */
  gboolean           items_stale;     /* the model changed while not on screen */
  gboolean           allocated;       /* has had a size, taller than its header */
  gboolean           scroll_pending;  /* to the selected bar, once it has its size */
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
void     _dt_timeline_chart_notify            (DtTimelineChart *self,
                                               guint            prop_id);
/* Makes the layout again from the items (data, scale, grouping or zoom). */
void     _dt_timeline_chart_relayout          (DtTimelineChart *self);
void     _dt_timeline_chart_emit_activate     (DtTimelineChart *self,
                                               DtDirective     *directive);

/* dt-timeline-chart-draw.c */
void     _dt_timeline_chart_class_init_draw   (GtkWidgetClass  *widget_class);
void     _dt_timeline_chart_update_style      (DtTimelineChart *self);
void     _dt_timeline_chart_get_viewport      (DtTimelineChart    *self,
                                               DtTimelineViewport *viewport);
double   _dt_timeline_chart_label_width       (DtTimelineChart *self);
/* The unit column for a chart width. */
double   _dt_timeline_chart_label_width_for   (int              width);
double   _dt_timeline_chart_header_height     (DtTimelineChart *self);
double   _dt_timeline_chart_body_width        (DtTimelineChart *self);
double   _dt_timeline_chart_body_height       (DtTimelineChart *self);
void     _dt_timeline_chart_configure_adjustments (DtTimelineChart *self);
void     _dt_timeline_chart_set_hvalue        (DtTimelineChart *self,
                                               double           value);
void     _dt_timeline_chart_set_vvalue        (DtTimelineChart *self,
                                               double           value);
/* The bar (or milestone) of row index in widget coordinates. */
gboolean _dt_timeline_chart_row_mark_rect     (DtTimelineChart *self,
                                               guint            index,
                                               graphene_rect_t *rect);

/* dt-timeline-chart-scale.c */
/* Sets the zoom (and the scale that follows it) keeping the day at widget x
 * in place (x < 0: the middle of the chart). */
void     _dt_timeline_chart_set_zoom          (DtTimelineChart *self,
                                               double           px_per_day,
                                               double           x);

/* dt-timeline-chart-select.c */
/* Keeps the items due within due_days, and where each is in the model. */
void     _dt_timeline_chart_keep_due          (DtTimelineChart *self);
void     _dt_timeline_chart_on_selection_changed (DtTimelineChart *self,
                                                  guint            position,
                                                  guint            n_items,
                                                  GtkSelectionModel *model);
/* Brings the selected bar into view if that waits for the chart's size. */
void     _dt_timeline_chart_scroll_to_selected (DtTimelineChart *self);
/* The layout row of the selected directive, or -1. */
int      _dt_timeline_chart_selected_row      (DtTimelineChart *self);
/* Selects the directive of a layout row (in the shared selection). */
void     _dt_timeline_chart_select_row        (DtTimelineChart *self,
                                               guint            row);
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
