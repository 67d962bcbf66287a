/* dt-timeline-render.h — the one renderer: screen, printer and files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "dt-timeline-layout.h"
#include "dt-timeline-style.h"

G_BEGIN_DECLS

/* Draws the part of layout that viewport shows into the rectangle
 * (0, 0, viewport->width, viewport->height) of cr: the unit column, the
 * scale header and the visible rows only.  Changes no state. */
void   dt_timeline_render          (cairo_t                  *cr,
                                    DtTimelineLayout         *layout,
                                    const DtTimelineViewport *viewport,
                                    const DtTimelineStyle    *style);
/* The same, highlighting one row (selection), or none with -1. */
void   dt_timeline_render_selected (cairo_t                  *cr,
                                    DtTimelineLayout         *layout,
                                    const DtTimelineViewport *viewport,
                                    const DtTimelineStyle    *style,
                                    int                       selected_row);
/* For a printed page cut from a wider chart: a point mark (a deadline, a
 * completion) or a date that straddles a seam is drawn whole on one page
 * and never cut.  When the chart goes on left of viewport (x > 0), marks
 * that start before it were drawn on the previous page and are left out;
 * when it goes on to the right (bleed > 0), marks that start on this page
 * are drawn whole, overflowing the chart by at most bleed. */
void   dt_timeline_render_page     (cairo_t                  *cr,
                                    DtTimelineLayout         *layout,
                                    const DtTimelineViewport *viewport,
                                    const DtTimelineStyle    *style,
                                    double                    bleed);
/* The legend, flowing over lines of the given width from (x, y).  Returns
 * its height; with draw FALSE only measures.  The red line is "Today", or
 * with as_of "Reporting date" (a meeting's date, not the day of printing). */
double dt_timeline_render_legend   (cairo_t                  *cr,
                                    const DtTimelineStyle    *style,
                                    gboolean                  as_of,
                                    double                    x,
                                    double                    y,
                                    double                    width,
                                    gboolean                  draw);

G_END_DECLS
