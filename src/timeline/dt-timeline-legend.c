/* dt-timeline-legend.c — the legend: statuses and marks, in the renderer's shapes
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dt-timeline-render-private.h"

typedef enum
{
  SWATCH_STATUS,
  SWATCH_MILESTONE,
  SWATCH_APPROXIMATE,
  SWATCH_EXTENDED,
  SWATCH_COMPLETED,
  SWATCH_RECURRING,
  SWATCH_TODAY,
  SWATCH_HOLIDAY,
} SwatchKind;

static void
draw_swatch (DtRenderCtx *ctx,
             SwatchKind   kind,
             DtStatus     status,
             double       x,
             double       y,
             double       w,
             double       h)
{
  cairo_t *cr = ctx->cr;
  const DtTimelineStyle *style = ctx->style;
  DtTimelineRow row = { 0 };
  double cy = y + h / 2;

  row.y = y;
  row.height = h;
  row.status = DT_STATUS_IN_PROGRESS;
  switch (kind)
    {
    case SWATCH_STATUS:
      _dt_render_status_box (ctx, status, x, y + h * 0.2, x + w, y + h * 0.8, FALSE);
      return;
    case SWATCH_MILESTONE:
      row.marks = DT_TIMELINE_MARK_MILESTONE;
      row.milestone_x = x + w / 2;
      break;
    case SWATCH_APPROXIMATE:
      row.marks = DT_TIMELINE_MARK_MILESTONE | DT_TIMELINE_MARK_APPROXIMATE;
      row.milestone_x = x + w / 3;
      break;
    case SWATCH_EXTENDED:
      row.marks = DT_TIMELINE_MARK_MILESTONE | DT_TIMELINE_MARK_EXTENDED;
      row.original_x = x + h * 0.3;
      row.milestone_x = x + w - h * 0.4;
      break;
    case SWATCH_COMPLETED:
      row.marks = DT_TIMELINE_MARK_COMPLETED;
      row.completed_x = x + w / 2;
      break;
    case SWATCH_RECURRING:
      _dt_render_set_color (cr, &style->foreground);
      cairo_set_line_width (cr, MAX (h / 12, 1.0));
      for (int i = 0; i < 4; i++)
        {
          cairo_move_to (cr, x + 2 + i * (w - 4) / 3, cy - h * 0.35);
          cairo_line_to (cr, x + 2 + i * (w - 4) / 3, cy + h * 0.35);
        }
      cairo_stroke (cr);
      return;
    case SWATCH_TODAY:
      _dt_render_set_color (cr, &style->today);
      cairo_rectangle (cr, x + w / 2 - 1, y, 2, h);
      cairo_fill (cr);
      return;
    case SWATCH_HOLIDAY:
    default:
      _dt_render_set_color (cr, &style->holiday);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      return;
    }
  ctx->vx = x - w;
  ctx->vx1 = x + 2 * w;
  _dt_render_item_marks (ctx, &row);
}

double
_dt_timeline_render_legend_cached (cairo_t               *cr,
                                   const DtTimelineStyle *style,
                                   DtRenderCache         *cache,
                                   gboolean               as_of,
                                   double                 x,
                                   double                 y,
                                   double                 width,
                                   gboolean               draw)
{
  struct { SwatchKind kind; DtStatus status; const char *label; } entries[] = {
    { SWATCH_STATUS, DT_STATUS_OVERDUE, NULL },
    { SWATCH_STATUS, DT_STATUS_DUE_SOON, NULL },
    { SWATCH_STATUS, DT_STATUS_IN_PROGRESS, NULL },
    { SWATCH_STATUS, DT_STATUS_NO_DEADLINE, NULL },
    { SWATCH_STATUS, DT_STATUS_ONGOING, NULL },
    { SWATCH_STATUS, DT_STATUS_COMPLETED_LATE, NULL },
    { SWATCH_STATUS, DT_STATUS_COMPLETED_ON_TIME, NULL },
    { SWATCH_STATUS, DT_STATUS_CANCELLED, NULL },
    { SWATCH_MILESTONE, 0, N_("Deadline") },
    { SWATCH_APPROXIMATE, 0, N_("Approximate deadline") },
    { SWATCH_EXTENDED, 0, N_("Extended (original deadline faint)") },
    { SWATCH_COMPLETED, 0, N_("Completed on") },
    { SWATCH_RECURRING, 0, N_("Recurring") },
    { SWATCH_TODAY, 0,
      as_of
      /* Translators: in a timeline's legend, the red line of the date
       * the figures are counted to when it is not today (a meeting's) */
      ? N_("Reporting date")
      /* Translators: in a timeline's legend, the red line of today */
      : N_("Today") },
    { SWATCH_HOLIDAY, 0, N_("Lunar New Year holiday") },
  };
  DtRenderCtx ctx = { 0 };
  double line_h, sw_w, cx = x, cy = y;

  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  _dt_render_ctx_init (&ctx, cr, style, cache);
  line_h = ceil (style->font_size * 1.6);
  sw_w = line_h * 1.6;

  cairo_save (cr);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const char *label = entries[i].label ? _(entries[i].label)
                                           : dt_timeline_status_label (entries[i].status);
      double tw = _dt_render_text_width (&ctx, ctx.small, label);
      double ew = sw_w + 4 + tw + line_h;

      if (cx > x && cx + ew - line_h > x + width)
        {
          cx = x;
          cy += line_h;
        }
      if (draw)
        {
          draw_swatch (&ctx, entries[i].kind, entries[i].status, cx, cy + 1, sw_w, line_h - 2);
          _dt_render_set_color (cr, &style->foreground);
          _dt_render_text (&ctx, ctx.small, label, cx + sw_w + 4, cy, -1, line_h, PANGO_ALIGN_LEFT, TRUE);
        }
      cx += ew;
    }
  cairo_restore (cr);
  _dt_render_ctx_clear (&ctx);
  return cy + line_h - y;
}

double
dt_timeline_render_legend (cairo_t               *cr,
                           const DtTimelineStyle *style,
                           gboolean               as_of,
                           double                 x,
                           double                 y,
                           double                 width,
                           gboolean               draw)
{
  return _dt_timeline_render_legend_cached (cr, style, NULL, as_of, x, y, width, draw);
}
