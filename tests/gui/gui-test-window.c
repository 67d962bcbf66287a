/* gui-test-window.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-util.h"
#include "gui-test-window.h"

static GtkWidget *
find (DtWindow *window,
      GType     type)
{
  GtkWidget *found = gui_test_find_widget (GTK_WIDGET (window), type, NULL);

  g_assert_nonnull (found);
  return found;
}

GtkColumnView *
gui_window_column_view (DtWindow *window)
{
  return GTK_COLUMN_VIEW (find (window, GTK_TYPE_COLUMN_VIEW));
}

GtkSingleSelection *
gui_window_list_selection (DtWindow *window)
{
  GtkSelectionModel *model = gtk_column_view_get_model (gui_window_column_view (window));

  g_assert_true (GTK_IS_SINGLE_SELECTION (model));
  return GTK_SINGLE_SELECTION (model);
}

DtDirective *
gui_window_selected (DtWindow *window)
{
  return gtk_single_selection_get_selected_item (gui_window_list_selection (window));
}

void
gui_window_select (DtWindow *window,
                   guint     position)
{
  gtk_single_selection_set_selected (gui_window_list_selection (window), position);
  gui_test_wait_idle ();
}

void
gui_window_open (DtWindow    *window,
                 DtDirective *directive)
{
  GListModel *list = G_LIST_MODEL (dt_window_get_directive_list (window));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) item = g_list_model_get_item (list, i);

      if (dt_directive_get_id (item) == dt_directive_get_id (directive))
        {
          gui_window_select (window, i);
          g_signal_emit_by_name (gui_window_column_view (window), "activate", i);
          gui_test_wait_idle ();
          return;
        }
    }
  g_assert_not_reached ();
}

DtDirective *
gui_window_current (DtWindow *window)
{
  DtDirective *shown = gui_window_detail_directive (window);

  if (shown != NULL && gui_window_detail_shown (window))
    return shown;
  return gui_window_selected (window);
}

DtDirectiveDetail *
gui_window_detail (DtWindow *window)
{
  return DT_DIRECTIVE_DETAIL (gui_test_find_widget (GTK_WIDGET (window), DT_TYPE_DIRECTIVE_DETAIL, NULL));
}

DtDirective *
gui_window_detail_directive (DtWindow *window)
{
  DtDirectiveDetail *detail = gui_window_detail (window);

  return detail != NULL ? dt_directive_detail_get_directive (detail) : NULL;
}

AdwOverlaySplitView *
gui_window_detail_split (DtWindow *window)
{
  return ADW_OVERLAY_SPLIT_VIEW (find (window, ADW_TYPE_OVERLAY_SPLIT_VIEW));
}

gboolean
gui_window_detail_shown (DtWindow *window)
{
  return adw_overlay_split_view_get_show_sidebar (gui_window_detail_split (window));
}

AdwNavigationSplitView *
gui_window_split_view (DtWindow *window)
{
  return ADW_NAVIGATION_SPLIT_VIEW (find (window, ADW_TYPE_NAVIGATION_SPLIT_VIEW));
}

const char *
gui_window_title (DtWindow *window)
{
  return adw_navigation_page_get_title (adw_navigation_split_view_get_content (gui_window_split_view (window)));
}

GtkSearchBar *
gui_window_search_bar (DtWindow *window)
{
  return GTK_SEARCH_BAR (find (window, GTK_TYPE_SEARCH_BAR));
}

GtkSearchEntry *
gui_window_search_entry (DtWindow *window)
{
  /* the one in the search bar: drop-downs of other pages have their own */
  GtkWidget *entry = gui_test_find_widget (GTK_WIDGET (gui_window_search_bar (window)),
                                           GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);
  return GTK_SEARCH_ENTRY (entry);
}

AdwViewStack *
gui_window_view_stack (DtWindow *window)
{
  return ADW_VIEW_STACK (find (window, ADW_TYPE_VIEW_STACK));
}

void
gui_window_show_page (DtWindow   *window,
                      const char *name)
{
  adw_view_stack_set_visible_child_name (gui_window_view_stack (window), name);
  gui_test_wait_for_draw (GTK_WIDGET (window));
}

/* The stack of the list page: the column view is its "list" page. */
static GtkStack *
list_stack (DtWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (gui_window_column_view (window));

  while (widget != NULL && !GTK_IS_STACK (widget))
    widget = gtk_widget_get_parent (widget);
  g_assert_nonnull (widget);
  return GTK_STACK (widget);
}

const char *
gui_window_list_page (DtWindow *window)
{
  return gtk_stack_get_visible_child_name (list_stack (window));
}

AdwStatusPage *
gui_window_status_page (DtWindow *window)
{
  GtkWidget *page = gtk_stack_get_visible_child (list_stack (window));

  return ADW_IS_STATUS_PAGE (page) ? ADW_STATUS_PAGE (page) : NULL;
}

GtkListView *
gui_window_sidebar (DtWindow *window)
{
  GtkWidget *found = gui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "navigation-sidebar");

  g_assert_nonnull (found);
  return GTK_LIST_VIEW (found);
}

GListModel *
gui_window_sidebar_rows (DtWindow *window)
{
  return G_LIST_MODEL (gtk_list_view_get_model (gui_window_sidebar (window)));
}

DtSidebarItem *
gui_window_sidebar_choice (DtWindow *window)
{
  GtkSelectionModel *model = gtk_list_view_get_model (gui_window_sidebar (window));

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

guint
gui_window_view_count (DtWindow *window,
                       DtView    view)
{
  g_autoptr(DtSidebarItem) item = g_list_model_get_item (gui_window_sidebar_rows (window), view);

  g_assert_cmpint (dt_sidebar_item_get_kind (item), ==, DT_SIDEBAR_ITEM_VIEW);
  g_assert_cmpint (dt_sidebar_item_get_id (item), ==, view);
  return (guint) g_ascii_strtoull (dt_sidebar_item_get_count (item), NULL, 10);
}

static guint
find_row (DtWindow          *window,
          DtSidebarItemKind  kind,
          gint64             id)
{
  GListModel *rows;
  guint n;

  /* the sidebar shows its first rows only until the first frame */
  gui_test_wait_for_draw (GTK_WIDGET (window));
  rows = gui_window_sidebar_rows (window);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtSidebarItem) item = g_list_model_get_item (rows, i);

      if (dt_sidebar_item_get_kind (item) == kind && dt_sidebar_item_get_id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
gui_window_choose (DtWindow          *window,
                   DtSidebarItemKind  kind,
                   gint64             id)
{
  guint position = kind == DT_SIDEBAR_ITEM_VIEW ? (guint) id : find_row (window, kind, id);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (gui_window_sidebar (window))),
                                     position);
  gui_test_wait_idle ();
  return TRUE;
}

GArray *
gui_window_sidebar_ids (DtWindow          *window,
                        DtSidebarItemKind  kind)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *rows;

  gui_test_wait_for_draw (GTK_WIDGET (window));
  rows = gui_window_sidebar_rows (window);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DtSidebarItem) item = g_list_model_get_item (rows, i);

      if (dt_sidebar_item_get_kind (item) == kind)
        {
          gint64 id = dt_sidebar_item_get_id (item);

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
gui_window_toast_button (DtWindow   *window,
                         const char *action_name)
{
  GtkWidget *overlay = find (window, ADW_TYPE_TOAST_OVERLAY);

  /* the overlay's child is the window's content; the toasts come after it */
  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (child == adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)))
        continue;
      found = find_action_button (child, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}
