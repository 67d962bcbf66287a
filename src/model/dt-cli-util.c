/* dt-cli-util.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of the command-line exports (timeline, report) that are one
 * rule: how a bad value and a failure are told, how a typed date is read,
 * and how the database and the notice and unit named are found.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-cli-util.h"

int
dt_cli_bad_value (const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("directives: %s\n", message);
  return DT_CLI_EXIT_BAD_VALUE;
}

int
dt_cli_failed (const char *message)
{
  g_printerr ("directives: %s\n", message);
  return 1;
}

int
dt_cli_read_date (const char *text,
                  DtDate     *date)
{
  DtDate parsed;

  if (text == NULL)
    return 0;
  parsed = dt_date_parse (text);
  if (parsed == DT_DATE_NONE)
    return dt_cli_bad_value (_("“%s” is not a date: write it dd/mm/yyyy"), text);
  *date = parsed;
  return 0;
}

int
dt_cli_store_open (DtCliStore *cli,
                   const char *database_path,
                   const char *notice_number,
                   const char *unit_name)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (cli != NULL, 1);

  cli->path = database_path ? g_strdup (database_path) : dt_store_default_path ();
  cli->store = dt_store_open (cli->path, &error);
  if (cli->store == NULL)
    return dt_cli_failed (error->message);

  if (notice_number)
    {
      cli->notice = dt_store_find_notice (cli->store, notice_number, &error);
      if (cli->notice == NULL && error != NULL)
        return dt_cli_failed (error->message);
      if (cli->notice == NULL)
        return dt_cli_bad_value (_("No notice numbered “%s” in %s"), notice_number, cli->path);
    }
  if (unit_name)
    {
      cli->unit = dt_store_find_unit (cli->store, unit_name);
      if (cli->unit == NULL)
        return dt_cli_bad_value (_("No unit named “%s” in %s"), unit_name, cli->path);
    }
  return 0;
}

void
dt_cli_store_clear (DtCliStore *cli)
{
  g_clear_object (&cli->unit);
  g_clear_object (&cli->notice);
  g_clear_object (&cli->store);
  g_clear_pointer (&cli->path, g_free);
}
