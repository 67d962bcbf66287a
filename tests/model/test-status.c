/* test-status.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-status.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtStatus
status (DtDate today,
        DtDate deadline,
        DtDate completed,
        gboolean cancelled)
{
  return dt_status_compute (NULL, today, deadline, deadline, completed, cancelled,
                            DT_RECURRENCE_NONE);
}

static void
test_edges (void)
{
  DtDate today = D (2024, 3, 15);

  /* due today: not overdue yet, due soon */
  g_assert_cmpint (status (today, today, 0, FALSE), ==, DT_STATUS_DUE_SOON);
  /* one day late */
  g_assert_cmpint (status (today, D (2024, 3, 14), 0, FALSE), ==, DT_STATUS_OVERDUE);
  /* completed on the deadline day is on time, one day after is late */
  g_assert_cmpint (status (today, D (2024, 3, 10), D (2024, 3, 10), FALSE), ==,
                   DT_STATUS_COMPLETED_ON_TIME);
  g_assert_cmpint (status (today, D (2024, 3, 10), D (2024, 3, 11), FALSE), ==,
                   DT_STATUS_COMPLETED_LATE);
  /* completed early while the deadline is still ahead */
  g_assert_cmpint (status (today, D (2024, 6, 1), D (2024, 3, 1), FALSE), ==,
                   DT_STATUS_COMPLETED_ON_TIME);
  /* no deadline */
  g_assert_cmpint (status (today, 0, 0, FALSE), ==, DT_STATUS_NO_DEADLINE);
  g_assert_cmpint (status (today, 0, D (2024, 3, 1), FALSE), ==, DT_STATUS_COMPLETED_ON_TIME);
  /* cancelled wins over everything */
  g_assert_cmpint (status (today, D (2024, 3, 1), 0, TRUE), ==, DT_STATUS_CANCELLED);
  g_assert_cmpint (status (today, D (2024, 3, 1), D (2024, 3, 5), TRUE), ==, DT_STATUS_CANCELLED);
  g_assert_cmpint (status (today, 0, 0, TRUE), ==, DT_STATUS_CANCELLED);
}

static void
test_due_soon_boundary (void)
{
  DtDate today = D (2024, 12, 28);
  DtStatusRule ten = { 10, DT_LATENESS_AGAINST_CURRENT };
  DtStatusRule zero = { 0, DT_LATENESS_AGAINST_CURRENT };

  /* within 7 days (across the year end): due soon; the 8th day: in progress */
  g_assert_cmpint (status (today, today + 7, 0, FALSE), ==, DT_STATUS_DUE_SOON);
  g_assert_cmpint (status (today, D (2025, 1, 4), 0, FALSE), ==, DT_STATUS_DUE_SOON);
  g_assert_cmpint (status (today, today + 8, 0, FALSE), ==, DT_STATUS_IN_PROGRESS);
  /* another window */
  g_assert_cmpint (dt_status_compute (&ten, today, today + 8, today + 8, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_DUE_SOON);
  g_assert_cmpint (dt_status_compute (&ten, today, today + 11, today + 11, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_IN_PROGRESS);
  g_assert_cmpint (dt_status_compute (&zero, today, today + 1, today + 1, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_IN_PROGRESS);
  g_assert_cmpint (dt_status_compute (&zero, today, today, today, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_DUE_SOON);
}

static void
test_extended (void)
{
  DtDate today = D (2024, 5, 20);
  DtDate original_deadline = D (2024, 4, 30);
  DtDate extended = D (2024, 6, 30);
  DtStatusRule current = { 7, DT_LATENESS_AGAINST_CURRENT };
  DtStatusRule original = { 7, DT_LATENESS_AGAINST_ORIGINAL };

  /* in progress: overdue against the original, fine against the extension */
  g_assert_cmpint (dt_status_compute (&current, today, extended, original_deadline, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_IN_PROGRESS);
  g_assert_cmpint (dt_status_compute (&original, today, extended, original_deadline, 0, FALSE,
                                      DT_RECURRENCE_NONE), ==, DT_STATUS_OVERDUE);
  /* completed between the two deadlines */
  g_assert_cmpint (dt_status_compute (&current, today, extended, original_deadline, D (2024, 5, 15), FALSE,
                                      DT_RECURRENCE_NONE), ==,
                   DT_STATUS_COMPLETED_ON_TIME);
  g_assert_cmpint (dt_status_compute (&original, today, extended, original_deadline, D (2024, 5, 15), FALSE,
                                      DT_RECURRENCE_NONE), ==,
                   DT_STATUS_COMPLETED_LATE);
}

/* A directive without a deadline is "no deadline" until the user marks it
 * recurring or ongoing (thường xuyên); then it is ongoing. */
static void
test_no_deadline (void)
{
  DtDate today = D (2024, 3, 15);
  g_autoptr(DtDirective) directive = dt_directive_new ();

  g_assert_cmpint (dt_status_compute (NULL, today, 0, 0, 0, FALSE, DT_RECURRENCE_NONE), ==,
                   DT_STATUS_NO_DEADLINE);
  g_assert_cmpint (dt_status_compute (NULL, today, 0, 0, 0, FALSE, DT_RECURRENCE_ONGOING), ==,
                   DT_STATUS_ONGOING);
  g_assert_cmpint (dt_status_compute (NULL, today, 0, 0, 0, FALSE, DT_RECURRENCE_MONTHLY), ==,
                   DT_STATUS_ONGOING);
  /* with a deadline, a recurring one is judged by it */
  g_assert_cmpint (dt_status_compute (NULL, today, today - 1, today - 1, 0, FALSE,
                                      DT_RECURRENCE_MONTHLY), ==, DT_STATUS_OVERDUE);
  /* completion and cancellation still decide */
  g_assert_cmpint (dt_status_compute (NULL, today, 0, 0, today, FALSE, DT_RECURRENCE_NONE), ==,
                   DT_STATUS_COMPLETED_ON_TIME);
  g_assert_cmpint (dt_status_compute (NULL, today, 0, 0, 0, TRUE, DT_RECURRENCE_NONE), ==,
                   DT_STATUS_CANCELLED);

  /* a new directive: no deadline, not ongoing */
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_NO_DEADLINE);
  dt_directive_set_recurrence (directive, DT_RECURRENCE_ONGOING, 0);
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_ONGOING);
  dt_directive_set_recurrence (directive, DT_RECURRENCE_NONE, 0);
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_NO_DEADLINE);
  g_assert_cmpstr (dt_status_to_id (DT_STATUS_NO_DEADLINE), ==, "no-deadline");
}

static void
test_strings (void)
{
  for (guint s = 0; s < DT_N_STATUSES; s++)
    {
      g_assert_cmpstr (dt_status_to_string (s), !=, "");
      g_assert_cmpint (dt_status_from_id (dt_status_to_id (s)), ==, s);
    }
  g_assert_cmpstr (dt_status_to_string (DT_STATUS_COMPLETED_ON_TIME), ==, "Completed on time");
  g_assert_cmpstr (dt_status_to_id (DT_STATUS_OVERDUE), ==, "overdue");
  g_assert_cmpint (dt_status_from_id ("nonsense"), ==, DT_N_STATUSES);
  g_assert_true (dt_status_is_completed (DT_STATUS_COMPLETED_LATE));
  g_assert_false (dt_status_is_completed (DT_STATUS_CANCELLED));
}

static void
test_directive_status_today (void)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();

  /* tests pin today with DT_TODAY */
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  dt_directive_set_deadline (directive, D (2024, 3, 15));
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_DUE_SOON);
  g_setenv ("DT_TODAY", "2024-03-16", TRUE);
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_OVERDUE);
  dt_directive_set_completed_date (directive, D (2024, 3, 15));
  g_assert_cmpint (dt_directive_get_status (directive), ==, DT_STATUS_COMPLETED_ON_TIME);
  g_unsetenv ("DT_TODAY");
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();
  guint n = 0;

  g_signal_connect (directive, "notify::text", G_CALLBACK (model_test_count_notify), &n);
  dt_directive_set_text (directive, "Báo cáo");
  dt_directive_set_text (directive, "Báo cáo");
  g_assert_cmpuint (n, ==, 1);
  dt_directive_set_text (directive, "Báo cáo kết quả");
  g_assert_cmpuint (n, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/status/edges", test_edges);
  g_test_add_func ("/status/due-soon-boundary", test_due_soon_boundary);
  g_test_add_func ("/status/extended", test_extended);
  g_test_add_func ("/status/no-deadline", test_no_deadline);
  g_test_add_func ("/status/strings", test_strings);
  g_test_add_func ("/status/directive-today", test_directive_status_today);
  g_test_add_func ("/status/notify-only-on-change", test_notify_only_on_change);

  return g_test_run ();
}
