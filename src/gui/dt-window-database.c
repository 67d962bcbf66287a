/* dt-window-database.c — a window whose database could not be opened
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application tells why in an alert; the window itself says that the
 * database could not be opened (not "no directives yet", which would read
 * as if they were lost) and offers what the alert offers: another file,
 * or a new database, through win.open-database and win.new-database.
 * Its main menu (database_menu in dt-window.ui) holds those two and the
 * application's Preferences, Keyboard Shortcuts and About.  Nothing else
 * of the window works without a database: its other actions are off.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-application.h"
#include "dt-window-private.h"

static void
open_chosen (DtWindow *self,
             GFile    *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!DT_IS_APPLICATION (application))
    return;
  /* a window on it replaces this one */
  if (!dt_application_open_database (DT_APPLICATION (application), g_file_peek_path (file), &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Open the Database"), error);
}

static void
on_open_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DtWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  /* cancelled: the page still offers the choice */
  if (file != NULL)
    open_chosen (self, file);
}

static void
on_new_chosen (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DtWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    open_chosen (self, file);
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  g_autoptr(GtkFileDialog) chooser = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (chooser, _("Choose a Database"));
  gtk_file_dialog_set_modal (chooser, TRUE);
  gtk_file_dialog_open (chooser, GTK_WINDOW (widget), NULL, on_open_chosen, g_object_ref (widget));
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  g_autoptr(GtkFileDialog) chooser = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (chooser, _("New Database"));
  gtk_file_dialog_set_modal (chooser, TRUE);
  gtk_file_dialog_set_initial_name (chooser, "directives.db");
  gtk_file_dialog_save (chooser, GTK_WINDOW (widget), NULL, on_new_chosen, g_object_ref (widget));
}

void
_dt_window_show_cannot_open (DtWindow *self)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (self);
  const GVariantType *parameter_type;
  const char *name, *property;
  GType owner;

  gtk_stack_set_visible_child_name (self->window_stack, "cannot-open");
  gtk_widget_set_sensitive (GTK_WIDGET (self->split_view), FALSE);
  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);

  /* what needs a database is off, shortcuts included (the window's own
   * window.close and the application's actions stay) */
  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property); i++)
    if (g_str_has_prefix (name, "win."))
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name,
                                     g_str_equal (name, "win.open-database")
                                     || g_str_equal (name, "win.new-database")
                                     || g_str_equal (name, "win.show-error"));
}

void
_dt_window_class_add_database_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
}
