/* dt-date-row.h — a row that shows a date and picks one from a calendar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_TYPE_DATE_ROW (dt_date_row_get_type ())
G_DECLARE_FINAL_TYPE (DtDateRow, dt_date_row, DT, DATE_ROW, AdwActionRow)

GtkWidget *dt_date_row_new      (void);
DtDate     dt_date_row_get_date (DtDateRow *self);
void       dt_date_row_set_date (DtDateRow *self,
                                 DtDate     date);

G_END_DECLS
