/* dt-directive-dates.c — the dates of a DtDirective and what follows from
 * them: when it was assigned, its deadline (current, original, as written,
 * approximate), its recurrence, its completion or cancellation, when the
 * record was made and changed, and its status on a given day.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-private.h"
#include "dt-model-private.h"
#include "dt-status.h"

DtDate
dt_directive_get_assigned_date (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_DATE_NONE);
  return self->assigned_date;
}

void
dt_directive_set_assigned_date (DtDirective *self,
                                DtDate       date)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  if (self->assigned_date != date)
    {
      self->assigned_date = date;
      _dt_directive_notify (self, PROP_ASSIGNED_DATE);
    }
}

DtDate
dt_directive_get_deadline (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_DATE_NONE);
  return self->deadline;
}

DtDate
dt_directive_get_original_deadline (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_DATE_NONE);
  return self->original_deadline;
}

/* Sets the deadline as first set.  While no extension moved it, the
 * current deadline follows; the store recomputes it on save. */
void
dt_directive_set_deadline (DtDirective *self,
                           DtDate       date)
{
  gboolean follows;

  g_return_if_fail (DT_IS_DIRECTIVE (self));

  if (self->original_deadline == date)
    return;
  follows = self->deadline == self->original_deadline;
  g_object_freeze_notify (G_OBJECT (self));
  _dt_directive_set_status_date (self, &self->original_deadline, date, PROP_ORIGINAL_DEADLINE);
  if (follows)
    _dt_directive_set_status_date (self, &self->deadline, date, PROP_DEADLINE);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_dt_directive_set_current_deadline (DtDirective *self,
                                    DtDate       deadline)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_status_date (self, &self->deadline, deadline, PROP_DEADLINE);
}

const char *
dt_directive_get_deadline_phrase (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->deadline_phrase;
}

void
dt_directive_set_deadline_phrase (DtDirective *self,
                                  const char  *phrase)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->deadline_phrase, phrase, PROP_DEADLINE_PHRASE);
}

gboolean
dt_directive_get_deadline_approximate (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), FALSE);
  return self->deadline_approximate;
}

void
dt_directive_set_deadline_approximate (DtDirective *self,
                                       gboolean     approximate)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  approximate = !!approximate;
  if (self->deadline_approximate != approximate)
    {
      self->deadline_approximate = approximate;
      _dt_directive_notify (self, PROP_DEADLINE_APPROXIMATE);
    }
}

DtRecurrence
dt_directive_get_recurrence (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_RECURRENCE_NONE);
  return self->recurrence;
}

guint
dt_directive_get_recurrence_interval (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->recurrence_interval;
}

void
dt_directive_set_recurrence (DtDirective  *self,
                             DtRecurrence  recurrence,
                             guint         interval)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  g_return_if_fail (recurrence <= DT_RECURRENCE_LAST);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->recurrence != recurrence)
    {
      self->recurrence = recurrence;
      _dt_directive_notify (self, PROP_RECURRENCE);
      _dt_directive_notify (self, PROP_STATUS);
      dt_directive_set_recurrence_anchors (self, 0);
    }
  if (self->recurrence_interval != interval)
    {
      self->recurrence_interval = interval;
      _dt_directive_notify (self, PROP_RECURRENCE_INTERVAL);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

DtRecurrenceAnchors
dt_directive_get_recurrence_anchors (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->recurrence_anchors;
}

void
dt_directive_set_recurrence_anchors (DtDirective         *self,
                                     DtRecurrenceAnchors  anchors)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));

  if (self->recurrence_anchors != anchors)
    {
      self->recurrence_anchors = anchors;
      _dt_directive_notify (self, PROP_RECURRENCE_ANCHORS);
    }
}

DtDate
dt_directive_get_completed_date (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_DATE_NONE);
  return self->completed_date;
}

void
dt_directive_set_completed_date (DtDirective *self,
                                 DtDate       date)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_status_date (self, &self->completed_date, date, PROP_COMPLETED_DATE);
}

gboolean
dt_directive_get_cancelled (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), FALSE);
  return self->cancelled;
}

void
dt_directive_set_cancelled (DtDirective *self,
                            gboolean     cancelled)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  cancelled = !!cancelled;
  if (self->cancelled != cancelled)
    {
      self->cancelled = cancelled;
      _dt_directive_notify (self, PROP_CANCELLED);
      _dt_directive_notify (self, PROP_STATUS);
    }
}

gint64
dt_directive_get_created (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->created;
}

gint64
dt_directive_get_updated (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->updated;
}

void
_dt_directive_set_times (DtDirective *self,
                         gint64       created,
                         gint64       updated)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  if (self->created != created)
    {
      self->created = created;
      _dt_directive_notify (self, PROP_CREATED);
    }
  if (self->updated != updated)
    {
      self->updated = updated;
      _dt_directive_notify (self, PROP_UPDATED);
    }
}

void
_dt_directive_set_status_rule (DtDirective        *self,
                               const DtStatusRule *rule)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  g_return_if_fail (rule != NULL);

  if (dt_status_rule_equal (&self->status_rule, rule))
    return;
  self->status_rule = *rule;
  _dt_directive_notify (self, PROP_STATUS);
}

const DtStatusRule *
dt_directive_get_status_rule (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);

  return &self->status_rule;
}

DtStatus
dt_directive_get_status_on (DtDirective *self,
                            DtDate       day)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), DT_STATUS_ONGOING);

  return dt_status_compute (&self->status_rule, day, self->deadline, self->original_deadline,
                            self->completed_date, self->cancelled, self->recurrence);
}

DtStatus
dt_directive_get_status (DtDirective *self)
{
  return dt_directive_get_status_on (self, dt_date_today ());
}
