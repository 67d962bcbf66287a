/* dt-window-actions.c — what the main window can do, and its dialogs
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-window-import.h"
#include "dt-window-private.h"

/* A small form in a dialog: Cancel, a title, and Save. -------------------- */

typedef struct _Form Form;
struct _Form
{
  DtWindow     *window;
  AdwDialog    *dialog;
  GtkWidget    *save_button;
  AdwPreferencesGroup *group;
  gint64        id;           /* what is edited; 0 for a new one */
  gboolean    (*save)  (Form *form);

  AdwComboRow  *kind_row;
  AdwEntryRow  *number_row;
  AdwEntryRow  *issue_row;
  AdwEntryRow  *meeting_row;
  AdwEntryRow  *body_row;
  AdwEntryRow  *signer_row;
  AdwEntryRow  *title_row;

  AdwEntryRow  *name_row;
  AdwEntryRow  *short_row;
  AdwEntryRow  *aliases_row;

  AdwComboRow  *notice_row;
  AdwComboRow  *unit_row;
  AdwEntryRow  *ordinal_row;
  AdwEntryRow  *text_row;
  AdwEntryRow  *deadline_row;
};

static void
form_free (gpointer  data,
           GObject  *where_the_dialog_was)
{
  g_free (data);
}

static void
on_form_save_clicked (Form      *form,
                      GtkButton *button)
{
  if (form->save (form))
    adw_dialog_close (form->dialog);
}

static Form *
form_new (DtWindow   *window,
          const char *title,
          const char *save_label,
          gboolean  (*save) (Form *form))
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *toolbar, *header, *cancel, *page;

  form->window = window;
  form->save = save;
  form->dialog = adw_dialog_new ();
  adw_dialog_set_title (form->dialog, title);
  adw_dialog_set_content_width (form->dialog, 460);
  g_object_weak_ref (G_OBJECT (form->dialog), form_free, form);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (adw_dialog_close),
                           form->dialog, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  form->save_button = gtk_button_new_with_mnemonic (save_label);
  gtk_widget_add_css_class (form->save_button, "suggested-action");
  g_signal_connect_swapped (form->save_button, "clicked", G_CALLBACK (on_form_save_clicked), form);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save_button);
  adw_dialog_set_default_widget (form->dialog, form->save_button);

  page = adw_preferences_page_new ();
  form->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), form->group);

  toolbar = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), page);
  adw_dialog_set_child (form->dialog, toolbar);

  return form;
}

static AdwEntryRow *
form_add_entry (Form       *form,
                const char *title,
                const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (form->group, row);
  return ADW_ENTRY_ROW (row);
}

static AdwEntryRow *
form_add_date (Form       *form,
               const char *title,
               DtDate      date)
{
  g_autofree char *text = dt_date_format (date);
  AdwEntryRow *row = form_add_entry (form, title, text);

  gtk_widget_set_tooltip_text (GTK_WIDGET (row), _("Day/month/year, for example 31/01/2024"));
  return row;
}

static AdwComboRow *
form_add_combo (Form          *form,
                const char    *title,
                GListModel    *model,
                GtkExpression *expression)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (expression != NULL)
    {
      adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
      adw_combo_row_set_enable_search (ADW_COMBO_ROW (row), TRUE);
      gtk_expression_unref (expression);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_preferences_group_add (form->group, row);
  return ADW_COMBO_ROW (row);
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
form_check_date (Form        *form,
                 AdwEntryRow *row,
                 DtDate      *date)
{
  const char *text = entry_text (row);

  *date = DT_DATE_NONE;
  if (text[0] == '\0')
    return TRUE;

  *date = dt_date_parse (text);
  if (*date == DT_DATE_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

static gboolean
form_check_required (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (entry_text (row)));

  if (text[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

static guint
find_position (GListModel *model,
               gint64      id,
               gboolean    is_notice)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = is_notice ? dt_notice_get_id (DT_NOTICE (item)) : dt_unit_get_id (DT_UNIT (item));

      if (item_id == id)
        return i;
    }

  return 0;
}

/* Notices ------------------------------------------------------------------ */

static gboolean
save_notice (Form *form)
{
  DtWindow *self = form->window;
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  DtDate issue, meeting;

  if (!form_check_required (form->number_row) ||
      !form_check_date (form, form->issue_row, &issue) ||
      !form_check_date (form, form->meeting_row, &meeting))
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
  dt_notice_set_number (notice, g_strstrip (g_strdup (entry_text (form->number_row))));
  dt_notice_set_issue_date (notice, issue);
  dt_notice_set_meeting_date (notice, meeting);
  dt_notice_set_issuing_body (notice, entry_text (form->body_row));
  dt_notice_set_signer (notice, entry_text (form->signer_row));
  dt_notice_set_title (notice, entry_text (form->title_row));

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
  Form *form;

  for (int kind = DT_NOTICE_KIND_CONCLUSION; kind <= DT_NOTICE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, dt_notice_kind_to_string (kind));

  form = form_new (self, notice ? _("Edit Notice") : _("New Notice"),
                   notice ? _("_Save") : _("_Create"), save_notice);
  form->id = notice_id;
  form->kind_row = form_add_combo (form, _("Kind"), G_LIST_MODEL (kinds), NULL);
  form->number_row = form_add_entry (form, _("Number"), notice ? dt_notice_get_number (notice) : NULL);
  form->issue_row = form_add_date (form, _("Issued On (dd/mm/yyyy)"), notice ? dt_notice_get_issue_date (notice) : dt_date_today ());
  form->meeting_row = form_add_date (form, _("Meeting Date (dd/mm/yyyy)"), notice ? dt_notice_get_meeting_date (notice) : DT_DATE_NONE);
  form->body_row = form_add_entry (form, _("Issuing Body"), notice ? dt_notice_get_issuing_body (notice) : NULL);
  form->signer_row = form_add_entry (form, _("Signer"), notice ? dt_notice_get_signer (notice) : NULL);
  form->title_row = form_add_entry (form, _("Title"), notice ? dt_notice_get_title (notice) : NULL);
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
       * "Delete Notice of conclusions of 15/03/2024?" */
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
save_unit (Form *form)
{
  DtWindow *self = form->window;
  g_autoptr(DtUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *name = NULL;

  if (!form_check_required (form->name_row))
    return FALSE;

  name = g_strstrip (g_strdup (entry_text (form->name_row)));
  if (form->id != 0)
    unit = dt_store_get_unit (self->store, form->id, &error);
  else
    unit = dt_unit_new (name);

  if (unit == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Unit"), error);
      return TRUE;
    }

  aliases = g_strsplit (entry_text (form->aliases_row), ";", -1);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_strstrip (aliases[i]);
      if (aliases[i][0] != '\0')
        g_strv_builder_add (builder, aliases[i]);
    }
  g_clear_pointer (&aliases, g_strfreev);
  aliases = g_strv_builder_end (builder);

  dt_unit_set_name (unit, name);
  dt_unit_set_short_name (unit, entry_text (form->short_row));
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
  Form *form;

  if (unit != NULL && dt_unit_get_aliases (unit) != NULL)
    aliases = g_strjoinv ("; ", (char **) dt_unit_get_aliases (unit));

  form = form_new (self, unit ? _("Edit Unit") : _("New Unit"),
                   unit ? _("_Save") : _("_Create"), save_unit);
  form->id = unit_id;
  form->name_row = form_add_entry (form, _("Name"), unit ? dt_unit_get_name (unit) : NULL);
  form->short_row = form_add_entry (form, _("Short Name"), unit ? dt_unit_get_short_name (unit) : NULL);
  form->aliases_row = form_add_entry (form, _("Other Names, Separated by “;”"), aliases);

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
delete_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!dt_store_delete_unit (self->store, g_variant_get_int64 (param), &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Unit"), error);
  else
    dt_window_add_toast (self, _("Unit deleted"));
}

static gboolean
merge_units (Form *form)
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
  Form *form;
  gint64 *data;

  if (unit == NULL)
    return;

  form = form_new (self, _("Merge Units"), _("_Merge"), merge_units);
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
  form->unit_row = form_add_combo (form, _("Merge Into"), G_LIST_MODEL (others),
                                   gtk_property_expression_new (DT_TYPE_UNIT, NULL, "name"));

  adw_dialog_present (form->dialog, widget);
}

/* Directives -------------------------------------------------------------- */

static gboolean
save_new_directive (Form *form)
{
  DtWindow *self = form->window;
  DtNotice *notice = adw_combo_row_get_selected_item (form->notice_row);
  DtUnit *unit = adw_combo_row_get_selected_item (form->unit_row);
  g_autoptr(DtDirective) directive = NULL;
  g_autoptr(GError) error = NULL;
  DtDate deadline;

  if (!form_check_required (form->text_row) ||
      !form_check_date (form, form->deadline_row, &deadline) ||
      notice == NULL)
    return FALSE;

  /* No unit is taken for the user: a directive led by the wrong one would
   * be reported by the wrong office. */
  if (unit == NULL || dt_unit_get_id (unit) == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (form->unit_row),
                                   _("Choose the unit that leads this directive"));
      gtk_widget_add_css_class (GTK_WIDGET (form->unit_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (form->unit_row));
      return FALSE;
    }

  directive = dt_directive_new ();
  dt_directive_set_notice_id (directive, dt_notice_get_id (notice));
  dt_directive_set_lead_unit_id (directive, dt_unit_get_id (unit));
  dt_directive_set_ordinal (directive, g_strstrip (g_strdup (entry_text (form->ordinal_row))));
  dt_directive_set_text (directive, entry_text (form->text_row));
  dt_directive_set_assigned_date (directive, dt_notice_get_issue_date (notice));
  dt_directive_set_deadline (directive, deadline);

  if (!dt_store_save_directive (self->store, directive, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Directive"), error);
      return FALSE;
    }

  _dt_window_show_directive (self, directive);
  return TRUE;
}

/* A notice in a chooser: its number, else ("/TB-UBND", a draft) its kind
 * and date. */
static char *
dup_notice_label (DtNotice *notice)
{
  if (dt_notice_has_number (notice))
    return g_strdup (dt_notice_get_number (notice));
  return dt_notice_dup_display_name (notice);
}

static void
on_need_notice_response (AdwAlertDialog *dialog,
                         const char     *response,
                         DtWindow       *self)
{
  if (g_strcmp0 (response, "notice") == 0)
    open_notice_form (self, 0);
  else if (g_strcmp0 (response, "unit") == 0)
    open_unit_form (self, 0);
}

static void
on_unit_chosen (AdwComboRow *row,
                GParamSpec  *pspec,
                Form        *form)
{
  DtUnit *unit = adw_combo_row_get_selected_item (row);

  if (unit != NULL && dt_unit_get_id (unit) != 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }
}

static void
new_directive_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GListStore) units = NULL;
  Form *form;

  if (self->store == NULL)
    return;

  if (g_list_model_get_n_items (self->notices) == 0 ||
      g_list_model_get_n_items (self->units) == 0)
    {
      gboolean no_notice = g_list_model_get_n_items (self->notices) == 0;
      AdwDialog *dialog;

      dialog = adw_alert_dialog_new (no_notice ? _("Create a Notice First") : _("Create a Unit First"),
                                     _("Every directive comes from a notice and is led by a unit."));
      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "cancel", _("_Cancel"),
                                      no_notice ? "notice" : "unit",
                                      no_notice ? _("_New Notice…") : _("_New Unit…"),
                                      NULL);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog),
                                                no_notice ? "notice" : "unit",
                                                ADW_RESPONSE_SUGGESTED);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_need_notice_response), self, 0);
      adw_dialog_present (dialog, widget);
      return;
    }

  form = form_new (self, _("New Directive"), _("_Create"), save_new_directive);
  form->notice_row = form_add_combo (form, _("Notice"), self->notices,
                                     gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                  G_CALLBACK (dup_notice_label),
                                                                  NULL, NULL));
  form->ordinal_row = form_add_entry (form, _("No."), NULL);
  form->text_row = form_add_entry (form, _("Directive"), NULL);
  /* The units as they are now, after a first row that stands for none
   * chosen: a combo row always shows one of its rows, and a list that
   * re-queries would have it choose the first unit by itself. */
  units = g_list_store_new (DT_TYPE_UNIT);
  {
    /* Translators: the lead unit of a new directive, before the user chooses one */
    g_autoptr(DtUnit) none = dt_unit_new (_("None chosen"));

    g_list_store_append (units, none);
  }
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(GObject) unit = g_list_model_get_item (self->units, i);

      g_list_store_append (units, unit);
    }
  form->unit_row = form_add_combo (form, _("Lead Unit"), G_LIST_MODEL (units),
                                   gtk_property_expression_new (DT_TYPE_UNIT, NULL, "name"));
  form->deadline_row = form_add_date (form, _("Deadline (dd/mm/yyyy)"), DT_DATE_NONE);

  if (self->notice_id != 0)
    adw_combo_row_set_selected (form->notice_row, find_position (self->notices, self->notice_id, TRUE));
  /* The unit is the one whose directives are shown, else none: the user
   * chooses it (the first in the alphabet would be a silent guess). */
  if (self->unit_id != 0)
    adw_combo_row_set_selected (form->unit_row, find_position (G_LIST_MODEL (units), self->unit_id, FALSE));
  g_signal_connect (form->unit_row, "notify::selected", G_CALLBACK (on_unit_chosen), form);

  adw_dialog_present (form->dialog, widget);
  gtk_widget_grab_focus (GTK_WIDGET (form->text_row));
}

/* The toast that offers to undo what was just done (Ctrl+Z does the same);
 * it replaces the one of what was done before, no longer undoable. */
static void
add_undo_toast (DtWindow   *self,
                const char *title)
{
  AdwToast *toast;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_dt_window_push_undo (DtWindow      *self,
                      DtUndoCommand *command,
                      const char    *title)
{
  dt_undo_stack_push (self->undo, command);
  add_undo_toast (self, title);
}

static void
reload_shown (DtWindow *self)
{
  DtDirective *shown = dt_directive_detail_get_directive (self->detail);
  g_autoptr(DtDirective) stored = NULL;

  if (shown == NULL || dt_directive_get_id (shown) == 0)
    return;
  /* gone (a deletion redone): the pane closes */
  stored = dt_store_get_directive (self->store, dt_directive_get_id (shown), NULL);
  if (stored == NULL)
    _dt_window_show_directive (self, NULL);
  else
    dt_directive_detail_reload (self->detail);
}

static void
delete_directive_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  DtDirective *current = _dt_window_get_current_directive (self);
  g_autoptr(DtDirective) directive = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (current == NULL)
    return;

  id = dt_directive_get_id (current);
  directive = dt_store_get_directive (self->store, id, &error);
  if (directive == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Directive"), error);
      return;
    }

  /* undo puts back its whole history, or it is not deleted */
  extensions = dt_store_list_extensions (self->store, id, &error);
  if (extensions != NULL)
    reports = dt_store_list_reports (self->store, id, &error);
  if (reports == NULL)
    {
      dt_gui_show_error (widget, _("Cannot Delete the Directive"), error);
      return;
    }

  if (!dt_store_delete_directive (self->store, id, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Delete the Directive"), error);
      return;
    }

  _dt_window_push_undo (self, dt_undo_command_new_delete (directive, extensions, reports),
                        _("Directive deleted"));
  if (dt_directive_detail_get_directive (self->detail) == current)
    _dt_window_show_directive (self, NULL);
  _dt_window_update_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  DtUndoKind kind;

  if (!dt_undo_stack_peek_undo (self->undo, &kind))
    return;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  if (!dt_undo_stack_undo (self->undo, &error))
    {
      const char *heading = kind == DT_UNDO_DELETE ? _("Cannot Restore the Directive")
                          : kind == DT_UNDO_IMPORT ? _("Cannot Undo the Import")
                          : _("Cannot Save the Directive");

      dt_gui_show_error (widget, heading, error);
    }
  reload_shown (self);
  _dt_window_update_actions (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  if (!dt_undo_stack_redo (self->undo, &error))
    dt_gui_show_error (widget, _("Cannot Redo"), error);
  reload_shown (self);
  _dt_window_update_actions (self);
}

static void
mark_completed_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  DtDirective *directive = _dt_window_get_current_directive (self);
  g_autoptr(GError) error = NULL;
  DtDate before;

  if (directive == NULL)
    return;

  g_object_ref (directive);
  before = dt_directive_get_completed_date (directive);
  dt_directive_set_completed_date (directive, dt_date_today ());
  if (!dt_store_save_directive (self->store, directive, &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Directive"), error);
  else
    _dt_window_push_undo (self,
                          dt_undo_command_new_complete (dt_directive_get_id (directive), before,
                                                        dt_date_today ()),
                          _("Marked as completed today"));

  if (dt_directive_detail_get_directive (self->detail) == directive)
    dt_directive_detail_reload (self->detail);
  g_object_unref (directive);
  _dt_window_update_actions (self);
}

/* Esc closes the directive wherever the focus is: in its pane, in the list
 * after a click, on the sidebar.  A bubbling binding of the window, so a
 * search entry or a popover that uses Esc itself keeps it. */
static void
close_directive_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);

  if (!adw_overlay_split_view_get_show_sidebar (self->detail_split))
    return;

  adw_overlay_split_view_set_show_sidebar (self->detail_split, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

/* win.show-error (heading, message): how an error reaches the user from
 * anywhere in the window (dt_gui_show_error). */
static AdwDialog *
present_error (DtWindow   *self,
               const char *heading,
               const char *message)
{
  AdwDialog *dialog = adw_alert_dialog_new (heading, message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
  return dialog;
}

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  const char *heading, *message;

  g_variant_get (param, "(&s&s)", &heading, &message);
  present_error (DT_WINDOW (widget), heading, message);
}

void
_dt_window_on_read_failed (DtWindow     *self,
                           const GError *error)
{
  /* one failure often fails every list at once */
  if (self->read_error_dialog != NULL)
    return;
  g_set_weak_pointer (&self->read_error_dialog,
                      present_error (self, _("Cannot Read the Database"), error->message));
}

void
_dt_window_on_save_failed (DtWindow     *self,
                           DtDirective  *directive,
                           const GError *error)
{
  present_error (self, _("Cannot Save the Directive"), error->message);
}

void
_dt_window_update_actions (DtWindow *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_current = has_store && _dt_window_get_current_directive (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-directive", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.mark-completed", has_current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-directive",
                                 adw_overlay_split_view_get_show_sidebar (self->detail_split));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_store && dt_undo_stack_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_store && dt_undo_stack_can_redo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-directive", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-notice", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-unit", has_store);
  _dt_window_update_import_actions (self);
}

void
_dt_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-error", "(ss)", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.new-directive", NULL, new_directive_action);
  gtk_widget_class_install_action (widget_class, "win.delete-directive", NULL, delete_directive_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.mark-completed", NULL, mark_completed_action);
  gtk_widget_class_install_action (widget_class, "win.close-directive", NULL, close_directive_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.new-notice", NULL, new_notice_action);
  gtk_widget_class_install_action (widget_class, "win.edit-notice", "x", edit_notice_action);
  gtk_widget_class_install_action (widget_class, "win.delete-notice", "x", delete_notice_action);
  gtk_widget_class_install_action (widget_class, "win.new-unit", NULL, new_unit_action);
  gtk_widget_class_install_action (widget_class, "win.edit-unit", "x", edit_unit_action);
  gtk_widget_class_install_action (widget_class, "win.merge-unit", "x", merge_unit_action);
  gtk_widget_class_install_action (widget_class, "win.delete-unit", "x", delete_unit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-directive", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.mark-completed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.mark-completed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-directive", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "list");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "timeline");
}
