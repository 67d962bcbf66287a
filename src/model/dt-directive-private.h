/* dt-directive-private.h — what the parts of DtDirective share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-directive.h"
#include "dt-status.h"

G_BEGIN_DECLS

struct _DtDirective
{
  GObject       parent_instance;

  gint64        id;
  gint64        notice_id;
  char         *notice_label;
  char         *ordinal;
  char         *section;
  char         *text;
  gint64        lead_unit_id;
  char         *lead_unit_name;
  char         *addressee;           /* as written when no unit leads: "Các sở, ngành" */
  GArray       *coordinating_ids;    /* gint64 */
  GStrv         coordinating_names;  /* parallel, may hold "" */
  DtDate        assigned_date;
  DtDate        deadline;            /* current */
  DtDate        original_deadline;
  char         *deadline_phrase;
  gboolean      deadline_approximate;
  DtRecurrence  recurrence;
  guint         recurrence_interval;
  DtRecurrenceAnchors recurrence_anchors;
  DtDate        completed_date;
  gboolean      cancelled;
  gint64        created;
  gint64        updated;
  DtStatusRule  status_rule;         /* the store's, set when loaded */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NOTICE_ID,
  PROP_NOTICE_LABEL,
  PROP_ORDINAL,
  PROP_SECTION,
  PROP_TEXT,
  PROP_LEAD_UNIT_ID,
  PROP_LEAD_UNIT_NAME,
  PROP_ADDRESSEE,
  PROP_ASSIGNED_DATE,
  PROP_DEADLINE,
  PROP_ORIGINAL_DEADLINE,
  PROP_DEADLINE_PHRASE,
  PROP_DEADLINE_APPROXIMATE,
  PROP_RECURRENCE,
  PROP_RECURRENCE_INTERVAL,
  PROP_RECURRENCE_ANCHORS,
  PROP_COMPLETED_DATE,
  PROP_CANCELLED,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_STATUS,
  N_PROPS
};

void _dt_directive_notify          (DtDirective  *self,
                                    guint         prop);
/* NULL is stored as "" */
void _dt_directive_set_string      (DtDirective  *self,
                                    char        **field,
                                    const char   *value,
                                    guint         prop);
void _dt_directive_set_status_date (DtDirective  *self,
                                    DtDate       *field,
                                    DtDate        value,
                                    guint         prop);

G_END_DECLS
