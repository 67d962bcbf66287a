/* dt-window-records.c — the notices and units of the main window: new,
 * edit, delete, merge
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-window-form-private.h"

/* Notices ------------------------------------------------------------------ */

static gboolean
save_notice (DtForm *form)
{
  DtWindow *self = form->window;
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  DtDate issue, meeting;

  if (!_dt_form_check_required (form->number_row) ||
      !_dt_form_check_date (form, form->issue_row, &issue) ||
      !_dt_form_check_date (form, form->meeting_row, &meeting))
    return FALSE;

  if (form->id != 0)
    notice = dt_store_get_notice (self->store, form->id, &error);
  else
    notice = dt_notice_new ();

  if (notice == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Notice"), error);
      return TRUE;
    }

  dt_notice_set_kind (notice, adw_combo_row_get_selected (form->kind_row));
  dt_notice_set_number (notice, g_strstrip (g_strdup (_dt_form_entry_text (form->number_row))));
  dt_notice_set_issue_date (notice, issue);
  dt_notice_set_meeting_date (notice, meeting);
  dt_notice_set_issuing_body (notice, _dt_form_entry_text (form->body_row));
  dt_notice_set_signer (notice, _dt_form_entry_text (form->signer_row));
  dt_notice_set_title (notice, _dt_form_entry_text (form->title_row));

  if (!dt_store_save_notice (self->store, notice, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Notice"), error);
      return FALSE;
    }

  if (form->id == 0)
    _dt_window_select_notice (self, dt_notice_get_id (notice));

  return TRUE;
}

static void
open_notice_form (DtWindow *self,
                  gint64    notice_id)
{
  g_autoptr(DtNotice) notice = notice_id ? dt_store_get_notice (self->store, notice_id, NULL) : NULL;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  DtForm *form;

  for (int kind = DT_NOTICE_KIND_CONCLUSION; kind <= DT_NOTICE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, dt_notice_kind_to_string (kind));

  form = _dt_form_new (self, notice ? _("Edit Notice") : _("New Notice"),
                   notice ? _("_Save") : _("_Create"), save_notice);
  form->id = notice_id;
  form->kind_row = _dt_form_add_combo (form, _("Kind"), G_LIST_MODEL (kinds), NULL);
  form->number_row = _dt_form_add_entry (form, _("Number"), notice ? dt_notice_get_number (notice) : NULL);
  form->issue_row = _dt_form_add_date (form, _("Issued On (dd/mm/yyyy)"), notice ? dt_notice_get_issue_date (notice) : dt_date_today ());
  form->meeting_row = _dt_form_add_date (form, _("Meeting Date (dd/mm/yyyy)"), notice ? dt_notice_get_meeting_date (notice) : DT_DATE_NONE);
  form->body_row = _dt_form_add_entry (form, _("Issuing Body"), notice ? dt_notice_get_issuing_body (notice) : NULL);
  form->signer_row = _dt_form_add_entry (form, _("Signer"), notice ? dt_notice_get_signer (notice) : NULL);
  form->title_row = _dt_form_add_entry (form, _("Title"), notice ? dt_notice_get_title (notice) : NULL);
  if (notice != NULL)
    adw_combo_row_set_selected (form->kind_row, dt_notice_get_kind (notice));

  adw_dialog_present (form->dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (form->number_row));
}

static void
new_notice_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  open_notice_form (DT_WINDOW (widget), 0);
}

static void
edit_notice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  open_notice_form (DT_WINDOW (widget), g_variant_get_int64 (param));
}

typedef struct
{
  DtWindow *self;
  gint64    id;
} NoticeRef;

static void
on_delete_notice_response (AdwAlertDialog *dialog,
                           const char     *response,
                           NoticeRef      *ref)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!dt_store_delete_notice (ref->self->store, ref->id, &error))
    dt_gui_show_error (GTK_WIDGET (ref->self), _("Cannot Delete the Notice"), error);
  else
    dt_window_add_toast (ref->self, _("Notice deleted"));
}

static void
delete_notice_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(DtNotice) notice = dt_store_get_notice (self->store, id, NULL);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  NoticeRef *ref;
  gint64 n;

  if (notice == NULL)
    return;

  /* the question says how many directives go with it: it must know */
  n = dt_store_count_notice_directives (self->store, id, &error);
  if (n < 0)
    {
      dt_gui_show_error (widget, _("Cannot Delete the Notice"), error);
      return;
    }
  if (dt_notice_has_number (notice))
    heading = g_strdup_printf (_("Delete Notice %s?"), dt_notice_get_number (notice));
  else
    {
      /* Translators: a notice not numbered yet, by its kind and date:
       * "Delete Notice of conclusions dated 15/03/2024?" */
      name = dt_notice_dup_display_name (notice);
      heading = g_strdup_printf (C_("notice without number", "Delete %s?"), name);
    }
  if (n > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Its %u directive, with its extensions and progress reports, will be deleted too.",
                                         "Its %u directives, with their extensions and progress reports, will be deleted too.",
                                         n), (guint) n);
  else
    body = g_strdup (_("It has no directives."));

  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  /* The dialog lives inside the window, so the window outlives it. */
  ref = g_new0 (NoticeRef, 1);
  ref->self = self;
  ref->id = id;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_notice_response),
                         ref, (GClosureNotify) (void (*) (void)) g_free, 0);
  adw_dialog_present (dialog, widget);
}

/* Units ------------------------------------------------------------------- */

static gboolean
save_unit (DtForm *form)
{
  DtWindow *self = form->window;
  g_autoptr(DtUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *name = NULL;

  if (!_dt_form_check_required (form->name_row))
    return FALSE;

  name = g_strstrip (g_strdup (_dt_form_entry_text (form->name_row)));
  if (form->id != 0)
    unit = dt_store_get_unit (self->store, form->id, &error);
  else
    unit = dt_unit_new (name);

  if (unit == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Unit"), error);
      return TRUE;
    }

  aliases = g_strsplit (_dt_form_entry_text (form->aliases_row), ";", -1);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_strstrip (aliases[i]);
      if (aliases[i][0] != '\0')
        g_strv_builder_add (builder, aliases[i]);
    }
  g_clear_pointer (&aliases, g_strfreev);
  aliases = g_strv_builder_end (builder);

  dt_unit_set_name (unit, name);
  dt_unit_set_short_name (unit, _dt_form_entry_text (form->short_row));
  dt_unit_set_aliases (unit, (const char * const *) aliases);

  if (!dt_store_save_unit (self->store, unit, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Unit"), error);
      return FALSE;
    }

  return TRUE;
}

static void
open_unit_form (DtWindow *self,
                gint64    unit_id)
{
  g_autoptr(DtUnit) unit = unit_id ? dt_store_get_unit (self->store, unit_id, NULL) : NULL;
  g_autofree char *aliases = NULL;
  DtForm *form;

  if (unit != NULL && dt_unit_get_aliases (unit) != NULL)
    aliases = g_strjoinv ("; ", (char **) dt_unit_get_aliases (unit));

  form = _dt_form_new (self, unit ? _("Edit Unit") : _("New Unit"),
                   unit ? _("_Save") : _("_Create"), save_unit);
  form->id = unit_id;
  form->name_row = _dt_form_add_entry (form, _("Name"), unit ? dt_unit_get_name (unit) : NULL);
  form->short_row = _dt_form_add_entry (form, _("Short Name"), unit ? dt_unit_get_short_name (unit) : NULL);
  form->aliases_row = _dt_form_add_entry (form, _("Other Names, Separated by “;”"), aliases);

  adw_dialog_present (form->dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (form->name_row));
}

static void
new_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  open_unit_form (DT_WINDOW (widget), 0);
}

static void
edit_unit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  open_unit_form (DT_WINDOW (widget), g_variant_get_int64 (param));
}

static void
on_delete_refused_response (DtWindow       *self,
                            const char     *response,
                            AdwAlertDialog *dialog)
{
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "dt-unit-id");

  if (g_str_equal (response, "merge"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.merge-unit", "x", *id);
}

static void
delete_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;

  if (dt_store_delete_unit (self->store, id, &error))
    dt_window_add_toast (self, _("Unit deleted"));
  else if (g_error_matches (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID))
    {
      /* it leads directives: the answer offers what it advises */
      AdwDialog *dialog = adw_alert_dialog_new (_("Cannot Delete the Unit"), error->message);

      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "close", _("_Close"),
                                      /* Translators: in the answer to deleting a unit that leads directives */
                                      "merge", _("_Merge…"),
                                      NULL);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
      adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "merge");
      adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
      g_object_set_data_full (G_OBJECT (dialog), "dt-unit-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_refused_response), self,
                               G_CONNECT_SWAPPED);
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
  else
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Unit"), error);
}

static gboolean
merge_units (DtForm *form)
{
  DtWindow *self = form->window;
  DtUnit *into = adw_combo_row_get_selected_item (form->unit_row);
  g_autoptr(GError) error = NULL;

  if (into == NULL)
    return FALSE;

  if (!dt_store_merge_units (self->store, form->id, dt_unit_get_id (into), &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Merge the Units"), error);
      return FALSE;
    }

  dt_window_add_toast (self, _("Units merged"));
  return TRUE;
}

static gboolean
other_unit_filter (gpointer item,
                   gpointer user_data)
{
  return dt_unit_get_id (DT_UNIT (item)) != *(gint64 *) user_data;
}

static void
merge_unit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(DtUnit) unit = dt_store_get_unit (self->store, id, NULL);
  g_autoptr(GtkFilterListModel) others = NULL;
  g_autofree char *title = NULL;
  GtkCustomFilter *filter;
  GtkWidget *label;
  DtForm *form;
  gint64 *data;

  if (unit == NULL)
    return;

  form = _dt_form_new (self, _("Merge Units"), _("_Merge"), merge_units);
  form->id = id;
  gtk_widget_remove_css_class (form->save_button, "suggested-action");
  gtk_widget_add_css_class (form->save_button, "destructive-action");

  title = g_strdup_printf (_("The directives of “%s” move to the unit chosen here, and its name is kept as another name of that unit."),
                           dt_unit_get_name (unit));
  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_bottom (label, 12);
  adw_preferences_group_add (form->group, label);

  data = g_new (gint64, 1);
  *data = id;
  filter = gtk_custom_filter_new (other_unit_filter, data, g_free);
  others = gtk_filter_list_model_new (g_object_ref (self->units), GTK_FILTER (filter));
  /* the unit's whole name under the title: names share long beginnings
   * ("Sở Nông nghiệp và …"), cut at the row's end they could not be told apart */
  form->unit_row = _dt_form_add_unit_combo (form, _("Merge Into"), G_LIST_MODEL (others));

  adw_dialog_present (form->dialog, widget);
}

void
_dt_window_class_add_record_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-notice", NULL, new_notice_action);
  gtk_widget_class_install_action (widget_class, "win.edit-notice", "x", edit_notice_action);
  gtk_widget_class_install_action (widget_class, "win.delete-notice", "x", delete_notice_action);
  gtk_widget_class_install_action (widget_class, "win.new-unit", NULL, new_unit_action);
  gtk_widget_class_install_action (widget_class, "win.edit-unit", "x", edit_unit_action);
  gtk_widget_class_install_action (widget_class, "win.merge-unit", "x", merge_unit_action);
  gtk_widget_class_install_action (widget_class, "win.delete-unit", "x", delete_unit_action);
}
