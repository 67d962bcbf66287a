/* dt-report-period.c — the periods a report covers
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report.h"

void
dt_report_period_month (DtReportPeriod *period,
                        int             year,
                        int             month)
{
  g_return_if_fail (period != NULL);
  g_return_if_fail (month >= 1 && month <= 12);

  period->kind = DT_REPORT_PERIOD_MONTH;
  period->from = dt_date_new (year, month, 1);
  period->to = dt_date_end_of_month (year, month);
}

void
dt_report_period_quarter (DtReportPeriod *period,
                          int             year,
                          int             quarter)
{
  g_return_if_fail (period != NULL);
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  period->kind = DT_REPORT_PERIOD_QUARTER;
  period->from = dt_date_new (year, 3 * quarter - 2, 1);
  period->to = dt_date_end_of_month (year, 3 * quarter);
}

void
dt_report_period_half (DtReportPeriod *period,
                       int             year,
                       int             half)
{
  g_return_if_fail (period != NULL);
  g_return_if_fail (half == 1 || half == 2);

  period->kind = DT_REPORT_PERIOD_HALF;
  period->from = dt_date_new (year, half == 1 ? 1 : 7, 1);
  period->to = dt_date_end_of_month (year, half == 1 ? 6 : 12);
}

void
dt_report_period_year (DtReportPeriod *period,
                       int             year)
{
  g_return_if_fail (period != NULL);

  period->kind = DT_REPORT_PERIOD_YEAR;
  period->from = dt_date_new (year, 1, 1);
  period->to = dt_date_new (year, 12, 31);
}

gboolean
dt_report_period_range (DtReportPeriod *period,
                        DtDate          from,
                        DtDate          to)
{
  g_return_val_if_fail (period != NULL, FALSE);

  if (from == DT_DATE_NONE || to == DT_DATE_NONE || to < from)
    return FALSE;
  period->kind = DT_REPORT_PERIOD_RANGE;
  period->from = from;
  period->to = to;
  return TRUE;
}

static gboolean
parse_int (const char *text,
           gsize       len,
           int        *out)
{
  int v = 0;

  if (len == 0 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
dt_report_period_parse (DtReportPeriod *period,
                        const char     *text)
{
  const char *sep;
  int year, n;

  g_return_val_if_fail (period != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  text += strspn (text, " ");

  /* "02/2024" */
  if ((sep = strchr (text, '/')) != NULL)
    {
      if (!parse_int (text, sep - text, &n) || !parse_int (sep + 1, strlen (sep + 1), &year)
          || n < 1 || n > 12 || year < 1900)
        return FALSE;
      dt_report_period_month (period, year, n);
      return TRUE;
    }

  if (!parse_int (text, MIN (strlen (text), 4), &year) || year < 1900)
    return FALSE;
  text += 4;
  if (*text == '\0')
    {
      dt_report_period_year (period, year);
      return TRUE;
    }
  if (*text != '-')
    return FALSE;
  text++;
  if ((*text == 'Q' || *text == 'q') && parse_int (text + 1, strlen (text + 1), &n)
      && n >= 1 && n <= 4)
    {
      dt_report_period_quarter (period, year, n);
      return TRUE;
    }
  if ((*text == 'H' || *text == 'h') && parse_int (text + 1, strlen (text + 1), &n)
      && n >= 1 && n <= 2)
    {
      dt_report_period_half (period, year, n);
      return TRUE;
    }
  if (parse_int (text, strlen (text), &n) && n >= 1 && n <= 12)
    {
      dt_report_period_month (period, year, n);
      return TRUE;
    }
  return FALSE;
}

/* A period as English says it ("February 2024", "the first quarter of
 * 2024") and Vietnamese offices write it ("tháng 02/2024", "quý I năm
 * 2024"): one whole string each, for the translators */
static const char * const month_titles[] = {
  /* Translators: the period of a report, "tháng 01/2024" */
  NC_("report period", "January %04d"),
  /* Translators: the period of a report, "tháng 02/2024" */
  NC_("report period", "February %04d"),
  NC_("report period", "March %04d"),
  NC_("report period", "April %04d"),
  NC_("report period", "May %04d"),
  NC_("report period", "June %04d"),
  NC_("report period", "July %04d"),
  NC_("report period", "August %04d"),
  NC_("report period", "September %04d"),
  NC_("report period", "October %04d"),
  NC_("report period", "November %04d"),
  NC_("report period", "December %04d"),
};

static const char * const quarter_titles[] = {
  /* Translators: the period of a report, "quý I năm 2024" */
  NC_("report period", "the first quarter of %04d"),
  NC_("report period", "the second quarter of %04d"),
  NC_("report period", "the third quarter of %04d"),
  NC_("report period", "the fourth quarter of %04d"),
};

char *
dt_report_period_dup_title (const DtReportPeriod *period)
{
  int year, month, day;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (period != NULL, NULL);

  dt_date_get_ymd (period->from, &year, &month, &day);
  /* a period never set (from DT_DATE_NONE) names no month */
  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));
  switch (period->kind)
    {
    case DT_REPORT_PERIOD_MONTH:
      return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "report period", month_titles[month - 1]), year);
    case DT_REPORT_PERIOD_QUARTER:
      return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "report period", quarter_titles[(month - 1) / 3]),
                              year);
    case DT_REPORT_PERIOD_HALF:
      return month == 1
        /* Translators: the period of a report, "6 tháng đầu năm 2024" */
        ? g_strdup_printf (_("first six months of %04d"), year)
        /* Translators: the period of a report, "6 tháng cuối năm 2024" */
        : g_strdup_printf (_("last six months of %04d"), year);
    case DT_REPORT_PERIOD_YEAR:
      /* Translators: the period of a report, a year: "năm 2024" */
      return g_strdup_printf (C_("report period", "the year %04d"), year);
    case DT_REPORT_PERIOD_RANGE:
    default:
      from = dt_date_format (period->from);
      to = dt_date_format (period->to);
      /* Translators: the period of a report, "từ ngày 01/02/2024 đến ngày 15/03/2024" */
      return g_strdup_printf (_("from %s to %s"), from, to);
    }
}

const char *
dt_report_period_get_in_phrase (const DtReportPeriod *period)
{
  g_return_val_if_fail (period != NULL, "");

  switch (period->kind)
    {
    case DT_REPORT_PERIOD_MONTH:
      /* Translators: opens the report's narrative, "Trong tháng" */
      return _("In the month");
    case DT_REPORT_PERIOD_QUARTER:
      return _("In the quarter");
    case DT_REPORT_PERIOD_HALF:
      return _("In the six months");
    case DT_REPORT_PERIOD_YEAR:
      return _("In the year");
    case DT_REPORT_PERIOD_RANGE:
    default:
      return _("In the period");
    }
}
