/* dt-progress-report.h — a progress report on a directive
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-attachment.h"

G_BEGIN_DECLS

#define DT_TYPE_PROGRESS_REPORT (dt_progress_report_get_type ())
G_DECLARE_FINAL_TYPE (DtProgressReport, dt_progress_report, DT, PROGRESS_REPORT, DtAttachment)

/* Properties (besides DtAttachment's id and directive-id): date, text, percent (-1 = not given). */
DtProgressReport *dt_progress_report_new          (gint64            directive_id,
                                                   DtDate            date,
                                                   const char       *text,
                                                   int               percent);
gint64        dt_progress_report_get_id           (DtProgressReport *self);
gint64        dt_progress_report_get_directive_id (DtProgressReport *self);
DtDate        dt_progress_report_get_date         (DtProgressReport *self);
void          dt_progress_report_set_date         (DtProgressReport *self,
                                                   DtDate            date);
const char   *dt_progress_report_get_text         (DtProgressReport *self);
void          dt_progress_report_set_text         (DtProgressReport *self,
                                                   const char       *text);
int           dt_progress_report_get_percent      (DtProgressReport *self);
void          dt_progress_report_set_percent      (DtProgressReport *self,
                                                   int               percent);

G_END_DECLS
