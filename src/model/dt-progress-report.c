/* dt-progress-report.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-progress-report.h"
#include "dt-model-private.h"

struct _DtProgressReport
{
  DtAttachment  parent_instance;

  DtDate   date;
  char    *text;
  int      percent;
};

G_DEFINE_FINAL_TYPE (DtProgressReport, dt_progress_report, DT_TYPE_ATTACHMENT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TEXT,
  PROP_PERCENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_progress_report_finalize (GObject *object)
{
  DtProgressReport *self = (DtProgressReport *) object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (dt_progress_report_parent_class)->finalize (object);
}

static void
dt_progress_report_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DtProgressReport *self = DT_PROGRESS_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_PERCENT:
      g_value_set_int (value, self->percent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_progress_report_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DtProgressReport *self = DT_PROGRESS_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      dt_progress_report_set_date (self, g_value_get_uint (value));
      break;
    case PROP_TEXT:
      dt_progress_report_set_text (self, g_value_get_string (value));
      break;
    case PROP_PERCENT:
      dt_progress_report_set_percent (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_progress_report_class_init (DtProgressReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dt_progress_report_finalize;
  object_class->get_property = dt_progress_report_get_property;
  object_class->set_property = dt_progress_report_set_property;

  properties[PROP_DATE] = g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_PERCENT] = g_param_spec_int ("percent", NULL, NULL, -1, 100, -1, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_progress_report_init (DtProgressReport *self)
{
  self->text = g_strdup ("");
  self->percent = -1;
}

DtProgressReport *
dt_progress_report_new (gint64      directive_id,
                        DtDate      date,
                        const char *text,
                        int         percent)
{
  return g_object_new (DT_TYPE_PROGRESS_REPORT,
                       "directive-id", directive_id,
                       "date", (guint) date,
                       "text", text ? text : "",
                       "percent", CLAMP (percent, -1, 100),
                       NULL);
}

gint64
dt_progress_report_get_id (DtProgressReport *self)
{
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (self), 0);
  return dt_attachment_get_id (DT_ATTACHMENT (self));
}

gint64
dt_progress_report_get_directive_id (DtProgressReport *self)
{
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (self), 0);
  return dt_attachment_get_directive_id (DT_ATTACHMENT (self));
}

DtDate
dt_progress_report_get_date (DtProgressReport *self)
{
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (self), DT_DATE_NONE);
  return self->date;
}

void
dt_progress_report_set_date (DtProgressReport *self,
                             DtDate            date)
{
  g_return_if_fail (DT_IS_PROGRESS_REPORT (self));
  if (self->date != date)
    {
      self->date = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

const char *
dt_progress_report_get_text (DtProgressReport *self)
{
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (self), NULL);
  return self->text;
}

void
dt_progress_report_set_text (DtProgressReport *self,
                             const char       *text)
{
  g_return_if_fail (DT_IS_PROGRESS_REPORT (self));
  if (g_set_str (&self->text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

int
dt_progress_report_get_percent (DtProgressReport *self)
{
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (self), -1);
  return self->percent;
}

void
dt_progress_report_set_percent (DtProgressReport *self,
                                int               percent)
{
  g_return_if_fail (DT_IS_PROGRESS_REPORT (self));
  percent = CLAMP (percent, -1, 100);
  if (self->percent != percent)
    {
      self->percent = percent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENT]);
    }
}
