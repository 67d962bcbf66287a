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
#include "dt-preferences-dialog.h"
#include "dt-window.h"

struct _DtApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  DtStore        *store;
  GSettings      *settings;   /* the one for the application and its windows */
};

G_DEFINE_FINAL_TYPE (DtApplication, dt_application, ADW_TYPE_APPLICATION)

static void
dt_application_finalize (GObject *object)
{
  DtApplication *self = (DtApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dt_application_parent_class)->finalize (object);
}

/* The command line judges statuses as the window does.  Run from a
 * package's staging folder (no compiled schema yet) it uses the defaults;
 * the window needs the schema. */
static const DtStatusRule *
read_status_rule (DtApplication *self,
                  DtStatusRule  *rule)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettings *settings;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  settings = dt_application_get_settings (self);
  rule->due_soon_days = g_settings_get_int (settings, "due-soon-days");
  rule->lateness = g_settings_get_boolean (settings, "lateness-against-original")
                   ? DT_LATENESS_AGAINST_ORIGINAL : DT_LATENESS_AGAINST_CURRENT;
  return rule;
}

/* Command-line work that needs no display runs here, before GTK starts. */
static int
dt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DtApplication *self = DT_APPLICATION (app);
  const char *database = NULL;
  DtStatusRule rule;

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

  return dt_cli_run (options, self->database_path, read_status_rule (self, &rule));
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

static GtkWindow *
dt_application_create_window (DtApplication *self)
{
  GtkWindow *window = GTK_WINDOW (dt_window_new (ADW_APPLICATION (self), self->store));

  g_signal_connect (window, "notify::visible-dialog", G_CALLBACK (on_visible_dialog), NULL);
  return window;
}

/**
 * dt_application_open_database:
 * @self: the application
 * @path: a database file, which must be ours
 * @error: where to say why it cannot be opened
 *
 * Opens @path and shows it in a new window, which replaces the windows
 * there were (an empty one, after the database given could not be opened).
 *
 * Returns: whether it was opened; when not, nothing changed
 */
gboolean
dt_application_open_database (DtApplication  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(DtStore) store = NULL;
  GList *old;
  GtkWindow *window;

  g_return_val_if_fail (DT_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = dt_store_open (path, error);
  if (store == NULL)
    return FALSE;

  old = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_set_object (&self->store, store);
  g_set_str (&self->database_path, path);
  window = dt_application_create_window (self);
  gtk_window_present (window);
  for (GList *l = old; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (old);
  return TRUE;
}

static void
on_open_error_response (AdwAlertDialog *dialog,
                        const char     *response,
                        GtkWindow      *window)
{
  /* the window offers the same: its page stays when the alert is closed */
  if (g_strcmp0 (response, "open") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-database", NULL);
  else if (g_strcmp0 (response, "new") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.new-database", NULL);
  else if (g_strcmp0 (response, "quit") == 0)
    g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

/* Why the database could not be opened; the window behind says so too
 * and offers the same choices when this is closed. */
static void
show_open_error (DtApplication *self,
                 GtkWindow     *window,
                 const GError  *error)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("Cannot Open the Database"), error->message);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "quit", _("_Quit"),
                                  "new", _("_New Database…"),
                                  "open", _("_Open Another File…"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "open", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "open");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response), window, 0);
  adw_dialog_present (dialog, GTK_WIDGET (window));
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

  window = dt_application_create_window (self);
  gtk_window_present (window);

  if (error != NULL)
    show_open_error (self, window, error);
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
  const char *developers[] = { _("The Directives authors"), NULL };
  AdwDialog *dialog;

  dialog = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                         "application-name", _("Directives"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Directives authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Follow up on the directives of a committee's notices: who leads each one, by when, and whether it is done on time."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© 2026 The Directives authors"),
                         "developers", developers,
                         /* Translators: your names, one per line, to be credited in the about dialog */
                         "translator-credits", _("translator-credits"),
                         NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  dt_gui_translate_about_dialog (dialog);
}

static void
dt_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  DtApplication *self = DT_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_dialog_present (dt_preferences_dialog_new (dt_application_get_settings (self)),
                      GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", dt_application_quit_action },
  { "preferences", dt_application_preferences_action },
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
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
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

/**
 * dt_application_get_settings:
 * @self: the application
 *
 * The application's settings, shared by its windows and dialogs (made on
 * first use, so that `--version` needs no installed schema).
 *
 * Returns: (transfer none): the settings
 */
GSettings *
dt_application_get_settings (DtApplication *self)
{
  g_return_val_if_fail (DT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);
  return self->settings;
}
