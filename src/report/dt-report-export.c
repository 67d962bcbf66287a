/* dt-report-export.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "dt-date.h"
#include "dt-file-util.h"
#include "dt-report-export.h"
#include "dt-report-private.h"

gboolean
dt_report_format_from_path (const char     *path,
                            DtReportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL || (dot = strrchr (path, '.')) == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = DT_REPORT_FORMAT_PDF;
  else if (g_ascii_strcasecmp (dot, ".xlsx") == 0)
    *format = DT_REPORT_FORMAT_XLSX;
  else if (g_ascii_strcasecmp (dot, ".csv") == 0)
    *format = DT_REPORT_FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is a file name, then the reason */
               _("Cannot write the report to “%s”: %s"), display, reason);
}

/* CSV */

typedef struct
{
  GString  *out;
  gboolean  line_start;
} Csv;

/* A field, after a comma unless it opens its line */
static void
csv_field (Csv        *csv,
           const char *text)
{
  GString *out = csv->out;

  if (!csv->line_start)
    g_string_append_c (out, ',');
  csv->line_start = FALSE;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
csv_number (Csv   *csv,
            guint  n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  csv_field (csv, text);
}

static void
csv_end (Csv *csv)
{
  g_string_append (csv->out, "\r\n");
  csv->line_start = TRUE;
}

/* The columns both spreadsheets share */
static const char *
unit_header (guint i)
{
  switch (i)
    {
    case 0: return _("No.");
    case 1: return _("Unit");
    case 2: return _("Total with a deadline");
    case 7: return dt_report_category_to_string (DT_REPORT_NO_DEADLINE);
    default: return dt_report_category_to_string (i - 3);
    }
}

#define N_UNIT_COLUMNS 8
#define N_APPENDIX_COLUMNS 9

static const char *
appendix_header (guint i)
{
  switch (i)
    {
    case 0: return _("No.");
    case 1: return _("Lead unit");
    /* Translators: a column of the spreadsheet: the notice's number */
    case 2: return _("Notice");
    /* Translators: a column of the spreadsheet: the directive's item number in its notice */
    case 3: return _("Item");
    case 4: return _("Directive");
    case 5: return _("Deadline");
    case 6: return _("Days overdue");
    /* Translators: a column of the spreadsheet: the date of the latest progress report */
    case 7: return _("Progress reported on");
    default: return _("Latest progress");
    }
}

static void
row_numbers (const DtReportRow *row,
             guint              numbers[6])
{
  numbers[0] = dt_report_row_get_total (row);
  for (guint c = 0; c < DT_REPORT_N_DUE; c++)
    numbers[1 + c] = row->counts[c];
  numbers[5] = row->counts[DT_REPORT_NO_DEADLINE];
}

static char *
report_title (const DtReport *report)
{
  g_autofree char *period = dt_report_period_dup_title (&report->period);
  g_autofree char *as_of = dt_date_format (report->as_of);

  /* Translators: the first line of the spreadsheets: "Kết quả thực hiện nhiệm vụ tháng 02/2024, số liệu tính đến ngày 05/03/2024" */
  return g_strdup_printf (_("Results of the directives, %s, as of %s"), period, as_of);
}

char *
dt_report_to_csv (const DtReport *report)
{
  /* the byte order mark, then the lines */
  Csv csv = { g_string_new ("\xEF\xBB\xBF"), TRUE };
  Csv *out = &csv;
  g_autofree char *title = NULL;
  guint numbers[6];

  g_return_val_if_fail (report != NULL, NULL);

  title = report_title (report);
  csv_field (out, title);
  csv_end (out);
  for (guint i = 0; i < N_UNIT_COLUMNS; i++)
    csv_field (out, unit_header (i));
  csv_end (out);
  for (guint r = 0; r < report->rows->len; r++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, r);

      csv_number (out, r + 1);
      csv_field (out, row->unit_name);
      row_numbers (row, numbers);
      for (guint i = 0; i < 6; i++)
        csv_number (out, numbers[i]);
      csv_end (out);
    }
  csv_field (out, "");
  csv_field (out, _("Total"));
  row_numbers (&report->totals, numbers);
  for (guint i = 0; i < 6; i++)
    csv_number (out, numbers[i]);
  csv_end (out);

  csv_end (out);
  csv_field (out, _("OVERDUE DIRECTIVES NOT COMPLETED"));
  csv_end (out);
  for (guint i = 0; i < N_APPENDIX_COLUMNS; i++)
    csv_field (out, appendix_header (i));
  csv_end (out);
  for (guint r = 0; r < report->overdue->len; r++)
    {
      const DtReportEntry *e = g_ptr_array_index (report->overdue, r);
      g_autofree char *deadline = dt_date_format (e->deadline);
      g_autofree char *progress_date = dt_date_format (e->progress_date);

      csv_number (out, r + 1);
      csv_field (out, e->unit_name);
      csv_field (out, e->notice_number);
      csv_field (out, e->ordinal);
      csv_field (out, e->text);
      csv_field (out, deadline);
      csv_number (out, e->days_overdue);
      csv_field (out, e->progress_text ? progress_date : "");
      csv_field (out, e->progress_text ? e->progress_text : "");
      csv_end (out);
    }
  return g_string_free (csv.out, FALSE);
}

/* XLSX */

/* A sheet's name: at most 31 characters, none of []:*?/\ */
static char *
sheet_name (const char *name)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = name; *p && n < 31; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, strchr ("[]:*?/\\", (int) c) && c < 128 ? '-' : c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
write_xlsx (const DtReport  *report,
            const char      *path,
            GError         **error)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *bold, *header, *cell, *number, *total, *total_number, *wrap, *date_cell;
  g_autofree char *title = report_title (report);
  g_autofree char *units_name = NULL;
  g_autofree char *appendix_name = NULL;
  lxw_error rc;
  guint numbers[6];
  guint r;

  if (workbook == NULL)
    {
      set_write_error (error, path, g_strerror (errno ? errno : EIO));
      return FALSE;
    }

  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  format_set_font_size (bold, 13);
  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_text_wrap (header);
  format_set_align (header, LXW_ALIGN_CENTER);
  format_set_align (header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (header, LXW_BORDER_THIN);
  format_set_bg_color (header, 0xE8E8E8);
  cell = workbook_add_format (workbook);
  format_set_border (cell, LXW_BORDER_THIN);
  format_set_align (cell, LXW_ALIGN_VERTICAL_TOP);
  wrap = workbook_add_format (workbook);
  format_set_border (wrap, LXW_BORDER_THIN);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
  date_cell = workbook_add_format (workbook);
  format_set_border (date_cell, LXW_BORDER_THIN);
  format_set_align (date_cell, LXW_ALIGN_CENTER);
  format_set_align (date_cell, LXW_ALIGN_VERTICAL_TOP);
  number = workbook_add_format (workbook);
  format_set_border (number, LXW_BORDER_THIN);
  format_set_align (number, LXW_ALIGN_CENTER);
  format_set_align (number, LXW_ALIGN_VERTICAL_TOP);
  total = workbook_add_format (workbook);
  format_set_border (total, LXW_BORDER_THIN);
  format_set_bold (total);
  total_number = workbook_add_format (workbook);
  format_set_border (total_number, LXW_BORDER_THIN);
  format_set_bold (total_number);
  format_set_align (total_number, LXW_ALIGN_CENTER);

  /* Translators: the name of the spreadsheet's first sheet (at most 31 characters) */
  units_name = sheet_name (_("By unit"));
  sheet = workbook_add_worksheet (workbook, units_name);
  worksheet_write_string (sheet, 0, 0, title, bold);
  worksheet_set_column (sheet, 0, 0, 5, NULL);
  worksheet_set_column (sheet, 1, 1, 42, NULL);
  worksheet_set_column (sheet, 2, 7, 14, NULL);
  worksheet_set_row (sheet, 2, 48, NULL);
  for (guint i = 0; i < N_UNIT_COLUMNS; i++)
    worksheet_write_string (sheet, 2, i, unit_header (i), header);
  for (r = 0; r < report->rows->len; r++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, r);

      worksheet_write_number (sheet, 3 + r, 0, r + 1, number);
      worksheet_write_string (sheet, 3 + r, 1, row->unit_name, cell);
      row_numbers (row, numbers);
      for (guint i = 0; i < 6; i++)
        worksheet_write_number (sheet, 3 + r, 2 + i, numbers[i], number);
    }
  worksheet_write_blank (sheet, 3 + r, 0, total);
  worksheet_write_string (sheet, 3 + r, 1, _("Total"), total);
  row_numbers (&report->totals, numbers);
  for (guint i = 0; i < 6; i++)
    worksheet_write_number (sheet, 3 + r, 2 + i, numbers[i], total_number);
  worksheet_freeze_panes (sheet, 3, 2);

  /* Translators: the name of the spreadsheet's second sheet (at most 31 characters) */
  appendix_name = sheet_name (_("Overdue"));
  sheet = workbook_add_worksheet (workbook, appendix_name);
  worksheet_write_string (sheet, 0, 0, _("OVERDUE DIRECTIVES NOT COMPLETED"), bold);
  worksheet_set_column (sheet, 0, 0, 5, NULL);
  worksheet_set_column (sheet, 1, 1, 30, NULL);
  worksheet_set_column (sheet, 2, 3, 12, NULL);
  worksheet_set_column (sheet, 4, 4, 60, NULL);
  worksheet_set_column (sheet, 5, 7, 12, NULL);
  worksheet_set_column (sheet, 8, 8, 40, NULL);
  worksheet_set_row (sheet, 2, 32, NULL);
  for (guint i = 0; i < N_APPENDIX_COLUMNS; i++)
    worksheet_write_string (sheet, 2, i, appendix_header (i), header);
  for (r = 0; r < report->overdue->len; r++)
    {
      const DtReportEntry *e = g_ptr_array_index (report->overdue, r);
      g_autofree char *deadline = dt_date_format (e->deadline);
      g_autofree char *progress_date = e->progress_text ? dt_date_format (e->progress_date) : g_strdup ("");

      worksheet_write_number (sheet, 3 + r, 0, r + 1, number);
      worksheet_write_string (sheet, 3 + r, 1, e->unit_name, wrap);
      worksheet_write_string (sheet, 3 + r, 2, e->notice_number, cell);
      worksheet_write_string (sheet, 3 + r, 3, e->ordinal, cell);
      worksheet_write_string (sheet, 3 + r, 4, e->text, wrap);
      worksheet_write_string (sheet, 3 + r, 5, deadline, date_cell);
      worksheet_write_number (sheet, 3 + r, 6, e->days_overdue, number);
      worksheet_write_string (sheet, 3 + r, 7, progress_date, date_cell);
      worksheet_write_string (sheet, 3 + r, 8, e->progress_text ? e->progress_text : "", wrap);
    }
  worksheet_freeze_panes (sheet, 3, 0);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR)
    {
      set_write_error (error, path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
dt_report_export (const DtReport                 *report,
                  const DtReportDocumentSettings *settings,
                  DtReportFormat                  format,
                  const char                     *path,
                  GError                        **error)
{
  g_autofree char *tmp = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) rename_error = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp = dt_file_create_temp_beside (path, &local_error);
  if (tmp == NULL)
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }

  switch (format)
    {
    case DT_REPORT_FORMAT_PDF:
      {
        g_autoptr(DtReportDocument) document =
          dt_report_document_new (report, settings, DT_REPORT_A4_WIDTH, DT_REPORT_A4_HEIGHT);

        ok = dt_report_document_write_pdf (document, tmp, &local_error);
        if (!ok)
          set_write_error (error, path, local_error->message);
      }
      break;
    case DT_REPORT_FORMAT_XLSX:
      ok = write_xlsx (report, tmp, error);
      break;
    case DT_REPORT_FORMAT_CSV:
    default:
      {
        g_autofree char *csv = dt_report_to_csv (report);

        ok = g_file_set_contents_full (tmp, csv, -1, G_FILE_SET_CONTENTS_NONE, 0666, &local_error);
        if (!ok)
          set_write_error (error, path, local_error->message);
      }
      break;
    }

  if (!dt_file_finish_temp (tmp, path, ok, &rename_error))
    {
      if (rename_error != NULL)
        set_write_error (error, path, rename_error->message);
      return FALSE;
    }
  return TRUE;
}
