/* dt-report-view-period.c — the Report page's period: its kind, the steps
 * from one to the next, or two dates
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-report-view-private.h"

/* Period ------------------------------------------------------------------- */

void
_dt_report_view_period_containing (DtReportPeriodKind  kind,
                   DtDate              date,
                   DtReportPeriod     *period)
{
  int y = dt_date_get_year (date), m = dt_date_get_month (date);

  switch (kind)
    {
    case DT_REPORT_PERIOD_QUARTER:
      dt_report_period_quarter (period, y, (m + 2) / 3);
      break;
    case DT_REPORT_PERIOD_HALF:
      dt_report_period_half (period, y, m <= 6 ? 1 : 2);
      break;
    case DT_REPORT_PERIOD_YEAR:
      dt_report_period_year (period, y);
      break;
    case DT_REPORT_PERIOD_MONTH:
    case DT_REPORT_PERIOD_RANGE:
    default:
      dt_report_period_month (period, y, m);
      break;
    }
}

void
_dt_report_view_set_calendar (GtkCalendar *calendar,
              DtDate       date)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (dt_date_get_year (date), dt_date_get_month (date),
                                                     dt_date_get_day (date), 0, 0, 0);

  gtk_calendar_set_date (calendar, when);
}

DtDate
_dt_report_view_calendar_date (GtkCalendar *calendar)
{
  return dt_date_new (gtk_calendar_get_year (calendar), gtk_calendar_get_month (calendar) + 1,
                      gtk_calendar_get_day (calendar));
}

static void
sync_period_widgets (DtReportView *self)
{
  g_autofree char *title = dt_report_period_dup_title (&self->period);
  g_autofree char *from = dt_date_format (self->period.from);
  g_autofree char *to = dt_date_format (self->period.to);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, self->period.kind);
  gtk_stack_set_visible_child_name (self->period_stack,
                                    self->period.kind == DT_REPORT_PERIOD_RANGE ? "range" : "step");
  gtk_label_set_label (self->period_label, title);
  gtk_menu_button_set_label (self->from_button, from);
  gtk_menu_button_set_label (self->to_button, to);
  _dt_report_view_set_calendar (self->from_calendar, self->period.from);
  _dt_report_view_set_calendar (self->to_calendar, self->period.to);
  self->updating = FALSE;
}

void
dt_report_view_set_period (DtReportView         *self,
                           const DtReportPeriod *period)
{
  g_return_if_fail (DT_IS_REPORT_VIEW (self));
  g_return_if_fail (period != NULL);

  self->period = *period;
  sync_period_widgets (self);
  _dt_report_view_queue_update (self);
}

void
_dt_report_view_on_kind_selected (DtReportView *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  DtReportPeriod period;

  if (self->updating || kind == GTK_INVALID_LIST_POSITION || kind == self->period.kind)
    return;
  if (kind == DT_REPORT_PERIOD_RANGE)
    dt_report_period_range (&period, self->period.from, self->period.to);
  else
    _dt_report_view_period_containing (kind, self->period.from, &period);
  dt_report_view_set_period (self, &period);
}

static void
step_period (DtReportView *self,
             int           delta)
{
  DtReportPeriod period;
  int months[] = { 1, 3, 6, 12 };
  DtDate from;

  if (self->period.kind == DT_REPORT_PERIOD_RANGE)
    return;
  from = dt_date_add_months (self->period.from, delta * months[self->period.kind]);
  _dt_report_view_period_containing (self->period.kind, from, &period);
  dt_report_view_set_period (self, &period);
}

void
_dt_report_view_previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step_period (DT_REPORT_VIEW (widget), -1);
}

void
_dt_report_view_next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step_period (DT_REPORT_VIEW (widget), 1);
}

void
_dt_report_view_on_range_day_selected (DtReportView *self)
{
  DtReportPeriod period;
  DtDate from = _dt_report_view_calendar_date (self->from_calendar);
  DtDate to = _dt_report_view_calendar_date (self->to_calendar);

  if (self->updating)
    return;
  if (to < from)
    to = from;
  if (dt_report_period_range (&period, from, to))
    dt_report_view_set_period (self, &period);
}

