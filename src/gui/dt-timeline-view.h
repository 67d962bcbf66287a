/* dt-timeline-view.h — the timeline page: toolbar and chart
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-timeline-chart.h"

G_BEGIN_DECLS

#define DT_TYPE_TIMELINE_VIEW (dt_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (DtTimelineView, dt_timeline_view, DT, TIMELINE_VIEW, GtkWidget)

GtkWidget       *dt_timeline_view_new       (void);
/* The directives shown: a GListModel of DtDirective (the window's list). */
void             dt_timeline_view_set_model (DtTimelineView *self,
                                             GListModel     *model);
DtTimelineChart *dt_timeline_view_get_chart (DtTimelineView *self);
/* The meeting's chart: only what is overdue on the reporting date or due in
 * the DT_TIMELINE_DUE_DAYS_DEFAULT days after ("timeline.due-soon"). */
gboolean         dt_timeline_view_get_due_soon (DtTimelineView *self);
void             dt_timeline_view_set_due_soon (DtTimelineView *self,
                                                gboolean        due_soon);

G_END_DECLS
