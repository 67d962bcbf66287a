/* launch-floor.c — the floor of a launch: what the toolkit itself costs
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplicationWindow with a header bar and a GtkColumnView of 1,000
 * rows in four columns (what the application's first page shows), nothing
 * else.  bench-launch.py starts it beside the application and compares.
 * Prints "first-frame T" (T: CLOCK_MONOTONIC in µs, as g_get_monotonic_time)
 * after the first frame that shows the rows, then runs until killed.
 */

#include "config.h"

#include <adwaita.h>

#define N_ROWS 1000

static const char * const titles[] = { "Directive", "Lead unit", "Deadline", "Status" };

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GtkStringObject *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (user_data);
  g_autofree char *text = NULL;

  if (column == 0)
    text = g_strdup (gtk_string_object_get_string (row));
  else if (column == 1)
    text = g_strdup ("Sở Kế hoạch và Đầu tư");
  else if (column == 2)
    text = g_strdup ("31/12/2026");
  else
    text = g_strdup ("In progress");
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_activate (GtkApplication *app)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkWidget *window, *toolbar, *scrolled, *view;
  GtkSingleSelection *selection;

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *text =
        g_strdup_printf ("%u. Chủ trì, phối hợp giải phóng mặt bằng dự án đường ven biển", i + 1);

      gtk_string_list_append (strings, text);
    }
  selection = gtk_single_selection_new (G_LIST_MODEL (strings));
  view = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (titles[c], factory);
      gtk_column_view_column_set_expand (column, c == 0);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  toolbar = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);

  window = adw_application_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.chidao.Directives.Floor",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
