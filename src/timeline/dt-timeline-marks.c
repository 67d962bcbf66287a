/* dt-timeline-marks.c — the marks of a directive's row: bars, hatching, deadlines
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-render-private.h"

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

/* A bar's fill: its colour, or fading to nothing from fade_from. */
static void
status_fill (DtRenderCtx *ctx,
             DtStatus     status,
             double       x0,
             double       y0,
             double       x1,
             double       y1,
             gboolean     fade,
             double       fade_from)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineColor *fill = &ctx->style->status[status];

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
}

/* A bar's edge; a fading one's has no right side. */
static void
outline_path (cairo_t  *cr,
              double    x0,
              double    y0,
              double    x1,
              double    y1,
              gboolean  fade,
              double    fade_from)
{
  if (fade)
    {
      /* Top and bottom edges only: the open end has no edge. */
      cairo_move_to (cr, fade_from, y0 + 0.5);
      cairo_line_to (cr, x0 + 0.5, y0 + 0.5);
      cairo_line_to (cr, x0 + 0.5, y1 - 0.5);
      cairo_line_to (cr, fade_from, y1 - 0.5);
    }
  else
    cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, MAX (x1 - x0 - 1, 0), y1 - y0 - 1);
}

static double
fade_start (double x0,
            double x1)
{
  return MAX (x0, x1 - MIN (80.0, (x1 - x0) * 0.6));
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
  double fade_from = fade_start (x0, x1);

  if (x1 - x0 < 1)
    x1 = x0 + 1;

  status_fill (ctx, status, x0, y0, x1, y1, fade, fade_from);
  if (ctx->style->use_patterns)
    hatch (ctx, status, x0, y0, fade ? fade_from : x1, y1);
  _dt_render_set_color (cr, &ctx->style->status_edge[status]);
  cairo_set_line_width (cr, 1.0);
  outline_path (cr, x0, y0, x1, y1, fade, fade_from);
  cairo_stroke (cr);
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

/* A row's bar, visible: its corners, where it starts to fade (open
 * ended). */
typedef struct
{
  double   x0, y0, x1, y1;
  gboolean fade;
  double   fade_from;
} Bar;

static gboolean
get_bar (DtRenderCtx         *ctx,
         const DtTimelineRow *row,
         Bar                 *bar)
{
  double cy = row->y + row->height / 2;
  double bh = MAX (row->height * 0.5, 4);

  if (!(row->marks & DT_TIMELINE_MARK_BAR && row->bar_x1 >= ctx->vx && row->bar_x0 <= ctx->vx1))
    return FALSE;
  bar->x0 = MAX (row->bar_x0, ctx->vx - 2);
  bar->x1 = row->bar_x1;
  bar->y0 = cy - bh / 2;
  bar->y1 = cy + bh / 2;
  bar->fade = (row->marks & DT_TIMELINE_MARK_OPEN_END) != 0;
  bar->fade_from = fade_start (bar->x0, bar->x1);
  if (bar->x1 - bar->x0 < 1)
    bar->x1 = bar->x0 + 1;
  return TRUE;
}

/* What of a row's marks to draw, in this order. */
typedef enum
{
  PART_BAR       = 1 << 0,
  PART_LINES     = 1 << 1,   /* the arrow, a deadline moved, overdue, recurring, cancelled */
  PART_MILESTONE = 1 << 2,
  PART_COMPLETED = 1 << 3,
  PART_ALL       = 0xf,
} Parts;

static void
item_marks (DtRenderCtx         *ctx,
            const DtTimelineRow *row,
            Parts                parts)
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

  if ((parts & PART_BAR) && row->marks & DT_TIMELINE_MARK_BAR && row->bar_x1 >= ctx->vx && row->bar_x0 <= ctx->vx1)
    _dt_render_status_box (ctx, row->status, MAX (row->bar_x0, ctx->vx - 2), cy - bh / 2,
                           row->bar_x1, cy + bh / 2, (row->marks & DT_TIMELINE_MARK_OPEN_END) != 0);

  if ((parts & PART_LINES) && row->marks & DT_TIMELINE_MARK_BAR && row->bar_x1 >= ctx->vx && row->bar_x0 <= ctx->vx1)
    {
      double x1 = row->bar_x1;

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

  if ((parts & PART_LINES) && row->marks & DT_TIMELINE_MARK_EXTENDED)
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

  if ((parts & PART_LINES) && row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL)
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

  if ((parts & PART_LINES) && row->n_ticks > 0)
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

  if ((parts & PART_LINES) && row->marks & DT_TIMELINE_MARK_CANCELLED && row->marks & DT_TIMELINE_MARK_BAR)
    {
      _dt_render_set_color (cr, &style->dim_foreground);
      cairo_set_line_width (cr, lw);
      cairo_move_to (cr, MAX (row->bar_x0, ctx->vx - 2), cy);
      cairo_line_to (cr, MIN (row->bar_x1, ctx->vx1 + 2), cy);
      cairo_stroke (cr);
    }

  if ((parts & PART_MILESTONE) && row->marks & DT_TIMELINE_MARK_MILESTONE
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

  if ((parts & PART_COMPLETED) && row->marks & DT_TIMELINE_MARK_COMPLETED
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
}

void
_dt_render_item_marks (DtRenderCtx         *ctx,
                       const DtTimelineRow *row)
{
  item_marks (ctx, row, PART_ALL);
}

/* A plain deadline's diamond (not approximate, not over a seam). */
static gboolean
is_plain_milestone (DtRenderCtx         *ctx,
                    const DtTimelineRow *row)
{
  double r = row->height * 0.32;
  gboolean bleed;

  return row->marks & DT_TIMELINE_MARK_MILESTONE && !(row->marks & DT_TIMELINE_MARK_APPROXIMATE)
         && row->milestone_x + 4 * r >= ctx->vx && row->milestone_x - r <= ctx->vx1
         && _dt_render_point_here (ctx, row->milestone_x - r, row->milestone_x + r, &bleed)
         && !bleed;
}

/* The marks of the item rows first to last, each row's in the order
 * item_marks () draws them.  No mark reaches into another row, so each
 * part is drawn for all rows before the next, a status after another: a
 * page sets a colour a few times where it set several for each row, and
 * the diamonds of a status are one shape.  (Bars stay one operation each:
 * as a shape of many, a rectangle takes twice the numbers in a PDF.) */
void
_dt_render_rows_marks (DtRenderCtx *ctx,
                       guint        first,
                       guint        last)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  Bar bar;

  cairo_new_path (cr);
  for (int s = 0; s < DT_N_STATUSES; s++)
    {
      for (guint i = first; i < last; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

          if (row->kind != DT_TIMELINE_ROW_ITEM || (int) row->status != s || !get_bar (ctx, row, &bar)
              || bar.fade)
            continue;
          cairo_rectangle (cr, bar.x0, bar.y0, bar.x1 - bar.x0, bar.y1 - bar.y0);
          _dt_render_set_color (cr, &style->status[s]);
          cairo_fill (cr);
        }
    }
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_ITEM && get_bar (ctx, row, &bar) && bar.fade)
        status_fill (ctx, row->status, bar.x0, bar.y0, bar.x1, bar.y1, TRUE, bar.fade_from);
    }

  if (style->use_patterns)
    for (guint i = first; i < last; i++)
      {
        const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

        if (row->kind == DT_TIMELINE_ROW_ITEM && get_bar (ctx, row, &bar))
          hatch (ctx, row->status, bar.x0, bar.y0, bar.fade ? bar.fade_from : bar.x1, bar.y1);
      }

  cairo_set_line_width (cr, 1.0);
  for (int s = 0; s < DT_N_STATUSES; s++)
    {
      for (guint i = first; i < last; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

          if (row->kind != DT_TIMELINE_ROW_ITEM || (int) row->status != s || !get_bar (ctx, row, &bar))
            continue;
          outline_path (cr, bar.x0, bar.y0, bar.x1, bar.y1, bar.fade, bar.fade_from);
          _dt_render_set_color (cr, &style->status_edge[s]);
          cairo_stroke (cr);
        }
    }

  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_ITEM)
        item_marks (ctx, row, PART_LINES);
    }

  /* Diamonds: a status's plain ones filled in its colour, then outlined,
   * together (all rows are as tall); the others one by one. */
  for (int s = 0; s < DT_N_STATUSES; s++)
    {
      double height = -1;

      for (guint i = first; i < last; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

          if (row->kind != DT_TIMELINE_ROW_ITEM || (int) row->status != s || !is_plain_milestone (ctx, row))
            continue;
          if (height < 0)
            height = row->height;
          if (row->height == height)
            diamond_path (cr, row->milestone_x, row->y + row->height / 2, row->height * 0.32);
        }
      if (height >= 0)
        {
          _dt_render_set_color (cr, &style->status_edge[s]);
          cairo_fill_preserve (cr);
          _dt_render_set_color (cr, &style->foreground);
          cairo_set_line_width (cr, MAX (height / 12, 1.0) * 0.6);
          cairo_stroke (cr);
        }
      for (guint i = first; i < last; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

          if (row->kind == DT_TIMELINE_ROW_ITEM && (int) row->status == s
              && row->marks & DT_TIMELINE_MARK_MILESTONE
              && (row->height != height || !is_plain_milestone (ctx, row)))
            item_marks (ctx, row, PART_MILESTONE);
        }
    }

  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_ITEM)
        item_marks (ctx, row, PART_COMPLETED);
    }
}
