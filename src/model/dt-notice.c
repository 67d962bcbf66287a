/* dt-notice.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-notice.h"
#include "dt-model-private.h"

struct _DtNotice
{
  GObject       parent_instance;

  gint64        id;
  DtNoticeKind  kind;
  char         *number;
  DtDate        issue_date;
  DtDate        meeting_date;
  char         *issuing_body;
  char         *signer;
  char         *title;
  char         *source_text;
};

G_DEFINE_FINAL_TYPE (DtNotice, dt_notice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NUMBER,
  PROP_ISSUE_DATE,
  PROP_MEETING_DATE,
  PROP_ISSUING_BODY,
  PROP_SIGNER,
  PROP_TITLE,
  PROP_SOURCE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_notice_finalize (GObject *object)
{
  DtNotice *self = (DtNotice *) object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->issuing_body, g_free);
  g_clear_pointer (&self->signer, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source_text, g_free);

  G_OBJECT_CLASS (dt_notice_parent_class)->finalize (object);
}

static void
dt_notice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DtNotice *self = DT_NOTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_ISSUE_DATE:
      g_value_set_uint (value, self->issue_date);
      break;
    case PROP_MEETING_DATE:
      g_value_set_uint (value, self->meeting_date);
      break;
    case PROP_ISSUING_BODY:
      g_value_set_string (value, self->issuing_body);
      break;
    case PROP_SIGNER:
      g_value_set_string (value, self->signer);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE_TEXT:
      g_value_set_string (value, self->source_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_notice_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DtNotice *self = DT_NOTICE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      dt_notice_set_kind (self, g_value_get_int (value));
      break;
    case PROP_NUMBER:
      dt_notice_set_number (self, g_value_get_string (value));
      break;
    case PROP_ISSUE_DATE:
      dt_notice_set_issue_date (self, g_value_get_uint (value));
      break;
    case PROP_MEETING_DATE:
      dt_notice_set_meeting_date (self, g_value_get_uint (value));
      break;
    case PROP_ISSUING_BODY:
      dt_notice_set_issuing_body (self, g_value_get_string (value));
      break;
    case PROP_SIGNER:
      dt_notice_set_signer (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      dt_notice_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE_TEXT:
      dt_notice_set_source_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_notice_class_init (DtNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dt_notice_finalize;
  object_class->get_property = dt_notice_get_property;
  object_class->set_property = dt_notice_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, DT_NOTICE_KIND_OTHER, DT_NOTICE_KIND_CONCLUSION, rw);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", rw);
  properties[PROP_ISSUE_DATE] = g_param_spec_uint ("issue-date", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_MEETING_DATE] = g_param_spec_uint ("meeting-date", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_ISSUING_BODY] = g_param_spec_string ("issuing-body", NULL, NULL, "", rw);
  properties[PROP_SIGNER] = g_param_spec_string ("signer", NULL, NULL, "", rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_SOURCE_TEXT] = g_param_spec_string ("source-text", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_notice_init (DtNotice *self)
{
  self->number = g_strdup ("");
  self->issuing_body = g_strdup ("");
  self->signer = g_strdup ("");
  self->title = g_strdup ("");
  self->source_text = g_strdup ("");
}

DtNotice *
dt_notice_new (void)
{
  return g_object_new (DT_TYPE_NOTICE, NULL);
}

gint64
dt_notice_get_id (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), 0);
  return self->id;
}

void
_dt_notice_set_id (DtNotice *self,
                   gint64    id)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

DtNoticeKind
dt_notice_get_kind (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), DT_NOTICE_KIND_OTHER);
  return self->kind;
}

void
dt_notice_set_kind (DtNotice     *self,
                    DtNoticeKind  kind)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

static void
set_string (DtNotice    *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (value == NULL)
    value = "";
  if (g_set_str (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_date (DtNotice *self,
          DtDate   *field,
          DtDate    value,
          guint     prop)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
    }
}

const char *
dt_notice_get_number (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);
  return self->number;
}

void
dt_notice_set_number (DtNotice   *self,
                      const char *number)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_string (self, &self->number, number, PROP_NUMBER);
}

DtDate
dt_notice_get_issue_date (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), DT_DATE_NONE);
  return self->issue_date;
}

void
dt_notice_set_issue_date (DtNotice *self,
                          DtDate    date)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_date (self, &self->issue_date, date, PROP_ISSUE_DATE);
}

DtDate
dt_notice_get_meeting_date (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), DT_DATE_NONE);
  return self->meeting_date;
}

void
dt_notice_set_meeting_date (DtNotice *self,
                            DtDate    date)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_date (self, &self->meeting_date, date, PROP_MEETING_DATE);
}

const char *
dt_notice_get_issuing_body (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);
  return self->issuing_body;
}

void
dt_notice_set_issuing_body (DtNotice   *self,
                            const char *body)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_string (self, &self->issuing_body, body, PROP_ISSUING_BODY);
}

const char *
dt_notice_get_signer (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);
  return self->signer;
}

void
dt_notice_set_signer (DtNotice   *self,
                      const char *signer)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_string (self, &self->signer, signer, PROP_SIGNER);
}

const char *
dt_notice_get_title (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);
  return self->title;
}

void
dt_notice_set_title (DtNotice   *self,
                     const char *title)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
dt_notice_get_source_text (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);
  return self->source_text;
}

void
dt_notice_set_source_text (DtNotice   *self,
                           const char *text)
{
  g_return_if_fail (DT_IS_NOTICE (self));
  set_string (self, &self->source_text, text, PROP_SOURCE_TEXT);
}

gboolean
dt_notice_number_is_blank (const char *number)
{
  if (number == NULL)
    return TRUE;

  for (const char *p = number; *p != '\0' && *p != '/'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

gboolean
dt_notice_has_number (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), FALSE);

  return !dt_notice_number_is_blank (self->number);
}

/* The date a notice goes by: the day it was issued, else the meeting's. */
DtDate
dt_notice_get_date (DtNotice *self)
{
  g_return_val_if_fail (DT_IS_NOTICE (self), DT_DATE_NONE);

  return self->issue_date ? self->issue_date : self->meeting_date;
}

char *
_dt_notice_format_label (const char   *number,
                         DtNoticeKind  kind,
                         DtDate        date)
{
  g_autofree char *formatted = NULL;

  if (!dt_notice_number_is_blank (number))
    return g_strdup (number);
  if (date == DT_DATE_NONE)
    return g_strdup (dt_notice_kind_to_string (kind));

  formatted = dt_date_format (date);
  /* Translators: a notice without a number in the list's Notice column:
   * "ngày 25/01/2024" */
  return g_strdup_printf (C_("notice without number", "dated %s"), formatted);
}

char *
_dt_notice_format_reference (const char   *number,
                             DtNoticeKind  kind,
                             DtDate        date)
{
  g_autofree char *formatted = NULL;

  if (!dt_notice_number_is_blank (number))
    return g_strdup (number);
  if (date == DT_DATE_NONE)
    return g_strdup (dt_notice_kind_to_string (kind));
  formatted = dt_date_format (date);
  /* Translators: a notice not numbered yet, by its kind and date:
   * "Thông báo kết luận ngày 25/01/2024" */
  return g_strdup_printf (C_("notice without number", "%s dated %s"),
                          dt_notice_kind_to_string (kind), formatted);
}

char *
dt_notice_dup_display_name (DtNotice *self)
{
  DtDate date;
  g_autofree char *formatted = NULL;

  g_return_val_if_fail (DT_IS_NOTICE (self), NULL);

  date = dt_notice_get_date (self);
  if (!dt_notice_has_number (self))
    return _dt_notice_format_reference (self->number, self->kind, date);
  if (date == DT_DATE_NONE)
    return g_strdup (self->number);
  formatted = dt_date_format (date);
  /* Translators: a notice's number and date, "37/TB-UBND dated 31/01/2024" */
  return g_strdup_printf (C_("notice", "%s dated %s"), self->number, formatted);
}

const char *
dt_notice_kind_to_string (DtNoticeKind kind)
{
  switch (kind)
    {
    case DT_NOTICE_KIND_CONCLUSION:
      return _("Notice of conclusions");
    case DT_NOTICE_KIND_DIRECTIVE:
      /* Translators: the kind of document (Chỉ thị), not one task */
      return C_("notice kind", "Directive");
    case DT_NOTICE_KIND_PLAN:
      return _("Plan");
    case DT_NOTICE_KIND_OFFICIAL_LETTER:
      return _("Official letter");
    case DT_NOTICE_KIND_DECISION:
      return _("Decision");
    case DT_NOTICE_KIND_OTHER:
    default:
      return _("Other document");
    }
}
