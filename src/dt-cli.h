/* dt-cli.h — command-line work that needs no display
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-status.h"

G_BEGIN_DECLS

void dt_cli_add_options (GApplication *app);
/* Returns an exit status, or -1 to go on and start the application. */
int  dt_cli_run         (GVariantDict       *options,
                         const char         *database_path,
                         const DtStatusRule *rule);  /* the user's settings; NULL: defaults */

G_END_DECLS
