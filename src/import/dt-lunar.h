/* dt-lunar.h — the Vietnamese lunar calendar (computed for UTC+7)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

/* The lunar years the calendar is computed for: the series it uses are
 * accurate over these four centuries.  Outside them dt_lunar_to_solar()
 * gives DT_DATE_NONE and dt_lunar_from_solar() FALSE — a year a user wrote
 * ("Tết năm 9999") is data, not a programming error. */
#define DT_LUNAR_FIRST_YEAR 1800
#define DT_LUNAR_LAST_YEAR  2199

/* Computed astronomically for UTC+7, not from a table: Vietnam and China
 * differ in some years (2007: Vietnam 17/02, China 18/02). */
DtDate   dt_lunar_new_year       (int     year);   /* Tết Nguyên đán: day 1 of month 1 */
DtDate   dt_lunar_to_solar       (int     lunar_year,
                                  int     lunar_month,
                                  int     lunar_day,
                                  gboolean leap_month);
gboolean dt_lunar_from_solar     (DtDate  date,
                                  int    *lunar_year,
                                  int    *lunar_month,
                                  int    *lunar_day,
                                  gboolean *leap_month);
/* The official Tết holiday for shading a timeline: from the day before
 * New Year's Eve to the 5th day of the year (an approximation of the
 * yearly government decision). */
void     dt_lunar_tet_holiday    (int     year,
                                  DtDate *first,
                                  DtDate *last);

G_END_DECLS
