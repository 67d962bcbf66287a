/* dt-report-print-operation.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-report-print-operation.h"

struct _DtReportPrintOperation
{
  GtkPrintOperation  parent_instance;

  DtReport          *report;       /* owned */
  char              *issuing_body;
  char              *signer_title;
  DtReportDocument  *document;
};

G_DEFINE_FINAL_TYPE (DtReportPrintOperation, dt_report_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
dt_report_print_operation_begin_print (GtkPrintOperation *operation,
                                       GtkPrintContext   *context)
{
  DtReportPrintOperation *self = DT_REPORT_PRINT_OPERATION (operation);
  DtReportDocumentSettings settings = { self->issuing_body, self->signer_title };
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  g_clear_pointer (&self->document, dt_report_document_free);
  self->document = dt_report_document_new (self->report, &settings,
                                            gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                            gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  gtk_print_operation_set_n_pages (operation, (int) dt_report_document_get_n_pages (self->document));
}

static void
dt_report_print_operation_draw_page (GtkPrintOperation *operation,
                                     GtkPrintContext   *context,
                                     int                page_nr)
{
  DtReportPrintOperation *self = DT_REPORT_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->document != NULL && page_nr >= 0
      && (guint) page_nr < dt_report_document_get_n_pages (self->document))
    dt_report_document_draw_page (self->document, cr, (guint) page_nr);
}

static void
dt_report_print_operation_finalize (GObject *object)
{
  DtReportPrintOperation *self = DT_REPORT_PRINT_OPERATION (object);

  g_clear_pointer (&self->document, dt_report_document_free);
  g_clear_pointer (&self->report, dt_report_free);
  g_free (self->issuing_body);
  g_free (self->signer_title);
  G_OBJECT_CLASS (dt_report_print_operation_parent_class)->finalize (object);
}

static void
dt_report_print_operation_class_init (DtReportPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = dt_report_print_operation_finalize;
  print_class->begin_print = dt_report_print_operation_begin_print;
  print_class->draw_page = dt_report_print_operation_draw_page;
}

static void
dt_report_print_operation_init (DtReportPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  /* the document places its own margins, from the paper's corner */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

DtReportPrintOperation *
dt_report_print_operation_new (DtReport                       *report,
                               const DtReportDocumentSettings *settings)
{
  DtReportPrintOperation *self;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (DT_TYPE_REPORT_PRINT_OPERATION, NULL);
  self->report = report;
  if (settings != NULL)
    {
      self->issuing_body = g_strdup (settings->issuing_body);
      self->signer_title = g_strdup (settings->signer_title);
    }
  period = dt_report_period_dup_title (&report->period);
  /* Translators: the name of the print job */
  name = g_strdup_printf (_("Report on the directives, %s"), period);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), name);
  return self;
}
