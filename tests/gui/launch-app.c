/* launch-app.c — the application as an official starts it, for bench-launch.py
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   launch-app --database PATH [--timeline]
 *
 * Runs the real application (DtApplication, as main.c does) on PATH and
 * prints "first-frame T" (T: CLOCK_MONOTONIC in µs) after the first frame
 * that shows the first page of directives (or the empty state), then runs
 * until killed.  With --timeline, once the launch is over (two seconds
 * later) it switches to the Timeline page and prints "timeline-frame MS
 * KIB": the milliseconds from the switch to the frame that shows it, and
 * the peak memory (VmHWM) it added.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dt-application.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

static gboolean timeline;
static gint64 switched_at;
static long hwm_before;
/* the list page's stack, found once: the window's parts through the
 * public finder (gui-test-window.h), not its private fields */
static GtkStack *list_stack;

static long
vm_hwm_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static void
on_timeline_painted (GdkFrameClock *clock,
                     DtWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_timeline_painted, self);
  g_print ("timeline-frame %.1f %ld\n", (g_get_monotonic_time () - switched_at) / 1000.0,
           vm_hwm_kib () - hwm_before);
}

static gboolean
switch_to_timeline (gpointer user_data)
{
  DtWindow *self = user_data;

  hwm_before = vm_hwm_kib ();
  switched_at = g_get_monotonic_time ();
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_timeline_painted), self, 0);
  adw_view_stack_set_visible_child_name (gui_window_view_stack (self), "timeline");
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                DtWindow      *self)
{
  const char *page;

  if (list_stack == NULL)
    list_stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (gui_window_column_view (self)), GTK_TYPE_STACK));
  page = gtk_stack_get_visible_child_name (list_stack);
  if (g_strcmp0 (page, "empty") != 0
      && (g_strcmp0 (page, "list") != 0
          || g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (self))) == 0))
    return;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  if (timeline)
    g_timeout_add_seconds (2, switch_to_timeline, self);
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  if (DT_IS_WINDOW (window))
    g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "PATH" },
    { "timeline", 0, 0, G_OPTION_ARG_NONE, &timeline, "Then switch to the Timeline", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database is required");
      return 2;
    }

  /* as main.c */
  gui_test_init_locale (NULL);
  return gui_test_run_application (database, G_CALLBACK (on_window_added));
}
