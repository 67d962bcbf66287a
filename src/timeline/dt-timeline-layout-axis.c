/* dt-timeline-layout-axis.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout's dates: the range a chart shows (from its items' dates and the
 * reporting date), the columns of its scale header and the shaded weekends
 * and Tết holidays.
 */

#include "config.h"

#include <math.h>

#include "dt-date.h"
#include "dt-lunar.h"
#include "dt-timeline-layout-private.h"

/* Weekends are shaded at the week scale, when a day is this wide. */
#define MIN_WEEKEND_PX_PER_DAY 6.0

static void
compute_range (DtTimelineLayout *self)
{
  DtTimelineScale scale = self->options.scale;
  DtDate lo = G_MAXUINT32, hi = 0;
  int pad;

  for (guint i = 0; i < self->items->len; i++)
    {
      const DtTimelineItem *item = g_ptr_array_index (self->items, i);
      DtDate dates[] = { item->assigned, item->deadline, item->original_deadline, item->completed };

      for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
        if (dates[k] != DT_DATE_NONE)
          {
            lo = MIN (lo, dates[k]);
            hi = MAX (hi, dates[k]);
          }
    }

  if (hi == 0)
    {
      lo = dt_date_add_months (self->options.today, -3);
      hi = dt_date_add_months (self->options.today, 3);
    }
  /* Always the reporting date and the month after it: what is late is seen
   * against it, deadlines two years past still end at the today line, and
   * what falls due next shows. */
  lo = MIN (lo, self->options.today);
  hi = MAX (hi, self->options.today + 30);   /* and what falls due next */
  if (hi - lo < 28)
    {
      lo -= 14;
      hi += 14;
    }

  pad = scale == DT_TIMELINE_SCALE_WEEK ? 3
      : scale == DT_TIMELINE_SCALE_MONTH ? 10
      : scale == DT_TIMELINE_SCALE_QUARTER ? 20 : 45;

  self->from = self->options.from ? self->options.from
                                  : dt_timeline_scale_unit_start (scale, lo - pad);
  self->to = self->options.to ? self->options.to
                              : dt_timeline_scale_unit_next (scale, hi + pad) - 1;
  if (self->to < self->from)
    self->to = self->from;
}

static void
add_columns (DtTimelineLayout *self,
             GArray           *columns,
             DtTimelineScale   scale,
             gboolean          major)
{
  for (DtDate d = dt_timeline_scale_unit_start (scale, self->from);
       d <= self->to;
       d = dt_timeline_scale_unit_next (scale, d))
    {
      DtDate next = dt_timeline_scale_unit_next (scale, d);
      DtTimelineColumn col;
      double x0 = MAX (_dt_timeline_layout_x_of (self, d), 0);
      double x1 = MIN (_dt_timeline_layout_x_of (self, next), self->content_width);

      col.x = x0;
      col.width = x1 - x0;
      col.start = d;
      col.label = major ? dt_timeline_scale_format_major (scale, d)
                        : dt_timeline_scale_format_unit (scale, d);
      g_array_append_val (columns, col);
    }
}

static void
add_span (DtTimelineLayout   *self,
          DtTimelineSpanKind  kind,
          DtDate              first,
          DtDate              last)
{
  DtTimelineSpan span;

  if (first == DT_DATE_NONE || last < self->from || first > self->to)
    return;
  span.kind = kind;
  span.x0 = MAX (_dt_timeline_layout_x_of (self, first), 0);
  span.x1 = MIN (_dt_timeline_layout_x_of (self, last + 1), self->content_width);
  g_array_append_val (self->spans, span);
}

static void
compute_spans (DtTimelineLayout *self)
{
  if (self->options.scale == DT_TIMELINE_SCALE_WEEK
      && self->options.px_per_day >= MIN_WEEKEND_PX_PER_DAY)
    {
      DtDate saturday = self->from + (6 - dt_date_get_weekday (self->from) + 7) % 7;

      for (DtDate d = saturday > self->from + 1 ? saturday - 7 : saturday; d <= self->to; d += 7)
        add_span (self, DT_TIMELINE_SPAN_WEEKEND, MAX (d, self->from), d + 1);
    }

  if (self->options.show_holidays)
    {
      int y0 = dt_date_get_year (self->from);
      int y1 = dt_date_get_year (self->to);

      for (int y = y0; y <= y1; y++)
        {
          DtDate first = DT_DATE_NONE, last = DT_DATE_NONE;

          dt_lunar_tet_holiday (y, &first, &last);
          if (first != DT_DATE_NONE && last >= first)
            add_span (self, DT_TIMELINE_SPAN_HOLIDAY, first, last);
        }
    }
}

void
_dt_timeline_layout_compute_axis (DtTimelineLayout *self)
{
  DtTimelineScale major_scale;

  compute_range (self);
  self->one_year = dt_date_get_year (self->from) == dt_date_get_year (self->to);
  self->content_width = ((double) self->to - self->from + 1) * self->options.px_per_day;

  add_columns (self, self->columns, self->options.scale, FALSE);
  if (dt_timeline_scale_get_major (self->options.scale, &major_scale))
    add_columns (self, self->major, major_scale, TRUE);
  compute_spans (self);
}

DtDate
dt_timeline_layout_get_from (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->from;
}

DtDate
dt_timeline_layout_get_to (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->to;
}

DtDate
dt_timeline_layout_get_today (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->options.today;
}

double
dt_timeline_layout_get_px_per_day (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->options.px_per_day;
}

double
dt_timeline_layout_get_content_width (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->content_width;
}

double
dt_timeline_layout_date_to_x (DtTimelineLayout *self,
                              DtDate            date)
{
  g_return_val_if_fail (self != NULL, 0);
  return _dt_timeline_layout_x_of (self, date);
}

DtDate
dt_timeline_layout_x_to_date (DtTimelineLayout *self,
                              double            x)
{
  double d;

  g_return_val_if_fail (self != NULL, DT_DATE_NONE);

  d = floor (x / self->options.px_per_day) + self->from;
  if (d < 1)
    return DT_DATE_NONE;
  return (DtDate) d;
}

const DtTimelineColumn *
dt_timeline_layout_get_columns (DtTimelineLayout *self,
                                gboolean          major,
                                guint            *n_columns)
{
  GArray *columns;

  g_return_val_if_fail (self != NULL, NULL);
  columns = major ? self->major : self->columns;
  if (n_columns)
    *n_columns = columns->len;
  return (const DtTimelineColumn *) columns->data;
}

const DtTimelineSpan *
dt_timeline_layout_get_spans (DtTimelineLayout *self,
                              guint            *n_spans)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_spans)
    *n_spans = self->spans->len;
  return (const DtTimelineSpan *) self->spans->data;
}
