/* dt-timeline-style.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-status.h"
#include "dt-timeline-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, 1.f }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, a }

#define FONT_FAMILY "Noto Sans, DejaVu Sans, Sans"

/* One hatch per status, the same in every palette; only print uses them. */
#define STATUS_PATTERNS { \
  DT_TIMELINE_PATTERN_SOLID, DT_TIMELINE_PATTERN_DOTS, DT_TIMELINE_PATTERN_HOLLOW, \
  DT_TIMELINE_PATTERN_CROSS, DT_TIMELINE_PATTERN_DIAGONAL, DT_TIMELINE_PATTERN_HORIZONTAL, \
  DT_TIMELINE_PATTERN_VERTICAL, DT_TIMELINE_PATTERN_HOLLOW, \
}

/* Status order: completed on time, completed late, in progress, overdue,
 * due soon, ongoing, no deadline, cancelled.  Colours follow the GNOME
 * palette; no deadline is brown, apart from the purple of the duties that
 * need none and the grey of the cancelled. */
static const DtTimelineStyle styles[] = {
  [DT_TIMELINE_PALETTE_LIGHT] = {
    .background = RGB (0xffffff),
    .foreground = RGB (0x1e1e1e),
    .dim_foreground = RGB (0x5e5c64),
    .header_background = RGB (0xf6f5f4),
    .group_background = RGB (0xebebed),
    .grid = RGB (0xe6e6e6),
    .grid_major = RGB (0xc0bfbc),
    .weekend = RGB (0xf4f4f6),
    .holiday = RGBA (0xf5c211, 0.22f),
    .today = RGB (0xe01b24),
    .selection = RGBA (0x3584e4, 0.18f),
    .status = {
      RGB (0x57e389), RGB (0xf8e45c), RGB (0x99c1f1), RGB (0xf66151),
      RGB (0xffa348), RGB (0xdc8add), RGB (0xcdab8f), RGB (0xdeddda),
    },
    .status_edge = {
      RGB (0x26a269), RGB (0xc88800), RGB (0x1c71d8), RGB (0xc01c28),
      RGB (0xc64600), RGB (0x813d9c), RGB (0x865e3c), RGB (0x77767b),
    },
    .status_pattern = STATUS_PATTERNS,
    .use_patterns = FALSE,
    .font_family = FONT_FAMILY,
    .font_size = 12.0,
  },

  [DT_TIMELINE_PALETTE_DARK] = {
    .background = RGB (0x1e1e1e),
    .foreground = RGB (0xffffff),
    .dim_foreground = RGB (0xc0bfbc),
    .header_background = RGB (0x303030),
    .group_background = RGB (0x3a3a3a),
    .grid = RGB (0x2e2e2e),
    .grid_major = RGB (0x505050),
    .weekend = RGB (0x262626),
    .holiday = RGBA (0xf5c211, 0.10f),
    .today = RGB (0xff7b63),
    .selection = RGBA (0x78aeed, 0.25f),
    .status = {
      RGB (0x26a269), RGB (0xc88800), RGB (0x1c71d8), RGB (0xc01c28),
      RGB (0xc64600), RGB (0x813d9c), RGB (0x865e3c), RGB (0x5e5c64),
    },
    .status_edge = {
      RGB (0x8ff0a4), RGB (0xf9f06b), RGB (0x99c1f1), RGB (0xf66151),
      RGB (0xffbe6f), RGB (0xdc8add), RGB (0xcdab8f), RGB (0x9a9996),
    },
    .status_pattern = STATUS_PATTERNS,
    .use_patterns = FALSE,
    .font_family = FONT_FAMILY,
    .font_size = 12.0,
  },

  /* On paper: fills of distinct greys, a hatch per status and dark outlines,
   * so a black-and-white copy still tells overdue from on time: completed on
   * time solid, late dotted, overdue cross-hatched, due soon hatched, ongoing
   * ruled across, no deadline ruled upright, in progress and cancelled
   * hollow (cancelled is also struck out). */
  [DT_TIMELINE_PALETTE_PRINT] = {
    .background = RGB (0xffffff),
    .foreground = RGB (0x000000),
    .dim_foreground = RGB (0x3d3846),
    .header_background = RGB (0xeeeeee),
    .group_background = RGB (0xdedede),
    .grid = RGB (0xd8d8d8),
    .grid_major = RGB (0x9a9996),
    .weekend = RGB (0xf3f3f3),
    .holiday = RGBA (0xf5c211, 0.25f),
    .today = RGB (0xc01c28),
    .selection = RGBA (0x3584e4, 0.18f),
    .status = {
      RGB (0x33d17a), RGB (0xf9f06b), RGB (0xc0dcf8), RGB (0xf66151),
      RGB (0xffbe6f), RGB (0xf2e6f2), RGB (0xf1e7dc), RGB (0xffffff),
    },
    .status_edge = {
      RGB (0x1d6b40), RGB (0x7a5a00), RGB (0x1a5fb4), RGB (0x8b0d16),
      RGB (0x9c3a00), RGB (0x613583), RGB (0x63452c), RGB (0x5e5c64),
    },
    .status_pattern = STATUS_PATTERNS,
    .use_patterns = TRUE,
    .font_family = FONT_FAMILY,
    .font_size = 7.5,
  },
};

const DtTimelineStyle *
dt_timeline_style_get (DtTimelinePalette palette)
{
  if ((guint) palette >= G_N_ELEMENTS (styles))
    palette = DT_TIMELINE_PALETTE_LIGHT;
  return &styles[palette];
}

void
dt_timeline_style_set_source (cairo_t               *cr,
                              const DtTimelineColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* The list's words, so the legend and the list agree. */
const char *
dt_timeline_status_label (DtStatus status)
{
  g_return_val_if_fail (status < DT_N_STATUSES, "");
  return dt_status_to_string (status);
}
