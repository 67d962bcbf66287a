/* dt-deadline.c — the deadline of a directive's text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is scanned on a folded copy (lower case, no diacritics) for the
 * phrases of the grammar (dt-deadline-grammar.c); the best of each kind is
 * kept, and the folded text maps back to the source, which gives the
 * phrase as written.
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-deadline-private.h"
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

/* What the scan has seen since the start of the sentence, kept as it moves
 * forward, so that whether a phrase is cited costs nothing per phrase: a
 * phrase inside quotation marks, or in the subject of a cited document
 * ("Công điện số 09/CĐ-TTg … về việc … trong dịp Tết"), names no deadline. */
typedef struct
{
  gsize    pos;            /* the text before pos is accounted for */
  gsize    sentence;       /* start of the sentence */
  gboolean in_quote;
  gboolean number_seen;    /* " số " */
  gboolean subject_seen;   /* "về việc " after it */
} Citation;

static gboolean
is_cited (const DtScan *sc,
          Citation     *c,
          gsize         p)
{
  for (gsize i = c->pos; i < p; i++)
    {
      char ch = sc->s[i];

      if (ch == '.' || ch == ';')
        {
          c->sentence = i + 1;
          c->in_quote = c->number_seen = c->subject_seen = FALSE;
        }
      else if (ch == '"')
        c->in_quote = !c->in_quote;
      else if (ch == ' ')
        {
          /* a word that ends here */
          if (i >= c->sentence + 3 && memcmp (sc->s + i - 3, " so ", 4) == 0)
            c->number_seen = TRUE;
          else if (c->number_seen && i >= c->sentence + 7
                   && memcmp (sc->s + i - 7, "ve viec ", 8) == 0)
            c->subject_seen = TRUE;
        }
    }
  c->pos = MAX (c->pos, p);
  return c->in_quote || c->subject_seen;
}

/* Whether m is to replace the phrase kept so far in its class: a date not
 * in the past before one that is (a past date is more likely cited than
 * due), a more specific recurrence before "định kỳ"; else the first. */
static gboolean
is_better (const DtPhraseMatch *m,
           const DtPhraseMatch *kept,
           DtDate               reference)
{
  int past_m, past_kept;

  if (!kept->found)
    return TRUE;
  past_m = reference != DT_DATE_NONE && m->date != DT_DATE_NONE && m->date < reference;
  past_kept = reference != DT_DATE_NONE && kept->date != DT_DATE_NONE && kept->date < reference;
  if (past_m != past_kept)
    return past_kept;
  return m->rank > kept->rank;
}

static void
scan_phrases (const DtScan  *sc,
              DtDate         reference,
              DtPhraseMatch  found[DT_N_PHRASE_CLASSES])
{
  Citation citation = { 0 };

  for (gsize p = 0; p < sc->len; p++)
    {
      DtPhraseMatch m = { 0 };
      DtPhraseClass klass;

      if (!g_ascii_isalnum (sc->s[p]) || (p > 0 && g_ascii_isalnum (sc->s[p - 1])))
        continue;
      if (!_dt_deadline_match_phrase (sc, p, reference, &m, &klass))
        continue;

      if (is_cited (sc, &citation, p))
        continue;
      if ((klass == DT_PHRASE_VAGUE || klass == DT_PHRASE_ONGOING)
          && _dt_deadline_is_emphasis (sc, p))
        continue;

      /* a year no notice can mean ("trong năm 0001", "Tết năm 9999"):
       * the phrase is kept, not its date */
      if (m.date != DT_DATE_NONE
          && (dt_date_get_year (m.date) < DT_LUNAR_FIRST_YEAR
              || dt_date_get_year (m.date) > DT_LUNAR_LAST_YEAR))
        {
          m.date = DT_DATE_NONE;
          m.impossible = TRUE;
          m.approximate = FALSE;
        }
      m.found = TRUE;
      m.start = p;
      if (is_better (&m, &found[klass], reference))
        found[klass] = m;
      if (m.skip && m.end > p)
        p = m.end - 1;
    }
}

static void
set_phrase (DtDeadline     *self,
            const DtFolded *folded,
            const char     *text,
            gsize           start,
            gsize           end)
{
  self->start = _dt_folded_source (folded, start);
  self->end = _dt_folded_source (folded, end);
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
  self->recurrence_anchors = 0;
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
  DtScan sc;
  DtPhraseMatch found[DT_N_PHRASE_CLASSES] = { { 0 } };
  const DtPhraseMatch *dated = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  _dt_folded_init (&folded, text, length);
  sc.s = folded.text;
  sc.len = folded.len;
  scan_phrases (&sc, reference, found);

  if (flags & DT_DEADLINE_PARSE_PRECISE_ONLY)
    {
      found[DT_PHRASE_VAGUE].found = FALSE;
      found[DT_PHRASE_ONGOING].found = FALSE;
      found[DT_PHRASE_EVENT].found = FALSE;
    }

  /* a day, month or quarter before a season or a year ("trước ngày
   * 31/12/2025" before "trong năm 2025"), unless it is past and the other
   * is not */
  if (found[DT_PHRASE_PRECISE].found)
    dated = &found[DT_PHRASE_PRECISE];
  if (found[DT_PHRASE_VAGUE].found && (dated == NULL || is_better (&found[DT_PHRASE_VAGUE], dated, reference)))
    dated = &found[DT_PHRASE_VAGUE];

  self = dt_deadline_new ();
  if (dated != NULL)
    {
      self->date = dated->date;
      self->approximate = dated->approximate;
      self->impossible = dated->impossible;
      self->vague = dated == &found[DT_PHRASE_VAGUE];
      set_phrase (self, &folded, text, dated->start, dated->end);
    }
  if (found[DT_PHRASE_RECURRENCE].found)
    {
      const DtPhraseMatch *r = &found[DT_PHRASE_RECURRENCE];

      self->recurrence = r->recurrence;
      self->recurrence_interval = r->interval;
      self->recurrence_anchors = r->anchors;
      if (self->phrase == NULL)
        {
          const DtPhraseMatch *o = &found[DT_PHRASE_ONGOING];

          /* "Thường xuyên, hằng năm" */
          if (o->found && _dt_deadline_adjacent (&sc, o, r))
            {
              self->ongoing = TRUE;
              set_phrase (self, &folded, text, MIN (o->start, r->start), MAX (o->end, r->end));
            }
          else
            set_phrase (self, &folded, text, r->start, r->end);
        }
    }
  if (self->phrase == NULL && found[DT_PHRASE_ONGOING].found)
    {
      self->ongoing = TRUE;
      set_phrase (self, &folded, text, found[DT_PHRASE_ONGOING].start, found[DT_PHRASE_ONGOING].end);
    }
  if (self->phrase == NULL && found[DT_PHRASE_EVENT].found)
    {
      self->event = TRUE;
      set_phrase (self, &folded, text, found[DT_PHRASE_EVENT].start, found[DT_PHRASE_EVENT].end);
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

/* "on day 20", "on days 5 and 20", "on 25/12", "on 01/06 and 15/11" */
static void
append_anchors (GString             *code,
                DtRecurrenceAnchors  anchors)
{
  int month, day;
  guint n = 0;

  while (dt_recurrence_anchors_get (anchors, n, &month, &day))
    n++;
  if (n == 0)
    return;
  g_string_append (code, " on ");
  dt_recurrence_anchors_get (anchors, 0, &month, &day);
  if (month == 0)
    g_string_append (code, n > 1 ? "days " : "day ");
  for (guint i = 0; i < n; i++)
    {
      dt_recurrence_anchors_get (anchors, i, &month, &day);
      if (i > 0)
        g_string_append (code, i + 1 == n ? " and " : ", ");
      if (month == 0)
        g_string_append_printf (code, "%d", day);
      else
        g_string_append_printf (code, "%02d/%02d", day, month);
    }
}

const char *
dt_recurrence_to_code (DtRecurrence        recurrence,
                       guint               interval,
                       DtRecurrenceAnchors anchors,
                       gboolean            ongoing,
                       char                buffer[DT_RECURRENCE_CODE_SIZE])
{
  g_autoptr(GString) code = g_string_new (ongoing ? "continuous" : "");

  if (recurrence != DT_RECURRENCE_NONE && ongoing)
    g_string_append (code, "; ");
  switch (recurrence)
    {
    case DT_RECURRENCE_DAYS:
      g_string_append_printf (code, "%ud", interval);
      break;
    case DT_RECURRENCE_WEEKLY:
      g_string_append (code, "weekly");
      break;
    case DT_RECURRENCE_MONTHLY:
      if (interval > 1)
        g_string_append_printf (code, "%um", interval);
      else
        g_string_append (code, "monthly");
      append_anchors (code, anchors);
      break;
    case DT_RECURRENCE_QUARTERLY:
      g_string_append (code, "quarterly");
      break;
    case DT_RECURRENCE_YEARLY:
      g_string_append (code, "yearly");
      append_anchors (code, anchors);
      break;
    case DT_RECURRENCE_PERIODIC:
      g_string_append (code, "periodic");
      break;
    case DT_RECURRENCE_ONGOING:   /* written by the ongoing flag */
    case DT_RECURRENCE_NONE:
    default:
      break;
    }
  g_strlcpy (buffer, code->str, DT_RECURRENCE_CODE_SIZE);
  return buffer;
}

const char *
dt_deadline_get_recurrence_code (const DtDeadline *self,
                                 char              buffer[DT_RECURRENCE_CODE_SIZE])
{
  g_return_val_if_fail (self != NULL, "");

  return dt_recurrence_to_code (self->recurrence, self->recurrence_interval,
                                self->recurrence_anchors, self->ongoing, buffer);
}
