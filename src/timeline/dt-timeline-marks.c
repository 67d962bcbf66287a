/* dt-timeline-marks.c — the marks of one directive's row, and text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-render-private.h"

#define PAD _DT_RENDER_PAD

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

/* --- seams ----------------------------------------------------------- */

gboolean
_dt_render_point_here (DtRenderCtx *ctx,
                       double       x0,
                       double       x1,
                       gboolean    *bleed)
{
  *bleed = FALSE;
  if (!ctx->page)
    return TRUE;
  /* Started on the page before: drawn whole there. */
  if (ctx->cut_left && x0 < ctx->vx && x1 > ctx->vx)
    return FALSE;
  if (ctx->bleed > 0 && x0 <= ctx->vx1 && x1 > ctx->vx1)
    {
      /* Starts here: whole here, over the seam. */
      if (x1 > ctx->vx1 + ctx->bleed)
        return FALSE;
      *bleed = TRUE;
    }
  return TRUE;
}

void
_dt_render_begin_bleed (DtRenderCtx *ctx)
{
  cairo_save (ctx->cr);
  cairo_reset_clip (ctx->cr);
  cairo_rectangle (ctx->cr, ctx->vx, ctx->vy, ctx->vx1 + ctx->bleed - ctx->vx, ctx->vy1 - ctx->vy);
  cairo_clip (ctx->cr);
}

/* --- marks ----------------------------------------------------------- */

#define HATCH_STEP 4.0

void
_dt_render_hatch_lines (cairo_t           *cr,
                        DtTimelinePattern  pattern,
                        double             x0,
                        double             y0,
                        double             x1,
                        double             y1)
{
  double step = HATCH_STEP;
  double h = y1 - y0;

  cairo_set_line_width (cr, 0.8);
  switch (pattern)
    {
    case DT_TIMELINE_PATTERN_DIAGONAL:
    case DT_TIMELINE_PATTERN_CROSS:
      for (double x = x0 - h; x < x1; x += step)
        {
          cairo_move_to (cr, x, y1);
          cairo_line_to (cr, x + h, y0);
          if (pattern == DT_TIMELINE_PATTERN_CROSS)
            {
              cairo_move_to (cr, x, y0);
              cairo_line_to (cr, x + h, y1);
            }
        }
      cairo_stroke (cr);
      break;
    case DT_TIMELINE_PATTERN_DOTS:
      for (double y = y0 + step / 2; y < y1; y += step)
        for (double x = x0 + step / 2 + fmod (y - y0, 2 * step) / 2; x < x1; x += step)
          cairo_rectangle (cr, x - 0.6, y - 0.6, 1.2, 1.2);
      cairo_fill (cr);
      break;
    case DT_TIMELINE_PATTERN_HORIZONTAL:
      for (double y = y0 + step * 0.6; y < y1 - 0.5; y += step * 0.6)
        {
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      break;
    case DT_TIMELINE_PATTERN_VERTICAL:
      for (double x = x0 + step * 0.75; x < x1 - 0.5; x += step * 1.5)
        {
          cairo_move_to (cr, x, y0);
          cairo_line_to (cr, x, y1);
        }
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
      break;
    case DT_TIMELINE_PATTERN_SOLID:
    case DT_TIMELINE_PATTERN_HOLLOW:
    default:
      break;
    }
}

static void
hatch (DtRenderCtx *ctx,
       DtStatus     status,
       double       x0,
       double       y0,
       double       x1,
       double       y1)
{
  cairo_t *cr = ctx->cr;
  cairo_surface_t *strip = NULL;
  double end = x1;

  /* On a page, a bar's hatching is the same lines from its start as any
   * other's: recorded once (for a few lengths) and replayed under each
   * bar, a PDF holds the lines once. */
  if (ctx->page && !ctx->own_cache)
    {
      end = MIN (x1, ctx->vx1 + ctx->bleed + 2);
      strip = _dt_render_cache_get_hatch (ctx->cache, ctx->style, status, y1 - y0, end - x0);
    }

  cairo_save (cr);
  if (strip != NULL)
    {
      if (end > x0)
        {
          cairo_rectangle (cr, x0, y0, end - x0, y1 - y0);
          cairo_clip (cr);
          cairo_set_source_surface (cr, strip, x0, y0);
          cairo_paint (cr);
        }
    }
  else
    {
      cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
      cairo_clip (cr);
      _dt_render_set_color_alpha (cr, &ctx->style->status_edge[status], 0.8);
      _dt_render_hatch_lines (cr, ctx->style->status_pattern[status], x0, y0, x1, y1);
    }
  cairo_restore (cr);
}

/* A bar of a status: fill, hatch on paper, outline. */
void
_dt_render_status_box (DtRenderCtx *ctx,
                       DtStatus     status,
                       double       x0,
                       double       y0,
                       double       x1,
                       double       y1,
                       gboolean     fade)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  const DtTimelineColor *fill = &style->status[status];
  const DtTimelineColor *edge = &style->status_edge[status];
  double fade_from = MAX (x0, x1 - MIN (80.0, (x1 - x0) * 0.6));

  if (x1 - x0 < 1)
    x1 = x0 + 1;

  if (fade)
    {
      cairo_pattern_t *gradient = cairo_pattern_create_linear (fade_from, 0, x1, 0);

      cairo_pattern_add_color_stop_rgba (gradient, 0, fill->red, fill->green, fill->blue, fill->alpha);
      cairo_pattern_add_color_stop_rgba (gradient, 1, fill->red, fill->green, fill->blue, 0);
      cairo_set_source (cr, gradient);
      cairo_pattern_destroy (gradient);
    }
  else
    _dt_render_set_color (cr, fill);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (cr);

  if (style->use_patterns)
    hatch (ctx, status, x0, y0, fade ? fade_from : x1, y1);

  _dt_render_set_color (cr, edge);
  cairo_set_line_width (cr, 1.0);
  if (fade)
    {
      /* Top and bottom edges only: the open end has no edge. */
      cairo_move_to (cr, fade_from, y0 + 0.5);
      cairo_line_to (cr, x0 + 0.5, y0 + 0.5);
      cairo_line_to (cr, x0 + 0.5, y1 - 0.5);
      cairo_line_to (cr, fade_from, y1 - 0.5);
      cairo_stroke (cr);
    }
  else
    {
      cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, MAX (x1 - x0 - 1, 0), y1 - y0 - 1);
      cairo_stroke (cr);
    }
}

static void
diamond_path (cairo_t *cr,
              double   cx,
              double   cy,
              double   r)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

static void
draw_check (cairo_t *cr,
            double   cx,
            double   cy,
            double   r)
{
  cairo_move_to (cr, cx - r * 0.5, cy);
  cairo_line_to (cr, cx - r * 0.1, cy + r * 0.4);
  cairo_line_to (cr, cx + r * 0.55, cy - r * 0.45);
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

void
_dt_render_item_marks (DtRenderCtx         *ctx,
                       const DtTimelineRow *row)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  const DtTimelineColor *edge = &style->status_edge[row->status];
  double cy = row->y + row->height / 2;
  double bh = MAX (row->height * 0.5, 4);
  double r = row->height * 0.32;
  double lw = MAX (row->height / 12, 1.0);
  double text_x = -G_MAXDOUBLE;
  gboolean bleed = FALSE;

  /* Text leaves a current point behind: start clean. */
  cairo_new_path (cr);

  if (row->marks & DT_TIMELINE_MARK_BAR && row->bar_x1 >= ctx->vx && row->bar_x0 <= ctx->vx1)
    {
      double x0 = MAX (row->bar_x0, ctx->vx - 2);
      double x1 = row->bar_x1;

      _dt_render_status_box (ctx, row->status, x0, cy - bh / 2, x1, cy + bh / 2,
                             (row->marks & DT_TIMELINE_MARK_OPEN_END) != 0);
      if (row->marks & DT_TIMELINE_MARK_OPEN_END && x1 <= ctx->vx1 + r)
        {
          /* An arrow at the chart's edge: it goes on. */
          _dt_render_set_color (cr, edge);
          cairo_move_to (cr, x1, cy);
          cairo_line_to (cr, x1 - r, cy - r * 0.8);
          cairo_line_to (cr, x1 - r, cy + r * 0.8);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  if (row->marks & DT_TIMELINE_MARK_EXTENDED)
    {
      gboolean bleed;

      /* The original deadline, faint, and a dashed line to the new one. */
      _dt_render_set_color_alpha (cr, edge, 0.45);
      cairo_set_line_width (cr, lw);
      if (_dt_render_point_here (ctx, row->original_x - r, row->original_x + r, &bleed))
        {
          if (bleed)
            _dt_render_begin_bleed (ctx);
          diamond_path (cr, row->original_x, cy, r * 0.85);
          cairo_stroke (cr);
          if (bleed)
            cairo_restore (cr);
        }
      cairo_save (cr);
      cairo_set_dash (cr, (double[]) { 2 * lw, 2 * lw }, 2, 0);
      cairo_move_to (cr, row->original_x + r * 0.85, cy);
      cairo_line_to (cr, row->milestone_x - r, cy);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL)
    {
      const DtTimelineColor *late = &style->status_edge[DT_STATUS_OVERDUE];

      _dt_render_set_color (cr, late);
      cairo_set_line_width (cr, lw * 1.5);
      cairo_move_to (cr, row->milestone_x, cy);
      cairo_line_to (cr, row->tail_x, cy);
      cairo_stroke (cr);
      cairo_move_to (cr, row->tail_x, cy - bh / 3);
      cairo_line_to (cr, row->tail_x, cy + bh / 3);
      cairo_stroke (cr);
    }

  if (row->n_ticks > 0)
    {
      const double *ticks = dt_timeline_layout_get_row_ticks (ctx->layout, row);

      _dt_render_set_color (cr, &style->foreground);
      cairo_set_line_width (cr, lw);
      for (guint i = 0; i < row->n_ticks; i++)
        {
          if (ticks[i] < ctx->vx - 2 || ticks[i] > ctx->vx1 + 2)
            continue;
          cairo_move_to (cr, ticks[i], cy - bh * 0.75);
          cairo_line_to (cr, ticks[i], cy + bh * 0.75);
        }
      cairo_stroke (cr);
    }

  if (row->marks & DT_TIMELINE_MARK_CANCELLED && row->marks & DT_TIMELINE_MARK_BAR)
    {
      _dt_render_set_color (cr, &style->dim_foreground);
      cairo_set_line_width (cr, lw);
      cairo_move_to (cr, MAX (row->bar_x0, ctx->vx - 2), cy);
      cairo_line_to (cr, MIN (row->bar_x1, ctx->vx1 + 2), cy);
      cairo_stroke (cr);
    }

  if (row->marks & DT_TIMELINE_MARK_MILESTONE
      && row->milestone_x + 4 * r >= ctx->vx && row->milestone_x - r <= ctx->vx1
      && _dt_render_point_here (ctx, row->milestone_x - r,
                                row->milestone_x + (row->marks & DT_TIMELINE_MARK_APPROXIMATE ? 2.5 * r : r),
                                &bleed))
    {
      if (bleed)
        _dt_render_begin_bleed (ctx);
      diamond_path (cr, row->milestone_x, cy, r);
      if (row->marks & DT_TIMELINE_MARK_APPROXIMATE)
        {
          _dt_render_set_color (cr, &style->background);
          cairo_fill_preserve (cr);
          _dt_render_set_color (cr, edge);
          cairo_set_line_width (cr, lw * 1.2);
          cairo_save (cr);
          cairo_set_dash (cr, (double[]) { 1.5 * lw, 1.2 * lw }, 2, 0);
          cairo_stroke (cr);
          cairo_restore (cr);
          /* On a clear patch: an overdue line may run under it. */
          text_x = row->milestone_x + r + 1;
          _dt_render_set_color (cr, &style->background);
          cairo_rectangle (cr, text_x, cy - r * 0.6,
                           _dt_render_text_width (ctx, ctx->bold, "≈"), r * 1.2);
          cairo_fill (cr);
          _dt_render_set_color (cr, &style->foreground);
          text_x += _dt_render_text (ctx, ctx->bold, "≈", text_x, row->y,
                                     -1, row->height, PANGO_ALIGN_LEFT, TRUE);
        }
      else
        {
          _dt_render_set_color (cr, edge);
          cairo_fill_preserve (cr);
          _dt_render_set_color (cr, &style->foreground);
          cairo_set_line_width (cr, lw * 0.6);
          cairo_stroke (cr);
        }
      if (bleed)
        cairo_restore (cr);
    }

  if (row->marks & DT_TIMELINE_MARK_COMPLETED
      && _dt_render_point_here (ctx, row->completed_x - r, row->completed_x + r, &bleed))
    {
      DtStatus s = row->marks & DT_TIMELINE_MARK_LATE ? DT_STATUS_COMPLETED_LATE
                                                      : DT_STATUS_COMPLETED_ON_TIME;

      if (bleed)
        _dt_render_begin_bleed (ctx);
      cairo_new_path (cr);
      cairo_arc (cr, row->completed_x, cy, r, 0, 2 * G_PI);
      _dt_render_set_color (cr, &style->status_edge[s]);
      cairo_fill_preserve (cr);
      _dt_render_set_color (cr, &style->foreground);
      cairo_set_line_width (cr, lw * 0.6);
      cairo_stroke (cr);
      _dt_render_set_color (cr, &style->background);
      cairo_set_line_width (cr, lw * 1.4);
      draw_check (cr, row->completed_x, cy, r);
      cairo_stroke (cr);
      if (bleed)
        cairo_restore (cr);
    }

  /* The deadline's date, right of everything drawn at it. */
  if (row->date_label != NULL && ctx->show_dates)
    {
      double x = MAX (row->milestone_x + r + 3, text_x + 2);
      double tw = -1;
      double today_x;
      gboolean patch = FALSE;

      bleed = FALSE;

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
}

