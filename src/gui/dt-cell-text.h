/* dt-cell-text.h — a list cell's text on a fixed number of lines
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DT_TYPE_CELL_TEXT (dt_cell_text_get_type ())
G_DECLARE_FINAL_TYPE (DtCellText, dt_cell_text, DT, CELL_TEXT, GtkWidget)

GtkWidget  *dt_cell_text_new      (void);
const char *dt_cell_text_get_text (DtCellText *self);
void        dt_cell_text_set_text (DtCellText *self,
                                   const char *text);

G_END_DECLS
