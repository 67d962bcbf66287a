/* dt-gui-util.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dt-date.h"
#include "dt-gui-util.h"
#include "dt-status.h"
#include "dt-text.h"

char *
dt_gui_format_deadline (DtDirective *directive)
{
  DtDate deadline = dt_directive_get_deadline (directive);
  g_autofree char *date = NULL;

  if (deadline == DT_DATE_NONE)
    return g_strdup ("");

  date = dt_date_format (deadline);
  if (dt_directive_get_deadline_approximate (directive))
    return g_strconcat ("≈ ", date, NULL);

  return g_steal_pointer (&date);
}

char *
dt_gui_format_days_left (DtDirective *directive,
                         DtDate       today)
{
  DtDate deadline = dt_directive_get_deadline (directive);
  int days;

  if (deadline == DT_DATE_NONE ||
      dt_directive_get_completed_date (directive) != DT_DATE_NONE ||
      dt_directive_get_cancelled (directive))
    return NULL;

  days = (int) deadline - (int) today;
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days), days);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue", -days), -days);
}

void
dt_gui_status_label_set (GtkLabel *label,
                         DtStatus  status)
{
  g_autofree char *class_name = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  for (guint i = 0; i < DT_N_STATUSES; i++)
    {
      g_autofree char *other = g_strconcat ("status-", dt_status_to_id (i), NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (label), other);
    }

  if (status >= DT_N_STATUSES)
    {
      gtk_label_set_label (label, "");
      return;
    }

  class_name = g_strconcat ("status-", dt_status_to_id (status), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (label), "status-pill");
  gtk_widget_add_css_class (GTK_WIDGET (label), class_name);
  gtk_label_set_label (label, dt_status_to_string (status));
}

char *
dt_gui_format_recurrence (DtRecurrence recurrence,
                          guint        interval)
{
  switch (recurrence)
    {
    case DT_RECURRENCE_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u day", "Every %u days", interval), interval);
    case DT_RECURRENCE_WEEKLY:
      return g_strdup (_("Weekly"));
    case DT_RECURRENCE_MONTHLY:
      return g_strdup (_("Monthly"));
    case DT_RECURRENCE_QUARTERLY:
      return g_strdup (_("Quarterly"));
    case DT_RECURRENCE_YEARLY:
      return g_strdup (_("Yearly"));
    case DT_RECURRENCE_PERIODIC:
      return g_strdup (_("Periodically"));
    case DT_RECURRENCE_ONGOING:
      /* Translators: a standing duty without a deadline ("thường xuyên") */
      return g_strdup (C_("recurrence", "Ongoing"));
    case DT_RECURRENCE_NONE:
    default:
      return g_strdup (_("Does not recur"));
    }
}

static gboolean
same_notice (DtNotice *a,
             DtNotice *b)
{
  return dt_notice_get_id (a) == dt_notice_get_id (b) &&
         dt_notice_get_issue_date (a) == dt_notice_get_issue_date (b) &&
         dt_notice_get_kind (a) == dt_notice_get_kind (b) &&
         g_strcmp0 (dt_notice_get_number (a), dt_notice_get_number (b)) == 0 &&
         g_strcmp0 (dt_notice_get_title (a), dt_notice_get_title (b)) == 0;
}

static gboolean
same_unit (DtUnit *a,
           DtUnit *b)
{
  return dt_unit_get_id (a) == dt_unit_get_id (b) &&
         g_strcmp0 (dt_unit_get_name (a), dt_unit_get_name (b)) == 0 &&
         g_strcmp0 (dt_unit_get_short_name (a), dt_unit_get_short_name (b)) == 0;
}

static void
sync_list (GListStore *target,
           GListModel *fresh,
           gboolean    notices)
{
  guint n = g_list_model_get_n_items (fresh);
  g_autofree gpointer *items = NULL;
  gboolean same = g_list_model_get_n_items (G_LIST_MODEL (target)) == n;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (G_LIST_MODEL (target), i);
      g_autoptr(GObject) b = g_list_model_get_item (fresh, i);

      same = notices ? same_notice (DT_NOTICE (a), DT_NOTICE (b))
                     : same_unit (DT_UNIT (a), DT_UNIT (b));
    }

  if (same)
    return;

  items = g_new0 (gpointer, n + 1);
  for (guint i = 0; i < n; i++)
    items[i] = g_list_model_get_item (fresh, i);
  g_list_store_splice (target, 0, g_list_model_get_n_items (G_LIST_MODEL (target)), items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
}

/* Each list re-reads its table only after a write to it.  A list that
 * cannot be read again keeps what it showed; the store tells the window,
 * which says so. */
static void
on_store_changed_notices (DtStore    *store,
                          guint       changes,
                          GHashTable *directive_ids,
                          GListStore *target)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if ((changes & DT_STORE_CHANGED_NOTICES) == 0)
    return;
  fresh = dt_store_list_notice_names (store, &error);
  if (fresh == NULL)
    dt_store_report_read_error (store, error);
  else
    sync_list (target, fresh, TRUE);
}

static void
on_store_changed_units (DtStore    *store,
                        guint       changes,
                        GHashTable *directive_ids,
                        GListStore *target)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if ((changes & DT_STORE_CHANGED_UNITS) == 0)
    return;
  fresh = dt_store_list_units (store, &error);
  if (fresh == NULL)
    dt_store_report_read_error (store, error);
  else
    sync_list (target, fresh, FALSE);
}

void
dt_gui_show_error (GtkWidget    *widget,
                   const char   *heading,
                   const GError *error)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  if (!gtk_widget_activate_action (widget, "win.show-error", "(ss)", heading, error->message))
    g_critical ("%s is not in a window that shows errors: %s: %s",
                G_OBJECT_TYPE_NAME (widget), heading, error->message);
}

GListModel *
dt_gui_live_notices (DtStore *store)
{
  GListStore *list = g_list_store_new (DT_TYPE_NOTICE);

  on_store_changed_notices (store, DT_STORE_CHANGED_NOTICES, NULL, list);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_notices), list, 0);
  return G_LIST_MODEL (list);
}

GListModel *
dt_gui_live_units (DtStore *store)
{
  GListStore *list = g_list_store_new (DT_TYPE_UNIT);

  on_store_changed_units (store, DT_STORE_CHANGED_UNITS, NULL, list);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_units), list, 0);
  return G_LIST_MODEL (list);
}

/* Ours where libadwaita has no translation of @msgid and we have one;
 * NULL where libadwaita's own text stands. */
static const char *
missing_library_translation (const char *msgid,
                             const char *ours)
{
  const char *theirs = g_dgettext ("libadwaita", msgid);

  if (theirs != msgid && strcmp (theirs, msgid) != 0)
    return NULL;
  if (strcmp (ours, msgid) == 0)
    return NULL;

  return ours;
}

static void
translate_shortcuts_tree (GtkWidget  *widget,
                          const char *search,
                          const char *no_results)
{
  if (search != NULL && GTK_IS_SEARCH_ENTRY (widget))
    {
      gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (widget), search);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, search,
                                      GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, search,
                                      -1);
    }
  if (no_results != NULL && ADW_IS_STATUS_PAGE (widget))
    adw_status_page_set_description (ADW_STATUS_PAGE (widget), no_results);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    translate_shortcuts_tree (child, search, no_results);
}

void
dt_gui_translate_shortcuts_dialog (AdwDialog *dialog)
{
  const char *search, *no_results;

  g_return_if_fail (ADW_IS_SHORTCUTS_DIALOG (dialog));

  search = missing_library_translation ("Search shortcuts",
                                        C_("shortcut window", "Search shortcuts"));
  no_results = missing_library_translation ("Try a different search",
                                            C_("shortcut window", "Try a different search"));
  if (search != NULL || no_results != NULL)
    translate_shortcuts_tree (GTK_WIDGET (dialog), search, no_results);
}

/* libadwaita's Vietnamese catalogue has none of the about dialog's own
 * words: the rows and pages (Details, Credits, Legal), the credits' headings
 * and the warranty sentence.  Each library msgid with ours beside it. */
static const char *
about_dialog_text (const char *shown)
{
  static const struct { const char *msgid; const char *context; const char *ours; } texts[] = {
    { "_Details", "about dialog", NC_("about dialog", "_Details") },
    { "_Credits", "about dialog", NC_("about dialog", "_Credits") },
    { "_Legal", "about dialog", NC_("about dialog", "_Legal") },
    { "Details", "about dialog", NC_("about dialog", "Details") },
    { "Credits", "about dialog", NC_("about dialog", "Credits") },
    { "Legal", "about dialog", NC_("about dialog", "Legal") },
    { "Code by", "about dialog", NC_("about dialog", "Code by") },
    { "Translated by", "about dialog", NC_("about dialog", "Translated by") },
    { "About", "about dialog", NC_("about dialog", "About") },
  };

  if (shown == NULL)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if (strcmp (shown, texts[i].msgid) == 0)
      return missing_library_translation (texts[i].msgid,
                                          g_dpgettext2 (GETTEXT_PACKAGE, texts[i].context,
                                                        texts[i].ours));
  return NULL;
}

#define WARRANTY N_("This application comes with absolutely no warranty. See the <a href=\"%s\">%s</a> for details.")

static void
translate_about_tree (GtkWidget *widget)
{
  const char *ours, *warranty;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      (ours = about_dialog_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)))))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), ours);
  else if (ADW_IS_PREFERENCES_GROUP (widget) &&
           (ours = about_dialog_text (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)))))
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), ours);
  else if (ADW_IS_NAVIGATION_PAGE (widget) &&
           (ours = about_dialog_text (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (widget)))))
    adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (widget), ours);
  else if (GTK_IS_LABEL (widget) && !gtk_label_get_use_markup (GTK_LABEL (widget)) &&
           (ours = about_dialog_text (gtk_label_get_label (GTK_LABEL (widget)))))
    gtk_label_set_label (GTK_LABEL (widget), ours);
  else if (GTK_IS_LABEL (widget) &&
           (warranty = strstr (gtk_label_get_label (GTK_LABEL (widget)),
                               "This application comes with absolutely no warranty.")) != NULL &&
           missing_library_translation (WARRANTY, _(WARRANTY)) != NULL)
    {
      /* the copyright line stays before it */
      const char *label = gtk_label_get_label (GTK_LABEL (widget));
      g_autofree char *before = g_strndup (label, warranty - label);
      g_autofree char *sentence =
        g_markup_printf_escaped (_(WARRANTY), "https://www.gnu.org/licenses/gpl-3.0.html",
                                 _("GNU General Public License, version 3 or later"));
      g_autofree char *markup = g_strconcat (before, sentence, NULL);

      gtk_label_set_markup (GTK_LABEL (widget), markup);
    }

  if (ADW_IS_NAVIGATION_VIEW (widget))
    {
      /* the pages not pushed yet are not children */
      static const char * const tags[] = { "details", "credits", "legal" };

      for (gsize i = 0; i < G_N_ELEMENTS (tags); i++)
        {
          AdwNavigationPage *page = adw_navigation_view_find_page (ADW_NAVIGATION_VIEW (widget), tags[i]);

          if (page != NULL && gtk_widget_get_parent (GTK_WIDGET (page)) != widget)
            translate_about_tree (GTK_WIDGET (page));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    translate_about_tree (child);
}

/* The about dialog in the user's language where libadwaita has no
 * translation of its own words (Vietnamese, as GNOME 51 ships it).  Call it
 * once the dialog is presented: its pages are built then. */
void
dt_gui_translate_about_dialog (AdwDialog *dialog)
{
  const char *ours;

  g_return_if_fail (ADW_IS_ABOUT_DIALOG (dialog));

  if ((ours = about_dialog_text (adw_dialog_get_title (dialog))))
    adw_dialog_set_title (dialog, ours);
  translate_about_tree (GTK_WIDGET (dialog));
}
