/* import-fixture.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "gui-test-window.h"
#include "import-fixture.h"

static gboolean
loaded (gpointer data)
{
  return g_strcmp0 (dt_import_dialog_get_page (DT_IMPORT_DIALOG (data)), "loading") != 0;
}

/* Runs the main loop until the dialog leaves the "loading" page (however
 * slow the machine: only a hang fails) */
void
wait_loaded (DtImportDialog *dialog)
{
  gui_test_wait_until (loaded, dialog);
}


/* @file dropped on the window: the review dialog it opens */
DtImportDialog *
import_file (DtWindow *window,
             GFile    *file)
{
  AdwDialog *dialog = gui_window_drop_file (window, file);

  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  return DT_IMPORT_DIALOG (dialog);
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = dt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("dt-import-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->window = dt_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  g_assert_finalize_object (f->store);
  g_rmdir (f->dir);
  g_free (f->dir);
}

guint
n_notices (Fixture *f)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  return g_list_model_get_n_items (notices);
}

guint
n_units (Fixture *f)
{
  g_autoptr(GListModel) units = dt_store_list_units (f->store, NULL);

  return g_list_model_get_n_items (units);
}

DtNotice *
only_notice (Fixture *f)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);
  return g_list_model_get_item (notices, 0);
}

DtImportRow *
row_at (DtImportDialog *dialog,
        guint           i)
{
  return g_list_model_get_item (dt_import_dialog_get_rows (dialog), i);
}

/* Rows with a lead unit: the ones the importer saves */
guint
n_savable (DtImportDialog *dialog)
{
  GListModel *rows = dt_import_dialog_get_rows (dialog);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DtImportRow) row = row_at (dialog, i);
      const char *lead = dt_import_row_get_lead_unit (row);

      if (lead != NULL && *lead != '\0')
        n++;
    }
  return n;
}

/* The empty state's "Open Sample Notice": the review dialog on the window */
DtImportDialog *
open_sample (Fixture *f)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (dt_import_dialog_get_page (DT_IMPORT_DIALOG (dialog)), ==, "review");
  return DT_IMPORT_DIALOG (dialog);
}

void
accept (DtImportDialog *dialog,
        const char     *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), action, NULL));
  gui_test_wait_idle ();
}

gboolean
window_has_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != NULL;
}

