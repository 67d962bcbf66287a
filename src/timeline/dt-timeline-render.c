/* dt-timeline-render.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a DtTimelineLayout; all geometry comes from the layout, so the
 * hit-test and the pages agree with what is drawn.  Only visible rows are
 * drawn (binary search on y), so 10 000 directives cost what 40 do.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dt-timeline-render-private.h"

#define PAD _DT_RENDER_PAD

/* --- areas ----------------------------------------------------------- */

static void
draw_spans (DtRenderCtx          *ctx,
            const DtTimelineSpan *spans,
            guint                 n_spans,
            DtTimelineSpanKind    kind)
{
  for (guint i = 0; i < n_spans; i++)
    {
      if (spans[i].kind != kind || spans[i].x1 < ctx->vx || spans[i].x0 > ctx->vx1)
        continue;
      _dt_render_set_color (ctx->cr, kind == DT_TIMELINE_SPAN_HOLIDAY ? &ctx->style->holiday : &ctx->style->weekend);
      cairo_rectangle (ctx->cr, spans[i].x0, ctx->vy, spans[i].x1 - spans[i].x0, ctx->vy1 - ctx->vy);
      cairo_fill (ctx->cr);
    }
}

static void
draw_body (DtRenderCtx *ctx,
           guint        first,
           guint        last,
           int          selected_row)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  const DtTimelineColumn *cols;
  const DtTimelineSpan *spans;
  guint n_cols, n_spans;
  double top = ctx->vy, bottom = ctx->vy1;
  DtDate today = dt_timeline_layout_get_today (ctx->layout);
  double content_width = dt_timeline_layout_get_content_width (ctx->layout);

  spans = dt_timeline_layout_get_spans (ctx->layout, &n_spans);
  draw_spans (ctx, spans, n_spans, DT_TIMELINE_SPAN_WEEKEND);

  /* Group bands and the selection. */
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_GROUP)
        _dt_render_set_color (cr, &style->group_background);
      else if ((int) i == selected_row)
        _dt_render_set_color (cr, &style->selection);
      else
        continue;
      cairo_rectangle (cr, ctx->vx, row->y, ctx->vx1 - ctx->vx, row->height);
      cairo_fill (cr);
    }

  /* Tết over the group bands too: it is translucent. */
  draw_spans (ctx, spans, n_spans, DT_TIMELINE_SPAN_HOLIDAY);

  /* Vertical grid: minor units, then the major ones darker. */
  cairo_set_line_width (cr, 1.0);
  for (int major = 0; major < 2; major++)
    {
      cols = dt_timeline_layout_get_columns (ctx->layout, major, &n_cols);
      _dt_render_set_color (cr, major ? &style->grid_major : &style->grid);
      for (guint i = 0; i < n_cols; i++)
        {
          double x = floor (cols[i].x) + 0.5;

          if (x < ctx->vx - 1 || x > ctx->vx1 + 1)
            continue;
          cairo_move_to (cr, x, top);
          cairo_line_to (cr, x, bottom);
        }
      cairo_stroke (cr);
    }

  /* Row separators. */
  _dt_render_set_color (cr, &style->grid);
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);
      double y = floor (row->y + row->height) - 0.5;

      cairo_move_to (cr, ctx->vx, y);
      cairo_line_to (cr, MIN (ctx->vx1, content_width), y);
    }
  cairo_stroke (cr);

  _dt_render_rows_marks (ctx, first, last);
  /* The dates over all of them (no mark reaches into another row). */
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_ITEM)
        _dt_render_item_date (ctx, row);
    }

  if (today >= dt_timeline_layout_get_from (ctx->layout)
      && today <= dt_timeline_layout_get_to (ctx->layout))
    {
      double x = floor (dt_timeline_layout_date_to_x (ctx->layout, today)
                        + dt_timeline_layout_get_px_per_day (ctx->layout) / 2);

      _dt_render_set_color (cr, &style->today);
      cairo_rectangle (cr, x - 1, top, 2, bottom - top);
      cairo_fill (cr);
    }
}

static void
draw_labels (DtRenderCtx *ctx,
             guint        first,
             guint        last,
             int          selected_row)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  double lw = ctx->o->label_width;

  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_GROUP)
        {
          _dt_render_set_color (cr, &style->group_background);
          cairo_rectangle (cr, 0, row->y, lw, row->height);
          cairo_fill (cr);
          continue;
        }
      if ((int) i == selected_row)
        {
          _dt_render_set_color (cr, &style->selection);
          cairo_rectangle (cr, 0, row->y, lw, row->height);
          cairo_fill (cr);
        }
      _dt_render_set_color (cr, row->marks & DT_TIMELINE_MARK_CANCELLED ? &style->dim_foreground
                            : &style->foreground);
      _dt_render_text (ctx, ctx->font, row->label, PAD * 2, row->y, lw - PAD * 3, row->height,
                       PANGO_ALIGN_LEFT, TRUE);
    }

  /* The separators in one stroke: a page holds fewer operations. */
  _dt_render_set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1.0);
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind == DT_TIMELINE_ROW_GROUP)
        continue;
      cairo_move_to (cr, 0, floor (row->y + row->height) - 0.5);
      cairo_line_to (cr, lw, floor (row->y + row->height) - 0.5);
    }
  cairo_stroke (cr);
}

/* Group names run across the whole width over their band: they are long
 * ("Sở Nông nghiệp và Phát triển nông thôn") and the band has no bars. */
static void
draw_group_titles (DtRenderCtx *ctx,
                   guint        first,
                   guint        last,
                   double       width)
{
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (ctx->layout, i);

      if (row->kind != DT_TIMELINE_ROW_GROUP)
        continue;
      _dt_render_set_color (ctx->cr, &ctx->style->foreground);
      _dt_render_text (ctx, ctx->bold, row->label, PAD, row->y, width - 2 * PAD, row->height,
                       PANGO_ALIGN_LEFT, TRUE);
    }
}

static void
draw_header (DtRenderCtx *ctx)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  double hh = ctx->o->header_height;
  double line = hh / 2;
  DtDate today = dt_timeline_layout_get_today (ctx->layout);
  guint n_major;

  _dt_render_set_color (cr, &style->header_background);
  cairo_rectangle (cr, ctx->vx, 0, ctx->vx1 - ctx->vx, hh);
  cairo_fill (cr);

  dt_timeline_layout_get_columns (ctx->layout, TRUE, &n_major);
  for (int major = 1; major >= 0; major--)
    {
      guint n;
      const DtTimelineColumn *cols = dt_timeline_layout_get_columns (ctx->layout, major, &n);
      double y = (major || n_major == 0) ? 0 : line;
      double h = n_major == 0 ? hh : line;

      for (guint i = 0; i < n; i++)
        {
          const DtTimelineColumn *c = &cols[i];
          double x0 = MAX (c->x, ctx->vx);
          double x1 = MIN (c->x + c->width, ctx->vx1);
          double tw;

          if (x1 <= x0)
            continue;

          _dt_render_set_color (cr, major ? &style->grid_major : &style->grid);
          cairo_set_line_width (cr, 1.0);
          cairo_move_to (cr, floor (c->x) + 0.5, y);
          cairo_line_to (cr, floor (c->x) + 0.5, y + h);
          cairo_stroke (cr);

          /* Major labels stick to the left edge while their column shows;
           * minor ones are centred, kept inside the visible part, and left
           * out where they do not fit. */
          tw = _dt_render_text_width (ctx, major ? ctx->bold : ctx->font, c->label);
          if (tw + 2 * PAD > x1 - x0)
            continue;
          _dt_render_set_color (cr, major ? &style->foreground : &style->dim_foreground);
          if (major)
            _dt_render_text (ctx, ctx->bold, c->label, x0 + PAD, y, -1, h, PANGO_ALIGN_LEFT, TRUE);
          else
            _dt_render_text (ctx, ctx->font, c->label,
                             CLAMP (c->x + (c->width - tw) / 2, x0 + PAD / 2, x1 - tw - PAD / 2),
                             y, -1, h, PANGO_ALIGN_LEFT, TRUE);
        }
    }

  _dt_render_set_color (cr, &style->grid_major);
  cairo_move_to (cr, ctx->vx, floor (hh) - 0.5);
  cairo_line_to (cr, ctx->vx1, floor (hh) - 0.5);
  cairo_stroke (cr);

  if (today >= dt_timeline_layout_get_from (ctx->layout)
      && today <= dt_timeline_layout_get_to (ctx->layout))
    {
      double x = floor (dt_timeline_layout_date_to_x (ctx->layout, today)
                        + dt_timeline_layout_get_px_per_day (ctx->layout) / 2);
      double s = MIN (line * 0.45, 7);

      _dt_render_set_color (cr, &style->today);
      cairo_move_to (cr, x, hh);
      cairo_line_to (cr, x - s, hh - s);
      cairo_line_to (cr, x + s, hh - s);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

static const char *
corner_title (DtTimelineGroup group)
{
  switch (group)
    {
    case DT_TIMELINE_GROUP_NOTICE:
      return _("Notice / Directive");
    case DT_TIMELINE_GROUP_SECTION:
      return _("Section / Directive");
    case DT_TIMELINE_GROUP_STATUS:
      return _("Status / Directive");
    case DT_TIMELINE_GROUP_UNIT:
    default:
      return _("Lead unit / Directive");
    }
}

/* "Lead unit / Directive" on one line, or on two split at the slash when
 * the column is narrow (at phone width) rather than cut. */
static void
draw_corner_title (DtRenderCtx *ctx,
                   const char  *title,
                   double       width,
                   double       height)
{
  const char *slash = strstr (title, " / ");

  if (slash != NULL && _dt_render_text_width (ctx, ctx->bold, title) > width)
    {
      g_autofree char *first = g_strndup (title, slash - title + 2);

      _dt_render_text (ctx, ctx->bold, first, PAD * 2, 2, width, height / 2 - 2, PANGO_ALIGN_LEFT, TRUE);
      _dt_render_text (ctx, ctx->bold, slash + 3, PAD * 2, height / 2 - 2, width, height / 2,
                       PANGO_ALIGN_LEFT, TRUE);
      return;
    }
  _dt_render_text (ctx, ctx->bold, title, PAD * 2, 0, width, height, PANGO_ALIGN_LEFT, TRUE);
}

static void
render (cairo_t                  *cr,
        DtTimelineLayout         *layout,
        const DtTimelineViewport *viewport,
        const DtTimelineStyle    *style,
        int                       selected_row,
        gboolean                  page,
        DtRenderCache            *cache,
        double                    bleed,
        DtRenderParts             parts)
{
  DtRenderCtx ctx = { 0 };
  double lw, hh, body_w, body_h, edge_top;
  guint first, draw_first, last, n_rows;
  const DtTimelineRow *first_row;
  double continued_h = 0, continued_push = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (viewport != NULL);
  g_return_if_fail (style != NULL);

  ctx.layout = layout;
  ctx.o = dt_timeline_layout_get_options (layout);
  lw = MIN (ctx.o->label_width, viewport->width);
  hh = MIN (ctx.o->header_height, viewport->height);
  edge_top = hh;
  body_w = viewport->width - lw;
  body_h = viewport->height - hh;
  _dt_render_ctx_init (&ctx, cr, style, cache);

  ctx.vx = viewport->x;
  ctx.vx1 = viewport->x + body_w;
  ctx.vy = viewport->y;
  ctx.vy1 = viewport->y + body_h;
  /* Dates only where a row is tall enough for a second size of text. */
  ctx.show_dates = ctx.o->row_height >= style->font_size * 1.5;
  ctx.page = page;
  ctx.cut_left = page && viewport->x > 0.5;
  ctx.bleed = page ? MAX (bleed, 0) : 0;

  n_rows = dt_timeline_layout_get_n_rows (layout);
  first = dt_timeline_layout_row_at_y (layout, ctx.vy);
  last = MIN (dt_timeline_layout_row_at_y (layout, ctx.vy1) + 1, n_rows);
  /* A row that starts at the bottom edge is not in view. */
  while (last > first && dt_timeline_layout_get_row (layout, last - 1)->y >= ctx.vy1)
    last--;

  /* A group whose header scrolled away keeps its name at the top, over
   * the rows above (on a page, those that ended the page before). */
  first_row = first < n_rows ? dt_timeline_layout_get_row (layout, first) : NULL;
  if (first_row != NULL && !(first_row->kind == DT_TIMELINE_ROW_GROUP && first_row->y >= ctx.vy))
    {
      double gh = ctx.o->group_height;

      /* The next group's header pushes this one out, rather than hide
       * under it. */
      for (guint i = first + 1; i < n_rows; i++)
        {
          const DtTimelineRow *next = dt_timeline_layout_get_row (layout, i);

          if (next->y >= ctx.vy + gh)
            break;
          if (next->kind == DT_TIMELINE_ROW_GROUP)
            {
              continued_push = ctx.vy + gh - next->y;
              break;
            }
        }
      continued_h = MAX (0, MIN (gh - continued_push, body_h));
    }
  /* Rows wholly under that header are not drawn: their text would be in
   * a PDF under the paint, found by a search on this page too. */
  draw_first = first;
  while (draw_first < last
         && dt_timeline_layout_get_row (layout, draw_first)->y
            + dt_timeline_layout_get_row (layout, draw_first)->height <= ctx.vy + continued_h)
    draw_first++;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);
  if (!(parts & DT_RENDER_PART_ROWS))
    goto header;
  _dt_render_set_color (cr, &style->background);
  cairo_paint (cr);

  /* The chart, scrolled both ways. */
  cairo_save (cr);
  cairo_rectangle (cr, lw, hh, body_w, body_h);
  cairo_clip (cr);
  cairo_translate (cr, lw - viewport->x, hh - viewport->y);
  draw_body (&ctx, draw_first, last, selected_row);
  cairo_restore (cr);

  /* The unit column, scrolled vertically only. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, hh, viewport->width, body_h);
  cairo_clip (cr);
  cairo_translate (cr, 0, hh - viewport->y);
  cairo_save (cr);
  cairo_rectangle (cr, 0, viewport->y, lw, body_h);
  cairo_clip (cr);
  draw_labels (&ctx, draw_first, last, selected_row);
  cairo_restore (cr);
  draw_group_titles (&ctx, draw_first, last, viewport->width);
  cairo_restore (cr);

  /* The continued group's name at the top. */
  if (continued_h > 0)
    {
      const char *name = dt_timeline_layout_get_group_label (layout, first_row->group);
      g_autofree char *text = g_strdup_printf (_("%s (continued)"), name);

      edge_top = hh + continued_h;
      cairo_save (cr);
      cairo_rectangle (cr, 0, hh, viewport->width, continued_h);
      cairo_clip (cr);
      _dt_render_set_color (cr, &style->group_background);
      cairo_paint (cr);
      _dt_render_set_color (cr, &style->foreground);
      _dt_render_text (&ctx, ctx.bold, text, PAD, hh - continued_push, viewport->width - 2 * PAD,
                       ctx.o->group_height, PANGO_ALIGN_LEFT, TRUE);
      cairo_restore (cr);
    }

  /* The unit column's edge, below the corner: not across the group bands,
   * whose names run over the whole width (a narrow column cut them). */
  _dt_render_set_color (cr, &style->grid_major);
  cairo_set_line_width (cr, 1.0);
  for (guint i = first; i < last; i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);
      double y0 = row->y - ctx.vy + hh;

      if (row->kind != DT_TIMELINE_ROW_GROUP)
        continue;
      if (y0 > edge_top)
        {
          cairo_move_to (cr, floor (lw) - 0.5, edge_top);
          cairo_line_to (cr, floor (lw) - 0.5, y0);
        }
      edge_top = MAX (edge_top, y0 + row->height);
    }
  if (edge_top < viewport->height)
    {
      cairo_move_to (cr, floor (lw) - 0.5, edge_top);
      cairo_line_to (cr, floor (lw) - 0.5, viewport->height);
    }
  cairo_stroke (cr);

header:
  if (!(parts & DT_RENDER_PART_HEADER))
    goto done;

  /* The scale header, scrolled horizontally only. */
  cairo_save (cr);
  cairo_rectangle (cr, lw, 0, body_w, hh);
  cairo_clip (cr);
  cairo_translate (cr, lw - viewport->x, 0);
  draw_header (&ctx);
  cairo_restore (cr);

  /* The corner. */
  _dt_render_set_color (cr, &style->header_background);
  cairo_rectangle (cr, 0, 0, lw, hh);
  cairo_fill (cr);
  _dt_render_set_color (cr, &style->dim_foreground);
  draw_corner_title (&ctx, corner_title (ctx.o->group), lw - 3 * PAD, hh);

  _dt_render_set_color (cr, &style->grid_major);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, floor (lw) - 0.5, 0);
  cairo_line_to (cr, floor (lw) - 0.5, hh);
  cairo_move_to (cr, 0, floor (hh) - 0.5);
  cairo_line_to (cr, lw, floor (hh) - 0.5);
  cairo_stroke (cr);

done:
  cairo_restore (cr);
  _dt_render_ctx_clear (&ctx);
}

void
dt_timeline_render_selected (cairo_t                  *cr,
                             DtTimelineLayout         *layout,
                             const DtTimelineViewport *viewport,
                             const DtTimelineStyle    *style,
                             int                       selected_row)
{
  render (cr, layout, viewport, style, selected_row, FALSE, NULL, 0, DT_RENDER_PART_ALL);
}

void
dt_timeline_render_page (cairo_t                  *cr,
                         DtTimelineLayout         *layout,
                         const DtTimelineViewport *viewport,
                         const DtTimelineStyle    *style,
                         double                    bleed)
{
  render (cr, layout, viewport, style, -1, TRUE, NULL, bleed, DT_RENDER_PART_ALL);
}

void
_dt_timeline_render_page_parts (cairo_t                  *cr,
                                DtTimelineLayout         *layout,
                                const DtTimelineViewport *viewport,
                                const DtTimelineStyle    *style,
                                DtRenderCache            *cache,
                                double                    bleed,
                                DtRenderParts             parts)
{
  render (cr, layout, viewport, style, -1, TRUE, cache, bleed, parts);
}

void
dt_timeline_render (cairo_t                  *cr,
                    DtTimelineLayout         *layout,
                    const DtTimelineViewport *viewport,
                    const DtTimelineStyle    *style)
{
  dt_timeline_render_selected (cr, layout, viewport, style, -1);
}

