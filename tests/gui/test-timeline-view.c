/* test-timeline-view.c — the timeline page in the real window: following the
 * list, zoom, today, the reporting date, mouse and keyboard, phone width
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive-detail.h"
#include "dt-status.h"
#include "dt-timeline-view.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "timeline-fixture.h"

/* The timeline shows what the list shows, and follows its filters. */
static void
test_follows_list (Fixture       *f,
                   gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (f));

  g_assert_cmpuint (all, >, 10);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==, all);

  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  gui_test_search (gui_window_search_entry (f->window), "Công an");

  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), <, all);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), >, 0);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==,
                    g_list_model_get_n_items (shown (f)));

  /* Changed while the list page is shown: the timeline catches up when shown. */
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "list");
  gui_test_wait_idle ();
  gui_test_search (gui_window_search_entry (f->window), "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, all);
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  gui_test_wait_idle ();
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==, all);
}

/* Zoom in: more pixels a day, and past the month's range the scale turns to
 * weeks (remembered); zoom out far enough and it is years. */
static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  double px = dt_timeline_chart_get_px_per_day (f->chart);
  double width = dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart));

  g_assert_nonnull (settings);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_MONTH);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), >, px);
  g_assert_cmpfloat (dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart)), >, width);

  for (int i = 0; i < 8; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_WEEK);
  g_assert_cmpstr (g_settings_get_string (settings, "timeline-scale"), ==, "week");

  for (int i = 0; i < 30; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_YEAR);
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), <, px);

  /* Choosing a scale gives it its own zoom. */
  dt_timeline_chart_set_scale (f->chart, DT_TIMELINE_SCALE_QUARTER);
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), ==,
                     dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_QUARTER));

  /* Fit: the whole range in the width of the chart. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.fit", NULL);
  gui_test_wait_idle ();
  g_assert_cmpfloat (dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart)), <=,
                     gtk_widget_get_width (GTK_WIDGET (f->chart)));
}

/* Deadlines two years before today: the chart reaches today in every
 * scale, and Today (Ctrl+T) brings the today line into view. */
static void
test_today_in_every_scale (Fixture       *f,
                           gconstpointer  data)
{
  DtTimelineScale scales[] = { DT_TIMELINE_SCALE_WEEK, DT_TIMELINE_SCALE_MONTH,
                               DT_TIMELINE_SCALE_QUARTER, DT_TIMELINE_SCALE_YEAR };
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->chart));
  DtDate today = dt_date_new (2026, 12, 4);

  g_setenv ("DT_TODAY", "2026-12-04", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      DtTimelineLayout *layout;
      double x;

      dt_timeline_chart_set_scale (f->chart, scales[i]);
      gui_test_wait_idle ();
      gtk_adjustment_set_value (hadj, 0);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.today", NULL));
      gui_test_wait_idle ();

      layout = dt_timeline_chart_get_layout (f->chart);
      g_assert_cmpuint (dt_timeline_layout_get_today (layout), ==, today);
      g_assert_cmpuint (dt_timeline_layout_get_to (layout), >=, today);
      x = dt_timeline_layout_date_to_x (layout, today);
      g_assert_cmpfloat (x, >=, gtk_adjustment_get_value (hadj));
      g_assert_cmpfloat (x, <, gtk_adjustment_get_value (hadj) + gtk_adjustment_get_page_size (hadj));
    }
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
}

static AdwSplitButton *
find_split_button_labelled (GtkWidget  *widget,
                            const char *label)
{
  if (ADW_IS_SPLIT_BUTTON (widget)
      && g_strcmp0 (adw_split_button_get_label (ADW_SPLIT_BUTTON (widget)), label) == 0)
    return ADW_SPLIT_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwSplitButton *found = find_split_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A reporting date for a meeting: the today line moves to it, directives
 * take their status on that day, the toolbar says so, and "Use Today" goes
 * back. */
static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  DtTimelineLayout *layout;
  DtDate as_of = dt_date_new (2024, 1, 26);   /* the day after the meeting */
  guint overdue_today = 0, overdue_then = 0;

  layout = dt_timeline_chart_get_layout (f->chart);
  for (guint i = 0; i < dt_timeline_layout_get_n_items (layout); i++)
    overdue_today += dt_timeline_layout_get_item (layout, i)->status == DT_STATUS_OVERDUE;
  g_assert_cmpuint (overdue_today, >, 0);   /* 15/03/2024: some deadlines passed */

  dt_timeline_chart_set_as_of (f->chart, as_of);
  gui_test_wait_idle ();
  layout = dt_timeline_chart_get_layout (f->chart);
  g_assert_cmpuint (dt_timeline_layout_get_today (layout), ==, as_of);
  for (guint i = 0; i < dt_timeline_layout_get_n_items (layout); i++)
    overdue_then += dt_timeline_layout_get_item (layout, i)->status == DT_STATUS_OVERDUE;
  g_assert_cmpuint (overdue_then, <, overdue_today);

  /* Today scrolls to the reporting date's line, and says which it is. */
  g_assert_nonnull (find_split_button_labelled (GTK_WIDGET (f->view), "As of 26/01/2024"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.as-of-today", NULL));
  g_assert_cmpuint (dt_timeline_chart_get_as_of (f->chart), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_timeline_layout_get_today (dt_timeline_chart_get_layout (f->chart)), ==, dt_date_today ());
  g_assert_nonnull (find_split_button_labelled (GTK_WIDGET (f->view), "_Today"));
}

static gboolean
on_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A click on a directive's bar selects it in the list and opens its detail. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  guint n = g_list_model_get_n_items (shown (f));
  DtTimelineHit hit;
  gint64 id = 0;
  double x, y;
  guint ticker = g_timeout_add (10, on_tick, NULL);

  /* A directive with a deadline, somewhere down the list. */
  for (guint i = n / 2; i < n && id == 0; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (shown (f), i);

      if (dt_directive_get_deadline (d) != 0)
        id = dt_directive_get_id (d);
    }
  g_assert_cmpint (id, !=, 0);

  /* Bring it into view, then clear the selection. */
  dt_timeline_chart_select_id (f->chart, id);
  dt_timeline_chart_select_id (f->chart, 0);
  gui_test_wait_idle ();

  g_assert_true (dt_timeline_chart_get_bar_point (f->chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_hit_test (f->chart, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_BAR);
  g_assert_cmpint (dt_timeline_layout_get_item (dt_timeline_chart_get_layout (f->chart), hit.item)->id, ==, id);

  /* Hovering shows what it is. */
  {
    g_autoptr(DtDirective) d = NULL;
    g_autofree char *markup = dt_timeline_chart_dup_tooltip_markup (f->chart, x, y, NULL);

    for (guint i = 0; i < n && d == NULL; i++)
      {
        g_autoptr(DtDirective) candidate = g_list_model_get_item (shown (f), i);

        if (dt_directive_get_id (candidate) == id)
          d = g_steal_pointer (&candidate);
      }
    g_assert_nonnull (markup);
    g_assert_nonnull (strstr (markup, dt_directive_get_lead_unit_name (d)));
    g_assert_nonnull (strstr (markup, dt_status_to_string (dt_directive_get_status (d))));
    g_assert_nonnull (strstr (markup, "Deadline:"));
    g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  }

  g_assert_true (dt_timeline_chart_click (f->chart, x, y));
  gui_test_wait_idle ();

  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, id);
  g_assert_nonnull (gui_window_selected (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_selected (f->window)), ==, id);
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);

  /* The header is not a directive. */
  g_assert_false (dt_timeline_chart_click (f->chart, x, 5));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, id);

  /* Choosing a row of the list selects its bar. */
  gtk_single_selection_set_selected (gui_window_list_selection (f->window), 0);
  gui_test_wait_idle ();
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==,
                   dt_directive_get_id (gui_window_selected (f->window)));
  g_source_remove (ticker);
}

/* Arrows move between directives in the order drawn, skipping group rows;
 * Enter opens the one selected. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  DtTimelineLayout *layout = dt_timeline_chart_get_layout (f->chart);
  gint64 first = 0, second = 0;
  guint n_rows = dt_timeline_layout_get_n_rows (layout);

  for (guint i = 0; i < n_rows && second == 0; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

      if (row->kind != DT_TIMELINE_ROW_ITEM)
        continue;
      if (first == 0)
        first = dt_timeline_layout_get_item (layout, row->item)->id;
      else
        second = dt_timeline_layout_get_item (layout, row->item)->id;
    }
  g_assert_cmpint (second, !=, 0);

  gtk_widget_grab_focus (GTK_WIDGET (f->chart));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-next", NULL));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-next", NULL);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, second);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-previous", NULL);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, first);

  /* the chart's choice is the list's: the list's row follows (before the
   * next frame) */
  gui_test_wait_idle ();
  g_assert_cmpint (dt_directive_get_id (gui_window_selected (f->window)), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.activate", NULL);
  gui_test_wait_idle ();
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, first);
}

/* Phone width ----------------------------------------------------------------- */

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_or_icon)
{
  if ((GTK_IS_MENU_BUTTON (widget)
       && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), action_or_icon) == 0)
      || (GTK_IS_BUTTON (widget)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_or_icon) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_or_icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Whether widget lies whole inside the view, not cut at its right edge. */
static gboolean
inside_view (Fixture   *f,
             GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->view), &bounds));
  return bounds.origin.x >= 0
         && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (f->view)) + 0.5;
}

/* At 360 px the toolbar keeps the scale and Today, and the rest is in a menu
 * (grouping included); the unit column narrows so bars keep most of the
 * width; a tap on a bar opens the directive. */
static void
test_phone_width (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *more, *fit, *today;
  DtTimelineLayout *layout;
  int chart_width, minimum;
  gint64 id = 0;
  double x, y;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 740);
  gtk_window_present (GTK_WINDOW (f->window));
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
  f->view = timeline_view (f);
  f->chart = dt_timeline_view_get_chart (f->view);

  more = find_button (GTK_WIDGET (f->view), "view-more-symbolic");
  g_assert_nonnull (more);
  gui_test_wait_until (is_mapped, more);
  gui_test_wait_until (is_mapped, f->chart);

  fit = find_button (GTK_WIDGET (f->view), "timeline.fit");
  today = find_button (GTK_WIDGET (f->view), "timeline.today");
  g_assert_nonnull (fit);
  g_assert_nonnull (today);
  g_assert_false (gtk_widget_get_mapped (fit));
  g_assert_true (gtk_widget_get_mapped (today));
  g_assert_true (inside_view (f, today));
  g_assert_true (inside_view (f, more));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), <=, 360);
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* The chart: a narrow unit column, and most of the width for bars. */
  layout = dt_timeline_chart_get_layout (f->chart);
  chart_width = gtk_widget_get_width (GTK_WIDGET (f->chart));
  g_assert_cmpfloat (dt_timeline_layout_get_options (layout)->label_width, <=, 0.4 * chart_width);
  g_assert_cmpfloat (chart_width - dt_timeline_layout_get_options (layout)->label_width, >=, 190);

  /* The grouping, from the menu's radio. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.group", "s", "status"));
  g_assert_cmpint (dt_timeline_chart_get_group (f->chart), ==, DT_TIMELINE_GROUP_STATUS);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.group", "s", "unit");

  /* A tap on a bar opens the directive. */
  for (guint i = 0; i < g_list_model_get_n_items (shown (f)) && id == 0; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (shown (f), i);

      if (dt_directive_get_deadline (d) != 0)
        id = dt_directive_get_id (d);
    }
  dt_timeline_chart_select_id (f->chart, id);
  dt_timeline_chart_select_id (f->chart, 0);
  gui_test_wait_idle ();
  g_assert_true (dt_timeline_chart_get_bar_point (f->chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_click (f->chart, x, y));
  gui_test_wait_idle ();
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);
  g_assert_true (gui_window_detail_shown (f->window));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-15");

#define ADD(name, func) \
  g_test_add ("/gui/timeline/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("follows-list", test_follows_list);
  ADD ("zoom", test_zoom);
  ADD ("today-in-every-scale", test_today_in_every_scale);
  ADD ("as-of", test_as_of);
  ADD ("click-selects", test_click_selects);
  ADD ("keyboard", test_keyboard);
  ADD ("phone-width", test_phone_width);

  return g_test_run ();
}
