/* dt-deadline.c — the grammar of Vietnamese deadline phrases
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The phrase is matched on a folded copy of the text (lower case, no
 * diacritics), so both tone placements and any letter case match; the
 * folded text maps back to the source, which gives the phrase as written.
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-deadline.h"
#include "dt-import-text-private.h"
#include "dt-lunar.h"

G_DEFINE_BOXED_TYPE (DtDeadline, dt_deadline, dt_deadline_copy, dt_deadline_free)

DtDeadline *
dt_deadline_new (void)
{
  DtDeadline *self = g_new0 (DtDeadline, 1);

  self->start = -1;
  self->end = -1;

  return self;
}

DtDeadline *
dt_deadline_copy (const DtDeadline *self)
{
  DtDeadline *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->phrase = g_strdup (self->phrase);

  return copy;
}

void
dt_deadline_free (DtDeadline *self)
{
  if (self == NULL)
    return;
  g_free (self->phrase);
  g_free (self);
}

typedef struct
{
  const char *s;
  gsize       len;
} Scan;

static void
skip_space (const Scan *sc,
            gsize      *p)
{
  if (*p < sc->len && sc->s[*p] == ' ')
    (*p)++;
}

/* Matches the words of lit at *p (after an optional space); a space in lit
 * matches an optional space in the text.  Ends on a word boundary. */
static gboolean
eat (const Scan *sc,
     gsize      *p,
     const char *lit)
{
  gsize q = *p;
  const char *l;

  skip_space (sc, &q);
  for (l = lit; *l != '\0'; l++)
    {
      if (*l == ' ')
        {
          skip_space (sc, &q);
          continue;
        }
      if (q >= sc->len || sc->s[q] != *l)
        return FALSE;
      q++;
    }
  if (l > lit && g_ascii_isalnum (l[-1]) && q < sc->len && g_ascii_isalnum (sc->s[q]))
    return FALSE;

  *p = q;
  return TRUE;
}

static gboolean
eat_any (const Scan         *sc,
         gsize              *p,
         const char * const *lits)
{
  for (guint i = 0; lits[i] != NULL; i++)
    if (eat (sc, p, lits[i]))
      return TRUE;
  return FALSE;
}

static gboolean
eat_number (const Scan *sc,
            gsize      *p,
            int        *value,
            int        *n_digits)
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

static gboolean
is_date_sep (char c)
{
  return c == '/' || c == '-' || c == '.';
}

/* "/2024", "-2024", " năm 2024" */
static gboolean
eat_year_suffix (const Scan *sc,
                 gsize      *p,
                 int        *year)
{
  gsize q = *p;
  int y, n;

  if (q < sc->len && (sc->s[q] == '/' || sc->s[q] == '-'))
    {
      q++;
      if (eat_number (sc, &q, &y, &n) && n == 4)
        {
          *year = y;
          *p = q;
          return TRUE;
        }
      return FALSE;
    }
  if (eat (sc, &q, "nam") && eat_number (sc, &q, &y, &n) && n == 4)
    {
      *year = y;
      *p = q;
      return TRUE;
    }
  return FALSE;
}

/* "31/3/2024", "31/3", "31-03-2024", "31 tháng 3 năm 2024" */
static gboolean
eat_date (const Scan *sc,
          gsize      *p,
          int        *day,
          int        *month,
          int        *year)
{
  gsize q = *p;
  int d, m, y = 0, n;

  if (!eat_number (sc, &q, &d, &n) || n > 2)
    return FALSE;
  if (q < sc->len && is_date_sep (sc->s[q]))
    {
      char sep = sc->s[q];

      q++;
      if (!eat_number (sc, &q, &m, &n) || n > 2)
        return FALSE;
      if (q + 1 < sc->len && sc->s[q] == sep && g_ascii_isdigit (sc->s[q + 1]))
        {
          gsize r = q + 1;

          if (eat_number (sc, &r, &y, &n) && (n == 4 || n == 2))
            {
              if (n == 2)
                y += 2000;
              q = r;
            }
        }
    }
  else if (eat (sc, &q, "thang") && eat_number (sc, &q, &m, &n) && n <= 2)
    {
      gsize r = q;

      if (eat (sc, &r, "nam") && eat_number (sc, &r, &y, &n) && n == 4)
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

static gboolean
eat_quarter (const Scan *sc,
             gsize      *p,
             int        *quarter)
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

static int
reference_year (DtDate reference)
{
  return dt_date_get_year (reference != DT_DATE_NONE ? reference : dt_date_today ());
}

/* The Tết a phrase speaks of: this lunar year's, unless its Rằm tháng Giêng
 * is already past at the reference date. */
static int
tet_year (DtDate reference)
{
  DtDate ref = reference != DT_DATE_NONE ? reference : dt_date_today ();
  int year = dt_date_get_year (ref);

  if (ref > dt_lunar_to_solar (year, 1, 15, FALSE))
    year++;
  return year;
}

/* "Tết", "dịp Tết Nguyên đán Giáp Thìn 2024", "kỳ nghỉ Tết" — with an
 * optional explicit year */
static gboolean
eat_tet (const Scan *sc,
         gsize      *p,
         int        *year)
{
  static const char * const stems[] = { "giap", "at", "binh", "dinh", "mau", "ky", "canh",
                                        "tan", "nham", "quy", NULL };
  static const char * const branches[] = { "ty", "suu", "dan", "mao", "thin", "ngo", "mui",
                                           "than", "dau", "tuat", "hoi", NULL };
  gsize q = *p, r;
  int y, n;

  eat_any (sc, &q, (const char *[]) { "dip", "ky nghi", "thoi gian", NULL });
  if (!eat (sc, &q, "tet"))
    return FALSE;
  eat (sc, &q, "nguyen dan");
  *p = q;

  r = q;
  if (eat_any (sc, &r, stems) && eat_any (sc, &r, branches))
    *p = q = r;
  r = q;
  eat (sc, &r, "nam");
  if (eat_number (sc, &r, &y, &n) && n == 4)
    {
      *year = y;
      *p = r;
    }
  return TRUE;
}

typedef enum
{
  CLASS_PRECISE,
  CLASS_VAGUE,
  CLASS_RECURRENCE,
  CLASS_ONGOING,
  N_CLASSES
} PhraseClass;

typedef struct
{
  gboolean      found;
  gsize         start, end;      /* in folded text */
  DtDate        date;
  gboolean      approximate;
  gboolean      impossible;
  DtRecurrence  recurrence;
  guint         interval;
} Match;

static gboolean
match_tet (const Scan *sc,
           gsize       p,
           DtDate      reference,
           Match      *m)
{
  gsize q = p;
  int year = 0;
  int lunar_day = 0;

  if (eat_any (sc, &q, (const char *[]) { "truoc, trong va sau", "truoc, trong, sau",
                                          "truoc trong va sau", NULL })
      && eat_tet (sc, &q, &year))
    lunar_day = 15;
  else if ((q = p, eat_any (sc, &q, (const char *[]) { "ngay sau", "sau", NULL }))
           && eat_tet (sc, &q, &year))
    lunar_day = 15;
  else if ((q = p, eat (sc, &q, "truoc")) && eat_tet (sc, &q, &year))
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
      if (!(within || season) || !eat_tet (sc, &q, &year))
        return FALSE;
      lunar_day = 5;
    }

  if (year == 0)
    year = tet_year (reference);
  m->date = lunar_day > 0 ? dt_lunar_to_solar (year, 1, lunar_day, FALSE)
                          : dt_lunar_new_year (year) - 1;
  m->approximate = TRUE;
  m->end = q;
  return TRUE;
}

static gboolean
match_full_moon (const Scan *sc,
                 gsize       p,
                 DtDate      reference,
                 Match      *m)
{
  gsize q = p;
  int year = 0, n;

  eat_any (sc, &q, (const char *[]) { "truoc", "trong dip", "dip", NULL });
  if (!eat_any (sc, &q, (const char *[]) { "ram thang gieng", "tet nguyen tieu", NULL }))
    return FALSE;
  {
    gsize r = q;

    eat (sc, &r, "nam");
    if (eat_number (sc, &r, &year, &n) && n == 4)
      q = r;
    else
      year = 0;
  }
  if (year == 0)
    year = tet_year (reference);
  m->date = dt_lunar_to_solar (year, 1, 15, FALSE);
  m->end = q;
  return TRUE;
}

static const char * const completion_words[] = { "hoan thanh", "xong", "ket thuc", "thuc hien xong", NULL };

static gboolean
match_day (const Scan *sc,
           gsize       p,
           DtDate      reference,
           Match      *m)
{
  static const char * const triggers[] = {
    "truoc ngay", "cham nhat la ngay", "cham nhat vao ngay", "cham nhat ngay",
    "cham nhat la", "cham nhat", "muon nhat la ngay", "muon nhat ngay",
    "han chot", "han cuoi", "den het ngay", "xong truoc ngay", "truoc", NULL
  };
  gsize q = p;
  int d, mo, y;

  /* "Thời hạn (hoàn thành): 31/3/2024" */
  if (eat_any (sc, &q, (const char *[]) { "thoi han hoan thanh", "thoi han", "han hoan thanh", NULL }))
    {
      eat (sc, &q, ":");
      eat_any (sc, &q, triggers);
    }
  else
    {
      eat_any (sc, &q, completion_words);
      if (!eat_any (sc, &q, triggers))
        return FALSE;
    }
  eat (sc, &q, "ngay");
  if (!eat_date (sc, &q, &d, &mo, &y))
    return FALSE;

  if (y == 0)
    {
      DtDate ref = reference != DT_DATE_NONE ? reference : dt_date_today ();

      y = reference_year (reference);
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
  m->end = q;
  return TRUE;
}

static DtDate
quarter_end (int year,
             int quarter)
{
  return dt_date_end_of_month (year, quarter * 3);
}

static gboolean
match_month_or_quarter (const Scan *sc,
                        gsize       p,
                        DtDate      reference,
                        Match      *m)
{
  static const char * const triggers[] = {
    "cham nhat trong", "cham nhat vao", "cham nhat", "trong", "truoc het", "cuoi",
    "trong thoi gian", NULL
  };
  gsize q = p, r;
  int month = 0, quarter = 0, year = 0, qyear = 0, n;
  int ref_year = reference_year (reference);
  DtDate date;

  eat_any (sc, &q, completion_words);
  if (!eat_any (sc, &q, triggers))
    return FALSE;

  if (eat (sc, &q, "thang"))
    {
      if (!eat_number (sc, &q, &month, &n) || n > 2 || month < 1 || month > 12)
        return FALSE;
      eat_year_suffix (sc, &q, &year);
      r = q;
      if (eat_any (sc, &r, (const char *[]) { "va", ",", NULL }) && eat (sc, &r, "quy")
          && eat_quarter (sc, &r, &quarter))
        {
          q = r;
          eat_year_suffix (sc, &q, &qyear);
        }
    }
  else if (eat (sc, &q, "quy"))
    {
      if (!eat_quarter (sc, &q, &quarter))
        return FALSE;
      eat_year_suffix (sc, &q, &qyear);
    }
  else
    return FALSE;

  if (year == 0)
    year = qyear;
  if (qyear == 0)
    qyear = year;

  date = DT_DATE_NONE;
  if (month > 0)
    {
      if (year == 0)
        year = month < dt_date_get_month (reference != DT_DATE_NONE ? reference : dt_date_today ())
               ? ref_year + 1 : ref_year;
      date = dt_date_end_of_month (year, month);
    }
  if (quarter > 0)
    {
      DtDate qdate;

      if (qyear == 0)
        qyear = year != 0 ? year : ref_year;
      qdate = quarter_end (qyear, quarter);
      date = MAX (date, qdate);
    }

  m->date = date;
  m->end = q;
  return TRUE;
}

static gboolean
match_half_year (const Scan *sc,
                 gsize       p,
                 DtDate      reference,
                 Match      *m)
{
  gsize q = p;
  int year = 0, last_month, n;

  eat_any (sc, &q, completion_words);
  eat (sc, &q, "trong");
  if (eat_any (sc, &q, (const char *[]) { "6 thang dau nam", "sau thang dau nam", "nua dau nam", NULL }))
    last_month = 6;
  else if (eat_any (sc, &q, (const char *[]) { "6 thang cuoi nam", "sau thang cuoi nam",
                                               "nua cuoi nam", NULL }))
    last_month = 12;
  else
    return FALSE;

  {
    gsize r = q;

    if (eat_number (sc, &r, &year, &n) && n == 4)
      q = r;
    else
      year = 0;
  }
  if (year == 0)
    year = reference_year (reference);
  m->date = dt_date_end_of_month (year, last_month);
  m->end = q;
  return TRUE;
}

static gboolean
match_year (const Scan *sc,
            gsize       p,
            Match      *m)
{
  gsize q = p;
  int year, n;

  eat_any (sc, &q, completion_words);
  if (!eat_any (sc, &q, (const char *[]) { "cham nhat trong", "trong", "cuoi", NULL }))
    return FALSE;
  if (!eat (sc, &q, "nam") || !eat_number (sc, &q, &year, &n) || n != 4)
    return FALSE;
  m->date = dt_date_new (year, 12, 31);
  m->end = q;
  return TRUE;
}

static gboolean
match_recurrence (const Scan *sc,
                  gsize       p,
                  Match      *m)
{
  static const char * const units[] = { "ngay", "tuan", "thang", "quy", "nam", NULL };
  static const DtRecurrence kinds[] = { DT_RECURRENCE_DAYS, DT_RECURRENCE_WEEKLY,
                                        DT_RECURRENCE_MONTHLY, DT_RECURRENCE_QUARTERLY,
                                        DT_RECURRENCE_YEARLY };
  gsize q = p;
  int n, digits;
  gboolean periodic;

  /* "10 ngày/lần", "10 ngày một lần", "định kỳ 6 tháng" */
  periodic = eat (sc, &q, "dinh ky");
  if (eat_number (sc, &q, &n, &digits) && n > 0 && n < 1000)
    {
      for (guint i = 0; units[i] != NULL; i++)
        {
          gsize r = q;
          gboolean per;

          if (!eat (sc, &r, units[i]))
            continue;
          per = eat_any (sc, &r, (const char *[]) { "/lan", "/1 lan", "mot lan", "1 lan", NULL });
          if (!per && !periodic)
            return FALSE;

          m->recurrence = kinds[i];
          m->interval = n;
          if (kinds[i] == DT_RECURRENCE_WEEKLY && n != 1)
            {
              m->recurrence = DT_RECURRENCE_DAYS;
              m->interval = 7 * n;
            }
          else if (kinds[i] == DT_RECURRENCE_QUARTERLY && n != 1)
            {
              m->recurrence = DT_RECURRENCE_MONTHLY;
              m->interval = 3 * n;
            }
          else if (kinds[i] == DT_RECURRENCE_YEARLY && n != 1)
            {
              m->recurrence = DT_RECURRENCE_MONTHLY;
              m->interval = 12 * n;
            }
          m->end = r;
          return TRUE;
        }
      return FALSE;
    }

  /* "hằng tháng", "hàng quý", "định kỳ hằng quý" */
  q = p;
  eat (sc, &q, "dinh ky");
  if (!eat (sc, &q, "hang"))
    return FALSE;
  for (guint i = 0; units[i] != NULL; i++)
    if (eat (sc, &q, units[i]))
      {
        m->recurrence = kinds[i];
        m->interval = 1;
        m->end = q;
        return TRUE;
      }
  return FALSE;
}

static gboolean
ends_with (const Scan *sc,
           gsize       p,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return p >= n && strncmp (sc->s + p - n, suffix, n) == 0
         && (p == n || !g_ascii_isalnum (sc->s[p - n - 1]));
}

/* "nhất là dịp Tết": Tết as an emphasis, not a due date */
static gboolean
is_emphasis (const Scan *sc,
             gsize       p)
{
  static const char * const lead[] = { "nhat la ", "dac biet la ", "nhat la dip ",
                                       "dac biet la dip ", "nhat la vao ", "dac biet trong ",
                                       "ke ca ", "nhat la trong ", NULL };

  for (guint i = 0; lead[i] != NULL; i++)
    if (ends_with (sc, p, lead[i]))
      return TRUE;
  return FALSE;
}

/* Inside quotation marks, or in the subject of a cited document ("Công điện
 * số 09/CĐ-TTg … về việc … trong dịp Tết"), a phrase names no deadline. */
static gboolean
is_cited (const Scan *sc,
          gsize       p)
{
  gsize sentence = p;
  guint quotes = 0;
  const char *about;

  while (sentence > 0 && sc->s[sentence - 1] != '.' && sc->s[sentence - 1] != ';')
    sentence--;
  for (gsize i = sentence; i < p; i++)
    if (sc->s[i] == '"')
      quotes++;
  if (quotes % 2 == 1)
    return TRUE;

  about = g_strstr_len (sc->s + sentence, p - sentence, "ve viec ");
  if (about != NULL && g_strstr_len (sc->s + sentence, about - (sc->s + sentence), " so ") != NULL)
    return TRUE;
  return FALSE;
}

/* Every phrase begins with one of these words (or a number): a quick "no"
 * for the other words of the text */
static gboolean
may_start_phrase (const Scan *sc,
                  gsize       p)
{
  static const char * const words[] = {
    "truoc", "cham", "muon", "han", "den", "xong", "hoan", "ket", "thuc", "trong", "cuoi",
    "sau", "nua", "ngay", "dip", "ky", "ram", "tet", "thuong", "hang", "dinh", "thoi", NULL
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

static void
scan_phrases (const Scan *sc,
              DtDate      reference,
              Match       found[N_CLASSES])
{
  for (gsize p = 0; p < sc->len; p++)
    {
      Match m = { 0 };
      PhraseClass klass;

      if (!g_ascii_isalnum (sc->s[p]) || (p > 0 && g_ascii_isalnum (sc->s[p - 1])))
        continue;
      if (!may_start_phrase (sc, p))
        continue;

      if (!found[CLASS_PRECISE].found
          && (match_day (sc, p, reference, &m) || match_month_or_quarter (sc, p, reference, &m)
              || match_half_year (sc, p, reference, &m) || match_full_moon (sc, p, reference, &m)))
        klass = CLASS_PRECISE;
      else if (!found[CLASS_RECURRENCE].found && match_recurrence (sc, p, &m))
        klass = CLASS_RECURRENCE;
      else if (!found[CLASS_VAGUE].found
               && (match_tet (sc, p, reference, &m) || match_year (sc, p, &m)))
        klass = CLASS_VAGUE;
      else if (!found[CLASS_ONGOING].found && (m.end = p, eat (sc, &m.end, "thuong xuyen"))
               && !ends_with (sc, p, "chi "))
        klass = CLASS_ONGOING;
      else
        continue;

      if (is_cited (sc, p))
        continue;
      if ((klass == CLASS_VAGUE || klass == CLASS_ONGOING) && is_emphasis (sc, p))
        continue;

      m.found = TRUE;
      m.start = p;
      found[klass] = m;
      p = m.end > p ? m.end - 1 : p;
    }
}

static void
set_phrase (DtDeadline     *self,
            const DtFolded *folded,
            const char     *text,
            const Match    *m)
{
  self->start = folded->map[m->start];
  self->end = folded->map[m->end];
  self->phrase = g_strndup (text + self->start, self->end - self->start);
}

DtDeadline *
dt_deadline_inherit (const DtDeadline *heading_deadline)
{
  DtDeadline *self;

  g_return_val_if_fail (heading_deadline != NULL, NULL);

  self = dt_deadline_copy (heading_deadline);
  self->inherited = TRUE;
  self->start = -1;
  self->end = -1;
  self->recurrence = DT_RECURRENCE_NONE;
  self->recurrence_interval = 0;
  self->ongoing = FALSE;

  return self;
}

DtDeadline *
dt_deadline_parse_full (const char           *text,
                        gssize                length,
                        DtDate                reference,
                        const char           *section_heading,
                        DtDeadlineParseFlags  flags)
{
  g_autoptr(DtDeadline) self = NULL;
  DtFolded folded;
  Scan sc;
  Match found[N_CLASSES] = { { 0 } };

  g_return_val_if_fail (text != NULL, NULL);

  _dt_folded_init (&folded, text, length);
  sc.s = folded.text;
  sc.len = folded.len;
  scan_phrases (&sc, reference, found);

  if (flags & DT_DEADLINE_PARSE_PRECISE_ONLY)
    {
      found[CLASS_VAGUE].found = FALSE;
      found[CLASS_ONGOING].found = FALSE;
    }

  self = dt_deadline_new ();
  if (found[CLASS_PRECISE].found || found[CLASS_VAGUE].found)
    {
      const Match *m = found[CLASS_PRECISE].found ? &found[CLASS_PRECISE] : &found[CLASS_VAGUE];

      self->date = m->date;
      self->approximate = m->approximate;
      self->impossible = m->impossible;
      self->vague = !found[CLASS_PRECISE].found;
      set_phrase (self, &folded, text, m);
    }
  if (found[CLASS_RECURRENCE].found)
    {
      self->recurrence = found[CLASS_RECURRENCE].recurrence;
      self->recurrence_interval = found[CLASS_RECURRENCE].interval;
      if (self->phrase == NULL)
        set_phrase (self, &folded, text, &found[CLASS_RECURRENCE]);
    }
  if (self->phrase == NULL && found[CLASS_ONGOING].found)
    {
      self->ongoing = TRUE;
      set_phrase (self, &folded, text, &found[CLASS_ONGOING]);
    }
  _dt_folded_clear (&folded);

  if (self->phrase == NULL && section_heading != NULL)
    {
      g_autoptr(DtDeadline) heading = dt_deadline_parse_full (section_heading, -1, reference, NULL,
                                                              DT_DEADLINE_PARSE_PRECISE_ONLY);

      if (heading != NULL && heading->date != DT_DATE_NONE)
        return dt_deadline_inherit (heading);
    }

  if (self->phrase == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

DtDeadline *
dt_deadline_parse (const char *text,
                   gssize      length,
                   DtDate      reference,
                   const char *section_heading)
{
  return dt_deadline_parse_full (text, length, reference, section_heading,
                                 DT_DEADLINE_PARSE_DEFAULT);
}

char *
dt_deadline_to_string (const DtDeadline *self)
{
  g_autofree char *iso = NULL;

  if (self == NULL || self->date == DT_DATE_NONE)
    return g_strdup ("");
  iso = dt_date_to_iso (self->date);
  return g_strconcat (self->inherited ? "inherit:" : "", self->approximate ? "~" : "", iso, NULL);
}

const char *
dt_recurrence_to_code (DtRecurrence recurrence,
                       guint        interval,
                       gboolean     ongoing,
                       char         buffer[16])
{
  switch (recurrence)
    {
    case DT_RECURRENCE_DAYS:
      g_snprintf (buffer, 16, "%ud", interval);
      return buffer;
    case DT_RECURRENCE_WEEKLY:
      return "weekly";
    case DT_RECURRENCE_MONTHLY:
      if (interval > 1)
        {
          g_snprintf (buffer, 16, "%um", interval);
          return buffer;
        }
      return "monthly";
    case DT_RECURRENCE_QUARTERLY:
      return "quarterly";
    case DT_RECURRENCE_YEARLY:
      return "yearly";
    case DT_RECURRENCE_NONE:
    default:
      return ongoing ? "continuous" : "";
    }
}
