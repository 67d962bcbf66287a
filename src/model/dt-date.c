/* dt-date.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "dt-date.h"

static inline gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* GDate's rule (g_date_valid_dmy ()), years 1 to 9999, without its calls:
 * every date of every row read goes through here */
gboolean
dt_date_is_valid (int year,
                  int month,
                  int day)
{
  static const guint8 days_in_month[2][13] = {
    { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
    { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  };

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return FALSE;
  return day <= days_in_month[is_leap_year ((guint) year) ? 1 : 0][month];
}

DtDate
dt_date_new (int year,
             int month,
             int day)
{
  /* days before each month, in a common and a leap year: GDate's count,
   * without its bookkeeping (dates are made for every row loaded) */
  static const guint16 before[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 }
  };
  guint y;

  if (!dt_date_is_valid (year, month, day))
    return DT_DATE_NONE;

  y = (guint) year - 1;
  return y * 365 + y / 4 - y / 100 + y / 400
         + before[is_leap_year ((guint) year) ? 1 : 0][month] + day;
}

gboolean
dt_date_get_ymd (DtDate  date,
                 int    *year,
                 int    *month,
                 int    *day)
{
  GDate d;

  if (date == DT_DATE_NONE || !g_date_valid_julian (date))
    {
      if (year) *year = 0;
      if (month) *month = 0;
      if (day) *day = 0;
      return FALSE;
    }

  g_date_clear (&d, 1);
  g_date_set_julian (&d, date);
  if (year) *year = g_date_get_year (&d);
  if (month) *month = g_date_get_month (&d);
  if (day) *day = g_date_get_day (&d);
  return TRUE;
}

int
dt_date_get_year (DtDate date)
{
  int y;
  dt_date_get_ymd (date, &y, NULL, NULL);
  return y;
}

int
dt_date_get_month (DtDate date)
{
  int m;
  dt_date_get_ymd (date, NULL, &m, NULL);
  return m;
}

int
dt_date_get_day (DtDate date)
{
  int d;
  dt_date_get_ymd (date, NULL, NULL, &d);
  return d;
}

int
dt_date_get_weekday (DtDate date)
{
  GDate d;

  g_return_val_if_fail (date != DT_DATE_NONE, 0);

  g_date_clear (&d, 1);
  g_date_set_julian (&d, date);
  return g_date_get_weekday (&d);
}

DtDate
dt_date_end_of_month (int year,
                      int month)
{
  if (month < 1 || month > 12 || year < 1 || year > 9999)
    return DT_DATE_NONE;
  return dt_date_new (year, month, g_date_get_days_in_month (month, year));
}

DtDate
dt_date_add_months (DtDate date,
                    int    months)
{
  GDate d;

  if (date == DT_DATE_NONE)
    return DT_DATE_NONE;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, date);
  if (months >= 0)
    g_date_add_months (&d, months);
  else
    g_date_subtract_months (&d, -months);
  return g_date_get_julian (&d);
}

char *
dt_date_to_iso (DtDate date)
{
  int y, m, d;

  if (!dt_date_get_ymd (date, &y, &m, &d))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

DtDate
dt_date_from_iso (const char *iso)
{
  int y, m, d;
  char tail;

  if (iso == NULL)
    return DT_DATE_NONE;
  /* the common case, as the store writes them: "YYYY-MM-DD" */
  if (g_ascii_isdigit (iso[0]) && g_ascii_isdigit (iso[1]) && g_ascii_isdigit (iso[2])
      && g_ascii_isdigit (iso[3]) && iso[4] == '-' && g_ascii_isdigit (iso[5])
      && g_ascii_isdigit (iso[6]) && iso[7] == '-' && g_ascii_isdigit (iso[8])
      && g_ascii_isdigit (iso[9]) && iso[10] == '\0')
    return dt_date_new ((iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10
                        + (iso[3] - '0'),
                        (iso[5] - '0') * 10 + (iso[6] - '0'),
                        (iso[8] - '0') * 10 + (iso[9] - '0'));
  if (sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return DT_DATE_NONE;
  return dt_date_new (y, m, d);
}

char *
dt_date_format (DtDate date)
{
  int y, m, d;

  if (!dt_date_get_ymd (date, &y, &m, &d))
    return g_strdup ("");
  return g_strdup_printf ("%02d/%02d/%04d", d, m, y);
}

DtDate
dt_date_parse (const char *text)
{
  int a, b, c;
  char s1, s2, tail;
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return DT_DATE_NONE;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return DT_DATE_NONE;

  if (sscanf (stripped, "%d%c%d%c%d%c", &a, &s1, &b, &s2, &c, &tail) != 5)
    return DT_DATE_NONE;
  if (s1 != s2 || (s1 != '/' && s1 != '-' && s1 != '.'))
    return DT_DATE_NONE;
  /* %d takes a sign: "1/2/-5" is a typing error, not 1995 */
  if (a < 0 || b < 0 || c < 0)
    return DT_DATE_NONE;
  if (a > 31 && s1 == '-')
    return dt_date_new (a, b, c);      /* ISO */
  if (c < 100)
    c += 2000;
  return dt_date_new (c, b, a);        /* dd/mm/yyyy */
}

gboolean
dt_date_parse_typed (const char *text,
                     DtDate     *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  *date = dt_date_parse (text);
  if (*date != DT_DATE_NONE)
    return TRUE;
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

DtDate
dt_date_from_unix (gint64     unix_time,
                   GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return DT_DATE_NONE;
  local = tz ? g_date_time_to_timezone (utc, tz) : g_date_time_to_local (utc);
  return dt_date_new (g_date_time_get_year (local),
                      g_date_time_get_month (local),
                      g_date_time_get_day_of_month (local));
}

/* Tests and demos pin "today" with DT_TODAY=YYYY-MM-DD. */
DtDate
dt_date_today (void)
{
  /* Asked for each directive's status, thousands of times: the local date
   * is remembered until the clock leaves that day (or TZ changes). */
  G_LOCK_DEFINE_STATIC (today);
  static DtDate cached = DT_DATE_NONE;
  static gint64 cached_from, cached_until;   /* µs since the epoch */
  static char *cached_tz;
  const char *pinned = g_getenv ("DT_TODAY");
  const char *tz = g_getenv ("TZ");
  gint64 now_us = g_get_real_time ();
  DtDate today;

  if (pinned != NULL && *pinned != '\0')
    {
      DtDate d = dt_date_from_iso (pinned);
      if (d != DT_DATE_NONE)
        return d;
    }

  G_LOCK (today);
  if (cached == DT_DATE_NONE || now_us < cached_from || now_us >= cached_until
      || g_strcmp0 (tz, cached_tz) != 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) midnight = NULL;
      g_autoptr(GDateTime) next = NULL;
      int y, m, d;

      g_date_time_get_ymd (now, &y, &m, &d);
      cached = dt_date_new (y, m, d);
      midnight = g_date_time_new_local (y, m, d, 0, 0, 0);
      next = g_date_time_add_days (midnight, 1);
      cached_from = g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
      cached_until = g_date_time_to_unix (next) * G_USEC_PER_SEC;
      g_free (cached_tz);
      cached_tz = g_strdup (tz);
    }
  today = cached;
  G_UNLOCK (today);
  return today;
}
