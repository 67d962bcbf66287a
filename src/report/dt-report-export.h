/* dt-report-export.h — the report as a PDF, an .xlsx or a .csv file
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-report.h"
#include "dt-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  DT_REPORT_FORMAT_PDF,
  DT_REPORT_FORMAT_XLSX,
  DT_REPORT_FORMAT_CSV,
} DtReportFormat;

/* From the file name's extension; FALSE when it is none of them */
gboolean  dt_report_format_from_path (const char                     *path,
                                      DtReportFormat                 *format);

/* Writes the file whole or not at all: into a temporary file beside @path,
 * renamed over it once complete (a failure leaves what was there). */
gboolean  dt_report_export           (const DtReport                 *report,
                                      const DtReportDocumentSettings *settings,
                                      DtReportFormat                  format,
                                      const char                     *path,
                                      GError                        **error);

/* The table by unit, a blank line, then the appendix: RFC 4180, CRLF,
 * UTF-8 with a byte order mark so that spreadsheet programs read the
 * Vietnamese */
char     *dt_report_to_csv           (const DtReport                 *report);

G_END_DECLS
