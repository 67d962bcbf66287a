/* dt-timeline-chart-draw.c — the chart's geometry, colours and drawing
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-render.h"
#include "dt-timeline-style.h"
#include "dt-timeline-chart-private.h"

/* Geometry ----------------------------------------------------------------- */

void
_dt_timeline_chart_get_viewport (DtTimelineChart    *self,
              DtTimelineViewport *viewport)
{
  viewport->x = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  viewport->y = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  viewport->width = gtk_widget_get_width (GTK_WIDGET (self));
  viewport->height = gtk_widget_get_height (GTK_WIDGET (self));
}

double
_dt_timeline_chart_label_width (DtTimelineChart *self)
{
  return self->layout ? dt_timeline_layout_get_options (self->layout)->label_width : 0;
}

/* The unit column for a chart width: narrower on a phone, so that bars keep
 * most of the width (labels are ellipsized; the tooltip and detail have
 * the whole text). */
#define NARROW_LABEL_WIDTH 120

double
_dt_timeline_chart_label_width_for (int width)
{
  DtTimelineOptions defaults;

  dt_timeline_options_init (&defaults);
  if (width <= 0)
    return defaults.label_width;
  return MIN (defaults.label_width, MAX (NARROW_LABEL_WIDTH, floor (width * 0.4)));
}

double
_dt_timeline_chart_header_height (DtTimelineChart *self)
{
  return self->layout ? dt_timeline_layout_get_options (self->layout)->header_height : 0;
}

double
_dt_timeline_chart_body_width (DtTimelineChart *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - _dt_timeline_chart_label_width (self));
}

double
_dt_timeline_chart_body_height (DtTimelineChart *self)
{
  return MAX (1.0, gtk_widget_get_height (GTK_WIDGET (self)) - _dt_timeline_chart_header_height (self));
}

void
_dt_timeline_chart_configure_adjustments (DtTimelineChart *self)
{
  double content_w = 0, content_h = 0;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL)
    {
      content_w = dt_timeline_layout_get_content_width (self->layout) + _dt_timeline_chart_label_width (self);
      content_h = dt_timeline_layout_get_content_height (self->layout)
                  + _dt_timeline_chart_header_height (self);
    }

  if (self->hadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (self->hadjustment);
      double upper = MAX (content_w, width);

      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (value, 0, MAX (0, upper - width)),
                                0, upper,
                                width * 0.1, width * 0.9, width);
    }
  if (self->vadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);
      double upper = MAX (content_h, height);
      double row = self->layout ? dt_timeline_layout_get_options (self->layout)->row_height : 20;

      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (value, 0, MAX (0, upper - height)),
                                0, upper,
                                row * 3, height * 0.9, height);
    }
}

void
_dt_timeline_chart_set_hvalue (DtTimelineChart *self,
                               double           value)
{
  if (self->hadjustment == NULL)
    return;
  value = CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (self->hadjustment)
                                   - gtk_adjustment_get_page_size (self->hadjustment)));
  gtk_adjustment_set_value (self->hadjustment, value);
}

void
_dt_timeline_chart_set_vvalue (DtTimelineChart *self,
            double           value)
{
  if (self->vadjustment == NULL)
    return;
  value = CLAMP (value, 0, MAX (0, gtk_adjustment_get_upper (self->vadjustment)
                                   - gtk_adjustment_get_page_size (self->vadjustment)));
  gtk_adjustment_set_value (self->vadjustment, value);
}

/* Style --------------------------------------------------------------------- */

static void
copy_rgba (DtTimelineColor *to,
           const GdkRGBA   *from,
           float            alpha)
{
  to->red = from->red;
  to->green = from->green;
  to->blue = from->blue;
  to->alpha = alpha;
}

void
_dt_timeline_chart_update_style (DtTimelineChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  g_autofree GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (manager);
  GdkRGBA fg;

  self->style = *dt_timeline_style_get (dark ? DT_TIMELINE_PALETTE_DARK : DT_TIMELINE_PALETTE_LIGHT);
  self->accent = *accent;
  copy_rgba (&self->style.selection, accent, dark ? 0.35 : 0.22);

  gtk_widget_get_color (GTK_WIDGET (self), &fg);
  copy_rgba (&self->style.foreground, &fg, 1.0);

  if (adw_style_manager_get_high_contrast (manager))
    {
      /* Everything the eye must read at full strength. */
      copy_rgba (&self->style.dim_foreground, &fg, 1.0);
      copy_rgba (&self->style.grid, &fg, 0.35);
      copy_rgba (&self->style.grid_major, &fg, 0.7);
      copy_rgba (&self->style.selection, accent, 0.45);
      self->style.use_patterns = TRUE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing ------------------------------------------------------------------- */

/* The bar (or milestone) of row in widget coordinates. */
gboolean
_dt_timeline_chart_row_mark_rect (DtTimelineChart       *self,
                                  guint                  index,
                                  graphene_rect_t       *rect)
{
  const DtTimelineRow *row = dt_timeline_layout_get_row (self->layout, index);
  DtTimelineViewport viewport;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, half = row->height * 0.35;

  _dt_timeline_chart_get_viewport (self, &viewport);
  if (row->marks & DT_TIMELINE_MARK_BAR)
    {
      x0 = MIN (x0, row->bar_x0);
      x1 = MAX (x1, row->bar_x1);
    }
  if (row->marks & DT_TIMELINE_MARK_MILESTONE)
    {
      x0 = MIN (x0, row->milestone_x - half);
      x1 = MAX (x1, row->milestone_x + half);
    }
  if (row->marks & DT_TIMELINE_MARK_COMPLETED)
    {
      x0 = MIN (x0, row->completed_x - half);
      x1 = MAX (x1, row->completed_x + half);
    }
  if (x0 > x1)
    return FALSE;

  graphene_rect_init (rect,
                      _dt_timeline_chart_label_width (self) + x0 - viewport.x - 3,
                      _dt_timeline_chart_header_height (self) + row->y - viewport.y + 2,
                      x1 - x0 + 6,
                      row->height - 4);
  return TRUE;
}

static void
dt_timeline_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);
  DtTimelineViewport viewport;
  int selected = _dt_timeline_chart_selected_row (self);
  graphene_rect_t rect;
  cairo_t *cr;

  if (self->layout == NULL)
    return;

  _dt_timeline_chart_get_viewport (self, &viewport);
  if (viewport.width <= 0 || viewport.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, viewport.width, viewport.height));
  dt_timeline_render_selected (cr, self->layout, &viewport, &self->style, selected);
  cairo_destroy (cr);

  /* The focus ring, on the selected directive's bar. */
  if (selected >= 0 && gtk_widget_has_focus (widget)
      && _dt_timeline_chart_row_mark_rect (self, selected, &rect))
    {
      GskRoundedRect outline;
      const float w = 2;
      GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };
      double lw = _dt_timeline_chart_label_width (self), hh = _dt_timeline_chart_header_height (self);

      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (lw, hh, viewport.width - lw, viewport.height - hh));
      gsk_rounded_rect_init_from_rect (&outline, &rect, 4);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { w, w, w, w }, colors);
      gtk_snapshot_pop (snapshot);
    }
}

static void
dt_timeline_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = self->layout ? (int) (_dt_timeline_chart_label_width (self) + dt_timeline_layout_get_content_width (self->layout)) : 200;
    }
  else
    {
      *minimum = 120;
      *natural = self->layout ? (int) (_dt_timeline_chart_header_height (self)
                                       + dt_timeline_layout_get_content_height (self->layout))
                              : 120;
    }
  *natural = MAX (*minimum, *natural);
}

static void
dt_timeline_chart_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);

  /* The layout fills the width: made again when the width changes, unless
   * the data is wider than any width. */
  if (width != self->laid_out_width && self->layout != NULL
      && (self->data_from != dt_timeline_layout_get_from (self->layout)
          || self->data_to != dt_timeline_layout_get_to (self->layout)
          || dt_timeline_layout_get_content_width (self->layout) < width - _dt_timeline_chart_label_width (self)
          || _dt_timeline_chart_label_width_for (width) != _dt_timeline_chart_label_width (self)))
    _dt_timeline_chart_relayout (self);
  else
    _dt_timeline_chart_configure_adjustments (self);

  /* Opens on today, as an office looks at it: what is due now. */
  if (!self->shown_today && self->layout != NULL && width > _dt_timeline_chart_label_width (self))
    {
      self->shown_today = TRUE;
      dt_timeline_chart_scroll_to_today (self);
    }

  /* then the directive chosen while it was hidden or still unsized */
  self->allocated = self->layout != NULL && height > _dt_timeline_chart_header_height (self);
  if (self->allocated)
    _dt_timeline_chart_scroll_to_selected (self);
}

void
_dt_timeline_chart_class_init_draw (GtkWidgetClass *widget_class)
{
  widget_class->snapshot = dt_timeline_chart_snapshot;
  widget_class->measure = dt_timeline_chart_measure;
  widget_class->size_allocate = dt_timeline_chart_size_allocate;
}

