/* dt-timeline-page-setup.h — the sheet a timeline is printed on
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dt-date.h"

G_BEGIN_DECLS

typedef enum
{
  DT_TIMELINE_PAPER_A4,
  DT_TIMELINE_PAPER_A3,
} DtTimelinePaper;

gboolean dt_timeline_paper_from_id  (const char      *id,       /* "A4", "a3" */
                                     DtTimelinePaper *paper);
/* In points (1/72 in). */
void     dt_timeline_paper_get_size (DtTimelinePaper  paper,
                                     gboolean         landscape,
                                     double          *width,
                                     double          *height);

/* What a sheet larger than A4 is used for. */
typedef enum
{
  DT_TIMELINE_TYPE_LARGE,    /* larger type, grown with the sheet: A3 reads like A4 held closer */
  DT_TIMELINE_TYPE_NORMAL,   /* A4's type: more rows and more days on each page */
} DtTimelineTypeSize;

gboolean    dt_timeline_type_size_from_id (const char         *id,   /* "large", "normal" */
                                           DtTimelineTypeSize *type_size);
const char *dt_timeline_type_size_to_id   (DtTimelineTypeSize  type_size);

typedef struct
{
  double      page_width;    /* in the units of the cairo_t pages are drawn on (points) */
  double      page_height;
  double      margin;        /* 0 when the printer's context already leaves margins */
  guint       pages_wide;    /* fit the time range to N pages wide (1 by default); 0: by
                              * scale (at least the scale's width; what fits on one page
                              * fills it) */
  const char *title;         /* the notice or the filter; NULL: a generic title */
  const char *heading;       /* the whole title as the user wrote it (print and export
                              * dialogs), in place of the one made from title; NULL: made */
  const char *subtitle;      /* a second line: the meeting and its date; NULL: none */
  DtDate      printed_on;    /* DT_DATE_NONE: today */
  DtTimelineTypeSize type_size; /* larger type on a larger sheet (the default), or more on it */
} DtTimelinePageSetup;

/* 1 cm margins, one page wide. */
void   dt_timeline_page_setup_init (DtTimelinePageSetup       *setup,
                                    DtTimelinePaper            paper,
                                    gboolean                   landscape);
/* The size of row labels on pages of setup, in points: 9.5 on A4 (the
 * legend and dates at 0.85 of it, 8 pt); larger on a larger sheet unless
 * its type_size is DT_TIMELINE_TYPE_NORMAL. */
double dt_timeline_page_font_size  (const DtTimelinePageSetup *setup);
/* "Printed on 04/12/2026", or "As of 30/11/2026 · printed on 04/12/2026"
 * when the reporting date is another day. */
char  *dt_timeline_format_as_of    (DtDate                     as_of,
                                    DtDate                     printed_on);
/* Whether as_of is a reporting date other than the day of printing
 * (printed_on DT_DATE_NONE: today): the red line is then not "Today". */
gboolean dt_timeline_is_other_day  (DtDate                     as_of,
                                    DtDate                     printed_on);

/* "Timeline of directives — 37/TB-UBND …": the title pages have unless the
 * user writes another. */
char  *dt_timeline_pages_make_title  (const char                *title);

G_END_DECLS
