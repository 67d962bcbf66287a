/* dt-timeline-directive.c — the one adapter from the model to the timeline
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-directive.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "dt-status.h"
#include "dt-text.h"
#include "dt-timeline-item.h"

DtTimelineItem *
dt_timeline_item_new_from_directive (DtDirective *directive)
{
  DtTimelineItem *item;

  g_return_val_if_fail (DT_IS_DIRECTIVE (directive), NULL);

  item = dt_timeline_item_new ();
  item->id = dt_directive_get_id (directive);
  item->ordinal = g_strdup (dt_directive_get_ordinal (directive));
  /* shown as the list shows it: with a capital first letter */
  item->text = dt_text_capitalize_first (dt_directive_get_text (directive));
  item->unit = g_strdup (dt_directive_get_lead_unit_name (directive));
  item->notice = g_strdup (dt_directive_get_notice_label (directive));
  item->section = g_strdup (dt_directive_get_section (directive));
  item->deadline_phrase = g_strdup (dt_directive_get_deadline_phrase (directive));
  item->assigned = dt_directive_get_assigned_date (directive);
  item->deadline = dt_directive_get_deadline (directive);
  item->original_deadline = dt_directive_get_original_deadline (directive);
  item->completed = dt_directive_get_completed_date (directive);
  item->approximate = dt_directive_get_deadline_approximate (directive);
  item->cancelled = dt_directive_get_cancelled (directive);
  item->recurrence = dt_directive_get_recurrence (directive);
  item->recurrence_interval = dt_directive_get_recurrence_interval (directive);
  item->status_rule = *dt_directive_get_status_rule (directive);
  item->status = dt_directive_get_status (directive);
  return item;
}

void
dt_timeline_items_set_as_of (GPtrArray *items,
                             DtDate     as_of)
{
  g_return_if_fail (items != NULL);
  g_return_if_fail (as_of != DT_DATE_NONE);

  for (guint i = 0; i < items->len; i++)
    {
      DtTimelineItem *item = g_ptr_array_index (items, i);

      item->status = dt_timeline_item_status_on (item, as_of);
    }
}

static void
add_item (DtDirective *directive,
          guint        position,
          gpointer     user_data)
{
  GPtrArray *items = user_data;

  g_assert (position < items->len && items->pdata[position] == NULL);
  items->pdata[position] = dt_timeline_item_new_from_directive (directive);
}

GPtrArray *
dt_timeline_items_from_model (GListModel *directives)
{
  GPtrArray *items;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (directives), NULL);

  n = g_list_model_get_n_items (directives);
  items = g_ptr_array_new_full (n, (GDestroyNotify) dt_timeline_item_free);

  /* The application's list reads its rows far faster all at once. */
  if (DT_IS_DIRECTIVE_LIST (directives))
    {
      g_ptr_array_set_size (items, n);
      dt_directive_list_foreach (DT_DIRECTIVE_LIST (directives), add_item, items);
      /* a row gone since the list's last query has no item */
      for (guint i = items->len; i > 0; i--)
        if (items->pdata[i - 1] == NULL)
          g_ptr_array_remove_index (items, i - 1);
      return items;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (directives, i);

      g_ptr_array_add (items, dt_timeline_item_new_from_directive (directive));
    }
  return items;
}

typedef struct
{
  GPtrArray          *items;
  const DtStatusRule *rule;
} BriefItems;

static void
add_brief (const DtDirectiveBrief *brief,
           guint                   position,
           gpointer                user_data)
{
  BriefItems *data = user_data;
  GPtrArray *items = data->items;
  DtTimelineItem *item = dt_timeline_item_new ();

  g_assert (position < items->len && items->pdata[position] == NULL);
  item->interned = TRUE;
  item->id = brief->id;
  item->ordinal = (char *) brief->ordinal;
  item->unit = (char *) brief->unit;
  item->notice = (char *) brief->notice;
  item->section = (char *) brief->section;
  item->assigned = brief->assigned;
  item->deadline = brief->deadline;
  item->original_deadline = brief->original_deadline;
  item->completed = brief->completed;
  item->approximate = brief->approximate;
  item->cancelled = brief->cancelled;
  item->recurrence = brief->recurrence;
  item->recurrence_interval = brief->recurrence_interval;
  item->status = brief->status;
  item->status_rule = *data->rule;
  items->pdata[position] = item;
}

GPtrArray *
dt_timeline_items_from_list_brief (DtDirectiveList *list)
{
  BriefItems data;
  GPtrArray *items;
  guint n, kept = 0;

  g_return_val_if_fail (DT_IS_DIRECTIVE_LIST (list), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  items = g_ptr_array_new_full (n, (GDestroyNotify) dt_timeline_item_free);
  g_ptr_array_set_size (items, n);
  data.items = items;
  data.rule = dt_store_get_status_rule (dt_directive_list_get_store (list));
  dt_directive_list_foreach_brief (list, add_brief, &data);

  /* a row gone since the list's last query has no item */
  for (guint i = 0; i < items->len; i++)
    if (items->pdata[i] != NULL)
      items->pdata[kept++] = items->pdata[i];
  for (guint i = kept; i < items->len; i++)
    items->pdata[i] = NULL;
  g_ptr_array_set_size (items, kept);
  return items;
}

gboolean
dt_timeline_item_load_text (DtTimelineItem *item,
                            DtStore        *store)
{
  g_autoptr(DtDirective) directive = NULL;

  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (DT_IS_STORE (store), FALSE);

  directive = dt_store_get_directive (store, item->id, NULL);
  g_free (item->text);
  g_free (item->deadline_phrase);
  if (directive == NULL)
    {
      item->text = g_strdup ("");
      item->deadline_phrase = g_strdup ("");
      return FALSE;
    }
  /* as dt_timeline_item_new_from_directive () */
  item->text = dt_text_capitalize_first (dt_directive_get_text (directive));
  item->deadline_phrase = g_strdup (dt_directive_get_deadline_phrase (directive));
  return TRUE;
}
