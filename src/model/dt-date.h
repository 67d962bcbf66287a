/* dt-date.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

DtDate    dt_date_new        (int          year,
                              int          month,
                              int          day);
gboolean  dt_date_is_valid   (int          year,
                              int          month,
                              int          day);
gboolean  dt_date_get_ymd    (DtDate       date,
                              int         *year,
                              int         *month,
                              int         *day);
int       dt_date_get_year   (DtDate       date);
int       dt_date_get_month  (DtDate       date);
int       dt_date_get_day    (DtDate       date);
int       dt_date_get_weekday (DtDate      date); /* 1 = Monday … 7 = Sunday */
DtDate    dt_date_end_of_month (int        year,
                                int        month);
DtDate    dt_date_add_months (DtDate       date,
                              int          months);
char     *dt_date_to_iso     (DtDate       date);   /* "2024-03-31", NULL for none */
DtDate    dt_date_from_iso   (const char  *iso);    /* DT_DATE_NONE when not a date */
char     *dt_date_format     (DtDate       date);   /* "31/03/2024", "" for none */
DtDate    dt_date_parse      (const char  *text);   /* "31/3/2024", "31-03-2024", ISO */
/* A date field as the user typed it, the one rule of every form: an empty
 * field (or spaces) is no date, and valid; anything else must be a date
 * (dt_date_parse()).  *date gets the date or DT_DATE_NONE. */
gboolean  dt_date_parse_typed (const char *text,
                               DtDate     *date);
DtDate    dt_date_from_unix  (gint64       unix_time,
                              GTimeZone   *tz);
DtDate    dt_date_today      (void);

G_END_DECLS
