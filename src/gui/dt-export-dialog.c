/* dt-export-dialog.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choices (format, scale, paper, type size, pages wide), then a file, then
 * dt_timeline_export_async () in a thread while the dialog shows it is
 * busy.  The paper choices are the print dialog's, kept in GSettings.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-export-dialog.h"
#include "dt-gui-util.h"

struct _DtExportDialog
{
  AdwDialog          parent_instance;

  GPtrArray         *items;
  DtTimelineOptions  options;
  char              *title;
  GSettings         *settings;
  GCancellable      *cancellable;
  gboolean           busy;

  /* template children */
  GtkButton         *cancel_button;
  GtkButton         *export_button;
  GtkStack          *export_stack;
  AdwPreferencesPage *page;
  AdwComboRow       *format_row;
  AdwComboRow       *scale_row;
  AdwEntryRow       *heading_row;
  AdwEntryRow       *subtitle_row;
  AdwPreferencesGroup *pages_group;
  AdwComboRow       *paper_row;
  AdwComboRow       *type_row;
  AdwComboRow       *orientation_row;
  AdwSwitchRow      *fit_row;
  AdwSpinRow        *pages_row;
};

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DtExportDialog, dt_export_dialog, ADW_TYPE_DIALOG)

static const char *
format_extension (DtTimelineFormat format)
{
  switch (format)
    {
    case DT_TIMELINE_FORMAT_SVG:
      return "svg";
    case DT_TIMELINE_FORMAT_PNG:
      return "png";
    case DT_TIMELINE_FORMAT_PDF:
    default:
      return "pdf";
    }
}

static void
on_format_changed (DtExportDialog *self)
{
  /* Paper only matters to the PDF: the pictures are the whole chart. */
  gtk_widget_set_visible (GTK_WIDGET (self->pages_group),
                          dt_export_dialog_get_format (self) == DT_TIMELINE_FORMAT_PDF);
}

static void
on_paper_changed (DtExportDialog *self)
{
  /* On A4 both choices are A4's type: only a larger sheet has one to make. */
  gtk_widget_set_visible (GTK_WIDGET (self->type_row),
                          adw_combo_row_get_selected (self->paper_row) == 1);
}

static void
set_busy (DtExportDialog *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_stack_set_visible_child_name (self->export_stack, busy ? "busy" : "button");
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  adw_dialog_set_can_close (ADW_DIALOG (self), TRUE);
}

static void
save_choices (DtExportDialog *self)
{
  /* no g_settings_delay(): the settings are the application's, shared */
  g_settings_set_string (self->settings, "print-paper",
                         adw_combo_row_get_selected (self->paper_row) == 1 ? "A3" : "A4");
  g_settings_set_string (self->settings, "print-type-size",
                         dt_timeline_type_size_to_id (adw_combo_row_get_selected (self->type_row) == 1
                                                      ? DT_TIMELINE_TYPE_NORMAL
                                                      : DT_TIMELINE_TYPE_LARGE));
  g_settings_set_string (self->settings, "print-orientation",
                         adw_combo_row_get_selected (self->orientation_row) == 1 ? "portrait" : "landscape");
  g_settings_set_boolean (self->settings, "print-fit-width", adw_switch_row_get_active (self->fit_row));
  g_settings_set_int (self->settings, "print-pages-wide", (int) adw_spin_row_get_value (self->pages_row));
  g_settings_apply (self->settings);
}

/* Export -------------------------------------------------------------------- */

typedef struct
{
  DtExportDialog *self;
  GFile          *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  DtExportDialog *self = data->self;
  g_autoptr(GError) error = NULL;

  if (!dt_timeline_export_finish (result, &error))
    {
      set_busy (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        dt_gui_show_error (GTK_WIDGET (self), _("Cannot Export the Timeline"), error);
      return;
    }

  set_busy (self, FALSE);
  save_choices (self);
  g_signal_emit (self, signals[EXPORTED], 0, data->file);
  adw_dialog_force_close (ADW_DIALOG (self));
}

void
dt_export_dialog_export_to_file (DtExportDialog *self,
                                 GFile          *file)
{
  DtTimelineOptions options;
  DtTimelinePageSetup setup;
  DtTimelineFormat format;
  g_autofree char *path = NULL;
  gboolean landscape;
  guint scale;
  ExportData *data;

  g_return_if_fail (DT_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("The timeline can only be exported to a local file"));

      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Export the Timeline"), error);
      return;
    }

  format = dt_export_dialog_get_format (self);
  options = self->options;
  scale = adw_combo_row_get_selected (self->scale_row);
  if (scale <= DT_TIMELINE_SCALE_YEAR && scale != options.scale)
    {
      options.scale = scale;
      options.px_per_day = 0;
    }
  if (format == DT_TIMELINE_FORMAT_PDF)
    {
      DtTimelineOptions print;

      /* Paper sizes, in points; the screen's zoom does not apply. */
      dt_timeline_options_init_print_from (&print, &options);
      options = print;
    }

  landscape = adw_combo_row_get_selected (self->orientation_row) != 1;
  dt_timeline_page_setup_init (&setup,
                               adw_combo_row_get_selected (self->paper_row) == 1
                               ? DT_TIMELINE_PAPER_A3 : DT_TIMELINE_PAPER_A4,
                               landscape);
  setup.pages_wide = adw_switch_row_get_active (self->fit_row)
                     ? (guint) adw_spin_row_get_value (self->pages_row) : 0;
  setup.type_size = adw_combo_row_get_selected (self->type_row) == 1
                    ? DT_TIMELINE_TYPE_NORMAL : DT_TIMELINE_TYPE_LARGE;
  setup.title = self->title;
  {
    g_autofree char *made = dt_timeline_pages_make_title (self->title);
    const char *heading = gtk_editable_get_text (GTK_EDITABLE (self->heading_row));

    /* the title as made stays made: it follows the notice and the language */
    if (g_strcmp0 (heading, made) != 0)
      setup.heading = heading;
    setup.subtitle = gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row));
  }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  dt_timeline_export_async (self->items, &options, &setup, format, path,
                            self->cancellable, on_export_done, data);
}

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DtExportDialog) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
          && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
        dt_gui_show_error (GTK_WIDGET (self), _("Cannot Export the Timeline"), error);
      return;
    }

  dt_export_dialog_export_to_file (self, file);
}

static void
on_export_clicked (DtExportDialog *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  DtTimelineFormat format = dt_export_dialog_get_format (self);
  const char *extension = format_extension (format);
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Translators: the file name an exported timeline is offered under */
  name = g_strdup_printf ("%s.%s", _("Timeline"), extension);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, format == DT_TIMELINE_FORMAT_PDF ? _("PDF documents")
                                    : format == DT_TIMELINE_FORMAT_SVG ? _("SVG pictures")
                                    : _("PNG images"));
  g_list_store_append (filters, filter);

  gtk_file_dialog_set_title (dialog, _("Export Timeline"));
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_save (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                        on_file_chosen, g_object_ref (self));
}

static void
on_cancel_clicked (DtExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  adw_dialog_force_close (ADW_DIALOG (self));
}

/* Public -------------------------------------------------------------------- */

DtExportDialog *
dt_export_dialog_new (GPtrArray               *items,
                      const DtTimelineOptions *options,
                      const char              *title,
                      GSettings               *settings)
{
  DtExportDialog *self;
  g_autofree char *paper = NULL;
  g_autofree char *orientation = NULL;
  g_autofree char *type_size_id = NULL;
  DtTimelineTypeSize type_size = DT_TIMELINE_TYPE_LARGE;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DT_TYPE_EXPORT_DIALOG, NULL);
  self->settings = g_object_ref (settings);
  paper = g_settings_get_string (settings, "print-paper");
  orientation = g_settings_get_string (settings, "print-orientation");
  adw_combo_row_set_selected (self->paper_row, g_ascii_strcasecmp (paper, "A3") == 0 ? 1 : 0);
  type_size_id = g_settings_get_string (settings, "print-type-size");
  dt_timeline_type_size_from_id (type_size_id, &type_size);
  adw_combo_row_set_selected (self->type_row, type_size == DT_TIMELINE_TYPE_NORMAL ? 1 : 0);
  adw_combo_row_set_selected (self->orientation_row, g_strcmp0 (orientation, "portrait") == 0 ? 1 : 0);
  adw_switch_row_set_active (self->fit_row, g_settings_get_boolean (settings, "print-fit-width"));
  adw_spin_row_set_value (self->pages_row, g_settings_get_int (settings, "print-pages-wide"));

  self->items = g_ptr_array_ref (items);
  self->options = *options;
  self->title = g_strdup (title);
  {
    g_autofree char *made = dt_timeline_pages_make_title (title);

    gtk_editable_set_text (GTK_EDITABLE (self->heading_row), made);
  }
  adw_combo_row_set_selected (self->scale_row, options->scale);
  return self;
}

void
dt_export_dialog_set_format (DtExportDialog   *self,
                             DtTimelineFormat  format)
{
  g_return_if_fail (DT_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, format);
}

DtTimelineFormat
dt_export_dialog_get_format (DtExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (DT_IS_EXPORT_DIALOG (self), DT_TIMELINE_FORMAT_PDF);

  selected = adw_combo_row_get_selected (self->format_row);
  return selected <= DT_TIMELINE_FORMAT_PNG ? selected : DT_TIMELINE_FORMAT_PDF;
}

/* GObject ------------------------------------------------------------------- */

static void
dt_export_dialog_closed (AdwDialog *dialog)
{
  DtExportDialog *self = DT_EXPORT_DIALOG (dialog);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (ADW_DIALOG_CLASS (dt_export_dialog_parent_class)->closed)
    ADW_DIALOG_CLASS (dt_export_dialog_parent_class)->closed (dialog);
}

static void
dt_export_dialog_dispose (GObject *object)
{
  DtExportDialog *self = DT_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (dt_export_dialog_parent_class)->dispose (object);
}

static void
dt_export_dialog_class_init (DtExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = dt_export_dialog_dispose;
  dialog_class->closed = dt_export_dialog_closed;

  /**
   * DtExportDialog::exported:
   * @file: the GFile written
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/chidao/Directives/ui/dt-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, export_stack);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, heading_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, fit_row);
  gtk_widget_class_bind_template_child (widget_class, DtExportDialog, pages_row);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
dt_export_dialog_init (DtExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_switch_row_set_active (self->fit_row, TRUE);

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (on_format_changed), self, G_CONNECT_SWAPPED);
  on_format_changed (self);
  g_signal_connect_object (self->paper_row, "notify::selected",
                           G_CALLBACK (on_paper_changed), self, G_CONNECT_SWAPPED);
  on_paper_changed (self);
  adw_dialog_set_default_widget (ADW_DIALOG (self), GTK_WIDGET (self->export_button));
}
