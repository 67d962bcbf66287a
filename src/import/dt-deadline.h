/* dt-deadline.h — the grammar of Vietnamese deadline phrases
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

typedef enum
{
  DT_DEADLINE_PARSE_DEFAULT      = 0,
  /* Only phrases that fix a date by the calendar (a day, a month, a quarter,
   * half a year) and recurrences: seasonal phrases ("dịp Tết"), years and
   * ranges of years ("trong năm YYYY", "trong giai đoạn 2021 - 2025"),
   * "thường xuyên" and event-relative phrases are ignored.  For tables
   * without a deadline column, where such words describe the task rather
   * than its due date, and for section headings. */
  DT_DEADLINE_PARSE_PRECISE_ONLY = 1 << 0,
} DtDeadlineParseFlags;

#define DT_TYPE_DEADLINE (dt_deadline_get_type ())

typedef struct _DtDeadline DtDeadline;

struct _DtDeadline
{
  DtDate        date;          /* DT_DATE_NONE if none */
  gboolean      approximate;   /* "dịp Tết" → ≈ 5th day of the lunar year */
  gboolean      inherited;     /* from the section heading */
  gboolean      impossible;    /* "31/02", "Tết năm 9999", a year outside
                                * DT_LUNAR_FIRST_YEAR…LAST_YEAR: flagged, not
                                * guessed; date is none */
  gboolean      ongoing;       /* "thường xuyên": no deadline */
  gboolean      vague;         /* seasonal or year-long phrase */
  gboolean      event;         /* due at an event ("trước khi trình …", "tại Kỳ
                                * họp thứ Sáu") or only expected ("dự kiến
                                * tháng 12/2017"): phrase kept, date none */
  DtRecurrence  recurrence;
  guint         recurrence_interval;  /* days for DT_RECURRENCE_DAYS, else 1 */
  DtRecurrenceAnchors recurrence_anchors; /* "trước ngày 20 hằng tháng" */
  char         *phrase;        /* exactly as written */
  gssize        start;         /* byte span of phrase in the parsed text, */
  gssize        end;           /* -1 when inherited from the heading */
};

GType        dt_deadline_get_type   (void) G_GNUC_CONST;
DtDeadline  *dt_deadline_new        (void);
DtDeadline  *dt_deadline_copy       (const DtDeadline *self);
void         dt_deadline_free       (DtDeadline       *self);

/* Finds the deadline phrase of a directive's text, resolved against the
 * reference date (the notice's meeting or issue date).  Of several phrases,
 * a day, month or quarter wins over a season or a year, a date not before
 * the reference over one that is, then the first; phrases inside quotation
 * marks or in a cited document's subject ("Công văn số … về việc …") are
 * not read.  A recurrence is reported beside the date; an event-relative
 * phrase only when there is nothing else.  When the text itself gives no
 * deadline, recurrence, "thường xuyên" or event, a deadline in
 * section_heading (may be NULL) is inherited.  Returns NULL when nothing is
 * found.  Linear in the length of the text. */
DtDeadline  *dt_deadline_parse      (const char           *text,
                                     gssize                length,
                                     DtDate                reference,
                                     const char           *section_heading);
DtDeadline  *dt_deadline_parse_full (const char           *text,
                                     gssize                length,
                                     DtDate                reference,
                                     const char           *section_heading,
                                     DtDeadlineParseFlags  flags);
/* Marks a heading's deadline as inherited (start/end -1); returns a copy */
DtDeadline  *dt_deadline_inherit    (const DtDeadline     *heading_deadline);

/* "2024-03-31", "~2024-02-14", "inherit:2024-03-31", "" (as the gold files) */
char        *dt_deadline_to_string  (const DtDeadline     *self);
/* As the gold files write a recurrence: "10d", "weekly", "monthly",
 * "monthly on day 20", "quarterly", "yearly", "yearly on 25/12",
 * "yearly on 01/06 and 15/11", "periodic", "continuous",
 * "continuous; yearly", "".  Returns a static string or buffer. */
const char  *dt_recurrence_to_code  (DtRecurrence          recurrence,
                                     guint                 interval,
                                     DtRecurrenceAnchors   anchors,
                                     gboolean              ongoing,
                                     char                  buffer[DT_RECURRENCE_CODE_SIZE]);
const char  *dt_deadline_get_recurrence_code (const DtDeadline *self,
                                              char              buffer[DT_RECURRENCE_CODE_SIZE]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtDeadline, dt_deadline_free)

G_END_DECLS
