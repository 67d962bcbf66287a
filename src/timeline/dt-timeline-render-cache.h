/* dt-timeline-render-cache.h — what the renderer keeps from page to page
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "dt-timeline-style.h"

G_BEGIN_DECLS

typedef struct _DtRenderCache DtRenderCache;

/* Text is shaped once for a font, a width and an alignment, then drawn
 * from the cache as often as it shows: on every page a row or a date is
 * on, and every time the same date, group or scale label comes back.  The
 * cache keeps the capacity most recently used texts (a band of rows is
 * drawn on every page across before the next band).  Hatching is recorded
 * once for each status, bar height and a few lengths, and replayed under
 * every bar.  On paper (paper TRUE), glyphs stand where the font puts
 * them: rounded to whole units, which on a page are points, the spaces
 * between words shrink until words run together. */
DtRenderCache *_dt_render_cache_new          (cairo_t               *cr,
                                              const DtTimelineStyle *style,
                                              guint                  capacity,
                                              gboolean               paper);
void           _dt_render_cache_free         (DtRenderCache         *self);

const PangoFontDescription *_dt_render_cache_get_font  (DtRenderCache *self);   /* row labels */
const PangoFontDescription *_dt_render_cache_get_bold  (DtRenderCache *self);   /* groups, scale */
const PangoFontDescription *_dt_render_cache_get_small (DtRenderCache *self);   /* dates, legend */

typedef struct _DtRenderCacheText DtRenderCacheText;

/* text in font (one of the cache's), ellipsized at width (<= 0: no limit),
 * with its logical extents; owned by the cache, valid until the next call.
 * Drawn with its top left corner at the current point. */
const DtRenderCacheText *_dt_render_cache_get_text (DtRenderCache              *self,
                                                    const PangoFontDescription *font,
                                                    const char                 *text,
                                                    double                      width,
                                                    PangoAlignment              align,
                                                    PangoRectangle             *logical);
void           _dt_render_cache_text_show    (const DtRenderCacheText    *text,
                                              cairo_t                    *cr);

/* A strip of the hatching of status's bars of height h, at least length
 * long, drawn from (0, 0): replayed at a bar's start, it draws the lines
 * hatching that bar draws.  NULL for hatching that is not drawn this way. */
cairo_surface_t *_dt_render_cache_get_hatch  (DtRenderCache              *self,
                                              const DtTimelineStyle      *style,
                                              DtStatus                    status,
                                              double                      h,
                                              double                      length);

/* For tests: counts the texts shaped, by text. */
void           _dt_render_cache_set_counting (DtRenderCache              *self,
                                              GHashTable                 *counts);
/* For tests: counts the layouts made, by text; runs FALSE: every text
 * through a layout. */
void           _dt_render_cache_set_layout_counting (DtRenderCache       *self,
                                                     GHashTable          *layouts,
                                                     gboolean             runs);

G_END_DECLS
