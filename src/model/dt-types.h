/* dt-types.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DtStore           DtStore;
typedef struct _DtNotice          DtNotice;
typedef struct _DtUnit            DtUnit;
typedef struct _DtDirective       DtDirective;
typedef struct _DtAttachment      DtAttachment;
typedef struct _DtExtension       DtExtension;
typedef struct _DtProgressReport  DtProgressReport;
typedef struct _DtDirectiveList   DtDirectiveList;

/* A calendar date as a Julian day number (as g_date_get_julian()), so that
 * date arithmetic is integer arithmetic.  0 means "no date". */
typedef guint32 DtDate;
#define DT_DATE_NONE ((DtDate) 0)

typedef enum
{
  DT_RECURRENCE_NONE,
  DT_RECURRENCE_DAYS,       /* every recurrence_interval days ("10 ngày/lần") */
  DT_RECURRENCE_WEEKLY,
  DT_RECURRENCE_MONTHLY,    /* "hằng tháng" */
  DT_RECURRENCE_QUARTERLY,  /* "định kỳ hằng quý" */
  DT_RECURRENCE_YEARLY,
  DT_RECURRENCE_PERIODIC,   /* "định kỳ" with no period given */
  DT_RECURRENCE_ONGOING,    /* "thường xuyên": a standing duty, no deadline expected */
} DtRecurrence;
#define DT_RECURRENCE_LAST DT_RECURRENCE_ONGOING
/* Room for a recurrence as the gold files write it (dt_recurrence_to_code()) */
#define DT_RECURRENCE_CODE_SIZE 64

/* The days a recurring duty falls due on: "trước ngày 20 hằng tháng" is day
 * 20 of every month, "trước ngày 01/6 và 15/11 hằng năm" 1 June and 15
 * November of every year.  Packed in one integer, as the store keeps it: up
 * to DT_RECURRENCE_MAX_ANCHORS days of 10 bits each, month × 32 + day, month
 * 0 for a day of every month.  0: no particular day. */
typedef guint32 DtRecurrenceAnchors;
#define DT_RECURRENCE_MAX_ANCHORS 3

/* Adds a day (month 0: of every month); a fourth day is dropped */
static inline DtRecurrenceAnchors
dt_recurrence_anchors_add (DtRecurrenceAnchors anchors,
                           int                 month,
                           int                 day)
{
  if (month < 0 || month > 12 || day < 1 || day > 31)
    return anchors;
  for (guint i = 0; i < DT_RECURRENCE_MAX_ANCHORS; i++)
    if (((anchors >> (10 * i)) & 0x3ff) == 0)
      return anchors | ((guint32) (month * 32 + day) << (10 * i));
  return anchors;
}

/* The i-th day, FALSE when there are fewer */
static inline gboolean
dt_recurrence_anchors_get (DtRecurrenceAnchors  anchors,
                           guint                i,
                           int                 *month,
                           int                 *day)
{
  guint32 v = i < DT_RECURRENCE_MAX_ANCHORS ? (anchors >> (10 * i)) & 0x3ff : 0;

  if (v == 0)
    return FALSE;
  *month = v / 32;
  *day = v % 32;
  return TRUE;
}

/* Derived, never stored.  The first four are the categories offices report
 * at the monthly meeting. */
typedef enum
{
  DT_STATUS_COMPLETED_ON_TIME,
  DT_STATUS_COMPLETED_LATE,
  DT_STATUS_IN_PROGRESS,      /* within the deadline, not due soon */
  DT_STATUS_OVERDUE,          /* in progress, deadline passed */
  DT_STATUS_DUE_SOON,         /* in progress, deadline within N days */
  DT_STATUS_ONGOING,          /* no deadline: recurring or a standing duty */
  DT_STATUS_NO_DEADLINE,      /* no deadline, and not marked recurring or ongoing */
  DT_STATUS_CANCELLED,
  DT_N_STATUSES
} DtStatus;

typedef enum
{
  DT_NOTICE_KIND_CONCLUSION,  /* Thông báo kết luận */
  DT_NOTICE_KIND_DIRECTIVE,   /* Chỉ thị */
  DT_NOTICE_KIND_PLAN,        /* Kế hoạch */
  DT_NOTICE_KIND_OFFICIAL_LETTER, /* Công văn */
  DT_NOTICE_KIND_DECISION,    /* Quyết định */
  DT_NOTICE_KIND_OTHER,
} DtNoticeKind;

G_END_DECLS
