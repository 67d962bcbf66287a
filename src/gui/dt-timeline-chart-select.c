/* dt-timeline-chart-select.c — the chart's selection, and opening a directive
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selection is the model's own (a GtkSelectionModel, shared with the
 * window's list): a bar is a position of the model, so choosing a bar
 * selects the list's row, and a row chosen in the list is the bar drawn
 * selected, without looking a directive up by its id either way.  Item i
 * of the chart is position i of the model, or positions[i] when only what
 * is due is drawn.
 */

#include "config.h"

#include "dt-directive.h"
#include "dt-status.h"
#include "dt-timeline-preset.h"
#include "dt-timeline-chart-private.h"

/* Positions ------------------------------------------------------------------ */

void
_dt_timeline_chart_keep_due (DtTimelineChart *self)
{
  GPtrArray *items = self->items;
  guint kept = 0;

  /* dt_timeline_items_keep_due (), remembering where each kept item was */
  self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      if (dt_timeline_item_is_due (item, self->as_of, self->due_days))
        {
          items->pdata[i] = items->pdata[kept];
          items->pdata[kept++] = item;
          g_array_append_val (self->positions, i);
        }
    }
  if (kept < items->len)
    g_ptr_array_remove_range (items, kept, items->len - kept);
}

static guint
item_position (DtTimelineChart *self,
               guint            item)
{
  return self->positions != NULL ? g_array_index (self->positions, guint, item) : item;
}

/* The item at a position of the model, or -1 when the chart leaves it out. */
static int
position_item (DtTimelineChart *self,
               guint            position)
{
  guint lo = 0, hi;

  if (self->items == NULL || position == GTK_INVALID_LIST_POSITION)
    return -1;
  if (self->positions == NULL)
    return position < self->items->len ? (int) position : -1;

  /* kept in order: a binary search */
  hi = self->positions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint at = g_array_index (self->positions, guint, mid);

      if (at == position)
        return (int) mid;
      if (at < position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* Selection ------------------------------------------------------------------ */

guint
dt_timeline_chart_get_selected_position (DtTimelineChart *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), GTK_INVALID_LIST_POSITION);

  if (self->model == NULL)
    return GTK_INVALID_LIST_POSITION;
  selected = gtk_selection_model_get_selection (self->model);
  return gtk_bitset_is_empty (selected) ? GTK_INVALID_LIST_POSITION : gtk_bitset_get_minimum (selected);
}

int
_dt_timeline_chart_selected_row (DtTimelineChart *self)
{
  int item;
  guint row;

  /* the items are the model's as they were: not while they wait to be read */
  if (self->layout == NULL || self->items_stale)
    return -1;
  item = position_item (self, dt_timeline_chart_get_selected_position (self));
  if (item < 0 || !dt_timeline_layout_get_item_row (self->layout, item, &row))
    return -1;
  return (int) row;
}

void
_dt_timeline_chart_select_row (DtTimelineChart *self,
                               guint            row)
{
  int item = self->layout != NULL ? dt_timeline_layout_get_row_item (self->layout, row) : -1;

  if (item >= 0)
    gtk_selection_model_select_item (self->model, item_position (self, item), TRUE);
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
_dt_timeline_chart_scroll_to_selected (DtTimelineChart *self)
{
  int row;

  if (!self->scroll_pending)
    return;
  row = _dt_timeline_chart_selected_row (self);
  self->scroll_pending = FALSE;
  if (row >= 0)
    scroll_to_row (self, row);
}

/* What a screen reader says of the chosen bar. */
static void
describe_row (DtTimelineChart *self,
              guint            index)
{
  const DtTimelineRow *row = dt_timeline_layout_get_row (self->layout, index);
  const DtTimelineItem *item = dt_timeline_layout_get_item (self->layout, row->item);
  g_autofree char *description = NULL;

  description = g_strdup_printf ("%s%s%s — %s — %s",
                                 item->ordinal ? item->ordinal : "",
                                 item->ordinal && item->ordinal[0] ? ". " : "",
                                 item->text ? item->text : "",
                                 item->unit ? item->unit : "",
                                 dt_status_to_string (item->status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* Chosen here or in the list: the bar is shown and drawn selected. */
void
_dt_timeline_chart_on_selection_changed (DtTimelineChart   *self,
                                         guint              position,
                                         guint              n_items,
                                         GtkSelectionModel *model)
{
  int row = _dt_timeline_chart_selected_row (self);

  if (row >= 0)
    describe_row (self, row);
  /* Chosen in the list while the chart is hidden, or not laid out at its
   * size yet: scrolled to once it has its size. */
  self->scroll_pending = TRUE;
  if (row >= 0 && gtk_widget_get_mapped (GTK_WIDGET (self)) && self->allocated)
    _dt_timeline_chart_scroll_to_selected (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _dt_timeline_chart_notify (self, PROP_SELECTED_ID);
}

void
dt_timeline_chart_select_id (DtTimelineChart *self,
                             gint64           id)
{
  DtTimelineLayout *layout;
  guint row;

  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (self->model == NULL || id == dt_timeline_chart_get_selected_id (self))
    return;

  layout = dt_timeline_chart_get_layout (self);
  if (id != 0 && layout != NULL && dt_timeline_layout_find_item_row (layout, id, &row))
    _dt_timeline_chart_select_row (self, row);
  else
    gtk_selection_model_unselect_all (self->model);
}

gint64
dt_timeline_chart_get_selected_id (DtTimelineChart *self)
{
  guint position;
  g_autoptr(DtDirective) directive = NULL;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), 0);

  position = dt_timeline_chart_get_selected_position (self);
  if (position != GTK_INVALID_LIST_POSITION)
    directive = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  return directive != NULL ? dt_directive_get_id (directive) : 0;
}

/* Activation ----------------------------------------------------------------- */

void
_dt_timeline_chart_activate_selected (DtTimelineChart *self)
{
  guint position = dt_timeline_chart_get_selected_position (self);
  g_autoptr(DtDirective) directive = NULL;

  if (position != GTK_INVALID_LIST_POSITION)
    directive = g_list_model_get_item (G_LIST_MODEL (self->model), position);
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

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), FALSE);

  if (!dt_timeline_chart_hit_test (self, x, y, &hit) || hit.item < 0)
    return FALSE;

  _dt_timeline_chart_select_row (self, hit.row);
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

