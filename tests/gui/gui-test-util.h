/* gui-test-util.h — what the gui tests and screenshot tools share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"

G_BEGIN_DECLS

/* Every warning stays fatal under G_DEBUG=fatal-warnings except the one
 * GTK 4.24 gives about its own frame timings on Xvfb.  gui_test_init()
 * calls it; programs that do not call that call it first. */
void      gui_test_init_log         (void);

/* What every gui test does first: today pinned to @today (YYYY-MM-DD), no
 * portal, then gtk_test_init() and adw_init(). */
void      gui_test_init             (int         *argc,
                                     char      ***argv,
                                     const char  *today);

/* Runs the main loop until it is idle a few times over: the list
 * re-queries, the counts update and the window lays out. */
void      gui_test_wait_idle        (void);
/* Runs the main loop until @condition (@data) holds, then until idle;
 * however slow the machine, only a hang (a minute) fails the test. */
typedef gboolean (*GuiTestCondition) (gpointer data);
void      gui_test_wait_until       (GuiTestCondition condition,
                                     gpointer         data);

/* Counts the emissions of a signal: watch before the action that emits it,
 * then wait (which returns at once if it came already, and disconnects). */
typedef struct
{
  gpointer instance;
  gulong   handler;
  guint    n_emissions;
} GuiTestSignal;
void      gui_test_signal_watch     (GuiTestSignal *watch,
                                     gpointer       instance,
                                     const char    *detailed_signal);
void      gui_test_signal_wait      (GuiTestSignal *watch);

/* Runs the main loop until @model has @n_items items. */
void      gui_test_wait_for_items   (GListModel  *model,
                                     guint        n_items);
/* Runs the main loop until @widget's window has drawn a frame, then until idle. */
void      gui_test_wait_for_draw    (GtkWidget   *widget);
/* Types @text into @entry and waits until it tells the search changed
 * (it waits for typing to pause first). */
void      gui_test_search           (GtkSearchEntry *entry,
                                     const char     *text);
/* Runs the main loop until @window shows no dialog (closing ones gone). */
void      gui_test_wait_dialog_closed (AdwApplicationWindow *window);

/* Saves what @widget shows, at its size, as a PNG; says so on stdout. */
void      gui_test_save_png         (GtkWidget   *widget,
                                     const char  *path);

/* Gettext as main.c sets it up: translations from @locale_dir, else from
 * $DT_LOCALEDIR (compiled but not installed), else the installed ones. */
void      gui_test_init_locale      (const char  *locale_dir);

/* Sets @window's default size from @size ("WxH"); NULL leaves it. */
void      gui_test_set_size         (GtkWindow   *window,
                                     const char  *size);

/* Runs the application on @database as a separate instance;
 * @on_window_added is connected to its GtkApplication::window-added. */
int       gui_test_run_application  (const char  *database,
                                     GCallback    on_window_added);

/* The first widget of @type at or below @root (depth first), with the CSS
 * class @css_class unless that is NULL; NULL when there is none. */
GtkWidget *gui_test_find_widget     (GtkWidget   *root,
                                     GType        type,
                                     const char  *css_class);

/* A store in a database file of its own, in a new temporary folder named
 * after @tmpl ("dt-thing-XXXXXX"); @dir and @path receive its names. */
DtStore  *gui_test_open_temp_store  (const char  *tmpl,
                                     char       **dir,
                                     char       **path);
/* Asserts that @store is finalized, then removes its files and folder and
 * frees @dir and @path. */
void      gui_test_remove_temp_store (DtStore    *store,
                                      char      **dir,
                                      char      **path);

G_END_DECLS
