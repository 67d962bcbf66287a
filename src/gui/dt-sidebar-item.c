/* dt-sidebar-item.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-sidebar-item.h"

struct _DtSidebarItem
{
  GObject            parent_instance;

  DtSidebarItemKind  kind;
  gint64             id;
  char              *icon_name;
  char              *title;
  char              *subtitle;
  char              *tooltip;
  char              *count;
};

G_DEFINE_FINAL_TYPE (DtSidebarItem, dt_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_sidebar_item_finalize (GObject *object)
{
  DtSidebarItem *self = (DtSidebarItem *)object;

  g_free (self->icon_name);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->tooltip);
  g_free (self->count);

  G_OBJECT_CLASS (dt_sidebar_item_parent_class)->finalize (object);
}

static void
dt_sidebar_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DtSidebarItem *self = DT_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_string (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_sidebar_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DtSidebarItem *self = DT_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      dt_sidebar_item_set_count (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_sidebar_item_class_init (DtSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dt_sidebar_item_finalize;
  object_class->get_property = dt_sidebar_item_get_property;
  object_class->set_property = dt_sidebar_item_set_property;

  properties[PROP_COUNT] =
    g_param_spec_string ("count", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_sidebar_item_init (DtSidebarItem *self)
{
}

DtSidebarItem *
dt_sidebar_item_new (DtSidebarItemKind  kind,
                     gint64             id,
                     const char        *icon_name,
                     const char        *title,
                     const char        *subtitle,
                     const char        *tooltip)
{
  DtSidebarItem *self = g_object_new (DT_TYPE_SIDEBAR_ITEM, NULL);

  self->kind = kind;
  self->id = id;
  self->icon_name = g_strdup (icon_name);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->tooltip = g_strdup (tooltip);

  return self;
}

DtSidebarItemKind
dt_sidebar_item_get_kind (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), DT_SIDEBAR_ITEM_VIEW);
  return self->kind;
}

gint64
dt_sidebar_item_get_id (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), 0);
  return self->id;
}

const char *
dt_sidebar_item_get_icon_name (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), NULL);
  return self->icon_name;
}

const char *
dt_sidebar_item_get_title (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), NULL);
  return self->title;
}

const char *
dt_sidebar_item_get_subtitle (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), NULL);
  return self->subtitle;
}

const char *
dt_sidebar_item_get_tooltip (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), NULL);
  return self->tooltip;
}

const char *
dt_sidebar_item_get_count (DtSidebarItem *self)
{
  g_return_val_if_fail (DT_IS_SIDEBAR_ITEM (self), NULL);
  return self->count;
}

void
dt_sidebar_item_set_count (DtSidebarItem *self,
                           const char    *count)
{
  g_return_if_fail (DT_IS_SIDEBAR_ITEM (self));

  if (g_set_str (&self->count, count))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}
