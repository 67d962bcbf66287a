/* dt-directive.c — DtDirective, one task a notice assigns: its notice,
 * ordinal, section, text and units, and the GObject around it.  Its dates
 * and status are in dt-directive-dates.c.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-directive-private.h"
#include "dt-status.h"
#include "dt-model-private.h"

G_DEFINE_FINAL_TYPE (DtDirective, dt_directive, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

void
_dt_directive_notify (DtDirective *self,
                      guint        prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
_dt_directive_set_string (DtDirective  *self,
                          char        **field,
                          const char   *value,
                          guint         prop)
{
  if (g_set_str (field, value ? value : ""))
    _dt_directive_notify (self, prop);
}

/* Set a date that the status depends on, and notify the status too. */
void
_dt_directive_set_status_date (DtDirective *self,
                               DtDate      *field,
                               DtDate       value,
                               guint        prop)
{
  if (*field != value)
    {
      *field = value;
      _dt_directive_notify (self, prop);
      _dt_directive_notify (self, PROP_STATUS);
    }
}

static void
dt_directive_finalize (GObject *object)
{
  DtDirective *self = (DtDirective *) object;

  g_clear_pointer (&self->notice_label, g_free);
  g_clear_pointer (&self->ordinal, g_free);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->lead_unit_name, g_free);
  g_clear_pointer (&self->coordinating_ids, g_array_unref);
  g_clear_pointer (&self->coordinating_names, g_strfreev);
  g_clear_pointer (&self->deadline_phrase, g_free);
  g_clear_pointer (&self->addressee, g_free);

  G_OBJECT_CLASS (dt_directive_parent_class)->finalize (object);
}

static void
dt_directive_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DtDirective *self = DT_DIRECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NOTICE_ID:
      g_value_set_int64 (value, self->notice_id);
      break;
    case PROP_NOTICE_LABEL:
      g_value_set_string (value, self->notice_label);
      break;
    case PROP_ORDINAL:
      g_value_set_string (value, self->ordinal);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LEAD_UNIT_ID:
      g_value_set_int64 (value, self->lead_unit_id);
      break;
    case PROP_LEAD_UNIT_NAME:
      g_value_set_string (value, self->lead_unit_name);
      break;
    case PROP_ASSIGNED_DATE:
      g_value_set_uint (value, self->assigned_date);
      break;
    case PROP_DEADLINE:
      g_value_set_uint (value, self->deadline);
      break;
    case PROP_ORIGINAL_DEADLINE:
      g_value_set_uint (value, self->original_deadline);
      break;
    case PROP_DEADLINE_PHRASE:
      g_value_set_string (value, self->deadline_phrase);
      break;
    case PROP_ADDRESSEE:
      g_value_set_string (value, self->addressee);
      break;
    case PROP_DEADLINE_APPROXIMATE:
      g_value_set_boolean (value, self->deadline_approximate);
      break;
    case PROP_RECURRENCE:
      g_value_set_int (value, self->recurrence);
      break;
    case PROP_RECURRENCE_INTERVAL:
      g_value_set_uint (value, self->recurrence_interval);
      break;
    case PROP_RECURRENCE_ANCHORS:
      g_value_set_uint (value, self->recurrence_anchors);
      break;
    case PROP_COMPLETED_DATE:
      g_value_set_uint (value, self->completed_date);
      break;
    case PROP_CANCELLED:
      g_value_set_boolean (value, self->cancelled);
      break;
    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;
    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;
    case PROP_STATUS:
      g_value_set_int (value, dt_directive_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_directive_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DtDirective *self = DT_DIRECTIVE (object);

  switch (prop_id)
    {
    case PROP_NOTICE_ID:
      dt_directive_set_notice_id (self, g_value_get_int64 (value));
      break;
    case PROP_ORDINAL:
      dt_directive_set_ordinal (self, g_value_get_string (value));
      break;
    case PROP_SECTION:
      dt_directive_set_section (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      dt_directive_set_text (self, g_value_get_string (value));
      break;
    case PROP_LEAD_UNIT_ID:
      dt_directive_set_lead_unit_id (self, g_value_get_int64 (value));
      break;
    case PROP_ASSIGNED_DATE:
      dt_directive_set_assigned_date (self, g_value_get_uint (value));
      break;
    case PROP_ORIGINAL_DEADLINE:
      dt_directive_set_deadline (self, g_value_get_uint (value));
      break;
    case PROP_DEADLINE_PHRASE:
      dt_directive_set_deadline_phrase (self, g_value_get_string (value));
      break;
    case PROP_ADDRESSEE:
      dt_directive_set_addressee (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE_APPROXIMATE:
      dt_directive_set_deadline_approximate (self, g_value_get_boolean (value));
      break;
    case PROP_RECURRENCE:
      dt_directive_set_recurrence (self, g_value_get_int (value), self->recurrence_interval);
      break;
    case PROP_RECURRENCE_INTERVAL:
      dt_directive_set_recurrence (self, self->recurrence, g_value_get_uint (value));
      break;
    case PROP_RECURRENCE_ANCHORS:
      dt_directive_set_recurrence_anchors (self, g_value_get_uint (value));
      break;
    case PROP_COMPLETED_DATE:
      dt_directive_set_completed_date (self, g_value_get_uint (value));
      break;
    case PROP_CANCELLED:
      dt_directive_set_cancelled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_directive_class_init (DtDirectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dt_directive_finalize;
  object_class->get_property = dt_directive_get_property;
  object_class->set_property = dt_directive_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NOTICE_ID] = g_param_spec_int64 ("notice-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOTICE_LABEL] = g_param_spec_string ("notice-label", NULL, NULL, "", ro);
  properties[PROP_ORDINAL] = g_param_spec_string ("ordinal", NULL, NULL, "", rw);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, "", rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_LEAD_UNIT_ID] = g_param_spec_int64 ("lead-unit-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_LEAD_UNIT_NAME] = g_param_spec_string ("lead-unit-name", NULL, NULL, "", ro);
  properties[PROP_ADDRESSEE] = g_param_spec_string ("addressee", NULL, NULL, "", rw);
  properties[PROP_ASSIGNED_DATE] = g_param_spec_uint ("assigned-date", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_DEADLINE] = g_param_spec_uint ("deadline", NULL, NULL, 0, G_MAXUINT32, 0, ro);
  properties[PROP_ORIGINAL_DEADLINE] = g_param_spec_uint ("original-deadline", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_DEADLINE_PHRASE] = g_param_spec_string ("deadline-phrase", NULL, NULL, "", rw);
  properties[PROP_DEADLINE_APPROXIMATE] = g_param_spec_boolean ("deadline-approximate", NULL, NULL, FALSE, rw);
  properties[PROP_RECURRENCE] = g_param_spec_int ("recurrence", NULL, NULL, 0, DT_RECURRENCE_LAST, 0, rw);
  properties[PROP_RECURRENCE_INTERVAL] = g_param_spec_uint ("recurrence-interval", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_RECURRENCE_ANCHORS] = g_param_spec_uint ("recurrence-anchors", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_COMPLETED_DATE] = g_param_spec_uint ("completed-date", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_CANCELLED] = g_param_spec_boolean ("cancelled", NULL, NULL, FALSE, rw);
  properties[PROP_CREATED] = g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UPDATED] = g_param_spec_int64 ("updated", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, DT_N_STATUSES - 1, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_directive_init (DtDirective *self)
{
  self->notice_label = g_strdup ("");
  self->ordinal = g_strdup ("");
  self->section = g_strdup ("");
  self->text = g_strdup ("");
  self->lead_unit_name = g_strdup ("");
  self->deadline_phrase = g_strdup ("");
  self->addressee = g_strdup ("");
  self->coordinating_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->coordinating_names = g_new0 (char *, 1);
  self->status_rule = (DtStatusRule) DT_STATUS_RULE_INIT;
}

DtDirective *
dt_directive_new (void)
{
  return g_object_new (DT_TYPE_DIRECTIVE, NULL);
}

gint64
dt_directive_get_id (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->id;
}

void
_dt_directive_set_id (DtDirective *self,
                      gint64       id)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  if (self->id != id)
    {
      self->id = id;
      _dt_directive_notify (self, PROP_ID);
    }
}

gint64
dt_directive_get_notice_id (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->notice_id;
}

void
dt_directive_set_notice_id (DtDirective *self,
                            gint64       notice_id)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  if (self->notice_id != notice_id)
    {
      self->notice_id = notice_id;
      _dt_directive_notify (self, PROP_NOTICE_ID);
    }
}

const char *
dt_directive_get_notice_label (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->notice_label;
}

void
_dt_directive_set_notice_label (DtDirective *self,
                                const char  *label)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->notice_label, label, PROP_NOTICE_LABEL);
}

const char *
dt_directive_get_ordinal (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->ordinal;
}

void
dt_directive_set_ordinal (DtDirective *self,
                          const char  *ordinal)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->ordinal, ordinal, PROP_ORDINAL);
}

const char *
dt_directive_get_section (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->section;
}

void
dt_directive_set_section (DtDirective *self,
                          const char  *section)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->section, section, PROP_SECTION);
}

const char *
dt_directive_get_text (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->text;
}

void
dt_directive_set_text (DtDirective *self,
                       const char  *text)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->text, text, PROP_TEXT);
}

gint64
dt_directive_get_lead_unit_id (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), 0);
  return self->lead_unit_id;
}

void
dt_directive_set_lead_unit_id (DtDirective *self,
                               gint64       unit_id)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  if (self->lead_unit_id != unit_id)
    {
      self->lead_unit_id = unit_id;
      _dt_directive_notify (self, PROP_LEAD_UNIT_ID);
    }
}

const char *
dt_directive_get_lead_unit_name (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return self->lead_unit_name;
}

void
_dt_directive_set_lead_unit_name (DtDirective *self,
                                  const char  *name)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));
  _dt_directive_set_string (self, &self->lead_unit_name, name, PROP_LEAD_UNIT_NAME);
}

const gint64 *
dt_directive_get_coordinating_unit_ids (DtDirective *self,
                                        guint       *n)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  if (n)
    *n = self->coordinating_ids->len;
  return (const gint64 *) (gpointer) self->coordinating_ids->data;
}

const char * const *
dt_directive_get_coordinating_unit_names (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), NULL);
  return (const char * const *) self->coordinating_names;
}

void
_dt_directive_set_coordinating_units (DtDirective        *self,
                                      const gint64       *ids,
                                      const char * const *names,
                                      guint               n)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));

  g_array_set_size (self->coordinating_ids, 0);
  g_array_append_vals (self->coordinating_ids, ids, n);
  g_strfreev (self->coordinating_names);
  self->coordinating_names = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->coordinating_names[i] = g_strdup (names && names[i] ? names[i] : "");
}

/* Names are filled by the store; ids set here get "" until then.  The lead
 * unit and repeated ids are dropped. */
void
dt_directive_set_coordinating_unit_ids (DtDirective  *self,
                                        const gint64 *ids,
                                        guint         n)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_if_fail (DT_IS_DIRECTIVE (self));
  g_return_if_fail (ids != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    {
      gboolean seen = ids[i] == 0;  /* < 0: a unit not yet saved (dt_store_save_import) */
      const char *name = "";

      for (guint j = 0; j < kept->len && !seen; j++)
        seen = g_array_index (kept, gint64, j) == ids[i];
      if (seen)
        continue;
      for (guint j = 0; j < self->coordinating_ids->len; j++)
        if (g_array_index (self->coordinating_ids, gint64, j) == ids[i])
          name = self->coordinating_names[j];
      g_array_append_val (kept, ids[i]);
      g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  if (kept->len == self->coordinating_ids->len
      && (kept->len == 0
          || memcmp (kept->data, self->coordinating_ids->data, kept->len * sizeof (gint64)) == 0))
    return;

  {
    g_auto(GStrv) copy = g_strdupv ((char **) names->pdata);
    _dt_directive_set_coordinating_units (self, (const gint64 *) (gpointer) kept->data,
                                          (const char * const *) copy, kept->len);
  }
}


const char *
dt_directive_get_addressee (DtDirective *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE (self), "");

  return self->addressee;
}

void
dt_directive_set_addressee (DtDirective *self,
                            const char  *addressee)
{
  g_return_if_fail (DT_IS_DIRECTIVE (self));

  _dt_directive_set_string (self, &self->addressee, addressee, PROP_ADDRESSEE);
}

