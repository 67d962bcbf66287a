/* dt-sidebar-row.h — one row of the sidebar, bound to its item
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dt-sidebar-item.h"

G_BEGIN_DECLS

#define DT_TYPE_SIDEBAR_ROW (dt_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (DtSidebarRow, dt_sidebar_row, DT, SIDEBAR_ROW, GtkWidget)

/* Properties: item (DtSidebarItem, nullable): what the row shows; its
 * count follows the item's. */
DtSidebarItem *dt_sidebar_row_get_item (DtSidebarRow  *self);
void           dt_sidebar_row_set_item (DtSidebarRow  *self,
                                        DtSidebarItem *item);

G_END_DECLS
