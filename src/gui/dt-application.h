/* dt-application.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"

G_BEGIN_DECLS

#define DT_TYPE_APPLICATION (dt_application_get_type ())
G_DECLARE_FINAL_TYPE (DtApplication, dt_application, DT, APPLICATION, AdwApplication)

DtApplication *dt_application_new       (const char    *application_id);
DtStore       *dt_application_get_store (DtApplication *self);
GSettings     *dt_application_get_settings (DtApplication *self);
gboolean       dt_application_open_database (DtApplication  *self,
                                             const char     *path,
                                             GError        **error);

G_END_DECLS
