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
#include "dt-store.h"

void
dt_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    /* --- commands added by the import and timeline modules go here --- */
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
}

int
dt_cli_run (GVariantDict *options,
            const char   *database_path)
{
  /* --- commands added by the import and timeline modules go here --- */

  return -1;
}
