/* timeline-fixture.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "timeline-fixture.h"

/* The timeline page's view, made when the page is first shown. */
DtTimelineView *
timeline_view (Fixture *f)
{
  return DT_TIMELINE_VIEW (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_VIEW, NULL));
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = gui_test_open_temp_store ("dt-timeline-XXXXXX", &f->dir, &f->path);
  g_assert_cmpuint (gui_test_fill_store (f->store), >, 10);

  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1300, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  gui_test_wait_for_draw (GTK_WIDGET (f->window));

  f->view = timeline_view (f);
  g_assert_nonnull (f->view);
  f->chart = dt_timeline_view_get_chart (f->view);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}

GListModel *
shown (Fixture *f)
{
  return G_LIST_MODEL (dt_window_get_directive_list (f->window));
}
