/* dt-report-view.h — the Report page of the window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-report.h"
#include "dt-store.h"

G_BEGIN_DECLS

#define DT_TYPE_REPORT_VIEW (dt_report_view_get_type ())
G_DECLARE_FINAL_TYPE (DtReportView, dt_report_view, DT, REPORT_VIEW, AdwBin)

/* Properties:
 *   store (construct-only), settings (construct-only, GSettings or NULL:
 *   issuing body, signer's title, lateness rule), as-of (guint, a DtDate;
 *   0 = today; the window binds it to the timeline's).
 * Signals:
 *   "show-directive" (gint64 id): one of the directives behind a number
 *   was chosen. */
GtkWidget *dt_report_view_new       (DtStore      *store,
                                     GSettings    *settings);
DtDate     dt_report_view_get_as_of (DtReportView *self);
void       dt_report_view_set_as_of (DtReportView *self,
                                     DtDate        as_of);
/* Shows the report for @period (for tests and screenshots) */
void       dt_report_view_set_period (DtReportView         *self,
                                      const DtReportPeriod *period);

G_END_DECLS
