/* test-window-records.c — notices, units and new directives through the window's forms
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dt-application.h"
#include "dt-cell-text.h"
#include "dt-date.h"
#include "dt-date-row.h"
#include "dt-sidebar-heading.h"
#include "dt-sidebar-item.h"
#include "dt-status.h"
#include "dt-directive-detail.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "window-fixture.h"

static void
test_merge_units (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DtUnit) from = dt_store_find_unit (f->store, "Sở Du lịch");
  g_autoptr(DtUnit) into = dt_store_find_unit (f->store, "Sở Văn hóa và Thể thao");
  g_autoptr(DtDirectiveList) from_list = dt_directive_list_new (f->store);
  g_autoptr(DtDirectiveList) into_list = dt_directive_list_new (f->store);
  g_autoptr(DtUnit) found = NULL;
  AdwDialog *dialog;
  AdwComboRow *combo;
  GListModel *model;
  GtkWidget *merge;
  guint n_from, n_into;

  g_assert_nonnull (from);
  g_assert_nonnull (into);
  dt_directive_list_set_unit (from_list, dt_unit_get_id (from));
  dt_directive_list_set_unit (into_list, dt_unit_get_id (into));
  n_from = g_list_model_get_n_items (G_LIST_MODEL (from_list));
  n_into = g_list_model_get_n_items (G_LIST_MODEL (into_list));
  g_assert_cmpuint (n_from, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-unit", "x", dt_unit_get_id (from)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_nonnull (dialog);

  combo = ADW_COMBO_ROW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_nonnull (combo);
  model = adw_combo_row_get_model (combo);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DtUnit) u = g_list_model_get_item (model, i);

      /* the unit itself is not offered as a target */
      g_assert_cmpint (dt_unit_get_id (u), !=, dt_unit_get_id (from));
      if (dt_unit_get_id (u) == dt_unit_get_id (into))
        adw_combo_row_set_selected (combo, i);
    }

  merge = gui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "destructive-action");
  g_assert_nonnull (merge);
  g_signal_emit_by_name (merge, "clicked");
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (f->window));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_list)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (into_list)), ==, n_into + n_from);

  /* The old name finds the unit it became. */
  found = dt_store_find_unit (f->store, "Sở Du lịch");
  g_assert_nonnull (found);
  g_assert_true (dt_unit_get_id (found) == dt_unit_get_id (into) ||
                 dt_unit_get_merged_into (found) == dt_unit_get_id (into));

  /* and it left the sidebar */
  {
    g_autoptr(GArray) units = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_UNIT);

    g_assert_cmpuint (units->len, >, 0);
    for (guint i = 0; i < units->len; i++)
      g_assert_cmpint (g_array_index (units, gint64, i), !=, dt_unit_get_id (from));
  }
}

static void
test_delete_notice_asks (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DtNotice) notice = NULL;
  AdwDialog *dialog;
  guint all = n_shown (f);
  guint n;

  notice = find_notice (f, "512/UBND-TH");
  n = dt_store_count_notice_directives (f->store, dt_notice_get_id (notice), NULL);
  g_assert_cmpuint (n, ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-notice", "x", dt_notice_get_id (notice)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), "3 directives"));

  /* Nothing is deleted before the answer. */
  g_assert_cmpuint (n_shown (f), ==, all);
  g_signal_emit_by_name (dialog, "response", "delete");
  adw_dialog_force_close (dialog);
  gui_test_wait_for_items (G_LIST_MODEL (dt_window_get_directive_list (f->window)), all - 3);

  g_assert_null (dt_store_get_notice (f->store, dt_notice_get_id (notice), NULL));
}

static void
test_sort_remembered (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *columns = gtk_column_view_get_columns (gui_window_column_view (f->window));
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(DtDirective) first = NULL;
  g_autoptr(DtDirective) last = NULL;

  /* A click on the header of the lead unit column, twice: descending. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_id (column), "unit") == 0)
        gtk_column_view_sort_by_column (gui_window_column_view (f->window), column, GTK_SORT_DESCENDING);
    }
  gui_test_wait_idle ();

  first = shown_item (f, 0);
  last = shown_item (f, n_shown (f) - 1);
  g_assert_cmpstr (dt_directive_get_lead_unit_name (first), ==, "Văn phòng Ủy ban nhân dân tỉnh");
  g_assert_cmpstr (dt_directive_get_lead_unit_name (last), ==, "Ban Quản lý Khu kinh tế Đông Nam");

  g_autofree char *column = g_settings_get_string (settings, "sort-column");
  g_assert_cmpstr (column, ==, "unit");
  g_assert_true (g_settings_get_boolean (settings, "sort-descending"));

  /* A new window sorts the same way. */
  close_window (f);
  open_window (f);
  {
    g_autoptr(DtDirective) again = shown_item (f, 0);
    g_assert_cmpstr (dt_directive_get_lead_unit_name (again), ==, "Văn phòng Ủy ban nhân dân tỉnh");
  }
  g_settings_reset (settings, "sort-column");
  g_settings_reset (settings, "sort-descending");
}

static void
set_entry (GtkWidget  *dialog,
           const char *title,
           const char *text)
{
  /* Entry rows of a form, found by their title. */
  GtkWidget *stack[64];
  int top = 0;

  stack[top++] = dialog;
  while (top > 0)
    {
      GtkWidget *w = stack[--top];

      if (ADW_IS_ENTRY_ROW (w) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (w), text);
          return;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && top < 64; c = gtk_widget_get_next_sibling (c))
        stack[top++] = c;
    }

  g_assert_not_reached ();
}

/* A button found by its label (entry rows hide "suggested-action" buttons). */
static gboolean
click_button (GtkWidget  *widget,
              const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        {
          g_signal_emit_by_name (child, "clicked");
          return TRUE;
        }
      if (click_button (child, label))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
find_combo (GtkWidget  *widget,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_COMBO_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_combo (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static guint
find_unit (GListModel *units,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (dt_unit_get_name (unit), name) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static void
test_new_notice_and_directive (Fixture       *f,
                               gconstpointer  data)
{
  AdwDialog *dialog;
  guint all = n_shown (f);
  g_autoptr(GArray) notices = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_NOTICE);
  guint n_notices = notices->len;
  DtDirective *created;
  AdwComboRow *unit_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-notice", NULL));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_nonnull (dialog);
  set_entry (GTK_WIDGET (dialog), "Number", "99/TB-UBND");
  set_entry (GTK_WIDGET (dialog), "Issued On (dd/mm/yyyy)", "15/03/2024");
  g_assert_true (click_button (GTK_WIDGET (dialog), "_Create"));
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (f->window));
  g_clear_pointer (&notices, g_array_unref);
  notices = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_NOTICE);
  g_assert_cmpuint (notices->len, ==, n_notices + 1);
  /* the new notice is chosen: its (empty) list shows */
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "no-match");

  /* Ctrl+N: the form starts on the chosen notice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-directive", NULL));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_nonnull (dialog);
  set_entry (GTK_WIDGET (dialog), "No.", "1");
  set_entry (GTK_WIDGET (dialog), "Directive", "Báo cáo tình hình thực hiện kế hoạch quý I");
  set_entry (GTK_WIDGET (dialog), "Deadline (dd/mm/yyyy)", "31/3/2024");

  /* No lead unit is chosen for the user (not the first in the alphabet):
   * Create asks for one and keeps the form. */
  unit_row = ADW_COMBO_ROW (find_combo (GTK_WIDGET (dialog), "Lead Unit"));
  g_assert_cmpint (dt_unit_get_id (adw_combo_row_get_selected_item (unit_row)), ==, 0);
  g_assert_cmpstr (dt_unit_get_name (adw_combo_row_get_selected_item (unit_row)), ==, "None chosen");
  g_assert_true (click_button (GTK_WIDGET (dialog), "_Create"));
  gui_test_wait_idle ();
  g_assert_true (visible_dialog (f) == dialog);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (unit_row), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (unit_row)), ==,
                   "Choose the unit that leads this directive");
  g_assert_cmpuint (n_shown (f), ==, 0);

  adw_combo_row_set_selected (unit_row, find_unit (adw_combo_row_get_model (unit_row), "Sở Tài nguyên và Môi trường"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (unit_row), "error"));
  g_assert_true (click_button (GTK_WIDGET (dialog), "_Create"));
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (f->window));

  g_assert_cmpuint (n_shown (f), ==, 1);
  created = gui_window_detail_directive (f->window);
  g_assert_nonnull (created);
  g_assert_cmpstr (dt_directive_get_text (created), ==, "Báo cáo tình hình thực hiện kế hoạch quý I");
  g_assert_cmpuint (dt_directive_get_deadline (created), ==, dt_date_new (2024, 3, 31));
  {
    g_autoptr(DtUnit) lead = dt_store_find_unit (f->store, "Sở Tài nguyên và Môi trường");
    g_assert_cmpint (dt_directive_get_lead_unit_id (created), ==, dt_unit_get_id (lead));
  }
  g_assert_true (gui_window_detail_shown (f->window));

  gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_ALL);
  gui_test_wait_idle ();
  g_assert_cmpuint (n_shown (f), ==, all + 1);
}

static char *
shown_text (AdwComboRow *row)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_true (gtk_expression_evaluate (adw_combo_row_get_expression (row),
                                          adw_combo_row_get_selected_item (row), &value));
  return g_value_dup_string (&value);
}

/* A draft not numbered yet ("/TB-UBND") goes by its kind and date, in the
 * new directive's form and when it is deleted, never by the bare "/TB-UBND". */
static void
test_notice_without_number (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwDialog *dialog;
  AdwComboRow *notice_row;

  dt_notice_set_number (notice, "/TB-UBND");
  dt_notice_set_kind (notice, DT_NOTICE_KIND_CONCLUSION);
  dt_notice_set_issue_date (notice, dt_date_new (2024, 3, 15));
  g_assert_true (dt_store_save_notice (f->store, notice, &error));
  g_assert_no_error (error);
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_NOTICE, dt_notice_get_id (notice)));
  gui_test_wait_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-directive", NULL));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  notice_row = ADW_COMBO_ROW (find_combo (GTK_WIDGET (dialog), "Notice"));
  text = shown_text (notice_row);
  g_assert_cmpstr (text, ==, "Notice of conclusions dated 15/03/2024");
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-notice", "x",
                                             dt_notice_get_id (notice)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                   "Delete Notice of conclusions dated 15/03/2024?");
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/window/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("merge-units", test_merge_units);
  ADD ("delete-notice-asks", test_delete_notice_asks);
  ADD ("sort-remembered", test_sort_remembered);
  ADD ("new-notice-and-directive", test_new_notice_and_directive);
  ADD ("notice-without-number", test_notice_without_number);

  return g_test_run ();
}
