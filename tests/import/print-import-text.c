/* print-import-text.c — the text the importer reads from a file, as it
 * reads it (text, PDF or Word): for looking at what a reader makes of a
 * document.
 *
 *   _build/tests/import/print-import-text FILE
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dt-import-source.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  text = dt_import_read_file (file, NULL, NULL, &error);
  if (text == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  fwrite (text, 1, strlen (text), stdout);
  return 0;
}
