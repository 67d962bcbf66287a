/* dt-notice.h — a notice (Thông báo kết luận, Chỉ thị …) that assigns directives
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_TYPE_NOTICE (dt_notice_get_type ())
G_DECLARE_FINAL_TYPE (DtNotice, dt_notice, DT, NOTICE, GObject)

/* Properties: id (gint64, 0 = not stored), kind (DtNoticeKind as int),
 * number, issue-date (guint DtDate), meeting-date, issuing-body, signer,
 * title, source-text. */
DtNotice     *dt_notice_new              (void);
gint64        dt_notice_get_id           (DtNotice     *self);
DtNoticeKind  dt_notice_get_kind         (DtNotice     *self);
void          dt_notice_set_kind         (DtNotice     *self,
                                          DtNoticeKind  kind);
const char   *dt_notice_get_number       (DtNotice     *self);
void          dt_notice_set_number       (DtNotice     *self,
                                          const char   *number);
DtDate        dt_notice_get_issue_date   (DtNotice     *self);
void          dt_notice_set_issue_date   (DtNotice     *self,
                                          DtDate        date);
DtDate        dt_notice_get_meeting_date (DtNotice     *self);
void          dt_notice_set_meeting_date (DtNotice     *self,
                                          DtDate        date);
const char   *dt_notice_get_issuing_body (DtNotice     *self);
void          dt_notice_set_issuing_body (DtNotice     *self,
                                          const char   *body);
const char   *dt_notice_get_signer       (DtNotice     *self);
void          dt_notice_set_signer       (DtNotice     *self,
                                          const char   *signer);
const char   *dt_notice_get_title        (DtNotice     *self);
void          dt_notice_set_title        (DtNotice     *self,
                                          const char   *title);
const char   *dt_notice_get_source_text  (DtNotice     *self);
void          dt_notice_set_source_text  (DtNotice     *self,
                                          const char   *text);
/* "Has a number", the one rule: a draft's number is left blank before the
 * office numbers it ("/TB-UBND", "…/TB-UBND", "   /TB-UBND", NULL): no
 * letter or digit before the first '/'.  Such a number tells one notice from
 * no other. */
gboolean      dt_notice_number_is_blank  (const char   *number);
/* FALSE for a draft's blank number (dt_notice_number_is_blank()) */
gboolean      dt_notice_has_number       (DtNotice     *self);
/* The issue date, else the meeting date, else DT_DATE_NONE */
DtDate        dt_notice_get_date         (DtNotice     *self);
/* "37/TB-UBND ngày 31/01/2024", for lists and page headers; a notice
 * without a number goes by its kind and date, "Thông báo kết luận ngày …" */
char         *dt_notice_dup_display_name (DtNotice     *self);
const char   *dt_notice_kind_to_string   (DtNoticeKind  kind); /* translated */

G_END_DECLS
