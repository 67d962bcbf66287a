/* dt-window-timeline.c — the window's timeline page, printing and export
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline shows what the list shows, with the same choice (its own
 * selection over the whole list, following the list's): a bar chosen is
 * the list's row selected (and its detail shown), a row chosen in the list
 * is the bar drawn selected; a bar clicked opens the directive as a row
 * activated does.
 *
 * The meeting's charts: "meeting.scope" chooses the notice or the lead
 * unit of the selected directive in the sidebar (so the list, the chart
 * and the print agree); what is overdue or due soon is the chart's own
 * filter ("timeline.due-soon"), which printing and export follow.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-export-dialog.h"
#include "dt-print-operation.h"
#include "dt-timeline-item.h"
#include "dt-timeline-preset.h"
#include "dt-timeline-view.h"
#include "dt-window-private.h"

/* The view if it was made: what only follows it does not make it. */
static DtTimelineView *
peek_timeline_view (DtWindow *self)
{
  GtkWidget *child = adw_bin_get_child (self->timeline_bin);

  return DT_IS_TIMELINE_VIEW (child) ? DT_TIMELINE_VIEW (child) : NULL;
}

static void create_timeline_view (DtWindow *self);

/* The view is made when its page is first shown, or when printing, export
 * or the report need its options: not before the first frame. */
DtTimelineView *
_dt_window_get_timeline_view (DtWindow *self)
{
  if (peek_timeline_view (self) == NULL && self->list != NULL)
    create_timeline_view (self);
  return peek_timeline_view (self);
}

/* The page header of a printed or exported timeline: the sidebar's choice,
 * and the search when there is one. */
static char *
dup_timeline_title (DtWindow *self)
{
  const char *title = adw_navigation_page_get_title (self->content_page);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  DtTimelineView *view = _dt_window_get_timeline_view (self);
  g_autofree char *listed = NULL;

  if (search != NULL && search[0] != '\0')
    /* Translators: the title of a printed timeline: the list's title and the search */
    listed = g_strdup_printf (_("%s — “%s”"), title, search);
  else
    listed = g_strdup (title);

  if (view != NULL && dt_timeline_view_get_due_soon (view))
    {
      DtTimelineChart *chart = dt_timeline_view_get_chart (view);
      g_autofree char *due = dt_timeline_due_dup_title (dt_timeline_chart_get_as_of (chart),
                                                        dt_timeline_chart_get_due_days (chart));

      return g_strdup_printf ("%s — %s", listed, due);
    }
  return g_steal_pointer (&listed);
}

static void
get_timeline_options (DtWindow          *self,
                      DtTimelineOptions *options)
{
  DtTimelineView *view = _dt_window_get_timeline_view (self);

  if (view != NULL)
    dt_timeline_chart_get_options (dt_timeline_view_get_chart (view), options);
  else
    dt_timeline_options_init (options);
}

/* The list's directives, with their status on the chart's reporting date. */
static GPtrArray *
dup_timeline_items (DtWindow                *self,
                    const DtTimelineOptions *options)
{
  GPtrArray *items = dt_timeline_items_from_model (G_LIST_MODEL (self->list));
  DtTimelineView *view = _dt_window_get_timeline_view (self);

  if (options->today != DT_DATE_NONE)
    dt_timeline_items_set_as_of (items, options->today);
  if (view != NULL && dt_timeline_view_get_due_soon (view))
    dt_timeline_items_keep_due (items, options->today,
                                dt_timeline_chart_get_due_days (dt_timeline_view_get_chart (view)));
  return items;
}

/* Selection ----------------------------------------------------------------- */

/* The chart's choice is the list's (follow_choice); a click or Enter opens
 * the directive, as a row activated does. */
static void
on_activate_directive (DtWindow        *self,
                       DtDirective     *directive,
                       DtTimelineChart *chart)
{
  _dt_window_show_directive (self, directive);
}

void
_dt_window_update_timeline_actions (DtWindow *self)
{
  gboolean has_items = self->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0;
  /* there, Print… prints the report, whatever the list shows */
  gboolean on_report = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "report") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_items || on_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-timeline", has_items);
}

/* Meeting scope ------------------------------------------------------------- */

void
_dt_window_update_timeline_scope (DtWindow *self)
{
  const char *scope = "";

  if (self->scope_action == NULL)
    return;
  if (self->notice_id != 0)
    scope = "notice";
  else if (self->unit_id != 0)
    scope = "unit";
  else if (self->view == DT_VIEW_ALL)
    scope = "all";
  g_simple_action_set_state (self->scope_action, g_variant_new_string (scope));
}

/* The directive "this notice" and "this unit" mean: the one selected, or
 * else the first one shown. */
static DtDirective *
dup_scope_directive (DtWindow *self)
{
  DtDirective *directive = _dt_window_get_current_directive (self);

  if (directive != NULL)
    return g_object_ref (directive);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    return g_list_model_get_item (G_LIST_MODEL (self->list), 0);
  return NULL;
}

static void
scope_change_state (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  DtWindow *self = DT_WINDOW (user_data);
  const char *scope = g_variant_get_string (value, NULL);
  g_autoptr(DtDirective) directive = NULL;

  if (g_str_equal (scope, "all"))
    {
      _dt_window_select_view (self, DT_VIEW_ALL);
      return;
    }

  directive = dup_scope_directive (self);
  if (directive == NULL)
    return;
  if (g_str_equal (scope, "notice") && dt_directive_get_notice_id (directive) != 0)
    _dt_window_select_notice (self, dt_directive_get_notice_id (directive));
  else if (g_str_equal (scope, "unit") && dt_directive_get_lead_unit_id (directive) != 0)
    _dt_window_select_unit (self, dt_directive_get_lead_unit_id (directive));
}

/* The list's choice and the Timeline's are one: each follows the other.
 * The list's selection is over its first rows until the user scrolls
 * (FIRST_FRAME_ROWS), the Timeline's over every row, in the same order, so
 * a position is the same row in both.  The other follows once the list's
 * change is over (an idle before the next frame): while the list changes,
 * its rows move in one selection before the other. */
static gboolean
follow_choice (gpointer user_data)
{
  DtWindow *self = DT_WINDOW (user_data);
  GtkSingleSelection *from = self->choice_from_timeline ? self->timeline_selection : self->selection;
  GtkSingleSelection *to = self->choice_from_timeline ? self->selection : self->timeline_selection;
  guint position = gtk_single_selection_get_selected (from);
  guint kept = gtk_single_selection_get_selected (self->timeline_selection);

  self->choice_idle = 0;
  /* The directive chosen moved further down than the list's first rows
   * (its deadline edited): gone from the list's rows, the Timeline kept
   * it.  The user never unchose it: the list follows the Timeline. */
  if (from == self->selection && position == GTK_INVALID_LIST_POSITION
      && kept != GTK_INVALID_LIST_POSITION
      && kept >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    {
      to = self->selection;
      position = kept;
    }
  /* a bar further down than the list's first rows */
  if (position != GTK_INVALID_LIST_POSITION
      && position >= g_list_model_get_n_items (G_LIST_MODEL (to)))
    _dt_window_show_all_rows_of (to);
  self->following_choice = TRUE;
  gtk_single_selection_set_selected (to, position);
  self->following_choice = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_choice (DtWindow           *self,
           GParamSpec         *pspec,
           GtkSingleSelection *selection)
{
  self->choice_from_timeline = selection == self->timeline_selection;
  if (!self->following_choice)
    self->list_behind_choice = self->choice_from_timeline;
  if (self->choice_idle == 0)
    self->choice_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, follow_choice, self, NULL);
}

static void
create_timeline_view (DtWindow *self)
{
  DtTimelineView *view = DT_TIMELINE_VIEW (dt_timeline_view_new ());
  DtTimelineChart *chart = dt_timeline_view_get_chart (view);

  adw_bin_set_child (self->timeline_bin, GTK_WIDGET (view));
  /* the scale and grouping the user chose last, remembered as they change */
  g_settings_bind (self->settings, "timeline-scale", chart, "scale", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "timeline-group", chart, "group", G_SETTINGS_BIND_DEFAULT);
  /* one choice, shown by both: the list's, over every row */
  self->timeline_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (self->timeline_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->timeline_selection, TRUE);
  gtk_single_selection_set_selected (self->timeline_selection,
                                     gtk_single_selection_get_selected (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_choice), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_selection, "notify::selected-item",
                           G_CALLBACK (on_choice), self, G_CONNECT_SWAPPED);
  dt_timeline_view_set_model (view, G_LIST_MODEL (self->timeline_selection));

  g_signal_connect_object (chart, "activate-directive",
                           G_CALLBACK (on_activate_directive), self, G_CONNECT_SWAPPED);
}

/* The list shows the chosen row.  Twice, on the frame that shows the page
 * and on the next: the first time, the rows between are not made yet and
 * their heights guessed (texts wrap to one or two lines), so the row can
 * land a little off the view; the second time they are measured. */
static gboolean
show_list_choice (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  DtWindow *self = DT_WINDOW (user_data);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_column_view_scroll_to (self->column_view, position, NULL, GTK_LIST_SCROLL_NONE, NULL);
  if (++self->list_scroll_frames < 2)
    return G_SOURCE_CONTINUE;
  self->list_scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
on_visible_page (DtWindow     *self,
                 GParamSpec   *pspec,
                 AdwViewStack *stack)
{
  const char *page = adw_view_stack_get_visible_child_name (stack);

  if (g_strcmp0 (page, "timeline") == 0)
    _dt_window_get_timeline_view (self);
  /* Back on the list after choosing a bar: the list shows its row (it
   * stayed where the user left it, the row chosen perhaps screens away). */
  else if (g_strcmp0 (page, "list") == 0 && self->list_behind_choice)
    {
      self->list_behind_choice = FALSE;
      self->list_scroll_frames = 0;
      if (self->list_scroll_tick == 0)
        self->list_scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view),
                                                               show_list_choice, self, NULL);
    }
  _dt_window_update_timeline_actions (self);
}

void
_dt_window_setup_timeline (DtWindow *self)
{
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page), self, G_CONNECT_SWAPPED);
  on_visible_page (self, NULL, self->view_stack);

  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (_dt_window_update_timeline_actions), self, G_CONNECT_SWAPPED);
  _dt_window_update_timeline_actions (self);

  {
    g_autoptr(GSimpleActionGroup) meeting = g_simple_action_group_new ();

    self->scope_action = g_simple_action_new_stateful ("scope", G_VARIANT_TYPE_STRING,
                                                       g_variant_new_string ("all"));
    g_signal_connect_object (self->scope_action, "change-state",
                             G_CALLBACK (scope_change_state), self, 0);
    g_action_map_add_action (G_ACTION_MAP (meeting), G_ACTION (self->scope_action));
    gtk_widget_insert_action_group (GTK_WIDGET (self), "meeting", G_ACTION_GROUP (meeting));
    _dt_window_update_timeline_scope (self);
  }
}

/* Printing ------------------------------------------------------------------ */

static void
on_print_done (DtWindow                *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (operation), "dt-done", GINT_TO_POINTER (TRUE));
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, _("The printer reported an error"));
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Print the Timeline"), error);
    }
  /* Not from inside its own "done": GTK still uses it as it returns. */
  g_idle_add_once ((GSourceOnceFunc) (void (*) (void)) g_object_unref, operation);
}

DtPrintOperation *
_dt_window_create_print_operation (DtWindow *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *title = dup_timeline_title (self);
  DtTimelineOptions options;

  get_timeline_options (self, &options);
  items = dup_timeline_items (self, &options);
  return dt_print_operation_new (items, &options, title, self->settings);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);
  GtkWidget *report = adw_bin_get_child (self->report_bin);
  DtPrintOperation *operation;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* on the Report page, Print… and Ctrl+P print the report */
  if (report != NULL && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "report") == 0)
    {
      gtk_widget_activate_action (report, "report.print", NULL);
      return;
    }

  operation = _dt_window_create_print_operation (self);
  if (self->print_hook != NULL)
    {
      self->print_hook (self, operation, self->print_hook_data);
      g_object_unref (operation);
      return;
    }

  /* The operation lives until "done", whether it ran async or not. */
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, G_CONNECT_SWAPPED);
  g_object_ref (operation);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL
      && g_object_get_data (G_OBJECT (operation), "dt-done") == NULL)
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Print the Timeline"), error);
  g_object_unref (operation);
}

void
dt_window_set_print_hook (DtWindow          *self,
                          DtWindowPrintHook  hook,
                          gpointer           user_data)
{
  g_return_if_fail (DT_IS_WINDOW (self));

  self->print_hook = hook;
  self->print_hook_data = user_data;
}

/* Export -------------------------------------------------------------------- */

static void
on_open_exported (AdwToast *toast,
                  GFile    *file)
{
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "dt-window");

  gtk_file_launcher_launch (launcher, window, NULL, NULL, NULL);
}

static void
on_exported (DtWindow       *self,
             GFile          *file,
             DtExportDialog *dialog)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast; %s is a file name */
  title = g_strdup_printf (_("Timeline exported to “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "dt-window", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_exported),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

DtExportDialog *
_dt_window_create_export_dialog (DtWindow *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *title = dup_timeline_title (self);
  DtTimelineOptions options;
  DtExportDialog *dialog;

  get_timeline_options (self, &options);
  items = dup_timeline_items (self, &options);
  dialog = dt_export_dialog_new (items, &options, title, self->settings);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  return dialog;
}

static void
export_timeline_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DtWindow *self = DT_WINDOW (widget);

  adw_dialog_present (ADW_DIALOG (_dt_window_create_export_dialog (self)), widget);
}

void
_dt_window_class_add_timeline_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (DT_TYPE_TIMELINE_VIEW);

  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-timeline", NULL, export_timeline_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                      "win.export-timeline", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                      "win.export-timeline", NULL);
}
