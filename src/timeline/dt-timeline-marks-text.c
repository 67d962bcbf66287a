/* dt-timeline-marks-text.c — text on the chart, and a row's deadline date
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-render-private.h"

void
_dt_render_set_color (cairo_t               *cr,
                      const DtTimelineColor *c)
{
  dt_timeline_style_set_source (cr, c);
}

void
_dt_render_set_color_alpha (cairo_t               *cr,
                            const DtTimelineColor *c,
                            double                 alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

void
_dt_render_ctx_init (DtRenderCtx           *ctx,
                     cairo_t               *cr,
                     const DtTimelineStyle *style,
                     DtRenderCache         *cache)
{
  ctx->cr = cr;
  ctx->style = style;
  ctx->own_cache = cache == NULL;
  /* One drawing on screen shapes each text once too (a scale label
   * measured, then drawn). */
  ctx->cache = cache ? cache : _dt_render_cache_new (cr, style, 256, FALSE);
  ctx->font = _dt_render_cache_get_font (ctx->cache);
  ctx->bold = _dt_render_cache_get_bold (ctx->cache);
  ctx->small = _dt_render_cache_get_small (ctx->cache);
}

void
_dt_render_ctx_clear (DtRenderCtx *ctx)
{
  if (ctx->own_cache)
    _dt_render_cache_free (ctx->cache);
  ctx->cache = NULL;
}

/* Text in the box (x, y, w, h), vertically centred, ellipsized at w (w <= 0:
 * no limit).  Returns the width drawn. */
double
_dt_render_text (DtRenderCtx                *ctx,
                 const PangoFontDescription *font,
                 const char                 *text,
                 double                      x,
                 double                      y,
                 double                      w,
                 double                      h,
                 PangoAlignment              align,
                 gboolean                    draw)
{
  PangoRectangle logical;
  const DtRenderCacheText *shaped = _dt_render_cache_get_text (ctx->cache, font, text, w, align, &logical);

  if (draw)
    {
      cairo_move_to (ctx->cr, x, y + (h - logical.height / (double) PANGO_SCALE) / 2);
      _dt_render_cache_text_show (shaped, ctx->cr);
    }
  return logical.width / (double) PANGO_SCALE;
}

double
_dt_render_text_width (DtRenderCtx                *ctx,
                       const PangoFontDescription *font,
                       const char                 *text)
{
  return _dt_render_text (ctx, font, text, 0, 0, -1, 0, PANGO_ALIGN_LEFT, FALSE);
}

/* Where the renderer draws the today line, if it is in the chart. */
static gboolean
today_line_x (DtRenderCtx *ctx,
              double      *x)
{
  DtDate today = dt_timeline_layout_get_today (ctx->layout);

  if (today == DT_DATE_NONE
      || today < dt_timeline_layout_get_from (ctx->layout)
      || today > dt_timeline_layout_get_to (ctx->layout))
    return FALSE;
  *x = floor (dt_timeline_layout_date_to_x (ctx->layout, today)
              + dt_timeline_layout_get_px_per_day (ctx->layout) / 2);
  return TRUE;
}

/* Where the approximate deadline's "≈" ends, if the marks drew it. */
static double
approx_sign_end (DtRenderCtx         *ctx,
                 const DtTimelineRow *row)
{
  double r = row->height * 0.32;
  gboolean bleed;

  if ((row->marks & DT_TIMELINE_MARK_MILESTONE) && (row->marks & DT_TIMELINE_MARK_APPROXIMATE)
      && row->milestone_x + 4 * r >= ctx->vx && row->milestone_x - r <= ctx->vx1
      && _dt_render_point_here (ctx, row->milestone_x - r, row->milestone_x + 2.5 * r, &bleed))
    return row->milestone_x + r + 1 + _dt_render_text_width (ctx, ctx->bold, "≈");
  return -G_MAXDOUBLE;
}

/* The deadline's date, right of everything _dt_render_item_marks () drew
 * at it.  Drawn after the marks of every row: a page's dates are then one
 * run of text in a PDF (one colour, one text object). */
void
_dt_render_item_date (DtRenderCtx         *ctx,
                      const DtTimelineRow *row)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  double cy = row->y + row->height / 2;
  double r = row->height * 0.32;
  double text_x, x, today_x;
  double tw = -1;
  gboolean bleed = FALSE;
  gboolean patch = FALSE;

  if (row->date_label == NULL || !ctx->show_dates)
    return;
  text_x = approx_sign_end (ctx, row);
  x = MAX (row->milestone_x + r + 3, text_x + 2);

  if (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL)
    x = MAX (x, row->tail_x + 3);
  if (row->marks & DT_TIMELINE_MARK_COMPLETED)
    x = MAX (x, row->completed_x + r + 3);
  if (x + 80 > dt_timeline_layout_get_content_width (ctx->layout))
    {
      double end = dt_timeline_layout_get_content_width (ctx->layout);

      /* No room after an overdue line that ends at the today line
       * near the chart's end: right of the diamond, on a clear patch;
       * and a deadline in the last days, left of its diamond, whole
       * inside the chart (the last page has no room beyond it). */
      tw = _dt_render_text_width (ctx, ctx->small, row->date_label);
      if (x + tw > end)
        {
          x = MAX (row->milestone_x + r + 3, text_x + 2);
          patch = TRUE;
        }
      if (x + tw > end)
        x = MAX (row->milestone_x - r - 3 - tw, 0);
    }
  if (today_line_x (ctx, &today_x) && x < today_x + 3 && x + 80 > today_x - 3)
    {
      double end = dt_timeline_layout_get_content_width (ctx->layout);

      /* Clear of the today line (2 wide, drawn over the marks): right
       * of it, else left of it after the marks, else left of the
       * diamond; on a clear patch where a bar or a line runs under. */
      if (tw < 0)
        tw = _dt_render_text_width (ctx, ctx->small, row->date_label);
      if (x + tw > today_x - 3)
        {
          if (today_x + 3 + tw <= end)
            {
              x = today_x + 3;
            }
          else
            {
              if (today_x - 3 - tw >= MAX (row->milestone_x + r + 3, text_x + 2))
                x = today_x - 3 - tw;
              else
                x = MAX (row->milestone_x - r - 3 - tw, 0);
              patch = TRUE;
            }
        }
    }
  if (ctx->page && x <= ctx->vx1 && x + 60 >= ctx->vx)
    {
      /* Whole on one page: where it fits, else the next one, at its
       * left edge. */
      if (tw < 0)
        tw = _dt_render_text_width (ctx, ctx->small, row->date_label);

      if (ctx->cut_left && x < ctx->vx + 2 && x + tw > ctx->vx)
        x = ctx->vx + 2;
      if (ctx->bleed > 0 && x + tw > ctx->vx1 + ctx->bleed)
        x = G_MAXDOUBLE;
      else if (ctx->bleed > 0 && x + tw > ctx->vx1)
        bleed = TRUE;
    }
  if (x <= ctx->vx1 && x + 60 >= ctx->vx)
    {
      if (bleed)
        _dt_render_begin_bleed (ctx);
      if (patch)
        {
          _dt_render_set_color (cr, &style->background);
          cairo_rectangle (cr, x - 1, cy - r, tw + 2, 2 * r);
          cairo_fill (cr);
        }
      _dt_render_set_color (cr, &style->dim_foreground);
      _dt_render_text (ctx, ctx->small, row->date_label, x, row->y, -1, row->height,
                       PANGO_ALIGN_LEFT, TRUE);
      if (bleed)
        cairo_restore (cr);
    }
}
