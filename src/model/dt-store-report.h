/* dt-store-report.h — what the meeting's report reads from the store
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

/* What judging a directive in a period takes: its dates and lead unit. */
typedef struct
{
  gint64    id;
  gint64    lead_unit_id;       /* 0: none (addressed to a collective) */
  DtDate    assigned;
  DtDate    deadline;           /* current */
  DtDate    original_deadline;
  DtDate    completed;
  gboolean  cancelled;
} DtReportCandidate;

/* A unit as the report names it. */
typedef struct
{
  gint64  id;
  char   *name;
} DtReportUnitName;

/* A directive of the report's appendix, with its latest progress report
 * known on the reporting date. */
typedef struct
{
  gint64  directive_id;
  char   *unit_name;           /* the lead unit's; NULL when none leads */
  char   *notice_number;       /* as stored */
  char   *notice_reference;    /* its number, or without one its kind and date;
                                * "" for no notice */
  char   *ordinal;
  char   *text;
  DtDate  progress_date;       /* DT_DATE_NONE without one, or undated */
  char   *progress_text;       /* NULL without one */
} DtReportDirective;

void          dt_report_unit_name_free   (gpointer data);
void          dt_report_directive_free   (gpointer data);

/* How many directives the store holds, whatever their period; -1 when it
 * cannot be read. */
gint64        dt_store_count_directives  (DtStore      *self,
                                          GError      **error);

/* Every unit, merged ones too, in the order of their names: of
 * DtReportUnitName.  NULL when they cannot be read. */
GPtrArray    *dt_store_list_unit_names   (DtStore      *self,
                                          GError      **error);

/* The directives of @notice_id (0: of every notice) that may count in the
 * period from..to reported on as_of, in no particular order: of
 * DtReportCandidate.  Left out are only those the report's rule
 * (dt_report_classify) would leave out: whose deadlines all fall after the
 * period, and those completed before the period and before as_of whose
 * deadlines fell before the period too.  NULL when they cannot be read. */
GArray       *dt_store_list_report_candidates (DtStore *self,
                                               gint64   notice_id,
                                               DtDate   from,
                                               DtDate   to,
                                               DtDate   as_of,
                                               GError **error);

/* The directives of ids, in that order, each with its latest progress
 * report dated on or before as_of (or undated): of DtReportDirective.  A
 * directive gone meanwhile comes with empty strings.  NULL when they
 * cannot be read. */
GPtrArray    *dt_store_list_report_directives (DtStore      *self,
                                               const gint64 *ids,
                                               guint         n_ids,
                                               DtDate        as_of,
                                               GError      **error);

G_END_DECLS
