/* dt-window-private.h — the main window's state, shared by its files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-date.h"
#include "dt-window.h"
#include "dt-gui-util.h"
#include "dt-directive-detail.h"
#include "dt-directive-list.h"
#include "dt-undo-stack.h"
#include "dt-sidebar-item.h"
#include "dt-window-import.h"

G_BEGIN_DECLS

struct _DtWindow
{
  AdwApplicationWindow  parent_instance;

  DtStore              *store;
  GSettings            *settings;
  DtDirectiveList      *list;         /* what the content shows */
  GListModel           *notices;
  GListModel           *units;
  GListStore           *views_store;        /* of DtSidebarItem */
  GtkSingleSelection   *sidebar_selection;  /* views, notices, units */
  GtkSingleSelection   *selection;
  /* the Timeline's, over the whole list while the list's is over its
   * first rows (FIRST_FRAME_ROWS): the same choice, kept so both ways */
  GtkSingleSelection   *timeline_selection;
  guint                 choice_idle;
  gboolean              choice_from_timeline;
  gboolean              following_choice;    /* in follow_choice (): not the user's */
  gboolean              list_behind_choice;  /* a bar chosen: show its row back on the list */
  guint                 list_scroll_tick;    /* on the column view */
  guint                 list_scroll_frames;

  /* the sidebar choice */
  DtView                view;
  gint64                notice_id;
  gint64                unit_id;

  /* what Ctrl+Z and Ctrl+Shift+Z undo and redo: deletions, completions,
   * imports; and the toast offering to undo the last of them */
  DtUndoStack          *undo;
  AdwToast             *undo_toast;

  GSimpleAction        *scope_action;  /* meeting.scope: all, notice, unit or "" */
  DtWindowPrintHook     print_hook;    /* tests: win.print without its dialog */
  gpointer              print_hook_data;

  /* a read error of the store is on screen: the next ones are the same */
  AdwDialog            *read_error_dialog;

  guint                 counts_idle;
  gboolean              updating_sidebar;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *window_stack;  /* "directives", or "cannot-open" */
  AdwNavigationSplitView *split_view;
  AdwNavigationPage    *content_page;
  AdwOverlaySplitView  *detail_split;
  AdwBin               *detail_bin;
  DtDirectiveDetail    *detail;       /* in detail_bin, once made: _dt_window_get_detail() */
  GtkListView          *sidebar_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  AdwViewStack         *view_stack;
  GtkStack             *list_stack;
  AdwStatusPage        *no_match_page;  /* the list page when it shows nothing */
  AdwBreakpointBin     *list_bin;
  GtkColumnView        *column_view;
  AdwBin               *timeline_bin;
  AdwBin               *report_bin;
};

/* The list views make some 200 rows each whatever the window's height (GTK's
 * GtkListView), which costs more than the rest of the launch: they show
 * the first rows only (a slice), and the others once the user reaches for
 * them, by key, wheel, pointer or scrolling near the end
 * (_dt_window_show_rows_when_reached), or something needs every row (the
 * Timeline, choosing a notice or unit further down: _dt_window_show_all_rows_of). */
#define FIRST_FRAME_ROWS 60

/* dt-window-sidebar.c: the sidebar, its counts, and its choice as the
 * list's filters */
void     _dt_window_class_init_sidebar (GtkWidgetClass *widget_class);
void     _dt_window_build_sidebar      (DtWindow    *self);
void     _dt_window_apply_filters      (DtWindow    *self);
void     _dt_window_queue_counts       (DtWindow    *self);
/* Every row of @selection's slice. */
void     _dt_window_show_all_rows_of   (GtkSingleSelection *selection);
/* The rest of @selection's rows once the user reaches for them in @view. */
void     _dt_window_show_rows_when_reached (DtWindow           *self,
                                            GtkWidget          *view,
                                            GtkSingleSelection *selection);
void     _dt_window_select_view        (DtWindow    *self,
                                        DtView       view);
void     _dt_window_select_notice      (DtWindow    *self,
                                        gint64       notice_id);
void     _dt_window_select_unit        (DtWindow    *self,
                                        gint64       unit_id);

/* dt-window-list.c: the column view */
void     _dt_window_setup_columns      (DtWindow    *self);
void     _dt_window_apply_sort_setting (DtWindow    *self);
/* Breakpoints on the list's own width drop the less needed columns. */
void     _dt_window_add_column_breakpoints (DtWindow *self);

/* dt-window-records.c: win.new-notice, win.edit-notice, win.delete-notice,
 * win.new-unit, win.edit-unit, win.merge-unit, win.delete-unit */
void     _dt_window_class_add_record_actions (GtkWidgetClass *widget_class);

/* dt-window-actions.c */
void     _dt_window_class_add_actions  (GtkWidgetClass *widget_class);
void     _dt_window_update_actions     (DtWindow    *self);
/* The store could not read what a list shows: said once until dismissed. */
void     _dt_window_on_read_failed     (DtWindow     *self,
                                        const GError *error);
/* An edit the store was to save soon could not be saved. */
void     _dt_window_on_save_failed     (DtWindow     *self,
                                        DtDirective  *directive,
                                        const GError *error);
/* @command was just done: Ctrl+Z undoes it, and a toast titled @title
 * offers to. */
void     _dt_window_push_undo          (DtWindow      *self,
                                        DtUndoCommand *command,
                                        const char    *title);

/* dt-window-timeline.c: the timeline page, win.print, win.export-timeline */
void     _dt_window_class_add_timeline_actions (GtkWidgetClass *widget_class);
void     _dt_window_setup_timeline     (DtWindow    *self);
void     _dt_window_update_timeline_actions (DtWindow *self);
/* The sidebar's choice as the meeting's scope ("meeting.scope"). */
void     _dt_window_update_timeline_scope (DtWindow *self);
struct _DtTimelineView   *_dt_window_get_timeline_view      (DtWindow *self);
struct _DtPrintOperation *_dt_window_create_print_operation (DtWindow *self);
struct _DtExportDialog   *_dt_window_create_export_dialog   (DtWindow *self);

/* dt-window-database.c: win.open-database, win.new-database, and the
 * page of a window whose database could not be opened */
void     _dt_window_class_add_database_actions (GtkWidgetClass *widget_class);
void     _dt_window_show_cannot_open   (DtWindow    *self);

/* dt-window-report.c: the Report page */
void     _dt_window_setup_report       (DtWindow    *self);

/* dt-window.c */
/* Which page of the content: the list, "no directives yet", "no match". */
void     _dt_window_update_list_page   (DtWindow    *self);
void     _dt_window_show_directive     (DtWindow    *self,
                                        DtDirective *directive);
DtDirective *_dt_window_get_current_directive (DtWindow *self);
/* The detail pane, made on first use. */
DtDirectiveDetail *_dt_window_get_detail (DtWindow *self);
/* The directive the pane holds, without making the pane. */
DtDirective *_dt_window_get_detail_directive (DtWindow *self);

G_END_DECLS
