/* main.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DtApplication) app = NULL;
  const char *localedir = g_getenv ("DT_LOCALEDIR");

  /* DT_LOCALEDIR lets an uninstalled build (build-aux/dev run) find the
   * translations it just compiled. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = dt_application_new (APPLICATION_ID);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
