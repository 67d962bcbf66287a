/* test-vietnamese.c — the main window in Vietnamese: no English word left
 *
 * Runs with LANGUAGE=vi and the translations the build compiled
 * (DT_LOCALEDIR = the build's po folder), opens every view of the window and
 * its dialogs on the sample notice, walks the widget tree and collects what
 * the user reads (labels, button labels, titles, subtitles, tooltips,
 * placeholders, accessible labels, column titles, menu labels, drop-down
 * items) and fails listing every string that is still English: a msgid shown
 * as is although vi.po translates it, an English word, an English month or
 * weekday name, or an ISO date where dd/mm/yyyy belongs.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dt-import-dialog.h"
#include "dt-text.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "vi-checker.h"

/* The checker itself: it finds an untranslated label, an English word
 * and an ISO date, and lets Vietnamese through. */
static void
test_checker (void)
{
  Checker c;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Vietnamese");

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), label);
  checker_init (&c);

  /* A msgid of vi.po, left as is */
  gtk_label_set_text (GTK_LABEL (label), "No Directives Yet");
  check_widget (&c, box);
  g_assert_nonnull (strstr (c.report->str, "No Directives Yet"));
  g_assert_nonnull (strstr (c.report->str, "untranslated"));

  g_string_truncate (c.report, 0);
  gtk_label_set_text (GTK_LABEL (label), "Hạn 15/02/2024");
  gtk_widget_set_tooltip_text (label, "Deadline");
  check_widget (&c, box);
  g_assert_nonnull (strstr (c.report->str, "Deadline"));
  g_assert_null (strstr (c.report->str, "Hạn"));

  g_string_truncate (c.report, 0);
  gtk_widget_set_tooltip_text (label, NULL);
  gtk_label_set_text (GTK_LABEL (label), "Hạn 2024-02-15");
  check_widget (&c, box);
  g_assert_nonnull (strstr (c.report->str, "ISO date"));

  /* Vietnamese, with the words that look English but are not */
  g_string_truncate (c.report, 0);
  gtk_label_set_text (GTK_LABEL (label), "In biểu đồ tiến độ, phóng to — Sở Y tế tỉnh Nghệ An, 37/TB-UBND");
  check_widget (&c, box);
  g_assert_cmpstr (c.report->str, ==, "");

  /* The catalog is really loaded: a msgid comes back in Vietnamese */
  g_assert_cmpstr (_("No Directives Yet"), !=, "No Directives Yet");

  checker_clear (&c);
  g_object_unref (box);
}

static void
test_list_views (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GArray) notices = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_NOTICE);
  g_autoptr(GArray) units = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_UNIT);

  g_assert_cmpstr (gui_window_list_page (f->window), ==, "list");
  for (DtView view = DT_VIEW_ALL; view < DT_N_VIEWS; view++)
    {
      g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, view));
      check_window (f);
    }

  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_NOTICE, g_array_index (notices, gint64, 0)));
  check_window (f);
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_UNIT, g_array_index (units, gint64, 0)));
  check_window (f);

  /* Nothing matches: the "no results" state */
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_ALL));
  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  gui_test_search (gui_window_search_entry (f->window), "zzzzqqq");
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  check_window (f);

  assert_no_english (f);
}

static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  GListModel *list = G_LIST_MODEL (dt_window_get_directive_list (f->window));
  guint n = g_list_model_get_n_items (list);

  g_assert_cmpuint (n, >, 0);
  /* Every kind of directive the sample has: completed, overdue, recurring,
   * with reports and extensions. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (list, i);

      gui_window_open (f->window, directive);
      check_window (f);
    }

  assert_no_english (f);
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "timeline");
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (gui_window_view_stack (f->window)), ==, "timeline");
  check_window (f);

  assert_no_english (f);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "empty");
  check_window (f);

  assert_no_english (f);
}

static void
check_dialog (Fixture    *f,
              const char *action,
              GVariant   *parameter)
{
  AdwDialog *dialog;

  gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, parameter);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  check_widget (&f->checker, GTK_WIDGET (dialog));
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
}

/* An action that changes the window (a new directive, a toast) and may
 * ask first */
static void
check_after_action (Fixture    *f,
                    const char *action)
{
  AdwDialog *dialog;

  gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, NULL);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  check_window (f);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  if (dialog != NULL)
    {
      adw_dialog_force_close (dialog);
      gui_test_wait_idle ();
    }
}

static void
test_dialogs (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) notices = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_NOTICE);
  g_autoptr(GArray) units = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_UNIT);
  g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (dt_window_get_directive_list (f->window)), 0);
  gint64 notice_id = g_array_index (notices, gint64, 0);
  gint64 unit_id = g_array_index (units, gint64, 0);
  AdwDialog *export_dialog;

  check_dialog (f, "win.new-notice", NULL);
  check_dialog (f, "win.new-unit", NULL);
  check_dialog (f, "win.edit-notice", g_variant_new_int64 (notice_id));
  check_dialog (f, "win.delete-notice", g_variant_new_int64 (notice_id));
  check_dialog (f, "win.edit-unit", g_variant_new_int64 (unit_id));
  check_dialog (f, "win.merge-unit", g_variant_new_int64 (unit_id));

  /* A new, empty directive in the detail; deleting it shows a toast */
  check_after_action (f, "win.new-directive");
  check_after_action (f, "win.delete-directive");
  gui_window_open (f->window, directive);
  check_after_action (f, "win.mark-completed");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-timeline", NULL));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  export_dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (export_dialog);
  check_widget (&f->checker, GTK_WIDGET (export_dialog));
  adw_dialog_force_close (export_dialog);
  gui_test_wait_idle ();

  assert_no_english (f);
}

/* The import review has read its file (only a hang fails) */
static gboolean
import_loaded (gpointer data)
{
  return g_strcmp0 (dt_import_dialog_get_page (DT_IMPORT_DIALOG (data)), "loading") != 0;
}

static void
test_import_review (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DtImportDialog *dialog = dt_import_dialog_new (f->store);

  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f->window));
  gui_test_wait_idle ();
  /* The first page, before a file is chosen */
  check_widget (&f->checker, GTK_WIDGET (dialog));

  dt_import_dialog_load_file (dialog, file);
  gui_test_wait_until (import_loaded, dialog);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  check_widget (&f->checker, GTK_WIDGET (dialog));
  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();

  assert_no_english (f);
}

/* The inscription on screen showing @text, or NULL */
static GtkWidget *
find_inscription (GtkWidget  *root,
                  const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (GTK_IS_INSCRIPTION (root) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_inscription (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* In the review, a collective subject ("Các cấp, các ngành") is read whole
 * beside the longer Vietnamese "Chưa có đơn vị chủ trì" marker, not cut to
 * "Các cấp, …" */
static void
test_import_lead_whole (Fixture       *f,
                        gconstpointer  data)
{
  static const char *subject = "Các cấp, các ngành";
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DtImportDialog *dialog = dt_import_dialog_new (f->store);
  g_autoptr(PangoLayout) layout = NULL;
  GtkWidget *name;

  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f->window));
  dt_import_dialog_load_file (dialog, file);
  gui_test_wait_until (import_loaded, dialog);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");

  name = find_inscription (GTK_WIDGET (dialog), subject);
  g_assert_nonnull (name);
  g_assert_cmpint (gtk_widget_get_width (name), >, 0);
  /* as the inscription lays it out: wrapped, ellipsized into its size */
  layout = gtk_widget_create_pango_layout (name, subject);
  pango_layout_set_wrap (layout, gtk_inscription_get_wrap_mode (GTK_INSCRIPTION (name)));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, gtk_widget_get_width (name) * PANGO_SCALE);
  pango_layout_set_height (layout, gtk_widget_get_height (name) * PANGO_SCALE);
  g_assert_false (pango_layout_is_ellipsized (layout));

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
}

/* A file that is no notice: the dialog says so in Vietnamese, whole, with
 * its Close button, without scrolling (the longer Vietnamese text pushed
 * the button to the dialog's edge, under a scroll bar) */
static void
test_import_error_fits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-vi-error-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "danh-sach.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DtImportDialog *dialog = dt_import_dialog_new (f->store);
  GtkWidget *page, *scrolled;
  GtkAdjustment *adjustment;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "Danh sách đi chợ:\nrau\nthịt\ncá\n", -1, &error));
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f->window));
  dt_import_dialog_load_file (dialog, file);
  gui_test_wait_until (import_loaded, dialog);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");

  page = gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  scrolled = gui_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL);
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=, gtk_adjustment_get_page_size (adjustment));

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
  g_unlink (path);
  g_rmdir (dir);
}

static void
assert_listed_before (const char *list,
                      const char *first,
                      const char *second)
{
  const char *a = strstr (list, first);
  const char *b = strstr (list, second);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  if (a >= b)
    g_test_fail_printf ("“%s…” is listed after “%s…”", first, second);
}

/* The sidebar lists units in Vietnamese order: Đ after D, Ủ with U,
 * tones after the letters; a unit added later takes its place. */
static void
test_sidebar_unit_order (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const added[] = {
    "Ủy ban Mặt trận Tổ quốc tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
    "Bảo hiểm xã hội tỉnh", "Ban An toàn giao thông tỉnh", "Sở Tư pháp",
    "UBND huyện Đô Lương",
  };
  GListModel *items = gui_window_sidebar_rows (f->window);
  g_autoptr(GString) sidebar = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *previous = NULL;
  guint n_units = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (added); i++)
    {
      g_autoptr(DtUnit) unit = dt_unit_new (added[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (dt_store_save_unit (f->store, unit, &error));
      g_assert_no_error (error);
    }
  gui_test_wait_for_draw (GTK_WIDGET (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *key = NULL;

      /* section headers may sit between the items */
      if (!DT_IS_SIDEBAR_ITEM (item) ||
          dt_sidebar_item_get_kind (DT_SIDEBAR_ITEM (item)) != DT_SIDEBAR_ITEM_UNIT)
        continue;

      n_units++;
      g_string_append_printf (sidebar, "%s\n", dt_sidebar_item_get_title (DT_SIDEBAR_ITEM (item)));
      key = dt_text_collate_key (dt_sidebar_item_get_title (DT_SIDEBAR_ITEM (item)));
      if (previous != NULL && strcmp (previous, key) > 0)
        g_test_fail_printf ("“%s” is listed after a unit that sorts later", dt_sidebar_item_get_title (DT_SIDEBAR_ITEM (item)));
      g_free (previous);
      previous = g_steal_pointer (&key);
    }

  g_assert_cmpuint (n_units, >=, G_N_ELEMENTS (added));
  /* the same as the store's order */
  {
    g_autoptr(GListModel) units = dt_store_list_units (f->store, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (units); i++)
      {
        g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);

        g_string_append_printf (expected, "%s\n", dt_unit_get_name (unit));
      }
  }
  g_assert_cmpstr (sidebar->str, ==, expected->str);
  /* pairs that byte order gets wrong ("Cục Thuế tỉnh" and "Sở Thông tin
   * và Truyền thông" come from the sample) */
  assert_listed_before (sidebar->str, "Ban An toàn", "Bảo hiểm");
  assert_listed_before (sidebar->str, "Cục Thuế", "Đài Phát thanh");
  assert_listed_before (sidebar->str, "Đài Phát thanh", "Sở ");
  assert_listed_before (sidebar->str, "Sở Thông tin", "Sở Tư pháp");
  assert_listed_before (sidebar->str, "UBND huyện", "Ủy ban");
}

static GtkLabel *
find_mapped_label (GtkWidget  *widget,
                   const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_mapped_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_collapsed (gpointer window)
{
  return adw_navigation_split_view_get_collapsed (gui_window_split_view (DT_WINDOW (window)));
}

static gboolean
detail_shown (gpointer window)
{
  return gui_window_detail_shown (DT_WINDOW (window))
         && gtk_widget_get_mapped (GTK_WIDGET (gui_window_detail (DT_WINDOW (window))));
}

/* At phone width the review fits the window in Vietnamese: its accept
 * buttons, longer than in English, are not cut off at the right edge. */
static void
test_import_review_narrow (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DtImportDialog *dialog;
  int min = 0;

  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 740);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_until (is_collapsed, f->window);

  dialog = dt_import_dialog_new (f->store);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f->window));
  dt_import_dialog_load_file (dialog, file);
  gui_test_wait_until (import_loaded, dialog);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");

  gtk_widget_measure (adw_dialog_get_child (ADW_DIALOG (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);

  /* and the directive's text is the column that gets the width, whole on
   * screen beside the check box and the number (it ran past the edge);
   * the others are beyond it, the table scrolls */
  {
    GtkWidget *view = adw_dialog_get_child (ADW_DIALOG (dialog));
    GListModel *columns;
    guint n_text = 0;
    int up_to_text = 0;

    while (view != NULL && !GTK_IS_COLUMN_VIEW (view))
      {
        GtkWidget *next = gtk_widget_get_first_child (view);

        /* depth first until the table */
        while (next == NULL && view != NULL)
          {
            next = gtk_widget_get_next_sibling (view);
            view = next ? NULL : gtk_widget_get_parent (view);
          }
        view = next;
      }
    g_assert_nonnull (view);
    columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        if (n_text == 0)
          up_to_text += gtk_column_view_column_get_fixed_width (column);
        if (g_strcmp0 (gtk_column_view_column_get_title (column), _("Directive")) == 0)
          {
            g_assert_cmpint (gtk_column_view_column_get_fixed_width (column), >=, 200);
            n_text++;
          }
      }
    g_assert_cmpuint (n_text, ==, 1);
    g_assert_cmpint (up_to_text, <=, gtk_widget_get_width (view));
  }

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
}

/* At 360 px, in Vietnamese: the sidebar's title (the application's name)
 * is whole beside the window's buttons, and the directive's section is
 * read whole at the top of its pane. */
static void
test_phone_width (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *list;
  g_autoptr(DtDirective) directive = NULL;
  GtkLabel *label;

  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 740);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_until (is_collapsed, f->window);

  label = find_mapped_label (GTK_WIDGET (f->window), "Theo dõi nhiệm vụ");
  g_assert_nonnull (label);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));

  list = G_LIST_MODEL (dt_window_get_directive_list (f->window));
  for (guint i = 0; i < g_list_model_get_n_items (list) && directive == NULL; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (list, i);
      const char *section = dt_directive_get_section (d);

      if (section != NULL && g_utf8_strlen (section, -1) > 40)
        directive = g_steal_pointer (&d);
    }
  g_assert_nonnull (directive);
  gui_window_open (f->window, directive);
  gui_test_wait_until (detail_shown, f->window);

  label = find_mapped_label (GTK_WIDGET (gui_window_detail (f->window)), dt_directive_get_section (directive));
  g_assert_nonnull (label);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  vi_test_init (&argc, &argv);

  g_test_add_func ("/gui/vietnamese/checker", test_checker);

#define ADD(name, fill, func) \
  g_test_add ("/gui/vietnamese/" name, Fixture, GINT_TO_POINTER (fill), fixture_setup, func, fixture_teardown)

  ADD ("list", TRUE, test_list_views);
  ADD ("detail", TRUE, test_detail);
  ADD ("timeline", TRUE, test_timeline);
  ADD ("empty", FALSE, test_empty);
  ADD ("dialogs", TRUE, test_dialogs);
  ADD ("import-review", FALSE, test_import_review);
  ADD ("sidebar-unit-order", TRUE, test_sidebar_unit_order);
  ADD ("phone-width", TRUE, test_phone_width);
  ADD ("import-review-narrow", FALSE, test_import_review_narrow);
  ADD ("import-lead-whole", FALSE, test_import_lead_whole);
  ADD ("import-error-fits", FALSE, test_import_error_fits);

  return g_test_run ();
}
