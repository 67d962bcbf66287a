/* dt-deadline-private.h — the phrases of the deadline grammar, for the
 * parser that chooses among them
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-deadline.h"
#include "dt-import-text-private.h"

G_BEGIN_DECLS

typedef enum
{
  DT_PHRASE_PRECISE,     /* a day, a month, a quarter, half a year */
  DT_PHRASE_VAGUE,       /* a season, a year, a range of years */
  DT_PHRASE_RECURRENCE,
  DT_PHRASE_ONGOING,     /* "thường xuyên" */
  DT_PHRASE_EVENT,       /* "trước khi trình …", "dự kiến tháng 12/2017" */
  DT_N_PHRASE_CLASSES
} DtPhraseClass;

/* One phrase found: its span in the folded text and what it means */
typedef struct
{
  gboolean            found;
  gsize               start, end;      /* in folded text */
  DtDate              date;
  gboolean            approximate;
  gboolean            impossible;
  DtRecurrence        recurrence;
  guint               interval;
  DtRecurrenceAnchors anchors;
  int                 rank;            /* within its class, the higher wins */
  gboolean            skip;            /* the scan goes on after the phrase */
} DtPhraseMatch;

/* The phrase that starts at p (a word start), if any.  At the start of the
 * text or of a table cell a time alone ("Quí IV-2025") is a phrase. */
gboolean _dt_deadline_match_phrase  (const DtScan        *sc,
                                     gsize                p,
                                     DtDate               reference,
                                     DtPhraseMatch       *m,
                                     DtPhraseClass       *klass);
/* "nhất là dịp Tết": Tết as an emphasis, not a due date */
gboolean _dt_deadline_is_emphasis   (const DtScan        *sc,
                                     gsize                p);
/* "Thường xuyên, hằng năm": two phrases that are one timing */
gboolean _dt_deadline_adjacent      (const DtScan        *sc,
                                     const DtPhraseMatch *a,
                                     const DtPhraseMatch *b);

/* One space, if there is one */
static inline void
skip_space (const DtScan *sc,
            gsize        *p)
{
  if (*p < sc->len && sc->s[*p] == ' ')
    (*p)++;
}

/* The scanner of dt-import-text-private.h, by short names */
static inline gboolean
eat (const DtScan *sc,
     gsize        *p,
     const char   *lit)
{
  return _dt_scan_eat (sc, p, lit);
}

static inline gboolean
eat_any (const DtScan       *sc,
         gsize              *p,
         const char * const *lits)
{
  return _dt_scan_eat_any (sc, p, lits);
}

/* The grammar's parts, shared by its files: dt-deadline-words.c (numbers,
 * dates, years), dt-deadline-periods.c, dt-deadline-recurrence.c and
 * dt-deadline-grammar.c (Tết, days, events, table cells, and the choice) */

gboolean
_dt_deadline_eat_number (const DtScan *sc,
                         gsize        *p,
                         int          *value,
                         int          *n_digits);

gboolean
_dt_deadline_is_date_sep (char c);

/* "/2024", "-2024", " năm 2024" */
gboolean
_dt_deadline_eat_year_suffix (const DtScan *sc,
                              gsize        *p,
                              int          *year);

/* "31/3/2024", "31/3", "31-03-2024", "31 tháng 3 năm 2024" */
gboolean
_dt_deadline_eat_date (const DtScan *sc,
                       gsize        *p,
                       int          *day,
                       int          *month,
                       int          *year);

gboolean
_dt_deadline_eat_quarter (const DtScan *sc,
                          gsize        *p,
                          int          *quarter);

/* A four-digit year (any: a year out of the calendar makes the phrase
 * impossible, not another phrase) */
gboolean
_dt_deadline_eat_year (const DtScan *sc,
                       gsize        *p,
                       int          *year);

/* "2024 - 2030", "2018-2020", "2021 đến 2025", "2021 đến năm 2025": the last year */
gboolean
_dt_deadline_eat_year_range (const DtScan *sc,
                             gsize        *p,
                             int          *last);

int
_dt_deadline_reference_year (DtDate reference);

/* A date of the lunar calendar, or none out of its years */
DtDate
_dt_deadline_lunar_date (int year,
                         int day);

/* The Tết a phrase speaks of: this lunar year's, unless its Rằm tháng Giêng
 * is already past at the reference date. */
int
_dt_deadline_tet_year (DtDate reference);

DtDate
_dt_deadline_quarter_end (int year,
                          int quarter);

/* "tháng 3/2024", "tháng 02 và quý I năm 2024", "quý III/2024", "Quí IV-2025",
 * "Quý 4 năm 2017", "quý III và IV năm 2025", "tháng 11, 12/2025": the last
 * day of the last month or quarter.  A month or quarter without its year
 * takes the year written after it, else the reference's. */
gboolean
_dt_deadline_eat_period (const DtScan  *sc,
                         gsize         *p,
                         DtDate         reference,
                         DtPhraseMatch *m);

gboolean
_dt_deadline_match_month_or_quarter (const DtScan  *sc,
                                     gsize          p,
                                     DtDate         reference,
                                     DtPhraseMatch *m);

gboolean
_dt_deadline_match_half_year (const DtScan  *sc,
                              gsize          p,
                              DtDate         reference,
                              DtPhraseMatch *m);

/* "trong năm 2025", "cuối năm 2025", "trong giai đoạn 2018 - 2020",
 * "Đến năm 2015" (opening a clause, not "tầm nhìn đến năm 2050"),
 * "hoàn thành đến hết năm 2025": 31/12 of the (last) year.  A range is a
 * time frame only after "trong": "kế hoạch giai đoạn 2021 - 2025" names a
 * plan. */
gboolean
_dt_deadline_match_year (const DtScan  *sc,
                         gsize          p,
                         DtPhraseMatch *m);

/* "10 ngày/lần", "hằng tháng", "định kỳ hằng quý", "định kỳ" */
gboolean
_dt_deadline_match_recurrence (const DtScan  *sc,
                               gsize          p,
                               DtPhraseMatch *m);

/* "trước ngày 20 hằng tháng", "ngày 25/12 hàng năm", "trước ngày 01/6 và
 * 15/11 hằng năm": a recurrence on given days */
gboolean
_dt_deadline_match_anchored_recurrence (const DtScan  *sc,
                                        gsize          p,
                                        DtPhraseMatch *m);

/* "hoan thanh", "xong" … (folded) */
extern const char * const _dt_deadline_completion_words[];

G_END_DECLS
