/* dt-cli.c — command-line work that needs no display
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each command is a few lines here that call into the core; the work itself
 * lives with the module it belongs to, so tests can call it directly.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-cli.h"
#include "dt-import-cli.h"
#include "dt-store.h"
#include "dt-timeline-cli.h"

void
dt_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    /* --- commands added by the import and timeline modules go here --- */
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
  dt_import_cli_add_options (app);
  dt_timeline_cli_add_options (app);
}

int
dt_cli_run (GVariantDict *options,
            const char   *database_path)
{
  int status;

  /* --- commands added by the import and timeline modules go here --- */
  if ((status = dt_import_cli_run (options, database_path)) >= 0)
    return status;
  if ((status = dt_timeline_cli_run (options, database_path)) >= 0)
    return status;

  return -1;
}
