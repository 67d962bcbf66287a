/* dt-timeline-chart.h — the scrollable drawing of a timeline
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-timeline-layout.h"

G_BEGIN_DECLS

#define DT_TYPE_TIMELINE_CHART (dt_timeline_chart_get_type ())
G_DECLARE_FINAL_TYPE (DtTimelineChart, dt_timeline_chart, DT, TIMELINE_CHART, GtkWidget)

#define DT_TIMELINE_CHART_MIN_PX_PER_DAY 0.1
#define DT_TIMELINE_CHART_MAX_PX_PER_DAY 80.0

GtkWidget        *dt_timeline_chart_new              (void);
/* The directives drawn (a GListModel of DtDirective), re-laid out when it
 * changes.  A GtkSelectionModel is the selection too, shared with whoever
 * else shows it (the window's list): choosing a bar selects its position
 * there, and what is selected there is highlighted here.  Any other model
 * gets a GtkSingleSelection of the chart's own. */
void              dt_timeline_chart_set_model        (DtTimelineChart *self,
                                                      GListModel      *model);
/* The selection model the chart draws and selects in. */
GtkSelectionModel *dt_timeline_chart_get_model       (DtTimelineChart *self);
DtTimelineScale   dt_timeline_chart_get_scale        (DtTimelineChart *self);
/* Sets the named scale and its default zoom. */
void              dt_timeline_chart_set_scale        (DtTimelineChart *self,
                                                      DtTimelineScale  scale);
DtTimelineGroup   dt_timeline_chart_get_group        (DtTimelineChart *self);
void              dt_timeline_chart_set_group        (DtTimelineChart *self,
                                                      DtTimelineGroup  group);
double            dt_timeline_chart_get_px_per_day   (DtTimelineChart *self);
/* Zooms by factor keeping the day at widget x (or the middle, with x < 0)
 * in place; the named scale follows the zoom. */
void              dt_timeline_chart_zoom             (DtTimelineChart *self,
                                                      double           factor,
                                                      double           x);
void              dt_timeline_chart_scroll_to_today  (DtTimelineChart *self);
/* The reporting date ("as of") of a meeting: the today line, and each
 * directive's status on that day; DT_DATE_NONE (the default) is today. */
DtDate            dt_timeline_chart_get_as_of        (DtTimelineChart *self);
void              dt_timeline_chart_set_as_of        (DtTimelineChart *self,
                                                      DtDate           as_of);
/* A meeting's chart: only what is overdue on the reporting date or due
 * within days after it (dt_timeline_items_keep_due); 0 (the default): all. */
guint             dt_timeline_chart_get_due_days     (DtTimelineChart *self);
void              dt_timeline_chart_set_due_days     (DtTimelineChart *self,
                                                      guint            days);
/* Zooms so the whole time range fits the width. */
void              dt_timeline_chart_fit              (DtTimelineChart *self);
/* The current layout (NULL before the model is set); options for export. */
DtTimelineLayout *dt_timeline_chart_get_layout       (DtTimelineChart *self);
void              dt_timeline_chart_get_options      (DtTimelineChart *self,
                                                      DtTimelineOptions *options);
/* What is at widget point (x, y). */
gboolean          dt_timeline_chart_hit_test         (DtTimelineChart *self,
                                                      double           x,
                                                      double           y,
                                                      DtTimelineHit   *hit);
/* The tooltip at widget point (x, y): the directive's text, lead unit,
 * deadline as written and status; NULL away from a directive. */
char             *dt_timeline_chart_dup_tooltip_markup (DtTimelineChart *self,
                                                        double           x,
                                                        double           y,
                                                        GdkRectangle    *area);
/* The selected directive's id (0: none).  Selecting by id looks the bar
 * up: for tools and tests; the window shares the selection model instead.
 * Does not emit activate. */
gint64            dt_timeline_chart_get_selected_id  (DtTimelineChart *self);
void              dt_timeline_chart_select_id        (DtTimelineChart *self,
                                                      gint64           id);
/* Its position in the model, or GTK_INVALID_LIST_POSITION. */
guint             dt_timeline_chart_get_selected_position (DtTimelineChart *self);
/* A click at widget point (x, y): selects and activates what is there. */
gboolean          dt_timeline_chart_click            (DtTimelineChart *self,
                                                      double           x,
                                                      double           y);
/* Widget coordinates of the middle of the bar of directive id. */
gboolean          dt_timeline_chart_get_bar_point    (DtTimelineChart *self,
                                                      gint64           id,
                                                      double          *x,
                                                      double          *y);

G_END_DECLS
