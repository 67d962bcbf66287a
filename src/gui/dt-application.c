/* dt-application.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-application.h"
#include "dt-cli.h"
#include "dt-gui-util.h"
#include "dt-window.h"

struct _DtApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  DtStore        *store;
};

G_DEFINE_FINAL_TYPE (DtApplication, dt_application, ADW_TYPE_APPLICATION)

static void
dt_application_finalize (GObject *object)
{
  DtApplication *self = (DtApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dt_application_parent_class)->finalize (object);
}

/* Command-line work that needs no display runs here, before GTK starts. */
static int
dt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DtApplication *self = DT_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "directives", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);
      g_set_str (&self->database_path, g_file_peek_path (file));
    }

  return dt_cli_run (options, self->database_path);
}

/* AdwApplication presents shortcuts-dialog.ui for app.shortcuts (Ctrl+?). */
static void
on_visible_dialog (AdwApplicationWindow *window,
                   GParamSpec           *pspec,
                   gpointer              user_data)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);

  if (ADW_IS_SHORTCUTS_DIALOG (dialog))
    dt_gui_translate_shortcuts_dialog (dialog);
}

static void
dt_application_activate (GApplication *app)
{
  DtApplication *self = DT_APPLICATION (app);
  GtkWindow *window;
  g_autoptr(GError) error = NULL;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    {
      g_autofree char *path = self->database_path ? g_strdup (self->database_path)
                                                  : dt_store_default_path ();

      self->store = dt_store_open (path, &error);
    }

  window = GTK_WINDOW (dt_window_new (ADW_APPLICATION (app), self->store));
  g_signal_connect (window, "notify::visible-dialog", G_CALLBACK (on_visible_dialog), NULL);
  gtk_window_present (window);

  if (error != NULL)
    dt_window_show_error (DT_WINDOW (window), _("Cannot Open the Database"), error);
}

static void
dt_application_class_init (DtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dt_application_finalize;
  app_class->activate = dt_application_activate;
  app_class->handle_local_options = dt_application_handle_local_options;
}

static void
dt_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
dt_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { "The Directives authors", NULL };
  AdwDialog *dialog;

  dialog = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                         "application-name", _("Directives"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Directives authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Follow up on the directives of a committee's notices: who leads each one, by when, and whether it is done on time."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Directives authors",
                         "developers", developers,
                         /* Translators: your names, one per line, to be credited in the about dialog */
                         "translator-credits", _("translator-credits"),
                         NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", dt_application_quit_action },
  { "about", dt_application_about_action },
};

static void
dt_application_init (DtApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Use another database file"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  dt_cli_add_options (G_APPLICATION (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

DtApplication *
dt_application_new (const char *application_id)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (DT_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

DtStore *
dt_application_get_store (DtApplication *self)
{
  g_return_val_if_fail (DT_IS_APPLICATION (self), NULL);

  return self->store;
}
