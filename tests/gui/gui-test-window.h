/* gui-test-window.h — the main window as a test sees it: what is on screen
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests find the window's parts as a user does, by what they are (their
 * type, the page they are on) and through the models the widgets show,
 * never through the window's private fields: a change inside the window
 * that keeps what the user sees keeps the tests passing.
 */

#pragma once

#include <adwaita.h>

#include "dt-directive.h"
#include "dt-directive-detail.h"
#include "dt-print-operation.h"
#include "dt-sidebar-item.h"
#include "dt-timeline-view.h"
#include "dt-window.h"

G_BEGIN_DECLS

GtkColumnView      *gui_window_column_view      (DtWindow *window);
/* The list's selection model: which directive is chosen. */
GtkSingleSelection *gui_window_list_selection   (DtWindow *window);
/* The directive chosen in the list, or NULL. */
DtDirective        *gui_window_selected         (DtWindow *window);
/* Chooses the directive at @position of the list (as a click on its row
 * does) and waits for the window to follow. */
void                gui_window_select           (DtWindow *window,
                                                 guint     position);
/* Opens @directive (one the list shows) in the pane, as a double click on
 * its row does, and waits for the window to follow. */
void                gui_window_open             (DtWindow    *window,
                                                 DtDirective *directive);
/* The directive the window is on: the pane's when it is open, else the
 * list's chosen one; NULL when neither. */
DtDirective        *gui_window_current          (DtWindow *window);
/* The detail pane, NULL until a directive was first shown. */
DtDirectiveDetail  *gui_window_detail           (DtWindow *window);
/* The directive in the pane, or NULL. */
DtDirective        *gui_window_detail_directive (DtWindow *window);
/* The pane is on screen. */
gboolean            gui_window_detail_shown     (DtWindow *window);
AdwOverlaySplitView *gui_window_detail_split    (DtWindow *window);
AdwNavigationSplitView *gui_window_split_view   (DtWindow *window);
/* The title over the list: the sidebar's choice. */
const char         *gui_window_title            (DtWindow *window);
GtkSearchBar       *gui_window_search_bar       (DtWindow *window);
GtkSearchEntry     *gui_window_search_entry     (DtWindow *window);
AdwViewStack       *gui_window_view_stack       (DtWindow *window);
/* Shows the page of the switcher named @name ("list", "timeline",
 * "report") and waits for it to be drawn. */
void                gui_window_show_page        (DtWindow   *window,
                                                 const char *name);
/* What the list page shows: "list", "empty" (nothing imported yet),
 * "no-match", "cannot-open" (no database). */
const char         *gui_window_list_page        (DtWindow *window);
/* The status page of the list page on screen, or NULL. */
AdwStatusPage      *gui_window_status_page      (DtWindow *window);

/* The sidebar: its list view and its rows (DtSidebarItem). */
GtkListView        *gui_window_sidebar          (DtWindow *window);
GListModel         *gui_window_sidebar_rows     (DtWindow *window);
/* The row chosen in the sidebar. */
DtSidebarItem      *gui_window_sidebar_choice   (DtWindow *window);
/* The count a smart view's row shows. */
guint               gui_window_view_count       (DtWindow *window,
                                                 DtView    view);
/* Chooses a row of the sidebar (as a click does) and waits for the list
 * to follow; FALSE when there is no such row. */
gboolean            gui_window_choose           (DtWindow          *window,
                                                 DtSidebarItemKind  kind,
                                                 gint64             id);
/* The ids of the sidebar's rows of @kind, in order. */
GArray             *gui_window_sidebar_ids      (DtWindow          *window,
                                                 DtSidebarItemKind  kind);

/* The toast's button bound to @action_name ("win.undo"), or NULL when no
 * toast offers it. */
GtkWidget          *gui_window_toast_button     (DtWindow   *window,
                                                 const char *action_name);

/* The timeline page's view: shows the page (which makes the view) and
 * waits for it to be drawn. */
DtTimelineView     *gui_window_timeline_view    (DtWindow *window);
/* The print operation win.print makes (what the timeline shows, with the
 * remembered page setup), taken from the action through
 * dt_window_set_print_hook() instead of the print dialog. */
DtPrintOperation   *gui_window_print_operation  (DtWindow *window);
/* The meeting chart the timeline's "Meeting Chart" menu shows chosen: the
 * target of its checked radio item ("all", "notice", "unit"), "" when none
 * is checked. */
char               *gui_window_meeting_scope    (DtWindow *window);

/* Drops @value (a GFile, a GdkFileList or a string) on the window as the
 * file manager does; asserts that the window took it, and returns the
 * dialog it shows (the import review), or NULL. */
AdwDialog          *gui_window_drop             (DtWindow     *window,
                                                 const GValue *value);
/* gui_window_drop() of @file. */
AdwDialog          *gui_window_drop_file        (DtWindow     *window,
                                                 GFile        *file);

G_END_DECLS
