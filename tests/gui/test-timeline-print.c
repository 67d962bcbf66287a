/* test-timeline-print.c — the timeline printed and exported from the real
 * window (win.print, win.export-timeline), and the meeting's presets
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
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "pdf-text.h"
#include "timeline-fixture.h"

/* The sidebar's choice is the row of @kind and @id. */
static gboolean
sidebar_chose (Fixture           *f,
               DtSidebarItemKind  kind,
               gint64             id)
{
  DtSidebarItem *chosen = gui_window_sidebar_choice (f->window);

  return chosen != NULL && dt_sidebar_item_get_kind (chosen) == kind && dt_sidebar_item_get_id (chosen) == id;
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

static gboolean
is_written (gpointer data)
{
  return *(GFile **) data != NULL;
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
  /* written when the dialog says "exported" */
  gui_test_wait_until (is_written, &written);

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

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-15");

#define ADD(name, func) \
  g_test_add ("/gui/timeline/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("print-pages", test_print_pages);
  ADD ("export-dialog", test_export_dialog);
  ADD ("export-type-size", test_export_type_size);
  ADD ("export-heading", test_export_heading);
  ADD ("preset-due-soon", test_preset_due_soon);
  ADD ("preset-scope", test_preset_scope);

  return g_test_run ();
}
