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
#include "dt-sidebar-row.h"
#include "dt-status.h"
#include "dt-directive-detail.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"
#include "window-fixture.h"

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

/* An empty list says why: a search that matched nothing asks for
 * another search; a view, a notice or a unit with nothing in it says so,
 * and asks for no other search (none was made). */
static void
test_empty_says_why (Fixture       *f,
                     gconstpointer  data)
{
  AdwStatusPage *page;
  DtView empty_view = DT_N_VIEWS;
  g_autoptr(DtUnit) unit = dt_unit_new ("Ban Dân tộc tỉnh");
  g_autoptr(GError) error = NULL;

  /* a view with nothing in it today */
  for (DtView view = DT_VIEW_ALL + 1; view < DT_N_VIEWS && empty_view == DT_N_VIEWS; view++)
    if (view_count (f, view) == 0)
      empty_view = view;
  g_assert_cmpint (empty_view, !=, DT_N_VIEWS);
  choose_view (f, empty_view);
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "no-match");
  page = gui_window_status_page (f->window);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Directives");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), gui_window_title (f->window)));
  g_assert_null (strstr (adw_status_page_get_description (page), "search"));

  /* a search in it: no match, another search or view */
  gtk_search_bar_set_search_mode (gui_window_search_bar (f->window), TRUE);
  search_for (f, "zzzz khong co");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Matching Directives");
  g_assert_cmpstr (adw_status_page_get_description (page), ==, "Try another search or view");

  /* in every directive: another search */
  choose_view (f, DT_VIEW_ALL);
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "no-match");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Matching Directives");
  g_assert_cmpstr (adw_status_page_get_description (page), ==, "Try another search");

  /* a unit that leads nothing, nothing searched */
  search_for (f, "");
  g_assert_true (dt_store_save_unit (f->store, unit, &error));
  g_assert_no_error (error);
  gui_test_wait_idle ();
  g_assert_true (gui_window_choose (f->window, DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (unit)));
  g_assert_cmpstr (gui_window_list_page (f->window), ==, "no-match");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Directives");
  g_assert_cmpstr (adw_status_page_get_description (page), ==, "This unit leads no directives");
}

/* The sidebar's row of @kind and @id, or NULL when it is not made. */
static DtSidebarRow *
find_sidebar_row (GtkWidget         *root,
                  DtSidebarItemKind  kind,
                  gint64             id)
{
  if (DT_IS_SIDEBAR_ROW (root))
    {
      DtSidebarItem *item = dt_sidebar_row_get_item (DT_SIDEBAR_ROW (root));

      if (item != NULL && dt_sidebar_item_get_kind (item) == kind && dt_sidebar_item_get_id (item) == id)
        return DT_SIDEBAR_ROW (root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      DtSidebarRow *row = find_sidebar_row (child, kind, id);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The sidebar's row of @kind and @id, scrolled into view. */
static DtSidebarRow *
show_sidebar_row (Fixture           *f,
                  DtSidebarItemKind  kind,
                  gint64             id)
{
  GtkListView *sidebar = gui_window_sidebar (f->window);
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (sidebar));
  DtSidebarRow *row;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      if (DT_IS_SIDEBAR_ITEM (item)
          && dt_sidebar_item_get_kind (DT_SIDEBAR_ITEM (item)) == kind
          && dt_sidebar_item_get_id (DT_SIDEBAR_ITEM (item)) == id)
        {
          gtk_list_view_scroll_to (sidebar, i, GTK_LIST_SCROLL_NONE, NULL);
          break;
        }
    }
  gui_test_wait_for_draw (GTK_WIDGET (sidebar));
  row = find_sidebar_row (GTK_WIDGET (sidebar), kind, id);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  return row;
}

/* Whether the pointer over @widget would show a tooltip. */
static gboolean
shows_tooltip (GtkWidget *widget)
{
  g_autoptr(GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  if (!gtk_widget_get_has_tooltip (widget))
    return FALSE;
  g_signal_emit_by_name (widget, "query-tooltip", 4, 4, FALSE, tooltip, &shown);
  return shown;
}

/* A unit's name cut short in the sidebar can be read whole in its row's
 * tooltip; a name shown whole has none (it would only repeat it, and each
 * tooltip is a window of its own).  A notice's row tells its subject. */
static void
test_sidebar_names_cut (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DtUnit) long_unit =
    dt_unit_new ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng, công nghiệp và hạ tầng "
                 "kỹ thuật khu kinh tế, khu công nghiệp tỉnh");
  g_autoptr(DtUnit) short_unit = dt_unit_new ("Sở Nội vụ");
  g_autoptr(GError) error = NULL;
  DtSidebarRow *row;
  g_autoptr(GArray) notices = NULL;

  g_assert_true (dt_store_save_unit (f->store, long_unit, &error));
  g_assert_no_error (error);
  g_assert_true (dt_store_save_unit (f->store, short_unit, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gui_test_wait_idle ();
  gui_test_wait_for_draw (GTK_WIDGET (f->window));

  row = show_sidebar_row (f, DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (long_unit));
  g_assert_true (shows_tooltip (GTK_WIDGET (row)));
  row = show_sidebar_row (f, DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (short_unit));
  g_assert_false (shows_tooltip (GTK_WIDGET (row)));
  row = show_sidebar_row (f, DT_SIDEBAR_ITEM_VIEW, DT_VIEW_OVERDUE);
  g_assert_false (shows_tooltip (GTK_WIDGET (row)));

  notices = gui_window_sidebar_ids (f->window, DT_SIDEBAR_ITEM_NOTICE);
  g_assert_cmpuint (notices->len, >, 0);
  row = show_sidebar_row (f, DT_SIDEBAR_ITEM_NOTICE, g_array_index (notices, gint64, 0));
  g_assert_true (shows_tooltip (GTK_WIDGET (row)));
}

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
  ADD ("empty-says-why", test_empty_says_why);
  ADD ("sidebar-names-cut", test_sidebar_names_cut);
  ADD ("counts-ignore-search", test_counts_ignore_search);
  ADD ("edit-saved", test_edit_saved);
  ADD ("no-lead-unit", test_no_lead_unit);
  ADD ("text-saved-on-close", test_text_saved_on_close);
  ADD ("delete-undo", test_delete_undo);
  ADD ("mark-completed", test_mark_completed);
  ADD ("mark-completed-undo", test_mark_completed_undo);

  return g_test_run ();
}
