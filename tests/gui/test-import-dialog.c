/* test-import-dialog.c — importing a notice through the review dialog, as a
 * user would: the sample, accept all or some, edits, undo, twice
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-text.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "import-fixture.h"

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

/* Whether each inscription on screen under @root whose text starts with
 * @prefix shows it whole (wrapped and ellipsized into its size, as it
 * lays it out); how many there are */
static guint
check_inscriptions_whole (GtkWidget  *root,
                          const char *prefix)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (root))
    return 0;
  if (GTK_IS_INSCRIPTION (root) && g_str_has_prefix (gtk_inscription_get_text (GTK_INSCRIPTION (root)) ?: "", prefix))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (root));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (root, text);

      pango_layout_set_wrap (layout, gtk_inscription_get_wrap_mode (GTK_INSCRIPTION (root)));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, gtk_widget_get_width (root) * PANGO_SCALE);
      pango_layout_set_height (layout, gtk_widget_get_height (root) * PANGO_SCALE);
      if (pango_layout_is_ellipsized (layout))
        g_test_fail_printf ("“%s” is cut in its %d × %d px cell", text,
                            gtk_widget_get_width (root), gtk_widget_get_height (root));
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_inscriptions_whole (child, prefix);
  return n;
}

/* A resolution's items are numbered by article ("Điều 2.3.b-2-1"): the
 * review's No. column reads each whole, on its row's two lines (every row
 * read "Điều 2…") */
static void
test_long_ordinals_whole (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "corpus",
                                                 "02_hagiang-nq-hdnd-2017-chat-van.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DtImportDialog) dialog = g_object_ref (import_file (f->window, file));

  wait_loaded (dialog);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpuint (check_inscriptions_whole (GTK_WIDGET (rows_view (dialog)), "Điều "), >=, 5);
  adw_dialog_force_close (ADW_DIALOG (dialog));
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

  /* closed once saved, however long the thread takes */
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (window));
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
  ADD ("long-ordinals-whole", test_long_ordinals_whole);
  g_test_add_func ("/gui/import/large-saved-in-thread", test_large_saved_in_thread);

  return g_test_run ();
}
