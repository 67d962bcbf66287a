/* dt-directive-detail.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "dt-date.h"
#include "dt-date-row.h"
#include "dt-directive-detail.h"
#include "dt-gui-util.h"
#include "dt-window.h"

#define SAVE_DELAY_MS 500

struct _DtDirectiveDetail
{
  AdwBin             parent_instance;

  DtStore           *store;
  DtDirective       *directive;
  GListModel        *units;
  GtkFilterListModel *picker_model;
  gboolean           loading;
  guint              save_id;

  /* template children */
  GtkScrolledWindow *scroller;
  GtkLabel          *ordinal_title;
  GtkLabel          *status_label;
  GtkTextView       *text_view;
  AdwEntryRow       *ordinal_row;
  AdwEntryRow       *section_row;
  AdwComboRow       *lead_unit_row;
  GtkMenuButton     *add_unit_button;
  GtkPopover        *add_unit_popover;
  GtkSearchEntry    *unit_search;
  GtkListView       *unit_picker;
  AdwWrapBox        *chips_box;
  DtDateRow         *assigned_row;
  DtDateRow         *deadline_row;
  AdwEntryRow       *phrase_row;
  AdwSwitchRow      *approximate_row;
  AdwComboRow       *recurrence_row;
  AdwSpinRow        *interval_row;
  DtDateRow         *completed_row;
  AdwSwitchRow      *cancelled_row;
  GtkListBox        *extensions_list;
  GtkListBox        *reports_list;
  AdwActionRow      *notice_row;
  GtkLabel          *paragraph_label;
};

G_DEFINE_FINAL_TYPE (DtDirectiveDetail, dt_directive_detail, ADW_TYPE_BIN)

enum {
  CLOSED,
  SHOW_NOTICE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void dt_directive_detail_load (DtDirectiveDetail *self);

/* Saving ----------------------------------------------------------------- */

static void
dt_directive_detail_report (DtDirectiveDetail *self,
                            const char        *heading,
                            const GError      *error)
{
  dt_gui_report_error (GTK_WIDGET (self), heading, error);
}

static void
dt_directive_detail_save (DtDirectiveDetail *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->directive == NULL || self->store == NULL)
    return;

  if (!dt_store_save_directive (self->store, self->directive, &error))
    dt_directive_detail_report (self, _("Cannot Save the Directive"), error);

  dt_gui_status_label_set (self->status_label, dt_directive_get_status (self->directive));
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  DtDirectiveDetail *self = user_data;

  self->save_id = 0;
  dt_directive_detail_save (self);

  return G_SOURCE_REMOVE;
}

static void
dt_directive_detail_queue_save (DtDirectiveDetail *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

void
dt_directive_detail_flush (DtDirectiveDetail *self)
{
  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));

  if (self->save_id != 0)
    dt_directive_detail_save (self);
}

/* Field handlers ---------------------------------------------------------- */

static void
on_text_changed (DtDirectiveDetail *self,
                 GtkTextBuffer     *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->directive == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dt_directive_set_text (self->directive, text);
  dt_directive_detail_queue_save (self);
}

static void
on_entry_changed (DtDirectiveDetail *self,
                  AdwEntryRow       *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->ordinal_row)
    {
      g_autofree char *title = g_strdup_printf (_("Directive %s"), text);

      dt_directive_set_ordinal (self->directive, text);
      gtk_label_set_label (self->ordinal_title, title);
    }
  else if (row == self->section_row)
    dt_directive_set_section (self->directive, text);
  else if (row == self->phrase_row)
    dt_directive_set_deadline_phrase (self->directive, text);

  dt_directive_detail_queue_save (self);
}

static void
on_date_changed (DtDirectiveDetail *self,
                 GParamSpec        *pspec,
                 DtDateRow         *row)
{
  DtDate date = dt_date_row_get_date (row);

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->assigned_row)
    dt_directive_set_assigned_date (self->directive, date);
  else if (row == self->deadline_row)
    dt_directive_set_deadline (self->directive, date);
  else if (row == self->completed_row)
    dt_directive_set_completed_date (self->directive, date);

  dt_directive_detail_save (self);

  /* With extensions the current deadline is the last extension's. */
  if (row == self->deadline_row)
    {
      self->loading = TRUE;
      dt_date_row_set_date (self->deadline_row, dt_directive_get_deadline (self->directive));
      self->loading = FALSE;
    }
}

static void
on_switch_changed (DtDirectiveDetail *self,
                   GParamSpec        *pspec,
                   AdwSwitchRow      *row)
{
  gboolean active = adw_switch_row_get_active (row);

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->approximate_row)
    dt_directive_set_deadline_approximate (self->directive, active);
  else if (row == self->cancelled_row)
    dt_directive_set_cancelled (self->directive, active);

  dt_directive_detail_save (self);
}

static void
on_recurrence_changed (DtDirectiveDetail *self)
{
  DtRecurrence recurrence = adw_combo_row_get_selected (self->recurrence_row);
  guint interval = (guint) adw_spin_row_get_value (self->interval_row);

  gtk_widget_set_visible (GTK_WIDGET (self->interval_row), recurrence == DT_RECURRENCE_DAYS);

  if (self->loading || self->directive == NULL)
    return;

  if (recurrence > DT_RECURRENCE_YEARLY)
    recurrence = DT_RECURRENCE_NONE;

  dt_directive_set_recurrence (self->directive, recurrence,
                               recurrence == DT_RECURRENCE_DAYS ? interval : 0);
  dt_directive_detail_queue_save (self);
}

static guint
find_unit_position (GListModel *units,
                    gint64      unit_id)
{
  guint n = g_list_model_get_n_items (units);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);

      if (dt_unit_get_id (unit) == unit_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
on_lead_unit_selected (DtDirectiveDetail *self)
{
  DtUnit *unit = adw_combo_row_get_selected_item (self->lead_unit_row);

  if (self->loading || self->directive == NULL || unit == NULL)
    return;

  if (dt_unit_get_id (unit) == dt_directive_get_lead_unit_id (self->directive))
    return;

  dt_directive_set_lead_unit_id (self->directive, dt_unit_get_id (unit));
  dt_directive_detail_save (self);
}

/* Coordinating units ---------------------------------------------------------- */

static void
dt_directive_detail_load_chips (DtDirectiveDetail *self)
{
  const gint64 *ids;
  const char * const *names;
  guint n = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    adw_wrap_box_remove (self->chips_box, child);

  if (self->directive == NULL)
    return;

  ids = dt_directive_get_coordinating_unit_ids (self->directive, &n);
  names = dt_directive_get_coordinating_unit_names (self->directive);

  for (guint i = 0; i < n; i++)
    {
      guint pos = self->units ? find_unit_position (self->units, ids[i]) : GTK_INVALID_LIST_POSITION;
      g_autoptr(DtUnit) unit = pos != GTK_INVALID_LIST_POSITION ? g_list_model_get_item (self->units, pos) : NULL;
      const char *name = unit ? dt_unit_get_name (unit) : (names && names[i] ? names[i] : "?");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *button = gtk_button_new ();
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), name);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "chip");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "detail.remove-coordinating-unit");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (ids[i]));
      adw_wrap_box_append (self->chips_box, button);
    }

  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("None"));

      gtk_widget_add_css_class (none, "dim-label");
      adw_wrap_box_append (self->chips_box, none);
    }
}

static void
dt_directive_detail_set_coordinating (DtDirectiveDetail *self,
                                      gint64             add_id,
                                      gint64             remove_id)
{
  const gint64 *ids;
  guint n = 0;
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (gint64));

  ids = dt_directive_get_coordinating_unit_ids (self->directive, &n);
  for (guint i = 0; i < n; i++)
    {
      if (ids[i] == remove_id || ids[i] == add_id)
        continue;
      g_array_append_val (array, ids[i]);
    }
  if (add_id != 0)
    g_array_append_val (array, add_id);

  dt_directive_set_coordinating_unit_ids (self->directive, (const gint64 *) array->data, array->len);
  dt_directive_detail_save (self);
  dt_directive_detail_load_chips (self);
}

static void
on_unit_search_changed (DtDirectiveDetail *self,
                        GtkSearchEntry    *entry)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->picker_model);

  gtk_string_filter_set_search (GTK_STRING_FILTER (filter),
                                gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
dt_directive_detail_pick_unit (DtDirectiveDetail *self,
                               guint              position)
{
  g_autoptr(DtUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->picker_model), position);

  if (unit == NULL || self->directive == NULL)
    return;

  gtk_popover_popdown (self->add_unit_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_search), "");
  dt_directive_detail_set_coordinating (self, dt_unit_get_id (unit), 0);
}

static void
on_unit_search_activate (DtDirectiveDetail *self,
                         GtkSearchEntry    *entry)
{
  dt_directive_detail_pick_unit (self, 0);
}

static void
on_unit_picker_activate (DtDirectiveDetail *self,
                         guint              position,
                         GtkListView       *view)
{
  dt_directive_detail_pick_unit (self, position);
}

static void
on_picker_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_picker_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  DtUnit *unit = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), dt_unit_get_name (unit));
}

/* Extensions and reports --------------------------------------------------- */

static void
append_empty_row (GtkListBox *list,
                  const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip,
                    const char *action,
                    gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static void
dt_directive_detail_load_extensions (DtDirectiveDetail *self)
{
  g_autoptr(GPtrArray) extensions = NULL;

  gtk_list_box_remove_all (self->extensions_list);
  if (self->directive == NULL || dt_directive_get_id (self->directive) == 0)
    return;

  extensions = dt_store_list_extensions (self->store, dt_directive_get_id (self->directive));
  for (guint i = 0; extensions && i < extensions->len; i++)
    {
      DtExtension *extension = g_ptr_array_index (extensions, i);
      g_autofree char *date = dt_date_format (dt_extension_get_new_deadline (extension));
      g_autofree char *granted = dt_date_format (dt_extension_get_granted_date (extension));
      g_autofree char *title = g_strdup_printf (_("Extended to %s"), date);
      g_autofree char *subtitle = NULL;
      const char *reason = dt_extension_get_reason (extension);
      GtkWidget *row = adw_action_row_new ();

      if (granted[0] != '\0')
        /* Translators: a deadline extension's reason, then the day it was granted */
        subtitle = g_strdup_printf (_("%s (granted on %s)"), reason ? reason : "", granted);
      else
        subtitle = g_strdup (reason ? reason : "");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_icon_button ("user-trash-symbolic", _("Delete Extension"),
                                                     "detail.delete-extension",
                                                     dt_extension_get_id (extension)));
      gtk_list_box_append (self->extensions_list, row);
    }

  if (extensions == NULL || extensions->len == 0)
    append_empty_row (self->extensions_list, _("Never extended"));
}

static void
dt_directive_detail_load_reports (DtDirectiveDetail *self)
{
  g_autoptr(GPtrArray) reports = NULL;

  gtk_list_box_remove_all (self->reports_list);
  if (self->directive == NULL || dt_directive_get_id (self->directive) == 0)
    return;

  reports = dt_store_list_reports (self->store, dt_directive_get_id (self->directive));
  for (guint i = 0; reports && i < reports->len; i++)
    {
      DtProgressReport *report = g_ptr_array_index (reports, i);
      g_autofree char *date = dt_date_format (dt_progress_report_get_date (report));
      g_autofree char *subtitle = NULL;
      int percent = dt_progress_report_get_percent (report);
      GtkWidget *row = adw_action_row_new ();

      if (percent >= 0)
        /* Translators: a progress report's date and how far along the work is */
        subtitle = g_strdup_printf (_("%s · %d%%"), date, percent);
      else
        subtitle = g_strdup (date);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dt_progress_report_get_text (report));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_icon_button ("document-edit-symbolic", _("Edit Report"),
                                                     "detail.edit-report",
                                                     dt_progress_report_get_id (report)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_icon_button ("user-trash-symbolic", _("Delete Report"),
                                                     "detail.delete-report",
                                                     dt_progress_report_get_id (report)));
      gtk_list_box_append (self->reports_list, row);
    }

  if (reports == NULL || reports->len == 0)
    append_empty_row (self->reports_list, _("No progress reported yet"));
}

/* Loading ----------------------------------------------------------------- */

static void
dt_directive_detail_load_notice (DtDirectiveDetail *self)
{
  g_autoptr(DtNotice) notice = NULL;
  g_autofree char *paragraph = NULL;

  if (self->directive != NULL && self->store != NULL)
    notice = dt_store_get_notice (self->store, dt_directive_get_notice_id (self->directive), NULL);

  if (notice == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notice_row), "");
      gtk_widget_set_visible (GTK_WIDGET (self->paragraph_label), FALSE);
      return;
    }

  {
    g_autofree char *name = dt_notice_dup_display_name (notice);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), name);
  }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notice_row), dt_notice_get_title (notice));

  paragraph = dt_gui_find_paragraph (dt_notice_get_source_text (notice),
                                     dt_directive_get_text (self->directive));
  gtk_label_set_label (self->paragraph_label, paragraph ? paragraph : "");
  gtk_widget_set_visible (GTK_WIDGET (self->paragraph_label), paragraph != NULL);
}

static void
dt_directive_detail_load (DtDirectiveDetail *self)
{
  DtDirective *d = self->directive;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *title = NULL;
  guint pos;

  if (d == NULL)
    return;

  self->loading = TRUE;

  title = g_strdup_printf (_("Directive %s"), dt_directive_get_ordinal (d) ? dt_directive_get_ordinal (d) : "");
  gtk_label_set_label (self->ordinal_title, title);
  dt_gui_status_label_set (self->status_label, dt_directive_get_status (d));

  gtk_text_buffer_set_text (buffer, dt_directive_get_text (d) ? dt_directive_get_text (d) : "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->ordinal_row), dt_directive_get_ordinal (d) ? dt_directive_get_ordinal (d) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->section_row), dt_directive_get_section (d) ? dt_directive_get_section (d) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phrase_row), dt_directive_get_deadline_phrase (d) ? dt_directive_get_deadline_phrase (d) : "");

  pos = self->units ? find_unit_position (self->units, dt_directive_get_lead_unit_id (d)) : GTK_INVALID_LIST_POSITION;
  adw_combo_row_set_selected (self->lead_unit_row, pos);

  dt_date_row_set_date (self->assigned_row, dt_directive_get_assigned_date (d));
  dt_date_row_set_date (self->deadline_row, dt_directive_get_deadline (d));
  dt_date_row_set_date (self->completed_row, dt_directive_get_completed_date (d));
  adw_switch_row_set_active (self->approximate_row, dt_directive_get_deadline_approximate (d));
  adw_switch_row_set_active (self->cancelled_row, dt_directive_get_cancelled (d));
  adw_combo_row_set_selected (self->recurrence_row, dt_directive_get_recurrence (d));
  if (dt_directive_get_recurrence_interval (d) > 0)
    adw_spin_row_set_value (self->interval_row, dt_directive_get_recurrence_interval (d));
  gtk_widget_set_visible (GTK_WIDGET (self->interval_row),
                          dt_directive_get_recurrence (d) == DT_RECURRENCE_DAYS);

  {
    DtDate original = dt_directive_get_original_deadline (d);

    if (original != DT_DATE_NONE && original != dt_directive_get_deadline (d))
      {
        g_autofree char *date = dt_date_format (original);
        g_autofree char *text = g_strdup_printf (_("Extended; originally %s"), date);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), text);
      }
    else
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), _("Deadline"));
  }

  dt_directive_detail_load_chips (self);
  dt_directive_detail_load_extensions (self);
  dt_directive_detail_load_reports (self);
  dt_directive_detail_load_notice (self);

  self->loading = FALSE;
}

void
dt_directive_detail_reload (DtDirectiveDetail *self)
{
  g_autoptr(DtDirective) fresh = NULL;

  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));

  if (self->directive == NULL || self->store == NULL)
    return;

  /* The store derives the current deadline from the extensions: read it back. */
  fresh = dt_store_get_directive (self->store, dt_directive_get_id (self->directive), NULL);
  if (fresh != NULL)
    g_set_object (&self->directive, fresh);

  dt_directive_detail_load (self);
}

/* Actions ----------------------------------------------------------------- */

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);

  dt_directive_detail_flush (self);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
remove_coordinating_unit_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);

  if (self->directive != NULL)
    dt_directive_detail_set_coordinating (self, 0, g_variant_get_int64 (param));
}

static GtkWidget *
create_form (AdwEntryRow **date_row,
             const char   *date_title,
             DtDate        date,
             AdwEntryRow **text_row,
             const char   *text_title,
             const char   *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *date_text = dt_date_format (date);

  *date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*date_row), date_title);
  gtk_editable_set_text (GTK_EDITABLE (*date_row), date_text);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*date_row));

  *text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*text_row), text_title);
  gtk_editable_set_text (GTK_EDITABLE (*text_row), text ? text : "");
  adw_entry_row_set_activates_default (*text_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*text_row));

  return group;
}

typedef struct
{
  DtDirectiveDetail *self;
  AdwEntryRow       *date_row;
  AdwEntryRow       *text_row;
  AdwEntryRow       *percent_row;
  DtProgressReport  *report;     /* NULL for a new one */
} FormData;

static void
form_data_free (FormData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->report);
  g_free (data);
}

static DtDate
form_read_date (FormData *data)
{
  return dt_date_parse (gtk_editable_get_text (GTK_EDITABLE (data->date_row)));
}

static void
on_extension_response (AdwAlertDialog *dialog,
                       const char     *response,
                       FormData       *data)
{
  DtDirectiveDetail *self = data->self;
  g_autoptr(DtExtension) extension = NULL;
  g_autoptr(GError) error = NULL;
  DtDate date;

  if (g_strcmp0 (response, "extend") != 0 || self->directive == NULL)
    return;

  date = form_read_date (data);
  if (date == DT_DATE_NONE)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Write the new deadline as day/month/year, for example 30/06/2024."));
      dt_directive_detail_report (self, _("Cannot Extend the Deadline"), error);
      return;
    }

  dt_directive_detail_flush (self);
  extension = dt_extension_new (dt_directive_get_id (self->directive), date, dt_date_today (),
                                gtk_editable_get_text (GTK_EDITABLE (data->text_row)));
  if (!dt_store_add_extension (self->store, extension, &error))
    dt_directive_detail_report (self, _("Cannot Extend the Deadline"), error);

  dt_directive_detail_reload (self);
}

static void
extend_deadline_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);
  AdwDialog *dialog;
  FormData *data;
  DtDate current;

  if (self->directive == NULL)
    return;

  current = dt_directive_get_deadline (self->directive);
  data = g_new0 (FormData, 1);
  data->self = g_object_ref (self);

  dialog = adw_alert_dialog_new (_("Extend Deadline"),
                                 _("The deadline moves to the new date; the history of extensions is kept."));
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog),
                                    create_form (&data->date_row, _("New Deadline (dd/mm/yyyy)"),
                                                 current, &data->text_row, _("Reason"), NULL));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "extend", _("_Extend"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "extend", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "extend");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_extension_response),
                         data, (GClosureNotify) (void (*) (void)) form_data_free, 0);
  adw_dialog_present (dialog, widget);
}

static void
delete_extension_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);
  g_autoptr(GError) error = NULL;

  if (!dt_store_delete_extension (self->store, g_variant_get_int64 (param), &error))
    dt_directive_detail_report (self, _("Cannot Delete the Extension"), error);

  dt_directive_detail_reload (self);
}

static void
on_report_response (AdwAlertDialog *dialog,
                    const char     *response,
                    FormData       *data)
{
  DtDirectiveDetail *self = data->self;
  g_autoptr(GError) error = NULL;
  const char *percent_text;
  DtDate date;
  int percent = -1;

  if (g_strcmp0 (response, "save") != 0 || self->directive == NULL)
    return;

  date = form_read_date (data);
  if (date == DT_DATE_NONE)
    date = dt_date_today ();

  percent_text = gtk_editable_get_text (GTK_EDITABLE (data->percent_row));
  if (percent_text[0] != '\0')
    percent = CLAMP (atoi (percent_text), 0, 100);

  if (data->report == NULL)
    data->report = dt_progress_report_new (dt_directive_get_id (self->directive), date,
                                           gtk_editable_get_text (GTK_EDITABLE (data->text_row)),
                                           percent);
  else
    {
      dt_progress_report_set_date (data->report, date);
      dt_progress_report_set_text (data->report, gtk_editable_get_text (GTK_EDITABLE (data->text_row)));
      dt_progress_report_set_percent (data->report, percent);
    }

  if (!dt_store_save_report (self->store, data->report, &error))
    dt_directive_detail_report (self, _("Cannot Save the Report"), error);

  dt_directive_detail_load_reports (self);
}

static void
dt_directive_detail_open_report (DtDirectiveDetail *self,
                                 DtProgressReport  *report)
{
  AdwDialog *dialog;
  GtkWidget *group;
  FormData *data;

  data = g_new0 (FormData, 1);
  data->self = g_object_ref (self);
  data->report = report ? g_object_ref (report) : NULL;

  dialog = adw_alert_dialog_new (report ? _("Edit Progress Report") : _("New Progress Report"), NULL);
  group = create_form (&data->date_row, _("Date (dd/mm/yyyy)"),
                       report ? dt_progress_report_get_date (report) : dt_date_today (),
                       &data->text_row, _("Progress"),
                       report ? dt_progress_report_get_text (report) : NULL);
  data->percent_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->percent_row), _("Percent Done (optional)"));
  gtk_editable_set_width_chars (GTK_EDITABLE (data->percent_row), 3);
  adw_entry_row_set_input_purpose (data->percent_row, GTK_INPUT_PURPOSE_DIGITS);
  if (report != NULL && dt_progress_report_get_percent (report) >= 0)
    {
      g_autofree char *text = g_strdup_printf ("%d", dt_progress_report_get_percent (report));
      gtk_editable_set_text (GTK_EDITABLE (data->percent_row), text);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (data->percent_row));

  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), group);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "save", _("_Save"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "save");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_report_response),
                         data, (GClosureNotify) (void (*) (void)) form_data_free, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);

  if (self->directive != NULL)
    dt_directive_detail_open_report (self, NULL);
}

static DtProgressReport *
find_report (DtDirectiveDetail *self,
             gint64             id)
{
  g_autoptr(GPtrArray) reports = dt_store_list_reports (self->store, dt_directive_get_id (self->directive));

  for (guint i = 0; reports && i < reports->len; i++)
    if (dt_progress_report_get_id (g_ptr_array_index (reports, i)) == id)
      return g_object_ref (g_ptr_array_index (reports, i));

  return NULL;
}

static void
edit_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);
  g_autoptr(DtProgressReport) report = NULL;

  if (self->directive == NULL)
    return;

  report = find_report (self, g_variant_get_int64 (param));
  if (report != NULL)
    dt_directive_detail_open_report (self, report);
}

static void
delete_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);
  g_autoptr(GError) error = NULL;

  if (!dt_store_delete_report (self->store, g_variant_get_int64 (param), &error))
    dt_directive_detail_report (self, _("Cannot Delete the Report"), error);

  dt_directive_detail_load_reports (self);
}

static void
on_notice_row_activated (DtDirectiveDetail *self,
                         AdwActionRow      *row)
{
  if (self->directive != NULL)
    g_signal_emit (self, signals[SHOW_NOTICE], 0, dt_directive_get_notice_id (self->directive));
}

static void
on_units_changed (DtDirectiveDetail *self)
{
  /* The unit list re-queried: point the chooser at the same unit again. */
  if (self->directive != NULL)
    {
      gboolean loading = self->loading;

      self->loading = TRUE;
      adw_combo_row_set_selected (self->lead_unit_row,
                                  find_unit_position (self->units,
                                                      dt_directive_get_lead_unit_id (self->directive)));
      self->loading = loading;
    }
}

/* GObject ----------------------------------------------------------------- */

static void
dt_directive_detail_dispose (GObject *object)
{
  DtDirectiveDetail *self = (DtDirectiveDetail *)object;

  if (self->save_id != 0)
    dt_directive_detail_save (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_DIRECTIVE_DETAIL);

  g_clear_object (&self->directive);
  g_clear_object (&self->picker_model);
  g_clear_object (&self->units);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dt_directive_detail_parent_class)->dispose (object);
}

static void
dt_directive_detail_class_init (DtDirectiveDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_directive_detail_dispose;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_NOTICE] = g_signal_new ("show-notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (DT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/dt-directive-detail.ui");
  gtk_widget_class_set_css_name (widget_class, "directivedetail");
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, ordinal_title);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, text_view);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, ordinal_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, section_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, lead_unit_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, add_unit_button);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, add_unit_popover);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, unit_search);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, unit_picker);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, chips_box);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, assigned_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, phrase_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, approximate_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, recurrence_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, interval_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, completed_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, cancelled_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, extensions_list);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, reports_list);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, notice_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, paragraph_label);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_picker_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_row_activated);

  gtk_widget_class_install_action (widget_class, "detail.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.close", NULL);
  gtk_widget_class_install_action (widget_class, "detail.extend-deadline", NULL, extend_deadline_action);
  gtk_widget_class_install_action (widget_class, "detail.delete-extension", "x", delete_extension_action);
  gtk_widget_class_install_action (widget_class, "detail.add-report", NULL, add_report_action);
  gtk_widget_class_install_action (widget_class, "detail.edit-report", "x", edit_report_action);
  gtk_widget_class_install_action (widget_class, "detail.delete-report", "x", delete_report_action);
  gtk_widget_class_install_action (widget_class, "detail.remove-coordinating-unit", "x",
                                   remove_coordinating_unit_action);
}

static void
dt_directive_detail_init (DtDirectiveDetail *self)
{
  g_autoptr(GtkStringList) recurrences = NULL;
  GtkListItemFactory *factory;
  const char *recurrence_names[] = {
    _("Does not recur"),
    _("Every Few Days"),
    _("Weekly"),
    _("Monthly"),
    _("Quarterly"),
    _("Yearly"),
    NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  recurrences = gtk_string_list_new (recurrence_names);
  adw_combo_row_set_model (self->recurrence_row, G_LIST_MODEL (recurrences));


  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ordinal_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->phrase_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assigned_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deadline_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->completed_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approximate_row, "notify::active", G_CALLBACK (on_switch_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cancelled_row, "notify::active", G_CALLBACK (on_switch_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->recurrence_row, "notify::selected", G_CALLBACK (on_recurrence_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->interval_row, "notify::value", G_CALLBACK (on_recurrence_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lead_unit_row, "notify::selected", G_CALLBACK (on_lead_unit_selected), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_picker_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_picker_bind), NULL);
  gtk_list_view_set_factory (self->unit_picker, factory);
  g_object_unref (factory);
}

GtkWidget *
dt_directive_detail_new (void)
{
  return g_object_new (DT_TYPE_DIRECTIVE_DETAIL, NULL);
}

void
dt_directive_detail_set_store (DtDirectiveDetail *self,
                               DtStore           *store)
{
  GtkExpression *expression;
  GtkStringFilter *filter;

  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));
  g_return_if_fail (DT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->units);
  self->units = dt_gui_live_units (store);

  expression = gtk_property_expression_new (DT_TYPE_UNIT, NULL, "name");
  adw_combo_row_set_expression (self->lead_unit_row, expression);
  self->loading = TRUE;
  adw_combo_row_set_model (self->lead_unit_row, self->units);
  self->loading = FALSE;
  g_signal_connect_object (self->units, "items-changed",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  filter = gtk_string_filter_new (expression);  /* takes the expression */
  gtk_string_filter_set_ignore_case (filter, TRUE);
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_clear_object (&self->picker_model);
  self->picker_model = gtk_filter_list_model_new (g_object_ref (self->units), GTK_FILTER (filter));
  {
    GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->picker_model)));
    gtk_list_view_set_model (self->unit_picker, GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }
}

DtDirective *
dt_directive_detail_get_directive (DtDirectiveDetail *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE_DETAIL (self), NULL);

  return self->directive;
}

void
dt_directive_detail_set_directive (DtDirectiveDetail *self,
                                   DtDirective       *directive)
{
  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));
  g_return_if_fail (directive == NULL || DT_IS_DIRECTIVE (directive));

  if (directive == self->directive)
    return;

  dt_directive_detail_flush (self);
  g_set_object (&self->directive, directive);
  dt_directive_detail_load (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}
