/* dt-sidebar-row.c — one row of the sidebar, bound to its item
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-sidebar-row.h"

struct _DtSidebarRow
{
  GtkWidget      parent_instance;

  DtSidebarItem *item;
  GBinding      *count_binding;

  /* template children */
  GtkBox        *labels;
  GtkLabel      *title_label;

  /* made when an item first needs them: NULL until then */
  GtkImage      *icon;
  GtkLabel      *subtitle_label;
  GtkLabel      *count_label;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (DtSidebarRow, dt_sidebar_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* The menu is built when opened: a popover per row costs too much when
 * thousands of notices scroll by. */
static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  DtSidebarRow *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();

  if (self->item == NULL)
    return;

  if (dt_sidebar_item_get_kind (self->item) == DT_SIDEBAR_ITEM_NOTICE)
    {
      append_item (menu, _("_Edit Notice…"), "win.edit-notice", dt_sidebar_item_get_id (self->item));
      append_item (menu, _("_Delete Notice…"), "win.delete-notice", dt_sidebar_item_get_id (self->item));
    }
  else if (dt_sidebar_item_get_kind (self->item) == DT_SIDEBAR_ITEM_UNIT)
    {
      append_item (menu, _("_Edit Unit…"), "win.edit-unit", dt_sidebar_item_get_id (self->item));
      append_item (menu, _("_Merge Into…"), "win.merge-unit", dt_sidebar_item_get_id (self->item));
      append_item (menu, _("_Delete Unit"), "win.delete-unit", dt_sidebar_item_get_id (self->item));
    }

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* The parts only some items show.  The row's children stay in this order:
 * icon, labels, count, menu button. */

static void
ensure_icon (DtSidebarRow *self)
{
  if (self->icon != NULL)
    return;
  self->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_insert_before (GTK_WIDGET (self->icon), GTK_WIDGET (self), GTK_WIDGET (self->labels));
}

static void
ensure_subtitle (DtSidebarRow *self)
{
  if (self->subtitle_label != NULL)
    return;
  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "dim-label");
  gtk_box_append (self->labels, GTK_WIDGET (self->subtitle_label));
}

static void
ensure_count (DtSidebarRow *self)
{
  if (self->count_label != NULL)
    return;
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "view-count");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_widget_insert_after (GTK_WIDGET (self->count_label), GTK_WIDGET (self), GTK_WIDGET (self->labels));
}

static void
ensure_menu_button (DtSidebarRow *self)
{
  if (self->menu_button != NULL)
    return;
  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->menu_button, "view-more-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->menu_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "sidebar-row-menu");
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);
  gtk_widget_insert_before (GTK_WIDGET (self->menu_button), GTK_WIDGET (self), NULL);
}

static void
dt_sidebar_row_update (DtSidebarRow *self)
{
  DtSidebarItemKind kind = self->item ? dt_sidebar_item_get_kind (self->item) : DT_SIDEBAR_ITEM_VIEW;
  const char *subtitle = self->item ? dt_sidebar_item_get_subtitle (self->item) : NULL;
  gboolean is_view = self->item != NULL && kind == DT_SIDEBAR_ITEM_VIEW;
  gboolean has_menu = self->item != NULL && kind != DT_SIDEBAR_ITEM_VIEW;

  if (is_view)
    {
      ensure_icon (self);
      gtk_image_set_from_icon_name (self->icon, dt_sidebar_item_get_icon_name (self->item));
    }
  if (self->icon != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->icon), is_view);

  gtk_label_set_label (self->title_label, self->item ? dt_sidebar_item_get_title (self->item) : "");

  if (subtitle != NULL)
    {
      ensure_subtitle (self);
      gtk_label_set_label (self->subtitle_label, subtitle);
    }
  if (self->subtitle_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);

  if (is_view)
    ensure_count (self);
  if (self->count_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->count_label), is_view);

  if (has_menu)
    {
      ensure_menu_button (self);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button),
                                   kind == DT_SIDEBAR_ITEM_NOTICE ? _("Notice Menu") : _("Unit Menu"));
    }
  if (self->menu_button != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->menu_button), has_menu);
      gtk_menu_button_set_menu_model (self->menu_button, NULL);
    }
}

/* The title whole, only when the row cuts it (a long unit's name): a
 * tooltip that repeats what the row shows says nothing, and each tooltip
 * is a window of its own (with the GL renderer, its own GL context).  And
 * what the item says besides its title (a notice's subject). */
static gboolean
dt_sidebar_row_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_tooltip,
                              GtkTooltip *tooltip)
{
  DtSidebarRow *self = DT_SIDEBAR_ROW (widget);
  const char *title = gtk_label_get_label (self->title_label);
  const char *about = self->item ? dt_sidebar_item_get_tooltip (self->item) : NULL;
  gboolean cut = title[0] != '\0' && pango_layout_is_ellipsized (gtk_label_get_layout (self->title_label));
  g_autofree char *text = NULL;

  if (about != NULL && about[0] == '\0')
    about = NULL;
  if (cut && about != NULL)
    text = g_strconcat (title, "\n", about, NULL);
  else if (cut)
    text = g_strdup (title);
  else if (about != NULL)
    text = g_strdup (about);
  else
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

DtSidebarItem *
dt_sidebar_row_get_item (DtSidebarRow *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ROW (self), NULL);

  return self->item;
}

void
dt_sidebar_row_set_item (DtSidebarRow  *self,
                         DtSidebarItem *item)
{
  g_return_if_fail (DT_IS_SIDEBAR_ROW (self));
  g_return_if_fail (item == NULL || DT_IS_SIDEBAR_ITEM (item));

  if (self->item == item)
    return;

  g_clear_pointer (&self->count_binding, g_binding_unbind);
  g_set_object (&self->item, item);
  dt_sidebar_row_update (self);
  /* only the smart views count their directives */
  if (self->count_label != NULL)
    {
      if (item != NULL && dt_sidebar_item_get_kind (item) == DT_SIDEBAR_ITEM_VIEW)
        self->count_binding = g_object_bind_property (item, "count", self->count_label, "label",
                                                      G_BINDING_SYNC_CREATE);
      else
        gtk_label_set_label (self->count_label, "");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
dt_sidebar_row_dispose (GObject *object)
{
  DtSidebarRow *self = DT_SIDEBAR_ROW (object);
  GtkWidget *child;

  g_clear_pointer (&self->count_binding, g_binding_unbind);
  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_SIDEBAR_ROW);
  self->icon = NULL;
  self->subtitle_label = NULL;
  self->count_label = NULL;
  self->menu_button = NULL;
  /* and the parts made for the items shown */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dt_sidebar_row_parent_class)->dispose (object);
}

static void
dt_sidebar_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DtSidebarRow *self = DT_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_sidebar_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DtSidebarRow *self = DT_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      dt_sidebar_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_sidebar_row_class_init (DtSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_sidebar_row_dispose;
  object_class->get_property = dt_sidebar_row_get_property;
  object_class->set_property = dt_sidebar_row_set_property;
  widget_class->query_tooltip = dt_sidebar_row_query_tooltip;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, DT_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/chidao/Directives/ui/dt-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DtSidebarRow, labels);
  gtk_widget_class_bind_template_child (widget_class, DtSidebarRow, title_label);
  gtk_widget_class_set_css_name (widget_class, "sidebarrow");
}

static void
dt_sidebar_row_init (DtSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* dt_sidebar_row_query_tooltip */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}
