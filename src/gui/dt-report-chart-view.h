/* dt-report-chart-view.h — the report's bar chart in the window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dt-report.h"

G_BEGIN_DECLS

#define DT_TYPE_REPORT_CHART_VIEW (dt_report_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (DtReportChartView, dt_report_chart_view, DT, REPORT_CHART_VIEW, GtkWidget)

/* Signals:
 *   "activate-bar" (gint64 unit_id, guint category): a bar's part clicked */
GtkWidget *dt_report_chart_view_new        (void);
/* Borrowed: set another (or NULL) before freeing it */
void       dt_report_chart_view_set_report (DtReportChartView *self,
                                            const DtReport    *report);

G_END_DECLS
