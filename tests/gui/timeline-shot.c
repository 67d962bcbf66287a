/* timeline-shot.c — the window on its timeline page, saved as a PNG, and the
 * timeline printed to PDF through the print operation (export mode, no
 * dialog): for looking at what a user sees.
 *
 *   timeline-shot --database PATH [--fill] [--png OUT] [--dark] [--size WxH]
 *                 [--scale week|month|quarter|year] [--as-of DD/MM/YYYY] [--select N] [--fit]
 *                 [--pdf OUT] [--paper A4|A3] [--pages-wide N] [--portrait] [--menu OUT] [--due-soon]
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-print-operation.h"
#include "dt-timeline-item.h"
#include "dt-timeline-view.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* The toolbar's menu: at phone width its "more" menu, else the first shown
 * (Meeting Chart). */
static GtkMenuButton *
find_menu_button (GtkWidget *widget,
                  gboolean   more)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && (!more || g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "view-more-symbolic") == 0))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, more);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Adds copies of every directive until there are about n, spread over
 * the years, under notices of their own: a large store for timing. */
static void
grow_store (DtStore *store,
            guint    n)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  g_autoptr(GError) error = NULL;
  guint have = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint round = 0;

  while (have > 0 && g_list_model_get_n_items (G_LIST_MODEL (list)) < n)
    {
      g_autoptr(DtNotice) notice = dt_notice_new ();
      g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *number = g_strdup_printf ("%u/TB-BENCH", ++round);

      dt_notice_set_number (notice, number);
      for (guint i = 0; i < have; i++)
        {
          g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);
          DtDirective *copy = dt_directive_new ();
          int shift = (round % 24) * 30;

          dt_directive_set_ordinal (copy, dt_directive_get_ordinal (d));
          dt_directive_set_section (copy, dt_directive_get_section (d));
          dt_directive_set_text (copy, dt_directive_get_text (d));
          dt_directive_set_lead_unit_id (copy, dt_directive_get_lead_unit_id (d));
          if (dt_directive_get_assigned_date (d) != 0)
            dt_directive_set_assigned_date (copy, dt_directive_get_assigned_date (d) + shift);
          if (dt_directive_get_deadline (d) != 0)
            dt_directive_set_deadline (copy, dt_directive_get_deadline (d) + shift);
          dt_directive_set_recurrence (copy, dt_directive_get_recurrence (d),
                                       dt_directive_get_recurrence_interval (d));
          g_ptr_array_add (copies, copy);
        }
      if (!dt_store_save_notice_with_directives (store, notice, copies, &error))
        {
          g_printerr ("%s\n", error->message);
          return;
        }
      dt_directive_list_refresh (list);
    }
  g_print ("store has %u directives\n", g_list_model_get_n_items (G_LIST_MODEL (list)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  g_autofree char *database = NULL;
  g_autofree char *png = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *size = NULL;
  g_autofree char *scale_id = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *paper_id = NULL;
  gboolean fill = FALSE, dark = FALSE, fit = FALSE, portrait = FALSE, open = FALSE, export_dialog = FALSE;
  g_autofree char *print_tab = NULL;
  g_autofree char *menu_png = NULL;
  gboolean due_soon = FALSE;
  g_autofree char *print_dialog = NULL;
  int select = -1, pages_wide = 1, w = 1400, h = 860, grow = 0;
  gboolean bench = FALSE;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database file", "PATH" },
    { "fill", 0, 0, G_OPTION_ARG_NONE, &fill, "Fill the database with the sample notice first", NULL },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Save a screenshot", "PATH" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_id, "Time scale", "SCALE" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, "Reporting date", "DD/MM/YYYY" },
    { "select", 0, 0, G_OPTION_ARG_INT, &select, "Select the directive at this list position", "N" },
    { "open", 0, 0, G_OPTION_ARG_NONE, &open, "Open the selected directive", NULL },
    { "export-dialog", 0, 0, G_OPTION_ARG_NONE, &export_dialog, "Show the export dialog", NULL },
    { "due-soon", 0, 0, G_OPTION_ARG_NONE, &due_soon, "Only what is overdue or due in 30 days", NULL },
    { "menu", 0, 0, G_OPTION_ARG_FILENAME, &menu_png,
      "Open the toolbar's menu (phone width) or Meeting Chart and save it as a PNG", "PATH" },
    { "print-dialog", 0, 0, G_OPTION_ARG_FILENAME, &print_dialog, "Open the print dialog and save it as a PNG", "PATH" },
    { "print-tab", 0, 0, G_OPTION_ARG_FILENAME, &print_tab, "Save the print dialog's Timeline tab as a PNG", "PATH" },
    { "grow", 0, 0, G_OPTION_ARG_INT, &grow, "Copy directives until there are about N", "N" },
    { "bench", 0, 0, G_OPTION_ARG_NONE, &bench, "Time re-layout and redraw of the chart", NULL },
    { "fit", 0, 0, G_OPTION_ARG_NONE, &fit, "Fit the time range to the width", NULL },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, "Print to this PDF file", "PATH" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_id, "A4 or A3", "SIZE" },
    { "pages-wide", 0, 0, G_OPTION_ARG_INT, &pages_wide, "Pages wide (0: by scale)", "N" },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &portrait, "Portrait pages", NULL },
    { NULL }
  };
  DtWindow *window;
  DtTimelineView *view;
  DtTimelineChart *chart;
  DtTimelineScale scale;

  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  gui_test_init_log ();
  gui_test_init_locale (NULL);
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database is required");
      return 2;
    }
  if (size != NULL)
    sscanf (size, "%dx%d", &w, &h);

  gtk_init ();
  adw_init ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/chidao/Directives/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  if (fill)
    g_unlink (database);
  store = dt_store_open (database, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (fill)
    g_print ("filled %u directives\n", gui_test_fill_store (store));

  if (grow > 0)
    grow_store (store, grow);

  window = dt_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), w, h);
  gtk_window_present (GTK_WINDOW (window));
  /* at phone width the content, not the sidebar */
  adw_navigation_split_view_set_show_content (gui_window_split_view (window), TRUE);
  view = gui_window_timeline_view (window);
  wait_ms (500);

  chart = dt_timeline_view_get_chart (view);
  if (scale_id != NULL && dt_timeline_scale_from_id (scale_id, &scale))
    dt_timeline_chart_set_scale (chart, scale);
  if (as_of != NULL)
    dt_timeline_chart_set_as_of (chart, dt_date_parse (as_of));
  if (due_soon)
    dt_timeline_view_set_due_soon (view, TRUE);
  if (fit)
    dt_timeline_chart_fit (chart);
  else
    dt_timeline_chart_scroll_to_today (chart);
  if (select >= 0)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (dt_window_get_directive_list (window)), select);

      gtk_widget_grab_focus (GTK_WIDGET (chart));
      if (directive != NULL)
        dt_timeline_chart_select_id (chart, dt_directive_get_id (directive));
      if (open)
        gtk_widget_activate_action (GTK_WIDGET (chart), "chart.activate", NULL);
    }
  if (export_dialog)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.export-timeline", NULL);
  wait_ms (600);

  g_print ("%u directives, %.2f px a day, scale %s\n",
           g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (window))),
           dt_timeline_chart_get_px_per_day (chart),
           dt_timeline_scale_to_id (dt_timeline_chart_get_scale (chart)));

  if (png != NULL)
    gui_test_save_png (GTK_WIDGET (window), png);

  if (menu_png != NULL)
    {
      GtkMenuButton *button = find_menu_button (GTK_WIDGET (view), TRUE);

      if (button == NULL)
        button = find_menu_button (GTK_WIDGET (view), FALSE);

      gtk_menu_button_popup (button);
      wait_ms (400);
      gui_test_save_png (GTK_WIDGET (gtk_menu_button_get_popover (button)), menu_png);
    }

  if (bench)
    {
      const int runs = 20;
      gint64 start;

      /* A change of data: items copied from the list, laid out again. */
      start = g_get_monotonic_time ();
      for (int i = 0; i < runs; i++)
        g_object_set (chart, "group", i % 2 ? "unit" : "status", NULL);
      g_print ("re-layout (items + layout), %u directives: %.1f ms\n",
               g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (window))),
               (g_get_monotonic_time () - start) / 1000.0 / runs);

      start = g_get_monotonic_time ();
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GPtrArray) items = dt_timeline_items_from_model (G_LIST_MODEL (dt_window_get_directive_list (window)));
          DtTimelineOptions options;
          gint64 t0 = g_get_monotonic_time ();

          dt_timeline_chart_get_options (chart, &options);
          dt_timeline_layout_unref (dt_timeline_layout_new (items, &options));
          if (i < 2)
            g_print ("  of which items copied %.1f ms, layout %.1f ms\n",
                     (t0 - start) / 1000.0, (g_get_monotonic_time () - t0) / 1000.0);
          start = g_get_monotonic_time ();
        }

      /* The snapshot alone: the renderer's drawing, recorded. */
      start = g_get_monotonic_time ();
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
          g_autoptr(GskRenderNode) node = NULL;

          GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
          node = gtk_snapshot_to_node (snapshot);
        }
      g_print ("snapshot of the chart: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0 / runs);

      /* A full redraw of the chart: its snapshot, rendered to pixels. */
      start = g_get_monotonic_time ();
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
          g_autoptr(GskRenderNode) node = NULL;
          g_autoptr(GdkTexture) texture = NULL;
          int cw = gtk_widget_get_width (GTK_WIDGET (chart)), ch = gtk_widget_get_height (GTK_WIDGET (chart));

          GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
          node = gtk_snapshot_to_node (snapshot);
          texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                                 &GRAPHENE_RECT_INIT (0, 0, cw, ch));
          if (i == 0)
            g_print ("chart %dx%d\n", cw, ch);
        }
      g_print ("full redraw of the chart: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0 / runs);
    }

  if (pdf != NULL)
    {
      g_autoptr(DtPrintOperation) operation = gui_window_print_operation (window);
      DtTimelinePaper paper = DT_TIMELINE_PAPER_A4;
      gint64 start = g_get_monotonic_time ();

      if (paper_id != NULL && !dt_timeline_paper_from_id (paper_id, &paper))
        paper = DT_TIMELINE_PAPER_A4;
      dt_print_operation_set_paper (operation, paper, !portrait);
      dt_print_operation_set_pages_wide (operation, pages_wide);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
      if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                   GTK_WINDOW (window), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
        g_printerr ("cannot print: %s\n", error->message);
      else
        g_print ("printed %s in %.1f ms\n", pdf, (g_get_monotonic_time () - start) / 1000.0);
    }

  if (print_dialog != NULL)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's, not ours */

      gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
      wait_ms (2500);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          GtkWidget *toplevel = g_list_model_get_item (toplevels, i);

          /* GTK keeps its toplevels: no reference of ours outlives the close. */
          g_object_unref (toplevel);
          if (toplevel != GTK_WIDGET (window) && gtk_widget_get_visible (toplevel)
              && gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window))
            {
              gui_test_save_png (toplevel, print_dialog);
              gtk_window_close (GTK_WINDOW (toplevel));
              wait_ms (300);
              break;
            }
        }
    }

  if (print_tab != NULL)
    {
      g_autoptr(DtPrintOperation) operation = gui_window_print_operation (window);
      GtkWidget *tab = NULL, *tab_window = gtk_window_new ();

      g_signal_emit_by_name (operation, "create-custom-widget", &tab);
      gtk_window_set_child (GTK_WINDOW (tab_window), tab);
      gtk_window_present (GTK_WINDOW (tab_window));
      wait_ms (400);
      gui_test_save_png (tab_window, print_tab);
      gtk_window_destroy (GTK_WINDOW (tab_window));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  return 0;
}
