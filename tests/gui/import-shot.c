/* import-shot.c — a screenshot of the import review dialog on a fresh
 * database: the sample notice (or a given file), as a user sees it.
 *
 *   import-shot --png OUT [--file PATH] [--dark] [--twice] [--loading] [--accept] [--size WxH] [--locale-dir DIR]
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dt-application.h"
#include "dt-import-dialog.h"
#include "dt-window.h"
#include "gui-test-util.h"
#include "gui-test-window.h"

static char *png_path;
static char *file_path;
static char *size;
static gboolean dark;
static gboolean twice;
static gboolean loading;
static gboolean accept_all;
static DtImportDialog *dialog;
static guint tries;

static gboolean
take_shot (gpointer user_data)
{
  GtkWidget *window = user_data;

  if (png_path != NULL)
    gui_test_save_png (window, png_path);
  if (!accept_all)
    g_print ("page: %s\n", dt_import_dialog_get_page (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static gboolean
wait_loaded (gpointer user_data)
{
  if (!loading && g_strcmp0 (dt_import_dialog_get_page (dialog), "loading") == 0 && tries++ < 200)
    return G_SOURCE_CONTINUE;
  if (accept_all)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_widget_activate_action (GTK_WIDGET (dialog), "import.accept-all", NULL);
      g_print ("accepted all in %.3f s\n", (g_get_monotonic_time () - start) / 1e6);
    }
  /* let the transition and the column view settle */
  g_timeout_add (900, take_shot, user_data);
  return G_SOURCE_REMOVE;
}

static gboolean start_import (gpointer user_data);

/* --twice: accept the first reading, then import the same notice again */
static gboolean
wait_first (gpointer user_data)
{
  if (g_strcmp0 (dt_import_dialog_get_page (dialog), "loading") == 0 && tries++ < 200)
    return G_SOURCE_CONTINUE;
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.accept-all", NULL);
  twice = FALSE;
  tries = 0;
  g_timeout_add (600, start_import, user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
start_import (gpointer user_data)
{
  DtWindow *window = DT_WINDOW (user_data);
  AdwDialog *shown;

  /* as a user does: the file dropped on the window, or the empty state's
   * "Open Sample Notice" */
  if (file_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (file_path);

      shown = gui_window_drop_file (window, file);
    }
  else
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
      shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
    }
  if (!DT_IS_IMPORT_DIALOG (shown))
    {
      g_printerr ("no sample notice: set DT_SAMPLES_DIR\n");
      gtk_window_destroy (GTK_WINDOW (window));
      return G_SOURCE_REMOVE;
    }
  dialog = DT_IMPORT_DIALOG (shown);
  g_timeout_add (50, twice ? wait_first : wait_loaded, window);
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  if (!DT_IS_WINDOW (window))
    return;

  gui_test_set_size (window, size);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_timeout_add (600, start_import, window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *locale_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *database = NULL;
  const GOptionEntry entries[] = {
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_path, "Save a screenshot", "PATH" },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file_path, "Import this file instead of the sample", "PATH" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "accept", 0, 0, G_OPTION_ARG_NONE, &accept_all, "Accept all, and time it", NULL },
    { "loading", 0, 0, G_OPTION_ARG_NONE, &loading, "Shoot while reading", NULL },
    { "twice", 0, 0, G_OPTION_ARG_NONE, &twice, "Import twice: the second offers an update", NULL },
    { "locale-dir", 0, 0, G_OPTION_ARG_FILENAME, &locale_dir, "Translations", "DIR" },
    { NULL }
  };
  int status;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  gui_test_init_log ();
  gui_test_init_locale (locale_dir);

  /* a new user: an empty database */
  dir = g_dir_make_tmp ("dt-import-shot-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  database = g_build_filename (dir, "directives.db", NULL);

  status = gui_test_run_application (database, G_CALLBACK (on_window_added));
  g_unlink (database);
  g_rmdir (dir);
  return status;
}
