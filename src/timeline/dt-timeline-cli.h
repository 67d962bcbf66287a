/* dt-timeline-cli.h — `directives --export-timeline OUT.pdf|svg|png …`
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-status.h"

G_BEGIN_DECLS

void dt_timeline_cli_add_options (GApplication *app);
/* An exit status (0, 1 when the export failed, 2 for a bad value), or -1
 * when --export-timeline was not asked for. */
int  dt_timeline_cli_run         (GVariantDict       *options,
                                  const char         *database_path,
                                  const DtStatusRule *rule);  /* NULL: the defaults */

G_END_DECLS
