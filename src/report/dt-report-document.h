/* dt-report-document.h — the report as offices print it, on A4 portrait
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out once into pages (in points), then any page drawn on any Cairo
 * context: a PDF surface (dt-report-export.c) or a printer's
 * (GtkPrintOperation in the window), so paper and file cannot disagree.
 */

#pragma once

#include <cairo.h>

#include "dt-report.h"

G_BEGIN_DECLS

#define DT_REPORT_A4_WIDTH  595.276  /* points */
#define DT_REPORT_A4_HEIGHT 841.890

typedef struct
{
  /* The issuing body, one line or several ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n
   * VĂN PHÒNG"): the last line is set in bold.  Empty: a line to fill. */
  const char *issuing_body;
  /* "CHÁNH VĂN PHÒNG"; empty: a line to fill */
  const char *signer_title;
} DtReportDocumentSettings;

typedef struct _DtReportDocument DtReportDocument;

/* The report must outlive the document. */
DtReportDocument *dt_report_document_new        (const DtReport                 *report,
                                                 const DtReportDocumentSettings *settings,
                                                 double                          page_width,
                                                 double                          page_height);
void              dt_report_document_free       (DtReportDocument *self);
guint             dt_report_document_get_n_pages (DtReportDocument *self);
/* Draws page @page (from 0) with its origin at the paper's corner, in points */
void              dt_report_document_draw_page  (DtReportDocument *self,
                                                 cairo_t          *cr,
                                                 guint             page);
/* Every page into a PDF file at @path (written as it goes: callers write a
 * temporary file and rename it) */
gboolean          dt_report_document_write_pdf  (DtReportDocument *self,
                                                 const char       *path,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtReportDocument, dt_report_document_free)

G_END_DECLS
