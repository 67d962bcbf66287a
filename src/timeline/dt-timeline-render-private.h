/* dt-timeline-render-private.h — what the renderer's files share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "dt-timeline-render.h"
#include "dt-timeline-render-cache.h"

G_BEGIN_DECLS

#define _DT_RENDER_PAD 6.0

/* One drawing: the cairo_t, fonts, and the visible content range. */
typedef struct
{
  cairo_t               *cr;
  DtTimelineLayout      *layout;
  const DtTimelineOptions *o;
  const DtTimelineStyle *style;
  DtRenderCache         *cache;   /* shaped text: the drawing's own, or kept by pages */
  gboolean               own_cache;
  const PangoFontDescription *font;
  const PangoFontDescription *bold;
  const PangoFontDescription *small;
  double                 vx;      /* visible content x range */
  double                 vx1;
  double                 vy;
  double                 vy1;
  gboolean               show_dates;
  gboolean               page;    /* a printed page: marks are never cut at a seam */
  gboolean               cut_left;  /* the chart goes on left of vx */
  double                 bleed;   /* > 0: it goes on right of vx1; marks may overflow by this */
} DtRenderCtx;

/* What of a page to draw: the rows (the chart and the unit column, over
 * the background), the scale header and the corner above them, or both. */
typedef enum
{
  DT_RENDER_PART_ROWS   = 1 << 0,
  DT_RENDER_PART_HEADER = 1 << 1,
  DT_RENDER_PART_ALL    = DT_RENDER_PART_ROWS | DT_RENDER_PART_HEADER,
} DtRenderParts;

/* dt_timeline_render_page () in parts: the header, the same on every page
 * of a column of pages, is drawn once and replayed (dt-timeline-paginate.c);
 * text is shaped through cache, kept from page to page. */
void   _dt_timeline_render_page_parts (cairo_t                  *cr,
                                       DtTimelineLayout         *layout,
                                       const DtTimelineViewport *viewport,
                                       const DtTimelineStyle    *style,
                                       DtRenderCache            *cache,
                                       double                    bleed,
                                       DtRenderParts             parts);
/* dt_timeline_render_legend () with text shaped through cache. */
double _dt_timeline_render_legend_cached (cairo_t               *cr,
                                          const DtTimelineStyle *style,
                                          DtRenderCache         *cache,
                                          gboolean               as_of,
                                          double                 x,
                                          double                 y,
                                          double                 width,
                                          gboolean               draw);

/* cache NULL: the drawing's own. */
void   _dt_render_ctx_init        (DtRenderCtx                *ctx,
                                   cairo_t                    *cr,
                                   const DtTimelineStyle      *style,
                                   DtRenderCache              *cache);
void   _dt_render_ctx_clear       (DtRenderCtx                *ctx);
void   _dt_render_set_color       (cairo_t                    *cr,
                                   const DtTimelineColor      *color);
void   _dt_render_set_color_alpha (cairo_t                    *cr,
                                   const DtTimelineColor      *color,
                                   double                      alpha);
double _dt_render_text            (DtRenderCtx                *ctx,
                                   const PangoFontDescription *font,
                                   const char                 *text,
                                   double                      x,
                                   double                      y,
                                   double                      w,
                                   double                      h,
                                   PangoAlignment              align,
                                   gboolean                    draw);
double _dt_render_text_width      (DtRenderCtx                *ctx,
                                   const PangoFontDescription *font,
                                   const char                 *text);
/* The hatching of pattern over (x0, y0)–(x1, y1), unclipped: lines drawn
 * with the current source. */
void   _dt_render_hatch_lines     (cairo_t                    *cr,
                                   DtTimelinePattern           pattern,
                                   double                      x0,
                                   double                      y0,
                                   double                      x1,
                                   double                      y1);
void   _dt_render_status_box      (DtRenderCtx                *ctx,
                                   DtStatus                    status,
                                   double                      x0,
                                   double                      y0,
                                   double                      x1,
                                   double                      y1,
                                   gboolean                    fade);
/* On a page, whether a point mark spanning content x0 … x1 is drawn here;
 * when it straddles the right seam, *bleed says to draw it with
 * _dt_render_begin_bleed. */
gboolean _dt_render_point_here    (DtRenderCtx                *ctx,
                                   double                      x0,
                                   double                      x1,
                                   gboolean                   *bleed);
void   _dt_render_begin_bleed     (DtRenderCtx                *ctx);
void   _dt_render_item_marks      (DtRenderCtx                *ctx,
                                   const DtTimelineRow        *row);
void   _dt_render_item_date       (DtRenderCtx                *ctx,
                                   const DtTimelineRow        *row);
void   _dt_render_rows_marks      (DtRenderCtx                *ctx,
                                   guint                       first,
                                   guint                       last);

G_END_DECLS
