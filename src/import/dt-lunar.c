/* dt-lunar.c — the Vietnamese lunar calendar (computed for UTC+7)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hồ Ngọc Đức's algorithm: new moons and the sun's longitude from
 * Meeus-style series, with day boundaries taken at UTC+7.  The month
 * containing the winter solstice is month 11; a year with 13 months has its
 * leap month at the first month without a major solar term.
 */

#include "config.h"

#include <math.h>

#include "dt-date.h"
#include "dt-lunar.h"

#define TIME_ZONE 7.0
/* Julian day number of 0001-01-01, where GDate's (and DtDate's) day 1 is */
#define JDN_OFFSET 1721425

static double
new_moon (int k)
{
  double T = k / 1236.85;
  double T2 = T * T;
  double T3 = T2 * T;
  double dr = G_PI / 180;
  double jd1, M, Mpr, F, C1, deltat;

  jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin ((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  C1 = (0.1734 - 0.000393 * T) * sin (M * dr) + 0.0021 * sin (2 * dr * M);
  C1 = C1 - 0.4068 * sin (Mpr * dr) + 0.0161 * sin (dr * 2 * Mpr);
  C1 = C1 - 0.0004 * sin (dr * 3 * Mpr);
  C1 = C1 + 0.0104 * sin (dr * 2 * F) - 0.0051 * sin (dr * (M + Mpr));
  C1 = C1 - 0.0074 * sin (dr * (M - Mpr)) + 0.0004 * sin (dr * (2 * F + M));
  C1 = C1 - 0.0004 * sin (dr * (2 * F - M)) - 0.0006 * sin (dr * (2 * F + Mpr));
  C1 = C1 + 0.0010 * sin (dr * (2 * F - Mpr)) + 0.0005 * sin (dr * (2 * Mpr + M));
  if (T < -11)
    deltat = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
  else
    deltat = -0.000278 + 0.000265 * T + 0.000262 * T2;

  return jd1 + C1 - deltat;
}

static double
sun_longitude (double jdn)
{
  double T = (jdn - 2451545.0) / 36525;
  double T2 = T * T;
  double dr = G_PI / 180;
  double M, L0, DL, L;

  M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * sin (dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin (dr * 2 * M) + 0.000290 * sin (dr * 3 * M);
  L = (L0 + DL) * dr;
  L = L - G_PI * 2 * floor (L / (G_PI * 2));

  return L;
}

/* The sun's longitude at local midnight, as one of 12 sectors of 30° */
static int
get_sun_longitude (int day_number)
{
  return (int) floor (sun_longitude (day_number - 0.5 - TIME_ZONE / 24) / G_PI * 6);
}

static int
get_new_moon_day (int k)
{
  return (int) floor (new_moon (k) + 0.5 + TIME_ZONE / 24);
}

static int
jdn_from_date (int dd,
               int mm,
               int yy)
{
  return (int) dt_date_new (yy, mm, dd) + JDN_OFFSET;
}

/* The day lunar month 11 of (the lunar year ending in) yy starts */
static int
get_lunar_month_11 (int yy)
{
  int off = jdn_from_date (31, 12, yy) - 2415021;
  int k = (int) floor (off / 29.530588853);
  int nm = get_new_moon_day (k);

  if (get_sun_longitude (nm) >= 9)
    nm = get_new_moon_day (k - 1);

  return nm;
}

static int
get_leap_month_offset (int a11)
{
  int k = (int) floor ((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  int last;
  int i = 1;
  int arc = get_sun_longitude (get_new_moon_day (k + i));

  do
    {
      last = arc;
      i++;
      arc = get_sun_longitude (get_new_moon_day (k + i));
    }
  while (arc != last && i < 14);

  return i - 1;
}

DtDate
dt_lunar_to_solar (int      lunar_year,
                   int      lunar_month,
                   int      lunar_day,
                   gboolean leap_month)
{
  int a11, b11, k, off, month_start;

  g_return_val_if_fail (lunar_month >= 1 && lunar_month <= 12, DT_DATE_NONE);
  g_return_val_if_fail (lunar_day >= 1 && lunar_day <= 30, DT_DATE_NONE);

  if (lunar_year < DT_LUNAR_FIRST_YEAR || lunar_year > DT_LUNAR_LAST_YEAR)
    return DT_DATE_NONE;

  if (lunar_month < 11)
    {
      a11 = get_lunar_month_11 (lunar_year - 1);
      b11 = get_lunar_month_11 (lunar_year);
    }
  else
    {
      a11 = get_lunar_month_11 (lunar_year);
      b11 = get_lunar_month_11 (lunar_year + 1);
    }

  k = (int) floor (0.5 + (a11 - 2415021.076998695) / 29.530588853);
  off = lunar_month - 11;
  if (off < 0)
    off += 12;

  if (b11 - a11 > 365)
    {
      int leap_off = get_leap_month_offset (a11);
      int leap = leap_off - 2;

      if (leap < 0)
        leap += 12;
      if (leap_month && lunar_month != leap)
        return DT_DATE_NONE;
      else if (leap_month || off >= leap_off)
        off += 1;
    }
  else if (leap_month)
    return DT_DATE_NONE;

  month_start = get_new_moon_day (k + off);

  return (DtDate) (month_start + lunar_day - 1 - JDN_OFFSET);
}

gboolean
dt_lunar_from_solar (DtDate    date,
                     int      *lunar_year,
                     int      *lunar_month,
                     int      *lunar_day,
                     gboolean *leap_month)
{
  int yy, day_number, k, month_start, a11, b11, diff;
  int l_year, l_month, l_day;
  gboolean l_leap = FALSE;

  if (!dt_date_get_ymd (date, &yy, NULL, NULL)
      || yy < DT_LUNAR_FIRST_YEAR || yy > DT_LUNAR_LAST_YEAR)
    return FALSE;

  day_number = (int) date + JDN_OFFSET;
  k = (int) floor ((day_number - 2415021.076998695) / 29.530588853);
  month_start = get_new_moon_day (k + 1);
  if (month_start > day_number)
    month_start = get_new_moon_day (k);

  a11 = get_lunar_month_11 (yy);
  b11 = a11;
  if (a11 >= month_start)
    {
      l_year = yy;
      a11 = get_lunar_month_11 (yy - 1);
    }
  else
    {
      l_year = yy + 1;
      b11 = get_lunar_month_11 (yy + 1);
    }

  l_day = day_number - month_start + 1;
  diff = (int) floor ((month_start - a11) / 29.0);
  l_month = diff + 11;
  if (b11 - a11 > 365)
    {
      int leap_diff = get_leap_month_offset (a11);

      if (diff >= leap_diff)
        {
          l_month = diff + 10;
          if (diff == leap_diff)
            l_leap = TRUE;
        }
    }
  if (l_month > 12)
    l_month -= 12;
  if (l_month >= 11 && diff < 4)
    l_year -= 1;

  if (lunar_year)
    *lunar_year = l_year;
  if (lunar_month)
    *lunar_month = l_month;
  if (lunar_day)
    *lunar_day = l_day;
  if (leap_month)
    *leap_month = l_leap;

  return TRUE;
}

DtDate
dt_lunar_new_year (int year)
{
  return dt_lunar_to_solar (year, 1, 1, FALSE);
}

void
dt_lunar_tet_holiday (int     year,
                      DtDate *first,
                      DtDate *last)
{
  DtDate new_year = dt_lunar_new_year (year);

  if (first)
    *first = new_year != DT_DATE_NONE ? new_year - 2 : DT_DATE_NONE;
  if (last)
    *last = new_year != DT_DATE_NONE ? new_year + 4 : DT_DATE_NONE;
}
