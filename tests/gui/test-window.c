/* test-window.c — the main window, driven as a user would
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
#include "dt-timeline-chart.h"
#include "dt-directive-detail.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

typedef struct
{
  char     *dir;
  char     *path;
  DtStore  *store;
  DtWindow *window;
  guint     n_directives;
} Fixture;

static void
open_window (Fixture *f)
{
  f->window = dt_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
}

static void
close_window (Fixture *f)
{
  if (f->window == NULL)
    return;

  gtk_window_close (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  f->window = NULL;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = gui_test_open_temp_store ("dt-gui-XXXXXX", &f->dir, &f->path);
  f->n_directives = gui_test_fill_store (f->store);
  open_window (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_window (f);
  gui_test_remove_temp_store (f->store, &f->dir, &f->path);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (dt_window_get_directive_list (f->window)));
}

static guint
view_count (Fixture *f,
            DtView   view)
{
  return gui_window_view_count (f->window, view);
}

static void
choose_view (Fixture *f,
             DtView   view)
{
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, view));
}

static DtDirective *
shown_item (Fixture *f,
            guint    i)
{
  return g_list_model_get_item (G_LIST_MODEL (dt_window_get_directive_list (f->window)), i);
}

static gint64
find_shown (Fixture    *f,
            const char *ordinal)
{
  guint n = n_shown (f);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);

      if (g_strcmp0 (dt_directive_get_ordinal (d), ordinal) == 0)
        return i;
    }

  return -1;
}

static void
search_for (Fixture    *f,
            const char *text)
{
  gui_test_search (gui_window_search_entry (f->window), text);
}

static void
open_directive (Fixture *f,
                guint    position)
{
  gui_window_select (f->window, position);
  g_assert_nonnull (gui_window_detail_directive (f->window));
}

/* A directive addressed to a collective: "No lead unit" in the list's
 * model and the detail's chooser, and whom it was addressed to; another
 * directive cannot be set to no lead. */
static void
test_no_lead_unit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DtDirective) collective = dt_directive_new ();
  g_autoptr(GError) error = NULL;
  DtDirectiveDetail *detail;
  AdwComboRow *combo;
  AdwActionRow *addressed;
  DtUnit *chosen;
  gint64 pos, lead;

  dt_directive_set_ordinal (collective, "Z1");
  dt_directive_set_text (collective, "Rà soát thủ tục hành chính");
  dt_directive_set_addressee (collective, "Các sở, ngành");
  g_assert_true (dt_store_save_directive (f->store, collective, &error));
  g_assert_no_error (error);
  gui_test_wait_idle ();

  pos = find_shown (f, "Z1");
  g_assert_cmpint (pos, >=, 0);
  open_directive (f, pos);
  detail = gui_window_detail (f->window);
  combo = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL,
                                                        "lead_unit_row"));
  addressed = ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL,
                                                             "no_lead_row"));
  chosen = adw_combo_row_get_selected_item (combo);
  g_assert_cmpint (dt_unit_get_id (chosen), ==, 0);
  g_assert_cmpstr (dt_unit_get_name (chosen), ==, "No lead unit");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (addressed)));
  g_assert_cmpstr (adw_action_row_get_subtitle (addressed), ==, "Các sở, ngành");

  /* a directive led by a unit: "No lead unit" is refused */
  pos = find_shown (f, "B16");
  open_directive (f, pos);
  lead = dt_directive_get_lead_unit_id (dt_directive_detail_get_directive (detail));
  g_assert_cmpint (lead, >, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (addressed)));
  adw_combo_row_set_selected (combo, 0);
  gui_test_wait_idle ();
  g_assert_cmpint (dt_directive_get_lead_unit_id (dt_directive_detail_get_directive (detail)), ==, lead);
  g_assert_cmpint (dt_unit_get_id (adw_combo_row_get_selected_item (combo)), ==, lead);
}

static DtNotice *
find_notice (Fixture    *f,
             const char *number)
{
  g_autoptr(GListModel) notices = dt_store_list_notices (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);

      if (g_strcmp0 (dt_notice_get_number (notice), number) == 0)
        return g_steal_pointer (&notice);
    }
  g_assert_not_reached ();
}

static void
test_sidebar_filters (Fixture       *f,
                      gconstpointer  data)
{
  guint all = n_shown (f);
  guint n;

  g_assert_cmpuint (all, ==, f->n_directives);
  g_assert_cmpuint (view_count (f, DT_VIEW_ALL), ==, all);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "list");

  /* Overdue: today is pinned after every deadline of the sample. */
  choose_view (f, DT_VIEW_OVERDUE);
  n = n_shown (f);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  g_assert_cmpuint (n, ==, view_count (f, DT_VIEW_OVERDUE));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      g_assert_cmpint (dt_directive_get_status (d), ==, DT_STATUS_OVERDUE);
    }

  choose_view (f, DT_VIEW_COMPLETED);
  n = n_shown (f);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, ==, view_count (f, DT_VIEW_COMPLETED));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      g_assert_true (dt_status_is_completed (dt_directive_get_status (d)));
    }

  /* Ongoing: without a deadline, marked recurring or a standing duty */
  choose_view (f, DT_VIEW_ONGOING);
  n = n_shown (f);
  g_assert_cmpuint (n, ==, view_count (f, DT_VIEW_ONGOING));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      g_assert_cmpuint (dt_directive_get_deadline (d), ==, DT_DATE_NONE);
      g_assert_cmpint (dt_directive_get_recurrence (d), !=, DT_RECURRENCE_NONE);
    }

  /* No deadline: the rest without one, until someone sets one */
  choose_view (f, DT_VIEW_NO_DEADLINE);
  n = n_shown (f);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, ==, view_count (f, DT_VIEW_NO_DEADLINE));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      g_assert_cmpuint (dt_directive_get_deadline (d), ==, DT_DATE_NONE);
      g_assert_cmpint (dt_directive_get_status (d), ==, DT_STATUS_NO_DEADLINE);
    }

  /* A unit: only the directives it leads. */
  {
    g_autoptr(DtUnit) unit = dt_store_find_unit (f->store, "Sở Y tế");
    DtSidebarItem *chosen;

    g_assert_nonnull (unit);
    g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (unit)));
    gui_test_wait_idle ();

    chosen = gui_window_sidebar_choice (f->window);
    g_assert_cmpint (dt_sidebar_item_get_kind (chosen), ==, DT_SIDEBAR_ITEM_UNIT);
    g_assert_cmpstr (dt_sidebar_item_get_title (chosen), ==, "Sở Y tế");
    n = n_shown (f);
    g_assert_cmpuint (n, ==, 3);   /* A14, A15, B25 */
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(DtDirective) d = shown_item (f, i);
        g_assert_cmpint (dt_directive_get_lead_unit_id (d), ==, dt_unit_get_id (unit));
      }
    g_assert_cmpstr (gui_window_title (f->window), ==, "Sở Y tế");
  }

  /* A notice: the second one has three directives. */
  {
    g_autoptr(DtNotice) notice = find_notice (f, "512/UBND-TH");

    g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_NOTICE, dt_notice_get_id (notice)));
  }
  g_assert_cmpuint (n_shown (f), ==, 3);
  g_assert_cmpstr (gui_window_title (f->window), ==, "512/UBND-TH dated 20/02/2024");

  choose_view (f, DT_VIEW_ALL);
  g_assert_cmpuint (n_shown (f), ==, all);
}

static void
collect_headings (GtkWidget *widget,
                  GPtrArray *found)
{
  if (DT_IS_SIDEBAR_HEADING (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_headings (child, found);
}

/* The sidebar's sections: Notices and Units under their headings, each
 * with its + button; none over the smart views. */
static void
test_sidebar_headings (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  const char *expected[][2] = { { "Notices", "win.new-notice" }, { "Units", "win.new-unit" } };

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 2000);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  collect_headings (GTK_WIDGET (gui_window_sidebar (f->window)), headings);
  g_assert_cmpuint (headings->len, ==, 2);
  for (guint i = 0; i < headings->len; i++)
    {
      GtkWidget *label = gui_test_find_widget (headings->pdata[i], GTK_TYPE_LABEL, "heading");
      GtkWidget *button = gui_test_find_widget (headings->pdata[i], GTK_TYPE_BUTTON, NULL);

      g_assert_cmpint (dt_sidebar_item_get_kind (dt_sidebar_heading_get_item (headings->pdata[i])), ==,
                       i == 0 ? DT_SIDEBAR_ITEM_NOTICE : DT_SIDEBAR_ITEM_UNIT);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, expected[i][0]);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, expected[i][1]);
    }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  guint all = n_shown (f);
  guint n;

  /* Typing in the window opens the search bar (type to search). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  gui_test_wait_idle ();
  g_assert_true (gtk_search_bar_get_search_mode (gui_window_search_bar (f->window)));

  /* Without diacritics, as people type. */
  search_for (f, "phong chay chua chay");
  g_assert_cmpuint (n_shown (f), ==, 1);
  {
    g_autoptr(DtDirective) d = shown_item (f, 0);
    g_assert_true (g_str_has_prefix (dt_directive_get_text (d), "Kiểm tra công tác phòng cháy"));
  }

  /* Search combines with the sidebar choice. */
  search_for (f, "so y te");
  n = n_shown (f);
  g_assert_cmpuint (n, >=, 3);
  choose_view (f, DT_VIEW_COMPLETED);
  g_assert_cmpuint (n_shown (f), <, n);
  g_assert_cmpuint (n_shown (f), <, view_count (f, DT_VIEW_COMPLETED));

  search_for (f, "zzzz khong co");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "no-match");

  search_for (f, "");
  choose_view (f, DT_VIEW_ALL);
  g_assert_cmpuint (n_shown (f), ==, all);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "list");
}

static void wait_shown (Fixture *f,
                        guint    n);

/* The sidebar's counts are the totals, whatever is searched: a search
 * that finds nothing leaves them as they were (they read as lost
 * directives when they all fell to 0). */
static void
test_counts_ignore_search (Fixture       *f,
                           gconstpointer  data)
{
  guint before[DT_N_VIEWS];

  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  for (guint v = 0; v < DT_N_VIEWS; v++)
    before[v] = gui_window_view_count (f->window, v);
  g_assert_cmpuint (before[DT_VIEW_ALL], ==, f->n_directives);
  g_assert_cmpuint (before[DT_VIEW_OVERDUE], >, 0);

  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  search_for (f, "phong chay chua chay");
  g_assert_cmpuint (n_shown (f), ==, 1);
  search_for (f, "zzzz khong co");
  g_assert_cmpuint (n_shown (f), ==, 0);
  gui_test_wait_idle ();
  for (guint v = 0; v < DT_N_VIEWS; v++)
    g_assert_cmpuint (gui_window_view_count (f->window, v), ==, before[v]);

  /* and they still follow what changes */
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_OVERDUE));
  search_for (f, "");
  wait_shown (f, before[DT_VIEW_OVERDUE]);
  gui_window_select (f->window, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-completed", NULL));
  search_for (f, "zzzz khong co");
  gui_test_wait_idle ();
  g_assert_cmpuint (gui_window_view_count (f->window, DT_VIEW_OVERDUE), ==, before[DT_VIEW_OVERDUE] - 1);
  g_assert_cmpuint (gui_window_view_count (f->window, DT_VIEW_COMPLETED), ==, before[DT_VIEW_COMPLETED] + 1);
  g_assert_cmpuint (gui_window_view_count (f->window, DT_VIEW_ALL), ==, before[DT_VIEW_ALL]);
}

typedef struct
{
  DtStore    *store;
  gint64      id;
  const char *text;
} SavedWait;

static gboolean
text_saved (gpointer data)
{
  SavedWait *wait = data;
  g_autoptr(DtDirective) stored = dt_store_get_directive (wait->store, wait->id, NULL);

  return g_strcmp0 (dt_directive_get_text (stored), wait->text) == 0;
}

static void
test_edit_saved (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) reread = NULL;
  g_autoptr(DtUnit) unit = dt_store_find_unit (f->store, "Sở Tài chính");
  DtDirectiveDetail *detail;
  DtDirective *d;
  GtkTextView *text_view;
  DtDateRow *deadline_row;
  gint64 pos = find_shown (f, "B16");
  gint64 id;

  g_assert_cmpint (pos, >=, 0);
  open_directive (f, pos);
  detail = gui_window_detail (f->window);
  d = dt_directive_detail_get_directive (detail);
  id = dt_directive_get_id (d);
  g_assert_true (gui_window_detail_shown (f->window));

  /* The text, typed into the text view. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL, "text_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "Hoàn thiện hồ sơ quy hoạch vùng nguyên liệu", -1);

  /* The deadline, from the date row. */
  deadline_row = DT_DATE_ROW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL, "deadline_row"));
  dt_date_row_set_date (deadline_row, dt_date_new (2024, 4, 30));

  /* The lead unit, from the chooser. */
  {
    AdwComboRow *combo = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (detail), DT_TYPE_DIRECTIVE_DETAIL, "lead_unit_row"));
    GListModel *model = adw_combo_row_get_model (combo);

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(DtUnit) u = g_list_model_get_item (model, i);
        if (dt_unit_get_id (u) == dt_unit_get_id (unit))
          adw_combo_row_set_selected (combo, i);
      }
  }

  /* The text is saved shortly after typing stops. */
  {
    SavedWait saved = { f->store, id, "Hoàn thiện hồ sơ quy hoạch vùng nguyên liệu" };

    gui_test_wait_until (text_saved, &saved);
  }

  /* The row in the list shows the new text. */
  g_assert_cmpstr (dt_directive_get_text (d), ==, "Hoàn thiện hồ sơ quy hoạch vùng nguyên liệu");

  close_window (f);
  g_assert_finalize_object (f->store);
  f->store = dt_store_open (f->path, &error);
  g_assert_no_error (error);

  reread = dt_store_get_directive (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (reread), ==, "Hoàn thiện hồ sơ quy hoạch vùng nguyên liệu");
  g_assert_cmpuint (dt_directive_get_deadline (reread), ==, dt_date_new (2024, 4, 30));
  g_assert_cmpint (dt_directive_get_lead_unit_id (reread), ==, dt_unit_get_id (unit));
  g_assert_cmpstr (dt_directive_get_ordinal (reread), ==, "B16");
}

static void
test_text_saved_on_close (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) reread = NULL;
  GtkTextView *text_view;
  gint64 id;

  open_directive (f, 0);
  id = dt_directive_get_id (gui_window_detail_directive (f->window));
  text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (gui_window_detail (f->window)), DT_TYPE_DIRECTIVE_DETAIL, "text_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "Typed just before closing", -1);

  /* No wait: closing the window must not lose what was typed. */
  close_window (f);

  reread = dt_store_get_directive (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (reread), ==, "Typed just before closing");
}

typedef struct
{
  Fixture *f;
  guint    n;
} ShownWait;

static gboolean
shown_is (gpointer data)
{
  ShownWait *w = data;

  return n_shown (w->f) == w->n && view_count (w->f, DT_VIEW_ALL) >= w->n - 1;
}

static void
wait_shown (Fixture *f,
            guint    n)
{
  ShownWait w = { f, n };

  gui_test_wait_until (shown_is, &w);
}

/* The toast offering to undo has gone. */
static gboolean
no_undo_toast (gpointer window)
{
  return gui_window_toast_button (window, "win.undo") == NULL;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) gone = NULL;
  g_autoptr(DtDirective) back = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(DtExtension) extension = NULL;
  g_autofree char *text = NULL;
  guint all = n_shown (f);
  gint64 id;
  /* The one with a progress report; give it an extension too.  Waits are
   * on what shows, not on time: a sanitizer build is many times slower. */
  search_for (f, "phong chay");
  wait_shown (f, 1);
  open_directive (f, 0);
  id = dt_directive_get_id (gui_window_detail_directive (f->window));
  text = g_strdup (dt_directive_get_text (gui_window_detail_directive (f->window)));
  extension = dt_extension_new (id, dt_date_new (2024, 4, 15), dt_date_new (2024, 3, 1), "Chờ kinh phí");
  g_assert_true (dt_store_add_extension (f->store, extension, &error));
  g_assert_no_error (error);
  search_for (f, "");
  wait_shown (f, all);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-directive", NULL));
  /* the toast offering to undo comes with the deletion */
  g_assert_nonnull (gui_window_toast_button (f->window, "win.undo"));
  wait_shown (f, all - 1);

  gone = dt_store_get_directive (f->store, id, NULL);
  g_assert_null (gone);
  g_assert_cmpuint (n_shown (f), ==, all - 1);
  g_assert_cmpuint (view_count (f, DT_VIEW_ALL), ==, all - 1);
  g_assert_false (gui_window_detail_shown (f->window));

  /* Ctrl+Z (win.undo) puts it back with its extension and report, and
   * the toast goes (if it has not timed out already). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  gui_test_wait_until (no_undo_toast, f->window);
  wait_shown (f, all);

  back = dt_store_get_directive (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (back), ==, text);
  g_assert_cmpuint (dt_directive_get_deadline (back), ==, dt_date_new (2024, 4, 15));
  reports = dt_store_list_reports (f->store, id, NULL);
  g_assert_cmpuint (reports->len, ==, 1);
  extensions = dt_store_list_extensions (f->store, id, NULL);
  g_assert_cmpuint (extensions->len, ==, 1);
  g_assert_cmpuint (n_shown (f), ==, all);
  g_assert_cmpuint (view_count (f, DT_VIEW_ALL), ==, all);
}

static void
test_mark_completed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DtDirective) reread = NULL;
  guint overdue, completed;
  DtDirective *d;
  gint64 id;

  choose_view (f, DT_VIEW_OVERDUE);
  overdue = view_count (f, DT_VIEW_OVERDUE);
  completed = view_count (f, DT_VIEW_COMPLETED);
  g_assert_cmpuint (n_shown (f), ==, overdue);
  g_assert_cmpuint (overdue, >, 0);

  open_directive (f, 0);
  d = gui_window_detail_directive (f->window);
  id = dt_directive_get_id (d);
  g_assert_cmpint (dt_directive_get_status (d), ==, DT_STATUS_OVERDUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-completed", NULL));
  gui_test_wait_idle ();

  reread = dt_store_get_directive (f->store, id, NULL);
  g_assert_cmpuint (dt_directive_get_completed_date (reread), ==, dt_date_today ());
  g_assert_cmpint (dt_directive_get_status (reread), ==, DT_STATUS_COMPLETED_LATE);
  g_assert_cmpuint (view_count (f, DT_VIEW_OVERDUE), ==, overdue - 1);
  g_assert_cmpuint (view_count (f, DT_VIEW_COMPLETED), ==, completed + 1);
  /* It leaves the overdue view. */
  g_assert_cmpuint (n_shown (f), ==, overdue - 1);
}

/* Mark as completed (Ctrl+D) is undone as a deletion is: by the toast's
 * Undo and by Ctrl+Z, which give the directive back its status. */
static void
test_mark_completed_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DtDirective) reread = NULL;
  GtkWidget *undo;
  guint overdue, completed;
  gint64 id;

  choose_view (f, DT_VIEW_OVERDUE);
  overdue = view_count (f, DT_VIEW_OVERDUE);
  completed = view_count (f, DT_VIEW_COMPLETED);
  open_directive (f, 0);
  id = dt_directive_get_id (gui_window_detail_directive (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-completed", NULL));
  undo = gui_window_toast_button (f->window, "win.undo");
  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (undo)), ==, "_Undo");
  gui_test_wait_idle ();
  g_assert_cmpuint (view_count (f, DT_VIEW_COMPLETED), ==, completed + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  gui_test_wait_until (no_undo_toast, f->window);
  gui_test_wait_idle ();

  reread = dt_store_get_directive (f->store, id, NULL);
  g_assert_cmpuint (dt_directive_get_completed_date (reread), ==, DT_DATE_NONE);
  g_assert_cmpint (dt_directive_get_status (reread), ==, DT_STATUS_OVERDUE);
  g_assert_cmpuint (view_count (f, DT_VIEW_OVERDUE), ==, overdue);
  g_assert_cmpuint (view_count (f, DT_VIEW_COMPLETED), ==, completed);
  g_assert_cmpuint (n_shown (f), ==, overdue);
  /* the pane, still open on it, says so too */
  g_assert_cmpint (dt_directive_get_status (gui_window_detail_directive (f->window)),
                   ==, DT_STATUS_OVERDUE);

  /* Ctrl+Shift+Z (win.redo) marks it again, the pane following */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  gui_test_wait_idle ();
  g_clear_object (&reread);
  reread = dt_store_get_directive (f->store, id, NULL);
  g_assert_cmpuint (dt_directive_get_completed_date (reread), ==, dt_date_today ());
  g_assert_cmpuint (view_count (f, DT_VIEW_COMPLETED), ==, completed + 1);
  g_assert_cmpint (dt_directive_get_status (gui_window_detail_directive (f->window)),
                   ==, DT_STATUS_COMPLETED_LATE);
}

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

static AdwDialog *
visible_dialog (Fixture *f)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
}

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
  g_assert_cmpstr (text, ==, "Notice of conclusions of 15/03/2024");
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-notice", "x",
                                             dt_notice_get_id (notice)));
  gui_test_wait_idle ();
  dialog = visible_dialog (f);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                   "Delete Notice of conclusions of 15/03/2024?");
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
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

static void
reopen_window_at (Fixture *f,
                  int      width)
{
  close_window (f);
  f->window = dt_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
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


/* The list and the timeline share one selection model: a bar chosen is the
 * list's row chosen (and its detail shown), a row chosen is the bar drawn
 * selected, with no lookup by id between them. */
static DtTimelineChart *
show_timeline (Fixture *f)
{
  DtTimelineChart *chart;

  /* wide enough for the list, the chart and the pane side by side (an
   * earlier test may have left a phone's width in the settings) */
  reopen_window_at (f, 1300);
  gui_window_show_page (f->window, "timeline");
  chart = DT_TIMELINE_CHART (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_CHART, NULL));
  g_assert_nonnull (chart);
  g_assert_nonnull (dt_timeline_chart_get_layout (chart));
  return chart;
}

static gint64
selected_id (Fixture *f)
{
  DtDirective *selected = gui_window_selected (f->window);

  return selected != NULL ? dt_directive_get_id (selected) : 0;
}

static void
test_selection_shared (Fixture       *f,
                       gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  DtTimelineLayout *layout = dt_timeline_chart_get_layout (chart);
  const DtTimelineItem *item = NULL;
  double x, y;

  /* one model: the list's own selection */
  g_assert_true (dt_timeline_chart_get_model (chart) == GTK_SELECTION_MODEL (gui_window_list_selection (f->window)));
  g_assert_cmpint (selected_id (f), ==, 0);

  /* Down in the chart: its first directive is the list's row, and the
   * pane shows it */
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.select-next", NULL));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), !=, 0);
  g_assert_cmpint (selected_id (f), ==, dt_timeline_chart_get_selected_id (chart));
  g_assert_nonnull (gui_window_detail_directive (f->window));
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, selected_id (f));

  /* a bar clicked, further down */
  for (guint i = dt_timeline_layout_get_n_items (layout) / 2; i < dt_timeline_layout_get_n_items (layout); i++)
    {
      item = dt_timeline_layout_get_item (layout, i);
      if (item->deadline != DT_DATE_NONE)
        break;
    }
  dt_timeline_chart_select_id (chart, item->id);   /* scrolled into view */
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  g_assert_true (dt_timeline_chart_get_bar_point (chart, item->id, &x, &y));
  g_assert_true (dt_timeline_chart_click (chart, x, y));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), ==, item->id);
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, item->id);
  g_assert_true (gui_window_detail_shown (f->window));

  /* a row chosen in the list: its bar is the one drawn selected */
  gui_window_show_page (f->window, "list");
  gui_window_select (f->window, 3);
  gui_window_show_page (f->window, "timeline");
  g_assert_cmpint (dt_timeline_chart_get_selected_position (chart), ==, 3);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, selected_id (f));
}

/* A directive chosen before the timeline was first shown: the timeline
 * opens with its bar in view. */
static void
test_selection_before_timeline (Fixture       *f,
                                gconstpointer  data)
{
  DtTimelineChart *chart;
  gint64 id;
  double x, y;

  reopen_window_at (f, 1300);
  gui_window_select (f->window, n_shown (f) - 1);
  id = selected_id (f);
  g_assert_cmpint (id, !=, 0);

  gui_window_show_page (f->window, "timeline");
  chart = DT_TIMELINE_CHART (gui_test_find_widget (GTK_WIDGET (f->window), DT_TYPE_TIMELINE_CHART, NULL));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
  g_assert_true (dt_timeline_chart_get_bar_point (chart, id, &x, &y));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (chart)));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (chart)));
}

/* Only what is due on the chart: a bar is still its own row of the list. */
static void
test_selection_due_only (Fixture       *f,
                         gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  DtTimelineLayout *layout;
  const DtTimelineItem *item;
  guint n_all = n_shown (f);
  double x, y;

  dt_timeline_chart_set_due_days (chart, 7);
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  layout = dt_timeline_chart_get_layout (chart);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (layout), <, n_all);
  g_assert_cmpuint (dt_timeline_layout_get_n_items (layout), >, 2);

  /* the last due one: far from its position in the whole list */
  item = dt_timeline_layout_get_item (layout, dt_timeline_layout_get_n_items (layout) - 1);
  dt_timeline_chart_select_id (chart, item->id);
  gui_test_wait_for_draw (GTK_WIDGET (chart));
  g_assert_cmpint (selected_id (f), ==, item->id);
  g_assert_true (dt_timeline_chart_get_bar_point (chart, item->id, &x, &y));
  gui_window_select (f->window, GTK_INVALID_LIST_POSITION);
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, 0);
  g_assert_true (dt_timeline_chart_click (chart, x, y));
  gui_test_wait_idle ();
  g_assert_cmpint (selected_id (f), ==, item->id);

  /* a row of the list the chart leaves out: selected in the list, no bar
   * drawn selected, and Down starts from the top */
  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(DtDirective) d = shown_item (f, i);
      guint row;

      if (!dt_timeline_layout_find_item_row (layout, dt_directive_get_id (d), &row))
        {
          gui_window_select (f->window, i);
          break;
        }
    }
  g_assert_false (dt_timeline_chart_get_bar_point (chart, selected_id (f), &x, &y));
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.select-next", NULL);
  gui_test_wait_idle ();
  {
    guint row, first = 0;

    while (dt_timeline_layout_get_row_item (layout, first) < 0)
      first++;
    g_assert_true (dt_timeline_layout_find_item_row (layout, selected_id (f), &row));
    g_assert_cmpuint (row, ==, first);
  }
}

/* Filters keep the directive chosen while it is still listed, in the list
 * and the chart alike, and drop it from both when it is not. */
static void
test_selection_filters (Fixture       *f,
                        gconstpointer  data)
{
  DtTimelineChart *chart = show_timeline (f);
  g_autoptr(DtDirective) chosen = NULL;
  gint64 id;

  gui_window_show_page (f->window, "list");
  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  search_for (f, "phong chay");
  wait_shown (f, 1);
  gui_window_select (f->window, 0);
  chosen = g_object_ref (gui_window_selected (f->window));
  id = dt_directive_get_id (chosen);

  /* a search that keeps it */
  search_for (f, "phong");
  g_assert_cmpuint (n_shown (f), >, 1);
  g_assert_cmpuint (n_shown (f), <, f->n_directives);
  g_assert_cmpint (selected_id (f), ==, id);
  gui_window_show_page (f->window, "timeline");
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, id);
  g_assert_cmpint (dt_timeline_chart_get_selected_position (chart), ==,
                   gtk_single_selection_get_selected (gui_window_list_selection (f->window)));

  /* one that leaves it out: chosen nowhere, but the pane stays on it */
  search_for (f, "zzzz khong co");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_null (gui_window_selected (f->window));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, 0);
  g_assert_cmpint (dt_directive_get_id (gui_window_detail_directive (f->window)), ==, id);

  /* a sidebar view: the same */
  search_for (f, "");
  wait_shown (f, f->n_directives);
  gui_window_select (f->window, find_shown (f, dt_directive_get_ordinal (chosen)));
  g_assert_cmpint (selected_id (f), ==, id);
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_VIEW,
                                    dt_directive_get_status (chosen) == DT_STATUS_OVERDUE
                                    ? DT_VIEW_OVERDUE : DT_VIEW_COMPLETED));
  if (dt_directive_get_status (chosen) == DT_STATUS_OVERDUE)
    g_assert_cmpint (selected_id (f), ==, id);
  else
    g_assert_null (gui_window_selected (f->window));
  g_assert_cmpint (dt_timeline_chart_get_selected_id (chart), ==, selected_id (f));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/window/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("sidebar-filters", test_sidebar_filters);
  ADD ("sidebar-headings", test_sidebar_headings);
  ADD ("search", test_search);
  ADD ("counts-ignore-search", test_counts_ignore_search);
  ADD ("edit-saved", test_edit_saved);
  ADD ("no-lead-unit", test_no_lead_unit);
  ADD ("text-saved-on-close", test_text_saved_on_close);
  ADD ("delete-undo", test_delete_undo);
  ADD ("mark-completed", test_mark_completed);
  ADD ("mark-completed-undo", test_mark_completed_undo);
  ADD ("escape-closes", test_escape_closes);
  ADD ("capital-first", test_capital_first);
  ADD ("merge-units", test_merge_units);
  ADD ("delete-notice-asks", test_delete_notice_asks);
  ADD ("sort-remembered", test_sort_remembered);
  ADD ("new-notice-and-directive", test_new_notice_and_directive);
  ADD ("notice-without-number", test_notice_without_number);
  ADD ("narrow-columns", test_narrow_columns);
  ADD ("read-errors-shown", test_read_errors_shown);
  ADD ("page-shortcuts", test_page_shortcuts);
  ADD ("selection-shared", test_selection_shared);
  ADD ("selection-before-timeline", test_selection_before_timeline);
  ADD ("selection-due-only", test_selection_due_only);
  ADD ("selection-filters", test_selection_filters);
  g_test_add_func ("/gui/window/not-a-database", test_not_a_database);
  g_test_add_func ("/gui/window/narrow-empty-guides", test_narrow_empty_guides);

  return g_test_run ();
}
