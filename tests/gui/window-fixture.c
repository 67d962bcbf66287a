/* window-fixture.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "window-fixture.h"

void
open_window (Fixture *f)
{
  f->window = dt_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
}


void
close_window (Fixture *f)
{
  if (f->window == NULL)
    return;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = NULL;
}


void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = gui_test_open_temp_store ("dt-gui-XXXXXX", &f->dir, &f->path);
  f->n_directives = gui_test_fill_store (f->store);
  open_window (f);
}


void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_window (f);
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}


guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (f->window)));
}


DtDirective *
shown_item (Fixture *f,
            guint    i)
{
  return g_list_model_get_item (G_LIST_MODEL (dt_window_get_directive_list (f->window)), i);
}


gint64
find_shown (Fixture    *f,
            const char *ordinal)
{
  guint n = n_shown (f);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);

      if (g_strcmp0 (dt_directive_get_ordinal (d), ordinal) == 0)
        return i;
    }

  return -1;
}


void
search_for (Fixture    *f,
            const char *text)
{
  gui_test_search (gui_window_search_entry (f->window), text);
}


typedef struct
{
  Fixture *f;
  guint    n;
} ShownWait;

static gboolean
shown_is (gpointer data)
{
  ShownWait *w = data;

  return n_shown (w->f) == w->n && gui_window_view_count (w->f->window, DT_VIEW_ALL) >= w->n - 1;
}

void
wait_shown (Fixture *f,
            guint    n)
{
  ShownWait w = { f, n };

  gui_test_wait_until (shown_is, &w);
}

guint
add_directives (Fixture *f,
                guint    n,
                DtDate   first_deadline)
{
  g_autoptr(DtDirective) first = shown_item (f, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) directive = dt_directive_new ();
      g_autofree char *text = g_strdup_printf ("Báo cáo tiến độ dự án số %02u", i + 1);
      g_autoptr(GError) error = NULL;

      dt_directive_set_notice_id (directive, dt_directive_get_notice_id (first));
      dt_directive_set_lead_unit_id (directive, dt_directive_get_lead_unit_id (first));
      dt_directive_set_text (directive, text);
      if (first_deadline != DT_DATE_NONE)
        dt_directive_set_deadline (directive, first_deadline + i);
      g_assert_true (dt_store_save_directive (f->store, directive, &error));
      g_assert_no_error (error);
    }
  wait_shown (f, f->n_directives + n);
  return f->n_directives + n;
}

void
reopen_window_at (Fixture *f,
                  int      width)
{
  close_window (f);
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
}

AdwDialog *
visible_dialog (Fixture *f)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
}

DtNotice *
find_notice (Fixture    *f,
             const char *number)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);

      if (g_strcmp0 (dt_notice_get_number (notice), number) == 0)
        return g_steal_pointer (&notice);
    }
  g_assert_not_reached ();
}

void
open_directive (Fixture *f,
                guint    position)
{
  gui_window_select (f->window, position);
  g_assert_nonnull (gui_window_detail_directive (f->window));
}

guint
view_count (Fixture *f,
            DtView   view)
{
  return gui_window_view_count (f->window, view);
}

void
choose_view (Fixture *f,
             DtView   view)
{
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, view));
}
