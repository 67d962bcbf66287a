/* dt-import-dialog.c — "Review Before Saving": an imported notice checked
 * by the user before anything is written
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-gui-util.h"
#include "dt-import-cells.h"
#include "dt-import-dialog-private.h"
#include "dt-import-row.h"
#include "dt-import-source.h"

G_DEFINE_FINAL_TYPE (DtImportDialog, dt_import_dialog, ADW_TYPE_DIALOG)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Pages ------------------------------------------------------------------- */

/* The review needs room; waiting and errors do not */
void
_dt_import_dialog_set_roomy (DtImportDialog *self,
           gboolean        roomy)
{
  adw_dialog_set_content_width (ADW_DIALOG (self), roomy ? 1180 : 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), roomy ? 760 : 440);
}

static void
show_error (DtImportDialog *self,
            const char     *heading,
            const char     *message)
{
  g_autofree char *description = NULL;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  description = g_strdup_printf ("%s\n\n%s", message, _("Nothing was saved."));
  adw_status_page_set_title (self->error_page, heading);
  adw_status_page_set_description (self->error_page, description);
  _dt_import_dialog_set_roomy (self, FALSE);
  adw_toolbar_view_set_reveal_bottom_bars (self->toolbar_view, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-all", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-selected", FALSE);
}

void
_dt_import_dialog_show_loading (DtImportDialog *self,
              const char     *detail)
{
  gtk_label_set_label (self->loading_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->loading_label), detail != NULL);
  _dt_import_dialog_set_roomy (self, FALSE);
  adw_toolbar_view_set_reveal_bottom_bars (self->toolbar_view, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-all", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-selected", FALSE);
}

void
_dt_import_dialog_update_summary (DtImportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_doubtful = 0;
  guint n_accepted = 0;
  g_autofree char *all = NULL;
  g_autofree char *doubtful = NULL;
  g_autofree char *accepted = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (dt_import_row_get_doubts (row) != 0)
        n_doubtful++;
      if (dt_import_row_get_accepted (row))
        n_accepted++;
    }

  all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u directive", "%u directives", n), n);
  doubtful = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to check", "%u to check", n_doubtful),
                              n_doubtful);
  accepted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_accepted),
                              n_accepted);
  /* Translators: "45 directives · 3 to check · 40 selected" */
  text = g_strdup_printf (_("%s · %s · %s"), all, doubtful, accepted);
  gtk_label_set_label (self->summary_label, text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-all", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-selected", n_accepted > 0);
}

void
_dt_import_dialog_emit_imported (DtImportDialog     *self,
                                 DtImportSaveResult *result)
{
  g_signal_emit (self, signals[IMPORTED], 0, result->notice_id, result->was_update,
                 result->n_saved, result->n_updated);
}

/* Loading ------------------------------------------------------------------ */

static void
disconnect_rows (DtImportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      g_signal_handlers_disconnect_by_data (row, self);
    }
}

static void
show_extraction (DtImportDialog *self,
                 DtExtraction   *extraction,
                 DtImportFormat  format)
{
  const char *format_note = dt_import_format_describe (format);

  g_clear_pointer (&self->extraction, dt_extraction_unref);
  self->extraction = dt_extraction_ref (extraction);
  self->format = format;

  if (extraction->directives->len == 0)
    {
      show_error (self, _("No Directives Found"),
                  _("The text does not look like a notice: no assignments to units were found in it."));
      return;
    }

  disconnect_rows (self);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_full (extraction->directives->len, g_object_unref);

    /* plain handlers, dropped in dispose: watching closures on the dialog
     * would cost quadratic time on a large notice */
    for (guint i = 0; i < extraction->directives->len; i++)
      {
        DtImportRow *row = dt_import_row_new (g_ptr_array_index (extraction->directives, i),
                                              self->catalog);

        g_signal_connect_swapped (row, "notify::accepted", G_CALLBACK (_dt_import_dialog_update_summary), self);
        g_signal_connect_swapped (row, "notify::doubts", G_CALLBACK (_dt_import_dialog_update_summary), self);
        g_ptr_array_add (rows, row);
      }
    /* one change for the view, not one per row */
    g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                         rows->pdata, rows->len);
  }

  adw_banner_set_title (self->format_banner, format_note ? format_note : "");
  adw_banner_set_revealed (self->format_banner, format_note != NULL);
  _dt_import_dialog_fill_header (self);
  self->existing_id = -1;  /* new rows: which texts the user corrected is found again */
  _dt_import_dialog_check_existing (self);

  adw_window_title_set_title (self->window_title, _("Review Before Saving"));
  adw_window_title_set_subtitle (self->window_title, self->source_name ? self->source_name : "");
  _dt_import_dialog_set_roomy (self, TRUE);
  adw_toolbar_view_set_reveal_bottom_bars (self->toolbar_view, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "review");
  _dt_import_dialog_update_summary (self);
}

static void
show_load_error (DtImportDialog *self,
                 GError         *error)
{
  const char *heading;

  if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_EMPTY))
    heading = _("The File Is Empty");
  else if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PDF_NO_TEXT))
    heading = _("The PDF Has No Text");
  else if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_BINARY)
           || g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_WORD)
           || g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_REGULAR))
    heading = _("Not a Text, PDF or Word File");
  else if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_ENCODING))
    heading = _("Unknown Text Encoding");
  else if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PROTECTED))
    heading = _("The Document Is Protected");
  else if (g_error_matches (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_OLD_FORMAT))
    heading = _("Old Word Format");
  else
    heading = _("Cannot Read the Notice");

  show_error (self, heading, error->message);
}

static void
on_extracted (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DtImportDialog) self = user_data;
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  DtImportFormat format = DT_IMPORT_FORMAT_UTF8;

  if (g_task_get_source_tag (G_TASK (result)) == dt_import_extract_file_async)
    extraction = dt_import_extract_file_finish (result, &format, &error);
  else
    extraction = dt_import_extract_text_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  if (extraction == NULL)
    show_load_error (self, error);
  else
    {
      gint64 start = g_get_monotonic_time ();

      show_extraction (self, extraction, format);
      g_debug ("Import review of %u directives shown in %.3f s", extraction->directives->len,
               (g_get_monotonic_time () - start) / 1e6);
    }
}

static void
start_loading (DtImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->catalog);
  self->catalog = dt_unit_catalog_new_default ();
  /* said, and the reading goes on with the catalogue's own names */
  if (!dt_unit_catalog_add_store_units (self->catalog, self->store, &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Units"), error);
}

void
dt_import_dialog_load_file (DtImportDialog *self,
                            GFile          *file)
{
  g_autoptr(DtExtractor) extractor = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *detail = NULL;

  g_return_if_fail (DT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  start_loading (self);
  extractor = dt_extractor_new (self->catalog);

  g_free (self->source_name);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      self->source_name = g_strdup (g_file_info_get_display_name (info));
      /* Translators: "notice.pdf (1.2 MB)" */
      detail = g_strdup_printf (_("%s (%s)"), self->source_name, size);
    }
  else
    {
      self->source_name = g_file_get_basename (file);
      detail = g_strdup (self->source_name);
    }

  _dt_import_dialog_show_loading (self, detail);
  dt_import_extract_file_async (file, extractor, self->cancellable, on_extracted, g_object_ref (self));
}

void
dt_import_dialog_load_text (DtImportDialog *self,
                            const char     *text)
{
  g_autoptr(DtExtractor) extractor = NULL;
  g_autofree char *stripped = NULL;

  g_return_if_fail (DT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (text != NULL);

  start_loading (self);
  extractor = dt_extractor_new (self->catalog);
  g_clear_pointer (&self->source_name, g_free);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      show_error (self, _("Nothing to Import"), _("The text is empty."));
      return;
    }
  _dt_import_dialog_show_loading (self, _("Text from the clipboard"));
  dt_import_extract_text_async (text, extractor, self->cancellable, on_extracted, g_object_ref (self));
}

/* Accessors ------------------------------------------------------------------ */

const char *
dt_import_dialog_get_page (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
dt_import_dialog_get_error_message (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), NULL);

  return self->error_message;
}

GListModel *
dt_import_dialog_get_rows (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->rows);
}

DtImportFormat
dt_import_dialog_get_format (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), DT_IMPORT_FORMAT_UTF8);

  return self->format;
}

gboolean
dt_import_dialog_is_update (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), FALSE);

  return self->is_update;
}

gint64
dt_import_dialog_get_notice_id (DtImportDialog *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), 0);

  return self->notice_id;
}

const gint64 *
dt_import_dialog_get_created_units (DtImportDialog *self,
                                    guint          *n)
{
  g_return_val_if_fail (DT_IS_IMPORT_DIALOG (self), NULL);

  if (n != NULL)
    *n = self->created_units->len;
  return (const gint64 *) self->created_units->data;
}

/* Life ----------------------------------------------------------------------- */

static void
dt_import_dialog_closed (AdwDialog *dialog)
{
  DtImportDialog *self = DT_IMPORT_DIALOG (dialog);

  /* stop the reading: nothing is written */
  g_cancellable_cancel (self->cancellable);

  if (ADW_DIALOG_CLASS (dt_import_dialog_parent_class)->closed)
    ADW_DIALOG_CLASS (dt_import_dialog_parent_class)->closed (dialog);
}

static void
dt_import_dialog_dispose (GObject *object)
{
  DtImportDialog *self = DT_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->rows != NULL)
    disconnect_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (dt_import_dialog_parent_class)->dispose (object);
}

static void
dt_import_dialog_finalize (GObject *object)
{
  DtImportDialog *self = DT_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->catalog);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->extraction, dt_extraction_unref);
  g_clear_pointer (&self->created_units, g_array_unref);
  g_free (self->error_message);
  g_free (self->source_name);

  G_OBJECT_CLASS (dt_import_dialog_parent_class)->finalize (object);
}

static void
dt_import_dialog_class_init (DtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = dt_import_dialog_dispose;
  object_class->finalize = dt_import_dialog_finalize;
  dialog_class->closed = dt_import_dialog_closed;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 4, G_TYPE_INT64, G_TYPE_BOOLEAN, G_TYPE_UINT,
                                    G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/dt-import-dialog.ui");
  gtk_widget_class_set_css_name (widget_class, "dt-import-dialog");
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, update_banner);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, format_banner);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, notice_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, issue_date_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, meeting_date_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, issuing_body_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, signer_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, accept_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, ordinal_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, text_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, lead_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, coordinators_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, phrase_column);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, accept_selected_button);
  gtk_widget_class_bind_template_child (widget_class, DtImportDialog, accept_all_button);

  _dt_import_dialog_class_init_save (widget_class);
}

static void
set_factory (GtkColumnViewColumn *column,
             DtImportColumn       which)
{
  g_autoptr(GtkListItemFactory) factory = dt_import_cell_factory_new (which);

  gtk_column_view_column_set_factory (column, factory);
}

static void
dt_import_dialog_init (DtImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (DT_TYPE_IMPORT_ROW);
  self->created_units = g_array_new (FALSE, FALSE, sizeof (gint64));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  set_factory (self->accept_column, DT_IMPORT_COLUMN_ACCEPT);
  set_factory (self->ordinal_column, DT_IMPORT_COLUMN_ORDINAL);
  set_factory (self->text_column, DT_IMPORT_COLUMN_TEXT);
  set_factory (self->lead_column, DT_IMPORT_COLUMN_LEAD_UNIT);
  set_factory (self->coordinators_column, DT_IMPORT_COLUMN_COORDINATORS);
  set_factory (self->deadline_column, DT_IMPORT_COLUMN_DEADLINE);
  set_factory (self->phrase_column, DT_IMPORT_COLUMN_PHRASE);

  _dt_import_dialog_init_notice (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-all", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.accept-selected", FALSE);
}

DtImportDialog *
dt_import_dialog_new (DtStore *store)
{
  DtImportDialog *self;

  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  self = g_object_new (DT_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  return self;
}
