/* dt-import-cli.c — "directives --extract FILE" and "--import FILE"
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "dt-cli-util.h"
#include "dt-extractor.h"
#include "dt-import-cli.h"
#include "dt-import-save.h"
#include "dt-import-source.h"

void
dt_import_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "extract", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Print the directives a notice would import (TSV), writing nothing"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --extract: print JSON instead of TSV"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import a notice (text, PDF or Word) without opening a window"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
}

static char *
read_notice (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  DtImportFormat format;
  char *text;

  text = dt_import_read_file (file, &format, NULL, error);
  if (text != NULL && dt_import_format_describe (format) != NULL)
    g_printerr ("%s\n", dt_import_format_describe (format));
  return text;
}

/* Every error goes out as the other commands' do: "directives: …". */
static int G_GNUC_PRINTF (1, 2)
failed (const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return dt_cli_failed (message);
}

static void
print_utf8 (const char *text)
{
  /* the data goes out as UTF-8 whatever the locale */
  fwrite (text, 1, strlen (text), stdout);
  fflush (stdout);
}

int
dt_import_cli_extract (const char *path,
                       gboolean    json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtExtractor) extractor = NULL;
  g_autoptr(DtExtraction) extraction = NULL;
  g_autofree char *text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *display = g_filename_display_name (path);

  text = read_notice (path, &error);
  if (text == NULL)
    return failed (_("Cannot read “%s”: %s"), display, error->message);

  extractor = dt_extractor_new (NULL);
  extraction = dt_extractor_extract (extractor, text, -1, NULL, &error);
  if (extraction == NULL)
    return dt_cli_failed (error->message);

  output = json ? dt_extraction_to_json (extraction) : dt_extraction_to_tsv (extraction);
  print_utf8 (output);
  return 0;
}

typedef struct
{
  GMainLoop          *loop;
  DtImportSaveResult *result;
  GError            **error;
  gboolean            saved;
} SaveWait;

static void
on_saved (GObject      *source,
          GAsyncResult *res,
          gpointer      user_data)
{
  SaveWait *wait = user_data;

  wait->saved = dt_extraction_save_finish (DT_STORE (source), res, wait->result, wait->error);
  g_main_loop_quit (wait->loop);
}

/* The window's way of saving (dt_extraction_save_async), waited for. */
static gboolean
save_and_wait (DtExtraction        *extraction,
               DtStore             *store,
               DtUnitCatalog       *catalog,
               DtImportSaveResult  *result,
               GError             **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  SaveWait wait = { loop, result, error, FALSE };

  g_main_context_push_thread_default (context);
  dt_extraction_save_async (extraction, store, catalog, NULL, NULL, on_saved, &wait);
  g_main_loop_run (loop);
  g_main_context_pop_thread_default (context);
  return wait.saved;
}

/* A database this run created, with nothing saved in it, goes again: a
 * failed import leaves no empty database behind (which a later command
 * would then take for the user's). */
static int
discard_new (DtStore   **store,
             const char *database_path,
             gboolean    existed,
             int         status)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (store);
  if (!existed)
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (database_path, suffixes[i], NULL);

        g_remove (file);
      }
  return status;
}

int
dt_import_cli_import (const char *path,
                      const char *database_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtUnitCatalog) catalog = NULL;
  g_autoptr(DtExtractor) extractor = NULL;
  g_autoptr(DtExtraction) extraction = NULL;
  g_autofree char *text = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_auto(DtImportSaveResult) result = { 0 };
  gboolean existed;

  text = read_notice (path, &error);
  if (text == NULL)
    return failed (_("Cannot read “%s”: %s"), display, error->message);

  if (database_path == NULL)
    database_path = default_path = dt_store_default_path ();
  existed = g_file_test (database_path, G_FILE_TEST_EXISTS);
  store = dt_store_open (database_path, &error);
  if (store == NULL)
    {
      g_autofree char *database = g_filename_display_name (database_path);

      return failed (_("Cannot open the database “%s”: %s"), database, error->message);
    }

  catalog = dt_unit_catalog_new_default ();
  if (!dt_unit_catalog_add_store_units (catalog, store, &error))
    return discard_new (&store, database_path, existed, dt_cli_failed (error->message));
  extractor = dt_extractor_new (catalog);
  extraction = dt_extractor_extract (extractor, text, -1, NULL, &error);
  if (extraction == NULL)
    return discard_new (&store, database_path, existed, dt_cli_failed (error->message));
  if (extraction->directives->len == 0)
    return discard_new (&store, database_path, existed,
                        failed (_("No directive was found in “%s”: nothing was saved."), display));

  if (!save_and_wait (extraction, store, catalog, &result, &error))
    return discard_new (&store, database_path, existed,
                        failed (_("Cannot save the notice: %s"), error->message));

  if (result.was_update)
    {
      g_print (_("This notice was imported before: it was updated.\n"));
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u directive updated, ", "%u directives updated, ",
                            result.n_updated), result.n_updated);
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u directive added.\n", "%u directives added.\n",
                            result.n_saved), result.n_saved);
    }
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u directive saved.\n", "%u directives saved.\n",
                          result.n_saved), result.n_saved);
  if (result.n_kept_texts > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u directive's text, corrected since the earlier import, was kept.\n",
                          "%u directives' texts, corrected since the earlier import, were kept.\n",
                          result.n_kept_texts), result.n_kept_texts);
  if (result.n_new_units > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u new unit added.\n", "%u new units added.\n",
                          result.n_new_units), result.n_new_units);
  if (result.n_skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u directive without a lead unit was skipped.\n",
                          "%u directives without a lead unit were skipped.\n",
                          result.n_skipped), result.n_skipped);
  return 0;
}

int
dt_import_cli_run (GVariantDict *options,
                   const char   *database_path)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "extract", "^&ay", &path))
    return dt_import_cli_extract (path, g_variant_dict_contains (options, "json"));
  if (g_variant_dict_lookup (options, "import", "^&ay", &path))
    return dt_import_cli_import (path, database_path);
  return -1;
}
