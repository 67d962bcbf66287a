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
 *
 * This file holds the model, the layout and the GObject; the geometry and
 * drawing are dt-timeline-chart-draw.c, the zoom and scale
 * dt-timeline-chart-scale.c, the selection dt-timeline-chart-select.c.
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
  ACTIVATE_DIRECTIVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (DtTimelineChart, dt_timeline_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

void
_dt_timeline_chart_emit_activate (DtTimelineChart *self,
                                  DtDirective     *directive)
{
  g_signal_emit (self, signals[ACTIVATE_DIRECTIVE], 0, directive);
}

void
_dt_timeline_chart_notify (DtTimelineChart *self,
                           guint            prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Layout -------------------------------------------------------------------- */

static void
load_item_text (DtTimelineItem *item,
                gpointer        store)
{
  dt_timeline_item_load_text (item, store);
}

/* The application's list under the selection model, when its positions are
 * the model's (the window's list is shown through a selection over a
 * slice of it, whole after the first frame): its brief items are read
 * straight from it. */
static DtDirectiveList *
find_directive_list (DtTimelineChart *self)
{
  GListModel *model = G_LIST_MODEL (self->model);
  GListModel *under = model;

  while (under != NULL && !DT_IS_DIRECTIVE_LIST (under))
    {
      if (GTK_IS_SINGLE_SELECTION (under))
        under = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (under));
      else if (GTK_IS_SLICE_LIST_MODEL (under)
               && gtk_slice_list_model_get_offset (GTK_SLICE_LIST_MODEL (under)) == 0)
        under = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (under));
      else
        under = NULL;
    }
  if (under == NULL || g_list_model_get_n_items (under) != g_list_model_get_n_items (model))
    return NULL;
  return DT_DIRECTIVE_LIST (under);
}

/* The application's list gives brief items: their text is read when their
 * row is first shown. */
static DtTimelineLayout *
new_layout (DtTimelineChart         *self,
            const DtTimelineOptions *options)
{
  DtTimelineLayout *layout = dt_timeline_layout_new (self->items, options);
  DtDirectiveList *list = self->model != NULL ? find_directive_list (self) : NULL;

  if (list != NULL)
    dt_timeline_layout_set_text_func (layout, load_item_text,
                                      g_object_ref (dt_directive_list_get_store (list)),
                                      g_object_unref);
  return layout;
}

void
_dt_timeline_chart_relayout (DtTimelineChart *self)
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

  _dt_timeline_chart_configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
reload_items (DtTimelineChart *self)
{
  DtDirectiveList *list = self->model != NULL ? find_directive_list (self) : NULL;

  self->items_stale = FALSE;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_array_unref);
  /* A hundred thousand directives: their dates and names only, not their
   * text, read in a fraction of the time and memory */
  if (list != NULL)
    self->items = dt_timeline_items_from_list_brief (list);
  /* a row gone since the list's last query leaves no item, and the items
   * would no longer be the model's positions: read the model itself */
  if (self->items != NULL && self->items->len != g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    g_clear_pointer (&self->items, g_ptr_array_unref);
  if (self->items == NULL && self->model != NULL)
    self->items = dt_timeline_items_from_model (G_LIST_MODEL (self->model));
  if (self->items != NULL && self->as_of != DT_DATE_NONE)
    dt_timeline_items_set_as_of (self->items, self->as_of);
  if (self->items != NULL && self->due_days > 0)
    _dt_timeline_chart_keep_due (self);

  _dt_timeline_chart_relayout (self);
  /* the selected one may have moved to another row, or left the chart */
  _dt_timeline_chart_notify (self, PROP_SELECTED_ID);
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
dt_timeline_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dt_timeline_chart_parent_class)->css_changed (widget, change);
  _dt_timeline_chart_update_style (DT_TIMELINE_CHART (widget));
}

static void
dt_timeline_chart_map (GtkWidget *widget)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  GTK_WIDGET_CLASS (dt_timeline_chart_parent_class)->map (widget);

  if (self->items_stale)
    reload_items (self);
}

/* Public ------------------------------------------------------------------- */

GtkWidget *
dt_timeline_chart_new (void)
{
  return g_object_new (DT_TYPE_TIMELINE_CHART, NULL);
}

static void
disconnect_model (DtTimelineChart *self)
{
  if (self->model == NULL)
    return;
  g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_signal_handlers_disconnect_by_func (self->model, _dt_timeline_chart_on_selection_changed, self);
  g_clear_object (&self->model);
}

void
dt_timeline_chart_set_model (DtTimelineChart *self,
                             GListModel      *model)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (G_LIST_MODEL (self->model) == model && model != NULL)
    return;

  disconnect_model (self);
  if (GTK_IS_SELECTION_MODEL (model))
    self->model = g_object_ref (GTK_SELECTION_MODEL (model));
  else if (model != NULL)
    {
      /* a selection of its own: nothing else shows these directives */
      GtkSingleSelection *selection = gtk_single_selection_new (g_object_ref (model));

      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
      self->model = GTK_SELECTION_MODEL (selection);
    }
  if (self->model != NULL)
    {
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->model, "selection-changed",
                               G_CALLBACK (_dt_timeline_chart_on_selection_changed), self,
                               G_CONNECT_SWAPPED);
    }
  /* what the model has selected already is shown once the chart is sized */
  self->scroll_pending = TRUE;

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

GtkSelectionModel *
dt_timeline_chart_get_model (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), NULL);
  return self->model;
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
  _dt_timeline_chart_relayout (self);
  _dt_timeline_chart_notify (self, PROP_GROUP);
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
  options->label_width = _dt_timeline_chart_label_width_for (gtk_widget_get_width (GTK_WIDGET (self)));
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
  _dt_timeline_chart_notify (self, PROP_AS_OF);
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
  _dt_timeline_chart_configure_adjustments (self);
}

static void
dt_timeline_chart_dispose (GObject *object)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (object);

  disconnect_model (self);
  g_clear_pointer (&self->layout, dt_timeline_layout_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_array_unref);
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
      g_value_set_int64 (value, dt_timeline_chart_get_selected_id (self));
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

  widget_class->query_tooltip = _dt_timeline_chart_query_tooltip;
  widget_class->map = dt_timeline_chart_map;
  widget_class->css_changed = dt_timeline_chart_css_changed;

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

  _dt_timeline_chart_class_init_draw (widget_class);
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

  _dt_timeline_chart_update_style (self);
}
