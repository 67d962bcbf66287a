/* dt-timeline-view.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline page of the window: the scale and grouping (the window
 * binds the chart's to its settings), zoom, "Fit" and "Today" over a
 * DtTimelineChart in a scrolled window; the meeting's chart (what is
 * overdue or due in 30 days; the notice and unit are the window's
 * "meeting.scope").  At phone width the toolbar keeps the scale and Today,
 * and the rest goes into a menu.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-timeline-preset.h"
#include "dt-timeline-view.h"

#define ZOOM_STEP 1.25

struct _DtTimelineView
{
  GtkWidget          parent_instance;

  GListModel        *model;

  /* template children */
  AdwBreakpointBin  *breakpoint_bin;
  GtkBox            *toolbar;
  GtkMenuButton     *meeting_button;
  GtkMenuButton     *more_button;
  GtkDropDown       *scale_dropdown;
  GtkDropDown       *group_dropdown;
  AdwSplitButton    *today_button;
  GtkCalendar       *as_of_calendar;
  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  DtTimelineChart   *chart;
};

G_DEFINE_FINAL_TYPE (DtTimelineView, dt_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DUE_SOON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_empty (DtTimelineView *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "chart");
  double px = dt_timeline_chart_get_px_per_day (self->chart);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in",
                                 !empty && px < DT_TIMELINE_CHART_MAX_PX_PER_DAY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out",
                                 !empty && px > DT_TIMELINE_CHART_MIN_PX_PER_DAY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.fit", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.today", !empty);
}

static void
on_items_changed (DtTimelineView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  update_empty (self);
}

/* Dropdowns <-> chart ------------------------------------------------------ */

static void
on_chart_scale_changed (DtTimelineView  *self,
                        GParamSpec      *pspec,
                        DtTimelineChart *chart)
{
  guint scale = dt_timeline_chart_get_scale (chart);

  if (gtk_drop_down_get_selected (self->scale_dropdown) != scale)
    gtk_drop_down_set_selected (self->scale_dropdown, scale);
}

static void
on_scale_selected (DtTimelineView *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected <= DT_TIMELINE_SCALE_YEAR)
    dt_timeline_chart_set_scale (self->chart, selected);
}

static void
on_chart_group_changed (DtTimelineView  *self,
                        GParamSpec      *pspec,
                        DtTimelineChart *chart)
{
  guint group = dt_timeline_chart_get_group (chart);

  if (gtk_drop_down_get_selected (self->group_dropdown) != group)
    gtk_drop_down_set_selected (self->group_dropdown, group);
}

static void
on_group_selected (DtTimelineView *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected <= DT_TIMELINE_GROUP_STATUS)
    dt_timeline_chart_set_group (self->chart, selected);
}

/* Reporting date ------------------------------------------------------------ */

static void
on_chart_as_of_changed (DtTimelineView  *self,
                        GParamSpec      *pspec,
                        DtTimelineChart *chart)
{
  DtDate as_of = dt_timeline_chart_get_as_of (chart);
  int y, m, d;

  dt_date_get_ymd (as_of != DT_DATE_NONE ? as_of : dt_date_today (), &y, &m, &d);
  if (gtk_calendar_get_year (self->as_of_calendar) != y
      || gtk_calendar_get_month (self->as_of_calendar) != m - 1
      || gtk_calendar_get_day (self->as_of_calendar) != d)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (y, m, d, 12, 0, 0);

      gtk_calendar_set_date (self->as_of_calendar, when);
    }

  /* The button scrolls to the today line, wherever the reporting date put it. */
  if (as_of == DT_DATE_NONE)
    {
      adw_split_button_set_label (self->today_button, _("_Today"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->today_button), "accent");
    }
  else
    {
      g_autofree char *date = dt_date_format (as_of);
      /* Translators: the reporting date chosen for the timeline, dd/mm/yyyy */
      g_autofree char *label = g_strdup_printf (_("As of %s"), date);

      adw_split_button_set_label (self->today_button, label);
      gtk_widget_add_css_class (GTK_WIDGET (self->today_button), "accent");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.as-of-today", as_of != DT_DATE_NONE);
}

static void
on_as_of_day_selected (DtTimelineView *self,
                       GtkCalendar    *calendar)
{
  DtDate picked = dt_date_new (gtk_calendar_get_year (calendar),
                               gtk_calendar_get_month (calendar) + 1,
                               gtk_calendar_get_day (calendar));

  dt_timeline_chart_set_as_of (self->chart, picked == dt_date_today () ? DT_DATE_NONE : picked);
}

/* The meeting's chart --------------------------------------------------------- */

gboolean
dt_timeline_view_get_due_soon (DtTimelineView *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_VIEW (self), FALSE);
  /* (the property action asks once more as the template goes) */
  return self->chart != NULL && dt_timeline_chart_get_due_days (self->chart) > 0;
}

void
dt_timeline_view_set_due_soon (DtTimelineView *self,
                               gboolean        due_soon)
{
  g_return_if_fail (DT_IS_TIMELINE_VIEW (self));

  due_soon = !!due_soon;
  if (due_soon == dt_timeline_view_get_due_soon (self))
    return;

  dt_timeline_chart_set_due_days (self->chart, due_soon ? DT_TIMELINE_DUE_DAYS_DEFAULT : 0);
  /* the chart is not all the list shows: said on whichever menu is shown */
  if (due_soon)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->meeting_button), "accent");
      gtk_widget_add_css_class (GTK_WIDGET (self->more_button), "accent");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->meeting_button), "accent");
      gtk_widget_remove_css_class (GTK_WIDGET (self->more_button), "accent");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_SOON]);
}

/* Actions ------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  dt_timeline_chart_zoom (DT_TIMELINE_VIEW (widget)->chart, ZOOM_STEP, -1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  dt_timeline_chart_zoom (DT_TIMELINE_VIEW (widget)->chart, 1 / ZOOM_STEP, -1);
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  dt_timeline_chart_fit (DT_TIMELINE_VIEW (widget)->chart);
}

static void
as_of_today_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DtTimelineView *self = DT_TIMELINE_VIEW (widget);

  dt_timeline_chart_set_as_of (self->chart, DT_DATE_NONE);
  adw_split_button_popdown (self->today_button);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  dt_timeline_chart_scroll_to_today (DT_TIMELINE_VIEW (widget)->chart);
}

/* Public -------------------------------------------------------------------- */

GtkWidget *
dt_timeline_view_new (void)
{
  return g_object_new (DT_TYPE_TIMELINE_VIEW, NULL);
}

void
dt_timeline_view_set_model (DtTimelineView *self,
                            GListModel     *model)
{
  g_return_if_fail (DT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);

  dt_timeline_chart_set_model (self->chart, model);
  update_empty (self);
}

DtTimelineChart *
dt_timeline_view_get_chart (DtTimelineView *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_VIEW (self), NULL);
  return self->chart;
}

/* GObject ------------------------------------------------------------------- */

static void
dt_timeline_view_dispose (GObject *object)
{
  DtTimelineView *self = DT_TIMELINE_VIEW (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);

  /* The "view.group" action holds the chart: let go of it first, so that
   * the chart goes with the template, not after it (its last reference
   * would otherwise be dropped with the action group, once the template's
   * widgets are freed, and a weak pointer to it from one of them was
   * written into freed memory: valgrind, gui-window-selection). */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_TIMELINE_VIEW);

  G_OBJECT_CLASS (dt_timeline_view_parent_class)->dispose (object);
}

static void
dt_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DtTimelineView *self = DT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DUE_SOON:
      g_value_set_boolean (value, dt_timeline_view_get_due_soon (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DtTimelineView *self = DT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DUE_SOON:
      dt_timeline_view_set_due_soon (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
dt_timeline_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DT_TIMELINE_VIEW (widget)->chart));
}

static void
dt_timeline_view_class_init (DtTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_timeline_view_dispose;
  object_class->get_property = dt_timeline_view_get_property;
  object_class->set_property = dt_timeline_view_set_property;
  widget_class->grab_focus = dt_timeline_view_grab_focus;

  /* Only what is overdue on the reporting date or due in the 30 days after. */
  properties[PROP_DUE_SOON] =
    g_param_spec_boolean ("due-soon", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DT_TYPE_TIMELINE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/chidao/Directives/ui/dt-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, breakpoint_bin);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, meeting_button);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, more_button);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, today_button);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, as_of_calendar);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, DtTimelineView, chart);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "timeline.as-of-today", NULL, as_of_today_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.due-soon", "due-soon");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "timeline.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.today", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline-view");
}

static void
dt_timeline_view_init (DtTimelineView *self)
{
  g_autoptr(GSimpleActionGroup) chart_actions = g_simple_action_group_new ();
  g_autoptr(GAction) group_action = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* the grouping as a radio for the phone-width menu */
  group_action = G_ACTION (g_property_action_new ("group", self->chart, "group"));
  g_action_map_add_action (G_ACTION_MAP (chart_actions), group_action);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (chart_actions));

  gtk_drop_down_set_selected (self->scale_dropdown, dt_timeline_chart_get_scale (self->chart));
  gtk_drop_down_set_selected (self->group_dropdown, dt_timeline_chart_get_group (self->chart));

  g_signal_connect_object (self->chart, "notify::scale",
                           G_CALLBACK (on_chart_scale_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart, "notify::group",
                           G_CALLBACK (on_chart_group_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart, "notify::px-per-day",
                           G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart, "notify::as-of",
                           G_CALLBACK (on_chart_as_of_changed), self, G_CONNECT_SWAPPED);
  on_chart_as_of_changed (self, NULL, self->chart);
  g_signal_connect_object (self->as_of_calendar, "day-selected",
                           G_CALLBACK (on_as_of_day_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scale_dropdown, "notify::selected",
                           G_CALLBACK (on_scale_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->group_dropdown, "notify::selected",
                           G_CALLBACK (on_group_selected), self, G_CONNECT_SWAPPED);

  update_empty (self);
}
