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

G_END_DECLS
