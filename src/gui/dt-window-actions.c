/* dt-window-actions.c — what the main window can do with directives, undo and errors
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-window-form-private.h"
#include "dt-window-import.h"

/* Directives -------------------------------------------------------------- */

static gboolean
save_new_directive (DtForm *form)
{
  DtWindow *self = form->window;
  DtNotice *notice = adw_combo_row_get_selected_item (form->notice_row);
  DtUnit *unit = adw_combo_row_get_selected_item (form->unit_row);
  g_autoptr(DtDirective) directive = NULL;
  g_autoptr(GError) error = NULL;
  DtDate deadline;

  if (!_dt_form_check_required (form->text_row) ||
      !_dt_form_check_date (form, form->deadline_row, &deadline) ||
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
  dt_directive_set_ordinal (directive, g_strstrip (g_strdup (_dt_form_entry_text (form->ordinal_row))));
  dt_directive_set_text (directive, _dt_form_entry_text (form->text_row));
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
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-notice", NULL);
  else if (g_strcmp0 (response, "unit") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-unit", NULL);
}

static void
on_unit_chosen (AdwComboRow *row,
                GParamSpec  *pspec,
                DtForm      *form)
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
  DtForm *form;

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

  form = _dt_form_new (self, _("New Directive"), _("_Create"), save_new_directive);
  form->notice_row = _dt_form_add_combo (form, _("Notice"), self->notices,
                                     gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                  G_CALLBACK (dup_notice_label),
                                                                  NULL, NULL));
  form->ordinal_row = _dt_form_add_entry (form, _("No."), NULL);
  form->text_row = _dt_form_add_entry (form, _("Directive"), NULL);
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
  form->unit_row = _dt_form_add_unit_combo (form, _("Lead Unit"), G_LIST_MODEL (units));
  form->deadline_row = _dt_form_add_date (form, _("Deadline (dd/mm/yyyy)"), DT_DATE_NONE);

  if (self->notice_id != 0)
    adw_combo_row_set_selected (form->notice_row, _dt_form_find_position (self->notices, self->notice_id, TRUE));
  /* The unit is the one whose directives are shown, else none: the user
   * chooses it (the first in the alphabet would be a silent guess). */
  if (self->unit_id != 0)
    adw_combo_row_set_selected (form->unit_row, _dt_form_find_position (G_LIST_MODEL (units), self->unit_id, FALSE));
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
  DtDirective *shown = _dt_window_get_detail_directive (self);
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
  if (_dt_window_get_detail_directive (self) == current)
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

  if (_dt_window_get_detail_directive (self) == directive)
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
  _dt_window_class_add_record_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-error", "(ss)", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.new-directive", NULL, new_directive_action);
  gtk_widget_class_install_action (widget_class, "win.delete-directive", NULL, delete_directive_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.mark-completed", NULL, mark_completed_action);
  gtk_widget_class_install_action (widget_class, "win.close-directive", NULL, close_directive_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "report");
}
