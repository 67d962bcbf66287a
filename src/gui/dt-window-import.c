/* dt-window-import.c — importing notices into the main window: from a file,
 * the clipboard, a drop or the sample, through the review dialog, with undo
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-window-import.h"
#include "dt-window-private.h"

#define SAMPLE_NOTICE "nghe-an-ket-luan-2024-01.txt"
#define DOCX_MIME_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

void
_dt_window_update_import_actions (DtWindow *self)
{
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-clipboard", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", has_store);
}

static void
on_imported (DtWindow       *self,
             gint64          notice_id,
             gboolean        was_update,
             guint           n_saved,
             guint           n_updated,
             DtImportDialog *dialog)
{
  g_autoptr(DtNotice) notice = dt_store_get_notice (self->store, notice_id, NULL);
  g_autofree char *name = notice ? dt_notice_dup_display_name (notice) : g_strdup ("");
  g_autofree char *title = NULL;
  guint n_units;

  if (was_update)
    {
      /* Translators: "Updated 37/TB-UBND ngày 31/01/2024: 40 directives updated, 2 added" */
      title = g_strdup_printf (_("Updated %s: %u updated, %u added"), name, n_updated, n_saved);
      /* not undoable, and what was done before it cannot be undone across it */
      dt_undo_stack_clear (self->undo);
      if (self->undo_toast != NULL)
        adw_toast_dismiss (self->undo_toast);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
  else
    {
      const gint64 *units = dt_import_dialog_get_created_units (dialog, &n_units);

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %s: %u directive",
                                            "Imported %s: %u directives", n_saved),
                               name, n_saved);
      _dt_window_push_undo (self, dt_undo_command_new_import (notice_id, units, n_units), title);
      adw_toast_set_timeout (self->undo_toast, 10);
    }

  _dt_window_select_notice (self, notice_id);
}

static DtImportDialog *
open_dialog (DtWindow *self)
{
  DtImportDialog *dialog = dt_import_dialog_new (self->store);

  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
  return dialog;
}

DtImportDialog *
_dt_window_import_file (DtWindow *self,
                        GFile    *file)
{
  DtImportDialog *dialog;

  g_return_val_if_fail (DT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = open_dialog (self);
  dt_import_dialog_load_file (dialog, file);
  return dialog;
}

DtImportDialog *
_dt_window_import_text (DtWindow   *self,
                        const char *text)
{
  DtImportDialog *dialog;

  g_return_val_if_fail (DT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  dialog = open_dialog (self);
  dt_import_dialog_load_text (dialog, text);
  return dialog;
}

GFile *
_dt_window_find_sample_notice (void)
{
  const char *dir = g_getenv ("DT_SAMPLES_DIR");
  g_autofree char *path = NULL;

  if (dir != NULL && *dir != '\0')
    {
      path = g_build_filename (dir, SAMPLE_NOTICE, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
      g_clear_pointer (&path, g_free);
    }

  path = g_build_filename (PKGDATADIR, "samples", SAMPLE_NOTICE, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_file_new_for_path (path);
  return NULL;
}

/* Actions --------------------------------------------------------------------- */

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
          && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        dt_gui_show_error (GTK_WIDGET (self), _("Cannot Open the File"), error);
      return;
    }
  _dt_window_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) notices = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) word = gtk_file_filter_new ();

  gtk_file_filter_set_name (notices, _("Notices (text, PDF or Word)"));
  gtk_file_filter_add_mime_type (notices, "text/plain");
  gtk_file_filter_add_mime_type (notices, "application/pdf");
  gtk_file_filter_add_mime_type (notices, DOCX_MIME_TYPE);
  gtk_file_filter_add_suffix (notices, "txt");
  gtk_file_filter_add_suffix (notices, "pdf");
  gtk_file_filter_add_suffix (notices, "docx");
  gtk_file_filter_set_name (text, _("Plain Text"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_filter_set_name (pdf, _("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (word, _("Word Documents"));
  gtk_file_filter_add_mime_type (word, DOCX_MIME_TYPE);
  gtk_file_filter_add_suffix (word, "docx");
  g_list_store_append (filters, notices);
  g_list_store_append (filters, text);
  g_list_store_append (filters, pdf);
  g_list_store_append (filters, word);

  gtk_file_dialog_set_title (dialog, _("Import Notice"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, notices);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_file_chosen, g_object_ref (self));
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      dt_window_add_toast (self, _("The clipboard holds no text to import"));
      return;
    }
  _dt_window_import_text (self, text);
}

/* A file copied in the file manager: imported as if dropped */
static void
on_clipboard_files (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(DtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (source), result, &error);
  GSList *files = value != NULL ? g_value_get_boxed (value) : NULL;

  if (files == NULL)
    {
      dt_window_add_toast (self, _("The clipboard holds no text to import"));
      return;
    }
  /* one notice at a time: the first file */
  _dt_window_import_file (self, files->data);
}

static void
import_clipboard_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  GdkClipboard *clipboard = gdk_display_get_clipboard (gtk_widget_get_display (widget));

  if (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT, NULL,
                                    on_clipboard_files, g_object_ref (widget));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (widget));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  g_autoptr(GFile) file = _dt_window_find_sample_notice ();

  if (file == NULL)
    {
      dt_window_add_toast (self, _("The sample notice is not installed"));
      return;
    }
  _dt_window_import_file (self, file);
}

/* Drop ------------------------------------------------------------------------ */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DtWindow      *self)
{
  if (self->store == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files == NULL)
        return FALSE;
      /* one notice at a time: the first file */
      _dt_window_import_file (self, files->data);
      return TRUE;
    }
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      _dt_window_import_file (self, g_value_get_object (value));
      return TRUE;
    }
  if (G_VALUE_HOLDS (value, G_TYPE_STRING) && g_value_get_string (value) != NULL)
    {
      _dt_window_import_text (self, g_value_get_string (value));
      return TRUE;
    }
  return FALSE;
}

void
_dt_window_setup_import (DtWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE, G_TYPE_STRING };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (target));
  _dt_window_update_import_actions (self);
}

void
_dt_window_class_add_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-clipboard", NULL, import_clipboard_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-clipboard", NULL);
}
