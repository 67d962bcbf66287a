/* dt-window-sidebar.c — the sidebar: smart views, notices, units
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One lazy list of the smart views, the notices and the units; their
 * counts; and the choice, applied to the window's list as its filters.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-sidebar-item.h"
#include "dt-sidebar-row.h"
#include "dt-status.h"
#include "dt-window-private.h"

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

  /* Totals, whatever the sidebar chose and whatever is searched: a search
   * that finds nothing is no reason for every view to read 0, as if the
   * directives were gone.  One query. */
  dt_directive_list_count_all (self->list, today, end_of_this_week (today),
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

void
_dt_window_queue_counts (DtWindow *self)
{
  if (self->counts_idle == 0)
    self->counts_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE,
                                         dt_window_update_counts_idle,
                                         self, NULL);
}

/* Filters ----------------------------------------------------------------- */

void
_dt_window_apply_filters (DtWindow *self)
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
  _dt_window_update_list_page (self);
  _dt_window_update_timeline_scope (self);
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

  _dt_window_apply_filters (self);
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
    subtitle = g_strdup_printf (_("dated %s"), date);

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
   * the full name, which the row ellipsizes and then shows whole in its
   * tooltip. */
  return dt_sidebar_item_new (DT_SIDEBAR_ITEM_UNIT, dt_unit_get_id (unit), NULL,
                              dt_unit_get_name (unit), NULL, NULL);
}

/* The rest of a list's rows, past its first page (FIRST_FRAME_ROWS). */
void
_dt_window_show_all_rows_of (GtkSingleSelection *selection)
{
  GListModel *rows = selection ? gtk_single_selection_get_model (selection) : NULL;

  if (GTK_IS_SLICE_LIST_MODEL (rows)
      && gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (rows)) != G_MAXUINT)
    gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (rows), G_MAXUINT);
}

/* A list view shows the first rows of its model until the user reaches for
 * the others: a key in the list, the wheel or the pointer over it, or a
 * scroll that comes near the end of the rows made (a touch drag, a window
 * made taller).  Then it shows them all, as it did before. */

static void
show_rows_of (GObject *object)
{
  _dt_window_show_all_rows_of (g_object_get_data (object, "dt-rows-selection"));
}

static gboolean
on_rows_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               user_data)
{
  show_rows_of (G_OBJECT (controller));
  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_rows_scroll (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                gpointer                  user_data)
{
  show_rows_of (G_OBJECT (controller));
  return GDK_EVENT_PROPAGATE;
}

static void
on_rows_motion (GtkEventControllerMotion *controller,
                double                    x,
                double                    y,
                gpointer                  user_data)
{
  show_rows_of (G_OBJECT (controller));
}

static gboolean
show_rows_idle (gpointer data)
{
  _dt_window_show_all_rows_of (data);
  return G_SOURCE_REMOVE;
}

/* Less than a screen of rows left below what is shown.  The adjustment
 * changes while the list lays out its rows: they grow once that is over,
 * not in the middle of it. */
static void
on_rows_adjustment (GtkAdjustment *adjustment,
                    gpointer       user_data)
{
  GtkSingleSelection *selection = g_object_get_data (G_OBJECT (adjustment), "dt-rows-selection");
  GListModel *rows = selection ? gtk_single_selection_get_model (selection) : NULL;
  double page = gtk_adjustment_get_page_size (adjustment);
  double below = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) - page;

  if (page > 0 && below < page && GTK_IS_SLICE_LIST_MODEL (rows)
      && gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (rows)) != G_MAXUINT)
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_rows_idle, g_object_ref (selection), g_object_unref);
}

static void
watch_rows (GObject            *object,
            GtkSingleSelection *selection)
{
  g_object_set_data (object, "dt-rows-selection", selection);
}

void
_dt_window_show_rows_when_reached (DtWindow           *self,
                                   GtkWidget          *view,
                                   GtkSingleSelection *selection)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkEventController *controller;
  GtkAdjustment *adjustment;

  g_return_if_fail (scrolled != NULL);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  watch_rows (G_OBJECT (controller), selection);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_rows_key_pressed), NULL);
  gtk_widget_add_controller (scrolled, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  watch_rows (G_OBJECT (controller), selection);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_rows_scroll), NULL);
  gtk_widget_add_controller (scrolled, controller);

  controller = gtk_event_controller_motion_new ();
  watch_rows (G_OBJECT (controller), selection);
  g_signal_connect (controller, "motion", G_CALLBACK (on_rows_motion), NULL);
  gtk_widget_add_controller (scrolled, controller);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  watch_rows (G_OBJECT (adjustment), selection);
  g_signal_connect (adjustment, "changed", G_CALLBACK (on_rows_adjustment), NULL);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_rows_adjustment), NULL);
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
    _dt_window_show_all_rows_of (self->sidebar_selection);

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

void
_dt_window_build_sidebar (DtWindow *self)
{
  g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkListItemFactory) factory =
    gtk_builder_list_item_factory_new_from_resource (NULL, "/io/github/chidao/Directives/ui/dt-sidebar-factory.ui");
  g_autoptr(GtkListItemFactory) header_factory =
    gtk_builder_list_item_factory_new_from_resource (NULL, "/io/github/chidao/Directives/ui/dt-sidebar-header-factory.ui");
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
  /* the first rows only until the user reaches for the others
   * (_dt_window_show_rows_when_reached) */
  self->sidebar_selection = gtk_single_selection_new (G_LIST_MODEL (
    gtk_slice_list_model_new (G_LIST_MODEL (flat), 0, FIRST_FRAME_ROWS)));
  gtk_single_selection_set_autoselect (self->sidebar_selection, FALSE);
  gtk_single_selection_set_selected (self->sidebar_selection, DT_VIEW_ALL);
  g_signal_connect_object (self->sidebar_selection, "notify::selected-item",
                           G_CALLBACK (on_sidebar_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_selection, "items-changed",
                           G_CALLBACK (on_sidebar_items_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  gtk_list_view_set_factory (self->sidebar_view, factory);
  gtk_list_view_set_header_factory (self->sidebar_view, header_factory);
  gtk_list_view_set_model (self->sidebar_view, GTK_SELECTION_MODEL (self->sidebar_selection));
  _dt_window_show_rows_when_reached (self, GTK_WIDGET (self->sidebar_view), self->sidebar_selection);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_sidebar_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_view), GTK_EVENT_CONTROLLER (gesture));
}

void
_dt_window_class_init_sidebar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activate);
}

