/* dt-timeline-paginate.h — a timeline cut into printed pages
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "dt-timeline-layout.h"
#include "dt-timeline-page-setup.h"
#include "dt-timeline-style.h"

G_BEGIN_DECLS

typedef struct _DtTimelinePages DtTimelinePages;

#define DT_TYPE_TIMELINE_PAGES (dt_timeline_pages_get_type ())
GType             dt_timeline_pages_get_type      (void) G_GNUC_CONST;

/* Lays the items out for the page size (a layout of its own: options'
 * px_per_day is replaced when fitting to N pages wide) and cuts it: columns
 * of time across, bands of rows down; rows flow onto as many pages as they
 * need.  Every page repeats the page header (title, date of printing,
 * "Page 2/5"), the unit column, the scale header and the legend.  Pages go
 * across, then down. */
DtTimelinePages  *dt_timeline_pages_new           (GPtrArray                 *items,
                                                   const DtTimelineOptions   *options,
                                                   const DtTimelinePageSetup *setup);
DtTimelinePages  *dt_timeline_pages_ref           (DtTimelinePages           *self);
void              dt_timeline_pages_unref         (DtTimelinePages           *self);
guint             dt_timeline_pages_get_n_pages   (DtTimelinePages           *self);
guint             dt_timeline_pages_get_n_across  (DtTimelinePages           *self);
guint             dt_timeline_pages_get_n_down    (DtTimelinePages           *self);
DtTimelineLayout *dt_timeline_pages_get_layout    (DtTimelinePages           *self);
/* Draws page (0-based) into (0, 0, page_width, page_height) of cr. */
void              dt_timeline_pages_draw_page     (DtTimelinePages           *self,
                                                   cairo_t                   *cr,
                                                   guint                      page,
                                                   const DtTimelineStyle     *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtTimelinePages, dt_timeline_pages_unref)

G_END_DECLS
