/* dt-report-print-operation.h — prints the report for the meeting
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dt-report-document.h"

G_BEGIN_DECLS

#define DT_TYPE_REPORT_PRINT_OPERATION (dt_report_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (DtReportPrintOperation, dt_report_print_operation, DT, REPORT_PRINT_OPERATION,
                      GtkPrintOperation)

/* The pages are laid out in begin-print on the paper chosen, by the same
 * code that writes the PDF (dt-report-document.c); A4 portrait unless the
 * user picks another.  The report is copied in: it may go away. */
DtReportPrintOperation *dt_report_print_operation_new (DtReport                       *report,
                                                       const DtReportDocumentSettings *settings);

G_END_DECLS
