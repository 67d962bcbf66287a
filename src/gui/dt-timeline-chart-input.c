/* dt-timeline-chart-input.c — the chart's pointer, keyboard and zoom input
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A click chooses and opens a bar; Up and Down choose, Left and Right
 * scroll, Enter opens; Ctrl+scroll and pinching zoom about the pointer.
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-chart-private.h"

/* Click --------------------------------------------------------------------- */

static void
on_click_pressed (DtTimelineChart *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (dt_timeline_chart_click (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Keyboard ------------------------------------------------------------------ */

static void
move_selection (DtTimelineChart *self,
                int              direction)
{
  guint n_rows;
  int index;

  if (self->layout == NULL)
    return;

  n_rows = dt_timeline_layout_get_n_rows (self->layout);
  index = _dt_timeline_chart_selected_row (self);
  if (index >= 0)
    index += direction;
  else
    index = direction > 0 ? 0 : (int) n_rows - 1;

  for (; index >= 0 && index < (int) n_rows; index += direction)
    {
      if (dt_timeline_layout_get_row_item (self->layout, index) >= 0)
        {
          _dt_timeline_chart_select_row (self, index);
          return;
        }
    }
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  move_selection (DT_TIMELINE_CHART (widget), -1);
}

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  move_selection (DT_TIMELINE_CHART (widget), 1);
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  _dt_timeline_chart_set_hvalue (self,
                                 gtk_adjustment_get_value (self->hadjustment)
                                 + g_variant_get_int32 (param) * _dt_timeline_chart_body_width (self) / 4);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  _dt_timeline_chart_activate_selected (DT_TIMELINE_CHART (widget));
}

/* Zoom by scrolling and pinching ------------------------------------------- */

static gboolean
on_scroll (DtTimelineChart          *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK))
    return GDK_EVENT_PROPAGATE;

  /* Smooth: a notch of the wheel is 10 %, a touchpad's small deltas less. */
  dt_timeline_chart_zoom (self, pow (1.1, -dy), self->pointer_x);
  return GDK_EVENT_STOP;
}

static void
on_motion (DtTimelineChart          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
}

static void
on_leave (DtTimelineChart          *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_x = -1;
}

static void
on_zoom_begin (DtTimelineChart *self,
               GdkEventSequence *sequence,
               GtkGesture      *gesture)
{
  self->zoom_start_px = self->px_per_day;
}

static void
on_zoom_scale_changed (DtTimelineChart *self,
                       double           scale,
                       GtkGestureZoom  *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = -1;
  _dt_timeline_chart_set_zoom (self, self->zoom_start_px * scale, x);
}

/* Setup --------------------------------------------------------------------- */

void
_dt_timeline_chart_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.select-previous", NULL, select_previous_action);
  gtk_widget_class_install_action (widget_class, "chart.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "chart.scroll", "i", scroll_action);
  gtk_widget_class_install_action (widget_class, "chart.activate", NULL, activate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "chart.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "chart.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.scroll", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "chart.scroll", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.scroll", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "chart.scroll", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "chart.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.activate", NULL);
}

void
_dt_timeline_chart_init_input (DtTimelineChart *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_click_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  /* Before the scrolled window sees the wheel: Ctrl+scroll zooms. */
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (on_zoom_begin), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}
