/* test-timeline-view.c — the timeline page, printing and export, in the real window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-directive-detail.h"
#include "dt-export-dialog.h"
#include "dt-print-operation.h"
#include "dt-status.h"
#include "dt-timeline-preset.h"
#include "dt-timeline-view.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "pdf-text.h"

typedef struct
{
  char            *dir;
  char            *path;
  DtStore         *store;
  DtWindow        *window;
  DtTimelineView  *view;
  DtTimelineChart *chart;
} Fixture;

/* The timeline page's view, made when the page is first shown. */
static DtTimelineView *
timeline_view (Fixture *f)
{
  return DT_TIMELINE_VIEW (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_VIEW, NULL));
}

/* The sidebar's choice is the row of @kind and @id. */
static gboolean
sidebar_chose (Fixture           *f,
               DtSidebarItemKind  kind,
               gint64             id)
{
  DtSidebarItem *chosen = gui_window_sidebar_choice (f->window);

  return chosen != NULL && dt_sidebar_item_get_kind (chosen) == kind && dt_sidebar_item_get_id (chosen) == id;
}

static void
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

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}

static GListModel *
shown (Fixture *f)
{
  return G_LIST_MODEL (dt_window_get_directive_list (f->window));
}

/* The timeline shows what the list shows, and follows its filters. */
static void
test_follows_list (Fixture       *f,
                   gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (f));

  g_assert_cmpuint (all, >, 10);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==, all);

  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  gui_test_search (gui_window_search_entry (f->window), "Công an");

  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), <, all);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), >, 0);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==,
                    g_list_model_get_n_items (shown (f)));

  /* Changed while the list page is shown: the timeline catches up when shown. */
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "list");
  gui_test_wait_idle ();
  gui_test_search (gui_window_search_entry (f->window), "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, all);
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  gui_test_wait_idle ();
  g_assert_cmpuint (dt_timeline_layout_get_n_items (dt_timeline_chart_get_layout (f->chart)), ==, all);
}

/* Zoom in: more pixels a day, and past the month's range the scale turns to
 * weeks (remembered); zoom out far enough and it is years. */
static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  double px = dt_timeline_chart_get_px_per_day (f->chart);
  double width = dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart));

  g_assert_nonnull (settings);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_MONTH);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), >, px);
  g_assert_cmpfloat (dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart)), >, width);

  for (int i = 0; i < 8; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_WEEK);
  g_assert_cmpstr (g_settings_get_string (settings, "timeline-scale"), ==, "week");

  for (int i = 0; i < 30; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL);
  g_assert_cmpint (dt_timeline_chart_get_scale (f->chart), ==, DT_TIMELINE_SCALE_YEAR);
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), <, px);

  /* Choosing a scale gives it its own zoom. */
  dt_timeline_chart_set_scale (f->chart, DT_TIMELINE_SCALE_QUARTER);
  g_assert_cmpfloat (dt_timeline_chart_get_px_per_day (f->chart), ==,
                     dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_QUARTER));

  /* Fit: the whole range in the width of the chart. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.fit", NULL);
  gui_test_wait_idle ();
  g_assert_cmpfloat (dt_timeline_layout_get_content_width (dt_timeline_chart_get_layout (f->chart)), <=,
                     gtk_widget_get_width (GTK_WIDGET (f->chart)));
}

/* Deadlines two years before today: the chart reaches today in every
 * scale, and Today (Ctrl+T) brings the today line into view. */
static void
test_today_in_every_scale (Fixture       *f,
                           gconstpointer  data)
{
  DtTimelineScale scales[] = { DT_TIMELINE_SCALE_WEEK, DT_TIMELINE_SCALE_MONTH,
                               DT_TIMELINE_SCALE_QUARTER, DT_TIMELINE_SCALE_YEAR };
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->chart));
  DtDate today = dt_date_new (2026, 12, 4);

  g_setenv ("DT_TODAY", "2026-12-04", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      DtTimelineLayout *layout;
      double x;

      dt_timeline_chart_set_scale (f->chart, scales[i]);
      gui_test_wait_idle ();
      gtk_adjustment_set_value (hadj, 0);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.today", NULL));
      gui_test_wait_idle ();

      layout = dt_timeline_chart_get_layout (f->chart);
      g_assert_cmpuint (dt_timeline_layout_get_today (layout), ==, today);
      g_assert_cmpuint (dt_timeline_layout_get_to (layout), >=, today);
      x = dt_timeline_layout_date_to_x (layout, today);
      g_assert_cmpfloat (x, >=, gtk_adjustment_get_value (hadj));
      g_assert_cmpfloat (x, <, gtk_adjustment_get_value (hadj) + gtk_adjustment_get_page_size (hadj));
    }
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
}

static AdwSplitButton *
find_split_button_labelled (GtkWidget  *widget,
                            const char *label)
{
  if (ADW_IS_SPLIT_BUTTON (widget)
      && g_strcmp0 (adw_split_button_get_label (ADW_SPLIT_BUTTON (widget)), label) == 0)
    return ADW_SPLIT_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwSplitButton *found = find_split_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A reporting date for a meeting: the today line moves to it, directives
 * take their status on that day, the toolbar says so, and "Use Today" goes
 * back. */
static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  DtTimelineLayout *layout;
  DtDate as_of = dt_date_new (2024, 1, 26);   /* the day after the meeting */
  guint overdue_today = 0, overdue_then = 0;

  layout = dt_timeline_chart_get_layout (f->chart);
  for (guint i = 0; i < dt_timeline_layout_get_n_items (layout); i++)
    overdue_today += dt_timeline_layout_get_item (layout, i)->status == DT_STATUS_OVERDUE;
  g_assert_cmpuint (overdue_today, >, 0);   /* 15/03/2024: some deadlines passed */

  dt_timeline_chart_set_as_of (f->chart, as_of);
  gui_test_wait_idle ();
  layout = dt_timeline_chart_get_layout (f->chart);
  g_assert_cmpuint (dt_timeline_layout_get_today (layout), ==, as_of);
  for (guint i = 0; i < dt_timeline_layout_get_n_items (layout); i++)
    overdue_then += dt_timeline_layout_get_item (layout, i)->status == DT_STATUS_OVERDUE;
  g_assert_cmpuint (overdue_then, <, overdue_today);

  /* Today scrolls to the reporting date's line, and says which it is. */
  g_assert_nonnull (find_split_button_labelled (GTK_WIDGET (f->view), "As of 26/01/2024"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.as-of-today", NULL));
  g_assert_cmpuint (dt_timeline_chart_get_as_of (f->chart), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_timeline_layout_get_today (dt_timeline_chart_get_layout (f->chart)), ==, dt_date_today ());
  g_assert_nonnull (find_split_button_labelled (GTK_WIDGET (f->view), "_Today"));
}

static gboolean
on_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A click on a directive's bar selects it in the list and opens its detail. */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  guint n = g_list_model_get_n_items (shown (f));
  DtTimelineHit hit;
  gint64 id = 0;
  double x, y;
  guint ticker = g_timeout_add (10, on_tick, NULL);

  /* A directive with a deadline, somewhere down the list. */
  for (guint i = n / 2; i < n && id == 0; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (shown (f), i);

      if (dt_directive_get_deadline (d) != 0)
        id = dt_directive_get_id (d);
    }
  g_assert_cmpint (id, !=, 0);

  /* Bring it into view, then clear the selection. */
  dt_timeline_chart_select_id (f->chart, id);
  dt_timeline_chart_select_id (f->chart, 0);
  gui_test_wait_idle ();

  g_assert_true (dt_timeline_chart_get_bar_point (f->chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_hit_test (f->chart, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_BAR);
  g_assert_cmpint (dt_timeline_layout_get_item (dt_timeline_chart_get_layout (f->chart), hit.item)->id, ==, id);

  /* Hovering shows what it is. */
  {
    g_autoptr(DtDirective) d = NULL;
    g_autofree char *markup = dt_timeline_chart_dup_tooltip_markup (f->chart, x, y, NULL);

    for (guint i = 0; i < n && d == NULL; i++)
      {
        g_autoptr(DtDirective) candidate = g_list_model_get_item (shown (f), i);

        if (dt_directive_get_id (candidate) == id)
          d = g_steal_pointer (&candidate);
      }
    g_assert_nonnull (markup);
    g_assert_nonnull (strstr (markup, dt_directive_get_lead_unit_name (d)));
    g_assert_nonnull (strstr (markup, dt_status_to_string (dt_directive_get_status (d))));
    g_assert_nonnull (strstr (markup, "Deadline:"));
    g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  }

  g_assert_true (dt_timeline_chart_click (f->chart, x, y));
  gui_test_wait_idle ();

  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, id);
  g_assert_nonnull (gui_window_selected (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_selected (f->window)), ==, id);
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);

  /* The header is not a directive. */
  g_assert_false (dt_timeline_chart_click (f->chart, x, 5));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, id);

  /* Choosing a row of the list selects its bar. */
  gtk_single_selection_set_selected (gui_window_list_selection (f->window), 0);
  gui_test_wait_idle ();
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==,
                   dt_directive_get_id (gui_window_selected (f->window)));
  g_source_remove (ticker);
}

/* Arrows move between directives in the order drawn, skipping group rows;
 * Enter opens the one selected. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  DtTimelineLayout *layout = dt_timeline_chart_get_layout (f->chart);
  gint64 first = 0, second = 0;
  guint n_rows = dt_timeline_layout_get_n_rows (layout);

  for (guint i = 0; i < n_rows && second == 0; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

      if (row->kind != DT_TIMELINE_ROW_ITEM)
        continue;
      if (first == 0)
        first = dt_timeline_layout_get_item (layout, row->item)->id;
      else
        second = dt_timeline_layout_get_item (layout, row->item)->id;
    }
  g_assert_cmpint (second, !=, 0);

  gtk_widget_grab_focus (GTK_WIDGET (f->chart));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-next", NULL));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-next", NULL);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, second);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select-previous", NULL);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (f->chart), ==, first);

  /* the chart selects in the list's selection: the list's row follows */
  g_assert_cmpint (dt_directive_get_id (gui_window_selected (f->window)), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.activate", NULL);
  gui_test_wait_idle ();
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, first);
}

#if HAVE_POPPLER
static int
print_to_pdf (Fixture        *f,
              guint           pages_wide,
              DtTimelinePaper paper,
              DtTimelineTypeSize type_size,
              const char     *name)
{
  g_autoptr(DtPrintOperation) operation = gui_window_print_operation (f->window);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  int pages;

  dt_print_operation_set_pages_wide (operation, pages_wide);
  dt_print_operation_set_paper (operation, paper, TRUE);
  dt_print_operation_set_type_size (operation, type_size);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  pages = (int) pdf_text_count_pages (path);
  if (pages_wide == 1 && paper == DT_TIMELINE_PAPER_A4)
    {
      g_autofree char *text = pdf_text_read (path);

      /* Every page has its header, and the names keep their diacritics. */
      g_assert_nonnull (strstr (text, "Công an tỉnh"));
      g_assert_nonnull (strstr (text, "Page 1/"));
    }
  g_unlink (path);
  return pages;
}
#endif

/* The printed page count follows "pages wide": twice as wide, twice the pages. */
static void
test_print_pages (Fixture       *f,
                  gconstpointer  data)
{
#if HAVE_POPPLER
  int one = print_to_pdf (f, 1, DT_TIMELINE_PAPER_A4, DT_TIMELINE_TYPE_LARGE, "one.pdf");
  int two = print_to_pdf (f, 2, DT_TIMELINE_PAPER_A4, DT_TIMELINE_TYPE_LARGE, "two.pdf");
  int three = print_to_pdf (f, 3, DT_TIMELINE_PAPER_A4, DT_TIMELINE_TYPE_LARGE, "three.pdf");
  int a3_more = print_to_pdf (f, 1, DT_TIMELINE_PAPER_A3, DT_TIMELINE_TYPE_NORMAL, "a3-more.pdf");
  int a3 = print_to_pdf (f, 1, DT_TIMELINE_PAPER_A3, DT_TIMELINE_TYPE_LARGE, "a3.pdf");

  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_test_message ("A4 landscape: %d page(s) 1 wide, %d 2 wide, %d 3 wide; A3: %d, %d with more on each page",
                  one, two, three, a3, a3_more);
  /* The last page setup used is remembered for the next time. */
  g_assert_cmpstr (g_settings_get_string (settings, "print-paper"), ==, "A3");
  g_assert_cmpstr (g_settings_get_string (settings, "print-orientation"), ==, "landscape");
  g_assert_cmpint (g_settings_get_int (settings, "print-pages-wide"), ==, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "print-type-size"), ==, "large");
  {
    g_autoptr(DtPrintOperation) next = gui_window_print_operation (f->window);
    GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (next));

    g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, GTK_PAPER_NAME_A3);
    g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
    g_assert_cmpuint (dt_print_operation_get_pages_wide (next), ==, 1);
  }
  g_assert_cmpint (one, >=, 1);
  g_assert_cmpint (two, ==, 2 * one);
  g_assert_cmpint (three, ==, 3 * one);
  /* A3 is taller: its rows need no more pages than A4's. */
  g_assert_cmpint (a3, <=, one);
  g_assert_cmpint (a3_more, <=, a3);
  /* What A3 is for is remembered too. */
  print_to_pdf (f, 1, DT_TIMELINE_PAPER_A3, DT_TIMELINE_TYPE_NORMAL, "a3-more.pdf");
  g_assert_cmpstr (g_settings_get_string (settings, "print-type-size"), ==, "normal");
  {
    g_autoptr(DtPrintOperation) next = gui_window_print_operation (f->window);

    g_assert_cmpint (dt_print_operation_get_type_size (next), ==, DT_TIMELINE_TYPE_NORMAL);
  }
  g_settings_reset (settings, "print-type-size");
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static void
on_exported (DtExportDialog *dialog,
             GFile          *file,
             GFile         **out)
{
  *out = g_object_ref (file);
}

/* The preferences row of @type titled @title below @widget */
static gpointer
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

#define find_entry_row(widget, title) ((AdwEntryRow *) find_row ((widget), ADW_TYPE_ENTRY_ROW, (title)))
#define find_combo_row(widget, title) ((AdwComboRow *) find_row ((widget), ADW_TYPE_COMBO_ROW, (title)))

/* The dialog win.export-timeline (Ctrl+Shift+E) shows. */
static DtExportDialog *
export_dialog (Fixture *f)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-timeline", NULL));
  gui_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_EXPORT_DIALOG (dialog));
  return DT_EXPORT_DIALOG (dialog);
}

static GFile *
export_with_dialog_titled (Fixture          *f,
                           DtTimelineFormat  format,
                           const char       *name,
                           const char       *heading,
                           const char       *subtitle,
                           int               use_a3_for);

static GFile *
export_with_dialog_typed (Fixture            *f,
                          const char         *name,
                          DtTimelineTypeSize  type_size);

static GFile *
export_with_dialog (Fixture          *f,
                    DtTimelineFormat  format,
                    const char       *name)
{
  return export_with_dialog_titled (f, format, name, NULL, NULL, -1);
}

static GFile *
export_with_dialog_typed (Fixture            *f,
                          const char         *name,
                          DtTimelineTypeSize  type_size)
{
  return export_with_dialog_titled (f, DT_TIMELINE_FORMAT_PDF, name, NULL, NULL,
                                    type_size == DT_TIMELINE_TYPE_NORMAL ? 1 : 0);
}

static GFile *
export_with_dialog_titled (Fixture          *f,
                           DtTimelineFormat  format,
                           const char       *name,
                           const char       *heading,
                           const char       *subtitle,
                           int               use_a3_for)
{
  DtExportDialog *dialog = export_dialog (f);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *written = NULL;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  dt_export_dialog_set_format (dialog, format);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &written);

  /* the title, made from what is shown until the user writes another */
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), "T_itle"))),
                                   "Timeline of directives"));
  if (heading != NULL)
    gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), "T_itle")), heading);
  if (subtitle != NULL)
    gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (dialog), "S_ubtitle: the meeting and its date")),
                           subtitle);
  /* what A3 is for: 0 larger type, 1 more on each page, -1 as it is */
  if (use_a3_for >= 0)
    adw_combo_row_set_selected (find_combo_row (GTK_WIDGET (dialog), "_Use A3 For"), use_a3_for);
  dt_export_dialog_export_to_file (dialog, file);
  while (written == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  gui_test_wait_idle ();

  g_assert_nonnull (written);
  g_assert_true (g_file_equal (written, file));
  return written;
}

/* The export dialog writes a real PNG and a real PDF. */
static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) png = export_with_dialog (f, DT_TIMELINE_FORMAT_PNG, "timeline.png");
  g_autoptr(GFile) pdf = export_with_dialog (f, DT_TIMELINE_FORMAT_PDF, "timeline.pdf");
  g_autofree char *png_path = g_file_get_path (png);
  g_autofree char *pdf_path = g_file_get_path (pdf);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  texture = gdk_texture_new_from_filename (png_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 600);
  g_assert_cmpint (gdk_texture_get_height (texture), >, 300);

  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
#if HAVE_POPPLER
  g_assert_cmpuint (pdf_text_count_pages (pdf_path), >=, 1);
#endif

  g_unlink (png_path);
  g_unlink (pdf_path);
}

/* On A3 the export dialog asks what the sheet is for (larger type or more
 * on each page), from the settings the print dialog shares, and keeps the
 * answer there. */
static void
test_export_type_size (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *paper = g_settings_get_string (settings, "print-paper");
  g_autofree char *type_size = NULL;
  DtExportDialog *dialog;
  AdwComboRow *paper_row, *type_row;
  g_autoptr(GFile) pdf = NULL;
  g_autofree char *path = NULL;

  g_settings_set_string (settings, "print-paper", "A3");
  g_settings_set_string (settings, "print-type-size", "normal");
  dialog = export_dialog (f);
  paper_row = find_combo_row (GTK_WIDGET (dialog), "_Paper");
  type_row = find_combo_row (GTK_WIDGET (dialog), "_Use A3 For");
  g_assert_nonnull (type_row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (type_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (type_row), ==, 1);   /* More on Each Page */
  /* on A4 there is nothing to choose */
  adw_combo_row_set_selected (paper_row, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (type_row)));
  adw_combo_row_set_selected (paper_row, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (type_row)));
  adw_combo_row_set_selected (type_row, 0);                          /* Larger Type */
  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
  /* closed without exporting: nothing kept */
  type_size = g_settings_get_string (settings, "print-type-size");
  g_assert_cmpstr (type_size, ==, "normal");

  /* exported: kept */
  g_settings_set_string (settings, "print-type-size", "large");
  pdf = export_with_dialog_typed (f, "a3-more.pdf", DT_TIMELINE_TYPE_NORMAL);
  g_clear_pointer (&type_size, g_free);
  type_size = g_settings_get_string (settings, "print-type-size");
  g_assert_cmpstr (type_size, ==, "normal");
  path = g_file_get_path (pdf);
  g_unlink (path);

  g_settings_reset (settings, "print-type-size");
  g_settings_set_string (settings, "print-paper", paper);
}

/* A meeting's own title and subtitle, written in the export dialog, head
 * every page. */
static void
test_export_heading (Fixture       *f,
                     gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GFile) pdf = export_with_dialog_titled (f, DT_TIMELINE_FORMAT_PDF, "meeting.pdf",
                                                    "Họp giao ban tháng 3/2024",
                                                    "Ủy ban nhân dân tỉnh, ngày 18/03/2024", -1);
  g_autofree char *path = g_file_get_path (pdf);
  g_autofree char *text = pdf_text_read (path);

  g_assert_nonnull (strstr (text, "Họp giao ban tháng 3/2024"));
  g_assert_nonnull (strstr (text, "Ủy ban nhân dân tỉnh, ngày 18/03/2024"));
  g_assert_null (strstr (text, "Timeline of directives"));
  g_unlink (path);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* The meeting's presets ------------------------------------------------------ */

static gboolean
layout_has_n_items (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];
  guint n = GPOINTER_TO_UINT (((gpointer *) data)[1]);
  DtTimelineLayout *layout = dt_timeline_chart_get_layout (f->chart);

  return layout != NULL && dt_timeline_layout_get_n_items (layout) == n;
}

static void
wait_for_n_items (Fixture *f,
                  guint    n)
{
  gpointer data[2] = { f, GUINT_TO_POINTER (n) };

  gui_test_wait_until (layout_has_n_items, data);
}

/* "Overdue and due in 30 days" narrows the chart (not the list) to what a
 * meeting on the reporting date asks about; printing follows, and says so. */
static void
test_preset_due_soon (Fixture       *f,
                      gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (f));
  DtTimelineLayout *layout;
  g_autoptr(DtPrintOperation) operation = NULL;
  g_autofree char *path = g_build_filename (f->dir, "due.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_false (dt_timeline_view_get_due_soon (f->view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.due-soon", NULL));
  g_assert_true (dt_timeline_view_get_due_soon (f->view));
  gui_test_wait_idle ();

  layout = dt_timeline_chart_get_layout (f->chart);
  n = dt_timeline_layout_get_n_items (layout);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  for (guint i = 0; i < n; i++)
    g_assert_true (dt_timeline_item_is_due (dt_timeline_layout_get_item (layout, i), DT_DATE_NONE, 30));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, all);

  /* What is printed is what the chart shows, under a subtitle that says so
   * (today is 15/03/2024). */
  operation = gui_window_print_operation (f->window);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
#if HAVE_POPPLER
  text = pdf_text_read (path);
  g_assert_nonnull (strstr (text, "Overdue and due by 14/04/2024"));
#endif
  g_unlink (path);

  /* Off again: everything the list shows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.due-soon", NULL));
  wait_for_n_items (f, all);
  g_assert_false (dt_timeline_view_get_due_soon (f->view));
}

/* The radio checked in the timeline's Meeting Chart menu. */
static const char *
scope_state (Fixture *f)
{
  static char state[16];
  g_autofree char *scope = gui_window_meeting_scope (f->window);

  g_strlcpy (state, scope, sizeof state);
  return state;
}

/* "This notice" and "this unit" are the selected directive's, chosen in
 * the sidebar so that the list, the chart and the print agree; the radio
 * follows the sidebar. */
static void
test_preset_scope (Fixture       *f,
                   gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (f));
  g_autoptr(DtDirective) directive = g_list_model_get_item (shown (f), all / 2);
  gint64 unit_id = dt_directive_get_lead_unit_id (directive);
  gint64 notice_id = dt_directive_get_notice_id (directive);
  guint n;

  g_assert_cmpstr (scope_state (f), ==, "all");
  g_assert_cmpint (unit_id, !=, 0);
  gtk_single_selection_set_selected (gui_window_list_selection (f->window), all / 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "meeting.scope", "s", "unit"));
  gui_test_wait_idle ();
  g_assert_true (sidebar_chose (f, DT_SIDEBAR_ITEM_UNIT, unit_id));
  g_assert_cmpstr (scope_state (f), ==, "unit");
  n = g_list_model_get_n_items (shown (f));
  g_assert_cmpuint (n, <, all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (shown (f), i);

      g_assert_cmpint (dt_directive_get_lead_unit_id (d), ==, unit_id);
    }
  wait_for_n_items (f, n);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "meeting.scope", "s", "notice"));
  gui_test_wait_idle ();
  g_assert_true (sidebar_chose (f, DT_SIDEBAR_ITEM_NOTICE, notice_id));
  g_assert_cmpstr (scope_state (f), ==, "notice");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "meeting.scope", "s", "all"));
  gui_test_wait_idle ();
  g_assert_cmpstr (scope_state (f), ==, "all");
  wait_for_n_items (f, all);

  /* Another smart view of the sidebar is none of the three. */
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_OVERDUE));
  g_assert_cmpstr (scope_state (f), ==, "");
}

/* Phone width ----------------------------------------------------------------- */

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_or_icon)
{
  if ((GTK_IS_MENU_BUTTON (widget)
       && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), action_or_icon) == 0)
      || (GTK_IS_BUTTON (widget)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_or_icon) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_or_icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Whether widget lies whole inside the view, not cut at its right edge. */
static gboolean
inside_view (Fixture   *f,
             GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->view), &bounds));
  return bounds.origin.x >= 0
         && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (f->view)) + 0.5;
}

/* At 360 px the toolbar keeps the scale and Today, and the rest is in a menu
 * (grouping included); the unit column narrows so bars keep most of the
 * width; a tap on a bar opens the directive. */
static void
test_phone_width (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *more, *fit, *today;
  DtTimelineLayout *layout;
  int chart_width, minimum;
  gint64 id = 0;
  double x, y;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 740);
  gtk_window_present (GTK_WINDOW (f->window));
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
  f->view = timeline_view (f);
  f->chart = dt_timeline_view_get_chart (f->view);

  more = find_button (GTK_WIDGET (f->view), "view-more-symbolic");
  g_assert_nonnull (more);
  gui_test_wait_until (is_mapped, more);
  gui_test_wait_until (is_mapped, f->chart);

  fit = find_button (GTK_WIDGET (f->view), "timeline.fit");
  today = find_button (GTK_WIDGET (f->view), "timeline.today");
  g_assert_nonnull (fit);
  g_assert_nonnull (today);
  g_assert_false (gtk_widget_get_mapped (fit));
  g_assert_true (gtk_widget_get_mapped (today));
  g_assert_true (inside_view (f, today));
  g_assert_true (inside_view (f, more));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), <=, 360);
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* The chart: a narrow unit column, and most of the width for bars. */
  layout = dt_timeline_chart_get_layout (f->chart);
  chart_width = gtk_widget_get_width (GTK_WIDGET (f->chart));
  g_assert_cmpfloat (dt_timeline_layout_get_options (layout)->label_width, <=, 0.4 * chart_width);
  g_assert_cmpfloat (chart_width - dt_timeline_layout_get_options (layout)->label_width, >=, 190);

  /* The grouping, from the menu's radio. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.group", "s", "status"));
  g_assert_cmpint (dt_timeline_chart_get_group (f->chart), ==, DT_TIMELINE_GROUP_STATUS);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.group", "s", "unit");

  /* A tap on a bar opens the directive. */
  for (guint i = 0; i < g_list_model_get_n_items (shown (f)) && id == 0; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (shown (f), i);

      if (dt_directive_get_deadline (d) != 0)
        id = dt_directive_get_id (d);
    }
  dt_timeline_chart_select_id (f->chart, id);
  dt_timeline_chart_select_id (f->chart, 0);
  gui_test_wait_idle ();
  g_assert_true (dt_timeline_chart_get_bar_point (f->chart, id, &x, &y));
  g_assert_true (dt_timeline_chart_click (f->chart, x, y));
  gui_test_wait_idle ();
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);
  g_assert_true (gui_window_detail_shown (f->window));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-15");

#define ADD(name, func) \
  g_test_add ("/gui/timeline/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("follows-list", test_follows_list);
  ADD ("zoom", test_zoom);
  ADD ("today-in-every-scale", test_today_in_every_scale);
  ADD ("as-of", test_as_of);
  ADD ("click-selects", test_click_selects);
  ADD ("keyboard", test_keyboard);
  ADD ("print-pages", test_print_pages);
  ADD ("export-dialog", test_export_dialog);
  ADD ("export-type-size", test_export_type_size);
  ADD ("export-heading", test_export_heading);
  ADD ("preset-due-soon", test_preset_due_soon);
  ADD ("preset-scope", test_preset_scope);
  ADD ("phone-width", test_phone_width);

  return g_test_run ();
}
