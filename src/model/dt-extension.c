/* dt-extension.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-extension.h"
#include "dt-model-private.h"

struct _DtExtension
{
  DtAttachment  parent_instance;

  DtDate   new_deadline;
  DtDate   granted_date;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (DtExtension, dt_extension, DT_TYPE_ATTACHMENT)

enum {
  PROP_0,
  PROP_NEW_DEADLINE,
  PROP_GRANTED_DATE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_extension_finalize (GObject *object)
{
  DtExtension *self = (DtExtension *) object;

  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (dt_extension_parent_class)->finalize (object);
}

static void
dt_extension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DtExtension *self = DT_EXTENSION (object);

  switch (prop_id)
    {
    case PROP_NEW_DEADLINE:
      g_value_set_uint (value, self->new_deadline);
      break;
    case PROP_GRANTED_DATE:
      g_value_set_uint (value, self->granted_date);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_extension_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DtExtension *self = DT_EXTENSION (object);

  switch (prop_id)
    {
    case PROP_NEW_DEADLINE:
      self->new_deadline = g_value_get_uint (value);
      break;
    case PROP_GRANTED_DATE:
      self->granted_date = g_value_get_uint (value);
      break;
    case PROP_REASON:
      g_set_str (&self->reason, g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_extension_class_init (DtExtensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dt_extension_finalize;
  object_class->get_property = dt_extension_get_property;
  object_class->set_property = dt_extension_set_property;

  properties[PROP_NEW_DEADLINE] = g_param_spec_uint ("new-deadline", NULL, NULL, 0, G_MAXUINT32, 0, co);
  properties[PROP_GRANTED_DATE] = g_param_spec_uint ("granted-date", NULL, NULL, 0, G_MAXUINT32, 0, co);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, "", co);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_extension_init (DtExtension *self)
{
  self->reason = g_strdup ("");
}

DtExtension *
dt_extension_new (gint64      directive_id,
                  DtDate      new_deadline,
                  DtDate      granted_date,
                  const char *reason)
{
  return g_object_new (DT_TYPE_EXTENSION,
                       "directive-id", directive_id,
                       "new-deadline", (guint) new_deadline,
                       "granted-date", (guint) granted_date,
                       "reason", reason ? reason : "",
                       NULL);
}

gint64
dt_extension_get_id (DtExtension *self)
{
  g_return_val_if_fail (DT_IS_EXTENSION (self), 0);
  return dt_attachment_get_id (DT_ATTACHMENT (self));
}

gint64
dt_extension_get_directive_id (DtExtension *self)
{
  g_return_val_if_fail (DT_IS_EXTENSION (self), 0);
  return dt_attachment_get_directive_id (DT_ATTACHMENT (self));
}

DtDate
dt_extension_get_new_deadline (DtExtension *self)
{
  g_return_val_if_fail (DT_IS_EXTENSION (self), DT_DATE_NONE);
  return self->new_deadline;
}

DtDate
dt_extension_get_granted_date (DtExtension *self)
{
  g_return_val_if_fail (DT_IS_EXTENSION (self), DT_DATE_NONE);
  return self->granted_date;
}

const char *
dt_extension_get_reason (DtExtension *self)
{
  g_return_val_if_fail (DT_IS_EXTENSION (self), NULL);
  return self->reason;
}
