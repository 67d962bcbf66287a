/* dt-status.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dt-status.h"

static const DtStatusRule default_rule = DT_STATUS_RULE_INIT;

/* The deadline to judge against: the current (extended) one, or the one
 * first set.  When only one of them is known, that one. */
static DtDate
effective_deadline (DtDate         deadline,
                    DtDate         original_deadline,
                    DtLatenessRule rule)
{
  if (rule == DT_LATENESS_AGAINST_ORIGINAL && original_deadline != DT_DATE_NONE)
    return original_deadline;
  if (deadline != DT_DATE_NONE)
    return deadline;
  return original_deadline;
}

DtStatus
dt_status_compute (const DtStatusRule *rule,
                   DtDate              today,
                   DtDate              deadline,
                   DtDate              original_deadline,
                   DtDate              completed,
                   gboolean            cancelled,
                   DtRecurrence        recurrence)
{
  DtDate limit;

  if (rule == NULL)
    rule = &default_rule;
  limit = effective_deadline (deadline, original_deadline, rule->lateness);

  if (cancelled)
    return DT_STATUS_CANCELLED;

  if (completed != DT_DATE_NONE)
    {
      if (limit == DT_DATE_NONE || completed <= limit)
        return DT_STATUS_COMPLETED_ON_TIME;
      return DT_STATUS_COMPLETED_LATE;
    }

  /* no deadline is a gap to fill until the user says it needs none */
  if (limit == DT_DATE_NONE)
    return recurrence != DT_RECURRENCE_NONE ? DT_STATUS_ONGOING : DT_STATUS_NO_DEADLINE;
  if (today > limit)
    return DT_STATUS_OVERDUE;
  if ((gint64) limit - (gint64) today <= (gint64) rule->due_soon_days)
    return DT_STATUS_DUE_SOON;
  return DT_STATUS_IN_PROGRESS;
}

/* dt_status_compute(), step for step.  The store keeps d.deadline set
 * whenever d.original_deadline is (the current deadline is the original
 * one until it is extended), so against the current deadline the column
 * alone is the coalesce() of effective_deadline(), and its indexes serve. */
char *
dt_status_rule_to_sql (const DtStatusRule *rule)
{
  const char *limit;

  if (rule == NULL)
    rule = &default_rule;
  limit = rule->lateness == DT_LATENESS_AGAINST_ORIGINAL
          ? "coalesce (d.original_deadline, d.deadline)" : "d.deadline";

  return g_strdup_printf ("(CASE WHEN d.cancelled THEN %d"
                          " WHEN d.completed_date IS NOT NULL THEN"
                          "  (CASE WHEN %s IS NULL OR d.completed_date <= %s THEN %d ELSE %d END)"
                          " WHEN %s IS NULL THEN (CASE WHEN d.recurrence != %d THEN %d ELSE %d END)"
                          " WHEN %s < :today THEN %d"
                          " WHEN %s <= :soon THEN %d"
                          " ELSE %d END)",
                          DT_STATUS_CANCELLED,
                          limit, limit, DT_STATUS_COMPLETED_ON_TIME, DT_STATUS_COMPLETED_LATE,
                          limit, DT_RECURRENCE_NONE, DT_STATUS_ONGOING, DT_STATUS_NO_DEADLINE,
                          limit, DT_STATUS_OVERDUE,
                          limit, DT_STATUS_DUE_SOON,
                          DT_STATUS_IN_PROGRESS);
}

gboolean
dt_status_rule_equal (const DtStatusRule *a,
                      const DtStatusRule *b)
{
  if (a == NULL)
    a = &default_rule;
  if (b == NULL)
    b = &default_rule;
  return a->due_soon_days == b->due_soon_days && a->lateness == b->lateness;
}

/* One name for each status, the same in the list's pills, the detail, the
 * timeline and the report (whose categories are these statuses on the
 * reporting date): short, since a pill has little room and its colour
 * already tells the kind. */
static const struct
{
  const char *id;
  const char *label;
} statuses[DT_N_STATUSES] = {
  [DT_STATUS_COMPLETED_ON_TIME] = { "completed-on-time", NC_("status", "Completed on time") },
  [DT_STATUS_COMPLETED_LATE] = { "completed-late", NC_("status", "Completed late") },
  [DT_STATUS_IN_PROGRESS] = { "in-progress", NC_("status", "In progress") },
  [DT_STATUS_OVERDUE] = { "overdue", NC_("status", "Overdue") },
  [DT_STATUS_DUE_SOON] = { "due-soon", NC_("status", "Due soon") },
  [DT_STATUS_ONGOING] = { "ongoing", NC_("status", "Ongoing") },
  [DT_STATUS_NO_DEADLINE] = { "no-deadline", NC_("status", "No deadline") },
  [DT_STATUS_CANCELLED] = { "cancelled", NC_("status", "Cancelled") },
};

const char *
dt_status_to_string (DtStatus status)
{
  g_return_val_if_fail (status < DT_N_STATUSES, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "status", statuses[status].label);
}

const char *
dt_status_to_id (DtStatus status)
{
  g_return_val_if_fail (status < DT_N_STATUSES, "");

  return statuses[status].id;
}

DtStatus
dt_status_from_id (const char *id)
{
  if (id == NULL)
    return DT_N_STATUSES;
  for (guint i = 0; i < DT_N_STATUSES; i++)
    if (strcmp (statuses[i].id, id) == 0)
      return i;
  return DT_N_STATUSES;
}

gboolean
dt_status_is_completed (DtStatus status)
{
  return status == DT_STATUS_COMPLETED_ON_TIME || status == DT_STATUS_COMPLETED_LATE;
}
