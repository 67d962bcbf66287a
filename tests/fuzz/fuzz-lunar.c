/* fuzz-lunar.c — the lunar calendar, both ways, over its whole range
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-lunar.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  guint8 b[8] = { 0 };
  int year, month, day, lunar_year, lunar_month, lunar_day;
  gboolean leap, lunar_leap;
  DtDate solar, first, last;

  fuzz_init ();
  memcpy (b, data, MIN (size, sizeof b));

  /* lunar → solar → lunar: the same day when the lunar date exists (day
   * 30 of a short month is the next month's first) */
  year = 2 + ((b[0] << 8 | b[1]) % 9997);          /* 2 … 9998, as the API takes */
  month = 1 + b[2] % 12;
  day = 1 + b[3] % 30;
  leap = b[4] & 1;
  solar = dt_lunar_to_solar (year, month, day, leap);
  if (solar != DT_DATE_NONE && day <= 29
      && dt_lunar_from_solar (solar, &lunar_year, &lunar_month, &lunar_day, &lunar_leap))
    {
      g_assert_cmpint (lunar_year, ==, year);
      g_assert_cmpint (lunar_month, ==, month);
      g_assert_cmpint (lunar_day, ==, day);
      g_assert_cmpint (lunar_leap, ==, leap);
    }

  dt_lunar_new_year (year);
  dt_lunar_tet_holiday (year, &first, &last);
  if (first != DT_DATE_NONE && last != DT_DATE_NONE)
    g_assert_cmpuint (first, <=, last);

  /* any solar date */
  solar = dt_date_new (1 + ((b[5] << 8 | b[6]) % 9999), 1 + b[7] % 12, 1 + (b[4] >> 1) % 31);
  if (solar != DT_DATE_NONE)
    dt_lunar_from_solar (solar, &lunar_year, &lunar_month, &lunar_day, &lunar_leap);
  return 0;
}
