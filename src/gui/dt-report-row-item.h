/* dt-report-row-item.h — one unit's row of the report, for list models
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dt-report.h"

G_BEGIN_DECLS

#define DT_TYPE_REPORT_ROW_ITEM (dt_report_row_item_get_type ())
G_DECLARE_FINAL_TYPE (DtReportRowItem, dt_report_row_item, DT, REPORT_ROW_ITEM, GObject)

/* Read-only properties, for sorters and expressions: unit-name, total,
 * on-time, late, pending, overdue, no-deadline (guint). */
DtReportRowItem *dt_report_row_item_new         (const DtReportRow *row);
gint64           dt_report_row_item_get_unit_id (DtReportRowItem   *self);
const char      *dt_report_row_item_get_unit_name (DtReportRowItem *self);
guint            dt_report_row_item_get_count   (DtReportRowItem   *self,
                                                 DtReportCategory   category);
guint            dt_report_row_item_get_total   (DtReportRowItem   *self);
/* The directives counted in @category (borrowed, of gint64) */
GArray          *dt_report_row_item_get_ids     (DtReportRowItem   *self,
                                                 DtReportCategory   category);

G_END_DECLS
