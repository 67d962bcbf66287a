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
#include "dt-cli-util.h"
#include "dt-import-cli.h"
#include "dt-report-cli.h"
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
  dt_report_cli_add_options (app);
}

/* The commands that only read the database refuse one that does not exist:
 * a mistyped --database would otherwise make an empty database, and an
 * empty report that looks like a real one.  A missing folder the user
 * named is the store's to report (dt_store_open). */
static const char * const reading_commands[] = { "export-timeline", "export-report", NULL };

static gboolean
check_database_exists (GVariantDict *options,
                       const char   *database_path)
{
  g_autofree char *default_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  gboolean reads = FALSE;

  for (guint i = 0; reading_commands[i] != NULL; i++)
    reads |= g_variant_dict_contains (options, reading_commands[i]);
  if (!reads)
    return TRUE;

  default_path = dt_store_default_path ();
  if (database_path == NULL)
    database_path = default_path;
  dir = g_path_get_dirname (database_path);
  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    return TRUE;
  /* a folder the user named: the store says it is missing */
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) && !g_str_equal (database_path, default_path))
    return TRUE;

  display = g_filename_display_name (database_path);
  message = g_strdup_printf (_("The database “%s” does not exist. Nothing was created. "
                               "A database is made by importing a notice into it (--import)."),
                             display);
  dt_cli_failed (message);
  return FALSE;
}

int
dt_cli_run (GVariantDict       *options,
            const char         *database_path,
            const DtStatusRule *rule)
{
  int status;

  if (!check_database_exists (options, database_path))
    return 1;

  /* --- commands added by the import and timeline modules go here --- */
  if ((status = dt_import_cli_run (options, database_path)) >= 0)
    return status;
  if ((status = dt_timeline_cli_run (options, database_path, rule)) >= 0)
    return status;
  if ((status = dt_report_cli_run (options, database_path, rule)) >= 0)
    return status;

  return -1;
}
