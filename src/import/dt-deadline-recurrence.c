/* dt-deadline-recurrence.c — deadlines that come back: "10 ngày/lần", "trước ngày 20 hằng tháng"
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

/* "10 ngày/lần", "hằng tháng", "định kỳ hằng quý", "định kỳ" */
gboolean
_dt_deadline_match_recurrence (const DtScan  *sc,
                               gsize          p,
                               DtPhraseMatch *m)
{
  static const char * const units[] = { "ngay", "tuan", "thang", "quy", "nam", NULL };
  static const DtRecurrence kinds[] = { DT_RECURRENCE_DAYS, DT_RECURRENCE_WEEKLY,
                                        DT_RECURRENCE_MONTHLY, DT_RECURRENCE_QUARTERLY,
                                        DT_RECURRENCE_YEARLY };
  gsize q = p, after_periodic;
  int n, digits;
  gboolean periodic;

  /* "10 ngày/lần", "10 ngày một lần", "định kỳ 6 tháng" */
  periodic = eat (sc, &q, "dinh ky");
  after_periodic = q;
  if (_dt_deadline_eat_number (sc, &q, &n, &digits) && n > 0 && n < 1000)
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
          m->rank = 1;
          m->end = r;
          return TRUE;
        }
    }

  /* "hằng tháng", "hàng quý", "định kỳ hằng quý" */
  q = after_periodic;
  if (eat (sc, &q, "hang"))
    for (guint i = 0; units[i] != NULL; i++)
      if (eat (sc, &q, units[i]))
        {
          m->recurrence = kinds[i];
          m->interval = 1;
          m->rank = 1;
          m->end = q;
          return TRUE;
        }

  /* "định kỳ" alone: some period the text does not give */
  if (!periodic)
    return FALSE;
  m->recurrence = DT_RECURRENCE_PERIODIC;
  m->interval = 1;
  m->rank = 0;
  m->end = after_periodic;
  return TRUE;
}

/* "trước ngày 20 hằng tháng", "ngày 25/12 hàng năm", "trước ngày 01/6 và
 * 15/11 hằng năm": a recurrence on given days */
gboolean
_dt_deadline_match_anchored_recurrence (const DtScan  *sc,
                                        gsize          p,
                                        DtPhraseMatch *m)
{
  gsize q = p, r;
  DtRecurrenceAnchors anchors = 0;
  gboolean yearly = FALSE;
  guint n_anchors = 0;

  eat_any (sc, &q, _dt_deadline_completion_words);
  eat_any (sc, &q, (const char *[]) { "truoc", "cham nhat la", "cham nhat", "vao", "trong", NULL });
  if (!eat (sc, &q, "ngay"))
    return FALSE;
  for (;;)
    {
      int d, mo, y, n;

      r = q;
      if (_dt_deadline_eat_date (sc, &r, &d, &mo, &y) && y == 0 && (n_anchors == 0 || yearly))
        {
          yearly = TRUE;
          anchors = dt_recurrence_anchors_add (anchors, mo, d);
        }
      else if ((r = q, _dt_deadline_eat_number (sc, &r, &d, &n)) && n <= 2 && d >= 1 && d <= 31
               && (n_anchors == 0 || !yearly)
               && !(r < sc->len && _dt_deadline_is_date_sep (sc->s[r])))
        anchors = dt_recurrence_anchors_add (anchors, 0, d);
      else
        return FALSE;
      n_anchors++;
      q = r;

      /* "và 15/11", ", ngày 15/11" */
      r = q;
      if (!eat_any (sc, &r, (const char *[]) { ",", "va", NULL }))
        break;
      eat (sc, &r, "ngay");
      skip_space (sc, &r);
      if (r >= sc->len || !g_ascii_isdigit (sc->s[r]))
        break;
      q = r;
    }
  r = q;
  if (!eat_any (sc, &r, (const char *[]) { "hang", "moi", NULL })
      || !eat (sc, &r, yearly ? "nam" : "thang"))
    return FALSE;

  m->recurrence = yearly ? DT_RECURRENCE_YEARLY : DT_RECURRENCE_MONTHLY;
  m->interval = 1;
  m->anchors = anchors;
  m->rank = 2;
  m->end = r;
  return TRUE;
}
