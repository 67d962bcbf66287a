/* dt-timeline-preset.h — the charts a meeting asks for
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-timeline-item.h"

G_BEGIN_DECLS

#define DT_TIMELINE_DUE_DAYS_DEFAULT 30
#define DT_TIMELINE_DUE_DAYS_MAX     366

typedef enum
{
  DT_TIMELINE_PRESET_ALL,
  DT_TIMELINE_PRESET_DUE,      /* overdue, or due within some days of the reporting date */
  DT_TIMELINE_PRESET_NOTICE,   /* one notice's directives */
  DT_TIMELINE_PRESET_UNIT,     /* the directives one unit leads */
} DtTimelinePreset;

/* Reads a preset as the command line writes it: "overdue-30" (any number of
 * days up to DT_TIMELINE_DUE_DAYS_MAX), "notice:NUMBER", "unit:NAME" or
 * "all".  *argument is the days for "overdue-N" (else 0); *name points into
 * text after the colon (else NULL). */
gboolean dt_timeline_preset_parse    (const char           *text,
                                      DtTimelinePreset     *preset,
                                      guint                *days,
                                      const char          **name);

/* Whether a meeting on as_of (DT_DATE_NONE: today) asks about the item:
 * overdue on that day, or not completed and due at the latest days after
 * it.  The item's status must be as of that day (dt_timeline_items_set_as_of). */
gboolean dt_timeline_item_is_due     (const DtTimelineItem *item,
                                      DtDate                as_of,
                                      guint                 days);
/* Removes the items a meeting on as_of does not ask about; keeps the order. */
void     dt_timeline_items_keep_due  (GPtrArray            *items,
                                      DtDate                as_of,
                                      guint                 days);
/* "Overdue and due by 03/01/2027": a subtitle for such a chart. */
char    *dt_timeline_due_dup_title   (DtDate                as_of,
                                      guint                 days);

G_END_DECLS
