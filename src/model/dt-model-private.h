/* dt-model-private.h — what the store sets on model objects
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-notice.h"
#include "dt-unit.h"
#include "dt-directive.h"
#include "dt-extension.h"
#include "dt-progress-report.h"

G_BEGIN_DECLS

void _dt_notice_set_id                   (DtNotice         *self,
                                          gint64            id);
/* A directive's notice-label: the number, or for a notice without one
 * "of 25/01/2024" (or its kind when it has no date either). */
char *_dt_notice_format_label            (const char       *number,
                                          DtNoticeKind      kind,
                                          DtDate            date);
/* How a text refers to a notice: its number, or for a notice without one
 * its kind and date, "Notice of conclusions dated 25/01/2024". */
char *_dt_notice_format_reference        (const char       *number,
                                          DtNoticeKind      kind,
                                          DtDate            date);
void _dt_unit_set_id                     (DtUnit           *self,
                                          gint64            id);
void _dt_unit_set_merged_into            (DtUnit           *self,
                                          gint64            unit_id);
void _dt_directive_set_id                (DtDirective      *self,
                                          gint64            id);
void _dt_directive_set_notice_label      (DtDirective      *self,
                                          const char       *label);
void _dt_directive_set_lead_unit_name    (DtDirective      *self,
                                          const char       *name);
void _dt_directive_set_current_deadline  (DtDirective      *self,
                                          DtDate            deadline);
void _dt_directive_set_coordinating_units (DtDirective     *self,
                                           const gint64    *ids,
                                           const char * const *names,
                                           guint            n);
void _dt_directive_set_status_rule     (DtDirective      *self,
                                          const DtStatusRule *rule);
void _dt_directive_set_times             (DtDirective      *self,
                                          gint64            created,
                                          gint64            updated);
void _dt_attachment_set_id               (DtAttachment     *self,
                                          gint64            id);
void _dt_attachment_set_directive_id     (DtAttachment     *self,
                                          gint64            directive_id);

G_END_DECLS
