/* dt-deadline-words.c — the pieces of deadline phrases: numbers, dates, years, Tết's year
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A part of the deadline grammar (dt-deadline-grammar.c tries its phrases).
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-deadline-private.h"
#include "dt-lunar.h"

gboolean
_dt_deadline_eat_number (const DtScan *sc,
                         gsize        *p,
                         int          *value,
                         int          *n_digits)
{
  gsize q = *p;
  int v = 0, n = 0;

  skip_space (sc, &q);
  if (q > 0 && g_ascii_isalnum (sc->s[q - 1]))
    return FALSE;
  while (q < sc->len && g_ascii_isdigit (sc->s[q]) && n < 5)
    {
      v = v * 10 + (sc->s[q] - '0');
      q++;
      n++;
    }
  if (n == 0 || n > 4 || (q < sc->len && g_ascii_isalpha (sc->s[q])))
    return FALSE;

  *value = v;
  if (n_digits)
    *n_digits = n;
  *p = q;
  return TRUE;
}

gboolean
_dt_deadline_is_date_sep (char c)
{
  return c == '/' || c == '-' || c == '.';
}

/* "/2024", "-2024", " năm 2024" */
gboolean
_dt_deadline_eat_year_suffix (const DtScan *sc,
                              gsize        *p,
                              int          *year)
{
  gsize q = *p;
  int y, n;

  if (q < sc->len && (sc->s[q] == '/' || sc->s[q] == '-'))
    {
      q++;
      if (_dt_deadline_eat_number (sc, &q, &y, &n) && n == 4)
        {
          *year = y;
          *p = q;
          return TRUE;
        }
      return FALSE;
    }
  if (eat (sc, &q, "nam") && _dt_deadline_eat_number (sc, &q, &y, &n) && n == 4)
    {
      *year = y;
      *p = q;
      return TRUE;
    }
  return FALSE;
}

/* "31/3/2024", "31/3", "31-03-2024", "31 tháng 3 năm 2024" */
gboolean
_dt_deadline_eat_date (const DtScan *sc,
                       gsize        *p,
                       int          *day,
                       int          *month,
                       int          *year)
{
  gsize q = *p;
  int d, m, y = 0, n;

  if (!_dt_deadline_eat_number (sc, &q, &d, &n) || n > 2)
    return FALSE;
  if (q < sc->len && _dt_deadline_is_date_sep (sc->s[q]))
    {
      char sep = sc->s[q];

      q++;
      if (!_dt_deadline_eat_number (sc, &q, &m, &n) || n > 2)
        return FALSE;
      if (q + 1 < sc->len && sc->s[q] == sep && g_ascii_isdigit (sc->s[q + 1]))
        {
          gsize r = q + 1;

          if (_dt_deadline_eat_number (sc, &r, &y, &n) && (n == 4 || n == 2))
            {
              if (n == 2)
                y += 2000;
              q = r;
            }
        }
    }
  else if (eat (sc, &q, "thang") && _dt_deadline_eat_number (sc, &q, &m, &n) && n <= 2)
    {
      gsize r = q;

      if (eat (sc, &r, "nam") && _dt_deadline_eat_number (sc, &r, &y, &n) && n == 4)
        q = r;
    }
  else
    return FALSE;

  if (d < 1 || d > 31 || m < 1 || m > 12)
    return FALSE;

  *day = d;
  *month = m;
  *year = y;
  *p = q;
  return TRUE;
}

gboolean
_dt_deadline_eat_quarter (const DtScan *sc,
                          gsize        *p,
                          int          *quarter)
{
  static const char * const names[] = { "iv", "iii", "ii", "i", "4", "3", "2", "1", NULL };
  static const int values[] = { 4, 3, 2, 1, 4, 3, 2, 1 };

  for (guint i = 0; names[i] != NULL; i++)
    if (eat (sc, p, names[i]))
      {
        *quarter = values[i];
        return TRUE;
      }
  return FALSE;
}

/* A four-digit year (any: a year out of the calendar makes the phrase
 * impossible, not another phrase) */
gboolean
_dt_deadline_eat_year (const DtScan *sc,
                       gsize        *p,
                       int          *year)
{
  int n;

  return _dt_deadline_eat_number (sc, p, year, &n) && n == 4;
}

/* "2024 - 2030", "2018-2020", "2021 đến 2025", "2021 đến năm 2025": the last year */
gboolean
_dt_deadline_eat_year_range (const DtScan *sc,
                             gsize        *p,
                             int          *last)
{
  gsize q = *p;
  int first, second;

  if (!_dt_deadline_eat_year (sc, &q, &first))
    return FALSE;
  skip_space (sc, &q);
  if (q < sc->len && sc->s[q] == '-')
    q++;
  else if (eat (sc, &q, "den"))
    eat (sc, &q, "nam");
  else
    return FALSE;
  if (!_dt_deadline_eat_year (sc, &q, &second) || second < first || second - first > 100)
    return FALSE;
  *last = second;
  *p = q;
  return TRUE;
}

int
_dt_deadline_reference_year (DtDate reference)
{
  return dt_date_get_year (reference != DT_DATE_NONE ? reference : dt_date_today ());
}

/* A date of the lunar calendar, or none out of its years */
DtDate
_dt_deadline_lunar_date (int year,
                         int day)
{
  if (year < DT_LUNAR_FIRST_YEAR || year > DT_LUNAR_LAST_YEAR)
    return DT_DATE_NONE;
  return day > 0 ? dt_lunar_to_solar (year, 1, day, FALSE) : dt_lunar_new_year (year) + day;
}

/* The Tết a phrase speaks of: this lunar year's, unless its Rằm tháng Giêng
 * is already past at the reference date. */
int
_dt_deadline_tet_year (DtDate reference)
{
  DtDate ref = reference != DT_DATE_NONE ? reference : dt_date_today ();
  int year = dt_date_get_year (ref);
  DtDate full_moon = _dt_deadline_lunar_date (year, 15);

  if (full_moon != DT_DATE_NONE && ref > full_moon)
    year++;
  return year;
}

/* "hoàn thành", "xong": what may stand between a deadline's trigger and its time */
const char * const _dt_deadline_completion_words[] = { "hoan thanh", "xong", "ket thuc", "thuc hien xong", NULL };
