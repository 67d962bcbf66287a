/* dt-timeline-chart-scale.c — the chart's zoom, and the named scale that follows it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dt-timeline-scale.h"
#include "dt-timeline-chart-private.h"

/* Zoom ---------------------------------------------------------------------- */

/* The scale whose default zoom is nearest (on a log scale) to px_per_day. */
static DtTimelineScale
scale_for_zoom (double px_per_day)
{
  DtTimelineScale best = DT_TIMELINE_SCALE_MONTH;
  double best_distance = G_MAXDOUBLE;

  for (int s = DT_TIMELINE_SCALE_WEEK; s <= DT_TIMELINE_SCALE_YEAR; s++)
    {
      double d = fabs (log (px_per_day / dt_timeline_scale_default_px_per_day (s)));

      if (d < best_distance)
        {
          best_distance = d;
          best = s;
        }
    }
  return best;
}

/* Sets the zoom (and the scale that follows it) keeping the day at widget x
 * where it is. */
void
_dt_timeline_chart_set_zoom (DtTimelineChart *self,
                             double           px_per_day,
                             double           x)
{
  DtTimelineScale scale;
  double day = 0, old_x = 0;
  gboolean anchored = self->layout != NULL;

  px_per_day = CLAMP (px_per_day, DT_TIMELINE_CHART_MIN_PX_PER_DAY, DT_TIMELINE_CHART_MAX_PX_PER_DAY);
  if (px_per_day == self->px_per_day)
    return;

  if (anchored)
    {
      double lw = _dt_timeline_chart_label_width (self);

      if (x < lw)
        x = lw + _dt_timeline_chart_body_width (self) / 2;
      old_x = x - lw;
      day = dt_timeline_layout_get_from (self->layout)
            + (gtk_adjustment_get_value (self->hadjustment) + old_x)
              / dt_timeline_layout_get_px_per_day (self->layout);
    }

  self->px_per_day = px_per_day;
  scale = scale_for_zoom (px_per_day);
  if (scale != self->scale)
    {
      self->scale = scale;
      _dt_timeline_chart_notify (self, PROP_SCALE);
    }
  _dt_timeline_chart_relayout (self);
  _dt_timeline_chart_notify (self, PROP_PX_PER_DAY);

  if (anchored && self->layout != NULL)
    _dt_timeline_chart_set_hvalue (self, (day - dt_timeline_layout_get_from (self->layout))
                                         * dt_timeline_layout_get_px_per_day (self->layout) - old_x);
}

DtTimelineScale
dt_timeline_chart_get_scale (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), DT_TIMELINE_SCALE_MONTH);
  return self->scale;
}

void
dt_timeline_chart_set_scale (DtTimelineChart *self,
                             DtTimelineScale  scale)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (scale == self->scale)
    return;

  /* The named scale's own zoom: _dt_timeline_chart_set_zoom () picks this scale back. */
  _dt_timeline_chart_set_zoom (self, dt_timeline_scale_default_px_per_day (scale), -1);
  if (self->scale != scale)
    {
      self->scale = scale;
      _dt_timeline_chart_relayout (self);
      _dt_timeline_chart_notify (self, PROP_SCALE);
    }
}

double
dt_timeline_chart_get_px_per_day (DtTimelineChart *self)
{
  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), 0);
  return self->px_per_day;
}

void
dt_timeline_chart_zoom (DtTimelineChart *self,
                        double           factor,
                        double           x)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));
  g_return_if_fail (factor > 0);

  _dt_timeline_chart_set_zoom (self, self->px_per_day * factor, x);
}

void
dt_timeline_chart_scroll_to_today (DtTimelineChart *self)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  if (self->layout == NULL)
    return;

  /* A third of the way in: some past for context, more future. */
  _dt_timeline_chart_set_hvalue (self,
                                 dt_timeline_layout_date_to_x (self->layout,
                                                               dt_timeline_layout_get_today (self->layout))
                                 - _dt_timeline_chart_body_width (self) / 3);
}

void
dt_timeline_chart_fit (DtTimelineChart *self)
{
  g_return_if_fail (DT_IS_TIMELINE_CHART (self));

  /* Twice: the range snaps to whole units of the scale the zoom picks. */
  for (int i = 0; i < 2 && self->layout != NULL; i++)
    {
      double days = self->data_to - self->data_from + 1;

      _dt_timeline_chart_set_zoom (self, _dt_timeline_chart_body_width (self) / MAX (1.0, days), -1);
    }
  _dt_timeline_chart_set_hvalue (self, 0);
}

