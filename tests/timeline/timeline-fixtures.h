/* timeline-fixtures.h — directives built by hand for the timeline's tests
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-timeline-item.h"

G_BEGIN_DECLS

/* The status a directive would have on today (the list's rules, simplified). */
DtStatus        fixture_status   (const DtTimelineItem *item,
                                  DtDate                today);
DtTimelineItem *fixture_item     (gint64                id,
                                  const char           *unit,
                                  const char           *ordinal,
                                  const char           *text,
                                  DtDate                assigned,
                                  DtDate                deadline,
                                  DtDate                today);
/* The directives of the sample notice, from its gold TSV (one per lead
 * unit), assigned at the meeting (25/01/2024), with some completed and one
 * extended so every mark shows.  NULL with error when the file is missing. */
GPtrArray      *fixture_sample_notice (DtDate          today,
                                       GError        **error);
/* n generated directives over 40 units and two years. */
GPtrArray      *fixture_many     (guint                 n,
                                  DtDate                today);

G_END_DECLS
