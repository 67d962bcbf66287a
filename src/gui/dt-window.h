/* dt-window.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"

G_BEGIN_DECLS

#define DT_TYPE_WINDOW (dt_window_get_type ())
G_DECLARE_FINAL_TYPE (DtWindow, dt_window, DT, WINDOW, AdwApplicationWindow)

DtWindow *dt_window_new (AdwApplication *application,
                         DtStore        *store);

G_END_DECLS
