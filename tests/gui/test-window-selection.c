/* test-window-selection.c — one selection for the list and the timeline
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-cell-text.h"
#include "dt-date-row.h"
#include "dt-directive-detail.h"
#include "dt-status.h"
#include "dt-timeline-chart.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "window-fixture.h"

/* The list and the timeline share one selection model: a bar chosen is the
 * list's row chosen (and its detail shown), a row chosen is the bar drawn
 * selected, with no lookup by id between them. */
static DtTimelineChart *
show_timeline (Fixture *f)
{
  DtTimelineChart *chart;

  /* wide enough for the list, the chart and the pane side by side (an
   * earlier test may have left a phone's width in the settings) */
  reopen_window_at (f, 1300);
  gui_window_show_page (f->window, "timeline");
  chart = DT_TIMELINE_CHART (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_CHART, NULL));
  g_assert_nonnull (chart);
  g_assert_nonnull (dt_timeline_chart_get_layout (chart));
  return chart;
}

static gint64
selected_id (Fixture *f)
{
  DtDirective *selected = gui_window_selected (f->window);

  return selected != NULL ? dt_directive_get_id (selected) : 0;
}

static void
test_selection_shared (Fixture       *f,
                       gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  DtTimelineLayout *layout;
  gint64 id = 0;
  double x, y;

  /* one choice: nothing chosen in either */
  g_assert_cmpint (selected_id (f), ==, 0);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, 0);

  /* Down in the chart: its first directive is the list's row, and the
   * pane shows it */
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.select-next", NULL));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), !=, 0);
  g_assert_cmpint (selected_id (f), ==, dt_timeline_chart_get_selected_id (chart));
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, selected_id (f));

  /* a bar clicked, further down (the pane shown has narrowed the chart,
   * which laid itself out again: its layout is read now, and an item's id
   * kept, not the item) */
  layout = dt_timeline_chart_get_layout (chart);
  for (guint i = dt_timeline_layout_get_n_items (layout) / 2; i < dt_timeline_layout_get_n_items (layout); i++)
    {
      const DtTimelineItem *item = dt_timeline_layout_get_item (layout, i);

      id = item->id;
      if (item->deadline != DT_DATE_NONE)
        break;
    }
  dt_timeline_chart_select_id (chart, id);   /* scrolled into view */
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  g_assert_true (dt_timeline_chart_get_bar_point (chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_click (chart, x, y));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);
  g_assert_true (gui_window_detail_shown (f->window));

  /* a row chosen in the list: its bar is the one drawn selected */
  gui_window_show_page (f->window, "list");
  gui_window_select (f->window, 3);
  gui_window_show_page (f->window, "timeline");
  g_assert_cmpint (dt_timeline_chart_get_selected_position (chart), ==, 3);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, selected_id (f));
}

/* A directive chosen before the timeline was first shown: the timeline
 * opens with its bar in view. */
static void
test_selection_before_timeline (Fixture       *f,
                                gconstpointer  data)
{
  DtTimelineChart *chart;
  gint64 id;
  double x, y;

  reopen_window_at (f, 1300);
  gui_window_select (f->window, n_shown (f) - 1);
  id = selected_id (f);
  g_assert_cmpint (id, !=, 0);

  gui_window_show_page (f->window, "timeline");
  chart = DT_TIMELINE_CHART (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_CHART, NULL));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
  g_assert_true (dt_timeline_chart_get_bar_point (chart, id, &x, &y));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (chart)));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (chart)));
}

/* Only what is due on the chart: a bar is still its own row of the list. */
static void
test_selection_due_only (Fixture       *f,
                         gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  DtTimelineLayout *layout;
  gint64 id;
  guint n_all = n_shown (f);
  double x, y;

  dt_timeline_chart_set_due_days (chart, 7);
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  layout = dt_timeline_chart_get_layout (chart);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (layout), <, n_all);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (layout), >, 2);

  /* the last due one: far from its position in the whole list (an id kept,
   * not the item: the chart lays itself out again when the pane shows) */
  id = dt_timeline_layout_get_item (layout, dt_timeline_layout_get_n_items (layout) - 1)->id;
  dt_timeline_chart_select_id (chart, id);
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_true (dt_timeline_chart_get_bar_point (chart, id, &x, &y));
  gui_window_select (f->window, GTK_INVALID_LIST_POSITION);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, 0);
  g_assert_true (dt_timeline_chart_click (chart, x, y));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), ==, id);
  layout = dt_timeline_chart_get_layout (chart);

  /* a row of the list the chart leaves out: selected in the list, no bar
   * drawn selected, and Down starts from the top */
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      guint row;

      if (!dt_timeline_layout_find_item_row (layout, dt_directive_get_id (d), &row))
        {
          gui_window_select (f->window, i);
          break;
        }
    }
  g_assert_false (dt_timeline_chart_get_bar_point (chart, selected_id (f), &x, &y));
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.select-next", NULL);
  gui_test_wait_idle ();
  layout = dt_timeline_chart_get_layout (chart);
  {
    guint row, first = 0;

    while (dt_timeline_layout_get_row_item (layout, first) < 0)
      first++;
    g_assert_true (dt_timeline_layout_find_item_row (layout, selected_id (f), &row));
    g_assert_cmpuint (row, ==, first);
  }
}

/* Filters keep the directive chosen while it is still listed, in the list
 * and the chart alike, and drop it from both when it is not. */
static void
test_selection_filters (Fixture       *f,
                        gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  g_autoptr(DtDirective) chosen = NULL;
  gint64 id;

  gui_window_show_page (f->window, "list");
  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  search_for (f, "phong chay");
  wait_shown (f, 1);
  gui_window_select (f->window, 0);
  chosen = g_object_ref (gui_window_selected (f->window));
  id = dt_directive_get_id (chosen);

  /* a search that keeps it */
  search_for (f, "phong");
  g_assert_cmpuint (n_shown (f), >, 1);
  g_assert_cmpuint (n_shown (f), <, f->n_directives);
  g_assert_cmpint (selected_id (f), ==, id);
  gui_window_show_page (f->window, "timeline");
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
  g_assert_cmpint (dt_timeline_chart_get_selected_position (chart), ==,
                   gtk_single_selection_get_selected (gui_window_list_selection (f->window)));

  /* one that leaves it out: chosen nowhere, but the pane stays on it */
  search_for (f, "zzzz khong co");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_null (gui_window_selected (f->window));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, 0);
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);

  /* a sidebar view: the same */
  search_for (f, "");
  wait_shown (f, f->n_directives);
  gui_window_select (f->window, find_shown (f, dt_directive_get_ordinal (chosen)));
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW,
                                    dt_directive_get_status (chosen) == DT_STATUS_OVERDUE
                                    ? DT_VIEW_OVERDUE : DT_VIEW_COMPLETED));
  if (dt_directive_get_status (chosen) == DT_STATUS_OVERDUE)
    g_assert_cmpint (selected_id (f), ==, id);
  else
    g_assert_null (gui_window_selected (f->window));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, selected_id (f));
}

/* The rows the list has made: its first screens until the user reaches
 * for the others. */
static guint
n_list_rows (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gui_window_list_selection (f->window)));
}

/* Clicks the bar of the directive @id, scrolled into view first (the
 * whole time range fits the width). */
static void
click_bar (DtTimelineChart *chart,
           gint64           id)
{
  double x, y;

  dt_timeline_chart_fit (chart);
  dt_timeline_chart_select_id (chart, id);
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  g_assert_true (dt_timeline_chart_get_bar_point (chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_click (chart, x, y));
  gui_test_wait_idle ();
}

/* Whether the list shows the cell with @text whole in its scrolled
 * window (a cell made for a row off screen does not count). */
static gboolean
list_shows_text (Fixture    *f,
                 const char *text)
{
  GtkWidget *view = GTK_WIDGET (gui_window_column_view (f->window));
  GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *root = view;
  GtkWidget *w = gtk_widget_get_first_child (root);

  g_assert_nonnull (scrolled);
  /* depth first over the view's widgets */
  while (w != NULL)
    {
      if (DT_IS_CELL_TEXT (w) && g_strcmp0 (dt_cell_text_get_text (DT_CELL_TEXT (w)), text) == 0
          && gtk_widget_get_mapped (w))
        {
          graphene_rect_t bounds;

          if (gtk_widget_compute_bounds (w, scrolled, &bounds)
              && bounds.origin.y >= 0
              && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled))
            return TRUE;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == root ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return FALSE;
}

typedef struct
{
  Fixture    *f;
  const char *text;
} ShownWait;

static gboolean
list_shows_wait (gpointer data)
{
  ShownWait *wait = data;

  return list_shows_text (wait->f, wait->text);
}

typedef struct
{
  Fixture *f;
  gint64   id;
  guint    after;
} MovedWait;

static gboolean
directive_moved (gpointer data)
{
  MovedWait *wait = data;
  guint n = n_shown (wait->f);

  for (guint i = wait->after; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (wait->f, i);

      if (dt_directive_get_id (d) == wait->id)
        return TRUE;
    }
  return FALSE;
}

/* In a long list the user never scrolled: a directive chosen in the
 * Timeline far down, or chosen there and then moved far down by an edit
 * of its deadline, is the list's chosen row when the user goes back to
 * the list, shown there (the list stayed at its top), and the Timeline's
 * too. */
static void
test_selection_far_down (Fixture       *f,
                         gconstpointer  data)
{
  DtTimelineChart *chart;
  guint n, first_rows;
  gint64 id;

  add_directives (f, 80, dt_date_new (2025, 1, 1));
  n = n_shown (f);
  chart = show_timeline (f);
  first_rows = n_list_rows (f);
  g_assert_cmpuint (first_rows, <, n - 10);

  /* a bar far down */
  {
    g_autoptr(DtDirective) far = shown_item (f, n - 10);

    id = dt_directive_get_id (far);
    click_bar (chart, id);
    g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
    g_assert_false (list_shows_text (f, dt_directive_get_text (far)));
    gui_window_show_page (f->window, "list");
    g_assert_cmpint (selected_id (f), ==, id);
    g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);
    {
      ShownWait shown = { f, dt_directive_get_text (far) };

      gui_test_wait_until (list_shows_wait, &shown);
    }
  }

  /* in a window opened again: a bar near the top, its deadline moved
   * after all the others in the pane */
  chart = show_timeline (f);
  g_assert_cmpuint (n_list_rows (f), ==, first_rows);
  {
    g_autoptr(DtDirective) near = shown_item (f, 2);
    DtDirectiveDetail *detail;
    DtDateRow *deadline_row;
    MovedWait moved = { f, 0, first_rows };

    id = dt_directive_get_id (near);
    click_bar (chart, id);
    g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
    detail = gui_window_detail (f->window);
    g_assert_cmpint (dt_directive_get_id (dt_directive_detail_get_directive (detail)), ==, id);
    deadline_row = DT_DATE_ROW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL,
                                                               "deadline_row"));
    dt_date_row_set_date (deadline_row, dt_date_new (2025, 12, 31));
    moved.id = id;
    gui_test_wait_until (directive_moved, &moved);

    g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
    gui_window_show_page (f->window, "list");
    g_assert_cmpint (selected_id (f), ==, id);
    g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);
  }
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/window-selection/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("shared", test_selection_shared);
  ADD ("before-timeline", test_selection_before_timeline);
  ADD ("due-only", test_selection_due_only);
  ADD ("filters", test_selection_filters);
  ADD ("far-down", test_selection_far_down);

  return g_test_run ();
}
