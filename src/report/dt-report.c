/* dt-report.c — the rule of the report, its figures and its narrative
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rule is written out at the top of dt-report.h; dt_report_classify()
 * is that rule and nothing else.  The store is read in dt-report-query.c.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report.h"
#include "dt-report-private.h"
#include "dt-status.h"

/* A category is a status on the reporting date, and is named as the list
 * and the detail name that status (dt_status_to_string()); only the
 * directives without a deadline, standing duties and those whose deadline
 * is still to be set, are counted together under a name of their own. */
static const struct
{
  const char *id;
  DtStatus    status;
} categories[DT_REPORT_N_CATEGORIES] = {
  [DT_REPORT_ON_TIME] = { "on-time", DT_STATUS_COMPLETED_ON_TIME },
  [DT_REPORT_LATE] = { "late", DT_STATUS_COMPLETED_LATE },
  [DT_REPORT_PENDING] = { "pending", DT_STATUS_IN_PROGRESS },
  [DT_REPORT_OVERDUE] = { "overdue", DT_STATUS_OVERDUE },
  [DT_REPORT_NO_DEADLINE] = { "no-deadline", DT_N_STATUSES },
  [DT_REPORT_CANCELLED] = { "cancelled", DT_STATUS_CANCELLED },
};

const char *
dt_report_category_to_string (DtReportCategory category)
{
  g_return_val_if_fail (category < DT_REPORT_N_CATEGORIES, "");

  if (categories[category].status == DT_N_STATUSES)
    return _("Ongoing, no deadline");
  return dt_status_to_string (categories[category].status);
}

const char *
dt_report_category_to_id (DtReportCategory category)
{
  g_return_val_if_fail (category < DT_REPORT_N_CATEGORIES, "");

  return categories[category].id;
}

/* The category is the directive's status on the reporting date, by the
 * application's one status rule (dt_status_compute()): the report and the
 * list cannot judge a directive differently. */
static DtReportCategory
category_of_status (DtDate   as_of,
                    DtDate   deadline,
                    DtDate   original_deadline,
                    DtDate   done,
                    gboolean against_original)
{
  DtStatusRule rule = DT_STATUS_RULE_INIT;

  rule.lateness = against_original ? DT_LATENESS_AGAINST_ORIGINAL : DT_LATENESS_AGAINST_CURRENT;
  switch (dt_status_compute (&rule, as_of, deadline, original_deadline, done, FALSE,
                             DT_RECURRENCE_NONE))
    {
    case DT_STATUS_COMPLETED_ON_TIME:
      return DT_REPORT_ON_TIME;
    case DT_STATUS_COMPLETED_LATE:
      return DT_REPORT_LATE;
    case DT_STATUS_OVERDUE:
      return DT_REPORT_OVERDUE;
    case DT_STATUS_IN_PROGRESS:
    case DT_STATUS_DUE_SOON:
      return DT_REPORT_PENDING;
    default:
      /* no deadline at all: the caller has a limit, so this cannot be */
      g_return_val_if_reached (DT_REPORT_NO_DEADLINE);
    }
}

gboolean
dt_report_classify (const DtReportPeriod *period,
                    DtDate                as_of,
                    DtDate                assigned,
                    DtDate                deadline,
                    DtDate                original_deadline,
                    DtDate                completed,
                    gboolean              cancelled,
                    gboolean              against_original,
                    DtReportCategory     *category,
                    gboolean             *carried_over)
{
  DtDate limit, done;
  DtReportCategory cat;
  gboolean carried = FALSE;

  g_return_val_if_fail (period != NULL, FALSE);

  /* the deadline judged against */
  if (against_original && original_deadline != DT_DATE_NONE)
    limit = original_deadline;
  else
    limit = deadline != DT_DATE_NONE ? deadline : original_deadline;
  /* what was known on the reporting date */
  done = completed != DT_DATE_NONE && completed <= as_of ? completed : DT_DATE_NONE;

  if (limit == DT_DATE_NONE)
    {
      if (assigned != DT_DATE_NONE && assigned > period->to)
        return FALSE;
      if (done != DT_DATE_NONE && done < period->from)
        return FALSE;
      cat = DT_REPORT_NO_DEADLINE;
    }
  else
    {
      if (limit > period->to)
        return FALSE;
      if (limit < period->from)
        {
          if (done != DT_DATE_NONE && done < period->from)
            return FALSE;
          carried = TRUE;
        }
      cat = category_of_status (as_of, deadline, original_deadline, done, against_original);
    }

  if (cancelled)
    {
      cat = DT_REPORT_CANCELLED;
      carried = FALSE;
    }
  if (category != NULL)
    *category = cat;
  if (carried_over != NULL)
    *carried_over = carried;
  return TRUE;
}

void
dt_report_options_init (DtReportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  dt_report_period_month (&options->period, dt_date_get_year (dt_date_today ()),
                          dt_date_get_month (dt_date_today ()));
}

static void
row_clear (DtReportRow *row)
{
  g_clear_pointer (&row->unit_name, g_free);
  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    g_clear_pointer (&row->ids[i], g_array_unref);
}

void
dt_report_free (DtReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->notice_number, g_free);
  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_clear_pointer (&report->overdue, g_ptr_array_unref);
  g_clear_pointer (&report->cancelled, g_ptr_array_unref);
  row_clear (&report->totals);
  g_free (report);
}

/* for dt-report-query.c */
void
_dt_report_row_free (gpointer data)
{
  DtReportRow *row = data;

  row_clear (row);
  g_free (row);
}

void
_dt_report_entry_free (gpointer data)
{
  DtReportEntry *entry = data;

  g_free (entry->unit_name);
  g_free (entry->notice_number);
  g_free (entry->notice_reference);
  g_free (entry->ordinal);
  g_free (entry->text);
  g_free (entry->progress_text);
  g_free (entry);
}

guint
dt_report_row_get_total (const DtReportRow *row)
{
  g_return_val_if_fail (row != NULL, 0);

  return row->counts[DT_REPORT_ON_TIME] + row->counts[DT_REPORT_LATE]
         + row->counts[DT_REPORT_PENDING] + row->counts[DT_REPORT_OVERDUE];
}

static double
ratio (const DtReport *report,
       guint           part)
{
  guint total = dt_report_row_get_total (&report->totals);

  return total > 0 ? 100.0 * part / total : 0.0;
}

double
dt_report_get_on_time_ratio (const DtReport *report)
{
  g_return_val_if_fail (report != NULL, 0.0);

  return ratio (report, report->totals.counts[DT_REPORT_ON_TIME]);
}

double
dt_report_get_completed_ratio (const DtReport *report)
{
  g_return_val_if_fail (report != NULL, 0.0);

  return ratio (report, report->totals.counts[DT_REPORT_ON_TIME]
                        + report->totals.counts[DT_REPORT_LATE]);
}

double
dt_report_get_overdue_ratio (const DtReport *report)
{
  g_return_val_if_fail (report != NULL, 0.0);

  return ratio (report, report->totals.counts[DT_REPORT_LATE]
                        + report->totals.counts[DT_REPORT_OVERDUE]);
}

gboolean
dt_report_is_empty (const DtReport *report)
{
  g_return_val_if_fail (report != NULL, TRUE);

  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    if (report->totals.counts[i] > 0)
      return FALSE;
  return TRUE;
}

static int
compare_most_overdue (gconstpointer a,
                      gconstpointer b)
{
  const DtReportRow *ra = *(DtReportRow * const *) a;
  const DtReportRow *rb = *(DtReportRow * const *) b;

  if (ra->counts[DT_REPORT_OVERDUE] != rb->counts[DT_REPORT_OVERDUE])
    return ra->counts[DT_REPORT_OVERDUE] > rb->counts[DT_REPORT_OVERDUE] ? -1 : 1;
  return 0;  /* g_ptr_array_sort is stable: by name among equals */
}

GPtrArray *
dt_report_dup_most_overdue (const DtReport *report,
                            guint           max)
{
  GPtrArray *rows;

  g_return_val_if_fail (report != NULL, NULL);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < report->rows->len; i++)
    {
      DtReportRow *row = g_ptr_array_index (report->rows, i);

      if (row->counts[DT_REPORT_OVERDUE] > 0)
        g_ptr_array_add (rows, row);
    }
  g_ptr_array_sort (rows, compare_most_overdue);
  if (rows->len > max)
    g_ptr_array_set_size (rows, max);
  return rows;
}

/* "62,5" in Vietnamese, "62.5" in English */
char *
_dt_report_format_percent (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
  /* Translators: the decimal separator of percentages in the report */
  const char *separator = C_("decimal separator", ".");
  char *dot = strchr (text, '.');
  GString *out = g_string_new (NULL);

  if (dot != NULL && g_str_has_suffix (text, ".0"))
    *dot = '\0';
  else if (dot != NULL)
    {
      *dot = '\0';
      g_string_append (out, text);
      g_string_append (out, separator);
      g_string_append (out, dot + 1);
      return g_string_free (out, FALSE);
    }
  g_string_append (out, text);
  return g_string_free (out, FALSE);
}

char *
dt_report_dup_narrative (const DtReport *report)
{
  const guint *c;
  GString *text;
  guint total, completed;
  g_autofree char *completed_ratio = NULL;
  g_autofree char *overdue_ratio = NULL;
  g_autoptr(GPtrArray) most = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  c = report->totals.counts;
  total = dt_report_row_get_total (&report->totals);
  completed = c[DT_REPORT_ON_TIME] + c[DT_REPORT_LATE];
  completed_ratio = _dt_report_format_percent (dt_report_get_completed_ratio (report));
  overdue_ratio = _dt_report_format_percent (100.0 * (total ? (double) c[DT_REPORT_OVERDUE] / total : 0));
  text = g_string_new (NULL);

  /* Translators: "Trong tháng, các cơ quan, đơn vị được giao 25 nhiệm vụ có thời hạn" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%s, the agencies and units had %u directive with a deadline",
                                             "%s, the agencies and units had %u directives with a deadline",
                                             total),
                          dt_report_period_get_in_phrase (&report->period), total);
  if (report->carried_over > 0)
    /* Translators: continues the sentence above */
    g_string_append_printf (text, _(" (of which %u carried over from earlier periods)"),
                            report->carried_over);
  if (c[DT_REPORT_NO_DEADLINE] > 0)
    /* Translators: continues the sentence above */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               " and %u ongoing directive without a deadline",
                                               " and %u ongoing directives without a deadline",
                                               c[DT_REPORT_NO_DEADLINE]),
                            c[DT_REPORT_NO_DEADLINE]);
  /* Translators: "; đã hoàn thành 10 nhiệm vụ (đạt 40%), gồm 7 nhiệm vụ đúng hạn, 3 nhiệm vụ quá hạn" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "; %u was completed (%s%%): %u on time, %u late",
                                             "; %u were completed (%s%%): %u on time, %u late",
                                             completed),
                          completed, completed_ratio, c[DT_REPORT_ON_TIME], c[DT_REPORT_LATE]);
  /* Translators: "; 5 nhiệm vụ chưa hoàn thành, còn trong hạn" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "; %u is not completed and within the deadline",
                                             "; %u are not completed and within the deadline",
                                             c[DT_REPORT_PENDING]),
                          c[DT_REPORT_PENDING]);
  /* Translators: "; 10 nhiệm vụ chưa hoàn thành, đã quá hạn (chiếm 40%)." */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "; %u is not completed and overdue (%s%%).",
                                             "; %u are not completed and overdue (%s%%).",
                                             c[DT_REPORT_OVERDUE]),
                          c[DT_REPORT_OVERDUE], overdue_ratio);

  most = dt_report_dup_most_overdue (report, 3);
  if (most->len > 0)
    {
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < most->len; i++)
        {
          DtReportRow *row = g_ptr_array_index (most, i);

          if (i > 0)
            g_string_append (names, ", ");
          /* Translators: a unit and its overdue count, "Sở Y tế (3 nhiệm vụ)" */
          g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, "%s (%u directive)",
                                                      "%s (%u directives)",
                                                      row->counts[DT_REPORT_OVERDUE]),
                                  row->unit_name, row->counts[DT_REPORT_OVERDUE]);
        }
      g_string_append_c (text, ' ');
      /* Translators: "Các đơn vị có nhiều nhiệm vụ quá hạn: …" */
      g_string_append_printf (text, _("The units with the most overdue directives: %s."), names->str);
      g_string_free (names, TRUE);
    }
  if (report->cancelled->len > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u directive was cancelled and is not counted.",
                                                 "%u directives were cancelled and are not counted.",
                                                 report->cancelled->len),
                              report->cancelled->len);
    }
  return g_string_free (text, FALSE);
}
