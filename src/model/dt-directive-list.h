/* dt-directive-list.h — a live GListModel of directives matching a query
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-types.h"

G_BEGIN_DECLS

typedef enum
{
  DT_DIRECTIVE_SORT_DEADLINE,   /* no deadline last */
  DT_DIRECTIVE_SORT_ORDINAL,    /* notice, then ordinal as a version ("3.10" after "3.9") */
  DT_DIRECTIVE_SORT_UNIT,
  DT_DIRECTIVE_SORT_STATUS,
  DT_DIRECTIVE_SORT_NOTICE,
  DT_DIRECTIVE_SORT_TEXT,
} DtDirectiveSort;

/* Status filters as flags: 1 << DtStatus; 0 = all. */
#define DT_STATUS_FLAG(s) (1u << (s))

#define DT_TYPE_DIRECTIVE_LIST (dt_directive_list_get_type ())
G_DECLARE_FINAL_TYPE (DtDirectiveList, dt_directive_list, DT, DIRECTIVE_LIST, GObject)

/* A GListModel of DtDirective.  It re-queries when the store emits
 * "changed" or a filter changes, and emits items-changed only for what
 * differs.  Items are created lazily: holding 100 000 rows costs ids only. */
DtDirectiveList *dt_directive_list_new            (DtStore         *store);
DtStore         *dt_directive_list_get_store      (DtDirectiveList *self);
void             dt_directive_list_set_notice     (DtDirectiveList *self,
                                                   gint64           notice_id);   /* 0 = any */
void             dt_directive_list_set_unit       (DtDirectiveList *self,
                                                   gint64           unit_id);     /* lead unit; 0 = any */
void             dt_directive_list_set_statuses   (DtDirectiveList *self,
                                                   guint            status_flags); /* 0 = any */
void             dt_directive_list_set_search     (DtDirectiveList *self,
                                                   const char      *text);        /* folded match */
void             dt_directive_list_set_date_range (DtDirectiveList *self,
                                                   DtDate           from,
                                                   DtDate           to);          /* deadline within */
void             dt_directive_list_set_sort       (DtDirectiveList *self,
                                                   DtDirectiveSort  sort,
                                                   gboolean         descending);
/* re-query, e.g. when the day changes (statuses depend on today) */
void             dt_directive_list_refresh        (DtDirectiveList *self);
/* counts per status for the current notice/unit/search filters, ignoring the status filter */
void             dt_directive_list_count_statuses (DtDirectiveList *self,
                                                   guint            counts[DT_N_STATUSES]);

/* The sidebar's counts, in one query: per status, the directives that match
 * the search alone (whatever the list's other filters), and how many of
 * those in progress or due soon have their deadline from due_from to due_to. */
void             dt_directive_list_count_search   (DtDirectiveList *self,
                                                   DtDate           due_from,
                                                   DtDate           due_to,
                                                   guint            counts[DT_N_STATUSES],
                                                   guint           *n_due);

/* The same over every directive of the store, whatever the list's filters
 * and search: the sidebar's totals. */
void             dt_directive_list_count_all      (DtDirectiveList *self,
                                                   DtDate           due_from,
                                                   DtDate           due_to,
                                                   guint            counts[DT_N_STATUSES],
                                                   guint           *n_due);

typedef void (*DtDirectiveListFunc) (DtDirective *directive,
                                     guint        position,
                                     gpointer     user_data);

/* Calls func once for each directive of the list, with its position, in no
 * particular order: for reading every row of a long list at once, much
 * faster than g_list_model_get_item() on each.  The object is only lent
 * for the call (the next one may reuse it): copy what you need, and do not
 * use the store from func. */
void             dt_directive_list_foreach        (DtDirectiveList     *self,
                                                   DtDirectiveListFunc  func,
                                                   gpointer             user_data);

/* What a chart of thousands of directives needs of each, read without
 * making objects (nor their text, their deadline's phrase or their
 * coordinating units).  The strings are g_intern_string ()s: rows with the
 * same unit, notice, section or ordinal share them. */
typedef struct
{
  gint64        id;
  const char   *ordinal;
  const char   *section;
  const char   *unit;                /* the lead unit's name */
  const char   *notice;              /* the notice's label, "37/TB-UBND" */
  DtDate        assigned;
  DtDate        deadline;            /* current, after extensions */
  DtDate        original_deadline;
  DtDate        completed;
  gboolean      approximate;
  gboolean      cancelled;
  DtRecurrence  recurrence;
  guint         recurrence_interval;
  DtStatus      status;
} DtDirectiveBrief;

typedef void (*DtDirectiveBriefFunc) (const DtDirectiveBrief *brief,
                                      guint                   position,
                                      gpointer                user_data);

/* As dt_directive_list_foreach (), with the brief of each directive. */
void             dt_directive_list_foreach_brief  (DtDirectiveList      *self,
                                                   DtDirectiveBriefFunc  func,
                                                   gpointer              user_data);

G_END_DECLS
