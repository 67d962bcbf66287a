/* dt-directive.h — one assigned task (nhiệm vụ)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"
#include "dt-status.h"

G_BEGIN_DECLS

#define DT_TYPE_DIRECTIVE (dt_directive_get_type ())
G_DECLARE_FINAL_TYPE (DtDirective, dt_directive, DT, DIRECTIVE, GObject)

/* Properties (all with notify): id, notice-id, notice-label (read-only,
 * filled by the store: the notice's number), ordinal ("20", "3.3"), section,
 * text, lead-unit-id (0: none), lead-unit-name (read-only, filled by the
 * store), addressee,
 * assigned-date, deadline (the current one: the last extension's date if
 * extended, else the original), original-deadline, deadline-phrase,
 * deadline-approximate, recurrence, recurrence-interval, completed-date,
 * cancelled, created (gint64 unix), updated (gint64 unix), status (read-only,
 * derived against today).  Coordinating units are a list of unit ids with
 * their names. */
DtDirective  *dt_directive_new                   (void);
gint64        dt_directive_get_id                (DtDirective  *self);
gint64        dt_directive_get_notice_id         (DtDirective  *self);
void          dt_directive_set_notice_id         (DtDirective  *self,
                                                  gint64        notice_id);
const char   *dt_directive_get_notice_label      (DtDirective  *self);
const char   *dt_directive_get_ordinal           (DtDirective  *self);
void          dt_directive_set_ordinal           (DtDirective  *self,
                                                  const char   *ordinal);
const char   *dt_directive_get_section           (DtDirective  *self);
void          dt_directive_set_section           (DtDirective  *self,
                                                  const char   *section);
const char   *dt_directive_get_text              (DtDirective  *self);
void          dt_directive_set_text              (DtDirective  *self,
                                                  const char   *text);
gint64        dt_directive_get_lead_unit_id      (DtDirective  *self);
void          dt_directive_set_lead_unit_id      (DtDirective  *self,
                                                  gint64        unit_id);
const char   *dt_directive_get_lead_unit_name    (DtDirective  *self);
/* Whom the notice addressed when no single unit leads ("Các sở, ngành",
 * "UBND các huyện, thị xã, thành phố"): kept as written; such a directive
 * may have no lead unit (lead-unit-id 0) */
const char   *dt_directive_get_addressee         (DtDirective  *self);
void          dt_directive_set_addressee         (DtDirective  *self,
                                                  const char   *addressee);
/* coordinating units: parallel arrays, ids and names */
const gint64 *dt_directive_get_coordinating_unit_ids   (DtDirective *self,
                                                        guint       *n);
const char * const *dt_directive_get_coordinating_unit_names (DtDirective *self);
void          dt_directive_set_coordinating_unit_ids   (DtDirective  *self,
                                                        const gint64 *ids,
                                                        guint         n);
DtDate        dt_directive_get_assigned_date     (DtDirective  *self);
void          dt_directive_set_assigned_date     (DtDirective  *self,
                                                  DtDate        date);
DtDate        dt_directive_get_deadline          (DtDirective  *self);
DtDate        dt_directive_get_original_deadline (DtDirective  *self);
void          dt_directive_set_deadline          (DtDirective  *self,
                                                  DtDate        date); /* sets the original deadline */
const char   *dt_directive_get_deadline_phrase   (DtDirective  *self);
void          dt_directive_set_deadline_phrase   (DtDirective  *self,
                                                  const char   *phrase);
gboolean      dt_directive_get_deadline_approximate (DtDirective *self);
void          dt_directive_set_deadline_approximate (DtDirective *self,
                                                     gboolean     approximate);
DtRecurrence  dt_directive_get_recurrence        (DtDirective  *self);
guint         dt_directive_get_recurrence_interval (DtDirective *self);
/* A change of the kind of recurrence forgets its anchors */
void          dt_directive_set_recurrence        (DtDirective  *self,
                                                  DtRecurrence  recurrence,
                                                  guint         interval);
/* The days it falls due on: "trước ngày 20 hằng tháng" (see DtRecurrenceAnchors) */
DtRecurrenceAnchors dt_directive_get_recurrence_anchors (DtDirective *self);
void          dt_directive_set_recurrence_anchors (DtDirective        *self,
                                                   DtRecurrenceAnchors anchors);
DtDate        dt_directive_get_completed_date    (DtDirective  *self);
void          dt_directive_set_completed_date    (DtDirective  *self,
                                                  DtDate        date);
gboolean      dt_directive_get_cancelled         (DtDirective  *self);
void          dt_directive_set_cancelled         (DtDirective  *self,
                                                  gboolean      cancelled);
gint64        dt_directive_get_created           (DtDirective  *self);
gint64        dt_directive_get_updated           (DtDirective  *self);
/* Status against dt_date_today(), by the rule of the store it was loaded
 * from (the default rule for a directive made here) */
DtStatus      dt_directive_get_status            (DtDirective  *self);
/* The same on another day (a meeting's reporting date) */
DtStatus      dt_directive_get_status_on         (DtDirective  *self,
                                                  DtDate        day);
const DtStatusRule *dt_directive_get_status_rule (DtDirective  *self);

G_END_DECLS
