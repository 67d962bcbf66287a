/* dt-window.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"
#include "dt-directive-list.h"

G_BEGIN_DECLS

#define DT_TYPE_WINDOW (dt_window_get_type ())
G_DECLARE_FINAL_TYPE (DtWindow, dt_window, DT, WINDOW, AdwApplicationWindow)

DtWindow        *dt_window_new                (AdwApplication *application,
                                               DtStore        *store);
DtStore         *dt_window_get_store          (DtWindow       *self);
/* what the list shows (sidebar choice, search, sort): the timeline follows it */
DtDirectiveList *dt_window_get_directive_list (DtWindow       *self);
void             dt_window_add_toast          (DtWindow       *self,
                                               const char     *title);

G_END_DECLS
