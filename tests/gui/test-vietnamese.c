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
#include <locale.h>
#include <string.h>

#include "dt-application.h"
#include "dt-directive-detail.h"
#include "dt-export-dialog.h"
#include "dt-gui-util.h"
#include "dt-import-dialog.h"
#include "dt-sidebar-item.h"
#include "dt-text.h"
#include "dt-window.h"
#include "gui-test-data.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

/* Words that are English and never Vietnamese (compared case-insensitively,
 * whole words only).  Not here: words that are also Vietnamese without
 * diacritics, such as "in" (print), "to", "thu", "may", "an", "tin". */
static const char * const english_words[] = {
  "the", "of", "and", "for", "with", "from", "your", "this", "that", "are",
  "is", "not", "yet", "no", "all", "new", "open", "close", "save", "cancel",
  "delete", "edit", "add", "remove", "import", "export", "print", "search",
  "directive", "directives", "unit", "units", "deadline", "deadlines",
  "status", "notice", "notices", "timeline", "today", "week", "weeks",
  "month", "months", "quarter", "year", "years", "completed", "overdue",
  "due", "progress", "report", "reports", "lead", "coordinating",
  "extension", "extensions", "reason", "ongoing", "recurring", "page",
  "day", "days", "left", "late", "soon", "menu", "view", "views", "list",
  "undo", "merge", "title", "text", "date", "none", "untitled", "error",
  "cannot", "failed", "show", "hide", "keyboard", "shortcuts", "about",
  "help", "sample", "matching", "try", "another", "assigned", "issued",
  "meeting", "signer", "number", "body", "group", "scale", "paper",
  "orientation", "portrait", "landscape", "format", "file", "files",
  "review", "accept", "reject", "done", "loading", "reading", "by", "on",
  "at", "into", "more", "less", "zoom", "previous", "next", "back",
  "january", "february", "march", "april", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "apr",
  "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "mon", "tue", "wed", "fri", "details", "credits", "legal",
  "authors", "warranty",
};

typedef struct
{
  GHashTable *english;   /* the words above */
  GHashTable *seen;      /* "where\x1fstring" already reported */
  GString    *report;
  guint       n_checked;
} Checker;

static void
checker_init (Checker *c)
{
  c->english = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS (english_words); i++)
    g_hash_table_add (c->english, (gpointer) english_words[i]);
  c->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->report = g_string_new (NULL);
  c->n_checked = 0;
}

static void
checker_clear (Checker *c)
{
  g_hash_table_unref (c->english);
  g_hash_table_unref (c->seen);
  g_string_free (c->report, TRUE);
}

/* Fails the test with what was left in English, then frees the checker */
static void
checker_finish (Checker *c)
{
  if (c->report->len > 0)
    g_test_fail_printf ("English strings left:\n%s", c->report->str);
  checker_clear (c);
}

/* Why @text reads as English, or NULL. */
static char *
why_english (Checker    *c,
             const char *text)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, text);
  g_autoptr(GRegex) iso_date = NULL;
  const char *p;

  /* A msgid shown as it is, although vi.po translates it */
  if (translated != text && g_strcmp0 (translated, text) != 0)
    return g_strdup_printf ("untranslated (vi.po has “%s”)", translated);

  iso_date = g_regex_new ("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b", 0, 0, NULL);
  if (g_regex_match (iso_date, text, 0, NULL))
    return g_strdup ("ISO date instead of dd/mm/yyyy");

  /* Whole words, split at anything that is not a letter */
  p = text;
  while (*p != '\0')
    {
      const char *start;
      g_autofree char *word = NULL;
      g_autofree char *lower = NULL;

      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        continue;

      word = g_strndup (start, p - start);
      lower = g_utf8_strdown (word, -1);
      if (g_hash_table_contains (c->english, lower))
        return g_strdup_printf ("English word “%s”", word);
    }

  return NULL;
}

/* Strings of GTK and libadwaita themselves that their Vietnamese catalogs
 * do not translate (libadwaita's is tiny; GTK 4.24's lacks the calendar's
 * new button labels): ours cannot.  Let through only while the library's
 * own catalog lacks them. */
static const struct
{
  const char *domain;
  const char *text;
} library_strings[] = {
  { "libadwaita", "Back" },                /* the back button of split views */
  { "libadwaita", "Close the window" },    /* AdwSheetControls */
  { "gtk40", "_Edit" },                    /* GtkEditableLabel's context menu */
  { "gtk40", "Edit" },
  { "gtk40", "Previous Month" },           /* GtkCalendar's arrows */
  { "gtk40", "Next Month" },
  { "gtk40", "Previous Year" },
  { "gtk40", "Next Year" },
};

static void
check (Checker    *c,
       const char *where,
       const char *text)
{
  g_autofree char *why = NULL;
  g_autofree char *key = NULL;

  if (text == NULL || *text == '\0')
    return;

  c->n_checked++;
  for (gsize i = 0; i < G_N_ELEMENTS (library_strings); i++)
    if (strcmp (text, library_strings[i].text) == 0 &&
        strcmp (g_dgettext (library_strings[i].domain, text), text) == 0)
      return;

  why = why_english (c, text);
  if (why == NULL)
    return;

  key = g_strdup_printf ("%s\x1f%s", where, text);
  if (!g_hash_table_add (c->seen, g_steal_pointer (&key)))
    return;

  g_string_append_printf (c->report, "  %s: “%s” — %s\n", where, text, why);
}

static void
check_menu_model (Checker    *c,
                  const char *where,
                  GMenuModel *model)
{
  if (model == NULL)
    return;

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check (c, where, label);

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &link_name, &link))
        {
          check_menu_model (c, where, link);
          g_object_unref (link);
        }
    }
}

static void
check_string_model (Checker    *c,
                    const char *where,
                    GListModel *model)
{
  if (!GTK_IS_STRING_LIST (model))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    check (c, where, gtk_string_list_get_string (GTK_STRING_LIST (model), i));
}

static void
check_accessible (Checker       *c,
                  const char    *where,
                  GtkAccessible *accessible)
{
  /* No getter for accessible properties: the test API returns the value
   * when it differs from the one asked for, which this one always does. */
  static const GtkAccessibleProperty props[] = {
    GTK_ACCESSIBLE_PROPERTY_LABEL,
    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
    GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (props); i++)
    {
      g_autofree char *value = NULL;

      if (!gtk_test_accessible_has_property (accessible, props[i]))
        continue;
      value = gtk_test_accessible_check_property (accessible, props[i], "\x01");
      check (c, where, value);
    }
}

static void
check_widget (Checker   *c,
              GtkWidget *widget)
{
  g_autofree char *path = NULL;
  const char *where;
  GParamSpec *pspec;

  /* "DtImportDialog … AdwHeaderBar > GtkButton": where a string is */
  path = g_strdup (G_OBJECT_TYPE_NAME (widget));
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = G_OBJECT_TYPE_NAME (w);

      if (g_str_has_prefix (name, "Dt") || w == gtk_widget_get_parent (widget))
        {
          char *longer = g_strdup_printf ("%s%s%s", name,
                                          w == gtk_widget_get_parent (widget) ? " > " : " … ", path);
          g_free (path);
          path = longer;
        }
      if (g_str_has_prefix (name, "Dt"))
        break;
    }
  where = path;

  /* Key caps ("Ctrl", "Delete") are the toolkit's own names of the keys */
  if (ADW_IS_SHORTCUT_LABEL (widget))
    return;

  check (c, where, gtk_widget_get_tooltip_text (widget));
  check_accessible (c, where, GTK_ACCESSIBLE (widget));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text");
  if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      check (c, where, placeholder);
    }

  if (GTK_IS_LABEL (widget))
    {
      /* as written ("_Import Notice…", markup) and as shown */
      check (c, where, gtk_label_get_label (GTK_LABEL (widget)));
      check (c, where, gtk_label_get_text (GTK_LABEL (widget)));
    }
  if (GTK_IS_BUTTON (widget))
    check (c, where, gtk_button_get_label (GTK_BUTTON (widget)));
  if (GTK_IS_CHECK_BUTTON (widget))
    check (c, where, gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)));
  if (GTK_IS_MENU_BUTTON (widget))
    {
      check (c, where, gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));
      check_menu_model (c, "menu", gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
    }
  if (GTK_IS_POPOVER_MENU (widget))
    check_menu_model (c, "menu", gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (widget)));
  if (ADW_IS_SPLIT_BUTTON (widget))
    {
      check (c, where, adw_split_button_get_label (ADW_SPLIT_BUTTON (widget)));
      check_menu_model (c, "menu", adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (widget)));
    }
  if (ADW_IS_BUTTON_CONTENT (widget))
    check (c, where, adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    check_string_model (c, where, gtk_drop_down_get_model (GTK_DROP_DOWN (widget)));
  if (ADW_IS_COMBO_ROW (widget))
    check_string_model (c, where, adw_combo_row_get_model (ADW_COMBO_ROW (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    check (c, where, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_ACTION_ROW (widget))
    check (c, where, adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
  if (ADW_IS_EXPANDER_ROW (widget))
    check (c, where, adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      check (c, where, adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
      check (c, where, adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)));
    }
  if (ADW_IS_STATUS_PAGE (widget))
    {
      check (c, where, adw_status_page_get_title (ADW_STATUS_PAGE (widget)));
      check (c, where, adw_status_page_get_description (ADW_STATUS_PAGE (widget)));
    }
  if (ADW_IS_WINDOW_TITLE (widget))
    {
      check (c, where, adw_window_title_get_title (ADW_WINDOW_TITLE (widget)));
      check (c, where, adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
    }
  if (ADW_IS_BANNER (widget))
    {
      check (c, where, adw_banner_get_title (ADW_BANNER (widget)));
      check (c, where, adw_banner_get_button_label (ADW_BANNER (widget)));
    }
  if (ADW_IS_NAVIGATION_PAGE (widget))
    check (c, where, adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (widget)));
  if (ADW_IS_DIALOG (widget))
    check (c, where, adw_dialog_get_title (ADW_DIALOG (widget)));
  if (ADW_IS_ALERT_DIALOG (widget))
    {
      check (c, where, adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (widget)));
      check (c, where, adw_alert_dialog_get_body (ADW_ALERT_DIALOG (widget)));
    }
  if (GTK_IS_WINDOW (widget))
    check (c, where, gtk_window_get_title (GTK_WINDOW (widget)));
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

          check (c, "AdwViewStackPage", adw_view_stack_page_get_title (page));
        }
    }
  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GtkStackPage) page = g_list_model_get_item (pages, i);

          check (c, "GtkStackPage", gtk_stack_page_get_title (page));
        }
    }
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          check (c, "GtkColumnViewColumn", gtk_column_view_column_get_title (column));
          check_menu_model (c, "column menu", gtk_column_view_column_get_header_menu (column));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (c, child);
}

typedef struct
{
  char     *dir;
  char     *path;
  DtStore  *store;
  DtWindow *window;
  Checker   checker;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean fill = GPOINTER_TO_INT (data);

  f->dir = g_dir_make_tmp ("dt-vi-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "directives.db", NULL);
  f->store = dt_store_open (f->path, &error);
  g_assert_no_error (error);
  if (fill)
    g_assert_cmpuint (gui_test_fill_store (f->store), >, 0);
  f->window = dt_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  checker_init (&f->checker);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  checker_clear (&f->checker);
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_wait_idle ();
  g_assert_finalize_object (f->store);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
assert_no_english (Fixture *f)
{
  g_test_message ("%u strings checked", f->checker.n_checked);
  /* Something must have been read, or the walk proves nothing. */
  g_assert_cmpuint (f->checker.n_checked, >, 10);
  if (f->checker.report->len > 0)
    g_test_fail_printf ("English strings left in the window:\n%s", f->checker.report->str);
}

static void
check_window (Fixture *f)
{
  gui_test_wait_idle ();
  check_widget (&f->checker, GTK_WIDGET (f->window));
}

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

static void
test_shortcuts_dialog (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("/%s/shortcuts-dialog.ui", "io/github/chidao/Directives");
  GtkWindow *window;
  GObject *dialog;
  GSList *objects;
  Checker c;

  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, path, &error))
    g_error ("%s: %s", path, error->message);
  dialog = gtk_builder_get_object (builder, "shortcuts_dialog");
  g_assert_true (ADW_IS_SHORTCUTS_DIALOG (dialog));

  /* As the user sees it: shown over a window */
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_present (window);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  dt_gui_translate_shortcuts_dialog (ADW_DIALOG (dialog));
  gui_test_wait_for_draw (GTK_WIDGET (window));

  checker_init (&c);
  check_widget (&c, GTK_WIDGET (dialog));
  /* and every section and shortcut, shown or not */
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      if (ADW_IS_SHORTCUTS_SECTION (l->data))
        check (&c, "AdwShortcutsSection", adw_shortcuts_section_get_title (l->data));
      if (ADW_IS_SHORTCUTS_ITEM (l->data))
        {
          check (&c, "AdwShortcutsItem", adw_shortcuts_item_get_title (l->data));
          check (&c, "AdwShortcutsItem", adw_shortcuts_item_get_subtitle (l->data));
        }
    }
  g_slist_free (objects);
  g_assert_cmpuint (c.n_checked, >, 20);
  checker_finish (&c);

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gtk_window_destroy (window);
  gui_test_wait_idle ();
}

/* The application's own Ctrl+? opens the shortcuts dialog, in Vietnamese
 * down to the search entry that libadwaita leaves in English. */
static gboolean
check_app_shortcuts (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "app.shortcuts");
  AdwDialog *dialog;
  Checker c;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  gui_test_wait_for_draw (GTK_WIDGET (window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_SHORTCUTS_DIALOG (dialog));

  checker_init (&c);
  check_widget (&c, GTK_WIDGET (dialog));
  checker_finish (&c);

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_app_window_added (GtkApplication *app,
                     GtkWindow      *window)
{
  g_idle_add (check_app_shortcuts, window);
}

/* The whole application on a new database in a folder made from tmpl, until
 * the check on_window_added starts quits it. */
static void
run_application (const char *tmpl,
                 GCallback   on_window_added)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (tmpl, &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "directives.db", NULL);
  g_assert_cmpint (gui_test_run_application (path, on_window_added), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_app_shortcuts (void)
{
  run_application ("dt-vi-app-XXXXXX", G_CALLBACK (on_app_window_added));
}

/* What the user can see of @widget: visible widgets only (the about dialog
 * keeps rows it does not show, such as "What's New"). */
static void
check_shown (Checker   *c,
             GtkWidget *widget,
             gboolean   page)
{
  /* a page not pushed is not shown, except the one asked for */
  if (!gtk_widget_get_visible (widget) || GTK_IS_POPOVER (widget) ||
      (!page && !gtk_widget_get_child_visible (widget)))
    return;
  if (GTK_IS_LABEL (widget))
    check (c, G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    check (c, "row", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    check (c, "group", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  if (ADW_IS_NAVIGATION_PAGE (widget))
    check (c, "page", adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_shown (c, child, FALSE);
}

/* The about dialog, whose own words libadwaita leaves in English in
 * Vietnamese: its title, rows, pages (shown or not), credits and licence. */
static gboolean
check_app_about (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  static const char * const tags[] = { "details", "credits", "legal" };
  AdwDialog *dialog;
  AdwNavigationView *pages;
  Checker c;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gui_test_wait_for_draw (GTK_WIDGET (window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));

  checker_init (&c);
  check (&c, "title", adw_dialog_get_title (dialog));
  check_shown (&c, GTK_WIDGET (dialog), FALSE);
  pages = ADW_NAVIGATION_VIEW (gui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, NULL));
  g_assert_nonnull (pages);
  for (gsize i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      AdwNavigationPage *page = adw_navigation_view_find_page (pages, tags[i]);

      g_assert_nonnull (page);
      check_shown (&c, GTK_WIDGET (page), TRUE);
    }
  g_assert_cmpuint (c.n_checked, >, 10);
  checker_finish (&c);

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_about_window_added (GtkApplication *app,
                       GtkWindow      *window)
{
  g_idle_add (check_app_about, window);
}

static void
test_app_about (void)
{
  run_application ("dt-vi-about-XXXXXX", G_CALLBACK (on_about_window_added));
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

  /* and the directive's text is the column that gets the width (the
   * others are beyond it, the table scrolls) */
  {
    GtkWidget *view = adw_dialog_get_child (ADW_DIALOG (dialog));
    GListModel *columns;
    guint n_text = 0;

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

        if (g_strcmp0 (gtk_column_view_column_get_title (column), _("Directive")) == 0)
          {
            g_assert_cmpint (gtk_column_view_column_get_fixed_width (column), >=, 200);
            n_text++;
          }
      }
    g_assert_cmpuint (n_text, ==, 1);
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
  const char *localedir = g_getenv ("DT_LOCALEDIR");

  g_setenv ("DT_TODAY", "2024-03-20", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("LANGUAGE", "vi", TRUE);
  g_setenv ("LC_ALL", "vi_VN.UTF-8", TRUE);

  gui_test_init_log ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* As main.c does, with the translations this build compiled (after
   * gtk_test_init, which sets its own locale) */
  if (setlocale (LC_ALL, "") == NULL)
    {
      g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
      if (setlocale (LC_ALL, "") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/gui/vietnamese/checker", test_checker);
  g_test_add_func ("/gui/vietnamese/shortcuts-dialog", test_shortcuts_dialog);
  g_test_add_func ("/gui/vietnamese/app-shortcuts", test_app_shortcuts);
  g_test_add_func ("/gui/vietnamese/app-about", test_app_about);

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

  return g_test_run ();
}
