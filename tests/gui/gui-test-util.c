/* gui-test-util.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dt-application.h"
#include "gui-test-util.h"

/* GTK 4.24's X11 backend marks a frame as submitted twice on a display
 * without a compositor (Xvfb) and warns about its own bookkeeping; nothing
 * the application does brings it about or can avoid it. */
static gboolean
is_known_toolkit_warning (GLogLevelFlags   log_level,
                          const GLogField *fields,
                          gsize            n_fields)
{
  const char *domain = NULL;
  const char *message = NULL;

  if ((log_level & G_LOG_LEVEL_WARNING) == 0)
    return FALSE;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  return g_strcmp0 (domain, "Gdk") == 0 &&
         g_strcmp0 (message, "gdk_frame_timings_submitted() called on submitted frame.") == 0;
}

static GLogWriterOutput
gui_test_log_writer (GLogLevelFlags   log_level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  if (is_known_toolkit_warning (log_level, fields, n_fields))
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
gui_test_init_log (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_writer_func (gui_test_log_writer, NULL, NULL);
}

void
gui_test_init (int          *argc,
               char       ***argv,
               const char   *today)
{
  gui_test_init_log ();
  g_setenv ("DT_TODAY", today, TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Transitions finish at once: what a test waits for is the state they
   * lead to, not the time they take. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
gui_test_wait_idle (void)
{
  for (int i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Only a hang fails this way: every wait is on a state or a signal, and
 * this bound is a safety net far above what any of them takes. */
#define GIVE_UP_SECONDS 60

void
gui_test_wait_until (GuiTestCondition condition,
                     gpointer         data)
{
  gint64 give_up = g_get_monotonic_time () + GIVE_UP_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > give_up)
        g_error ("the condition waited for never held");
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  gui_test_wait_idle ();
}

static void
on_watched_signal (GuiTestSignal *watch)
{
  watch->n_emissions++;
}

void
gui_test_signal_watch (GuiTestSignal *watch,
                       gpointer       instance,
                       const char    *detailed_signal)
{
  watch->instance = instance;
  watch->n_emissions = 0;
  watch->handler = g_signal_connect_swapped (instance, detailed_signal,
                                             G_CALLBACK (on_watched_signal), watch);
}

static gboolean
signal_emitted (gpointer data)
{
  GuiTestSignal *watch = data;

  return watch->n_emissions > 0;
}

void
gui_test_signal_wait (GuiTestSignal *watch)
{
  gui_test_wait_until (signal_emitted, watch);
  g_clear_signal_handler (&watch->handler, watch->instance);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} ItemsWait;

static gboolean
has_n_items (gpointer data)
{
  ItemsWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

void
gui_test_wait_for_items (GListModel *model,
                         guint       n_items)
{
  ItemsWait wait = { model, n_items };

  gui_test_wait_until (has_n_items, &wait);
}

void
gui_test_wait_for_draw (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
  gui_test_wait_idle ();
}

typedef struct
{
  const char *text;
  gboolean    done;
} SearchWait;

static void
on_search_changed (SearchWait     *wait,
                   GtkSearchEntry *entry)
{
  /* setting the text empties the entry first, which is told at once */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->text) == 0)
    wait->done = TRUE;
}

static gboolean
search_done (gpointer data)
{
  return ((SearchWait *) data)->done;
}

void
gui_test_search (GtkSearchEntry *entry,
                 const char     *text)
{
  SearchWait wait = { text, FALSE };
  gulong handler;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  handler = g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (on_search_changed), &wait);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gui_test_wait_until (search_done, &wait);
  g_signal_handler_disconnect (entry, handler);
}

static gboolean
has_no_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) == NULL;
}

void
gui_test_wait_dialog_closed (AdwApplicationWindow *window)
{
  gui_test_wait_until (has_no_dialog, window);
}

void
gui_test_save_png (GtkWidget  *widget,
                   const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("cannot save %s\n", path);
  else
    g_print ("screenshot: %s (%dx%d)\n", path, width, height);
}

void
gui_test_init_locale (const char *locale_dir)
{
  if (locale_dir == NULL)
    locale_dir = g_getenv ("DT_LOCALEDIR");
  if (locale_dir == NULL)
    locale_dir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
gui_test_set_size (GtkWindow  *window,
                   const char *size)
{
  int w = 0, h = 0;

  if (size != NULL && sscanf (size, "%dx%d", &w, &h) == 2)
    gtk_window_set_default_size (window, w, h);
}

int
gui_test_run_application (const char *database,
                          GCallback   on_window_added)
{
  g_autoptr(DtApplication) app = dt_application_new (APPLICATION_ID);
  char *app_argv[4] = { (char *) "directives", (char *) "--database", (char *) database, NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", on_window_added, NULL);
  return g_application_run (G_APPLICATION (app), 3, app_argv);
}

GtkWidget *
gui_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_widget (child, type, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

DtStore *
gui_test_open_temp_store (const char  *tmpl,
                          char       **dir,
                          char       **path)
{
  g_autoptr(GError) error = NULL;
  DtStore *store;

  *dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  *path = g_build_filename (*dir, "directives.db", NULL);
  store = dt_store_open (*path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
gui_test_remove_temp_store (DtStore  *store,
                            char    **dir,
                            char    **path)
{
  g_autofree char *wal = g_strconcat (*path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (*path, "-shm", NULL);

  g_assert_finalize_object (store);
  g_unlink (*path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (*dir);
  g_clear_pointer (path, g_free);
  g_clear_pointer (dir, g_free);
}
