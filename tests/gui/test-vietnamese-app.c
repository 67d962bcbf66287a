/* test-vietnamese-app.c — the application's own windows in Vietnamese: the
 * keyboard shortcuts (the dialog, and as the application shows them) and
 * About, checked for English left as test-vietnamese checks the window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dt-gui-util.h"
#include "gui-test-util.h"
#include "vi-checker.h"

static void
test_shortcuts_dialog (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("/%s/shortcuts-dialog.ui", "io/github/chidao/Directives");
  GtkWindow *window;
  GObject *dialog;
  GSList *objects;
  Checker c;

  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, path, &error))
    g_error ("%s: %s", path, error->message);
  dialog = gtk_builder_get_object (builder, "shortcuts_dialog");
  g_assert_true (ADW_IS_SHORTCUTS_DIALOG (dialog));

  /* As the user sees it: shown over a window */
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_present (window);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  dt_gui_translate_shortcuts_dialog (ADW_DIALOG (dialog));
  gui_test_wait_for_draw (GTK_WIDGET (window));

  checker_init (&c);
  check_widget (&c, GTK_WIDGET (dialog));
  /* and every section and shortcut, shown or not */
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      if (ADW_IS_SHORTCUTS_SECTION (l->data))
        check (&c, "AdwShortcutsSection", adw_shortcuts_section_get_title (l->data));
      if (ADW_IS_SHORTCUTS_ITEM (l->data))
        {
          check (&c, "AdwShortcutsItem", adw_shortcuts_item_get_title (l->data));
          check (&c, "AdwShortcutsItem", adw_shortcuts_item_get_subtitle (l->data));
        }
    }
  g_slist_free (objects);
  g_assert_cmpuint (c.n_checked, >, 20);
  checker_finish (&c);

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gtk_window_destroy (window);
  gui_test_wait_idle ();
}

/* The application's own Ctrl+? opens the shortcuts dialog, in Vietnamese
 * down to the search entry that libadwaita leaves in English. */
static gboolean
check_app_shortcuts (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "app.shortcuts");
  AdwDialog *dialog;
  Checker c;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  gui_test_wait_for_draw (GTK_WIDGET (window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_SHORTCUTS_DIALOG (dialog));

  checker_init (&c);
  check_widget (&c, GTK_WIDGET (dialog));
  checker_finish (&c);

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_app_window_added (GtkApplication *app,
                     GtkWindow      *window)
{
  g_idle_add (check_app_shortcuts, window);
}

/* The whole application on a new database in a folder made from tmpl, until
 * the check on_window_added starts quits it. */
static void
run_application (const char *tmpl,
                 GCallback   on_window_added)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (tmpl, &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "directives.db", NULL);
  g_assert_cmpint (gui_test_run_application (path, on_window_added), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_app_shortcuts (void)
{
  run_application ("dt-vi-app-XXXXXX", G_CALLBACK (on_app_window_added));
}

/* What the user can see of @widget: visible widgets only (the about dialog
 * keeps rows it does not show, such as "What's New"). */
static void
check_shown (Checker   *c,
             GtkWidget *widget,
             gboolean   page)
{
  /* a page not pushed is not shown, except the one asked for */
  if (!gtk_widget_get_visible (widget) || GTK_IS_POPOVER (widget) ||
      (!page && !gtk_widget_get_child_visible (widget)))
    return;
  if (GTK_IS_LABEL (widget))
    check (c, G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    check (c, "row", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    check (c, "group", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  if (ADW_IS_NAVIGATION_PAGE (widget))
    check (c, "page", adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_shown (c, child, FALSE);
}

/* The about dialog, whose own words libadwaita leaves in English in
 * Vietnamese: its title, rows, pages (shown or not), credits and licence. */
static gboolean
check_app_about (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  static const char * const tags[] = { "details", "credits", "legal" };
  AdwDialog *dialog;
  AdwNavigationView *pages;
  Checker c;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gui_test_wait_for_draw (GTK_WIDGET (window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));

  checker_init (&c);
  check (&c, "title", adw_dialog_get_title (dialog));
  check_shown (&c, GTK_WIDGET (dialog), FALSE);
  pages = ADW_NAVIGATION_VIEW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, NULL));
  g_assert_nonnull (pages);
  for (gsize i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      AdwNavigationPage *page = adw_navigation_view_find_page (pages, tags[i]);

      g_assert_nonnull (page);
      check_shown (&c, GTK_WIDGET (page), TRUE);
    }
  g_assert_cmpuint (c.n_checked, >, 10);
  checker_finish (&c);

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_about_window_added (GtkApplication *app,
                       GtkWindow      *window)
{
  g_idle_add (check_app_about, window);
}

static void
test_app_about (void)
{
  run_application ("dt-vi-about-XXXXXX", G_CALLBACK (on_about_window_added));
}

int
main (int   argc,
      char *argv[])
{
  vi_test_init (&argc, &argv);

  g_test_add_func ("/gui/vietnamese/shortcuts-dialog", test_shortcuts_dialog);
  g_test_add_func ("/gui/vietnamese/app-shortcuts", test_app_shortcuts);
  g_test_add_func ("/gui/vietnamese/app-about", test_app_about);
  return g_test_run ();
}
