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

/* The store's dates are read without GLib's date calls: the same days and
 * the same refusals as GDate, at the edges of months, leap years and
 * the years a date may have */
static void
test_iso_edges (void)
{
  static const int years[] = { 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9996, 9999 };
  const char * const refused[] = { "", "2024", "2024-00-10", "2024-13-01", "2024-01-00",
                                   "2024-04-31", "2023-02-29", "1900-02-29", "0000-01-01",
                                   "2024-1-5x", "2024-01-05 ", "2024/01/05", "２０２４-01-05" };

  g_assert_cmpuint (dt_date_from_iso (NULL), ==, DT_DATE_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_cmpuint (dt_date_from_iso (refused[i]), ==, DT_DATE_NONE);
  /* the slower path, for what is not "YYYY-MM-DD" exactly */
  g_assert_cmpuint (dt_date_from_iso ("2024-1-5"), ==, dt_date_new (2024, 1, 5));
  g_assert_false (dt_date_is_valid (10000, 1, 1));
  g_assert_false (dt_date_is_valid (2024, 1, 32));

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    for (int month = 1; month <= 12; month++)
      for (int day = 1; day <= 32; day++)
        {
          gboolean valid = g_date_valid_dmy (day, month, years[i]);
          g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", years[i], month, day);
          DtDate date = dt_date_from_iso (iso);

          g_assert_cmpint (dt_date_is_valid (years[i], month, day), ==, valid);
          if (valid)
            {
              g_autoptr(GDate) expected = g_date_new_dmy (day, month, years[i]);

              g_assert_cmpuint (date, ==, g_date_get_julian (expected));
              g_assert_cmpuint (dt_date_new (years[i], month, day), ==, date);
            }
          else
            g_assert_cmpuint (date, ==, DT_DATE_NONE);
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
  g_test_add_func ("/date/iso-edges", test_iso_edges);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/parse-typed", test_parse_typed);
  g_test_add_func ("/date/arithmetic", test_arithmetic);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
