/* dt-attachment.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-attachment.h"
#include "dt-model-private.h"

typedef struct
{
  gint64 id;
  gint64 directive_id;
} DtAttachmentPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DtAttachment, dt_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DIRECTIVE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_attachment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (DT_ATTACHMENT (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_DIRECTIVE_ID:
      g_value_set_int64 (value, priv->directive_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_attachment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (DT_ATTACHMENT (object));

  switch (prop_id)
    {
    case PROP_DIRECTIVE_ID:
      priv->directive_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_attachment_class_init (DtAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dt_attachment_get_property;
  object_class->set_property = dt_attachment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTIVE_ID] =
    g_param_spec_int64 ("directive-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_attachment_init (DtAttachment *self)
{
}

gint64
dt_attachment_get_id (DtAttachment *self)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (self);

  g_return_val_if_fail (DT_IS_ATTACHMENT (self), 0);
  return priv->id;
}

void
_dt_attachment_set_id (DtAttachment *self,
                       gint64        id)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (self);

  g_return_if_fail (DT_IS_ATTACHMENT (self));
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
dt_attachment_get_directive_id (DtAttachment *self)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (self);

  g_return_val_if_fail (DT_IS_ATTACHMENT (self), 0);
  return priv->directive_id;
}

void
_dt_attachment_set_directive_id (DtAttachment *self,
                                 gint64        directive_id)
{
  DtAttachmentPrivate *priv = dt_attachment_get_instance_private (self);

  g_return_if_fail (DT_IS_ATTACHMENT (self));
  if (priv->directive_id != directive_id)
    {
      priv->directive_id = directive_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTIVE_ID]);
    }
}
