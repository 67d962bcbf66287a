/* dt-sidebar-heading.c — the heading of a section of the sidebar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-sidebar-heading.h"

struct _DtSidebarHeading
{
  GtkWidget      parent_instance;

  DtSidebarItem *item;

  /* template children */
  GtkLabel      *title_label;
  GtkButton     *add_button;
};

G_DEFINE_FINAL_TYPE (DtSidebarHeading, dt_sidebar_heading, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_sidebar_heading_update (DtSidebarHeading *self)
{
  DtSidebarItemKind kind = self->item ? dt_sidebar_item_get_kind (self->item) : DT_SIDEBAR_ITEM_VIEW;

  /* the smart views come first, under no heading */
  gtk_widget_set_visible (GTK_WIDGET (self), kind != DT_SIDEBAR_ITEM_VIEW);
  if (kind == DT_SIDEBAR_ITEM_NOTICE)
    {
      gtk_label_set_label (self->title_label, _("Notices"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "win.new-notice");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _("New Notice"));
    }
  else if (kind == DT_SIDEBAR_ITEM_UNIT)
    {
      gtk_label_set_label (self->title_label, _("Units"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "win.new-unit");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _("New Unit"));
    }
}

DtSidebarItem *
dt_sidebar_heading_get_item (DtSidebarHeading *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_HEADING (self), NULL);

  return self->item;
}

void
dt_sidebar_heading_set_item (DtSidebarHeading *self,
                             DtSidebarItem    *item)
{
  g_return_if_fail (DT_IS_SIDEBAR_HEADING (self));
  g_return_if_fail (item == NULL || DT_IS_SIDEBAR_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;
  dt_sidebar_heading_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
dt_sidebar_heading_dispose (GObject *object)
{
  DtSidebarHeading *self = DT_SIDEBAR_HEADING (object);

  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_SIDEBAR_HEADING);

  G_OBJECT_CLASS (dt_sidebar_heading_parent_class)->dispose (object);
}

static void
dt_sidebar_heading_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DtSidebarHeading *self = DT_SIDEBAR_HEADING (object);

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
dt_sidebar_heading_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DtSidebarHeading *self = DT_SIDEBAR_HEADING (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      dt_sidebar_heading_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_sidebar_heading_class_init (DtSidebarHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_sidebar_heading_dispose;
  object_class->get_property = dt_sidebar_heading_get_property;
  object_class->set_property = dt_sidebar_heading_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, DT_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/chidao/Directives/ui/dt-sidebar-heading.ui");
  gtk_widget_class_bind_template_child (widget_class, DtSidebarHeading, title_label);
  gtk_widget_class_bind_template_child (widget_class, DtSidebarHeading, add_button);
  gtk_widget_class_set_css_name (widget_class, "sidebarheading");
}

static void
dt_sidebar_heading_init (DtSidebarHeading *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  dt_sidebar_heading_update (self);
}
