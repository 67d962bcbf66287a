/* dt-timeline-page-header.h — the words at the top of a printed timeline's
 * every page (private to the pagination)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "dt-timeline-layout.h"
#include "dt-timeline-style.h"

G_BEGIN_DECLS

/* The page header but its page number, the same on every page, in
 * (0, 0, width, height): the title, the range and count of the layout's
 * directives after the subtitle (may be NULL), the dates of the data and
 * of the print (printed_on), a rule at its foot. */
void _dt_timeline_page_header_draw (cairo_t               *cr,
                                    const DtTimelineStyle *style,
                                    DtTimelineLayout      *layout,
                                    const char            *title_text,
                                    const char            *subtitle,
                                    DtDate                 printed_on,
                                    double                 width,
                                    double                 height);
/* "Page 2/5" at the right of the header's first line; *number_layout is
 * made on first use and kept for every page's number (the caller frees). */
void _dt_timeline_page_number_draw (cairo_t               *cr,
                                    PangoLayout          **number_layout,
                                    const DtTimelineStyle *style,
                                    guint                  page,
                                    guint                  n_pages,
                                    double                 width);

G_END_DECLS
