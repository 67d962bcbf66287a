/* dt-sidebar-heading.h — the heading of a section of the sidebar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dt-sidebar-item.h"

G_BEGIN_DECLS

#define DT_TYPE_SIDEBAR_HEADING (dt_sidebar_heading_get_type ())
G_DECLARE_FINAL_TYPE (DtSidebarHeading, dt_sidebar_heading, DT, SIDEBAR_HEADING, GtkWidget)

/* Properties: item (DtSidebarItem, nullable): the section's first item;
 * its kind names the section. */
DtSidebarItem *dt_sidebar_heading_get_item (DtSidebarHeading *self);
void           dt_sidebar_heading_set_item (DtSidebarHeading *self,
                                            DtSidebarItem    *item);

G_END_DECLS
