/* dt-report-cli.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the report without a display: the store, the report's rule and
 * one of its three files.  The lateness rule comes with the status rule
 * the command line was given; the issuing body and the signer's title from
 * the application's settings when its schema is installed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-cli-util.h"
#include "dt-date.h"
#include "dt-report-cli.h"
#include "dt-report-export.h"
#include "dt-store.h"
#include "dt-text.h"

void
dt_report_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the report for the meeting to a PDF, XLSX or CSV file and exit "
         "(with --period, or --from and --to; --as-of, --notice, --unit)"), N_("FILE") },
    { "period", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The report's period: a month (2024-02), a quarter (2024-Q1), six months (2024-H1) "
         "or a year (2024); default: this month"), N_("PERIOD") },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
}

/* The application's settings, when its schema is there to read them */
static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "report-issuing-body"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

int
dt_report_cli_run (GVariantDict       *options,
                   const char         *database_path,
                   const DtStatusRule *rule)
{
  const char *out = NULL, *period_text = NULL, *from_text = NULL, *to_text = NULL;
  const char *as_of_text = NULL, *notice_number = NULL, *unit_name = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(DtCliStore) cli = { NULL };
  g_autoptr(DtReport) report = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *issuing_body = NULL;
  g_autofree char *signer_title = NULL;
  g_autofree char *display = NULL;
  DtReportDocumentSettings document = { NULL, NULL };
  DtReportOptions ropts;
  DtReportFormat format;
  DtDate from = DT_DATE_NONE, to = DT_DATE_NONE;
  gint64 unit_id = 0;
  int status;

  if (!g_variant_dict_lookup (options, "export-report", "^&ay", &out))
    return -1;

  g_variant_dict_lookup (options, "period", "&s", &period_text);
  g_variant_dict_lookup (options, "from", "&s", &from_text);
  g_variant_dict_lookup (options, "to", "&s", &to_text);
  g_variant_dict_lookup (options, "as-of", "&s", &as_of_text);
  g_variant_dict_lookup (options, "notice", "&s", &notice_number);
  g_variant_dict_lookup (options, "unit", "&s", &unit_name);

  if (!dt_report_format_from_path (out, &format))
    return dt_cli_bad_value (_("Cannot tell the format of “%s”: name it .pdf, .xlsx or .csv"), out);

  dt_report_options_init (&ropts);
  if (period_text && (from_text || to_text))
    return dt_cli_bad_value (_("Give either --period or --from and --to, not both"));
  if (period_text && !dt_report_period_parse (&ropts.period, period_text))
    return dt_cli_bad_value (_("Unknown period “%s”: write a month 2024-02, a quarter 2024-Q1, "
                               "six months 2024-H1 or a year 2024"), period_text);
  if ((status = dt_cli_read_date (from_text, &from)) != 0 ||
      (status = dt_cli_read_date (to_text, &to)) != 0)
    return status;
  if ((from_text != NULL) != (to_text != NULL))
    return dt_cli_bad_value (_("A report over two dates needs both --from and --to"));
  if (from_text && !dt_report_period_range (&ropts.period, from, to))
    return dt_cli_bad_value (_("The period must end after it starts (--from %s, --to %s)"), from_text, to_text);
  if ((status = dt_cli_read_date (as_of_text, &ropts.as_of)) != 0)
    return status;

  if ((status = dt_cli_store_open (&cli, database_path, notice_number, unit_name)) != 0)
    return status;

  if (cli.notice)
    ropts.notice_id = dt_notice_get_id (cli.notice);
  if (cli.unit)
    {
      unit_id = dt_unit_get_id (cli.unit);
      ropts.unit_ids = &unit_id;
      ropts.n_unit_ids = 1;
    }

  ropts.against_original = rule != NULL && rule->lateness == DT_LATENESS_AGAINST_ORIGINAL;
  settings = app_settings ();
  if (settings != NULL)
    {
      issuing_body = g_settings_get_string (settings, "report-issuing-body");
      signer_title = g_settings_get_string (settings, "report-signer-title");
      document.issuing_body = issuing_body;
      document.signer_title = signer_title;
    }

  report = dt_report_compute (cli.store, &ropts, &error);
  if (report == NULL)
    return dt_cli_failed (error->message);

  display = g_filename_display_name (cli.path);
  if (report->n_stored == 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The database “%s” holds no directives: import a notice first "
                           "(--import). Nothing was written."), display);

      return dt_cli_failed (message);
    }
  if (dt_report_is_empty (report))
    {
      g_autofree char *period = dt_report_period_dup_title (&report->period);
      g_autofree char *as_of = dt_date_format (report->as_of);
      g_autofree char *message =
        /* Translators: "Không có nhiệm vụ nào trong tháng 02/2024 (tính đến ngày 05/03/2024) …" */
        g_strdup_printf (_("No directive falls in %s (as of %s) with these filters: "
                           "nothing to report, nothing was written."), period, as_of);

      return dt_cli_failed (message);
    }

  if (!dt_report_export (report, &document, format, out, &error))
    return dt_cli_failed (error->message);

  {
    g_autofree char *out_display = g_filename_display_name (out);
    guint total = dt_report_row_get_total (&report->totals);
    g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u directive with a deadline",
                                                          "%u directives with a deadline", total), total);
    g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue",
                                                             "%u overdue",
                                                             report->totals.counts[DT_REPORT_OVERDUE]),
                                                report->totals.counts[DT_REPORT_OVERDUE]);

    /* Translators: after writing the report: "report.pdf: 13 directives with a deadline, 8 overdue" */
    g_print (_("%s: %s, %s\n"), out_display, what, overdue);
  }
  return 0;
}
