/* test-preferences.c — the Preferences dialog, and the window following it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-application.h"
#include "dt-date.h"
#include "dt-preferences-dialog.h"
#include "dt-status.h"
#include "dt-window.h"
#include "gui-test-util.h"

#define TODAY "2024-03-15"

typedef struct
{
  char        *dir;
  char        *path;
  DtStore     *store;
  GSettings   *settings;
  DtWindow    *window;
  DtDirective *in_ten_days;   /* in progress, its deadline 10 days away */
  DtDirective *extended;      /* overdue by its first deadline, extended */
} Fixture;

static DtDirective *
add_directive (DtStore    *store,
               gint64      notice_id,
               gint64      unit_id,
               const char *ordinal,
               DtDate      deadline)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(GError) error = NULL;

  dt_directive_set_notice_id (directive, notice_id);
  dt_directive_set_lead_unit_id (directive, unit_id);
  dt_directive_set_ordinal (directive, ordinal);
  dt_directive_set_text (directive, "Triển khai kế hoạch");
  dt_directive_set_deadline (directive, deadline);
  g_assert_true (dt_store_save_directive (store, directive, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&directive);
}

/* The window's own objects for the two directives */
static DtDirective *
find_shown (Fixture *f,
            gint64   id)
{
  GListModel *list = G_LIST_MODEL (dt_window_get_directive_list (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (list, i);

      if (dt_directive_get_id (directive) == id)
        return g_steal_pointer (&directive);
    }
  g_assert_not_reached ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  DtDate today = dt_date_from_iso (TODAY);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Y tế");
  g_autoptr(DtExtension) extension = NULL;
  g_autoptr(DtDirective) extended = NULL;
  g_autoptr(GError) error = NULL;

  f->store = gui_test_open_temp_store ("dt-prefs-XXXXXX", &f->dir, &f->path);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "due-soon-days");
  g_settings_reset (f->settings, "lateness-against-original");

  dt_notice_set_number (notice, "12/TB-UBND");
  dt_notice_set_issue_date (notice, today - 60);
  g_assert_true (dt_store_save_notice (f->store, notice, &error));
  g_assert_true (dt_store_save_unit (f->store, unit, &error));
  g_assert_no_error (error);

  f->in_ten_days = add_directive (f->store, dt_notice_get_id (notice), dt_unit_get_id (unit),
                                  "1", today + 10);
  extended = add_directive (f->store, dt_notice_get_id (notice), dt_unit_get_id (unit),
                            "2", today - 5);
  extension = dt_extension_new (dt_directive_get_id (extended), today + 30, today - 10,
                                "Chờ kinh phí");
  g_assert_true (dt_store_add_extension (f->store, extension, &error));
  g_assert_no_error (error);
  f->extended = g_steal_pointer (&extended);

  f->window = dt_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  g_settings_reset (f->settings, "due-soon-days");
  g_settings_reset (f->settings, "lateness-against-original");
  g_clear_object (&f->settings);
  g_clear_object (&f->in_ten_days);
  g_clear_object (&f->extended);
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}

static AdwDialog *
present_preferences (Fixture *f)
{
  AdwDialog *dialog = dt_preferences_dialog_new (f->settings);

  adw_dialog_present (dialog, GTK_WIDGET (f->window));
  gui_test_wait_idle ();
  return dialog;
}

/* The rows show the settings, and what the user sets there the window's
 * list shows at once: both values of "due-soon-days" */
static void
test_due_soon_days (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DtDirective) shown = find_shown (f, dt_directive_get_id (f->in_ten_days));
  AdwDialog *dialog = present_preferences (f);
  AdwSpinRow *row = ADW_SPIN_ROW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, NULL));

  g_assert_cmpfloat (adw_spin_row_get_value (row), ==, 7);
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_IN_PROGRESS);

  adw_spin_row_set_value (row, 10);
  g_assert_cmpint (g_settings_get_int (f->settings, "due-soon-days"), ==, 10);
  gui_test_wait_idle ();
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_DUE_SOON);

  /* a change made elsewhere shows in the row */
  g_settings_set_int (f->settings, "due-soon-days", 3);
  gui_test_wait_idle ();
  g_assert_cmpfloat (adw_spin_row_get_value (row), ==, 3);
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_IN_PROGRESS);

  adw_dialog_close (dialog);
  gui_test_wait_idle ();
}

/* Both values of "lateness-against-original" */
static void
test_lateness_against_original (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DtDirective) shown = find_shown (f, dt_directive_get_id (f->extended));
  AdwDialog *dialog = present_preferences (f);
  AdwSwitchRow *row = ADW_SWITCH_ROW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW, NULL));

  g_assert_false (adw_switch_row_get_active (row));
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_IN_PROGRESS);

  adw_switch_row_set_active (row, TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "lateness-against-original"));
  gui_test_wait_idle ();
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_OVERDUE);

  adw_switch_row_set_active (row, FALSE);
  gui_test_wait_idle ();
  g_assert_cmpint (dt_directive_get_status (shown), ==, DT_STATUS_IN_PROGRESS);

  adw_dialog_close (dialog);
  gui_test_wait_idle ();
}

/* app.preferences, with Ctrl+comma */
static void
test_action (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DtApplication) app = dt_application_new (APPLICATION_ID);
  g_auto(GStrv) accels = NULL;

  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "preferences") != NULL);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, TODAY);

#define ADD(name, func) \
  g_test_add ("/gui/preferences/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("due-soon-days", test_due_soon_days);
  ADD ("lateness-against-original", test_lateness_against_original);
  ADD ("action", test_action);

  return g_test_run ();
}
