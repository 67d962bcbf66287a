/* dt-deadline-grammar.c — the phrases of Vietnamese deadlines
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each matcher reads one kind of phrase at a word start of the folded text
 * (lower case, no diacritics: both tone placements and any letter case
 * match) and says what it means; dt-deadline.c scans a text with them and
 * chooses among the phrases found.  This file holds Tết and the full moon,
 * days, events and table cells, and tries them all; the pieces (numbers,
 * dates, years) are in dt-deadline-words.c, months to years in
 * dt-deadline-periods.c, recurrences in dt-deadline-recurrence.c.
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-deadline-private.h"
#include "dt-lunar.h"

/* The digits of the number at p (after a space), 0 if none or if it runs
 * on into a word */
static gsize
count_digits (const DtScan *sc,
              gsize         p)
{
  gsize q = p < sc->len && sc->s[p] == ' ' ? p + 1 : p, n = 0;

  while (q + n < sc->len && g_ascii_isdigit (sc->s[q + n]))
    n++;
  if (q + n < sc->len && g_ascii_isalpha (sc->s[q + n]))
    return 0;
  return n;
}

/* "Tết", "dịp Tết Nguyên đán Giáp Thìn 2024", "kỳ nghỉ Tết" — with an
 * optional explicit year, or the year's name in the sexagenary cycle
 * (*cycle = (year - 4) mod 60, or -1) */
static gboolean
eat_tet (const DtScan *sc,
         gsize        *p,
         int          *year,
         int          *cycle)
{
  static const char * const stems[] = { "giap", "at", "binh", "dinh", "mau", "ky", "canh",
                                        "tan", "nham", "quy", NULL };
  /* Tý (0) and Tỵ (5) fold alike: the stem's parity tells them apart */
  static const char * const branches[] = { "ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui",
                                           "than", "dau", "tuat", "hoi", NULL };
  gsize q = *p, r;
  int y;

  *cycle = -1;
  eat_any (sc, &q, (const char *[]) { "dip", "ky nghi", "thoi gian", NULL });
  if (!eat (sc, &q, "tet"))
    return FALSE;
  eat (sc, &q, "nguyen dan");
  *p = q;

  r = q;
  for (guint s = 0; stems[s] != NULL; s++)
    {
      gsize t = r;

      if (!eat (sc, &t, stems[s]))
        continue;
      for (guint b = 0; branches[b] != NULL; b++)
        {
          gsize u = t;

          if (eat (sc, &u, branches[b]))
            {
              guint branch = (b == 0 && s % 2 == 1) ? 5 : b;

              /* the year y with y - 4 ≡ s (mod 10) and ≡ branch (mod 12) */
              for (int c = 0; c < 60; c++)
                if (c % 10 == (int) s && c % 12 == (int) branch)
                  *cycle = c;
              *p = q = u;
              break;
            }
        }
      break;
    }
  r = q;
  {
    gboolean written = eat (sc, &r, "nam");
    gsize digits, t = r;

    if (_dt_deadline_eat_year (sc, &t, &y))
      {
        *year = y;
        *cycle = -1;
        *p = t;
      }
    /* "Tết năm 10000", "Tết năm 202": a year, but none of the calendar
     * (0: the phrase is impossible, not "Tết" of the reference year); a
     * number after "Tết" alone is no year unless it has five digits or
     * more ("trước Tết 10 ngày") */
    else if ((digits = count_digits (sc, r)) > 0 && (digits > 4 || written))
      {
        *year = 0;
        *cycle = -1;
        *p = r + (r < sc->len && sc->s[r] == ' ') + digits;
      }
  }
  return TRUE;
}



static gboolean
match_tet (const DtScan  *sc,
           gsize          p,
           DtDate         reference,
           DtPhraseMatch *m)
{
  gsize q = p;
  int year = -1, cycle = -1;   /* -1: not written */
  int lunar_day = 0;

  if (eat_any (sc, &q, (const char *[]) { "truoc, trong va sau", "truoc, trong, sau",
                                          "truoc trong va sau", NULL })
      && eat_tet (sc, &q, &year, &cycle))
    lunar_day = 15;
  else if ((q = p, eat_any (sc, &q, (const char *[]) { "ngay sau", "sau", NULL }))
           && eat_tet (sc, &q, &year, &cycle))
    lunar_day = 15;
  else if ((q = p, eat (sc, &q, "truoc")) && eat_tet (sc, &q, &year, &cycle))
    lunar_day = -1;
  else
    {
      gboolean within, season;
      gsize r;

      q = p;
      within = eat (sc, &q, "trong");
      r = q;
      season = eat_any (sc, &r, (const char *[]) { "dip", "ky nghi", NULL });
      /* a bare "Tết" ("đón Tết") is no time phrase */
      if (!(within || season) || !eat_tet (sc, &q, &year, &cycle))
        return FALSE;
      lunar_day = 5;
    }

  if (year < 0)
    {
      year = _dt_deadline_tet_year (reference);
      /* the year of that name nearest to this Tết */
      if (cycle >= 0)
        for (int d = 0; d <= 30; d++)
          {
            if (((year + d - 4) % 60 + 60) % 60 == cycle)
              {
                year += d;
                break;
              }
            if (((year - d - 4) % 60 + 60) % 60 == cycle)
              {
                year -= d;
                break;
              }
          }
    }
  m->date = _dt_deadline_lunar_date (year, lunar_day);
  m->impossible = m->date == DT_DATE_NONE;
  /* "trước Tết": the eve, a day of the calendar; the holiday and its end
   * are approximations */
  m->approximate = lunar_day > 0 && m->date != DT_DATE_NONE;
  m->end = q;
  return TRUE;
}

static gboolean
match_full_moon (const DtScan  *sc,
                 gsize          p,
                 DtDate         reference,
                 DtPhraseMatch *m)
{
  gsize q = p, r;
  int year;

  eat_any (sc, &q, (const char *[]) { "truoc", "trong dip", "dip", NULL });
  if (!eat_any (sc, &q, (const char *[]) { "ram thang gieng", "tet nguyen tieu", NULL }))
    return FALSE;
  r = q;
  eat (sc, &r, "nam");
  if (_dt_deadline_eat_year (sc, &r, &year))
    q = r;
  else
    year = _dt_deadline_tet_year (reference);
  m->date = _dt_deadline_lunar_date (year, 15);
  m->impossible = m->date == DT_DATE_NONE;
  m->end = q;
  return TRUE;
}

/* Whether the text just before p is the word w */
static gboolean
ends_with_word (const DtScan *sc,
                gsize         p,
                const char   *w)
{
  gsize n = strlen (w);

  return p >= n && strncmp (sc->s + p - n, w, n) == 0
         && (p == n || !g_ascii_isalnum (sc->s[p - n - 1]));
}

/* "17 giờ", "17 giờ 30 (phút)", "16h00", "16h30'" — before the day it is due */
static gboolean
eat_time (const DtScan *sc,
          gsize        *p)
{
  gsize q = *p;
  int hour = 0, n = 0;

  skip_space (sc, &q);
  if (q > 0 && g_ascii_isalnum (sc->s[q - 1]))
    return FALSE;
  while (q < sc->len && g_ascii_isdigit (sc->s[q]) && n < 3)
    hour = hour * 10 + (sc->s[q++] - '0'), n++;
  if (n == 0 || n > 2 || hour > 24)
    return FALSE;
  if (q < sc->len && sc->s[q] == 'h' && (q + 1 >= sc->len || !g_ascii_isalpha (sc->s[q + 1])))
    {
      q++;
      for (n = 0; q < sc->len && g_ascii_isdigit (sc->s[q]) && n < 2; n++)
        q++;
      if (q < sc->len && g_ascii_isdigit (sc->s[q]))
        return FALSE;
      if (q < sc->len && sc->s[q] == '\'')
        q++;
    }
  else if (eat (sc, &q, "gio"))
    {
      gsize r = q;
      int minutes, digits;

      if (_dt_deadline_eat_number (sc, &r, &minutes, &digits) && digits <= 2 && minutes < 60)
        {
          q = r;
          eat (sc, &q, "phut");
        }
    }
  else
    return FALSE;
  eat (sc, &q, ",");
  *p = q;
  return TRUE;
}

static void
resolve_day (int            d,
             int            mo,
             int            y,
             DtDate         reference,
             DtPhraseMatch *m)
{
  if (y == 0)
    {
      DtDate ref = reference != DT_DATE_NONE ? reference : dt_date_today ();

      y = _dt_deadline_reference_year (reference);
      if (dt_date_is_valid (y, mo, d) && dt_date_new (y, mo, d) < ref)
        y++;
    }
  if (!dt_date_is_valid (y, mo, d))
    {
      m->impossible = TRUE;
      m->date = DT_DATE_NONE;
    }
  else
    m->date = dt_date_new (y, mo, d);
}

static gboolean
match_day (const DtScan  *sc,
           gsize          p,
           DtDate         reference,
           DtPhraseMatch *m)
{
  static const char * const triggers[] = {
    "truoc ngay", "cham nhat la ngay", "cham nhat vao ngay", "cham nhat ngay",
    "cham nhat la", "cham nhat", "muon nhat la ngay", "muon nhat ngay",
    "han chot", "han cuoi", "den het ngay", "xong truoc ngay", "truoc", NULL
  };
  gsize q = p, r;
  int d, mo, y;
  gboolean day_word;

  /* "Thời hạn (hoàn thành): 31/3/2024" */
  if (eat_any (sc, &q, (const char *[]) { "thoi han hoan thanh", "thoi han", "han hoan thanh", NULL }))
    {
      eat (sc, &q, ":");
      eat_any (sc, &q, triggers);
    }
  else
    {
      eat_any (sc, &q, _dt_deadline_completion_words);
      if (!eat_any (sc, &q, triggers))
        return FALSE;
    }
  day_word = ends_with_word (sc, q, "ngay");
  /* "trước 17 giờ ngày 27/11/2025" */
  r = q;
  if (eat_time (sc, &r))
    q = r;
  if (eat (sc, &q, "ngay"))
    day_word = TRUE;
  r = q;
  if (eat (sc, &r, "hom nay"))
    {
      if (reference == DT_DATE_NONE)
        return FALSE;
      m->date = reference;
      m->end = r;
      return TRUE;
    }
  r = q;
  if (!_dt_deadline_eat_date (sc, &r, &d, &mo, &y))
    return FALSE;
  /* without "ngày", only a written date ("trước 30/11/2025"), not a span
   * ("trước 5-10 ngày") */
  if (!day_word)
    {
      gsize t = q;

      skip_space (sc, &t);
      while (t < r && g_ascii_isdigit (sc->s[t]))
        t++;
      if (t >= r || (sc->s[t] != '/' && sc->s[t] != '.' && sc->s[t] != ' '))
        return FALSE;
      if (eat_any (sc, &r, (const char *[]) { "ngay", "thang", "nam", "tuan", NULL }))
        return FALSE;
    }

  resolve_day (d, mo, y, reference, m);
  m->end = r;
  return TRUE;
}

DtDate
_dt_deadline_quarter_end (int year,
                          int quarter)
{
  return dt_date_end_of_month (year, quarter * 3);
}

/* The end of the clause an event phrase stands in: before . ; ? ! (not a
 * decimal point), a closing bracket it did not open, a table cell's end, or
 * " và " joining another task; at most about 300 bytes. */
static gsize
clause_end (const DtScan *sc,
            gsize         p)
{
  gsize end = MIN (sc->len, p + 300);
  gsize last_word_end = p;
  int depth = 0;

  for (gsize i = p; i < end; i++)
    {
      char c = sc->s[i];

      if (c == '(')
        depth++;
      else if (c == ')')
        {
          if (depth == 0)
            return last_word_end;
          depth--;
        }
      else if (depth == 0
               && ((c == '.' && !(i + 1 < sc->len && g_ascii_isdigit (sc->s[i + 1])))
                   || c == ';' || c == '?' || c == '!' || c == '|'))
        return last_word_end;
      else if (depth == 0 && c == ' ' && i + 4 <= sc->len && strncmp (sc->s + i, " va ", 4) == 0)
        return last_word_end;
      if (g_ascii_isalnum (c) || c == ')')
        last_word_end = i + 1;
    }
  if (end == sc->len)
    return last_word_end;
  /* cut at a word boundary */
  while (end > p && g_ascii_isalnum (sc->s[end - 1]))
    end--;
  while (end > p && !g_ascii_isalnum (sc->s[end - 1]) && sc->s[end - 1] != ')')
    end--;
  return end > p ? end : last_word_end;
}

/* A due time the calendar does not fix: "trước khi trình …", "ngay sau khi
 * … được thông qua", "tại Kỳ họp thứ Sáu", "dự kiến (tổ chức vào) tháng
 * 12/2017" */
static gboolean
match_event (const DtScan  *sc,
             gsize          p,
             DtDate         reference,
             DtPhraseMatch *m)
{
  gsize q = p;

  /* "sau khi" alone tells a condition ("Sau khi nghe báo cáo", "vận hành
   * sau khi hoàn thành"); "ngay sau khi" a time */
  if (eat_any (sc, &q, (const char *[]) { "ngay truoc khi", "truoc khi", "ngay sau khi", NULL })
      || (q = p, eat_any (sc, &q, (const char *[]) { "tai ky hop", "tai phien hop", "vao ky hop", NULL })))
    {
      m->end = clause_end (sc, q);
      m->skip = FALSE;
      return TRUE;
    }

  /* "dự kiến (tổ chức vào) tháng 12/2017"; not "nội dung dự kiến trình HĐND
   * tỉnh năm 2024", where the year is the plan's */
  q = p;
  if (!eat (sc, &q, "du kien"))
    return FALSE;
  eat_any (sc, &q, (const char *[]) { "to chuc", "hoan thanh", "ban hanh", "dien ra", "khai mac",
                                      "khoi cong", "thuc hien", NULL });
  eat_any (sc, &q, (const char *[]) { "vao khoang", "vao", "trong", "khoang", NULL });
  {
    DtPhraseMatch t = { 0 };
    int d, mo, y;
    gsize r = q;

    if (!_dt_deadline_eat_period (sc, &q, reference, &t)
        && !(q = r, eat (sc, &q, "ngay") && _dt_deadline_eat_date (sc, &q, &d, &mo, &y)))
      return FALSE;
  }
  m->end = q;
  m->skip = TRUE;
  return TRUE;
}

/* A table cell that holds only a time: "Tháng 8/2024", "Quí IV-2025",
 * "2024 - 2030", "Năm 2026", "30/11/2025" */
static gboolean
match_cell (const DtScan  *sc,
            gsize          p,
            DtDate         reference,
            DtPhraseMatch *m,
            DtPhraseClass *klass)
{
  gsize q = p, r;
  int year, d, mo;

  if (_dt_deadline_eat_period (sc, &q, reference, m))
    *klass = DT_PHRASE_PRECISE;
  else if ((q = p, _dt_deadline_eat_date (sc, &q, &d, &mo, &year)) && year != 0)
    {
      resolve_day (d, mo, year, reference, m);
      *klass = DT_PHRASE_PRECISE;
    }
  else
    {
      gboolean named;

      q = p;
      named = eat_any (sc, &q, (const char *[]) { "giai doan", "nam", NULL });
      eat (sc, &q, "tu");
      eat (sc, &q, "nam");
      if (!_dt_deadline_eat_year_range (sc, &q, &year)
          && !(_dt_deadline_eat_year (sc, &q, &year)
               /* a number alone is a year only if it can be one */
               && (named || (year >= DT_LUNAR_FIRST_YEAR && year <= DT_LUNAR_LAST_YEAR))))
        return FALSE;
      m->date = dt_date_new (year, 12, 31);
      m->impossible = m->date == DT_DATE_NONE;
      *klass = DT_PHRASE_VAGUE;
    }

  /* nothing else in the cell */
  r = q;
  while (r < sc->len && strchr (" .,;:", sc->s[r]) != NULL)
    r++;
  if (r < sc->len && sc->s[r] != '|')
    return FALSE;
  m->end = q;
  return TRUE;
}

static gboolean
at_cell_start (const DtScan *sc,
               gsize         p)
{
  while (p > 0 && sc->s[p - 1] == ' ')
    p--;
  return p == 0 || sc->s[p - 1] == '|';
}

/* "nhất là dịp Tết": Tết as an emphasis, not a due date */
gboolean
_dt_deadline_is_emphasis (const DtScan *sc,
                          gsize         p)
{
  static const char * const lead[] = { "nhat la ", "dac biet la ", "nhat la dip ",
                                       "dac biet la dip ", "nhat la vao ", "dac biet trong ",
                                       "ke ca ", "nhat la trong ", NULL };

  for (guint i = 0; lead[i] != NULL; i++)
    if (ends_with_word (sc, p, lead[i]))
      return TRUE;
  return FALSE;
}

/* "Thường xuyên, hằng năm": both are the timing */
gboolean
_dt_deadline_adjacent (const DtScan        *sc,
                       const DtPhraseMatch *a,
                       const DtPhraseMatch *b)
{
  const DtPhraseMatch *first = a->start < b->start ? a : b;
  const DtPhraseMatch *second = first == a ? b : a;
  gsize q = first->end;

  if (second->start < q)
    return FALSE;
  eat_any (sc, &q, (const char *[]) { ",", "va", NULL });
  skip_space (sc, &q);
  return q == second->start;
}

/* Every phrase begins with one of these words (or a number): a quick "no"
 * for the other words of the text */
static gboolean
may_start_phrase (const DtScan *sc,
                  gsize         p)
{
  static const char * const words[] = {
    "truoc", "cham", "muon", "han", "den", "xong", "hoan", "ket", "thuc", "trong", "cuoi",
    "sau", "nua", "ngay", "dip", "ky", "ram", "tet", "thuong", "hang", "dinh", "thoi",
    "vao", "tai", "du", NULL
  };
  static GHashTable *set;
  char word[16];
  gsize n = 0;

  if (g_ascii_isdigit (sc->s[p]))
    return TRUE;
  if (g_once_init_enter_pointer (&set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; words[i] != NULL; i++)
        g_hash_table_add (table, (gpointer) words[i]);
      g_once_init_leave_pointer (&set, table);
    }
  while (p + n < sc->len && g_ascii_isalnum (sc->s[p + n]))
    {
      if (n + 1 >= sizeof word)
        return FALSE;
      word[n] = sc->s[p + n];
      n++;
    }
  word[n] = '\0';
  return g_hash_table_contains (set, word);
}

/* Tries every phrase of the grammar at p, the most specific first */
gboolean
_dt_deadline_match_phrase (const DtScan  *sc,
                           gsize          p,
                           DtDate         reference,
                           DtPhraseMatch *m,
                           DtPhraseClass *klass)
{
  gboolean cell = at_cell_start (sc, p);

  if (!cell && !may_start_phrase (sc, p))
    return FALSE;
  m->skip = TRUE;
  if (_dt_deadline_match_anchored_recurrence (sc, p, m))
    *klass = DT_PHRASE_RECURRENCE;
  else if (match_day (sc, p, reference, m) || _dt_deadline_match_month_or_quarter (sc, p, reference, m)
           || _dt_deadline_match_half_year (sc, p, reference, m) || match_full_moon (sc, p, reference, m))
    *klass = DT_PHRASE_PRECISE;
  else if (_dt_deadline_match_recurrence (sc, p, m))
    *klass = DT_PHRASE_RECURRENCE;
  else if (match_tet (sc, p, reference, m) || _dt_deadline_match_year (sc, p, m))
    *klass = DT_PHRASE_VAGUE;
  else if ((m->end = p, eat (sc, &m->end, "thuong xuyen")) && !ends_with_word (sc, p, "chi "))
    *klass = DT_PHRASE_ONGOING;
  else if (match_event (sc, p, reference, m))
    *klass = DT_PHRASE_EVENT;
  else if (!(cell && match_cell (sc, p, reference, m, klass)))
    return FALSE;
  return TRUE;
}
