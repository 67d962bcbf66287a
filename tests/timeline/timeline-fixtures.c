/* timeline-fixtures.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dt-date.h"
#include "timeline-fixtures.h"

DtDate
fixture_set_today (void)
{
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  return dt_date_new (2024, 3, 15);
}

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

static void
gold_row_free (gpointer data)
{
  FixtureGoldRow *row = data;

  g_free (row->ordinal);
  g_free (row->section);
  g_free (row->units);
  g_free (row->text);
  g_free (row);
}

GPtrArray *
fixture_read_gold (GError **error)
{
  const char *dir = g_getenv ("DT_SAMPLES_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : ".", "nghe-an-ket-luan-2024-01.gold.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  rows = g_ptr_array_new_with_free_func (gold_row_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      const char *deadline;
      FixtureGoldRow *row;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 10 || strstr (f[2], "collective") != NULL)
        continue;

      row = g_new0 (FixtureGoldRow, 1);
      deadline = f[7];
      if (g_str_has_prefix (deadline, "inherit:"))
        deadline += strlen ("inherit:");
      if (deadline[0] == '~')
        {
          row->approximate = TRUE;
          deadline++;
        }
      row->deadline = dt_date_from_iso (deadline);
      row->ordinal = g_strdup (f[0]);
      row->section = g_strdup (f[2]);
      row->units = g_strdup (f[4]);
      row->text = g_strdup (f[9]);
      if (g_str_has_suffix (f[8], "d"))
        row->every_days = (guint) g_ascii_strtoull (f[8], NULL, 10);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

GPtrArray *
fixture_sample_notice (DtDate   today,
                       GError **error)
{
  g_autoptr(GPtrArray) rows = fixture_read_gold (error);
  GPtrArray *items;
  DtDate meeting = dt_date_new (2024, 1, 25);
  gint64 id = 0;

  if (rows == NULL)
    return NULL;

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  for (guint i = 0; i < rows->len; i++)
    {
      const FixtureGoldRow *row = g_ptr_array_index (rows, i);
      g_auto(GStrv) units = g_strsplit (row->units, ";", -1);
      DtDate deadline = row->deadline;

      for (guint u = 0; units[u] != NULL; u++)
        {
          DtTimelineItem *item = fixture_item (++id, units[u],
                                               g_str_has_prefix (row->ordinal, "A") ? row->ordinal + 1
                                                                                    : row->ordinal,
                                               row->text, meeting, deadline, today);

          item->approximate = row->approximate;
          item->section = g_strdup (row->section);
          if (row->every_days > 0)
            {
              item->recurrence = DT_RECURRENCE_DAYS;
              item->recurrence_interval = row->every_days;
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

GPtrArray *
fixture_new_items (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
}

void
fixture_init_options (DtTimelineOptions *o,
                      DtDate             from,
                      DtDate             to,
                      DtDate             today)
{
  dt_timeline_options_init (o);
  o->from = from;
  o->to = to;
  o->today = today;
  o->px_per_day = 4;
}

const DtTimelineRow *
fixture_row_of_item (DtTimelineLayout *layout,
                     gint64            id)
{
  guint row;

  g_assert_true (dt_timeline_layout_find_item_row (layout, id, &row));
  return dt_timeline_layout_get_row (layout, row);
}

guint
fixture_count_color (cairo_surface_t       *surface,
                     int                    x0,
                     int                    x1,
                     int                    y0,
                     int                    y1,
                     const DtTimelineColor *color)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    {
      guint32 *data = (guint32 *) (cairo_image_surface_get_data (surface)
                                   + y * cairo_image_surface_get_stride (surface));

      for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (surface)); x++)
        {
          guint32 px = data[x];

          n += abs ((int) ((px >> 16) & 0xff) - (int) lround (color->red * 255)) <= 2
               && abs ((int) ((px >> 8) & 0xff) - (int) lround (color->green * 255)) <= 2
               && abs ((int) (px & 0xff) - (int) lround (color->blue * 255)) <= 2;
        }
    }
  return n;
}

cairo_surface_t *
fixture_draw_page (DtTimelinePages           *pages,
                   const DtTimelinePageSetup *setup,
                   guint                      page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (setup->page_width),
                                                         (int) ceil (setup->page_height));
  cairo_t *cr = cairo_create (surface);

  dt_timeline_pages_draw_page (pages, cr, page, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}
