/* dt-report.h — the report for the meeting: results by unit for a period
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * THE RULE (one rule, used by the window, the printed document, the
 * spreadsheets and the command line; tests/report/test-report.c reads as
 * its specification):
 *
 * A report covers a period [from, to] (a month, a quarter, six months, a
 * year or two dates) and is made as of a reporting date A (default: today).
 * Only what was known on A counts: a directive completed after A is treated
 * as not completed (the report made on A could not have known it).
 *
 * Each directive is judged against its deadline L: the current one (the
 * newest extension's) or, when the setting lateness-against-original is on,
 * the one first set.  C is its completion date if C <= A, else none.
 *
 *  1. A cancelled directive (dừng thực hiện) is never counted; those that
 *     would have counted are listed apart.
 *  2. A directive with no deadline (thường xuyên / không thời hạn) counts in
 *     its own column when it was open during the period: assigned on or
 *     before `to` (or no assignment date), and not completed before `from`.
 *  3. A directive with a deadline counts when L falls in the period
 *     (from <= L <= to), or when L fell before the period and it was still
 *     open when the period began (not completed before `from`): carried over
 *     from an earlier period (kỳ trước chuyển sang), counted apart too.
 *  4. A counted directive with a deadline falls in exactly one of four
 *     categories, its status on A by the application's status rule
 *     (dt_status_compute(), due soon counting as in time):
 *       completed on time   (hoàn thành đúng hạn)       C <= L
 *       completed late      (hoàn thành quá hạn)        C > L
 *       pending, in time    (chưa hoàn thành trong hạn) no C, A <= L
 *       pending, overdue    (chưa hoàn thành quá hạn)   no C, A > L
 *     "Completed on the deadline" is on time; a deadline on the period's
 *     last day is in the period; days overdue are A - L.
 *  5. A directive counts for its lead unit (đơn vị chủ trì) only.
 *
 * Ratios are of the directives with a deadline counted (the four
 * categories): on time = on time / total, completed = (on time + late) /
 * total, overdue = (late + pending overdue) / total.
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

typedef enum
{
  DT_REPORT_PERIOD_MONTH,
  DT_REPORT_PERIOD_QUARTER,
  DT_REPORT_PERIOD_HALF,      /* six months */
  DT_REPORT_PERIOD_YEAR,
  DT_REPORT_PERIOD_RANGE,     /* two dates */
} DtReportPeriodKind;

typedef struct
{
  DtReportPeriodKind kind;
  DtDate             from;
  DtDate             to;
} DtReportPeriod;

void      dt_report_period_month   (DtReportPeriod *period,
                                    int             year,
                                    int             month);
void      dt_report_period_quarter (DtReportPeriod *period,
                                    int             year,
                                    int             quarter);   /* 1…4 */
void      dt_report_period_half    (DtReportPeriod *period,
                                    int             year,
                                    int             half);      /* 1, 2 */
void      dt_report_period_year    (DtReportPeriod *period,
                                    int             year);
gboolean  dt_report_period_range   (DtReportPeriod *period,
                                    DtDate          from,
                                    DtDate          to);        /* FALSE when to < from */
/* "2024-02", "02/2024", "2024-Q1", "2024-H2", "2024" */
gboolean  dt_report_period_parse   (DtReportPeriod *period,
                                    const char     *text);
/* For titles, translated: "tháng 02/2024", "quý I năm 2024", "6 tháng đầu
 * năm 2024", "năm 2024", "từ 01/02/2024 đến 15/03/2024" */
char     *dt_report_period_dup_title (const DtReportPeriod *period);
/* For the narrative: "Trong tháng", "Trong quý", "Trong kỳ" */
const char *dt_report_period_get_in_phrase (const DtReportPeriod *period);

typedef enum
{
  DT_REPORT_ON_TIME,          /* hoàn thành đúng hạn */
  DT_REPORT_LATE,             /* hoàn thành quá hạn */
  DT_REPORT_PENDING,          /* chưa hoàn thành trong hạn */
  DT_REPORT_OVERDUE,          /* chưa hoàn thành quá hạn */
  DT_REPORT_NO_DEADLINE,      /* thường xuyên / không thời hạn */
  DT_REPORT_CANCELLED,        /* not counted: listed apart */
  DT_REPORT_N_CATEGORIES
} DtReportCategory;
#define DT_REPORT_N_DUE 4       /* the four categories with a deadline */

const char *dt_report_category_to_string (DtReportCategory category); /* translated */
const char *dt_report_category_to_id     (DtReportCategory category); /* "on-time" */

/* The rule, as a pure function.  Returns FALSE when the directive does
 * not belong to the report (cancelled ones return TRUE with
 * DT_REPORT_CANCELLED when they would have counted). */
gboolean  dt_report_classify       (const DtReportPeriod *period,
                                    DtDate               as_of,
                                    DtDate               assigned,
                                    DtDate               deadline,          /* current */
                                    DtDate               original_deadline,
                                    DtDate               completed,
                                    gboolean             cancelled,
                                    gboolean             against_original,
                                    DtReportCategory    *category,
                                    gboolean            *carried_over);

typedef struct
{
  DtReportPeriod  period;
  DtDate          as_of;             /* DT_DATE_NONE: today */
  gint64          notice_id;         /* 0: every notice */
  const gint64   *unit_ids;          /* only these lead units; NULL: all */
  guint           n_unit_ids;
  gboolean        against_original;  /* the setting lateness-against-original */
} DtReportOptions;

void dt_report_options_init (DtReportOptions *options);

typedef struct
{
  gint64   unit_id;
  char    *unit_name;
  guint    counts[DT_REPORT_N_CATEGORIES];
  GArray  *ids[DT_REPORT_N_CATEGORIES];  /* of gint64: the directives counted */
} DtReportRow;

/* One directive of the appendix (overdue) or of the cancelled list */
typedef struct
{
  gint64   directive_id;
  char    *unit_name;
  char    *notice_number;
  char    *notice_reference;  /* the number, or without one the kind and date */
  char    *ordinal;
  char    *text;
  DtDate   deadline;          /* the one judged against */
  guint    days_overdue;
  DtDate   progress_date;     /* latest progress report on or before as-of */
  char    *progress_text;     /* NULL: none */
} DtReportEntry;

typedef struct
{
  DtReportPeriod  period;
  DtDate          as_of;
  gint64          notice_id;
  char           *notice_number;     /* NULL: every notice */
  gboolean        against_original;
  guint           n_stored;          /* directives in the store (any period) */
  GPtrArray      *rows;              /* of DtReportRow, by unit name */
  DtReportRow     totals;            /* unit_name NULL, ids NULL */
  guint           carried_over;      /* of the totals, due before the period */
  GPtrArray      *overdue;           /* of DtReportEntry: by unit, then deadline */
  GPtrArray      *cancelled;         /* of DtReportEntry */
} DtReport;

DtReport *dt_report_compute        (DtStore               *store,
                                    const DtReportOptions *options,
                                    GError               **error);
void      dt_report_free           (DtReport              *report);

guint     dt_report_row_get_total  (const DtReportRow *row);  /* the four with a deadline */
/* Percentages 0…100 of the totals (0 when there is nothing due) */
double    dt_report_get_on_time_ratio   (const DtReport *report);
double    dt_report_get_completed_ratio (const DtReport *report);
double    dt_report_get_overdue_ratio   (const DtReport *report);
/* At most max rows with pending overdue directives, most first (borrowed) */
GPtrArray *dt_report_dup_most_overdue   (const DtReport *report,
                                         guint           max);
/* Nothing at all to report: no directive counted and none cancelled */
gboolean  dt_report_is_empty       (const DtReport *report);
/* The paragraph the document opens with, translated */
char     *dt_report_dup_narrative  (const DtReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtReport, dt_report_free)

G_END_DECLS
