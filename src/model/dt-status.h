/* dt-status.h — the derived status of a directive
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_DUE_SOON_DAYS_DEFAULT 7

typedef enum
{
  DT_LATENESS_AGAINST_CURRENT,  /* judge against the extended deadline */
  DT_LATENESS_AGAINST_ORIGINAL, /* judge against the deadline as first set */
} DtLatenessRule;

/* How statuses are judged: the user's preferences ("due-soon-days" and
 * "lateness-against-original" in GSettings), handed in by the application.
 * The store holds the one its lists and objects use. */
typedef struct
{
  guint          due_soon_days;  /* a deadline within this many days is due soon */
  DtLatenessRule lateness;
} DtStatusRule;

#define DT_STATUS_RULE_INIT { DT_DUE_SOON_DAYS_DEFAULT, DT_LATENESS_AGAINST_CURRENT }

/* The one definition of a directive's status.  Pure: everything it needs
 * is in its arguments; rule NULL for the defaults. */
DtStatus     dt_status_compute     (const DtStatusRule *rule,
                                    DtDate          today,
                                    DtDate          deadline,          /* current */
                                    DtDate          original_deadline,
                                    DtDate          completed,
                                    gboolean        cancelled,
                                    DtRecurrence    recurrence);
/* The same rule as an SQL expression over a row "d" of the directives
 * table, for filtering, counting and sorting in the database; :today and
 * :soon (today + due_soon_days) are bound as ISO dates.  A test checks it
 * against dt_status_compute() on every row of a varied database. */
char        *dt_status_rule_to_sql (const DtStatusRule *rule);
gboolean     dt_status_rule_equal  (const DtStatusRule *a,
                                    const DtStatusRule *b);
/* The status's one name, translated ("Overdue"): list, detail, timeline
 * and report all show this one */
const char  *dt_status_to_string   (DtStatus        status);
const char  *dt_status_to_id       (DtStatus        status);  /* "overdue", stable for CSS and CLI */
DtStatus     dt_status_from_id     (const char     *id);      /* DT_N_STATUSES when unknown */
gboolean     dt_status_is_completed (DtStatus       status);

G_END_DECLS
