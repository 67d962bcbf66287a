/* dt-timeline-chart.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the layout of the directives of a list through the one renderer,
 * dt_timeline_render_selected (); the unit column and the scale header stay
 * put while the chart scrolls (the viewport does that).  The layout is made
 * once per change of data, scale, grouping or zoom and kept: snapshot only
 * draws it, hit-testing uses the same geometry.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-timeline-chart-private.h"
#include "dt-timeline-item.h"
#include "dt-timeline-preset.h"
#include "dt-timeline-render.h"
#include "dt-timeline-style.h"

enum {
  PROP_0,
  PROP_SCALE,
  PROP_GROUP,
  PROP_PX_PER_DAY,
  PROP_SELECTED_ID,
  PROP_AS_OF,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  ACTIVATE_DIRECTIVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (DtTimelineChart, dt_timeline_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Geometry ----------------------------------------------------------------- */

static void
get_viewport (DtTimelineChart    *self,
              DtTimelineViewport *viewport)
{
  viewport->x = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  viewport->y = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  viewport->width = gtk_widget_get_width (GTK_WIDGET (self));
  viewport->height = gtk_widget_get_height (GTK_WIDGET (self));
}

static double
label_width (DtTimelineChart *self)
{
  return self->layout ? dt_timeline_layout_get_options (self->layout)->label_width : 0;
}

/* The unit column for a chart width: narrower on a phone, so that bars keep
 * most of the width (labels are ellipsized; the tooltip and detail have
 * the whole text). */
#define NARROW_LABEL_WIDTH 120

static double
label_width_for (int width)
{
  DtTimelineOptions defaults;

  dt_timeline_options_init (&defaults);
  if (width <= 0)
    return defaults.label_width;
  return MIN (defaults.label_width, MAX (NARROW_LABEL_WIDTH, floor (width * 0.4)));
}

double
_dt_timeline_chart_header_height (DtTimelineChart *self)
{
  return self->layout ? dt_timeline_layout_get_options (self->layout)->header_height : 0;
}

double
_dt_timeline_chart_body_width (DtTimelineChart *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - label_width (self));
}

static double
body_height (DtTimelineChart *self)
{
  return MAX (1.0, gtk_widget_get_height (GTK_WIDGET (self)) - _dt_timeline_chart_header_height (self));
}

static void
configure_adjustments (DtTimelineChart *self)
{
  double content_w = 0, content_h = 0;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL)
    {
      content_w = dt_timeline_layout_get_content_width (self->layout) + label_width (self);
      content_h = dt_timeline_layout_get_content_height (self->layout)
                  + _dt_timeline_chart_header_height (self);
    }

  if (self->hadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (self->hadjustment);
      double upper = MAX (content_w, width);

      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (value, 0, MAX (0, upper - width)),
                                0, upper,
                                width * 0.1, width * 0.9, width);
    }
  if (self->vadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);
      double upper = MAX (content_h, height);
      double row = self->layout ? dt_timeline_layout_get_options (self->layout)->row_height : 20;

      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (value, 0, MAX (0, upper - height)),
                                0, upper,
                                row * 3, height * 0.9, height);
    }
}

void
_dt_timeline_chart_set_hvalue (DtTimelineChart *self,
                               double           value)
{
  if (self->hadjustment == NULL)
    return;
  value = CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (self->hadjustment)
                                   - gtk_adjustment_get_page_size (self->hadjustment)));
  gtk_adjustment_set_value (self->hadjustment, value);
}

static void
set_vvalue (DtTimelineChart *self,
            double           value)
{
  if (self->vadjustment == NULL)
    return;
  value = CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (self->vadjustment)
                                   - gtk_adjustment_get_page_size (self->vadjustment)));
  gtk_adjustment_set_value (self->vadjustment, value);
}

/* Layout -------------------------------------------------------------------- */

static void
load_item_text (DtTimelineItem *item,
                gpointer        store)
{
  dt_timeline_item_load_text (item, store);
}

/* The application's list gives brief items: their text is read when their
 * row is first shown. */
static DtTimelineLayout *
new_layout (DtTimelineChart         *self,
            const DtTimelineOptions *options)
{
  DtTimelineLayout *layout = dt_timeline_layout_new (self->items, options);

  if (DT_IS_DIRECTIVE_LIST (self->model))
    dt_timeline_layout_set_text_func (layout, load_item_text,
                                      g_object_ref (dt_directive_list_get_store (DT_DIRECTIVE_LIST (self->model))),
                                      g_object_unref);
  return layout;
}

static void
relayout (DtTimelineChart *self)
{
  DtTimelineOptions options;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  g_clear_pointer (&self->layout, dt_timeline_layout_unref);
  self->laid_out_width = width;
  if (self->items != NULL)
    {
      dt_timeline_chart_get_options (self, &options);
      self->layout = new_layout (self, &options);
      self->data_from = dt_timeline_layout_get_from (self->layout);
      self->data_to = dt_timeline_layout_get_to (self->layout);

      /* A short range goes on to the right edge rather than stop halfway
       * across an empty chart (open-ended bars run to the edge too). */
      if (width > options.label_width
          && dt_timeline_layout_get_content_width (self->layout) < width - options.label_width)
        {
          double px = dt_timeline_layout_get_px_per_day (self->layout);

          options.from = self->data_from;
          options.to = self->data_from + (DtDate) ((width - options.label_width) / px);
          g_clear_pointer (&self->layout, dt_timeline_layout_unref);
          self->layout = new_layout (self, &options);
        }
    }

  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
reload_items (DtTimelineChart *self)
{
  self->items_stale = FALSE;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  /* A hundred thousand directives: their dates and names only, not their
   * text, read in a fraction of the time and memory */
  if (DT_IS_DIRECTIVE_LIST (self->model))
    self->items = dt_timeline_items_from_list_brief (DT_DIRECTIVE_LIST (self->model));
  else if (self->model != NULL)
    self->items = dt_timeline_items_from_model (self->model);
  if (self->items != NULL && self->as_of != DT_DATE_NONE)
    dt_timeline_items_set_as_of (self->items, self->as_of);
  if (self->items != NULL && self->due_days > 0)
    dt_timeline_items_keep_due (self->items, self->as_of, self->due_days);

  relayout (self);

  if (self->selected_id != 0
      && (self->layout == NULL
          || !dt_timeline_layout_find_item_row (self->layout, self->selected_id, NULL)))
    {
      self->selected_id = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
}

static void
on_items_changed (DtTimelineChart *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  /* Copying thousands of directives costs; while the list page is shown,
   * the timeline catches up when it is shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->items_stale = TRUE;
      return;
    }
  reload_items (self);
}

static void
dt_timeline_chart_map (GtkWidget *widget)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  GTK_WIDGET_CLASS (dt_timeline_chart_parent_class)->map (widget);

  if (self->items_stale)
    reload_items (self);
}

/* The scale whose default zoom is nearest (on a log scale) to px_per_day. */
static DtTimelineScale
scale_for_zoom (double px_per_day)
{
  DtTimelineScale best = DT_TIMELINE_SCALE_MONTH;
  double best_distance = G_MAXDOUBLE;

  for (int s = DT_TIMELINE_SCALE_WEEK; s <= DT_TIMELINE_SCALE_YEAR; s++)
    {
      double d = fabs (log (px_per_day / dt_timeline_scale_default_px_per_day (s)));

      if (d < best_distance)
        {
          best_distance = d;
          best = s;
        }
    }
  return best;
}

/* Sets the zoom (and the scale that follows it) keeping the day at widget x
 * where it is. */
void
_dt_timeline_chart_set_zoom (DtTimelineChart *self,
                             double           px_per_day,
                             double           x)
{
  DtTimelineScale scale;
  double day = 0, old_x = 0;
  gboolean anchored = self->layout != NULL;

  px_per_day = CLAMP (px_per_day, DT_TIMELINE_CHART_MIN_PX_PER_DAY, DT_TIMELINE_CHART_MAX_PX_PER_DAY);
  if (px_per_day == self->px_per_day)
    return;

  if (anchored)
    {
      double lw = label_width (self);

      if (x < lw)
        x = lw + _dt_timeline_chart_body_width (self) / 2;
      old_x = x - lw;
      day = dt_timeline_layout_get_from (self->layout)
            + (gtk_adjustment_get_value (self->hadjustment) + old_x)
              / dt_timeline_layout_get_px_per_day (self->layout);
    }

  self->px_per_day = px_per_day;
  scale = scale_for_zoom (px_per_day);
  if (scale != self->scale)
    {
      self->scale = scale;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
    }
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PX_PER_DAY]);

  if (anchored && self->layout != NULL)
    _dt_timeline_chart_set_hvalue (self, (day - dt_timeline_layout_get_from (self->layout))
                                         * dt_timeline_layout_get_px_per_day (self->layout) - old_x);
}

/* Style --------------------------------------------------------------------- */

static void
copy_rgba (DtTimelineColor *to,
           const GdkRGBA   *from,
           float            alpha)
{
  to->red = from->red;
  to->green = from->green;
  to->blue = from->blue;
  to->alpha = alpha;
}

static void
update_style (DtTimelineChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  g_autofree GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (manager);
  GdkRGBA fg;

  self->style = *dt_timeline_style_get (dark ? DT_TIMELINE_PALETTE_DARK : DT_TIMELINE_PALETTE_LIGHT);
  self->accent = *accent;
  copy_rgba (&self->style.selection, accent, dark ? 0.35 : 0.22);

  gtk_widget_get_color (GTK_WIDGET (self), &fg);
  copy_rgba (&self->style.foreground, &fg, 1.0);

  if (adw_style_manager_get_high_contrast (manager))
    {
      /* Everything the eye must read at full strength. */
      copy_rgba (&self->style.dim_foreground, &fg, 1.0);
      copy_rgba (&self->style.grid, &fg, 0.35);
      copy_rgba (&self->style.grid_major, &fg, 0.7);
      copy_rgba (&self->style.selection, accent, 0.45);
      self->style.use_patterns = TRUE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dt_timeline_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dt_timeline_chart_parent_class)->css_changed (widget, change);
  update_style (DT_TIMELINE_CHART (widget));
}

/* Drawing ------------------------------------------------------------------- */

static int
selected_row (DtTimelineChart *self)
{
  guint row;

  if (self->layout == NULL || self->selected_id == 0
      || !dt_timeline_layout_find_item_row (self->layout, self->selected_id, &row))
    return -1;
  return (int) row;
}

/* The bar (or milestone) of row in widget coordinates. */
gboolean
_dt_timeline_chart_row_mark_rect (DtTimelineChart       *self,
                                  guint                  index,
                                  graphene_rect_t       *rect)
{
  const DtTimelineRow *row = dt_timeline_layout_get_row (self->layout, index);
  DtTimelineViewport viewport;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, half = row->height * 0.35;

  get_viewport (self, &viewport);
  if (row->marks & DT_TIMELINE_MARK_BAR)
    {
      x0 = MIN (x0, row->bar_x0);
      x1 = MAX (x1, row->bar_x1);
    }
  if (row->marks & DT_TIMELINE_MARK_MILESTONE)
    {
      x0 = MIN (x0, row->milestone_x - half);
      x1 = MAX (x1, row->milestone_x + half);
    }
  if (row->marks & DT_TIMELINE_MARK_COMPLETED)
    {
      x0 = MIN (x0, row->completed_x - half);
      x1 = MAX (x1, row->completed_x + half);
    }
  if (x0 > x1)
    return FALSE;

  graphene_rect_init (rect,
                      label_width (self) + x0 - viewport.x - 3,
                      _dt_timeline_chart_header_height (self) + row->y - viewport.y + 2,
                      x1 - x0 + 6,
                      row->height - 4);
  return TRUE;
}

static void
dt_timeline_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);
  DtTimelineViewport viewport;
  int selected = selected_row (self);
  graphene_rect_t rect;
  cairo_t *cr;

  if (self->layout == NULL)
    return;

  get_viewport (self, &viewport);
  if (viewport.width <= 0 || viewport.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, viewport.width, viewport.height));
  dt_timeline_render_selected (cr, self->layout, &viewport, &self->style, selected);
  cairo_destroy (cr);

  /* The focus ring, on the selected directive's bar. */
  if (selected >= 0 && gtk_widget_has_focus (widget)
      && _dt_timeline_chart_row_mark_rect (self, selected, &rect))
    {
      GskRoundedRect outline;
      const float w = 2;
      GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };
      double lw = label_width (self), hh = _dt_timeline_chart_header_height (self);

      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (lw, hh, viewport.width - lw, viewport.height - hh));
      gsk_rounded_rect_init_from_rect (&outline, &rect, 4);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { w, w, w, w }, colors);
      gtk_snapshot_pop (snapshot);
    }
}

static void
dt_timeline_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = self->layout ? (int) (label_width (self) + dt_timeline_layout_get_content_width (self->layout)) : 200;
    }
  else
    {
      *minimum = 120;
      *natural = self->layout ? (int) (_dt_timeline_chart_header_height (self)
                                       + dt_timeline_layout_get_content_height (self->layout))
                              : 120;
    }
  *natural = MAX (*minimum, *natural);
}

static void
dt_timeline_chart_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  /* The layout fills the width: made again when the width changes, unless
   * the data is wider than any width. */
  if (width != self->laid_out_width && self->layout != NULL
      && (self->data_from != dt_timeline_layout_get_from (self->layout)
          || self->data_to != dt_timeline_layout_get_to (self->layout)
          || dt_timeline_layout_get_content_width (self->layout) < width - label_width (self)
          || label_width_for (width) != label_width (self)))
    relayout (self);
  else
    configure_adjustments (self);

  /* Opens on today, as an office looks at it: what is due now. */
  if (!self->shown_today && self->layout != NULL && width > label_width (self))
    {
      self->shown_today = TRUE;
      dt_timeline_chart_scroll_to_today (self);
    }
}

/* Selection and activation ----------------------------------------------- */

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
  double page = body_height (self);
  double left = gtk_adjustment_get_value (self->hadjustment);
  double width = _dt_timeline_chart_body_width (self);
  double gh = dt_timeline_layout_get_options (self->layout)->group_height;

  /* Below the group name that stays at the top. */
  if (row->y - gh < top)
    set_vvalue (self, row->y - gh);
  else if (row->y + row->height > top + page)
    set_vvalue (self, row->y + row->height - page);

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
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
    g_signal_emit (self, signals[ACTIVATE_DIRECTIVE], 0, directive);
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
  get_viewport (self, &viewport);
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

/* Public ------------------------------------------------------------------- */

GtkWidget *
dt_timeline_chart_new (void)
{
  return g_object_new (DT_TYPE_TIMELINE_CHART, NULL);
}

void
dt_timeline_chart_set_model (DtTimelineChart *self,
                             GListModel      *model)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);

  /* Hidden (the window starts on the list): copying every directive waits
   * until the chart is shown, as for a change of the model's items. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_pointer (&self->items, g_ptr_array_unref);
      g_clear_pointer (&self->layout, dt_timeline_layout_unref);
      self->items_stale = TRUE;
      return;
    }
  reload_items (self);
}

GListModel *
dt_timeline_chart_get_model (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), NULL);
  return self->model;
}

DtTimelineScale
dt_timeline_chart_get_scale (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), DT_TIMELINE_SCALE_MONTH);
  return self->scale;
}

void
dt_timeline_chart_set_scale (DtTimelineChart *self,
                             DtTimelineScale  scale)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (scale == self->scale)
    return;

  /* The named scale's own zoom: _dt_timeline_chart_set_zoom () picks this scale back. */
  _dt_timeline_chart_set_zoom (self, dt_timeline_scale_default_px_per_day (scale), -1);
  if (self->scale != scale)
    {
      self->scale = scale;
      relayout (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
    }
}

DtTimelineGroup
dt_timeline_chart_get_group (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), DT_TIMELINE_GROUP_UNIT);
  return self->group;
}

void
dt_timeline_chart_set_group (DtTimelineChart *self,
                             DtTimelineGroup  group)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (group == self->group)
    return;

  self->group = group;
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

double
dt_timeline_chart_get_px_per_day (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), 0);
  return self->px_per_day;
}

void
dt_timeline_chart_zoom (DtTimelineChart *self,
                        double           factor,
                        double           x)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));
  g_return_if_fail (factor > 0);

  _dt_timeline_chart_set_zoom (self, self->px_per_day * factor, x);
}

void
dt_timeline_chart_scroll_to_today (DtTimelineChart *self)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (self->layout == NULL)
    return;

  /* A third of the way in: some past for context, more future. */
  _dt_timeline_chart_set_hvalue (self,
                                 dt_timeline_layout_date_to_x (self->layout,
                                                               dt_timeline_layout_get_today (self->layout))
                                 - _dt_timeline_chart_body_width (self) / 3);
}

void
dt_timeline_chart_fit (DtTimelineChart *self)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  /* Twice: the range snaps to whole units of the scale the zoom picks. */
  for (int i = 0; i < 2 && self->layout != NULL; i++)
    {
      double days = self->data_to - self->data_from + 1;

      _dt_timeline_chart_set_zoom (self, _dt_timeline_chart_body_width (self) / MAX (1.0, days), -1);
    }
  _dt_timeline_chart_set_hvalue (self, 0);
}

DtTimelineLayout *
dt_timeline_chart_get_layout (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), NULL);

  /* hidden since the model changed: asked for, the layout catches up */
  if (self->items_stale)
    reload_items (self);
  return self->layout;
}

void
dt_timeline_chart_get_options (DtTimelineChart   *self,
                               DtTimelineOptions *options)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  dt_timeline_options_init (options);
  options->scale = self->scale;
  options->group = self->group;
  options->px_per_day = self->px_per_day;
  options->today = self->as_of;
  options->label_width = label_width_for (gtk_widget_get_width (GTK_WIDGET (self)));
}

guint
dt_timeline_chart_get_due_days (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), 0);
  return self->due_days;
}

void
dt_timeline_chart_set_due_days (DtTimelineChart *self,
                                guint            days)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (days == self->due_days)
    return;

  self->due_days = days;
  reload_items (self);
}

DtDate
dt_timeline_chart_get_as_of (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), DT_DATE_NONE);
  return self->as_of;
}

void
dt_timeline_chart_set_as_of (DtTimelineChart *self,
                             DtDate           as_of)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (as_of == self->as_of)
    return;

  self->as_of = as_of;
  reload_items (self);
  dt_timeline_chart_scroll_to_today (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

/* GObject ------------------------------------------------------------------- */

static void
set_adjustment (DtTimelineChart  *self,
                GtkAdjustment   **slot,
                GtkAdjustment    *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
  configure_adjustments (self);
}

static void
dt_timeline_chart_dispose (GObject *object)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->layout, dt_timeline_layout_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (dt_timeline_chart_parent_class)->dispose (object);
}

static void
dt_timeline_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_string (value, dt_timeline_scale_to_id (self->scale));
      break;
    case PROP_GROUP:
      g_value_set_string (value, dt_timeline_group_to_id (self->group));
      break;
    case PROP_PX_PER_DAY:
      g_value_set_double (value, self->px_per_day);
      break;
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_timeline_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      {
        DtTimelineScale scale;

        if (dt_timeline_scale_from_id (g_value_get_string (value), &scale))
          dt_timeline_chart_set_scale (self, scale);
      }
      break;
    case PROP_GROUP:
      {
        DtTimelineGroup group;

        if (dt_timeline_group_from_id (g_value_get_string (value), &group))
          dt_timeline_chart_set_group (self, group);
      }
      break;
    case PROP_PX_PER_DAY:
      _dt_timeline_chart_set_zoom (self, g_value_get_double (value), -1);
      break;
    case PROP_SELECTED_ID:
      dt_timeline_chart_select_id (self, g_value_get_int64 (value));
      break;
    case PROP_AS_OF:
      dt_timeline_chart_set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_timeline_chart_class_init (DtTimelineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_timeline_chart_dispose;
  object_class->get_property = dt_timeline_chart_get_property;
  object_class->set_property = dt_timeline_chart_set_property;

  widget_class->snapshot = dt_timeline_chart_snapshot;
  widget_class->measure = dt_timeline_chart_measure;
  widget_class->size_allocate = dt_timeline_chart_size_allocate;
  widget_class->query_tooltip = _dt_timeline_chart_query_tooltip;
  widget_class->css_changed = dt_timeline_chart_css_changed;
  widget_class->map = dt_timeline_chart_map;

  /* "week", "month", "quarter", "year": ids, so GSettings binds to it */
  properties[PROP_SCALE] =
    g_param_spec_string ("scale", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, "unit",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PX_PER_DAY] =
    g_param_spec_double ("px-per-day", NULL, NULL,
                         DT_TIMELINE_CHART_MIN_PX_PER_DAY, DT_TIMELINE_CHART_MAX_PX_PER_DAY, 4.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* a DtDate, 0 for today */
  properties[PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * DtTimelineChart::activate-directive:
   * @directive: the DtDirective clicked, or chosen with Enter
   */
  signals[ACTIVATE_DIRECTIVE] =
    g_signal_new ("activate-directive",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DT_TYPE_DIRECTIVE);

  _dt_timeline_chart_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dt_timeline_chart_init (DtTimelineChart *self)
{
  self->scale = DT_TIMELINE_SCALE_MONTH;
  self->group = DT_TIMELINE_GROUP_UNIT;
  self->px_per_day = dt_timeline_scale_default_px_per_day (self->scale);
  self->pointer_x = -1;

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _dt_timeline_chart_init_input (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of the directives"),
                                  -1);

  update_style (self);
}
