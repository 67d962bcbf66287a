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

static const struct {
  const char *title;
  const char *icon_name;
} views[DT_N_VIEWS] = {
  { N_("All"), "view-list-bullet-symbolic" },
  { N_("Overdue"), "task-past-due-symbolic" },
  { N_("Due This Week"), "task-due-symbolic" },
  { N_("In Progress"), "content-loading-symbolic" },
  { N_("Completed"), "object-select-symbolic" },
  /* Translators: recurring directives and standing duties, without a deadline */
  { N_("Ongoing"), "media-playlist-repeat-symbolic" },
  /* Translators: directives whose deadline is still to be set */
  { N_("No Deadline"), "alarm-symbolic" },
};

static DtDate
end_of_this_week (DtDate today)
{
  return today + (7 - dt_date_get_weekday (today));
}

/* Counts ------------------------------------------------------------------ */

static gboolean
dt_window_update_counts_idle (gpointer user_data)
{
  DtWindow *self = DT_WINDOW (user_data);
  guint counts[DT_N_STATUSES] = { 0 };
  guint values[DT_N_VIEWS] = { 0 };
  DtDate today = dt_date_today ();

  self->counts_idle = 0;

  /* Over the search alone, whatever the sidebar chose: one query. */
  dt_directive_list_count_search (self->list, today, end_of_this_week (today),
                                  counts, &values[DT_VIEW_DUE_THIS_WEEK]);
  for (guint i = 0; i < DT_N_STATUSES; i++)
    values[DT_VIEW_ALL] += counts[i];
  values[DT_VIEW_OVERDUE] = counts[DT_STATUS_OVERDUE];
  values[DT_VIEW_IN_PROGRESS] = counts[DT_STATUS_IN_PROGRESS] + counts[DT_STATUS_DUE_SOON];
  values[DT_VIEW_COMPLETED] = counts[DT_STATUS_COMPLETED_ON_TIME] + counts[DT_STATUS_COMPLETED_LATE];
  values[DT_VIEW_ONGOING] = counts[DT_STATUS_ONGOING];
  values[DT_VIEW_NO_DEADLINE] = counts[DT_STATUS_NO_DEADLINE];

  for (guint i = 0; i < DT_N_VIEWS; i++)
    {
      g_autoptr(DtSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->views_store), i);
      g_autofree char *text = g_strdup_printf ("%u", values[i]);

      dt_sidebar_item_set_count (item, text);
    }

  return G_SOURCE_REMOVE;
}

static void
dt_window_queue_counts (DtWindow *self)
{
  if (self->counts_idle == 0)
    self->counts_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE,
                                         dt_window_update_counts_idle,
                                         self, NULL);
}

/* Which page of the content: the list, "no directives yet", "no match". */
static void
dt_window_update_list_page (DtWindow *self)
{
  const char *page;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    page = "list";
  else if (dt_store_is_empty (self->store))
    page = "empty";
  else
    page = "no-match";

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
  dt_window_update_list_page (self);
}

static void
on_store_changed (DtWindow   *self,
                  guint       changes,
                  GHashTable *directive_ids,
                  DtStore    *store)
{
  dt_window_update_list_page (self);
  dt_window_queue_counts (self);
  _dt_window_update_actions (self);
}

/* Filters ----------------------------------------------------------------- */

static void
dt_window_apply_filters (DtWindow *self)
{
  guint flags = 0;
  DtDate from = DT_DATE_NONE, to = DT_DATE_NONE;
  g_autofree char *title = NULL;

  switch (self->view)
    {
    case DT_VIEW_OVERDUE:
      flags = DT_STATUS_FLAG (DT_STATUS_OVERDUE);
      break;
    case DT_VIEW_DUE_THIS_WEEK:
      flags = DT_STATUS_FLAG (DT_STATUS_IN_PROGRESS) | DT_STATUS_FLAG (DT_STATUS_DUE_SOON);
      from = dt_date_today ();
      to = end_of_this_week (from);
      break;
    case DT_VIEW_IN_PROGRESS:
      flags = DT_STATUS_FLAG (DT_STATUS_IN_PROGRESS) | DT_STATUS_FLAG (DT_STATUS_DUE_SOON);
      break;
    case DT_VIEW_COMPLETED:
      flags = DT_STATUS_FLAG (DT_STATUS_COMPLETED_ON_TIME) | DT_STATUS_FLAG (DT_STATUS_COMPLETED_LATE);
      break;
    case DT_VIEW_ONGOING:
      flags = DT_STATUS_FLAG (DT_STATUS_ONGOING);
      break;
    case DT_VIEW_NO_DEADLINE:
      flags = DT_STATUS_FLAG (DT_STATUS_NO_DEADLINE);
      break;
    case DT_VIEW_ALL:
    case DT_N_VIEWS:
    default:
      break;
    }

  if (self->notice_id != 0 || self->unit_id != 0)
    flags = 0;

  dt_directive_list_set_notice (self->list, self->notice_id);
  dt_directive_list_set_unit (self->list, self->unit_id);
  dt_directive_list_set_statuses (self->list, flags);
  dt_directive_list_set_date_range (self->list, from, to);

  if (self->notice_id != 0)
    {
      g_autoptr(DtNotice) notice = dt_store_get_notice (self->store, self->notice_id, NULL);

      title = notice ? dt_notice_dup_display_name (notice) : NULL;
    }
  else if (self->unit_id != 0)
    {
      g_autoptr(DtUnit) unit = dt_store_get_unit (self->store, self->unit_id, NULL);

      title = unit ? g_strdup (dt_unit_get_name (unit)) : NULL;
    }
  else if (self->view == DT_VIEW_ALL)
    title = g_strdup (_("All Directives"));
  else
    title = g_strdup (_(views[self->view].title));

  adw_navigation_page_set_title (self->content_page, title ? title : "");
  dt_window_update_list_page (self);
  _dt_window_update_timeline_scope (self);
}

static void
on_search_changed (DtWindow       *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  dt_directive_list_set_search (self->list, text);
  dt_window_update_list_page (self);
  dt_window_queue_counts (self);
}

/* Sidebar ----------------------------------------------------------------- */

/* One lazy list: the smart views, then the notices, then the units, each a
 * section of a flattened model, so thousands of notices cost nothing until
 * they scroll into view. */

static DtSidebarItem *
dt_window_get_sidebar_choice (DtWindow *self)
{
  return gtk_single_selection_get_selected_item (self->sidebar_selection);
}

static void
on_sidebar_selected (DtWindow           *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  DtSidebarItem *item = dt_window_get_sidebar_choice (self);

  if (self->updating_sidebar || item == NULL)
    return;

  self->view = DT_VIEW_ALL;
  self->notice_id = 0;
  self->unit_id = 0;

  switch (dt_sidebar_item_get_kind (item))
    {
    case DT_SIDEBAR_ITEM_VIEW:
      self->view = CLAMP (dt_sidebar_item_get_id (item), 0, DT_N_VIEWS - 1);
      break;
    case DT_SIDEBAR_ITEM_NOTICE:
      self->notice_id = dt_sidebar_item_get_id (item);
      break;
    case DT_SIDEBAR_ITEM_UNIT:
      self->unit_id = dt_sidebar_item_get_id (item);
      break;
    default:
      break;
    }

  dt_window_apply_filters (self);
  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_sidebar_activate (DtWindow    *self,
                     guint        position,
                     GtkListView *view)
{
  gtk_single_selection_set_selected (self->sidebar_selection, position);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_sidebar_released (DtWindow        *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  /* On a phone, tapping the chosen row again goes back to its directives. */
  if (adw_navigation_split_view_get_collapsed (self->split_view) &&
      dt_window_get_sidebar_choice (self) != NULL)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static gpointer
map_notice (gpointer item,
            gpointer user_data)
{
  g_autoptr(DtNotice) notice = item;
  g_autofree char *date = dt_date_format (dt_notice_get_date (notice));
  g_autofree char *subtitle = NULL;
  const char *name;

  if (date[0] != '\0')
    /* Translators: under a notice's number in the sidebar: "ngày 31/01/2024" */
    subtitle = g_strdup_printf (_("of %s"), date);

  /* A draft not numbered yet ("/TB-UBND") goes by its kind. */
  if (dt_notice_has_number (notice))
    name = dt_notice_get_number (notice);
  else
    name = dt_notice_kind_to_string (dt_notice_get_kind (notice));

  return dt_sidebar_item_new (DT_SIDEBAR_ITEM_NOTICE, dt_notice_get_id (notice), NULL,
                              name, subtitle, dt_notice_get_title (notice));
}

static gpointer
map_unit (gpointer item,
          gpointer user_data)
{
  g_autoptr(DtUnit) unit = item;

  /* Abbreviations ("SNV", "CA tỉnh") are for matching notices; people read
   * the full name, which the row ellipsizes and the tooltip repeats. */
  return dt_sidebar_item_new (DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (unit), NULL,
                              dt_unit_get_name (unit), NULL, dt_unit_get_name (unit));
}

static void
on_header_setup (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "sidebar-heading");
  gtk_list_header_set_child (header, box);
}

static void
on_header_bind (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  DtSidebarItem *item = gtk_list_header_get_item (header);
  GtkWidget *box = gtk_list_header_get_child (header);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *button = gtk_widget_get_last_child (box);
  DtSidebarItemKind kind = item ? dt_sidebar_item_get_kind (item) : DT_SIDEBAR_ITEM_VIEW;

  gtk_widget_set_visible (box, kind != DT_SIDEBAR_ITEM_VIEW);
  if (kind == DT_SIDEBAR_ITEM_NOTICE)
    {
      gtk_label_set_label (GTK_LABEL (label), _("Notices"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-notice");
      gtk_widget_set_tooltip_text (button, _("New Notice"));
    }
  else if (kind == DT_SIDEBAR_ITEM_UNIT)
    {
      gtk_label_set_label (GTK_LABEL (label), _("Units"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-unit");
      gtk_widget_set_tooltip_text (button, _("New Unit"));
    }
}

/* The list views make some 200 rows each whatever the window's height,
 * which costs more than the rest of the launch: until the first frame is
 * drawn they show the first rows only (a slice), then all. */
#define FIRST_FRAME_ROWS 60

static void
dt_window_show_all_rows (DtWindow *self)
{
  GtkSingleSelection *selections[] = { self->selection, self->sidebar_selection };

  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      GListModel *rows = selections[i] ? gtk_single_selection_get_model (selections[i]) : NULL;

      if (GTK_IS_SLICE_LIST_MODEL (rows)
          && gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (rows)) != G_MAXUINT)
        gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (rows), G_MAXUINT);
    }
}

/* Chooses the row of @kind and @id, without applying it twice. */
static gboolean
dt_window_select_sidebar (DtWindow          *self,
                          DtSidebarItemKind  kind,
                          gint64             id)
{
  GListModel *model = G_LIST_MODEL (self->sidebar_selection);
  guint start = 0, n;

  /* notices and units may lie past the first rows */
  if (kind != DT_SIDEBAR_ITEM_VIEW)
    dt_window_show_all_rows (self);

  /* Views come first, then notices, then units. */
  if (kind == DT_SIDEBAR_ITEM_NOTICE)
    start = DT_N_VIEWS;
  else if (kind == DT_SIDEBAR_ITEM_UNIT)
    start = DT_N_VIEWS + g_list_model_get_n_items (self->notices);
  n = g_list_model_get_n_items (model);

  for (guint i = start; i < n; i++)
    {
      g_autoptr(DtSidebarItem) item = g_list_model_get_item (model, i);

      if (dt_sidebar_item_get_kind (item) != kind)
        break;
      if (dt_sidebar_item_get_id (item) == id)
        {
          gtk_single_selection_set_selected (self->sidebar_selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

void
_dt_window_select_view (DtWindow *self,
                        DtView    view)
{
  dt_window_select_sidebar (self, DT_SIDEBAR_ITEM_VIEW, view);
}

void
_dt_window_select_notice (DtWindow *self,
                          gint64    notice_id)
{
  dt_window_select_sidebar (self, DT_SIDEBAR_ITEM_NOTICE, notice_id);
}

void
_dt_window_select_unit (DtWindow *self,
                        gint64    unit_id)
{
  dt_window_select_sidebar (self, DT_SIDEBAR_ITEM_UNIT, unit_id);
}

/* After notices or units change, keep the chosen one chosen; if it went away
 * (deleted, merged), go back to all directives. */
static void
on_sidebar_items_changed (DtWindow   *self,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListModel *model)
{
  gboolean found = TRUE;

  if (self->notice_id == 0 && self->unit_id == 0)
    return;

  self->updating_sidebar = TRUE;
  if (self->notice_id != 0)
    found = dt_window_select_sidebar (self, DT_SIDEBAR_ITEM_NOTICE, self->notice_id);
  else if (self->unit_id != 0)
    found = dt_window_select_sidebar (self, DT_SIDEBAR_ITEM_UNIT, self->unit_id);
  self->updating_sidebar = FALSE;

  if (!found)
    _dt_window_select_view (self, DT_VIEW_ALL);
}

static void
dt_window_build_sidebar (DtWindow *self)
{
  g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkListItemFactory) factory =
    gtk_builder_list_item_factory_new_from_resource (NULL, "/io/github/chidao/Directives/ui/dt-sidebar-factory.ui");
  g_autoptr(GtkListItemFactory) header_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkMapListModel) notice_items = NULL;
  g_autoptr(GtkMapListModel) unit_items = NULL;
  GtkFlattenListModel *flat;
  GtkGesture *gesture;

  self->views_store = g_list_store_new (DT_TYPE_SIDEBAR_ITEM);
  for (guint i = 0; i < DT_N_VIEWS; i++)
    {
      g_autoptr(DtSidebarItem) item =
        dt_sidebar_item_new (DT_SIDEBAR_ITEM_VIEW, i, views[i].icon_name, _(views[i].title), NULL, NULL);

      g_list_store_append (self->views_store, item);
    }

  notice_items = gtk_map_list_model_new (g_object_ref (self->notices), map_notice, NULL, NULL);
  unit_items = gtk_map_list_model_new (g_object_ref (self->units), map_unit, NULL, NULL);
  g_list_store_append (sections, self->views_store);
  g_list_store_append (sections, notice_items);
  g_list_store_append (sections, unit_items);

  flat = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&sections)));
  /* the first rows only until the first frame (dt_window_show_all_rows) */
  self->sidebar_selection = gtk_single_selection_new (G_LIST_MODEL (
    gtk_slice_list_model_new (G_LIST_MODEL (flat), 0, FIRST_FRAME_ROWS)));
  gtk_single_selection_set_autoselect (self->sidebar_selection, FALSE);
  gtk_single_selection_set_selected (self->sidebar_selection, DT_VIEW_ALL);
  g_signal_connect_object (self->sidebar_selection, "notify::selected-item",
                           G_CALLBACK (on_sidebar_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_selection, "items-changed",
                           G_CALLBACK (on_sidebar_items_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  g_signal_connect (header_factory, "setup", G_CALLBACK (on_header_setup), NULL);
  g_signal_connect (header_factory, "bind", G_CALLBACK (on_header_bind), NULL);
  gtk_list_view_set_factory (self->sidebar_view, factory);
  gtk_list_view_set_header_factory (self->sidebar_view, header_factory);
  gtk_list_view_set_model (self->sidebar_view, GTK_SELECTION_MODEL (self->sidebar_selection));

  gesture = gtk_gesture_click_new ();
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_sidebar_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_view), GTK_EVENT_CONTROLLER (gesture));
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
  dt_window_show_all_rows (self);

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
      /* The store could not be opened: the application says why; the window
       * stays an empty shell rather than crashing. */
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      gtk_widget_set_sensitive (GTK_WIDGET (self->split_view), FALSE);
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

  /* the first rows only until the first frame (dt_window_show_all_rows) */
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
  _dt_window_setup_timeline (self);
  _dt_window_setup_report (self);

  if (self->detail != NULL)
    dt_directive_detail_set_store (self->detail, self->store, self->units);

  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_list_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  dt_window_build_sidebar (self);
  dt_window_apply_filters (self);
  /* The counts come just after the first page of directives is drawn. */
  dt_window_queue_counts (self);
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

  /* Before the template clears the pointers to the views. */
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->sidebar_view != NULL)
    gtk_list_view_set_model (self->sidebar_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_WINDOW);
  self->detail = NULL;  /* the bin's child */

  g_clear_object (&self->selection);
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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/dt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, detail_split);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, detail_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, sidebar_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, list_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, timeline_bin);
  gtk_widget_class_bind_template_child (widget_class, DtWindow, report_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activate);

  _dt_window_class_add_actions (widget_class);
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
