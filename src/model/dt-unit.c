/* dt-unit.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-text.h"
#include "dt-unit.h"
#include "dt-model-private.h"

struct _DtUnit
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  char     *short_name;
  gint64    merged_into;
  GStrv     aliases;
};

G_DEFINE_FINAL_TYPE (DtUnit, dt_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_MERGED_INTO,
  PROP_ALIASES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_unit_finalize (GObject *object)
{
  DtUnit *self = (DtUnit *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);

  G_OBJECT_CLASS (dt_unit_parent_class)->finalize (object);
}

static void
dt_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DtUnit *self = DT_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_MERGED_INTO:
      g_value_set_int64 (value, self->merged_into);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DtUnit *self = DT_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      dt_unit_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      dt_unit_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      dt_unit_set_aliases (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_unit_class_init (DtUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dt_unit_finalize;
  object_class->get_property = dt_unit_get_property;
  object_class->set_property = dt_unit_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, "", rw);
  properties[PROP_MERGED_INTO] = g_param_spec_int64 ("merged-into", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_unit_init (DtUnit *self)
{
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->aliases = g_new0 (char *, 1);
}

DtUnit *
dt_unit_new (const char *name)
{
  return g_object_new (DT_TYPE_UNIT, "name", name, NULL);
}

gint64
dt_unit_get_id (DtUnit *self)
{
  g_return_val_if_fail (DT_IS_UNIT (self), 0);
  return self->id;
}

void
_dt_unit_set_id (DtUnit *self,
                 gint64  id)
{
  g_return_if_fail (DT_IS_UNIT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
dt_unit_get_name (DtUnit *self)
{
  g_return_val_if_fail (DT_IS_UNIT (self), NULL);
  return self->name;
}

void
dt_unit_set_name (DtUnit     *self,
                  const char *name)
{
  g_return_if_fail (DT_IS_UNIT (self));
  if (g_set_str (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
dt_unit_get_short_name (DtUnit *self)
{
  g_return_val_if_fail (DT_IS_UNIT (self), NULL);
  return self->short_name;
}

void
dt_unit_set_short_name (DtUnit     *self,
                        const char *short_name)
{
  g_return_if_fail (DT_IS_UNIT (self));
  if (g_set_str (&self->short_name, short_name ? short_name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

gint64
dt_unit_get_merged_into (DtUnit *self)
{
  g_return_val_if_fail (DT_IS_UNIT (self), 0);
  return self->merged_into;
}

void
_dt_unit_set_merged_into (DtUnit *self,
                          gint64  unit_id)
{
  g_return_if_fail (DT_IS_UNIT (self));
  if (self->merged_into != unit_id)
    {
      self->merged_into = unit_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGED_INTO]);
    }
}

const char * const *
dt_unit_get_aliases (DtUnit *self)
{
  g_return_val_if_fail (DT_IS_UNIT (self), NULL);
  return (const char * const *) self->aliases;
}

void
dt_unit_set_aliases (DtUnit             *self,
                     const char * const *aliases)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (DT_IS_UNIT (self));

  if (aliases == NULL)
    aliases = none;
  if (g_strv_equal ((const char * const *) self->aliases, aliases))
    return;
  g_strfreev (self->aliases);
  self->aliases = g_strdupv ((char **) aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

/* Adds an alias unless the name or an alias already says the same thing
 * (ignoring case, dashes and tone placement). */
void
dt_unit_add_alias (DtUnit     *self,
                   const char *alias)
{
  g_autofree char *key = NULL;
  g_autofree char *name_key = NULL;
  guint n;

  g_return_if_fail (DT_IS_UNIT (self));
  g_return_if_fail (alias != NULL);

  key = dt_text_normalize_name (alias);
  if (*key == '\0')
    return;
  name_key = dt_text_normalize_name (self->name);
  if (g_str_equal (key, name_key))
    return;
  for (n = 0; self->aliases[n]; n++)
    {
      g_autofree char *k = dt_text_normalize_name (self->aliases[n]);
      if (g_str_equal (k, key))
        return;
    }

  self->aliases = g_renew (char *, self->aliases, n + 2);
  self->aliases[n] = g_strstrip (g_strdup (alias));
  self->aliases[n + 1] = NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}
