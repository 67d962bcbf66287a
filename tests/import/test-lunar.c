/* test-lunar.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-lunar.h"

/* Tết Nguyên đán in Vietnam (UTC+7), from published calendars.  2030: the
 * new moon falls at 23:07 on 2 February in Vietnam, 00:07 on the 3rd in
 * China, so Vietnam celebrates a day earlier. */
static const char * const tet_dates[] = {
  "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
  "2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26",
  "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
  "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
  "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
  "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
  "2030-02-02", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
  "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04", "2039-01-24",
  "2040-02-12",
};

static void
assert_date (DtDate      date,
             const char *expected)
{
  g_autofree char *iso = dt_date_to_iso (date);

  g_assert_cmpstr (iso, ==, expected);
}

static void
test_tet_2000_2040 (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (tet_dates); i++)
    assert_date (dt_lunar_new_year (2000 + i), tet_dates[i]);
}

/* Years where the UTC+7 calendar differs from China's UTC+8 one */
static void
test_tet_vietnam_differs (void)
{
  assert_date (dt_lunar_new_year (1985), "1985-01-21");   /* China: 1985-02-20 */
  assert_date (dt_lunar_new_year (2007), "2007-02-17");   /* China: 2007-02-18 */
}

static void
test_known_days (void)
{
  int y, m, d;
  gboolean leap;

  assert_date (dt_lunar_to_solar (2024, 1, 15, FALSE), "2024-02-24");  /* Rằm tháng Giêng */
  assert_date (dt_lunar_to_solar (2024, 8, 15, FALSE), "2024-09-17");  /* Trung thu */
  assert_date (dt_lunar_to_solar (2023, 2, 1, TRUE), "2023-03-22");    /* leap month 2 */
  assert_date (dt_lunar_to_solar (2020, 4, 1, TRUE), "2020-05-23");    /* leap month 4 */
  assert_date (dt_lunar_to_solar (2025, 6, 1, TRUE), "2025-07-25");    /* leap month 6 */
  /* no leap month 3 in 2024 */
  g_assert_cmpuint (dt_lunar_to_solar (2024, 3, 1, TRUE), ==, DT_DATE_NONE);

  g_assert_true (dt_lunar_from_solar (dt_date_new (2024, 2, 9), &y, &m, &d, &leap));
  g_assert_cmpint (y, ==, 2023);
  g_assert_cmpint (m, ==, 12);
  g_assert_cmpint (d, ==, 30);
  g_assert_false (leap);

  g_assert_true (dt_lunar_from_solar (dt_date_new (2023, 4, 1), &y, &m, &d, &leap));
  g_assert_cmpint (y, ==, 2023);
  g_assert_cmpint (m, ==, 2);
  g_assert_cmpint (d, ==, 11);
  g_assert_true (leap);

  g_assert_false (dt_lunar_from_solar (DT_DATE_NONE, &y, &m, &d, &leap));
}

static void
test_round_trip (void)
{
  DtDate first = dt_date_new (1990, 1, 1);
  DtDate last = dt_date_new (2045, 12, 31);

  for (DtDate date = first; date <= last; date += 3)
    {
      int y, m, d;
      gboolean leap;

      g_assert_true (dt_lunar_from_solar (date, &y, &m, &d, &leap));
      g_assert_cmpint (d, >=, 1);
      g_assert_cmpint (d, <=, 30);
      g_assert_cmpint (m, >=, 1);
      g_assert_cmpint (m, <=, 12);
      g_assert_cmpuint (dt_lunar_to_solar (y, m, d, leap), ==, date);
    }
}

static void
test_tet_holiday (void)
{
  DtDate first, last;

  dt_lunar_tet_holiday (2024, &first, &last);
  assert_date (first, "2024-02-08");
  assert_date (last, "2024-02-14");
}

/* A year the calendar is not computed for is no date, never a
 * precondition failure (the suite runs with fatal criticals) */
static void
test_out_of_range (void)
{
  int y, m, d;
  gboolean leap;

  g_assert_cmpuint (dt_lunar_new_year (9999), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_new_year (1), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_new_year (0), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_new_year (-5), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_to_solar (DT_LUNAR_LAST_YEAR + 1, 1, 15, FALSE), ==, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_new_year (DT_LUNAR_FIRST_YEAR), !=, DT_DATE_NONE);
  g_assert_cmpuint (dt_lunar_new_year (DT_LUNAR_LAST_YEAR), !=, DT_DATE_NONE);
  g_assert_false (dt_lunar_from_solar (dt_date_new (9999, 12, 31), &y, &m, &d, &leap));
  g_assert_false (dt_lunar_from_solar (dt_date_new (1, 1, 1), &y, &m, &d, &leap));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lunar/tet-2000-2040", test_tet_2000_2040);
  g_test_add_func ("/lunar/tet-vietnam-differs", test_tet_vietnam_differs);
  g_test_add_func ("/lunar/known-days", test_known_days);
  g_test_add_func ("/lunar/round-trip", test_round_trip);
  g_test_add_func ("/lunar/tet-holiday", test_tet_holiday);
  g_test_add_func ("/lunar/out-of-range", test_out_of_range);

  return g_test_run ();
}
