/* test-date.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"

static void
test_iso (void)
{
  DtDate d = dt_date_new (2024, 2, 29);
  g_autofree char *iso = dt_date_to_iso (d);
  g_autofree char *shown = dt_date_format (d);
  g_autofree char *none = dt_date_format (DT_DATE_NONE);

  g_assert_cmpuint (d, !=, DT_DATE_NONE);
  g_assert_cmpstr (iso, ==, "2024-02-29");
  g_assert_cmpuint (dt_date_from_iso (iso), ==, d);
  g_assert_cmpstr (shown, ==, "29/02/2024");
  g_assert_cmpstr (none, ==, "");
  g_assert_null (dt_date_to_iso (DT_DATE_NONE));
  g_assert_cmpuint (dt_date_new (2023, 2, 29), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_date_from_iso ("2024-02-29x"), ==, DT_DATE_NONE);
  /* ISO text sorts as the dates do, which the store relies on */
  {
    g_autofree char *a = dt_date_to_iso (dt_date_new (2024, 9, 30));
    g_autofree char *b = dt_date_to_iso (dt_date_new (2024, 10, 1));
    g_assert_cmpint (g_strcmp0 (a, b), <, 0);
  }
}

static void
test_parse (void)
{
  g_assert_cmpuint (dt_date_parse ("31/3/2024"), ==, dt_date_new (2024, 3, 31));
  g_assert_cmpuint (dt_date_parse (" 31-03-2024 "), ==, dt_date_new (2024, 3, 31));
  g_assert_cmpuint (dt_date_parse ("2024-03-31"), ==, dt_date_new (2024, 3, 31));
  g_assert_cmpuint (dt_date_parse ("31/3/24"), ==, dt_date_new (2024, 3, 31));
  g_assert_cmpuint (dt_date_parse ("31/3-2024"), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_date_parse ("1/2/-5"), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_date_parse ("-1/2/2024"), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_date_parse ("hôm nay"), ==, DT_DATE_NONE);
}

/* A date field as typed: empty is no date and valid, anything else must
 * be a date */
static void
test_parse_typed (void)
{
  DtDate date = 1;

  g_assert_true (dt_date_parse_typed ("31/3/2024", &date));
  g_assert_cmpuint (date, ==, dt_date_new (2024, 3, 31));
  g_assert_true (dt_date_parse_typed (" 2024-03-31\t", &date));
  g_assert_cmpuint (date, ==, dt_date_new (2024, 3, 31));
  g_assert_true (dt_date_parse_typed ("", &date));
  g_assert_cmpuint (date, ==, DT_DATE_NONE);
  g_assert_true (dt_date_parse_typed ("   ", &date));
  g_assert_cmpuint (date, ==, DT_DATE_NONE);
  g_assert_true (dt_date_parse_typed (NULL, &date));
  g_assert_cmpuint (date, ==, DT_DATE_NONE);
  g_assert_false (dt_date_parse_typed ("31/13/2024", &date));
  g_assert_cmpuint (date, ==, DT_DATE_NONE);
  g_assert_false (dt_date_parse_typed ("hôm nay", &date));
}

static void
test_arithmetic (void)
{
  DtDate jan31 = dt_date_new (2024, 1, 31);

  g_assert_cmpuint (dt_date_add_months (jan31, 1), ==, dt_date_new (2024, 2, 29));
  g_assert_cmpuint (dt_date_end_of_month (2024, 12), ==, dt_date_new (2024, 12, 31));
  g_assert_cmpuint (dt_date_new (2025, 1, 1) - dt_date_new (2024, 12, 31), ==, 1);
  g_assert_cmpint (dt_date_get_weekday (dt_date_new (2026, 11, 26)), ==, 4);  /* Thursday */
}

static void
test_today (void)
{
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  g_assert_cmpuint (dt_date_today (), ==, dt_date_new (2024, 3, 15));
  g_unsetenv ("DT_TODAY");
  g_assert_cmpuint (dt_date_today (), !=, DT_DATE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/iso", test_iso);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/parse-typed", test_parse_typed);
  g_test_add_func ("/date/arithmetic", test_arithmetic);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
