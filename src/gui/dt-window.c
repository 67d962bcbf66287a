/* dt-window.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-application.h"
#include "dt-date.h"
#include "dt-gui-util.h"
#include "dt-sidebar-item.h"
#include "dt-sidebar-heading.h"
#include "dt-sidebar-row.h"
#include "dt-resources.h"
#include "dt-status.h"
#include "dt-timeline-view.h"
#include "dt-window-import.h"
#include "dt-window-private.h"

G_DEFINE_FINAL_TYPE (DtWindow, dt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An empty list says why: the search matched nothing, or the sidebar's
 * choice holds nothing (a view with nothing due this week is no failed
 * search). */
static void
update_no_match_page (DtWindow *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *description = NULL;

  if (search != NULL && search[0] != '\0')
    {
      adw_status_page_set_icon_name (self->no_match_page, "edit-find-symbolic");
      adw_status_page_set_title (self->no_match_page, _("No Matching Directives"));
      if (self->notice_id == 0 && self->unit_id == 0 && self->view == DT_VIEW_ALL)
        adw_status_page_set_description (self->no_match_page, _("Try another search"));
      else
        adw_status_page_set_description (self->no_match_page, _("Try another search or view"));
      return;
    }

  if (self->notice_id != 0)
    description = g_strdup (_("This notice has no directives"));
  else if (self->unit_id != 0)
    description = g_strdup (_("This unit leads no directives"));
  else
    /* Translators: on an empty list; %s is the view chosen in the sidebar: "Due This Week" */
    description = g_strdup_printf (_("Nothing in “%s”"), adw_navigation_page_get_title (self->content_page));
  adw_status_page_set_icon_name (self->no_match_page, "io.github.chidao.Directives-symbolic");
  adw_status_page_set_title (self->no_match_page, _("No Directives"));
  adw_status_page_set_description (self->no_match_page, description);
}

/* Which page of the content: the list, "no directives yet", "no match". */
void
_dt_window_update_list_page (DtWindow *self)
{
  const char *page;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    page = "list";
  else if (dt_store_is_empty (self->store))
    page = "empty";
  else
    page = "no-match";

  if (g_str_equal (page, "no-match"))
    update_no_match_page (self);

  gtk_stack_set_visible_child_name (self->list_stack, page);

  /* With nothing imported yet, a narrow window opens on the page that says
   * how to begin (Import a Notice…), not on a sidebar of zeros. */
  if (g_str_equal (page, "empty"))
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_list_items_changed (DtWindow   *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *model)
{
  _dt_window_update_list_page (self);
}

static void
on_store_changed (DtWindow   *self,
                  guint       changes,
                  GHashTable *directive_ids,
                  DtStore    *store)
{
  _dt_window_update_list_page (self);
  _dt_window_queue_counts (self);
  _dt_window_update_actions (self);
}

static void
on_search_changed (DtWindow       *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  dt_directive_list_set_search (self->list, text);
  _dt_window_update_list_page (self);
}

/* The detail pane ---------------------------------------------------------- */

static void on_detail_closed      (DtWindow          *self,
                                   DtDirectiveDetail *detail);
static void on_detail_show_notice (DtWindow          *self,
                                   gint64             notice_id,
                                   DtDirectiveDetail *detail);

/* The pane is made when a directive is first shown, not before the first
 * frame: the launch does not pay for its template. */
DtDirectiveDetail *
_dt_window_get_detail (DtWindow *self)
{
  if (self->detail == NULL)
    {
      self->detail = DT_DIRECTIVE_DETAIL (dt_directive_detail_new ());
      adw_bin_set_child (self->detail_bin, GTK_WIDGET (self->detail));
      if (self->store != NULL)
        dt_directive_detail_set_store (self->detail, self->store, self->units);
      g_signal_connect_object (self->detail, "closed",
                               G_CALLBACK (on_detail_closed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->detail, "show-notice",
                               G_CALLBACK (on_detail_show_notice), self, G_CONNECT_SWAPPED);
    }
  return self->detail;
}

DtDirective *
_dt_window_get_detail_directive (DtWindow *self)
{
  return self->detail != NULL ? dt_directive_detail_get_directive (self->detail) : NULL;
}

void
_dt_window_show_directive (DtWindow    *self,
                           DtDirective *directive)
{
  if (directive != NULL || self->detail != NULL)
    dt_directive_detail_set_directive (_dt_window_get_detail (self), directive);
  adw_overlay_split_view_set_show_sidebar (self->detail_split, directive != NULL);
  if (directive != NULL)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  _dt_window_update_actions (self);
}

DtDirective *
_dt_window_get_current_directive (DtWindow *self)
{
  DtDirective *directive = _dt_window_get_detail_directive (self);

  if (directive != NULL && adw_overlay_split_view_get_show_sidebar (self->detail_split))
    return directive;

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
on_selected_item_changed (DtWindow           *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  DtDirective *directive = gtk_single_selection_get_selected_item (selection);

  /* A row that moves or goes away as the list re-queries does not close the
   * directive being edited: only choosing another one replaces it. */
  if (directive != NULL && directive != _dt_window_get_detail_directive (self))
    {
      gboolean was_shown = adw_overlay_split_view_get_show_sidebar (self->detail_split);

      dt_directive_detail_set_directive (_dt_window_get_detail (self), directive);
      if (was_shown || !adw_overlay_split_view_get_collapsed (self->detail_split))
        adw_overlay_split_view_set_show_sidebar (self->detail_split, TRUE);
    }

  _dt_window_update_actions (self);
}

static void
on_column_view_activate (DtWindow      *self,
                         guint          position,
                         GtkColumnView *view)
{
  g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (directive != NULL)
    _dt_window_show_directive (self, directive);
}

static void
on_detail_closed (DtWindow          *self,
                  DtDirectiveDetail *detail)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.close-directive", NULL);
}

/* On a phone, where the pane covers the list, a tap on a row opens it: a
 * tap that only chose the row would show nothing.  Not wider: rows are
 * chosen on hover then, which would change the directive in the pane. */
static void
on_phone_width (DtWindow               *self,
                GParamSpec             *pspec,
                AdwNavigationSplitView *split)
{
  gtk_column_view_set_single_click_activate (self->column_view,
                                             adw_navigation_split_view_get_collapsed (split));
}

static void
on_detail_shown (DtWindow            *self,
                 GParamSpec          *pspec,
                 AdwOverlaySplitView *split)
{
  _dt_window_update_actions (self);
}

static void
on_detail_show_notice (DtWindow          *self,
                       gint64             notice_id,
                       DtDirectiveDetail *detail)
{
  _dt_window_select_notice (self, notice_id);
}

/* Window state ------------------------------------------------------------ */

static gboolean
dt_window_close_request (GtkWindow *window)
{
  DtWindow *self = DT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (dt_window_parent_class)->close_request (window);
}

static void
on_first_frame (GdkFrameClock *clock,
                DtWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);

  /* The keyboard starts on the list: arrows, Enter to open, typing searches.
   * Not before the first frame: a phone-width window collapses into a
   * navigation stack then, and moving the list's page while it holds the
   * focus leaves a reference to the page behind (it and the store leak). */
  if (!adw_navigation_split_view_get_collapsed (self->split_view)
      || adw_navigation_split_view_get_show_content (self->split_view))
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->column_view));
}

static void
on_map_first_frame (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, on_map_first_frame, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_frame), widget, 0);
}

static void
dt_window_constructed (GObject *object)
{
  DtWindow *self = DT_WINDOW (object);
  GtkApplication *application;

  G_OBJECT_CLASS (dt_window_parent_class)->constructed (object);

  /* the application's settings; a window of its own (in tests) reads the
   * same keys */
  application = gtk_window_get_application (GTK_WINDOW (self));
  if (DT_IS_APPLICATION (application))
    self->settings = g_object_ref (dt_application_get_settings (DT_APPLICATION (application)));
  else
    self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->store == NULL)
    {
      /* The store could not be opened: the application says why; the
       * window says so too, and offers another file or a new one. */
      _dt_window_show_cannot_open (self);
      return;
    }

  /* statuses are judged as the user set it, and follow the preferences */
  g_settings_bind (self->settings, "due-soon-days", self->store, "due-soon-days",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "lateness-against-original",
                   self->store, "lateness-against-original", G_SETTINGS_BIND_GET);

  /* before the first reads, which may fail */
  g_signal_connect_object (self->store, "read-failed",
                           G_CALLBACK (_dt_window_on_read_failed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "save-failed",
                           G_CALLBACK (_dt_window_on_save_failed), self, G_CONNECT_SWAPPED);

  self->undo = dt_undo_stack_new (self->store);
  g_signal_connect_object (self->undo, "notify::can-undo",
                           G_CALLBACK (_dt_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-redo",
                           G_CALLBACK (_dt_window_update_actions), self, G_CONNECT_SWAPPED);

  self->list = dt_directive_list_new (self->store);
  self->notices = dt_gui_live_notices (self->store);
  self->units = dt_gui_live_units (self->store);

  /* the first rows only until the user reaches for the others
   * (_dt_window_show_rows_when_reached) */
  self->selection = gtk_single_selection_new (G_LIST_MODEL (
    gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->list)), 0, FIRST_FRAME_ROWS)));
  g_signal_connect (self, "map", G_CALLBACK (on_map_first_frame), NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed), self, G_CONNECT_SWAPPED);

  _dt_window_setup_columns (self);
  _dt_window_apply_sort_setting (self);
  _dt_window_add_column_breakpoints (self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  _dt_window_show_rows_when_reached (self, GTK_WIDGET (self->column_view), self->selection);
  _dt_window_setup_timeline (self);
  _dt_window_setup_report (self);

  if (self->detail != NULL)
    dt_directive_detail_set_store (self->detail, self->store, self->units);

  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_list_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  _dt_window_build_sidebar (self);
  _dt_window_apply_filters (self);
  /* The counts come just after the first page of directives is drawn. */
  _dt_window_queue_counts (self);
  _dt_window_update_actions (self);
}

static void
dt_window_dispose (GObject *object)
{
  DtWindow *self = (DtWindow *)object;

  /* what is being typed is saved while the lists that show it are whole */
  if (self->store != NULL)
    dt_store_flush (self->store, NULL);
  g_clear_handle_id (&self->counts_idle, g_source_remove);
  g_clear_handle_id (&self->choice_idle, g_source_remove);

  /* Before the template clears the pointers to the views. */
  if (self->column_view != NULL && self->list_scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->list_scroll_tick);
  self->list_scroll_tick = 0;
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->sidebar_view != NULL)
    gtk_list_view_set_model (self->sidebar_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_WINDOW);
  self->detail = NULL;  /* the bin's child */
  /* the selections follow each other no more (a change while the
   * template went would have scheduled it again) */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->timeline_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->timeline_selection, self);
  g_clear_handle_id (&self->choice_idle, g_source_remove);

  g_clear_object (&self->selection);
  g_clear_object (&self->timeline_selection);
  g_clear_object (&self->sidebar_selection);
  g_clear_object (&self->views_store);
  g_clear_object (&self->list);
  g_clear_object (&self->scope_action);
  g_clear_weak_pointer (&self->read_error_dialog);
  g_clear_object (&self->notices);
  g_clear_object (&self->units);
  g_clear_object (&self->undo);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dt_window_parent_class)->dispose (object);
}

static void
dt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DtWindow *self = DT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DtWindow *self = DT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_window_class_init (DtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = dt_window_constructed;
  object_class->dispose = dt_window_dispose;
  object_class->get_property = dt_window_get_property;
  object_class->set_property = dt_window_set_property;
  window_class->close_request = dt_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources live in a static library: naming them here links their
   * object file, whose constructor registers them. */
  g_assert (dt_get_resource () != NULL);
  g_type_ensure (DT_TYPE_DIRECTIVE_DETAIL);

  g_type_ensure (DT_TYPE_SIDEBAR_ROW);
  g_type_ensure (DT_TYPE_SIDEBAR_HEADING);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/dt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, window_stack);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, detail_split);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, detail_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, sidebar_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, list_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, timeline_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, report_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  _dt_window_class_init_sidebar (widget_class);
  _dt_window_class_add_actions (widget_class);
  _dt_window_class_add_database_actions (widget_class);
  _dt_window_class_add_timeline_actions (widget_class);
  _dt_window_class_add_import_actions (widget_class);
}

static void
dt_window_init (DtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _dt_window_setup_import (self);

  {
    GtkEventController *controller = gtk_shortcut_controller_new ();

    /* Delete removes the directive only from the list, never from a text field. */
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                            gtk_named_action_new ("win.delete-directive")));
    gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);
  }

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  g_signal_connect_object (self->detail_split, "notify::show-sidebar",
                           G_CALLBACK (on_detail_shown), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->split_view, "notify::collapsed",
                           G_CALLBACK (on_phone_width), self, G_CONNECT_SWAPPED);
}

DtWindow *
dt_window_new (AdwApplication *application,
               DtStore        *store)
{
  return g_object_new (DT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

DtStore *
dt_window_get_store (DtWindow *self)
{
  g_return_val_if_fail (DT_IS_WINDOW (self), NULL);

  return self->store;
}

DtDirectiveList *
dt_window_get_directive_list (DtWindow *self)
{
  g_return_val_if_fail (DT_IS_WINDOW (self), NULL);

  return self->list;
}

void
dt_window_add_toast (DtWindow   *self,
                     const char *title)
{
  g_return_if_fail (DT_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}
