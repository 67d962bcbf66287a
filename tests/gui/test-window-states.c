/* test-window-states.c — the window at a phone's width, by keyboard, and when the database fails
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
#include "dt-text.h"
#include "dt-timeline-chart.h"
#include "dt-timeline-view.h"
#include "dt-directive-detail.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "window-fixture.h"

/* What a key press does when nothing else takes it: GTK offers it to the
 * widget with the focus, then to each one up to the window; the first
 * shortcut for it whose action can run takes it. */
static gboolean
press_key (Fixture *f,
           guint    keyval)
{
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, 0);
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (f->window));

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Esc closes the directive wherever the focus is: in its pane, or in the
 * list after a click on a row (the row is chosen, the list has the focus). */
static void
test_escape_closes (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *text_view;

  open_directive (f, 1);
  gtk_widget_grab_focus (GTK_WIDGET (gui_window_column_view (f->window)));
  gui_test_wait_idle ();
  g_assert_true (gui_window_detail_shown (f->window));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  gui_test_wait_idle ();
  g_assert_false (gui_window_detail_shown (f->window));

  /* closed, Esc is left to whoever else wants it */
  g_assert_false (press_key (f, GDK_KEY_Escape));

  /* from the directive's text in the pane */
  open_directive (f, 0);
  adw_overlay_split_view_set_show_sidebar (gui_window_detail_split (f->window), TRUE);
  text_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gui_window_detail (f->window)), DT_TYPE_DIRECTIVE_DETAIL, "text_view"));
  /* the pane slides in: the text takes the focus once it is on screen */
  for (guint i = 0; i < 200 && !gtk_widget_has_focus (text_view); i++)
    {
      gtk_widget_grab_focus (text_view);
      gui_test_wait_idle ();
    }
  g_assert_true (gtk_widget_has_focus (text_view));
  g_assert_true (press_key (f, GDK_KEY_Escape));
  gui_test_wait_idle ();
  g_assert_false (gui_window_detail_shown (f->window));

  /* from the sidebar */
  open_directive (f, 2);
  adw_overlay_split_view_set_show_sidebar (gui_window_detail_split (f->window), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (gui_window_sidebar (f->window)));
  gui_test_wait_idle ();
  g_assert_true (press_key (f, GDK_KEY_Escape));
  gui_test_wait_idle ();
  g_assert_false (gui_window_detail_shown (f->window));
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (DT_IS_CELL_TEXT (child) &&
          g_strcmp0 (dt_cell_text_get_text (DT_CELL_TEXT (child)), text) == 0)
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

/* A directive cut from mid-sentence starts in lower case: the list shows it
 * with a capital, the store keeps it as written. */
static void
test_capital_first (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DtDirective) first = shown_item (f, 0);
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(DtDirective) reread = NULL;
  g_autoptr(GError) error = NULL;

  dt_directive_set_notice_id (directive, dt_directive_get_notice_id (first));
  dt_directive_set_lead_unit_id (directive, dt_directive_get_lead_unit_id (first));
  dt_directive_set_text (directive, "đôn đốc việc trồng hoa tam giác mạch");
  g_assert_true (dt_store_save_directive (f->store, directive, &error));
  g_assert_no_error (error);
  search_for (f, "tam giác mạch");
  wait_shown (f, 1);

  g_assert_true (shows_text (GTK_WIDGET (gui_window_column_view (f->window)), "Đôn đốc việc trồng hoa tam giác mạch"));
  g_assert_false (shows_text (GTK_WIDGET (gui_window_column_view (f->window)), "đôn đốc việc trồng hoa tam giác mạch"));

  /* and the pane too, without writing it */
  open_directive (f, 0);
  {
    GtkTextView *text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (gui_window_detail (f->window)),
                                                                           DT_TYPE_DIRECTIVE_DETAIL, "text_view"));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Đôn đốc việc trồng hoa tam giác mạch");
  }
  /* a save waiting would be done now */
  g_assert_true (dt_store_flush (f->store, NULL));

  reread = dt_store_get_directive (f->store, dt_directive_get_id (directive), NULL);
  g_assert_cmpstr (dt_directive_get_text (reread), ==, "đôn đốc việc trồng hoa tam giác mạch");
}

/* The database changed under the window (another program renamed the
 * tables it reads): what cannot be read is said in the window, and a
 * directive whose history cannot be read is not deleted (undo could not
 * give it back whole). */
static void
rename_table (Fixture    *f,
              const char *table)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_keys = OFF;"
                                          " ALTER TABLE %s RENAME TO %s_gone", table, table);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static const char *
shown_error (Fixture *f)
{
  AdwDialog *dialog = visible_dialog (f);

  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  return adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog));
}

/* Closes the dialogs shown, the last first, until one has @heading. */
static gboolean
error_among_shown (Fixture    *f,
                   const char *heading)
{
  while (visible_dialog (f) != NULL)
    {
      gboolean found = g_strcmp0 (shown_error (f), heading) == 0;

      adw_dialog_force_close (visible_dialog (f));
      gui_test_wait_idle ();
      if (found)
        return TRUE;
    }
  return FALSE;
}

static void
test_read_errors_shown (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DtDirective) still = NULL;
  g_autoptr(GError) error = NULL;
  guint all = n_shown (f);
  gint64 id;

  open_directive (f, 0);
  id = dt_directive_get_id (gui_window_detail_directive (f->window));
  rename_table (f, "extensions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-directive", NULL));
  gui_test_wait_idle ();
  g_assert_cmpstr (shown_error (f), ==, "Cannot Delete the Directive");
  still = dt_store_get_directive (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (still);
  g_assert_cmpuint (n_shown (f), ==, all);
  adw_dialog_force_close (visible_dialog (f));
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (f->window));

  /* everything re-read (the status rule changed): the lists cannot */
  rename_table (f, "units");
  g_object_set (f->store, "due-soon-days", 10, NULL);
  gui_test_wait_idle ();
  /* other views may say what they could not do, over it */
  g_assert_true (error_among_shown (f, "Cannot Read the Database"));
}

static gboolean
column_visible (Fixture    *f,
                const char *id)
{
  GListModel *columns = gtk_column_view_get_columns (gui_window_column_view (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_id (column), id) == 0)
        return gtk_column_view_column_get_visible (column);
    }

  g_assert_not_reached ();
}

/* The widget on screen showing @text, or NULL */
static GtkWidget *
find_cell_showing (GtkWidget  *root,
                   const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if ((GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
      || (DT_IS_CELL_TEXT (root) && g_strcmp0 (dt_cell_text_get_text (DT_CELL_TEXT (root)), text) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell_showing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @cell shows its text whole, not cut with "…": a label on its
 * line, a DtCellText wrapped and ellipsized into its size */
static gboolean
shown_whole (GtkWidget  *cell,
             const char *text)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (GTK_IS_LABEL (cell))
    return !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (cell)));
  layout = gtk_widget_create_pango_layout (cell, text);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, gtk_widget_get_width (cell) * PANGO_SCALE);
  pango_layout_set_height (layout, gtk_widget_get_height (cell) * PANGO_SCALE);
  return !pango_layout_is_ellipsized (layout);
}

/* A long number ("I.3.1-12.", "Điều 2.3.b-2-1") is read whole in the No.
 * column of a desktop window: which item of the notice it is. */
static void
test_long_ordinals (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const ordinals[] = { "I.3.1-12.", "Điều 2.3.b-2-1" };

  reopen_window_at (f, 1440);
  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    {
      g_autoptr(DtDirective) directive = shown_item (f, i);
      g_autoptr(GError) error = NULL;

      dt_directive_set_ordinal (directive, ordinals[i]);
      g_assert_true (dt_store_save_directive (f->store, directive, &error));
      g_assert_no_error (error);
    }
  gui_test_wait_idle ();
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (column_visible (f, "ordinal"));

  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    {
      GtkWidget *cell = find_cell_showing (GTK_WIDGET (gui_window_column_view (f->window)), ordinals[i]);

      g_assert_nonnull (cell);
      g_assert_cmpint (gtk_widget_get_width (cell), >, 0);
      g_assert_true (shown_whole (cell, ordinals[i]));
    }
}

/* A coordinating unit's chip in the detail pane names it whole where
 * there is room: "Sở Nông nghiệp và Phát triển nông thôn", not "Sở Nông
 * nghiệp và Phát triển n…"; on a phone it gives way rather than widen the
 * pane. */
static void
test_unit_chips_whole (Fixture       *f,
                       gconstpointer  data)
{
  static const char *name = "Sở Nông nghiệp và Phát triển nông thôn";
  const int widths[] = { 1440, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget *detail, *chip;
      gint64 pos;

      reopen_window_at (f, widths[w]);
      pos = find_shown (f, "B25");
      g_assert_cmpint (pos, >=, 0);
      /* on a phone, a tap on the row opens it over the list */
      adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
      open_directive (f, pos);
      g_signal_emit_by_name (gui_window_column_view (f->window), "activate", (guint) pos);
      gui_test_wait_for_draw (GTK_WIDGET (f->window));
      g_assert_true (gui_window_detail_shown (f->window));
      detail = GTK_WIDGET (gui_window_detail (f->window));
      chip = find_cell_showing (detail, name);
      g_assert_nonnull (chip);
      g_assert_cmpint (gtk_widget_get_width (chip), >, 0);
      if (widths[w] > 1000)
        g_assert_true (shown_whole (chip, name));
      /* never wider than the pane */
      g_assert_cmpint (gtk_widget_get_width (chip), <=, gtk_widget_get_width (detail));
    }
}

/* Merging units whose names share a long beginning ("Sở Nông nghiệp và
 * Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"): the form names
 * the unit chosen whole, not "Sở Nông nghiệp và Ph…" */
static void
test_merge_names_whole (Fixture       *f,
                        gconstpointer  data)
{
  static const char *into_name = "Sở Nông nghiệp và Phát triển nông thôn";
  g_autoptr(DtUnit) from = dt_store_find_unit (f->store, "Sở Du lịch");
  AdwDialog *dialog;
  AdwComboRow *combo;
  GListModel *model;
  GtkWidget *shown;

  reopen_window_at (f, 1440);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-unit", "x", dt_unit_get_id (from)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_nonnull (dialog);
  combo = ADW_COMBO_ROW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL));
  model = adw_combo_row_get_model (combo);
  /* the first choice is named as soon as the form opens */
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 0);
  {
    g_autoptr(DtUnit) first = g_list_model_get_item (model, 0);

    gui_test_wait_for_draw (GTK_WIDGET (f->window));
    g_assert_nonnull (find_cell_showing (GTK_WIDGET (combo), dt_unit_get_name (first)));
  }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DtUnit) u = g_list_model_get_item (model, i);

      if (g_str_equal (dt_unit_get_name (u), into_name))
        adw_combo_row_set_selected (combo, i);
    }
  gui_test_wait_for_draw (GTK_WIDGET (f->window));

  shown = find_cell_showing (GTK_WIDGET (combo), into_name);
  g_assert_nonnull (shown);
  g_assert_true (shown_whole (shown, into_name));
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
}

/* A unit that leads directives cannot be deleted: the answer offers what
 * it advises, merging it into another (it offered only Close) */
static void
test_delete_unit_offers_merge (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DtUnit) unit = dt_store_find_unit (f->store, "Sở Du lịch");
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-unit", "x", dt_unit_get_id (unit)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "merge"));
  g_assert_cmpstr (adw_alert_dialog_get_default_response (ADW_ALERT_DIALOG (dialog)), ==, "merge");

  /* chosen, the Merge Units form opens for that unit */
  g_signal_emit_by_name (dialog, "response", "merge");
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_nonnull (dialog);
  g_assert_false (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_nonnull (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_nonnull (dt_store_find_unit (f->store, "Sở Du lịch"));
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
}

/* The list keeps what it needs most as it narrows, without scrolling
 * sideways: the directive and its deadline.  The breakpoints look at the
 * list's own width, so a desktop window with the detail pane open narrows
 * the list too.  A phone-width window collapses into a navigation stack, and
 * closing it lets go of its pages and so of the store (fixture_teardown). */
static void
test_narrow_columns (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const all[] = { "ordinal", "text", "unit", "deadline", "status", "notice" };
  int min_width = 0;
  GtkWidget *scrolled;
  gpointer content_page;

  reopen_window_at (f, 1400);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_assert_true (column_visible (f, all[i]));
  /* with room for the pane beside the list, a click only chooses the row */
  g_assert_false (gtk_column_view_get_single_click_activate (gui_window_column_view (f->window)));

  /* Beside the detail pane: the directive's notice is in the pane. */
  open_directive (f, 0);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_false (column_visible (f, "notice"));
  g_assert_true (column_visible (f, "unit"));
  g_assert_true (column_visible (f, "status"));

  reopen_window_at (f, 360);
  g_assert_true (adw_navigation_split_view_get_collapsed (gui_window_split_view (f->window)));
  adw_navigation_split_view_set_show_content (gui_window_split_view (f->window), TRUE);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (column_visible (f, "text"));
  g_assert_true (column_visible (f, "deadline"));
  g_assert_false (column_visible (f, "notice"));
  g_assert_false (column_visible (f, "ordinal"));
  g_assert_false (column_visible (f, "unit"));
  g_assert_false (column_visible (f, "status"));

  /* The columns left fit: no sideways scrolling. */
  scrolled = gtk_widget_get_parent (GTK_WIDGET (gui_window_column_view (f->window)));
  gtk_widget_measure (GTK_WIDGET (gui_window_column_view (f->window)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (scrolled), >, 0);
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (scrolled));

  /* A tap on a row opens its directive (single-click activation), over
   * the list, with Close and no Back beside it. */
  g_assert_true (gtk_column_view_get_single_click_activate (gui_window_column_view (f->window)));
  g_signal_emit_by_name (gui_window_column_view (f->window), "activate", 1);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (gui_window_detail_shown (f->window));
  {
    GtkWidget *header = gui_test_find_widget (GTK_WIDGET (gui_window_detail (f->window)), ADW_TYPE_HEADER_BAR, NULL);

    g_assert_nonnull (header);
    g_assert_false (adw_header_bar_get_show_back_button (ADW_HEADER_BAR (header)));
  }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.close-directive", NULL);
  gui_test_wait_idle ();

  content_page = adw_navigation_split_view_get_content (gui_window_split_view (f->window));
  g_object_add_weak_pointer (content_page, &content_page);
  close_window (f);
  g_assert_null (content_page);
}

/* After "not a database" the alert says why, and the window behind says
 * so too (not "No Directives Yet", as if they were lost): both offer to
 * open another file or start a new one; the file chosen opens in a window
 * that works. */
static struct
{
  const char *good_path;
  guint       n_windows;
  gboolean    offered;
  gboolean    reopened;
} not_a_database;

/* The status page on screen, if any. */
static GtkWidget *
shown_status_page (GtkWidget *root)
{
  if (ADW_IS_STATUS_PAGE (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = shown_status_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The actions a menu model names, sections included, as "app.about". */
static void
collect_menu_actions (GMenuModel *model,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));
      if (section != NULL)
        collect_menu_actions (section, actions);
    }
}

/* The primary menu button on screen, if any (F10 opens it). */
static GtkWidget *
shown_primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_widget_get_mapped (root)
      && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = shown_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
check_not_a_database (gpointer user_data)
{
  DtWindow *window = user_data;
  DtApplication *app = DT_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  GtkWidget *page;
  g_autoptr(GError) error = NULL;

  g_assert_null (dt_window_get_store (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "open"));
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "new"));
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "quit"));
  g_assert_cmpstr (adw_alert_dialog_get_default_response (ADW_ALERT_DIALOG (dialog)), ==, "open");

  /* behind it, the window says what happened */
  gui_test_wait_for_draw (GTK_WIDGET (window));
  page = shown_status_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "Cannot Open the Database");
  {
    GtkWidget *open = gui_test_find_widget (page, GTK_TYPE_BUTTON, "suggested-action");

    g_assert_nonnull (open);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open-database");
    g_assert_true (gtk_widget_is_sensitive (open));
  }

  /* closed, the alert leaves that page, its choices working and nothing
   * that needs a database */
  adw_dialog_close (dialog);
  gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (page));

  /* its main menu offers what works without a database, as everywhere:
   * another file, About, Preferences, Keyboard Shortcuts */
  {
    GtkWidget *button = shown_primary_menu_button (GTK_WIDGET (window));
    g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
    const char * const expected[] = { "win.open-database", "win.new-database", "app.preferences",
                                      "app.shortcuts", "app.about" };

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_is_sensitive (button));
    collect_menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), actions);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_assert_true (g_ptr_array_find_with_equal_func (actions, expected[i], g_str_equal, NULL));
        if (g_str_has_prefix (expected[i], "app."))
          g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), expected[i] + 4));
      }

    /* About, chosen there, opens over this window */
    g_assert_true (gtk_widget_activate_action (button, "app.about", NULL));
    gui_test_wait_idle ();
    dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
    g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
    adw_dialog_close (dialog);
    gui_test_wait_dialog_closed (ADW_APPLICATION_WINDOW (window));
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-directive", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-notice", NULL);
  gui_test_wait_idle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  not_a_database.offered = TRUE;

  /* what choosing a good file does */
  g_assert_true (dt_application_open_database (app, not_a_database.good_path, &error));
  g_assert_no_error (error);
  return G_SOURCE_REMOVE;
}

static gboolean
check_reopened (gpointer user_data)
{
  DtWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  /* the new window only, on the store, usable */
  g_assert_nonnull (dt_window_get_store (window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, 1);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (gui_window_split_view (window))));
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  not_a_database.reopened = TRUE;
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
on_not_a_database_window (GtkApplication *app,
                          GtkWindow      *window)
{
  if (not_a_database.n_windows++ == 0)
    g_idle_add (check_not_a_database, window);
  else
    g_idle_add (check_reopened, window);
}

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-gui-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *good = g_build_filename (dir, "good.db", NULL);
  g_autofree char *wal = g_strconcat (good, "-wal", NULL);
  g_autofree char *shm = g_strconcat (good, "-shm", NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (bad, "Ghi chú cuộc họp, không phải cơ sở dữ liệu.\n", -1, &error));
  {
    g_autoptr(DtStore) store = dt_store_open (good, &error);
    g_assert_no_error (error);
  }
  not_a_database.good_path = good;

  g_assert_cmpint (gui_test_run_application (bad, G_CALLBACK (on_not_a_database_window)), ==, 0);
  g_assert_true (not_a_database.offered);
  g_assert_true (not_a_database.reopened);

  g_unlink (bad);
  g_unlink (good);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* Each page of the switcher (list, timeline, report) has its Alt+N, and
 * the shortcuts dialog tells it. */
static void
test_page_shortcuts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (gui_window_view_stack (f->window)));
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/chidao/Directives/shortcuts-dialog.ui");
  g_autoptr(GString) listed = g_string_new (NULL);
  GSList *objects = gtk_builder_get_objects (builder);
  guint n = g_list_model_get_n_items (pages);

  for (GSList *l = objects; l != NULL; l = l->next)
    if (ADW_IS_SHORTCUTS_ITEM (l->data))
      g_string_append_printf (listed, "%s\n", adw_shortcuts_item_get_accelerator (l->data));
  g_slist_free (objects);

  g_assert_cmpuint (n, >=, 3);
  /* from the last page back to the first, so each key changes the page */
  for (guint i = n; i-- > 0; )
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u\n", i + 1);
      gboolean taken = FALSE;

      gtk_widget_grab_focus (GTK_WIDGET (gui_window_column_view (f->window)));
      for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (f->window)); w != NULL && !taken;
           w = gtk_widget_get_parent (w))
        {
          g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

          for (guint c = 0; c < g_list_model_get_n_items (controllers) && !taken; c++)
            {
              g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

              if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
                continue;
              for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !taken; j++)
                {
                  g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

                  taken = gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key) &&
                          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, w,
                                                        gtk_shortcut_get_arguments (shortcut));
                }
            }
        }
      g_assert_true (taken);
      gui_test_wait_idle ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (gui_window_view_stack (f->window)), ==,
                       adw_view_stack_page_get_name (page));
      g_assert_nonnull (strstr (listed->str, accel));
    }
}

static gboolean
window_collapsed (gpointer window)
{
  return adw_navigation_split_view_get_collapsed (gui_window_split_view (DT_WINDOW (window)));
}

/* A new user on a narrow window, nothing imported yet: the window opens on
 * the page that says how to begin, with its Import button, not on the
 * sidebar's empty views. */
static void
test_narrow_empty_guides (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  DtStore *store = gui_test_open_temp_store ("dt-gui-XXXXXX", &dir, &path);
  DtWindow *window = dt_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 740);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until (window_collapsed, window);
  gui_test_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (adw_navigation_split_view_get_show_content (gui_window_split_view (window)));
  g_assert_cmpstr (gui_window_list_page (window), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gui_window_status_page (window))));

  gtk_window_close (GTK_WINDOW (window));
  gui_test_wait_idle ();
  gui_test_remove_temp_store (store, &dir, &path);
}

/* A long list makes its rows further down as the user scrolls to them:
 * scrolled to its end, it shows its last directive. */
static void
test_rows_further_down (Fixture       *f,
                        gconstpointer  data)
{
  guint n = add_directives (f, 80, DT_DATE_NONE);
  GtkColumnView *view = gui_window_column_view (f->window);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW)));
  g_autoptr(DtDirective) last = NULL;
  g_autofree char *text = NULL;

  /* at a desktop's width, whatever the tests before left */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gui_test_wait_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  for (guint i = 0; i < 10; i++)
    {
      gtk_adjustment_set_value (adjustment,
                                gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
      gui_test_wait_idle ();
    }

  last = shown_item (f, n - 1);
  text = dt_text_capitalize_first (dt_directive_get_text (last));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, n);
  g_assert_true (shows_text (GTK_WIDGET (view), text));
}

/* The Timeline shows every directive of a long list, however little of
 * the list was scrolled through. */
static void
test_timeline_every_row (Fixture       *f,
                         gconstpointer  data)
{
  guint n = add_directives (f, 80, DT_DATE_NONE);
  DtTimelineChart *chart = dt_timeline_view_get_chart (gui_window_timeline_view (f->window));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dt_timeline_chart_get_model (chart))), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/window/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("escape-closes", test_escape_closes);
  ADD ("capital-first", test_capital_first);
  ADD ("narrow-columns", test_narrow_columns);
  ADD ("long-ordinals", test_long_ordinals);
  ADD ("unit-chips-whole", test_unit_chips_whole);
  ADD ("merge-names-whole", test_merge_names_whole);
  ADD ("delete-unit-offers-merge", test_delete_unit_offers_merge);
  ADD ("read-errors-shown", test_read_errors_shown);
  ADD ("page-shortcuts", test_page_shortcuts);
  ADD ("rows-further-down", test_rows_further_down);
  ADD ("timeline-every-row", test_timeline_every_row);
  g_test_add_func ("/gui/window/not-a-database", test_not_a_database);
  g_test_add_func ("/gui/window/narrow-empty-guides", test_narrow_empty_guides);

  return g_test_run ();
}
