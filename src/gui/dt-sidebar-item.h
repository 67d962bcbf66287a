/* dt-sidebar-item.h — one row of the sidebar: a smart view, a notice or a unit
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DT_SIDEBAR_ITEM_VIEW,
  DT_SIDEBAR_ITEM_NOTICE,
  DT_SIDEBAR_ITEM_UNIT,
} DtSidebarItemKind;

/* The smart views at the top of the sidebar, in their order. */
typedef enum
{
  DT_VIEW_ALL,
  DT_VIEW_OVERDUE,
  DT_VIEW_DUE_THIS_WEEK,
  DT_VIEW_IN_PROGRESS,
  DT_VIEW_COMPLETED,
  DT_VIEW_ONGOING,
  DT_VIEW_NO_DEADLINE,
  DT_N_VIEWS
} DtView;

#define DT_TYPE_SIDEBAR_ITEM (dt_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (DtSidebarItem, dt_sidebar_item, DT, SIDEBAR_ITEM, GObject)

/* Properties: count (string, with notify; the others are fixed).
 * @tooltip says what the title does not (a notice's subject); the row
 * shows the title whole itself when it cuts it. */
DtSidebarItem     *dt_sidebar_item_new           (DtSidebarItemKind  kind,
                                                  gint64             id,
                                                  const char        *icon_name,
                                                  const char        *title,
                                                  const char        *subtitle,
                                                  const char        *tooltip);
DtSidebarItemKind  dt_sidebar_item_get_kind      (DtSidebarItem     *self);
gint64             dt_sidebar_item_get_id        (DtSidebarItem     *self); /* the DtView for a view */
const char        *dt_sidebar_item_get_icon_name (DtSidebarItem     *self);
const char        *dt_sidebar_item_get_title     (DtSidebarItem     *self);
const char        *dt_sidebar_item_get_subtitle  (DtSidebarItem     *self);
const char        *dt_sidebar_item_get_tooltip   (DtSidebarItem     *self);
const char        *dt_sidebar_item_get_count     (DtSidebarItem     *self);
void               dt_sidebar_item_set_count     (DtSidebarItem     *self,
                                                  const char        *count);

G_END_DECLS
