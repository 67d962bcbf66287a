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

/* Pure function: everything it needs is in its arguments. */
DtStatus     dt_status_compute     (DtDate          today,
                                    DtDate          deadline,          /* current */
                                    DtDate          original_deadline,
                                    DtDate          completed,
                                    gboolean        cancelled,
                                    guint           due_soon_days,
                                    DtLatenessRule  rule);
const char  *dt_status_to_string   (DtStatus        status);  /* translated, glossary words */
const char  *dt_status_to_short_string (DtStatus   status); /* translated, for a pill */
const char  *dt_status_to_id       (DtStatus        status);  /* "overdue", stable for CSS and CLI */
DtStatus     dt_status_from_id     (const char     *id);      /* DT_N_STATUSES when unknown */
gboolean     dt_status_is_completed (DtStatus       status);

G_END_DECLS
