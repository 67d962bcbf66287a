/* gui-shot.c — launches the real application on a database, prints how long
 * until the first page of directives is on screen, and can save a
 * screenshot of the window.
 *
 *   gui-shot [--fill] --database PATH [--png OUT] [--size WxH] [--detail]
 *            [--view N] [--notice] [--search TEXT] [--action NAME]
 *            [--page list|timeline|report] [--select N] [--close-dialog]
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "dt-application.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

static gint64 start_time;
static gint64 start_real_time;
static char *png_path;
static char *search_text;
static char *action_name;
static char *size = NULL;
static gboolean show_detail;
static gboolean show_notice;
static int view = -1;
static int select_row = -1;
static char *page_name;
static gboolean close_dialog;
static gboolean shown;

static void
print_min_widths (GtkWidget *widget,
                  int        depth)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > 300)
    {
      g_print ("%*s%s %d\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget), min);
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        print_min_widths (c, depth + 1);
    }
}

static gboolean
take_shot (gpointer user_data)
{
  DtWindow *window = DT_WINDOW (user_data);

  if (g_getenv ("DT_SHOT_WIDTHS"))
    print_min_widths (GTK_WIDGET (gui_window_view_stack (window)), 0);

  if (png_path != NULL)
    gui_test_save_png (GTK_WIDGET (window), png_path);
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static gboolean
arrange (gpointer user_data)
{
  DtWindow *self = DT_WINDOW (user_data);

  if (view >= 0)
    {
      gui_window_choose (self, DT_SIDEBAR_ITEM_VIEW, view);
      /* On a phone the list is the page after the sidebar. */
      adw_navigation_split_view_set_show_content (gui_window_split_view (self), TRUE);
    }
  if (show_notice)
    {
      g_autoptr(GArray) notices = gui_window_sidebar_ids (self, DT_SIDEBAR_ITEM_NOTICE);

      if (notices->len > 0)
        gui_window_choose (self, DT_SIDEBAR_ITEM_NOTICE, g_array_index (notices, gint64, 0));
    }
  if (search_text != NULL)
    {
      gtk_search_bar_set_search_mode (gui_window_search_bar (self), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (gui_window_search_entry (self)), search_text);
    }
  if (page_name != NULL)
    adw_view_stack_set_visible_child_name (gui_window_view_stack (self), page_name);
  if (select_row >= 0)
    gui_window_select (self, select_row);
  if (close_dialog && adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self)) != NULL)
    adw_dialog_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self)));
  if (show_detail)
    {
      gui_window_select (self, MAX (select_row, 0));
      /* as a double click on its row */
      g_signal_emit_by_name (gui_window_column_view (self), "activate", (guint) MAX (select_row, 0));
    }
  if (action_name != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (action_name, ":", 2);
      g_autoptr(GVariant) param = parts[1] ? g_variant_new_int64 (g_ascii_strtoll (parts[1], NULL, 10)) : NULL;

      gtk_widget_activate_action_variant (GTK_WIDGET (self), parts[0], g_steal_pointer (&param));
    }

  g_timeout_add (g_getenv ("DT_SHOT_DELAY") ? atoi (g_getenv ("DT_SHOT_DELAY")) : 1200, take_shot, self);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                DtWindow      *self)
{
  if (shown)
    return;

  /* An empty database shows its empty state instead of a page, one that
   * cannot be opened says so. */
  if (dt_window_get_store (self) != NULL
      && g_strcmp0 (gui_window_list_page (self), "empty") != 0
      && (g_strcmp0 (gui_window_list_page (self), "list") != 0
          || g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (self))) == 0))
    return;

  shown = TRUE;
  g_print ("first page shown: %.3f s after start (%u directives, realtime %" G_GINT64_FORMAT ")\n",
           (g_get_monotonic_time () - start_time) / 1e6,
           dt_window_get_store (self) != NULL
           ? g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (self))) : 0,
           g_get_real_time ());
  g_print ("  (main() started at realtime %" G_GINT64_FORMAT ")\n", start_real_time);
  {
    struct rusage usage;

    /* the work done, whatever else the machine is doing */
    getrusage (RUSAGE_SELF, &usage);
    g_print ("  (CPU time until then: %.3f s user, %.3f s system)\n",
             usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
             usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
  }
  g_idle_add (arrange, self);
}

static void
on_map (GtkWidget *window)
{
  g_print ("window mapped: %.3f s after start\n", (g_get_monotonic_time () - start_time) / 1e6);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  if (!DT_IS_WINDOW (window))
    return;

  g_print ("window built: %.3f s after start\n", (g_get_monotonic_time () - start_time) / 1e6);

  gui_test_set_size (window, size);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  gboolean fill = FALSE;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "PATH" },
    { "fill", 0, 0, G_OPTION_ARG_NONE, &fill, "Fill the database with the sample notice first", NULL },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_path, "Save a screenshot", "PATH" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "detail", 0, 0, G_OPTION_ARG_NONE, &show_detail, "Open the first directive", NULL },
    { "notice", 0, 0, G_OPTION_ARG_NONE, &show_notice, "Choose the first notice", NULL },
    { "view", 0, 0, G_OPTION_ARG_INT, &view, "Choose a smart view", "N" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search_text, "Search", "TEXT" },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action_name, "Activate a window action", "NAME[:ID]" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page_name, "Show a page: list, timeline, report", "NAME" },
    { "select", 0, 0, G_OPTION_ARG_INT, &select_row, "Choose the directive at this row", "N" },
    { "close-dialog", 0, 0, G_OPTION_ARG_NONE, &close_dialog, "Close the dialog shown (the page behind it)", NULL },
    { NULL }
  };

  start_time = g_get_monotonic_time ();
  start_real_time = g_get_real_time ();

  gui_test_init_log ();
  gui_test_init_locale (NULL);

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database is required");
      return 2;
    }

  if (fill)
    {
      g_autoptr(DtStore) store = NULL;

      /* A fresh file each time. */
      g_unlink (database);
      store = dt_store_open (database, &error);

      if (store == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("filled %u directives\n", gui_test_fill_store (store));
      start_time = g_get_monotonic_time ();
      start_real_time = g_get_real_time ();
    }

  return gui_test_run_application (database, G_CALLBACK (on_window_added));
}
