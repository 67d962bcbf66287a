/* dt-timeline-scale.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-timeline-scale.h"

static const char * const scale_ids[] = { "week", "month", "quarter", "year" };

const char *
dt_timeline_scale_to_id (DtTimelineScale scale)
{
  g_return_val_if_fail (scale <= DT_TIMELINE_SCALE_YEAR, NULL);
  return scale_ids[scale];
}

gboolean
dt_timeline_scale_from_id (const char      *id,
                           DtTimelineScale *scale)
{
  g_return_val_if_fail (scale != NULL, FALSE);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (scale_ids); i++)
    if (g_ascii_strcasecmp (id, scale_ids[i]) == 0)
      {
        *scale = (DtTimelineScale) i;
        return TRUE;
      }
  return FALSE;
}

double
dt_timeline_scale_default_px_per_day (DtTimelineScale scale)
{
  switch (scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      return 20.0;
    case DT_TIMELINE_SCALE_MONTH:
      return 4.0;
    case DT_TIMELINE_SCALE_QUARTER:
      return 1.3;
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return 0.4;
    }
}

DtDate
dt_timeline_scale_unit_start (DtTimelineScale scale,
                              DtDate          date)
{
  int y, m, d;

  g_return_val_if_fail (date != DT_DATE_NONE, DT_DATE_NONE);

  dt_date_get_ymd (date, &y, &m, &d);
  switch (scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      return date - (dt_date_get_weekday (date) - 1);
    case DT_TIMELINE_SCALE_MONTH:
      return dt_date_new (y, m, 1);
    case DT_TIMELINE_SCALE_QUARTER:
      return dt_date_new (y, ((m - 1) / 3) * 3 + 1, 1);
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return dt_date_new (y, 1, 1);
    }
}

DtDate
dt_timeline_scale_unit_next (DtTimelineScale scale,
                             DtDate          start)
{
  start = dt_timeline_scale_unit_start (scale, start);
  switch (scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      return start + 7;
    case DT_TIMELINE_SCALE_MONTH:
      return dt_date_add_months (start, 1);
    case DT_TIMELINE_SCALE_QUARTER:
      return dt_date_add_months (start, 3);
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return dt_date_add_months (start, 12);
    }
}

gboolean
dt_timeline_scale_get_major (DtTimelineScale  scale,
                             DtTimelineScale *major)
{
  switch (scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      *major = DT_TIMELINE_SCALE_MONTH;
      return TRUE;
    case DT_TIMELINE_SCALE_MONTH:
    case DT_TIMELINE_SCALE_QUARTER:
      *major = DT_TIMELINE_SCALE_YEAR;
      return TRUE;
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return FALSE;
    }
}

const char *
dt_timeline_month_abbrev (int month)
{
  static const char * const months[] = {
    /* Translators: month abbreviations on the timeline's scale ("Th1" …) */
    NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"),
    NC_("month", "Apr"), NC_("month", "May"), NC_("month", "Jun"),
    NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"),
    NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", months[month - 1]);
}

static const char *
quarter_name (int quarter)
{
  static const char * const quarters[] = {
    /* Translators: quarters of the year on the timeline's scale ("Quý I" …) */
    N_("Q1"), N_("Q2"), N_("Q3"), N_("Q4"),
  };

  return _(quarters[CLAMP (quarter, 1, 4) - 1]);
}

char *
dt_timeline_scale_format_unit (DtTimelineScale scale,
                               DtDate          start)
{
  int y, m, d;

  g_return_val_if_fail (start != DT_DATE_NONE, NULL);

  dt_date_get_ymd (start, &y, &m, &d);
  switch (scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      {
        GDate gd;

        g_date_clear (&gd, 1);
        g_date_set_julian (&gd, start);
        /* Translators: an ISO week number on the timeline's scale */
        return g_strdup_printf (_("Week %u"), g_date_get_iso8601_week_of_year (&gd));
      }
    case DT_TIMELINE_SCALE_MONTH:
      return g_strdup (dt_timeline_month_abbrev (m));
    case DT_TIMELINE_SCALE_QUARTER:
      return g_strdup (quarter_name ((m - 1) / 3 + 1));
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return g_strdup_printf ("%d", y);
    }
}

char *
dt_timeline_scale_format_major (DtTimelineScale scale,
                                DtDate          start)
{
  int y, m, d;

  g_return_val_if_fail (start != DT_DATE_NONE, NULL);

  dt_date_get_ymd (start, &y, &m, &d);
  switch (scale)
    {
    case DT_TIMELINE_SCALE_MONTH:
      /* Translators: a month and its year above the weeks: "Th2 2024" */
      return g_strdup_printf (C_("month and year", "%s %d"), dt_timeline_month_abbrev (m), y);
    case DT_TIMELINE_SCALE_WEEK:
    case DT_TIMELINE_SCALE_QUARTER:
      return dt_timeline_scale_format_unit (scale, start);
    case DT_TIMELINE_SCALE_YEAR:
    default:
      return g_strdup_printf ("%d", y);
    }
}
