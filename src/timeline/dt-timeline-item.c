/* dt-timeline-item.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-timeline-item.h"

DtTimelineItem *
dt_timeline_item_new (void)
{
  DtTimelineItem *item = g_new0 (DtTimelineItem, 1);

  item->status = DT_STATUS_IN_PROGRESS;
  item->status_rule = (DtStatusRule) DT_STATUS_RULE_INIT;
  return item;
}

DtStatus
dt_timeline_item_status_on (const DtTimelineItem *item,
                            DtDate                day)
{
  g_return_val_if_fail (item != NULL, DT_STATUS_IN_PROGRESS);

  return dt_status_compute (&item->status_rule, day, item->deadline, item->original_deadline,
                            item->completed, item->cancelled, item->recurrence);
}

DtTimelineItem *
dt_timeline_item_copy (const DtTimelineItem *item)
{
  DtTimelineItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_memdup2 (item, sizeof *item);
  if (!item->interned)
    {
      copy->ordinal = g_strdup (item->ordinal);
      copy->unit = g_strdup (item->unit);
      copy->notice = g_strdup (item->notice);
      copy->section = g_strdup (item->section);
    }
  copy->text = g_strdup (item->text);
  copy->deadline_phrase = g_strdup (item->deadline_phrase);
  return copy;
}

void
dt_timeline_item_free (DtTimelineItem *item)
{
  if (item == NULL)
    return;
  if (!item->interned)
    {
      g_free (item->ordinal);
      g_free (item->unit);
      g_free (item->notice);
      g_free (item->section);
    }
  g_free (item->text);
  g_free (item->deadline_phrase);
  g_free (item);
}
