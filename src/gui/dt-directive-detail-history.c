/* dt-directive-detail-history.c — a directive's deadline extensions and
 * progress reports in the detail pane, and the dialogs that add them
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "dt-date.h"
#include "dt-directive-detail-private.h"
#include "dt-gui-util.h"

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

void
_dt_directive_detail_load_extensions (DtDirectiveDetail *self)
{
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GError) error = NULL;

  gtk_list_box_remove_all (self->extensions_list);
  if (self->directive == NULL || dt_directive_get_id (self->directive) == 0)
    return;

  extensions = dt_store_list_extensions (self->store, dt_directive_get_id (self->directive), &error);
  if (extensions == NULL)
    {
      /* not "never extended": it is not known */
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Extensions"), error);
      return;
    }
  for (guint i = 0; i < extensions->len; i++)
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

  if (extensions->len == 0)
    append_empty_row (self->extensions_list, _("Never extended"));
}

void
_dt_directive_detail_load_reports (DtDirectiveDetail *self)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  gtk_list_box_remove_all (self->reports_list);
  if (self->directive == NULL || dt_directive_get_id (self->directive) == 0)
    return;

  reports = dt_store_list_reports (self->store, dt_directive_get_id (self->directive), &error);
  if (reports == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Progress Reports"), error);
      return;
    }
  for (guint i = 0; i < reports->len; i++)
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

/* Dialogs ----------------------------------------------------------------- */

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
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Extend the Deadline"), error);
      return;
    }

  extension = dt_extension_new (dt_directive_get_id (self->directive), date, dt_date_today (),
                                gtk_editable_get_text (GTK_EDITABLE (data->text_row)));
  if (!dt_store_add_extension (self->store, extension, &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Extend the Deadline"), error);

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
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Extension"), error);

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
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Report"), error);

  _dt_directive_detail_load_reports (self);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = dt_store_list_reports (self->store, dt_directive_get_id (self->directive),
                                                        &error);

  if (reports == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Progress Reports"), error);
      return NULL;
    }
  for (guint i = 0; i < reports->len; i++)
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
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Report"), error);

  _dt_directive_detail_load_reports (self);
}

void
_dt_directive_detail_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "detail.extend-deadline", NULL, extend_deadline_action);
  gtk_widget_class_install_action (widget_class, "detail.delete-extension", "x", delete_extension_action);
  gtk_widget_class_install_action (widget_class, "detail.add-report", NULL, add_report_action);
  gtk_widget_class_install_action (widget_class, "detail.edit-report", "x", edit_report_action);
  gtk_widget_class_install_action (widget_class, "detail.delete-report", "x", delete_report_action);
}
