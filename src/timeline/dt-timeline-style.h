/* dt-timeline-style.h — colours, patterns and fonts the renderer uses
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "dt-types.h"

G_BEGIN_DECLS

/* Same memory layout as GdkRGBA, so the widget can fill it from its style. */
typedef struct
{
  float red, green, blue, alpha;
} DtTimelineColor;

typedef enum
{
  DT_TIMELINE_PATTERN_SOLID,
  DT_TIMELINE_PATTERN_HOLLOW,     /* light fill, strong outline */
  DT_TIMELINE_PATTERN_DIAGONAL,   /* hatched //// */
  DT_TIMELINE_PATTERN_CROSS,      /* cross-hatched */
  DT_TIMELINE_PATTERN_DOTS,
  DT_TIMELINE_PATTERN_HORIZONTAL, /* ruled ==== */
  DT_TIMELINE_PATTERN_VERTICAL,   /* ruled |||| */
} DtTimelinePattern;

typedef enum
{
  DT_TIMELINE_PALETTE_LIGHT,
  DT_TIMELINE_PALETTE_DARK,
  DT_TIMELINE_PALETTE_PRINT,      /* light, and readable on a black-and-white printer */
} DtTimelinePalette;

typedef struct
{
  DtTimelineColor   background;
  DtTimelineColor   foreground;        /* text */
  DtTimelineColor   dim_foreground;    /* secondary text */
  DtTimelineColor   header_background;
  DtTimelineColor   group_background;
  DtTimelineColor   grid;
  DtTimelineColor   grid_major;
  DtTimelineColor   weekend;
  DtTimelineColor   holiday;           /* Tết */
  DtTimelineColor   today;
  DtTimelineColor   selection;
  DtTimelineColor   status[DT_N_STATUSES];      /* bar fills */
  DtTimelineColor   status_edge[DT_N_STATUSES]; /* bar outlines and milestones */
  DtTimelinePattern status_pattern[DT_N_STATUSES];
  gboolean          use_patterns;      /* hatch bars so status reads in grey */
  const char       *font_family;       /* a family list with every Vietnamese glyph */
  double            font_size;         /* absolute, in user units: pixels on screen, points on paper */
} DtTimelineStyle;

const DtTimelineStyle *dt_timeline_style_get          (DtTimelinePalette palette);
void                   dt_timeline_style_set_source   (cairo_t               *cr,
                                                       const DtTimelineColor *color);
/* The legend's words for a status: the categories of the list. */
const char            *dt_timeline_status_label       (DtStatus               status);

G_END_DECLS
