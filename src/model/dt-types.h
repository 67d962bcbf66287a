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
} DtRecurrence;

/* Derived, never stored.  The first four are the categories offices report
 * at the monthly meeting. */
typedef enum
{
  DT_STATUS_COMPLETED_ON_TIME,
  DT_STATUS_COMPLETED_LATE,
  DT_STATUS_IN_PROGRESS,      /* within the deadline, not due soon */
  DT_STATUS_OVERDUE,          /* in progress, deadline passed */
  DT_STATUS_DUE_SOON,         /* in progress, deadline within N days */
  DT_STATUS_ONGOING,          /* no deadline */
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
