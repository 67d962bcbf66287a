/* dt-report-cli.h — `directives --export-report OUT.pdf|OUT.xlsx|OUT.csv …`
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-status.h"

G_BEGIN_DECLS

void dt_report_cli_add_options (GApplication *app);
/* An exit status (0 once the file is written, 1 when nothing could be
 * reported or written, 2 for a bad value), or -1 when --export-report was
 * not asked for.  Uses --from, --to, --as-of, --notice and --unit as the
 * timeline's export does. */
int  dt_report_cli_run         (GVariantDict       *options,
                                const char         *database_path,
                                const DtStatusRule *rule);  /* NULL: the defaults */

G_END_DECLS
