/* dt-timeline-scale.h — time scales of the timeline: units, labels, date ↔ x
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

typedef enum
{
  DT_TIMELINE_SCALE_WEEK,     /* one column a week, weekends shaded */
  DT_TIMELINE_SCALE_MONTH,
  DT_TIMELINE_SCALE_QUARTER,
  DT_TIMELINE_SCALE_YEAR,
} DtTimelineScale;

const char *dt_timeline_scale_to_id            (DtTimelineScale  scale);  /* "week" … */
gboolean    dt_timeline_scale_from_id          (const char      *id,
                                                DtTimelineScale *scale);
/* Pixels (or points) per day that make one unit of the scale readable. */
double      dt_timeline_scale_default_px_per_day (DtTimelineScale scale);

/* The first day of the unit (Monday, 1st of month/quarter/year) containing
 * date, and the first day of the next unit. */
DtDate      dt_timeline_scale_unit_start       (DtTimelineScale  scale,
                                                DtDate           date);
DtDate      dt_timeline_scale_unit_next        (DtTimelineScale  scale,
                                                DtDate           start);
/* The unit above (week → month, month/quarter → year, year → none). */
gboolean    dt_timeline_scale_get_major        (DtTimelineScale  scale,
                                                DtTimelineScale *major);

/* Column labels, translated: "Tuần 5", "Th2", "Quý I", "2024"; the long form
 * for a major header: "Th2 2024" for a month, "2024" for a year. */
char       *dt_timeline_scale_format_unit      (DtTimelineScale  scale,
                                                DtDate           start);
char       *dt_timeline_scale_format_major     (DtTimelineScale  scale,
                                                DtDate           start);
const char *dt_timeline_month_abbrev           (int              month);  /* 1…12, translated */

G_END_DECLS
