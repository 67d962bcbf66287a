/* dt-import-dialog-save.c — the review's accept actions: the directives
 * chosen written in one transaction, a large notice by a thread with a
 * spinner, and back to the review as it was if the save fails
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-gui-util.h"
#include "dt-import-dialog-private.h"
#include "dt-import-row.h"

/* From this many directives a file store is written by a thread: the save
 * of a large notice takes seconds */
#define THREADED_SAVE_MIN 500

static GPtrArray *
directives_to_save (DtImportDialog *self,
                    gboolean        selected_only)
{
  GPtrArray *selected;
  guint n;

  if (!selected_only)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  selected = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (dt_import_row_get_accepted (row))
        g_ptr_array_add (selected, dt_import_row_get_directive (row));
    }
  return selected;
}

static void
finish_save (DtImportDialog     *self,
             DtImportSaveResult *result)
{
  self->notice_id = result->notice_id;
  g_array_set_size (self->created_units, 0);
  if (result->unit_ids != NULL)
    g_array_append_vals (self->created_units, result->unit_ids->data, result->unit_ids->len);

  _dt_import_dialog_emit_imported (self, result);
  adw_dialog_close (ADW_DIALOG (self));
}

gboolean
dt_import_dialog_save (DtImportDialog  *self,
                       gboolean         selected_only,
                       GError         **error)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_auto(DtImportSaveResult) result = { 0 };

  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->extraction != NULL, FALSE);

  selected = directives_to_save (self, selected_only);
  if (!dt_extraction_save (self->extraction, self->store, self->catalog, selected, &result, error))
    return FALSE;
  finish_save (self, &result);
  return TRUE;
}

static void
show_save_error (DtImportDialog *self,
                 GError         *error)
{
  dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Notice"), error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(DtImportDialog) self = user_data;
  g_auto(DtImportSaveResult) result = { 0 };
  g_autoptr(GError) error = NULL;

  adw_dialog_set_can_close (ADW_DIALOG (self), TRUE);
  if (!dt_extraction_save_finish (DT_STORE (source), res, &result, &error))
    {
      /* nothing was written: back to the review, as it was */
      _dt_import_dialog_set_roomy (self, TRUE);
      adw_toolbar_view_set_reveal_bottom_bars (self->toolbar_view, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "review");
      _dt_import_dialog_update_summary (self);
      show_save_error (self, error);
      return;
    }
  finish_save (self, &result);
}

gboolean
dt_import_dialog_save_in_thread (DtImportDialog *self,
                                 gboolean        selected_only)
{
  const char *path;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *label = NULL;
  guint n;

  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->extraction != NULL, FALSE);

  /* an in-memory database cannot be shared with a thread */
  path = dt_store_get_path (self->store);
  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:"))
    return FALSE;

  selected = directives_to_save (self, selected_only);
  n = selected ? selected->len : self->extraction->directives->len;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saving %u directive…",
                                        "Saving %u directives…", n), n);
  _dt_import_dialog_show_loading (self, label);
  adw_dialog_set_can_close (ADW_DIALOG (self), FALSE);

  dt_extraction_save_async (self->extraction, self->store, self->catalog, selected, NULL,
                            on_saved, g_object_ref (self));
  return TRUE;
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DtImportDialog *self = DT_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean selected_only = g_str_equal (action_name, "import.accept-selected");

  /* a large notice is saved off the main loop, with a spinner */
  if (self->extraction != NULL && self->extraction->directives->len >= THREADED_SAVE_MIN
      && dt_import_dialog_save_in_thread (self, selected_only))
    return;

  if (!dt_import_dialog_save (self, selected_only, &error))
    show_save_error (self, error);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

void
_dt_import_dialog_class_init_save (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "import.accept-all", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "import.accept-selected", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "import.accept-all", NULL);
}
