/* test-import-dialog.c — importing a notice through the review dialog, as a
 * user would: the sample, accept all or some, undo, twice, bad files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-import-dialog.h"
#include "dt-import-row.h"
#include "dt-text.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

typedef struct
{
  DtStore  *store;
  DtWindow *window;
  char     *dir;
} Fixture;

/* Runs the main loop until the dialog leaves the "loading" page */
static void
wait_loaded (DtImportDialog *dialog)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (dt_import_dialog_get_page (dialog), "loading") == 0
         && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  gui_test_wait_idle ();
}

/* @file dropped on the window: the review dialog it opens */
static DtImportDialog *
import_file (DtWindow *window,
             GFile    *file)
{
  AdwDialog *dialog = gui_window_drop_file (window, file);

  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  return DT_IMPORT_DIALOG (dialog);
}

/* The revealed banner of @dialog whose title has @text, or NULL */
static AdwBanner *
find_banner (GtkWidget  *widget,
             const char *text)
{
  if (ADW_IS_BANNER (widget) && adw_banner_get_revealed (ADW_BANNER (widget))
      && strstr (adw_banner_get_title (ADW_BANNER (widget)), text) != NULL)
    return ADW_BANNER (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwBanner *found = find_banner (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The review's table of rows */
static GtkColumnView *
rows_view (DtImportDialog *dialog)
{
  GtkWidget *view = gui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW, NULL);

  g_assert_nonnull (view);
  return GTK_COLUMN_VIEW (view);
}

static void
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

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  g_assert_finalize_object (f->store);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
n_notices (Fixture *f)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  return g_list_model_get_n_items (notices);
}

static guint
n_units (Fixture *f)
{
  g_autoptr(GListModel) units = dt_store_list_units (f->store, NULL);

  return g_list_model_get_n_items (units);
}

static DtNotice *
only_notice (Fixture *f)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);
  return g_list_model_get_item (notices, 0);
}

static DtImportRow *
row_at (DtImportDialog *dialog,
        guint           i)
{
  return g_list_model_get_item (dt_import_dialog_get_rows (dialog), i);
}

/* Rows with a lead unit: the ones the importer saves */
static guint
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
static DtImportDialog *
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

static void
accept (DtImportDialog *dialog,
        const char     *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), action, NULL));
  gui_test_wait_idle ();
}

static void
test_sample_accept_all (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = NULL;
  g_autoptr(DtNotice) notice = NULL;
  guint n_rows, savable;

  /* a new user sees the empty state, which offers the sample */
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "empty");
  dialog = open_sample (f);

  n_rows = g_list_model_get_n_items (dt_import_dialog_get_rows (dialog));
  savable = n_savable (dialog);
  /* the sample has 28 appendix rows and the body's directives */
  g_assert_cmpuint (n_rows, >, 28);
  g_assert_cmpuint (savable, >, 28);
  g_assert_false (dt_import_dialog_is_update (dialog));
  /* nothing written before the user accepts */
  g_assert_cmpuint (n_notices (f), ==, 0);

  accept (dialog, "import.accept-all");

  notice = only_notice (f);
  /* the sample is a draft: its number is blank */
  g_assert_cmpstr (dt_notice_get_number (notice), ==, "/TB-UBND");
  g_assert_cmpuint (dt_store_count_notice_directives (f->store, dt_notice_get_id (notice), NULL), ==, savable);
  g_assert_cmpint (dt_import_dialog_get_notice_id (dialog), ==, dt_notice_get_id (notice));
  /* the window shows them */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (f->window))), ==, savable);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "list");
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_inscription (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_inscription (child, text))
      return TRUE;
  return FALSE;
}

typedef struct
{
  GtkWidget  *dialog;
  const char *text;
} Shown;

static gboolean
is_shown (gpointer data)
{
  Shown *shown = data;

  return has_inscription (shown->dialog, shown->text);
}

/* A directive cut from mid-sentence is reviewed with a capital first
 * letter, as the list and the detail show it, and saved as written. */
static void
test_review_capitalised (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);
  GListModel *rows = dt_import_dialog_get_rows (dialog);
  g_autofree char *as_written = NULL;
  g_autofree char *capitalised = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  gboolean saved_as_written = FALSE;
  Shown shown = { GTK_WIDGET (dialog), NULL };
  guint position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows) && as_written == NULL; i++)
    {
      g_autoptr(DtImportRow) row = row_at (dialog, i);
      const char *text = dt_import_row_get_directive (row)->text;

      if (text != NULL && g_unichar_islower (g_utf8_get_char (text)))
        {
          as_written = g_strdup (text);
          position = i;
        }
    }
  g_assert_nonnull (as_written);
  capitalised = dt_text_capitalize_first (as_written);
  g_assert_cmpstr (capitalised, !=, as_written);

  gtk_column_view_scroll_to (GTK_COLUMN_VIEW (find_type (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW)),
                             position, NULL, GTK_LIST_SCROLL_NONE, NULL);
  shown.text = capitalised;
  gui_test_wait_until (is_shown, &shown);
  g_assert_false (has_inscription (GTK_WIDGET (dialog), as_written));

  accept (dialog, "import.accept-all");
  list = dt_directive_list_new (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);

      saved_as_written |= g_strcmp0 (dt_directive_get_text (d), as_written) == 0;
    }
  g_assert_true (saved_as_written);
}

static void
test_accept_selected (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);
  g_autoptr(DtNotice) notice = NULL;
  GListModel *rows = dt_import_dialog_get_rows (dialog);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(DtDirectiveList) list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DtImportRow) row = row_at (dialog, i);
      const char *lead = dt_import_row_get_lead_unit (row);
      gboolean keep = texts->len < 3 && lead != NULL && *lead != '\0';

      dt_import_row_set_accepted (row, keep);
      if (keep)
        g_ptr_array_add (texts, dt_import_row_get_directive (row)->text);
    }
  g_assert_cmpuint (texts->len, ==, 3);

  accept (dialog, "import.accept-selected");

  notice = only_notice (f);
  list = dt_directive_list_new (f->store);
  dt_directive_list_set_notice (list, dt_notice_get_id (notice));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      gboolean found = FALSE;

      for (guint k = 0; k < texts->len; k++)
        found |= g_strcmp0 (dt_directive_get_text (d), g_ptr_array_index (texts, k)) == 0;
      g_assert_true (found);
    }
}

static void
test_edits_saved (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);
  g_autoptr(DtImportRow) row = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtDirective) d = NULL;
  g_autoptr(DtUnit) unit = NULL;
  GListModel *rows = dt_import_dialog_get_rows (dialog);

  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DtImportRow) other = row_at (dialog, i);
      dt_import_row_set_accepted (other, FALSE);
    }
  row = row_at (dialog, 0);

  /* an unknown unit is proposed as new and marked */
  dt_import_row_set_lead_unit (row, "Ban Quản lý dự án Thử nghiệm");
  g_assert_false (dt_import_row_get_lead_unit_known (row));
  g_assert_true (dt_import_row_get_doubts (row) & DT_EXTRACTION_DOUBT_UNKNOWN_UNIT);
  /* an abbreviation is resolved by the catalogue */
  dt_import_row_set_lead_unit (row, "Sở NN&PTNT");
  g_assert_true (dt_import_row_get_lead_unit_known (row));
  g_assert_false (dt_import_row_get_doubts (row) & DT_EXTRACTION_DOUBT_UNKNOWN_UNIT);
  /* a deadline as dd/mm/yyyy; nonsense is refused */
  g_assert_false (dt_import_row_set_deadline_text (row, "31/02/2024"));
  g_assert_true (dt_import_row_set_deadline_text (row, "15/03/2024"));

  accept (dialog, "import.accept-selected");

  list = dt_directive_list_new (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  d = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpuint (dt_directive_get_deadline (d), ==, dt_date_new (2024, 3, 15));
  unit = dt_store_get_unit (f->store, dt_directive_get_lead_unit_id (d), NULL);
  g_assert_nonnull (unit);
  g_assert_nonnull (strstr (dt_unit_get_name (unit), "Nông nghiệp"));
}

/* A directive addressed to a collective ("Các sở, ngành") creates no unit:
 * the reviewer names the unit in charge of one, the other is saved with no
 * lead unit and its addressee as written. */
static void
test_collective_no_lead (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);
  g_autoptr(GPtrArray) collectives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autofree char *addressee = NULL;
  GListModel *rows = dt_import_dialog_get_rows (dialog);
  guint n_no_lead = 0, n_assigned = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DtImportRow) row = row_at (dialog, i);

      if (dt_import_row_get_directive (row)->collective)
        g_ptr_array_add (collectives, g_steal_pointer (&row));
    }
  g_assert_cmpuint (collectives->len, >=, 2);
  addressee = g_strdup (dt_import_row_get_lead_unit (collectives->pdata[1]));
  dt_import_row_set_lead_unit (collectives->pdata[0], "Sở Y tế");

  accept (dialog, "import.accept-all");

  units = dt_store_list_units (f->store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *lower = g_utf8_strdown (dt_unit_get_name (unit), -1);

      g_assert_false (g_str_has_prefix (lower, "các "));
    }
  list = dt_directive_list_new (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (dt_directive_get_lead_unit_id (d) == 0)
        {
          n_no_lead++;
          g_assert_cmpstr (dt_directive_get_addressee (d), !=, "");
        }
      if (g_strcmp0 (dt_directive_get_addressee (d), addressee) == 0)
        g_assert_cmpint (dt_directive_get_lead_unit_id (d), ==, 0);
      if (g_strcmp0 (dt_directive_get_lead_unit_name (d), "Sở Y tế") == 0)
        n_assigned++;
    }
  g_assert_cmpuint (n_no_lead, ==, collectives->len - 1);
  g_assert_cmpuint (n_assigned, >, 0);
}

static void
test_undo_removes_import (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);
  guint n_created;

  accept (dialog, "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);
  g_assert_cmpuint (n_units (f), >, 0);
  dt_import_dialog_get_created_units (dialog, &n_created);
  g_assert_cmpuint (n_created, ==, n_units (f));

  /* the toast's Undo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  gui_test_wait_idle ();

  g_assert_cmpuint (n_notices (f), ==, 0);
  g_assert_cmpuint (n_units (f), ==, 0);
  g_assert_true (dt_store_is_empty (f->store));
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "empty");
}

/* Ctrl+Z (win.undo) undoes the import when it was the last undoable thing */
static void
test_ctrl_z_undoes_import (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = open_sample (f);

  accept (dialog, "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  gui_test_wait_idle ();
  g_assert_true (dt_store_is_empty (f->store));
  g_assert_cmpuint (n_units (f), ==, 0);
}

static gboolean
window_has_dialog (DtWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != NULL;
}

/* A large notice into a database file: saved by a thread while the dialog
 * shows a spinner; the window's lists then show it; Ctrl+Z removes it */
static void
test_large_saved_in_thread (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-import-gui-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "directives.db", NULL);
  g_autofree char *path = g_build_filename (dir, "large.txt", NULL);
  g_autofree char *sample_path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"),
                                                   "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *sample = NULL;
  g_autoptr(GString) large = g_string_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtImportDialog) dialog = NULL;
  g_autoptr(GListModel) units = NULL;
  DtWindow *window;
  guint savable;
  gint64 end;

  store = dt_store_open (db, &error);
  g_assert_no_error (error);
  window = dt_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_idle ();

  g_file_get_contents (sample_path, &sample, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 20; i++)
    g_string_append (large, sample);
  g_file_set_contents (path, large->str, large->len, &error);
  g_assert_no_error (error);

  dialog = g_object_ref (import_file (window, file));
  wait_loaded (dialog);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  savable = n_savable (dialog);
  /* large enough for the thread */
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (dialog)), >=, 500);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.accept-all", NULL));
  /* the thread works; the dialog waits with a spinner and cannot be closed */
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "loading");
  g_assert_false (adw_dialog_get_can_close (ADW_DIALOG (dialog)));

  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (window_has_dialog (window) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  gui_test_wait_idle ();
  g_assert_false (window_has_dialog (window));
  g_assert_cmpint (dt_import_dialog_get_notice_id (dialog), >, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, dt_import_dialog_get_notice_id (dialog), NULL),
                    ==, savable);
  /* the window's connection was told: its list shows them */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (window))),
                    ==, savable);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gui_test_wait_idle ();
  g_assert_true (dt_store_is_empty (store));
  units = dt_store_list_units (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (window))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_wait_idle ();
  g_clear_object (&dialog);
  g_clear_object (&store);
  g_remove (path);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *name = g_strconcat (db, suffix, NULL);

      g_remove (name);
    }
  g_rmdir (dir);
}

static void
test_import_twice_updates (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DtImportDialog) first = open_sample (f);
  g_autoptr(DtImportDialog) second = NULL;
  g_autoptr(DtNotice) notice = NULL;
  gint64 notice_id;
  guint n;

  accept (first, "import.accept-all");
  notice = only_notice (f);
  notice_id = dt_notice_get_id (notice);
  n = dt_store_count_notice_directives (f->store, notice_id, NULL);

  second = open_sample (f);
  g_assert_true (dt_import_dialog_is_update (second));
  accept (second, "import.accept-all");

  g_clear_object (&notice);
  notice = only_notice (f);
  g_assert_cmpint (dt_notice_get_id (notice), ==, notice_id);
  g_assert_cmpuint (dt_store_count_notice_directives (f->store, notice_id, NULL), ==, n);
}

/* The "Keep your corrected text" check shown in the review, or NULL */
static GtkWidget *
find_shown_keep (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child) && gtk_widget_has_css_class (child, "user-text")
          && gtk_widget_get_visible (child))
        return child;
      if ((found = find_shown_keep (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Importing the notice again after correcting a directive's text by hand:
 * the review marks the row and says so, and keeps the user's text unless
 * they untick "Keep your corrected text" (it was overwritten before). */
static void
test_import_keeps_corrected_text (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(DtImportDialog) first = open_sample (f);
  g_autoptr(DtImportDialog) second = NULL;
  g_autoptr(DtImportDialog) third = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtDirective) corrected = NULL;
  g_autoptr(DtDirective) stored = NULL;
  g_autoptr(DtImportRow) marked = NULL;
  guint at = 0;
  const char *mine = "Nội dung nhiệm vụ do cán bộ theo dõi sửa lại cho đúng";
  GtkWidget *keep;
  GError *error = NULL;

  accept (first, "import.accept-all");
  list = dt_directive_list_new (f->store);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_ORDINAL, FALSE);
  corrected = g_list_model_get_item (G_LIST_MODEL (list), 2);
  dt_directive_set_text (corrected, mine);
  g_assert_true (dt_store_save_directive (f->store, corrected, &error));
  g_assert_no_error (error);

  second = open_sample (f);
  g_assert_true (dt_import_dialog_is_update (second));
  for (guint i = 0; i < g_list_model_get_n_items (dt_import_dialog_get_rows (second)); i++)
    {
      g_autoptr(DtImportRow) row = row_at (second, i);

      if (dt_import_row_get_user_text (row) != NULL)
        {
          g_assert_null (marked);
          marked = g_steal_pointer (&row);
          at = i;
        }
    }
  g_assert_nonnull (marked);
  g_assert_cmpstr (dt_import_row_get_user_text (marked), ==, mine);
  g_assert_cmpstr (dt_import_row_get_text_to_save (marked), ==, mine);
  g_assert_nonnull (find_banner (GTK_WIDGET (second), "keeping the texts you corrected"));
  /* the row's choice, shown */
  gtk_column_view_scroll_to (rows_view (second), at, NULL, GTK_LIST_SCROLL_NONE, NULL);
  gui_test_wait_for_draw (GTK_WIDGET (second));
  keep = find_shown_keep (GTK_WIDGET (rows_view (second)));
  g_assert_nonnull (keep);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (keep)));
  accept (second, "import.accept-all");
  stored = dt_store_get_directive (f->store, dt_directive_get_id (corrected), NULL);
  g_assert_cmpstr (dt_directive_get_text (stored), ==, mine);

  /* and once more, choosing the notice's text */
  third = open_sample (f);
  g_clear_object (&marked);
  for (guint i = 0; marked == NULL && i < g_list_model_get_n_items (dt_import_dialog_get_rows (third)); i++)
    {
      g_autoptr(DtImportRow) row = row_at (third, i);

      if (dt_import_row_get_user_text (row) != NULL)
        marked = g_steal_pointer (&row);
    }
  g_assert_nonnull (marked);
  gtk_column_view_scroll_to (rows_view (third), at, NULL, GTK_LIST_SCROLL_NONE, NULL);
  gui_test_wait_for_draw (GTK_WIDGET (third));
  keep = find_shown_keep (GTK_WIDGET (rows_view (third)));
  g_assert_nonnull (keep);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (keep), FALSE);
  g_assert_false (dt_import_row_get_keep_user_text (marked));
  accept (third, "import.accept-all");
  g_clear_object (&stored);
  stored = dt_store_get_directive (f->store, dt_directive_get_id (corrected), NULL);
  g_assert_cmpstr (dt_directive_get_text (stored), ==, dt_import_row_get_directive (marked)->text);
}

static DtImportDialog *
import_bytes (Fixture    *f,
              const char *name,
              const void *data,
              gsize       size)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DtImportDialog *dialog;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  dialog = g_object_ref (import_file (f->window, file));
  wait_loaded (dialog);
  g_unlink (path);
  return dialog;
}

static void
test_binary_file (Fixture       *f,
                  gconstpointer  data)
{
  guchar bytes[4096];
  g_autoptr(DtImportDialog) dialog = NULL;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guchar) ((i * 7919) % 256);
  dialog = import_bytes (f, "picture.bin", bytes, sizeof bytes);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  /* nothing to accept */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.accept-all", NULL);
  gui_test_wait_idle ();
  g_assert_true (dt_store_is_empty (f->store));
  g_assert_cmpuint (n_units (f), ==, 0);
}

static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = import_bytes (f, "empty.txt", " \n\n \t\n", 6);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  g_assert_true (dt_store_is_empty (f->store));
}

static void
test_windows_1258 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *legacy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtImportDialog) dialog = NULL;
  gsize length;
  GListModel *rows;

  /* the sample notice, saved by an old editor in Windows-1258 */
  path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_file_get_contents (path, &utf8, NULL, &error);
  g_assert_no_error (error);
  legacy = g_convert_with_fallback (utf8, -1, "WINDOWS-1258", "UTF-8", "?", NULL, &length, &error);
  g_assert_no_error (error);

  dialog = import_bytes (f, "legacy.txt", legacy, length);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  /* said so in the review */
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_WINDOWS_1258);
  rows = dt_import_dialog_get_rows (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 28);
  g_assert_true (dt_store_is_empty (f->store));
}

/* A scanned notice: a PDF page with a picture and no text layer */
static void
test_pdf_without_text (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "scanned.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DtImportDialog) dialog = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_rectangle (cr, 50, 50, 400, 600);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  dialog = g_object_ref (import_file (f->window, file));
  wait_loaded (dialog);
  g_unlink (path);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  g_assert_true (dt_store_is_empty (f->store));
}

/* Ctrl+Shift+V: the notice's text copied from a PDF viewer */
static void
test_clipboard (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog = NULL;
  gint64 end;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-clipboard", NULL));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (dialog == NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
    }
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (dt_import_dialog_get_page (DT_IMPORT_DIALOG (dialog)), ==, "review");
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (DT_IMPORT_DIALOG (dialog))), >, 28);

  accept (DT_IMPORT_DIALOG (dialog), "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);
  g_object_unref (dialog);
}

/* A file dropped from the file manager onto the window */
static void
test_drop_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  AdwDialog *dialog;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  dialog = gui_window_drop (f->window, &value);
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (dt_import_dialog_get_page (DT_IMPORT_DIALOG (dialog)), ==, "review");
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (DT_IMPORT_DIALOG (dialog))), >, 28);
  /* nothing written until accepted */
  g_assert_true (dt_store_is_empty (f->store));
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
  g_object_unref (dialog);
}

static la_ssize_t
write_to_array (struct archive *archive,
                void           *array,
                const void     *buffer,
                size_t          length)
{
  g_byte_array_append (array, buffer, length);
  return length;
}

/* The sample notice as Word writes it: a .docx with a paragraph a line */
static char *
write_sample_docx (Fixture *f)
{
  g_autofree char *sample = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *path = g_build_filename (f->dir, "thong-bao.docx", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) xml = g_string_new ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                         "wordprocessingml/2006/main\"><w:body>");
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();

  g_file_get_contents (sample, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      g_string_append_printf (xml, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", escaped);
    }
  g_string_append (xml, "</w:body></w:document>");

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, array, NULL, write_to_array, NULL), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, "word/document.xml");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, xml->len);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, xml->str, xml->len), ==, (la_ssize_t) xml->len);
  archive_entry_free (entry);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  g_file_set_contents (path, (const char *) array->data, array->len, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static DtImportDialog *
wait_dialog (Fixture *f)
{
  AdwDialog *dialog = NULL;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (dialog == NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
    }
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  return DT_IMPORT_DIALOG (dialog);
}

/* A Word document dropped from the file manager */
static void
test_drop_docx (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_sample_docx (f);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_autoptr(DtImportDialog) dialog = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  gui_window_drop (f->window, &value);

  dialog = wait_dialog (f);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_DOCX);
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (dialog)), >, 28);
  accept (dialog, "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);
}

/* Ctrl+Shift+V on a Word document copied in the file manager: the file
 * is imported, not its name as text */
static void
test_clipboard_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_sample_docx (f);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_autoptr(DtImportDialog) dialog = NULL;

  gdk_clipboard_set (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), GDK_TYPE_FILE_LIST, files);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-clipboard", NULL));

  dialog = wait_dialog (f);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_DOCX);
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (dialog)), >, 28);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
}

/* A password-protected Word document: said so, nothing saved */
static void
test_protected_docx (Fixture       *f,
                     gconstpointer  data)
{
  static const guint8 magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  guint8 bytes[2048] = { 0, };
  g_autoptr(DtImportDialog) dialog = NULL;

  memcpy (bytes, magic, sizeof magic);
  memcpy (bytes + 1024, name, sizeof name - 1);
  dialog = import_bytes (f, "mat-khau.docx", bytes, sizeof bytes);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (strstr (dt_import_dialog_get_error_message (dialog), "password"));
  g_assert_true (dt_store_is_empty (f->store));
}

static void
test_cancel_writes_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = NULL;
  AdwDialog *shown;

  /* the empty state's "Open Sample Notice" */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL));
  shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_IMPORT_DIALOG (shown));
  dialog = g_object_ref (DT_IMPORT_DIALOG (shown));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "loading");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  gui_test_wait_idle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window)));
  g_assert_true (dt_store_is_empty (f->store));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/import/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("sample-accept-all", test_sample_accept_all);
  ADD ("accept-selected", test_accept_selected);
  ADD ("review-capitalised", test_review_capitalised);
  ADD ("edits-saved", test_edits_saved);
  ADD ("collective-no-lead", test_collective_no_lead);
  ADD ("undo-removes-import", test_undo_removes_import);
  ADD ("import-twice-updates", test_import_twice_updates);
  ADD ("import-keeps-corrected-text", test_import_keeps_corrected_text);
  ADD ("ctrl-z-undoes-import", test_ctrl_z_undoes_import);
  g_test_add_func ("/gui/import/large-saved-in-thread", test_large_saved_in_thread);
  ADD ("binary-file", test_binary_file);
  ADD ("empty-file", test_empty_file);
  ADD ("windows-1258", test_windows_1258);
  ADD ("pdf-without-text", test_pdf_without_text);
  ADD ("clipboard", test_clipboard);
  ADD ("drop-file", test_drop_file);
  ADD ("drop-docx", test_drop_docx);
  ADD ("clipboard-file", test_clipboard_file);
  ADD ("protected-docx", test_protected_docx);
  ADD ("cancel-writes-nothing", test_cancel_writes_nothing);

  return g_test_run ();
}
