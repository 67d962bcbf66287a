/* dt-timeline-layout.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is a pure function of (items, options): computed once per
 * change of data, scale or size, then only read, by the renderer, the
 * hit-test and the paginator, so that drawing and picking cannot disagree.
 * This file makes it and reads it; its dates are in
 * dt-timeline-layout-axis.c, the rows' order in dt-timeline-layout-groups.c,
 * each row's marks and labels in dt-timeline-layout-rows.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dt-date.h"
#include "dt-timeline-layout-private.h"

G_DEFINE_BOXED_TYPE (DtTimelineLayout, dt_timeline_layout,
                     dt_timeline_layout_ref, dt_timeline_layout_unref)

static void
clear_column (gpointer data)
{
  g_free (((DtTimelineColumn *) data)->label);
}

DtTimelineLayout *
dt_timeline_layout_ref (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dt_timeline_layout_unref (DtTimelineLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->major, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->item_rows, g_array_unref);
  if (self->text_destroy != NULL)
    self->text_destroy (self->text_data);
  g_free (self);
}

DtTimelineLayout *
dt_timeline_layout_new (GPtrArray               *items,
                        const DtTimelineOptions *options)
{
  DtTimelineLayout *self;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (DtTimelineLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_ref (items);
  self->options = *options;
  if (self->options.today == DT_DATE_NONE)
    self->options.today = dt_date_today ();
  if (self->options.px_per_day <= 0)
    self->options.px_per_day = dt_timeline_scale_default_px_per_day (options->scale);

  self->slots = g_array_sized_new (FALSE, TRUE, sizeof (RowSlot), items->len + 16);
  self->pages = g_ptr_array_new_with_free_func (_dt_timeline_layout_free_page);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (double));
  self->columns = g_array_new (FALSE, TRUE, sizeof (DtTimelineColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->major = g_array_new (FALSE, TRUE, sizeof (DtTimelineColumn));
  g_array_set_clear_func (self->major, clear_column);
  self->spans = g_array_new (FALSE, FALSE, sizeof (DtTimelineSpan));

  _dt_timeline_layout_compute_axis (self);
  _dt_timeline_layout_place_rows (self);
  g_ptr_array_set_size (self->pages, (self->slots->len + ROW_PAGE - 1) / ROW_PAGE);

  return self;
}

const DtTimelineOptions *
dt_timeline_layout_get_options (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->options;
}

double
dt_timeline_layout_get_content_height (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->content_height;
}

guint
dt_timeline_layout_get_n_items (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

guint
dt_timeline_layout_get_n_rows (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slots->len;
}

guint
dt_timeline_layout_row_at_y (DtTimelineLayout *self,
                             double            y)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  hi = self->slots->len;
  if (y < 0)
    return 0;
  /* First row whose bottom is below y. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const RowSlot *row = &g_array_index (self->slots, RowSlot, mid);

      if (row->y + row->height <= y)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
dt_timeline_layout_find_item_row (DtTimelineLayout *self,
                                  gint64            item_id,
                                  guint            *row)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->slots->len; i++)
    {
      const RowSlot *r = &g_array_index (self->slots, RowSlot, i);
      const DtTimelineItem *item;

      if (r->item < 0)
        continue;
      item = g_ptr_array_index (self->items, r->item);
      if (item->id == item_id)
        {
          if (row)
            *row = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
dt_timeline_layout_get_item_row (DtTimelineLayout *self,
                                 guint             item,
                                 guint            *row)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (item >= self->items->len)
    return FALSE;

  /* One pass over the slots, once: a selection followed row by row costs
   * nothing more, and no row is made for it. */
  if (self->item_rows == NULL)
    {
      self->item_rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->items->len);
      g_array_set_size (self->item_rows, self->items->len);
      memset (self->item_rows->data, 0xff, self->items->len * sizeof (guint));
      for (guint i = 0; i < self->slots->len; i++)
        {
          const RowSlot *r = &g_array_index (self->slots, RowSlot, i);

          if (r->item >= 0)
            g_array_index (self->item_rows, guint, r->item) = i;
        }
    }

  if (g_array_index (self->item_rows, guint, item) == G_MAXUINT)
    return FALSE;
  if (row != NULL)
    *row = g_array_index (self->item_rows, guint, item);
  return TRUE;
}

int
dt_timeline_layout_get_row_item (DtTimelineLayout *self,
                                 guint             row)
{
  g_return_val_if_fail (self != NULL, -1);

  if (row >= self->slots->len)
    return -1;
  return g_array_index (self->slots, RowSlot, row).item;
}

guint
dt_timeline_layout_get_n_groups (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->groups->len;
}

const char *
dt_timeline_layout_get_group_label (DtTimelineLayout *self,
                                    guint             group)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, group);
}

gboolean
dt_timeline_layout_hit_test (DtTimelineLayout         *self,
                             const DtTimelineViewport *viewport,
                             double                    x,
                             double                    y,
                             DtTimelineHit            *hit)
{
  const DtTimelineOptions *o;
  const DtTimelineRow *row;
  double cx, cy, half;
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (viewport != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  o = &self->options;
  memset (hit, 0, sizeof *hit);
  hit->item = -1;

  if (x < 0 || y < 0 || x >= viewport->width || y >= viewport->height)
    return FALSE;

  cx = x - o->label_width + viewport->x;
  if (x >= o->label_width)
    hit->date = dt_timeline_layout_x_to_date (self, cx);

  if (y < o->header_height)
    {
      hit->kind = DT_TIMELINE_HIT_HEADER;
      return TRUE;
    }

  cy = y - o->header_height + viewport->y;
  index = dt_timeline_layout_row_at_y (self, cy);
  if (index >= self->slots->len)
    return FALSE;

  row = dt_timeline_layout_get_row (self, index);
  hit->row = index;
  hit->item = row->item;
  if (row->kind == DT_TIMELINE_ROW_GROUP)
    {
      hit->kind = DT_TIMELINE_HIT_GROUP;
      return TRUE;
    }
  if (x < o->label_width)
    {
      hit->kind = DT_TIMELINE_HIT_LABEL;
      return TRUE;
    }

  /* Same extents the renderer uses: the bar and the milestone's diamond. */
  half = row->height * 0.35;
  hit->kind = DT_TIMELINE_HIT_ROW;
  if (((row->marks & DT_TIMELINE_MARK_BAR) && cx >= row->bar_x0 && cx <= row->bar_x1)
      || ((row->marks & DT_TIMELINE_MARK_MILESTONE) && fabs (cx - row->milestone_x) <= half)
      || ((row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL) && cx >= row->milestone_x && cx <= row->tail_x)
      || ((row->marks & DT_TIMELINE_MARK_COMPLETED) && fabs (cx - row->completed_x) <= half))
    hit->kind = DT_TIMELINE_HIT_BAR;
  return TRUE;
}
