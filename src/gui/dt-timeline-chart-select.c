/* dt-timeline-chart-select.c — the chart's selection, and opening a directive
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-directive.h"
#include "dt-status.h"
#include "dt-timeline-chart-private.h"

/* Selection and activation ----------------------------------------------- */

int
_dt_timeline_chart_selected_row (DtTimelineChart *self)
{
  guint row;

  if (self->layout == NULL || self->selected_id == 0
      || !dt_timeline_layout_find_item_row (self->layout, self->selected_id, &row))
    return -1;
  return (int) row;
}

static DtDirective *
dup_directive (DtTimelineChart *self,
               gint64           id)
{
  guint n, row;

  if (self->model == NULL || id == 0)
    return NULL;

  /* The items are the model's, in its order: try the same position first. */
  if (self->layout != NULL && dt_timeline_layout_find_item_row (self->layout, id, &row))
    {
      int index = dt_timeline_layout_get_row (self->layout, row)->item;
      g_autoptr(DtDirective) directive = index >= 0 ? g_list_model_get_item (self->model, index) : NULL;

      if (directive != NULL && dt_directive_get_id (directive) == id)
        return g_steal_pointer (&directive);
    }

  n = g_list_model_get_n_items (self->model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (self->model, i);

      if (dt_directive_get_id (directive) == id)
        return g_steal_pointer (&directive);
    }
  return NULL;
}

static void
scroll_to_row (DtTimelineChart *self,
               guint            index)
{
  const DtTimelineRow *row = dt_timeline_layout_get_row (self->layout, index);
  double top = gtk_adjustment_get_value (self->vadjustment);
  double page = _dt_timeline_chart_body_height (self);
  double left = gtk_adjustment_get_value (self->hadjustment);
  double width = _dt_timeline_chart_body_width (self);
  double gh = dt_timeline_layout_get_options (self->layout)->group_height;

  /* Below the group name that stays at the top. */
  if (row->y - gh < top)
    _dt_timeline_chart_set_vvalue (self, row->y - gh);
  else if (row->y + row->height > top + page)
    _dt_timeline_chart_set_vvalue (self, row->y + row->height - page);

  if (row->marks & (DT_TIMELINE_MARK_BAR | DT_TIMELINE_MARK_MILESTONE))
    {
      double x0 = (row->marks & DT_TIMELINE_MARK_BAR) ? row->bar_x0 : row->milestone_x - 20;
      double x1 = (row->marks & DT_TIMELINE_MARK_MILESTONE) ? row->milestone_x + 20 : row->bar_x1;

      if (x1 < left || x0 > left + width)
        _dt_timeline_chart_set_hvalue (self, MAX (x0, x1 - width) - 24);
    }
}

void
dt_timeline_chart_select_id (DtTimelineChart *self,
                             gint64           id)
{
  guint row;

  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (self->selected_id == id)
    return;

  self->selected_id = id;
  if (id != 0 && self->layout != NULL && dt_timeline_layout_find_item_row (self->layout, id, &row))
    {
      const DtTimelineRow *r = dt_timeline_layout_get_row (self->layout, row);
      const DtTimelineItem *item = dt_timeline_layout_get_item (self->layout, r->item);
      g_autofree char *description = NULL;

      scroll_to_row (self, row);
      /* What a screen reader says of the chosen bar. */
      description = g_strdup_printf ("%s%s%s — %s — %s",
                                     item->ordinal ? item->ordinal : "",
                                     item->ordinal && item->ordinal[0] ? ". " : "",
                                     item->text ? item->text : "",
                                     item->unit ? item->unit : "",
                                     dt_status_to_string (item->status));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _dt_timeline_chart_notify (self, PROP_SELECTED_ID);
}

guint
dt_timeline_chart_get_selected_position (DtTimelineChart *self)
{
  guint row;
  int index;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), GTK_INVALID_LIST_POSITION);

  if (self->layout == NULL || self->selected_id == 0
      || !dt_timeline_layout_find_item_row (self->layout, self->selected_id, &row))
    return GTK_INVALID_LIST_POSITION;

  index = dt_timeline_layout_get_row (self->layout, row)->item;
  return index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION;
}

gint64
dt_timeline_chart_get_selected_id (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), 0);
  return self->selected_id;
}

void
_dt_timeline_chart_activate_selected (DtTimelineChart *self)
{
  g_autoptr(DtDirective) directive = dup_directive (self, self->selected_id);

  if (directive != NULL)
    _dt_timeline_chart_emit_activate (self, directive);
}

gboolean
dt_timeline_chart_hit_test (DtTimelineChart *self,
                            double           x,
                            double           y,
                            DtTimelineHit   *hit)
{
  DtTimelineViewport viewport;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), FALSE);

  if (self->layout == NULL)
    return FALSE;
  _dt_timeline_chart_get_viewport (self, &viewport);
  return dt_timeline_layout_hit_test (self->layout, &viewport, x, y, hit);
}

gboolean
dt_timeline_chart_click (DtTimelineChart *self,
                         double           x,
                         double           y)
{
  DtTimelineHit hit;
  const DtTimelineItem *item;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), FALSE);

  if (!dt_timeline_chart_hit_test (self, x, y, &hit) || hit.item < 0)
    return FALSE;

  item = dt_timeline_layout_get_item (self->layout, hit.item);
  dt_timeline_chart_select_id (self, item->id);
  _dt_timeline_chart_activate_selected (self);
  return TRUE;
}

gboolean
dt_timeline_chart_get_bar_point (DtTimelineChart *self,
                                 gint64           id,
                                 double          *x,
                                 double          *y)
{
  graphene_rect_t rect;
  guint row;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), FALSE);

  if (self->layout == NULL || !dt_timeline_layout_find_item_row (self->layout, id, &row)
      || !_dt_timeline_chart_row_mark_rect (self, row, &rect))
    return FALSE;

  *x = rect.origin.x + rect.size.width / 2;
  *y = rect.origin.y + rect.size.height / 2;
  return TRUE;
}

