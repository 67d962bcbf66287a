/* dt-deadline-periods.c — months, quarters, half years and years as deadlines
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

/* "tháng 3/2024", "tháng 02 và quý I năm 2024", "quý III/2024", "Quí IV-2025",
 * "Quý 4 năm 2017", "quý III và IV năm 2025", "tháng 11, 12/2025": the last
 * day of the last month or quarter.  A month or quarter without its year
 * takes the year written after it, else the reference's. */
gboolean
_dt_deadline_eat_period (const DtScan  *sc,
                         gsize         *p,
                         DtDate         reference,
                         DtPhraseMatch *m)
{
  struct { int month, quarter, year; } items[4];
  guint n = 0;
  gsize q = *p, r;
  int ref_year = _dt_deadline_reference_year (reference);
  int ref_month = dt_date_get_month (reference != DT_DATE_NONE ? reference : dt_date_today ());
  int next_year = -1;   /* -1: not written */
  DtDate date = DT_DATE_NONE;
  gboolean impossible = FALSE;
  gsize end = *p;   /* after the last month or quarter read */

  for (;;)
    {
      int value, digits;
      gboolean month, bare = FALSE, numeral;

      r = q;
      if (eat (sc, &r, "thang"))
        month = TRUE;
      else if (eat_any (sc, &r, (const char *[]) { "quy", "qui", NULL }))
        month = FALSE;
      else if (n > 0)
        {
          /* "tháng 11 và 12/2025", "quý III và IV năm 2025" */
          month = items[n - 1].month > 0;
          bare = TRUE;
        }
      else
        return FALSE;

      skip_space (sc, &r);
      numeral = r < sc->len && g_ascii_isdigit (sc->s[r]);
      if (month)
        {
          if (!_dt_deadline_eat_number (sc, &r, &value, &digits) || digits > 2 || value < 1 || value > 12)
            break;
          items[n].month = value;
          items[n].quarter = 0;
        }
      else
        {
          if (!_dt_deadline_eat_quarter (sc, &r, &value))
            break;
          items[n].month = 0;
          items[n].quarter = value;
        }
      items[n].year = -1;
      /* a bare number is a month or quarter only with its year ("tháng 12,
       * 10 ngày/lần") */
      if (!_dt_deadline_eat_year_suffix (sc, &r, &items[n].year) && bare && numeral)
        break;
      n++;
      end = r;

      /* "và", ",", "đến", "-" and another month or quarter */
      if (n == G_N_ELEMENTS (items))
        break;
      r = end;
      skip_space (sc, &r);
      if (r < sc->len && sc->s[r] == '-')
        r++;
      else if (!eat_any (sc, &r, (const char *[]) { "va", ",", "den", NULL }))
        break;
      q = r;
    }
  if (n == 0)
    return FALSE;
  q = end;

  for (guint i = n; i-- > 0; )
    {
      int year = items[i].year >= 0 ? items[i].year : next_year;
      DtDate d;

      if (items[i].year >= 0)
        next_year = items[i].year;
      if (items[i].month > 0)
        {
          if (year < 0)
            year = items[i].month < ref_month ? ref_year + 1 : ref_year;
          d = dt_date_end_of_month (year, items[i].month);
        }
      else
        {
          if (year < 0)
            year = ref_year;
          d = _dt_deadline_quarter_end (year, items[i].quarter);
        }
      if (d == DT_DATE_NONE)
        impossible = TRUE;
      date = MAX (date, d);
    }

  m->date = impossible ? DT_DATE_NONE : date;
  m->impossible = impossible;
  m->end = q;
  *p = q;
  return TRUE;
}

gboolean
_dt_deadline_match_month_or_quarter (const DtScan  *sc,
                                     gsize          p,
                                     DtDate         reference,
                                     DtPhraseMatch *m)
{
  static const char * const triggers[] = {
    "cham nhat trong", "cham nhat vao", "cham nhat", "trong", "truoc het", "cuoi",
    "trong thoi gian", NULL
  };
  gsize q = p;

  /* "hoàn thành trong quý I", "hoàn thành quý I/2026" */
  if (!eat_any (sc, &q, _dt_deadline_completion_words))
    {
      if (!eat_any (sc, &q, triggers))
        return FALSE;
    }
  else
    eat_any (sc, &q, triggers);

  return _dt_deadline_eat_period (sc, &q, reference, m);
}

gboolean
_dt_deadline_match_half_year (const DtScan  *sc,
                              gsize          p,
                              DtDate         reference,
                              DtPhraseMatch *m)
{
  gsize q = p, r;
  int year = 0, last_month, n, six;

  eat_any (sc, &q, _dt_deadline_completion_words);
  eat (sc, &q, "trong");
  /* "6 tháng", "06 tháng", "sáu tháng", "nửa" */
  r = q;
  if ((_dt_deadline_eat_number (sc, &r, &six, &n) && six == 6 && eat (sc, &r, "thang"))
      || (r = q, eat_any (sc, &r, (const char *[]) { "sau thang", "nua", NULL })))
    q = r;
  else
    return FALSE;
  if (eat (sc, &q, "dau nam"))
    last_month = 6;
  else if (eat (sc, &q, "cuoi nam"))
    last_month = 12;
  else
    return FALSE;

  r = q;
  if (_dt_deadline_eat_year (sc, &r, &year))
    q = r;
  else
    year = _dt_deadline_reference_year (reference);
  m->date = dt_date_end_of_month (year, last_month);
  m->impossible = m->date == DT_DATE_NONE;
  m->end = q;
  return TRUE;
}

/* At the start of a clause: the text's start, or after . ; : ( ) | - + */
static gboolean
starts_clause (const DtScan *sc,
               gsize         p)
{
  gsize q = p;

  while (q > 0 && sc->s[q - 1] == ' ')
    q--;
  return q == 0 || strchr (".;:()|-+", sc->s[q - 1]) != NULL;
}

/* "trong năm 2025", "cuối năm 2025", "trong giai đoạn 2018 - 2020",
 * "Đến năm 2015" (opening a clause, not "tầm nhìn đến năm 2050"),
 * "hoàn thành đến hết năm 2025": 31/12 of the (last) year.  A range is a
 * time frame only after "trong": "kế hoạch giai đoạn 2021 - 2025" names a
 * plan. */
gboolean
_dt_deadline_match_year (const DtScan  *sc,
                         gsize          p,
                         DtPhraseMatch *m)
{
  gsize q = p, r;
  int year;
  gboolean completion;

  completion = eat_any (sc, &q, _dt_deadline_completion_words);
  r = q;
  if (eat (sc, &r, "den") && (completion || starts_clause (sc, p)))
    {
      eat_any (sc, &r, (const char *[]) { "het", "cuoi", NULL });
      if (!eat (sc, &r, "nam") || !_dt_deadline_eat_year (sc, &r, &year))
        return FALSE;
      q = r;
    }
  else
    {
      if (!eat_any (sc, &q, (const char *[]) { "cham nhat trong", "trong", "cuoi", NULL }))
        return FALSE;
      if (eat_any (sc, &q, (const char *[]) { "giai doan", "thoi ky", "cac nam", "nhung nam", NULL }))
        {
          eat (sc, &q, "tu");
          eat (sc, &q, "nam");
          if (!_dt_deadline_eat_year_range (sc, &q, &year))
            return FALSE;
        }
      else if (!eat (sc, &q, "nam"))
        return FALSE;
      else if (!_dt_deadline_eat_year_range (sc, &q, &year) && !_dt_deadline_eat_year (sc, &q, &year))
        return FALSE;
    }
  m->date = dt_date_new (year, 12, 31);
  m->impossible = m->date == DT_DATE_NONE;
  m->end = q;
  return TRUE;
}
