/* dt-timeline-preset.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Overdue and due in the next 30 days", "this notice", "this unit": the
 * charts a monthly meeting asks for.  The notice and the unit are the
 * list's filters; what is due depends on the reporting date, so it is a
 * filter on the timeline's items, shared by the window and the command line.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dt-date.h"
#include "dt-status.h"
#include "dt-timeline-preset.h"

gboolean
dt_timeline_preset_parse (const char        *text,
                          DtTimelinePreset  *preset,
                          guint             *days,
                          const char       **name)
{
  g_return_val_if_fail (preset != NULL && days != NULL && name != NULL, FALSE);

  *days = 0;
  *name = NULL;
  if (text == NULL)
    return FALSE;

  if (g_str_equal (text, "all"))
    {
      *preset = DT_TIMELINE_PRESET_ALL;
      return TRUE;
    }
  if (g_str_has_prefix (text, "overdue-"))
    {
      const char *number = text + strlen ("overdue-");
      guint64 n;

      if (!g_ascii_string_to_unsigned (number, 10, 1, DT_TIMELINE_DUE_DAYS_MAX, &n, NULL))
        return FALSE;
      *preset = DT_TIMELINE_PRESET_DUE;
      *days = (guint) n;
      return TRUE;
    }
  if (g_str_has_prefix (text, "notice:") && text[strlen ("notice:")] != '\0')
    {
      *preset = DT_TIMELINE_PRESET_NOTICE;
      *name = text + strlen ("notice:");
      return TRUE;
    }
  if (g_str_has_prefix (text, "unit:") && text[strlen ("unit:")] != '\0')
    {
      *preset = DT_TIMELINE_PRESET_UNIT;
      *name = text + strlen ("unit:");
      return TRUE;
    }
  return FALSE;
}

gboolean
dt_timeline_item_is_due (const DtTimelineItem *item,
                         DtDate                as_of,
                         guint                 days)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if (as_of == DT_DATE_NONE)
    as_of = dt_date_today ();

  /* overdue also by the rule that judges against the first deadline */
  if (item->status == DT_STATUS_OVERDUE)
    return TRUE;
  if (item->cancelled || dt_status_is_completed (item->status) || item->status == DT_STATUS_CANCELLED)
    return FALSE;
  return item->deadline != DT_DATE_NONE && item->deadline <= as_of + days;
}

void
dt_timeline_items_keep_due (GPtrArray *items,
                            DtDate     as_of,
                            guint      days)
{
  guint kept = 0;

  g_return_if_fail (items != NULL);

  /* one pass, in order: the removed are freed by the array's free func */
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      if (dt_timeline_item_is_due (item, as_of, days))
        {
          items->pdata[i] = items->pdata[kept];
          items->pdata[kept++] = item;
        }
    }
  if (kept < items->len)
    g_ptr_array_remove_range (items, kept, items->len - kept);
}

char *
dt_timeline_due_dup_title (DtDate as_of,
                           guint  days)
{
  g_autofree char *by = NULL;

  if (as_of == DT_DATE_NONE)
    as_of = dt_date_today ();
  by = dt_date_format (as_of + days);
  /* Translators: the subtitle of a chart for a meeting; %s is a date, dd/mm/yyyy */
  return g_strdup_printf (_("Overdue and due by %s"), by);
}
