/* dt-timeline-options.h — what a timeline is laid out with: scale, grouping,
 * range and sizes
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"
#include "dt-timeline-scale.h"

G_BEGIN_DECLS

typedef enum
{
  DT_TIMELINE_GROUP_UNIT,     /* by lead unit (default) */
  DT_TIMELINE_GROUP_NOTICE,
  DT_TIMELINE_GROUP_SECTION,
  DT_TIMELINE_GROUP_STATUS,
} DtTimelineGroup;

const char *dt_timeline_group_to_id   (DtTimelineGroup  group);   /* "unit" … */
gboolean    dt_timeline_group_from_id (const char      *id,
                                       DtTimelineGroup *group);

typedef struct
{
  DtTimelineScale scale;
  DtTimelineGroup group;
  DtDate          from;           /* DT_DATE_NONE: from the data */
  DtDate          to;             /* last day shown, inclusive; DT_DATE_NONE: from the data */
  DtDate          today;          /* the reporting date ("as of"), always in the range
                                   * unless from/to say otherwise; DT_DATE_NONE:
                                   * dt_date_today () */
  double          px_per_day;     /* 0: the scale's default */
  double          row_height;
  double          group_height;   /* a group's header row */
  double          header_height;  /* the scale header (two lines) */
  double          label_width;    /* the unit column */
  gboolean        show_holidays;  /* shade the Tết holiday */
} DtTimelineOptions;

/* Defaults for the screen (pixels) and for paper (points). */
void dt_timeline_options_init       (DtTimelineOptions *options);
void dt_timeline_options_init_print (DtTimelineOptions *options);
/* Paper sizes, with the scale, grouping, range and today of @screen: what
 * printing and PDF export lay out, whatever the screen's zoom. */
void dt_timeline_options_init_print_from (DtTimelineOptions       *options,
                                          const DtTimelineOptions *screen);

G_END_DECLS
