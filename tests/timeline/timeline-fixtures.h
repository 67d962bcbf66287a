/* timeline-fixtures.h — directives built by hand for the timeline's tests,
 * and the helpers that look at what was laid out and drawn
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "dt-timeline-item.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render.h"

G_BEGIN_DECLS

/* The day the timeline's tests take as today, 15/03/2024, set for the code
 * under test as well ($DT_TODAY). */
DtDate          fixture_set_today (void);
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
/* A directive of the sample notice as its gold TSV reads it. */
typedef struct
{
  char     *ordinal;
  char     *section;
  char     *units;        /* lead units, ";" between them */
  char     *text;
  DtDate    deadline;
  gboolean  approximate;
  guint     every_days;   /* recurs every so many days; 0: once */
} FixtureGoldRow;

/* The sample notice's directives (not those of a collective), from its
 * gold TSV in $DT_SAMPLES_DIR: of FixtureGoldRow.  NULL with error when
 * the file is missing. */
GPtrArray      *fixture_read_gold (GError        **error);

/* The directives of the sample notice, from its gold TSV (one per lead
 * unit), assigned at the meeting (25/01/2024), with some completed and one
 * extended so every mark shows.  NULL with error when the file is missing. */
GPtrArray      *fixture_sample_notice (DtDate          today,
                                       GError        **error);
/* n generated directives over 40 units and two years. */
GPtrArray      *fixture_many     (guint                 n,
                                  DtDate                today);

/* An empty array of DtTimelineItem, which it frees. */
GPtrArray      *fixture_new_items (void);
/* The screen's options from..to at 4 px a day, as of today. */
void            fixture_init_options (DtTimelineOptions *o,
                                      DtDate             from,
                                      DtDate             to,
                                      DtDate             today);
/* The row of the directive id, asserting there is one. */
const DtTimelineRow *fixture_row_of_item (DtTimelineLayout *layout,
                                          gint64            id);
/* How many pixels of x0..x1, y0..y1 are of color (within 2 of 255). */
guint           fixture_count_color (cairo_surface_t       *surface,
                                     int                    x0,
                                     int                    x1,
                                     int                    y0,
                                     int                    y1,
                                     const DtTimelineColor *color);
/* Page @page of @pages drawn on an image the page's size. */
cairo_surface_t *fixture_draw_page  (DtTimelinePages           *pages,
                                     const DtTimelinePageSetup *setup,
                                     guint                      page);

G_END_DECLS
