/* test-report.c — which directives a report counts, and how: the rule's
 * specification (see dt-report.h), then the sample notice counted by hand
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dt-date.h"
#include "dt-report.h"
#include "report-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define NONE DT_DATE_NONE

static DtReportPeriod february;

/* classify in February 2024 with the current deadline; -1: not counted */
static int
judge (DtDate as_of,
       DtDate deadline,
       DtDate original,
       DtDate completed,
       gboolean cancelled,
       gboolean against_original,
       gboolean *carried)
{
  DtReportCategory category;
  gboolean carried_over = FALSE;

  if (!dt_report_classify (&february, as_of, D (2024, 1, 25), deadline, original, completed,
                           cancelled, against_original, &category, &carried_over))
    return -1;
  if (carried)
    *carried = carried_over;
  return category;
}

static void
test_rule_deadline_in_period (void)
{
  DtDate as_of = D (2024, 3, 5);

  /* on the period's first and last day: in it; a day outside: not */
  g_assert_cmpint (judge (as_of, D (2024, 2, 1), D (2024, 2, 1), NONE, FALSE, FALSE, NULL), ==, DT_REPORT_OVERDUE);
  g_assert_cmpint (judge (as_of, D (2024, 2, 29), D (2024, 2, 29), NONE, FALSE, FALSE, NULL), ==, DT_REPORT_OVERDUE);
  g_assert_cmpint (judge (as_of, D (2024, 3, 1), D (2024, 3, 1), NONE, FALSE, FALSE, NULL), ==, -1);
  /* completed early, due next month: it belongs to next month's report */
  g_assert_cmpint (judge (as_of, D (2024, 3, 1), D (2024, 3, 1), D (2024, 2, 10), FALSE, FALSE, NULL), ==, -1);
}

static void
test_rule_completion (void)
{
  DtDate as_of = D (2024, 3, 5);

  /* completed on the deadline is on time; a day after is late */
  g_assert_cmpint (judge (as_of, D (2024, 2, 29), NONE, D (2024, 2, 29), FALSE, FALSE, NULL), ==, DT_REPORT_ON_TIME);
  g_assert_cmpint (judge (as_of, D (2024, 2, 14), NONE, D (2024, 2, 15), FALSE, FALSE, NULL), ==, DT_REPORT_LATE);
  /* completed on the reporting date counts as completed */
  g_assert_cmpint (judge (as_of, D (2024, 2, 14), NONE, as_of, FALSE, FALSE, NULL), ==, DT_REPORT_LATE);
}

static void
test_rule_completed_after_as_of (void)
{
  /* completed after the reporting date: not known then, so not completed */
  g_assert_cmpint (judge (D (2024, 3, 5), D (2024, 2, 29), NONE, D (2024, 3, 10), FALSE, FALSE, NULL),
                   ==, DT_REPORT_OVERDUE);
  g_assert_cmpint (judge (D (2024, 2, 20), D (2024, 2, 29), NONE, D (2024, 2, 25), FALSE, FALSE, NULL),
                   ==, DT_REPORT_PENDING);
  /* within the deadline on the deadline day itself */
  g_assert_cmpint (judge (D (2024, 2, 29), D (2024, 2, 29), NONE, NONE, FALSE, FALSE, NULL),
                   ==, DT_REPORT_PENDING);
}

static void
test_rule_extension (void)
{
  DtDate as_of = D (2024, 3, 5);

  /* extended from 24/02 to 28/02, completed 27/02: on time against the
   * extension, late against the original */
  g_assert_cmpint (judge (as_of, D (2024, 2, 28), D (2024, 2, 24), D (2024, 2, 27), FALSE, FALSE, NULL),
                   ==, DT_REPORT_ON_TIME);
  g_assert_cmpint (judge (as_of, D (2024, 2, 28), D (2024, 2, 24), D (2024, 2, 27), FALSE, TRUE, NULL),
                   ==, DT_REPORT_LATE);
  /* extended out of the period: counted next month, unless judged
   * against the original */
  g_assert_cmpint (judge (as_of, D (2024, 3, 15), D (2024, 2, 29), NONE, FALSE, FALSE, NULL), ==, -1);
  g_assert_cmpint (judge (as_of, D (2024, 3, 15), D (2024, 2, 29), NONE, FALSE, TRUE, NULL),
                   ==, DT_REPORT_OVERDUE);
}

static void
test_rule_carried_over (void)
{
  DtDate as_of = D (2024, 3, 5);
  gboolean carried = FALSE;

  /* due in January, still open on 1 February: carried over */
  g_assert_cmpint (judge (as_of, D (2024, 1, 31), NONE, NONE, FALSE, FALSE, &carried), ==, DT_REPORT_OVERDUE);
  g_assert_true (carried);
  g_assert_cmpint (judge (as_of, D (2024, 1, 31), NONE, D (2024, 2, 5), FALSE, FALSE, &carried), ==, DT_REPORT_LATE);
  g_assert_true (carried);
  /* completed in January: January's */
  g_assert_cmpint (judge (as_of, D (2024, 1, 31), NONE, D (2024, 1, 30), FALSE, FALSE, NULL), ==, -1);
  g_assert_cmpint (judge (as_of, D (2024, 1, 31), NONE, D (2024, 1, 31), FALSE, FALSE, NULL), ==, -1);
  judge (as_of, D (2024, 2, 10), NONE, NONE, FALSE, FALSE, &carried);
  g_assert_false (carried);
}

static void
test_rule_cancelled (void)
{
  gboolean carried = TRUE;

  g_assert_cmpint (judge (D (2024, 3, 5), D (2024, 2, 14), NONE, NONE, TRUE, FALSE, &carried),
                   ==, DT_REPORT_CANCELLED);
  g_assert_false (carried);
  /* a cancelled directive of another period is not listed either */
  g_assert_cmpint (judge (D (2024, 3, 5), D (2024, 4, 14), NONE, NONE, TRUE, FALSE, NULL), ==, -1);
}

static void
test_rule_no_deadline (void)
{
  DtDate as_of = D (2024, 3, 5);
  DtReportCategory category;

  g_assert_cmpint (judge (as_of, NONE, NONE, NONE, FALSE, FALSE, NULL), ==, DT_REPORT_NO_DEADLINE);
  /* completed in the period: still its column; before: not counted */
  g_assert_cmpint (judge (as_of, NONE, NONE, D (2024, 2, 3), FALSE, FALSE, NULL), ==, DT_REPORT_NO_DEADLINE);
  g_assert_cmpint (judge (as_of, NONE, NONE, D (2024, 1, 28), FALSE, FALSE, NULL), ==, -1);
  /* assigned after the period */
  g_assert_false (dt_report_classify (&february, as_of, D (2024, 3, 2), NONE, NONE, NONE,
                                      FALSE, FALSE, &category, NULL));
}

static void
test_period (void)
{
  DtReportPeriod p;
  g_autofree char *title = NULL;

  g_assert_true (dt_report_period_parse (&p, "2024-02"));
  g_assert_cmpint (p.kind, ==, DT_REPORT_PERIOD_MONTH);
  g_assert_cmpuint (p.from, ==, D (2024, 2, 1));
  g_assert_cmpuint (p.to, ==, D (2024, 2, 29));
  g_assert_true (dt_report_period_parse (&p, "02/2024"));
  g_assert_cmpuint (p.to, ==, D (2024, 2, 29));
  g_assert_true (dt_report_period_parse (&p, "2024-Q1"));
  g_assert_cmpuint (p.from, ==, D (2024, 1, 1));
  g_assert_cmpuint (p.to, ==, D (2024, 3, 31));
  g_assert_true (dt_report_period_parse (&p, "2024-H2"));
  g_assert_cmpuint (p.from, ==, D (2024, 7, 1));
  g_assert_cmpuint (p.to, ==, D (2024, 12, 31));
  g_assert_true (dt_report_period_parse (&p, "2024"));
  g_assert_cmpint (p.kind, ==, DT_REPORT_PERIOD_YEAR);
  g_assert_false (dt_report_period_parse (&p, "2024-13"));
  g_assert_false (dt_report_period_parse (&p, "2024-Q5"));
  g_assert_false (dt_report_period_parse (&p, "feb"));
  g_assert_false (dt_report_period_parse (&p, ""));
  g_assert_false (dt_report_period_range (&p, D (2024, 3, 1), D (2024, 2, 1)));

  dt_report_period_month (&p, 2024, 2);
  title = dt_report_period_dup_title (&p);
  g_assert_cmpstr (title, ==, "February 2024");
  /* in English words, not "month 02/2024" and "quarter III of 2024" */
  g_free (title);
  g_assert_true (dt_report_period_parse (&p, "2024-Q3"));
  title = dt_report_period_dup_title (&p);
  g_assert_cmpstr (title, ==, "the third quarter of 2024");
}

/* The sample notice, as the fixture leaves it (report-fixtures.h) */

static DtStore *store;

static DtReport *
sample_report (const char *period,
               DtDate      as_of,
               gboolean    against_original)
{
  g_autoptr(GError) error = NULL;
  DtReportOptions options;
  DtReport *report;

  dt_report_options_init (&options);
  g_assert_true (dt_report_period_parse (&options.period, period));
  options.as_of = as_of;
  options.against_original = against_original;
  report = dt_report_compute (store, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const DtReportRow *
find_row (DtReport   *report,
          const char *unit)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      const DtReportRow *row = g_ptr_array_index (report->rows, i);

      if (g_str_equal (row->unit_name, unit))
        return row;
    }
  return NULL;
}

/* on time, late, pending, overdue, no deadline, cancelled */
static void
assert_row (DtReport   *report,
            const char *unit,
            guint       on_time,
            guint       late,
            guint       pending,
            guint       overdue,
            guint       no_deadline,
            guint       cancelled)
{
  const DtReportRow *row = find_row (report, unit);

  g_assert_nonnull (row);
  g_assert_cmpuint (row->counts[DT_REPORT_ON_TIME], ==, on_time);
  g_assert_cmpuint (row->counts[DT_REPORT_LATE], ==, late);
  g_assert_cmpuint (row->counts[DT_REPORT_PENDING], ==, pending);
  g_assert_cmpuint (row->counts[DT_REPORT_OVERDUE], ==, overdue);
  g_assert_cmpuint (row->counts[DT_REPORT_NO_DEADLINE], ==, no_deadline);
  g_assert_cmpuint (row->counts[DT_REPORT_CANCELLED], ==, cancelled);
  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    g_assert_cmpuint (row->ids[i]->len, ==, row->counts[i]);
}

/* February 2024 as of 05/03/2024, counted by hand from the gold reading:
 * due in February (current deadlines): B2 ×5 (29/02), B5 (extended to
 * 28/02), B8 (24/02), B24, B25, B26 (14/02), B31 (14/02, cancelled), B32
 * (24/02); B16 was extended to March.  Carried over from January: B17 of
 * Sở LĐ-TB&XH (open) and of Ban Dân tộc (completed 05/02); B17 of Sở
 * NN&PTNT was completed in January.  No deadline: the 38 rows without one,
 * less B30 completed 28/01. */
static void
test_sample_february (void)
{
  g_autoptr(DtReport) report = sample_report ("2024-02", D (2024, 3, 5), FALSE);
  const guint *t = report->totals.counts;
  g_autoptr(GPtrArray) most = NULL;
  const DtReportEntry *e;

  g_assert_cmpuint (report->n_stored, ==, 59);
  g_assert_cmpuint (t[DT_REPORT_ON_TIME], ==, 3);     /* B25 Y tế, B2 Tài chính, B5 NN&PTNT */
  g_assert_cmpuint (t[DT_REPORT_LATE], ==, 2);        /* B24 LĐ-TB&XH, B17 Dân tộc */
  g_assert_cmpuint (t[DT_REPORT_PENDING], ==, 0);     /* every February deadline has passed */
  g_assert_cmpuint (t[DT_REPORT_OVERDUE], ==, 8);     /* B2 ×4, B8, B17 LĐ, B26, B32 */
  g_assert_cmpuint (dt_report_row_get_total (&report->totals), ==, 13);
  g_assert_cmpuint (t[DT_REPORT_NO_DEADLINE], ==, 37);
  g_assert_cmpuint (t[DT_REPORT_CANCELLED], ==, 1);
  g_assert_cmpuint (report->carried_over, ==, 2);

  /* 3/13, 5/13, 10/13 */
  g_assert_cmpfloat_with_epsilon (dt_report_get_on_time_ratio (report), 300.0 / 13, 1e-9);
  g_assert_cmpfloat_with_epsilon (dt_report_get_completed_ratio (report), 500.0 / 13, 1e-9);
  g_assert_cmpfloat_with_epsilon (dt_report_get_overdue_ratio (report), 1000.0 / 13, 1e-9);

  assert_row (report, "Sở Công Thương", 0, 0, 0, 2, 3, 0);
  assert_row (report, "Sở Kế hoạch và Đầu tư", 0, 0, 0, 1, 1, 0);
  assert_row (report, "Sở Tài chính", 1, 0, 0, 0, 2, 0);
  assert_row (report, "Sở Nông nghiệp và Phát triển nông thôn", 1, 0, 0, 1, 4, 0);
  assert_row (report, "Sở Du lịch", 0, 0, 0, 1, 1, 0);
  assert_row (report, "Sở Lao động - Thương binh và Xã hội", 0, 1, 0, 1, 2, 0);
  assert_row (report, "Ban Dân tộc tỉnh", 0, 1, 0, 0, 0, 0);
  assert_row (report, "Sở Y tế", 1, 0, 0, 0, 2, 0);
  assert_row (report, "Sở Thông tin và Truyền thông", 0, 0, 0, 1, 1, 0);
  assert_row (report, "Công an tỉnh", 0, 0, 0, 0, 1, 1);
  assert_row (report, "Bộ Chỉ huy Quân sự tỉnh", 0, 0, 0, 1, 1, 0);
  assert_row (report, "Văn phòng Ủy ban nhân dân tỉnh", 0, 0, 0, 0, 1, 0);  /* B1; B30 done in January */
  /* units with only no-deadline directives have rows too: all 23 of the notice */
  g_assert_cmpuint (report->rows->len, ==, 23);
  /* by name */
  g_assert_cmpstr (((DtReportRow *) g_ptr_array_index (report->rows, 0))->unit_name, ==, "Ban Dân tộc tỉnh");

  most = dt_report_dup_most_overdue (report, 3);
  g_assert_cmpuint (most->len, ==, 3);
  g_assert_cmpstr (((DtReportRow *) g_ptr_array_index (most, 0))->unit_name, ==, "Sở Công Thương");
  g_assert_cmpstr (((DtReportRow *) g_ptr_array_index (most, 1))->unit_name, ==, "Bộ Chỉ huy Quân sự tỉnh");
  g_assert_cmpstr (((DtReportRow *) g_ptr_array_index (most, 2))->unit_name, ==, "Sở Du lịch");

  /* the appendix: the 8 overdue, by unit then deadline */
  g_assert_cmpuint (report->overdue->len, ==, 8);
  e = g_ptr_array_index (report->overdue, 0);
  g_assert_cmpstr (e->unit_name, ==, "Bộ Chỉ huy Quân sự tỉnh");
  g_assert_cmpuint (e->days_overdue, ==, 10);               /* 24/02 → 05/03 */
  g_assert_cmpstr (e->notice_number, ==, FIXTURE_NOTICE_NUMBER);
  g_assert_cmpstr (e->ordinal, ==, "B32");
  e = g_ptr_array_index (report->overdue, 1);
  g_assert_cmpstr (e->unit_name, ==, "Sở Công Thương");
  g_assert_cmpstr (e->ordinal, ==, "B8");                   /* 24/02 before 29/02 */
  g_assert_cmpuint (e->days_overdue, ==, 10);
  /* the progress report of 20/02; the one of 08/03 came after the reporting date */
  g_assert_cmpuint (e->progress_date, ==, D (2024, 2, 20));
  g_assert_cmpstr (e->progress_text, ==, "Đã làm việc với các doanh nghiệp, đang tổng hợp");
  e = g_ptr_array_index (report->overdue, 2);
  g_assert_cmpstr (e->ordinal, ==, "B2");
  g_assert_cmpuint (e->days_overdue, ==, 5);
  g_assert_null (e->progress_text);
  for (guint i = 0; i < report->overdue->len; i++)
    {
      e = g_ptr_array_index (report->overdue, i);
      if (g_str_equal (e->ordinal, "B17"))
        {
          g_assert_cmpstr (e->unit_name, ==, "Sở Lao động - Thương binh và Xã hội");
          g_assert_cmpuint (e->days_overdue, ==, 34);       /* 31/01 → 05/03 */
        }
    }

  g_assert_cmpuint (report->cancelled->len, ==, 1);
  e = g_ptr_array_index (report->cancelled, 0);
  g_assert_cmpstr (e->ordinal, ==, "B31");
  g_assert_cmpstr (e->unit_name, ==, "Công an tỉnh");
}

/* The same, judged against the original deadlines: B16 (29/02, extended to
 * 15/03) is back and overdue; B5 (24/02, completed 27/02) is late. */
static void
test_sample_february_original (void)
{
  g_autoptr(DtReport) report = sample_report ("2024-02", D (2024, 3, 5), TRUE);
  const guint *t = report->totals.counts;

  g_assert_cmpuint (t[DT_REPORT_ON_TIME], ==, 2);
  g_assert_cmpuint (t[DT_REPORT_LATE], ==, 3);
  g_assert_cmpuint (t[DT_REPORT_PENDING], ==, 0);
  g_assert_cmpuint (t[DT_REPORT_OVERDUE], ==, 9);
  assert_row (report, "Sở Kế hoạch và Đầu tư", 0, 0, 0, 2, 1, 0);
  assert_row (report, "Sở Nông nghiệp và Phát triển nông thôn", 0, 1, 0, 1, 4, 0);
  g_assert_cmpuint (report->overdue->len, ==, 9);
}

/* The first quarter as of 05/03/2024: March's deadlines are still open.
 * Added to February: B17 of Sở NN&PTNT (on time, 30/01 ≤ 31/01), no
 * longer carried over; A20 Sở Nội vụ, B9, B10, B19 (31/03) and B16
 * (extended to 15/03) pending; B12 (31/03, completed 10/02) on time; B30
 * (no deadline, completed 28/01) in its column. */
static void
test_sample_quarter (void)
{
  g_autoptr(DtReport) report = sample_report ("2024-Q1", D (2024, 3, 5), FALSE);
  const guint *t = report->totals.counts;
  g_autofree char *narrative = NULL;

  g_assert_cmpuint (t[DT_REPORT_ON_TIME], ==, 5);
  g_assert_cmpuint (t[DT_REPORT_LATE], ==, 2);
  g_assert_cmpuint (t[DT_REPORT_PENDING], ==, 5);
  g_assert_cmpuint (t[DT_REPORT_OVERDUE], ==, 8);
  g_assert_cmpuint (t[DT_REPORT_NO_DEADLINE], ==, 38);
  g_assert_cmpuint (report->carried_over, ==, 0);
  assert_row (report, "Sở Kế hoạch và Đầu tư", 0, 0, 4, 1, 1, 0);
  assert_row (report, "Sở Nội vụ", 0, 0, 1, 0, 3, 0);
  assert_row (report, "Văn phòng Ủy ban nhân dân tỉnh", 1, 0, 0, 0, 2, 0);

  narrative = dt_report_dup_narrative (report);
  g_assert_nonnull (strstr (narrative, "In the quarter, the agencies and units had 20 directives with a deadline"));
  g_assert_nonnull (strstr (narrative, "7 were completed (35%): 5 on time, 2 late"));
  g_assert_nonnull (strstr (narrative, "5 are not completed and within the deadline; 8 are not completed and overdue (40%)"));
  g_assert_nonnull (strstr (narrative, "Sở Công Thương (2 directives)"));
}

static void
test_sample_filters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) unit = dt_store_find_unit (store, "Sở Công Thương");
  g_autoptr(DtReport) report = NULL;
  g_autoptr(DtReport) other = NULL;
  g_autoptr(GListModel) notices = dt_store_list_notices (store, NULL);
  g_autoptr(DtNotice) notice = g_list_model_get_item (notices, 0);
  gint64 unit_id = dt_unit_get_id (unit);
  DtReportOptions options;

  dt_report_options_init (&options);
  dt_report_period_month (&options.period, 2024, 2);
  options.as_of = D (2024, 3, 5);
  options.unit_ids = &unit_id;
  options.n_unit_ids = 1;
  options.notice_id = dt_notice_get_id (notice);
  report = dt_report_compute (store, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, 1);
  g_assert_cmpuint (report->totals.counts[DT_REPORT_OVERDUE], ==, 2);
  g_assert_cmpuint (report->overdue->len, ==, 2);
  g_assert_cmpstr (report->notice_number, ==, FIXTURE_NOTICE_NUMBER);

  /* a period with nothing */
  other = sample_report ("2023-06", D (2024, 3, 5), FALSE);
  g_assert_true (dt_report_is_empty (other));
  g_assert_cmpuint (other->rows->len, ==, 0);
  g_assert_cmpuint (other->n_stored, ==, 59);
}

/* One directive reads as one in English: "1 was completed", "1 is not
 * completed and overdue", "1 ongoing directive" (the narrative said "1
 * were completed", "1 are not completed") */
static DtReport *
unit_february (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) unit = dt_store_find_unit (store, name);
  gint64 unit_id = dt_unit_get_id (unit);
  DtReportOptions options;
  DtReport *report;

  dt_report_options_init (&options);
  dt_report_period_month (&options.period, 2024, 2);
  options.as_of = D (2024, 3, 5);
  options.unit_ids = &unit_id;
  options.n_unit_ids = 1;
  report = dt_report_compute (store, &options, &error);
  g_assert_no_error (error);
  return report;
}

static void
test_narrative_singular (void)
{
  g_autoptr(DtReport) labour = unit_february ("Sở Lao động - Thương binh và Xã hội");
  g_autoptr(DtReport) tourism = unit_february ("Sở Du lịch");
  g_autofree char *one_each = dt_report_dup_narrative (labour);
  g_autofree char *one_ongoing = dt_report_dup_narrative (tourism);

  g_assert_nonnull (strstr (one_each, "; 1 was completed (50%): 0 on time, 1 late; "
                                      "0 are not completed and within the deadline; "
                                      "1 is not completed and overdue (50%)."));
  g_assert_nonnull (strstr (one_ongoing, "had 1 directive with a deadline "
                                         "and 1 ongoing directive without a deadline;"));
}

static void
test_empty_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) empty = dt_store_open (":memory:", &error);
  g_autoptr(DtReport) report = NULL;
  DtReportOptions options;

  g_assert_no_error (error);
  dt_report_options_init (&options);
  report = dt_report_compute (empty, &options, &error);
  g_assert_no_error (error);
  g_assert_true (dt_report_is_empty (report));
  g_assert_cmpuint (report->n_stored, ==, 0);
}

/* A directive addressed to a collective ("Các sở, ngành") has no lead unit:
 * it counts in the totals and in a row of its own after the units, and its
 * appendix entry says so; with a unit filter it is left out.  The
 * appendix's texts start with a capital (they were printed as cut, in
 * lower case). */
static void
test_no_lead_unit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) own = dt_store_open (":memory:", &error);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Y tế");
  g_autoptr(DtReport) report = NULL;
  g_autoptr(DtReport) filtered = NULL;
  const DtReportRow *row;
  const DtReportEntry *entry;
  DtReportOptions options;
  DtDirective *d;
  gint64 unit_id;

  g_assert_no_error (error);
  g_assert_true (dt_store_save_unit (own, unit, &error));
  g_assert_no_error (error);
  unit_id = dt_unit_get_id (unit);
  dt_notice_set_number (notice, "/TB-UBND");   /* a draft's blank number */
  dt_notice_set_issue_date (notice, D (2024, 1, 31));

  d = dt_directive_new ();
  /* cut from mid-sentence */
  dt_directive_set_text (d, "kiểm tra an toàn thực phẩm");
  dt_directive_set_lead_unit_id (d, unit_id);
  dt_directive_set_assigned_date (d, D (2024, 1, 25));
  dt_directive_set_deadline (d, D (2024, 2, 10));
  g_ptr_array_add (directives, d);
  d = dt_directive_new ();
  dt_directive_set_text (d, "Rà soát thủ tục hành chính");
  dt_directive_set_addressee (d, "Các sở, ngành");
  dt_directive_set_assigned_date (d, D (2024, 1, 25));
  dt_directive_set_deadline (d, D (2024, 2, 15));
  g_ptr_array_add (directives, d);
  g_assert_true (dt_store_save_notice_with_directives (own, notice, directives, &error));
  g_assert_no_error (error);

  dt_report_options_init (&options);
  options.period = february;
  options.as_of = D (2024, 3, 5);
  report = dt_report_compute (own, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->totals.counts[DT_REPORT_OVERDUE], ==, 2);
  g_assert_cmpuint (report->rows->len, ==, 2);
  row = g_ptr_array_index (report->rows, 0);
  g_assert_cmpint (row->unit_id, ==, unit_id);
  g_assert_cmpuint (row->counts[DT_REPORT_OVERDUE], ==, 1);
  row = g_ptr_array_index (report->rows, 1);
  g_assert_cmpint (row->unit_id, ==, 0);
  g_assert_cmpuint (row->counts[DT_REPORT_OVERDUE], ==, 1);
  g_assert_cmpuint (report->overdue->len, ==, 2);
  /* the appendix shows a text with a capital, as the list does */
  entry = g_ptr_array_index (report->overdue, 0);
  g_assert_cmpstr (entry->text, ==, "Kiểm tra an toàn thực phẩm");
  entry = g_ptr_array_index (report->overdue, 1);
  g_assert_cmpstr (entry->text, ==, "Rà soát thủ tục hành chính");
  g_assert_cmpstr (entry->unit_name, ==, row->unit_name);
  g_assert_cmpstr (entry->unit_name, !=, "");
  /* a blank number is no number: the appendix says nothing rather than "/TB-UBND" */
  g_assert_cmpstr (entry->notice_number, ==, "");

  options.unit_ids = &unit_id;
  options.n_unit_ids = 1;
  filtered = dt_report_compute (own, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (filtered->totals.counts[DT_REPORT_OVERDUE], ==, 1);
  g_assert_cmpuint (filtered->rows->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  dt_report_period_month (&february, 2024, 2);
  store = report_fixture_sample (":memory:");

  g_test_add_func ("/report/rule/deadline-in-period", test_rule_deadline_in_period);
  g_test_add_func ("/report/rule/completion", test_rule_completion);
  g_test_add_func ("/report/rule/completed-after-as-of", test_rule_completed_after_as_of);
  g_test_add_func ("/report/rule/extension", test_rule_extension);
  g_test_add_func ("/report/rule/carried-over", test_rule_carried_over);
  g_test_add_func ("/report/rule/cancelled", test_rule_cancelled);
  g_test_add_func ("/report/rule/no-deadline", test_rule_no_deadline);
  g_test_add_func ("/report/period", test_period);
  g_test_add_func ("/report/sample/february", test_sample_february);
  g_test_add_func ("/report/sample/february-original", test_sample_february_original);
  g_test_add_func ("/report/sample/quarter", test_sample_quarter);
  g_test_add_func ("/report/sample/filters", test_sample_filters);
  g_test_add_func ("/report/empty-store", test_empty_store);
  g_test_add_func ("/report/narrative-singular", test_narrative_singular);
  g_test_add_func ("/report/no-lead-unit", test_no_lead_unit);

  status = g_test_run ();
  g_clear_object (&store);
  return status;
}
