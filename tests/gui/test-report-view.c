/* test-report-view.c — the Report page of the window
 *
 * The sample notice with a month of work (tests/report/report-fixtures.h),
 * February 2024 as of 05/03/2024: the figures counted by hand in
 * tests/report/test-report.c, on screen.  With DT_REPORT_SHOTS=DIR it also
 * saves the page at 1440 px and 360 px wide, light and dark, in DIR.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-directive-detail.h"
#include "dt-report-chart-view.h"
#include "dt-report-print-operation.h"
#include "dt-report-row-item.h"
#include "dt-report-view.h"
#include "dt-status.h"
#include "dt-timeline-view.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "pdf-text.h"
#include "report/report-fixtures.h"

typedef struct
{
  char         *dir;
  char         *path;
  DtStore      *store;
  DtWindow     *window;
  DtReportView *view;
} Fixture;

static gboolean
rows_shown (gpointer data)
{
  Fixture *f = data;
  GtkColumnView *columns = GTK_COLUMN_VIEW (gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (columns));

  return g_list_model_get_n_items (model) == 23;
}

/* The window on its Report page, February 2024 as of 05/03/2024 */
static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  DtReportPeriod february;

  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "report");
  f->view = DT_REPORT_VIEW (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_REPORT_VIEW, NULL));
  dt_report_period_month (&february, 2024, 2);
  dt_report_view_set_period (f->view, &february);
  dt_report_view_set_as_of (f->view, dt_date_new (2024, 3, 5));
  gui_test_wait_until (rows_shown, f);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DtStore) fixture = NULL;

  f->store = gui_test_open_temp_store ("dt-report-XXXXXX", &f->dir, &f->path);
  g_clear_object (&f->store);
  fixture = report_fixture_sample (f->path);
  g_clear_object (&fixture);
  f->store = dt_store_open (f->path, NULL);
  g_assert_nonnull (f->store);
  open_window (f, 1200, 860);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}

static DtReportRowItem *
find_row (Fixture    *f,
          const char *unit)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (columns));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DtReportRowItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (dt_report_row_item_get_unit_name (item), unit))
        return g_steal_pointer (&item);
    }
  return NULL;
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DtReportRowItem) trade = find_row (f, "Sở Công Thương");
  g_autoptr(DtReportRowItem) labour = find_row (f, "Sở Lao động - Thương binh và Xã hội");
  /* made for the report's options, on its page not shown */
  DtTimelineView *timeline = DT_TIMELINE_VIEW (gui_test_find_widget (GTK_WIDGET (f->window),
                                                                     DT_TYPE_TIMELINE_VIEW, NULL));

  g_assert_nonnull (trade);
  g_assert_cmpuint (dt_report_row_item_get_total (trade), ==, 2);
  g_assert_cmpuint (dt_report_row_item_get_count (trade, DT_REPORT_OVERDUE), ==, 2);
  g_assert_cmpuint (dt_report_row_item_get_count (trade, DT_REPORT_NO_DEADLINE), ==, 3);
  g_assert_nonnull (labour);
  g_assert_cmpuint (dt_report_row_item_get_count (labour, DT_REPORT_LATE), ==, 1);
  g_assert_cmpuint (dt_report_row_item_get_count (labour, DT_REPORT_OVERDUE), ==, 1);

  /* the reporting date is the timeline's too */
  g_assert_cmpuint (dt_timeline_chart_get_as_of (dt_timeline_view_get_chart (timeline)), ==,
                    dt_date_new (2024, 3, 5));
}

static gboolean
one_row_shown (gpointer data)
{
  Fixture *f = data;

  GtkColumnView *columns = GTK_COLUMN_VIEW (gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (columns))) == 1;
}

/* The drop-down at or below @widget offering @name (a GtkStringList), or NULL */
static GtkDropDown *
find_choice (GtkWidget  *widget,
             const char *name)
{
  if (GTK_IS_DROP_DOWN (widget) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (widget))))
    {
      GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)));

      if (gtk_string_list_find (names, name) != G_MAXUINT)
        return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_choice (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The unit chosen: its row only, its figures */
static void
test_unit_filter (Fixture       *f,
                  gconstpointer  data)
{
  GtkDropDown *units = find_choice (GTK_WIDGET (f->view), "Sở Công Thương");
  GListModel *names;
  g_autoptr(DtReportRowItem) trade = NULL;
  GtkWidget *card;

  g_assert_nonnull (units);
  names = gtk_drop_down_get_model (units);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Sở Công Thương"))
      gtk_drop_down_set_selected (units, i);
  gui_test_wait_until (one_row_shown, f);
  trade = find_row (f, "Sở Công Thương");
  g_assert_nonnull (trade);
  g_assert_cmpuint (dt_report_row_item_get_count (trade, DT_REPORT_OVERDUE), ==, 2);
  /* the totals' card says so: its number over its caption */
  card = gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_BUTTON, "report-overdue");
  g_assert_nonnull (card);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (card))))),
                   ==, "2");
}

static gboolean
dialog_open (gpointer data)
{
  Fixture *f = data;

  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window)) != NULL;
}

/* A number opens its directives; one of them opens in the list */
static void
test_number_opens_directives (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DtReportRowItem) trade = find_row (f, "Sở Công Thương");
  GArray *ids = dt_report_row_item_get_ids (trade, DT_REPORT_OVERDUE);
  DtReportChartView *chart = DT_REPORT_CHART_VIEW (gui_test_find_widget (GTK_WIDGET (f->view),
                                                                         DT_TYPE_REPORT_CHART_VIEW, NULL));
  AdwDialog *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;
  DtDirective *shown;

  g_assert_cmpuint (ids->len, ==, 2);
  g_signal_emit_by_name (chart, "activate-bar", dt_report_row_item_get_unit_id (trade),
                         (guint) DT_REPORT_OVERDUE);
  gui_test_wait_until (dialog_open, f);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  list = gui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));
  g_signal_emit_by_name (list, "row-activated", row);
  gui_test_wait_idle ();

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (gui_window_view_stack (f->window)), ==, "list");
  shown = gui_window_current (f->window);
  g_assert_nonnull (shown);
  g_assert_cmpint (dt_directive_get_id (shown), ==, g_array_index (ids, gint64, 0));
}

/* Printing draws the document's pages with the code that writes the PDF:
 * printed to a file, it has the same pages and says the same. */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(DtReportDocument) document = NULL;
  DtReportDocumentSettings settings = { "Ủy ban nhân dân tỉnh / Văn phòng", "Chánh Văn phòng" };
  DtReportOptions options;
  DtReport *report;
  DtReportPrintOperation *operation;
  GtkPrintOperationResult result;

  dt_report_options_init (&options);
  dt_report_period_month (&options.period, 2024, 2);
  options.as_of = dt_date_new (2024, 3, 5);
  report = dt_report_compute (f->store, &options, &error);
  g_assert_no_error (error);
  document = dt_report_document_new (report, &settings, DT_REPORT_A4_WIDTH, DT_REPORT_A4_HEIGHT);
  operation = dt_report_print_operation_new (report, &settings);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), out);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (f->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_text_count_pages (out), ==, dt_report_document_get_n_pages (document));
  text = pdf_text_read (out);
  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "CHÁNH VĂN PHÒNG"));
  g_object_unref (operation);
  g_unlink (out);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static void
count_timeline_prints (DtWindow         *window,
                       DtPrintOperation *operation,
                       gpointer          user_data)
{
  (*(guint *) user_data)++;
}

/* The print dialog over @window, or NULL */
static GtkWindow *
shown_print_dialog (DtWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      /* (gtkunixprint.h is not among the tests' headers) */
      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog")
          && gtk_widget_get_visible (GTK_WIDGET (toplevel))
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;   /* GTK holds it */
    }
  return NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return shown_print_dialog (data) != NULL;
}

static gboolean
print_dialog_gone (gpointer data)
{
  return shown_print_dialog (data) == NULL;
}

/* On the Report page, Print… of the main menu and Ctrl+P (win.print)
 * print the report: they printed the timeline, a page away */
static void
test_print_shortcut (Fixture       *f,
                     gconstpointer  data)
{
  guint timeline_prints = 0;

  /* In a Flatpak sandbox (the Flatpak build runs the tests in one) GTK
   * prints through the desktop's portal: there is no dialog of ours to see. */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("inside a Flatpak sandbox printing goes through the portal, with no dialog in the process");
      return;
    }

  dt_window_set_print_hook (f->window, count_timeline_prints, &timeline_prints);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL));
  gui_test_wait_until (print_dialog_shown, f->window);
  g_assert_cmpuint (timeline_prints, ==, 0);
  gtk_window_close (shown_print_dialog (f->window));
  gui_test_wait_until (print_dialog_gone, f->window);

  /* whatever the list shows: a view with nothing in it (the timeline has
   * nothing to print) leaves the report to print */
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_DUE_THIS_WEEK));
  gui_test_wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (f->window))), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL));
  gui_test_wait_until (print_dialog_shown, f->window);
  gtk_window_close (shown_print_dialog (f->window));
  gui_test_wait_until (print_dialog_gone, f->window);
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_ALL));
  gui_test_wait_idle ();

  /* on the Timeline page, the timeline */
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "timeline");
  gui_test_wait_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL));
  gui_test_wait_idle ();
  g_assert_cmpuint (timeline_prints, ==, 1);
  dt_window_set_print_hook (f->window, NULL, NULL);
}

static void
save_shots (Fixture    *f,
            const char *dir)
{
  const struct { int width; int height; const char *name; } sizes[] = {
    { 1440, 900, "1440" },
    { 360, 760, "360" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint dark = 0; dark < 2; dark++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_autofree char *file = g_strdup_printf ("report-%s-%s-%s.png", g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "en",
                                                 sizes[i].name, dark ? "dark" : "light");
        g_autofree char *path = g_build_filename (dir, file, NULL);

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        /* a window of that size from the start, as a phone opens it */
        gtk_window_close (GTK_WINDOW (f->window));
        gui_test_wait_idle ();
        open_window (f, sizes[i].width, sizes[i].height);
        adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
        gui_test_wait_for_draw (GTK_WIDGET (f->view));
        gui_test_save_png (GTK_WIDGET (f->window), path);
        {
          /* and further down: the chart and the table */
          GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gui_test_find_widget (GTK_WIDGET (f->view),
                                                                                   GTK_TYPE_SCROLLED_WINDOW, NULL));
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
          g_autofree char *lower = g_strdup_printf ("report-%s-%s-%s-chart.png",
                                                    g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "en",
                                                    sizes[i].name, dark ? "dark" : "light");
          g_autofree char *lower_path = g_build_filename (dir, lower, NULL);

          /* the chart, then the end of the table */
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.3);
          gui_test_wait_for_draw (GTK_WIDGET (f->view));
          gui_test_save_png (GTK_WIDGET (f->window), lower_path);
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          gui_test_wait_for_draw (GTK_WIDGET (f->view));
          g_free (lower_path);
          lower_path = g_strconcat (path, "-end.png", NULL);
          gui_test_save_png (GTK_WIDGET (f->window), lower_path);
        }
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_shots (Fixture       *f,
            gconstpointer  data)
{
  const char *dir = g_getenv ("DT_REPORT_SHOTS");

  if (dir == NULL)
    {
      g_test_skip ("DT_REPORT_SHOTS not set");
      return;
    }
  save_shots (f, dir);
}

/* A status has one name wherever it shows: the list's pill, the detail's
 * header and the Report page's card all say "Overdue" (the detail said
 * "In progress, overdue", the report "Not completed, overdue"). */
static void
test_status_words (Fixture       *f,
                   gconstpointer  data)
{
  const char *overdue = dt_status_to_string (DT_STATUS_OVERDUE);
  GListModel *list = G_LIST_MODEL (dt_window_get_directive_list (f->window));
  g_autoptr(DtDirective) late = NULL;
  GtkWidget *card, *pill, *header;

  g_assert_cmpstr (overdue, ==, "Overdue");

  /* the card of the Report page: its caption under the number */
  gui_test_wait_for_draw (GTK_WIDGET (f->view));
  card = gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_BUTTON, "report-overdue");
  g_assert_nonnull (card);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (gtk_button_get_child (GTK_BUTTON (card))))),
                   ==, overdue);

  /* the list's pill */
  adw_view_stack_set_visible_child_name (gui_window_view_stack (f->window), "list");
  gui_test_wait_for_draw (GTK_WIDGET (gui_window_column_view (f->window)));
  pill = gui_test_find_widget (GTK_WIDGET (gui_window_column_view (f->window)), GTK_TYPE_LABEL, "status-overdue");
  g_assert_nonnull (pill);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pill)), ==, overdue);

  /* the detail's header */
  for (guint i = 0; late == NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (list, i);

      if (dt_directive_get_status (d) == DT_STATUS_OVERDUE)
        late = g_steal_pointer (&d);
    }
  g_assert_nonnull (late);
  gui_window_open (f->window, late);
  header = gui_test_find_widget (GTK_WIDGET (gui_window_detail (f->window)), GTK_TYPE_LABEL,
                                 "status-overdue");
  g_assert_nonnull (header);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (header)), ==, overdue);
}

/* Fails unless every label shown in @root has its whole text, inside the
 * window */
static void
assert_labels_whole (GtkWidget *root,
                     GtkWidget *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child))
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (child, window, &bounds));
          if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
            g_error ("“%s” is cut short", gtk_label_get_label (GTK_LABEL (child)));
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window));
        }
      assert_labels_whole (child, window);
    }
}

/* The labels on screen under @root that name a unit (the sample's all
 * start "Sở", "Ban", "Bộ", "Cục", "Công an", "Thanh tra" or "Văn phòng") */
static void
collect_unit_labels (GtkWidget *root,
                     GPtrArray *labels)
{
  static const char * const starts[] = { "Sở ", "Ban ", "Bộ ", "Cục ", "Công an", "Thanh tra", "Văn phòng" };

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child))
        for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
          if (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), starts[i]))
            {
              g_ptr_array_add (labels, child);
              break;
            }
      collect_unit_labels (child, labels);
    }
}

/* At 360 px the reporting date, the notice and the unit are read whole
 * (they showed "As of 05/03…", "All Noti…" and "All …"). */
static void
test_narrow_filters (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *units, *filters;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  open_window (f, 360, 760);
  adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
  gui_test_wait_for_draw (GTK_WIDGET (f->view));

  /* the three share a wrapping box: the date's button, the notice's and
   * the unit's drop-downs */
  units = GTK_WIDGET (find_choice (GTK_WIDGET (f->view), "Sở Công Thương"));
  g_assert_nonnull (units);
  filters = gtk_widget_get_ancestor (units, ADW_TYPE_WRAP_BOX);
  g_assert_nonnull (filters);
  g_assert_nonnull (gui_test_find_widget (filters, GTK_TYPE_MENU_BUTTON, NULL));
  g_assert_true (gui_test_find_widget (filters, GTK_TYPE_DROP_DOWN, NULL) != units);
  assert_labels_whole (filters, GTK_WIDGET (f->window));
}

/* A widget of @type on screen under @root whose action, or icon, is @name */
static GtkWidget *
find_shown (GtkWidget  *root,
            GType       type,
            const char *name)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && ((GTK_IS_MENU_BUTTON (root) && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root)), name) == 0)
          || (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), name) == 0)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, type, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
empty_shown (gpointer data)
{
  DtReportView *view = data;

  return gui_test_find_widget (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, NULL) != NULL
         && gtk_widget_get_mapped (gui_test_find_widget (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, NULL));
}

/* Nothing to report: the print and export menu is off (it opened on
 * items all greyed out), and a new database offers to import a notice,
 * as the list does. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  DtReportPeriod june;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  DtStore *empty;
  DtWindow *window;
  DtReportView *view;
  GtkWidget *menu;

  /* a month with nothing in it */
  dt_report_period_month (&june, 2023, 6);
  dt_report_view_set_period (f->view, &june);
  gui_test_wait_until (empty_shown, f->view);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  menu = find_shown (GTK_WIDGET (f->view), GTK_TYPE_MENU_BUTTON, "document-save-symbolic");
  g_assert_nonnull (menu);
  g_assert_false (gtk_widget_is_sensitive (menu));
  /* the store has directives: nothing to import */
  g_assert_null (find_shown (GTK_WIDGET (f->view), GTK_TYPE_BUTTON, "win.import"));

  /* a month with some: the menu is back */
  dt_report_period_month (&june, 2024, 2);
  dt_report_view_set_period (f->view, &june);
  gui_test_wait_until (rows_shown, f);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_is_sensitive (find_shown (GTK_WIDGET (f->view), GTK_TYPE_MENU_BUTTON,
                                                      "document-save-symbolic")));

  /* a new database */
  empty = gui_test_open_temp_store ("dt-report-empty-XXXXXX", &dir, &path);
  window = dt_window_new (NULL, empty);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 860);
  gtk_window_present (GTK_WINDOW (window));
  adw_view_stack_set_visible_child_name (gui_window_view_stack (window), "report");
  view = DT_REPORT_VIEW (gui_test_find_widget (GTK_WIDGET (window), DT_TYPE_REPORT_VIEW, NULL));
  gui_test_wait_until (empty_shown, view);
  gui_test_wait_for_draw (GTK_WIDGET (window));
  {
    GtkWidget *import = find_shown (GTK_WIDGET (view), GTK_TYPE_BUTTON, "win.import");

    g_assert_nonnull (import);
    g_assert_true (gtk_widget_is_sensitive (import));
  }
  g_assert_false (gtk_widget_is_sensitive (find_shown (GTK_WIDGET (view), GTK_TYPE_MENU_BUTTON,
                                                       "document-save-symbolic")));
  gtk_window_close (GTK_WINDOW (window));
  gui_test_wait_idle ();
  gui_test_remove_temp_store (empty, &dir, &path);
}

/* At 360 px the table by unit names each unit whole, on more lines where
 * needed ("Ban Quản lý Khu k…", "Bộ Chỉ huy Bộ đội …" could not be told
 * apart) */
static void
test_narrow_unit_names (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *table;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  open_window (f, 360, 1900);
  adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
  gui_test_wait_for_draw (GTK_WIDGET (f->view));
  table = gui_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL);
  g_assert_nonnull (table);
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    collect_unit_labels (table, names);
    g_assert_cmpuint (names->len, >=, 5);
    for (guint i = 0; i < names->len; i++)
      if (pango_layout_is_ellipsized (gtk_label_get_layout (g_ptr_array_index (names, i))))
        g_error ("“%s” is cut short", gtk_label_get_label (g_ptr_array_index (names, i)));
  }
}

/* On a phone, the detail of a directive opened from the report shows its
 * whole text: the text view is measured again at the pane's width (its
 * last line was cut in half). */
static void
test_detail_text_whole (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *list;
  g_autoptr(DtDirective) directive = NULL;
  DtDirectiveDetail *detail;
  GtkWidget *text, *scrolled;
  int natural = 0;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  open_window (f, 360, 760);
  list = G_LIST_MODEL (dt_window_get_directive_list (f->window));
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  /* a text of seven lines or so */
  directive = g_list_model_get_item (list, 0);
  dt_directive_set_text (directive, "Phối hợp chặt chẽ với Sở Kế hoạch và Đầu tư và các cơ quan, địa phương "
                                    "có liên quan kịp thời hướng dẫn, tháo gỡ khó khăn để đẩy nhanh tiến độ "
                                    "giải ngân vốn đầu tư công, báo cáo Ủy ban nhân dân tỉnh phương án giải "
                                    "quyết trước ngày 31/01/2024.");
  g_assert_true (dt_store_save_directive (f->store, directive, NULL));
  gui_window_open (f->window, directive);
  detail = gui_window_detail (f->window);
  gui_test_wait_for_draw (GTK_WIDGET (detail));
  gui_test_wait_idle ();
  gui_test_wait_for_draw (GTK_WIDGET (detail));

  /* the directive's text, as the pane shows it */
  text = gui_test_find_widget (GTK_WIDGET (detail), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (text);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, dt_directive_get_text (directive));
  }
  scrolled = gtk_widget_get_ancestor (text, GTK_TYPE_SCROLLED_WINDOW);
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (text), NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, >, 100);
  g_assert_cmpint (gtk_widget_get_height (scrolled), >=, MIN (natural, 320));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");
  /* in Vietnamese when run with LANGUAGE=vi and DT_LOCALEDIR, for the screenshots */
  if (g_getenv ("DT_LOCALEDIR") != NULL)
    gui_test_init_locale (NULL);

  g_test_add ("/report-view/figures", Fixture, NULL, fixture_setup, test_figures, fixture_teardown);
  g_test_add ("/report-view/number-opens-directives", Fixture, NULL,
              fixture_setup, test_number_opens_directives, fixture_teardown);
  g_test_add ("/report-view/unit-filter", Fixture, NULL, fixture_setup, test_unit_filter, fixture_teardown);
  g_test_add ("/report-view/status-words", Fixture, NULL, fixture_setup, test_status_words, fixture_teardown);
  g_test_add ("/report-view/narrow-filters", Fixture, NULL, fixture_setup, test_narrow_filters, fixture_teardown);
  g_test_add ("/report-view/detail-text-whole", Fixture, NULL, fixture_setup, test_detail_text_whole, fixture_teardown);
  g_test_add ("/report-view/narrow-unit-names", Fixture, NULL, fixture_setup, test_narrow_unit_names, fixture_teardown);
  g_test_add ("/report-view/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/report-view/print-shortcut", Fixture, NULL, fixture_setup, test_print_shortcut, fixture_teardown);
  g_test_add ("/report-view/print", Fixture, NULL, fixture_setup, test_print, fixture_teardown);
  g_test_add ("/report-view/shots", Fixture, NULL, fixture_setup, test_shots, fixture_teardown);

  return g_test_run ();
}
