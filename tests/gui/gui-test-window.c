/* gui-test-window.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

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

/* The timeline, printing ------------------------------------------------------ */

DtTimelineView *
gui_window_timeline_view (DtWindow *window)
{
  GtkWidget *view = gui_test_find_widget (GTK_WIDGET (window), DT_TYPE_TIMELINE_VIEW, NULL);

  if (view == NULL)
    {
      gui_window_show_page (window, "timeline");
      view = find (window, DT_TYPE_TIMELINE_VIEW);
    }
  return DT_TIMELINE_VIEW (view);
}

static void
keep_operation (DtWindow         *window,
                DtPrintOperation *operation,
                gpointer          user_data)
{
  DtPrintOperation **out = user_data;

  g_set_object (out, operation);
}

DtPrintOperation *
gui_window_print_operation (DtWindow *window)
{
  DtPrintOperation *operation = NULL;

  dt_window_set_print_hook (window, keep_operation, &operation);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  dt_window_set_print_hook (window, NULL, NULL);
  g_assert_nonnull (operation);
  return operation;
}

/* @item_label (a menu's, with its mnemonic) as @shown, as the popover
 * shows it (without) */
static gboolean
same_label (const char *item_label,
            const char *shown)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = item_label; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (plain, *p == '_' ? *p++ : *p);
  return g_str_equal (plain->str, shown);
}

/* The target of @model's "meeting.scope" item labelled @label, or NULL. */
static char *
find_scope_target (GMenuModel *model,
                   const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL, *item_label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action)
          && g_str_equal (action, "meeting.scope")
          && g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label)
          && same_label (item_label, label))
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET,
                                                                               G_VARIANT_TYPE_STRING);

          g_assert_nonnull (target);
          return g_variant_dup_string (target, NULL);
        }
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &link, &linked))
        {
          char *found = find_scope_target (linked, label);

          g_object_unref (linked);
          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

/* The target of the checked "meeting.scope" radio item at or below
 * @widget, the menu's items being shown by @model; NULL when none. */
static char *
find_checked_scope (GtkWidget  *widget,
                    GMenuModel *model)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "active") != NULL
      && g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text") != NULL)
    {
      g_autofree char *text = NULL;
      gboolean active = FALSE;

      g_object_get (widget, "active", &active, "text", &text, NULL);
      if (active && text != NULL)
        {
          char *target = find_scope_target (model, text);

          if (target != NULL)
            return target;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *found = find_checked_scope (child, model);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The menu button of the timeline's toolbar whose label is @label. */
static GtkMenuButton *
find_menu_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_MENU_BUTTON (widget)
      && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

char *
gui_window_meeting_scope (DtWindow *window)
{
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (gui_window_timeline_view (window)),
                                            g_dgettext (GETTEXT_PACKAGE, "_Meeting Chart"));
  GtkPopover *popover;
  char *scope;

  g_assert_nonnull (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  /* the popover's items (model buttons) show the menu's labels; which
   * chart each is comes from the menu it was made from */
  scope = find_checked_scope (GTK_WIDGET (popover), gtk_menu_button_get_menu_model (button));
  return scope != NULL ? scope : g_strdup ("");
}

/* Dropping files ---------------------------------------------------------------- */

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropTarget *found = find_drop_target (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

AdwDialog *
gui_window_drop (DtWindow     *window,
                 const GValue *value)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_signal_emit_by_name (target, "drop", value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

AdwDialog *
gui_window_drop_file (DtWindow *window,
                      GFile    *file)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  return gui_window_drop (window, &value);
}
