/* dt-report-view-export.c — printing the report and exporting it as PDF,
 * .xlsx or .csv from the Report page
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-gui-util.h"
#include "dt-report-export.h"
#include "dt-report-print-operation.h"
#include "dt-report-view-private.h"
#include "dt-window.h"

/* Print and export --------------------------------------------------------- */

static void
get_document_settings (DtReportView             *self,
                       DtReportDocumentSettings *settings,
                       char                    **body,
                       char                    **title)
{
  *body = self->settings ? g_settings_get_string (self->settings, "report-issuing-body") : NULL;
  *title = self->settings ? g_settings_get_string (self->settings, "report-signer-title") : NULL;
  settings->issuing_body = *body;
  settings->signer_title = *title;
}

static void
on_print_done (DtReportView            *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, _("The printer reported an error"));
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Print the Report"), error);
    }
  g_idle_add_once ((GSourceOnceFunc) (void (*) (void)) g_object_unref, operation);
}

void
_dt_report_view_print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DtReportView *self = DT_REPORT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  DtReportDocumentSettings settings;
  DtReportPrintOperation *operation;
  DtReport *report = _dt_report_view_compute (self, &error);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (report == NULL)
    {
      dt_gui_show_error (widget, _("Cannot Print the Report"), error);
      return;
    }
  get_document_settings (self, &settings, &body, &title);
  operation = dt_report_print_operation_new (report, &settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    dt_gui_show_error (widget, _("Cannot Print the Report"), error);
}

static void
on_export_chosen (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DtReportView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autoptr(DtReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  DtReportDocumentSettings settings;
  DtReportFormat format;

  if (file == NULL)
    return;  /* cancelled */
  path = g_file_get_path (file);
  if (path == NULL || !dt_report_format_from_path (path, &format))
    {
      char *with = g_strconcat (path ? path : "report", ".pdf", NULL);

      g_free (path);
      path = with;
      format = DT_REPORT_FORMAT_PDF;
    }
  report = _dt_report_view_compute (self, &error);
  get_document_settings (self, &settings, &body, &title);
  if (report == NULL || !dt_report_export (report, &settings, format, path, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Export the Report"), error);
      return;
    }
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

    if (DT_IS_WINDOW (root))
      dt_window_add_toast (DT_WINDOW (root), _("Report exported"));
  }
}

void
_dt_report_view_export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DtReportView *self = DT_REPORT_VIEW (widget);
  const char *ext = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = NULL;
  g_autofree char *pattern = g_strdup_printf ("*.%s", ext);
  int y, m, d;

  dt_date_get_ymd (self->period.from, &y, &m, &d);
  /* Translators: the file name offered for an exported report, without its extension */
  name = g_strdup_printf ("%s-%04d-%02d.%s", _("report"), y, m, ext);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, g_str_equal (ext, "pdf") ? _("PDF document")
                                    : g_str_equal (ext, "xlsx") ? _("Spreadsheet (.xlsx)")
                                    : _("CSV file"));
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_title (dialog, _("Export Report"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        on_export_chosen, g_object_ref (self));
}

