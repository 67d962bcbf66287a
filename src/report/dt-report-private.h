/* dt-report-private.h — shared by the files of src/report
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-report.h"

G_BEGIN_DECLS

void  _dt_report_row_free       (gpointer data);
void  _dt_report_entry_free     (gpointer data);
char *_dt_report_format_percent (double   value);

G_END_DECLS
