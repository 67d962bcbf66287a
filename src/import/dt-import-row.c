/* dt-import-row.c — one extracted directive as a row of the review dialog
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-import-row.h"

struct _DtImportRow
{
  GObject               parent_instance;

  DtExtractedDirective *directive;   /* owned by the extraction */
  DtUnitCatalog        *catalog;
  gboolean              accepted;
  char                 *user_text;   /* the store's, corrected by the user; or NULL */
};

G_DEFINE_FINAL_TYPE (DtImportRow, dt_import_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCEPTED,
  PROP_LEAD_UNIT,
  PROP_LEAD_UNIT_KNOWN,
  PROP_DEADLINE_TEXT,
  PROP_DOUBTS,
  PROP_USER_TEXT,
  PROP_KEEP_USER_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_import_row_finalize (GObject *object)
{
  DtImportRow *self = DT_IMPORT_ROW (object);

  g_clear_object (&self->catalog);
  g_free (self->user_text);

  G_OBJECT_CLASS (dt_import_row_parent_class)->finalize (object);
}

static void
dt_import_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DtImportRow *self = DT_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;
    case PROP_LEAD_UNIT:
      g_value_set_string (value, dt_import_row_get_lead_unit (self));
      break;
    case PROP_LEAD_UNIT_KNOWN:
      g_value_set_boolean (value, dt_import_row_get_lead_unit_known (self));
      break;
    case PROP_DEADLINE_TEXT:
      g_value_take_string (value, dt_import_row_dup_deadline_text (self));
      break;
    case PROP_DOUBTS:
      g_value_set_uint (value, dt_import_row_get_doubts (self));
      break;
    case PROP_USER_TEXT:
      g_value_set_string (value, self->user_text);
      break;
    case PROP_KEEP_USER_TEXT:
      g_value_set_boolean (value, dt_import_row_get_keep_user_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_import_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DtImportRow *self = DT_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      dt_import_row_set_accepted (self, g_value_get_boolean (value));
      break;
    case PROP_LEAD_UNIT:
      dt_import_row_set_lead_unit (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE_TEXT:
      dt_import_row_set_deadline_text (self, g_value_get_string (value));
      break;
    case PROP_USER_TEXT:
      dt_import_row_set_user_text (self, g_value_get_string (value));
      break;
    case PROP_KEEP_USER_TEXT:
      dt_import_row_set_keep_user_text (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_import_row_class_init (DtImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dt_import_row_finalize;
  object_class->get_property = dt_import_row_get_property;
  object_class->set_property = dt_import_row_set_property;

  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEAD_UNIT] =
    g_param_spec_string ("lead-unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEAD_UNIT_KNOWN] =
    g_param_spec_boolean ("lead-unit-known", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEADLINE_TEXT] =
    g_param_spec_string ("deadline-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOUBTS] =
    g_param_spec_uint ("doubts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER_TEXT] =
    g_param_spec_string ("user-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEEP_USER_TEXT] =
    g_param_spec_boolean ("keep-user-text", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_import_row_init (DtImportRow *self)
{
  self->accepted = TRUE;
}

DtImportRow *
dt_import_row_new (DtExtractedDirective *directive,
                   DtUnitCatalog        *catalog)
{
  DtImportRow *self;

  g_return_val_if_fail (directive != NULL, NULL);

  self = g_object_new (DT_TYPE_IMPORT_ROW, NULL);
  self->directive = directive;
  g_set_object (&self->catalog, catalog);
  return self;
}

DtExtractedDirective *
dt_import_row_get_directive (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  return self->directive;
}

gboolean
dt_import_row_get_accepted (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), FALSE);

  return self->accepted;
}

void
dt_import_row_set_accepted (DtImportRow *self,
                            gboolean     accepted)
{
  g_return_if_fail (DT_IS_IMPORT_ROW (self));

  accepted = !!accepted;
  if (self->accepted == accepted)
    return;
  self->accepted = accepted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}

const char *
dt_import_row_get_lead_unit (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  return self->directive->lead_unit;
}

gboolean
dt_import_row_get_lead_unit_known (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), FALSE);

  return self->directive->lead_unit_known;
}

void
dt_import_row_set_lead_unit (DtImportRow *self,
                             const char  *name)
{
  DtExtractedDirective *x;
  g_autofree char *stripped = NULL;
  const char *canonical = NULL;
  gboolean known;

  g_return_if_fail (DT_IS_IMPORT_ROW (self));

  x = self->directive;
  stripped = g_strstrip (g_strdup (name ? name : ""));
  if (*stripped != '\0' && self->catalog != NULL)
    canonical = dt_unit_catalog_lookup (self->catalog, stripped);
  if (canonical == NULL)
    canonical = stripped;
  known = *canonical != '\0' && self->catalog != NULL
          && dt_unit_catalog_lookup (self->catalog, canonical) != NULL;

  if (g_strcmp0 (x->lead_unit, canonical) == 0 && x->lead_unit_known == known)
    return;

  g_free (x->lead_unit);
  x->lead_unit = g_strdup (canonical);
  x->lead_unit_known = known;
  /* the user named the unit: nothing left to doubt about it */
  x->collective = FALSE;
  x->doubts &= ~(DT_EXTRACTION_DOUBT_COLLECTIVE | DT_EXTRACTION_DOUBT_GUESSED_SPLIT);
  if (known || *canonical == '\0')
    x->doubts &= ~DT_EXTRACTION_DOUBT_UNKNOWN_UNIT;
  else
    x->doubts |= DT_EXTRACTION_DOUBT_UNKNOWN_UNIT;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_UNIT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_UNIT_KNOWN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOUBTS]);
}

char *
dt_import_row_dup_deadline_text (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  return dt_date_format (self->directive->deadline);
}

gboolean
dt_import_row_set_deadline_text (DtImportRow *self,
                                 const char  *text)
{
  DtExtractedDirective *x;
  DtDate date = DT_DATE_NONE;

  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), FALSE);

  x = self->directive;
  if (!dt_date_parse_typed (text, &date))
    return FALSE;

  if (date == x->deadline)
    return TRUE;

  x->deadline = date;
  /* a date the user typed is meant exactly */
  x->approximate = FALSE;
  x->inherited = FALSE;
  if (date != DT_DATE_NONE)
    x->doubts &= ~(DT_EXTRACTION_DOUBT_NO_DEADLINE | DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOUBTS]);
  return TRUE;
}

guint
dt_import_row_get_doubts (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), 0);

  return self->directive->doubts;
}

char *
dt_import_row_dup_doubt_text (DtImportRow *self)
{
  g_autoptr(GString) text = NULL;
  DtExtractedDirective *x;

  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  x = self->directive;
  if (x->doubts == DT_EXTRACTION_DOUBT_NONE)
    return NULL;

  text = g_string_new (NULL);
#define ADD_LINE(s) G_STMT_START { if (text->len) g_string_append_c (text, '\n'); g_string_append (text, (s)); } G_STMT_END
  if (x->doubts & DT_EXTRACTION_DOUBT_UNKNOWN_UNIT)
    {
      g_autofree char *line = g_strdup_printf (_("“%s” is not a known unit: it will be added as a new one"),
                                               x->lead_unit ? x->lead_unit : "");
      ADD_LINE (line);
    }
  if (x->doubts & DT_EXTRACTION_DOUBT_COLLECTIVE)
    ADD_LINE (_("A collective subject: no single unit is in charge"));
  if (x->doubts & DT_EXTRACTION_DOUBT_GUESSED_SPLIT)
    ADD_LINE (_("Where the task ends and the unit begins was guessed"));
  if (x->doubts & DT_EXTRACTION_DOUBT_NO_DEADLINE)
    ADD_LINE (_("The text seems to give a deadline, but none was understood"));
  if (x->doubts & DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE)
    ADD_LINE (_("The deadline names a date that does not exist"));
#undef ADD_LINE

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
dt_import_row_get_user_text (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  return self->user_text;
}

void
dt_import_row_set_user_text (DtImportRow *self,
                             const char  *text)
{
  g_return_if_fail (DT_IS_IMPORT_ROW (self));

  if (g_strcmp0 (self->user_text, text) == 0)
    return;
  g_free (self->user_text);
  self->user_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_TEXT]);
}

gboolean
dt_import_row_get_keep_user_text (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), TRUE);

  return !self->directive->replace_user_text;
}

void
dt_import_row_set_keep_user_text (DtImportRow *self,
                                  gboolean     keep)
{
  g_return_if_fail (DT_IS_IMPORT_ROW (self));

  keep = !!keep;
  if (dt_import_row_get_keep_user_text (self) == keep)
    return;
  self->directive->replace_user_text = !keep;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEEP_USER_TEXT]);
}

const char *
dt_import_row_get_text_to_save (DtImportRow *self)
{
  g_return_val_if_fail (DT_IS_IMPORT_ROW (self), NULL);

  if (self->user_text != NULL && dt_import_row_get_keep_user_text (self))
    return self->user_text;
  return self->directive->text;
}
