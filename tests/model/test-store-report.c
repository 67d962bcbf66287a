/* test-store-report.c — the store's reads for the meeting's report
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-store.h"
#include "dt-store-report.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)

static void
add_report (DtStore    *store,
            gint64      directive_id,
            DtDate      date,
            const char *text)
{
  g_autoptr(DtProgressReport) report = dt_progress_report_new (directive_id, date, text, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (dt_store_save_report (store, report, &error));
  g_assert_no_error (error);
}

/* Units by name, whatever order they were added in. */
static void
test_unit_names (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) b = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtUnit) a = model_test_add_unit (store, "Sở Công Thương");
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  DtReportUnitName *unit;

  names = dt_store_list_unit_names (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, 2);
  unit = g_ptr_array_index (names, 0);
  g_assert_cmpint (unit->id, ==, dt_unit_get_id (a));
  g_assert_cmpstr (unit->name, ==, "Sở Công Thương");
  unit = g_ptr_array_index (names, 1);
  g_assert_cmpint (unit->id, ==, dt_unit_get_id (b));
  g_assert_cmpint (dt_store_count_directives (store, &error), ==, 0);
  g_assert_no_error (error);
}

/* The store leaves out only what cannot count: a directive due after the
 * period, and one completed and due before it. */
static void
test_candidates (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "12/TB-UBND", D (2024, 1, 5));
  gint64 n = dt_notice_get_id (notice), u = dt_unit_get_id (unit);
  g_autoptr(DtDirective) in_period = model_test_add_directive (store, n, u, "1", "Trong kỳ",
                                                               D (2024, 2, 10));
  g_autoptr(DtDirective) later = model_test_add_directive (store, n, u, "2", "Sau kỳ",
                                                           D (2024, 4, 10));
  g_autoptr(DtDirective) done_before = model_test_add_directive (store, n, u, "3", "Xong trước",
                                                                 D (2024, 1, 10));
  g_autoptr(DtDirective) no_deadline = model_test_add_directive (store, n, u, "4", "Không hạn",
                                                                 DT_DATE_NONE);
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen[4] = { FALSE, };

  dt_directive_set_completed_date (done_before, D (2024, 1, 8));
  g_assert_true (dt_store_save_directive (store, done_before, &error));
  g_assert_no_error (error);

  candidates = dt_store_list_report_candidates (store, 0, D (2024, 2, 1), D (2024, 2, 29),
                                                D (2024, 3, 5), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < candidates->len; i++)
    {
      const DtReportCandidate *c = &g_array_index (candidates, DtReportCandidate, i);

      g_assert_cmpint (c->lead_unit_id, ==, u);
      if (c->id == dt_directive_get_id (in_period))
        {
          g_assert_cmpint (c->deadline, ==, D (2024, 2, 10));
          g_assert_cmpint (c->original_deadline, ==, D (2024, 2, 10));
          g_assert_false (c->cancelled);
          seen[0] = TRUE;
        }
      else if (c->id == dt_directive_get_id (no_deadline))
        seen[3] = TRUE;
      else if (c->id == dt_directive_get_id (later))
        seen[1] = TRUE;
      else if (c->id == dt_directive_get_id (done_before))
        seen[2] = TRUE;
    }
  g_assert_true (seen[0]);
  g_assert_false (seen[1]);
  g_assert_false (seen[2]);
  g_assert_true (seen[3]);
  g_assert_cmpuint (candidates->len, ==, 2);
  g_assert_cmpint (dt_store_count_directives (store, &error), ==, 4);

  /* of another notice: none */
  g_clear_pointer (&candidates, g_array_unref);
  candidates = dt_store_list_report_candidates (store, n + 1, D (2024, 2, 1), D (2024, 2, 29),
                                                D (2024, 3, 5), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 0);
}

/* The appendix's directives come in the order asked, each with its latest
 * progress known on the reporting date; one gone has empty strings. */
static void
test_directives (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "12/TB-UBND", D (2024, 1, 5));
  gint64 n = dt_notice_get_id (notice), u = dt_unit_get_id (unit);
  g_autoptr(DtDirective) first = model_test_add_directive (store, n, u, "1", "Một", D (2024, 2, 10));
  g_autoptr(DtDirective) second = model_test_add_directive (store, n, u, "2", "Hai", D (2024, 2, 12));
  g_autoptr(GPtrArray) directives = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];
  DtReportDirective *d;

  add_report (store, dt_directive_get_id (first), D (2024, 2, 1), "Cũ");
  add_report (store, dt_directive_get_id (first), D (2024, 3, 1), "Mới");
  add_report (store, dt_directive_get_id (first), D (2024, 4, 1), "Sau ngày báo cáo");

  ids[0] = dt_directive_get_id (second);
  ids[1] = dt_directive_get_id (first);
  ids[2] = dt_directive_get_id (second) + 100;   /* gone */
  directives = dt_store_list_report_directives (store, ids, 3, D (2024, 3, 5), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (directives->len, ==, 3);

  d = g_ptr_array_index (directives, 0);
  g_assert_cmpint (d->directive_id, ==, ids[0]);
  g_assert_cmpstr (d->text, ==, "Hai");
  g_assert_cmpstr (d->unit_name, ==, "Sở Y tế");
  g_assert_cmpstr (d->notice_number, ==, "12/TB-UBND");
  g_assert_null (d->progress_text);
  g_assert_cmpint (d->progress_date, ==, DT_DATE_NONE);

  d = g_ptr_array_index (directives, 1);
  g_assert_cmpstr (d->ordinal, ==, "1");
  g_assert_cmpstr (d->progress_text, ==, "Mới");
  g_assert_cmpint (d->progress_date, ==, D (2024, 3, 1));

  d = g_ptr_array_index (directives, 2);
  g_assert_cmpint (d->directive_id, ==, ids[2]);
  g_assert_cmpstr (d->text, ==, "");
  g_assert_cmpstr (d->unit_name, ==, "");
  g_assert_cmpstr (d->notice_number, ==, "");
  g_assert_cmpstr (d->ordinal, ==, "");

  g_clear_pointer (&directives, g_ptr_array_unref);
  directives = dt_store_list_report_directives (store, NULL, 0, D (2024, 3, 5), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (directives->len, ==, 0);
}

/* A directive addressed to a collective has no lead unit: NULL, not "". */
static void
test_directive_without_lead_unit (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  DtDirective *d = dt_directive_new ();
  gint64 id;

  dt_notice_set_number (notice, "5/TB-UBND");
  dt_directive_set_text (d, "Rà soát thủ tục hành chính");
  dt_directive_set_addressee (d, "Các sở, ngành");
  g_ptr_array_add (directives, d);
  g_assert_true (dt_store_save_notice_with_directives (store, notice, directives, &error));
  g_assert_no_error (error);
  id = dt_directive_get_id (d);

  read = dt_store_list_report_directives (store, &id, 1, D (2024, 3, 5), &error);
  g_assert_no_error (error);
  g_assert_null (((DtReportDirective *) g_ptr_array_index (read, 0))->unit_name);
  g_assert_cmpstr (((DtReportDirective *) g_ptr_array_index (read, 0))->text, ==,
                   "Rà soát thủ tục hành chính");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-report/unit-names", test_unit_names);
  g_test_add_func ("/store-report/candidates", test_candidates);
  g_test_add_func ("/store-report/directives", test_directives);
  g_test_add_func ("/store-report/directive-without-lead-unit", test_directive_without_lead_unit);

  return g_test_run ();
}
