/* timeline-fixtures.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "timeline-fixtures.h"

/* The core's rule (dt_status_compute()), with its defaults */
DtStatus
fixture_status (const DtTimelineItem *item,
                DtDate                today)
{
  return dt_timeline_item_status_on (item, today);
}

DtTimelineItem *
fixture_item (gint64      id,
              const char *unit,
              const char *ordinal,
              const char *text,
              DtDate      assigned,
              DtDate      deadline,
              DtDate      today)
{
  DtTimelineItem *item = dt_timeline_item_new ();

  item->id = id;
  item->unit = g_strdup (unit);
  item->ordinal = g_strdup (ordinal);
  item->text = g_strdup (text);
  item->notice = g_strdup ("37/TB-UBND");
  item->assigned = assigned;
  item->deadline = deadline;
  item->original_deadline = deadline;
  item->status = fixture_status (item, today);
  return item;
}

GPtrArray *
fixture_sample_notice (DtDate   today,
                       GError **error)
{
  const char *dir = g_getenv ("DT_SAMPLES_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : ".", "nghe-an-ket-luan-2024-01.gold.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *items;
  DtDate meeting = dt_date_new (2024, 1, 25);
  gint64 id = 0;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      g_auto(GStrv) units = NULL;
      const char *deadline_text;
      gboolean approximate = FALSE;
      DtDate deadline;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 10 || strstr (f[2], "collective") != NULL)
        continue;

      deadline_text = f[7];
      if (g_str_has_prefix (deadline_text, "inherit:"))
        deadline_text += strlen ("inherit:");
      if (deadline_text[0] == '~')
        {
          approximate = TRUE;
          deadline_text++;
        }
      deadline = dt_date_from_iso (deadline_text);

      units = g_strsplit (f[4], ";", -1);
      for (guint u = 0; units[u] != NULL; u++)
        {
          DtTimelineItem *item = fixture_item (++id, units[u],
                                               g_str_has_prefix (f[0], "A") ? f[0] + 1 : f[0],
                                               f[9], meeting, deadline, today);

          item->approximate = approximate;
          item->section = g_strdup (f[2]);
          if (g_str_has_suffix (f[8], "d"))
            {
              item->recurrence = DT_RECURRENCE_DAYS;
              item->recurrence_interval = (guint) g_ascii_strtoull (f[8], NULL, 10);
            }
          /* Some history, so that every kind of mark shows. */
          if (id % 9 == 4 && deadline)
            item->completed = deadline - 3;
          else if (id % 11 == 5)
            item->completed = meeting + 20;
          else if (id % 13 == 6 && deadline)
            item->completed = deadline + 6;
          if (id % 17 == 3 && deadline)
            item->deadline = deadline + 30;   /* extended */
          item->status = fixture_status (item, today);
          g_ptr_array_add (items, item);
        }
    }
  return items;
}

GPtrArray *
fixture_many (guint  n,
              DtDate today)
{
  GPtrArray *items = g_ptr_array_new_full (n, (GDestroyNotify) dt_timeline_item_free);
  GRand *rand = g_rand_new_with_seed (42);
  DtDate start = dt_date_new (2024, 1, 1);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *unit = g_strdup_printf ("Sở số %02d", g_rand_int_range (rand, 1, 41));
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      DtDate assigned = start + g_rand_int_range (rand, 0, 600);
      DtDate deadline = g_rand_int_range (rand, 0, 10) == 0 ? DT_DATE_NONE
                        : assigned + g_rand_int_range (rand, 5, 120);
      DtTimelineItem *item = fixture_item (i + 1, unit, ordinal,
                                           "Triển khai thực hiện nhiệm vụ được giao theo kế hoạch",
                                           assigned, deadline, today);

      if (g_rand_int_range (rand, 0, 8) == 0)
        {
          item->recurrence = DT_RECURRENCE_MONTHLY;
          item->recurrence_interval = 1;
          item->status = fixture_status (item, today);
        }
      g_ptr_array_add (items, item);
    }
  g_rand_free (rand);
  return items;
}
