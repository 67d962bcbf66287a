/* dt-report-row-item.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-report-row-item.h"

struct _DtReportRowItem
{
  GObject  parent_instance;

  gint64   unit_id;
  char    *unit_name;
  guint    counts[DT_REPORT_N_CATEGORIES];
  GArray  *ids[DT_REPORT_N_CATEGORIES];
};

G_DEFINE_FINAL_TYPE (DtReportRowItem, dt_report_row_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT_NAME,
  PROP_TOTAL,
  PROP_ON_TIME,
  PROP_LATE,
  PROP_PENDING,
  PROP_OVERDUE,
  PROP_NO_DEADLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_report_row_item_finalize (GObject *object)
{
  DtReportRowItem *self = DT_REPORT_ROW_ITEM (object);

  g_free (self->unit_name);
  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    g_clear_pointer (&self->ids[i], g_array_unref);
  G_OBJECT_CLASS (dt_report_row_item_parent_class)->finalize (object);
}

static void
dt_report_row_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DtReportRowItem *self = DT_REPORT_ROW_ITEM (object);

  switch (prop_id)
    {
    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, dt_report_row_item_get_total (self));
      break;
    case PROP_ON_TIME:
    case PROP_LATE:
    case PROP_PENDING:
    case PROP_OVERDUE:
    case PROP_NO_DEADLINE:
      g_value_set_uint (value, self->counts[prop_id - PROP_ON_TIME]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_report_row_item_class_init (DtReportRowItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[] = { "on-time", "late", "pending", "overdue", "no-deadline" };

  object_class->finalize = dt_report_row_item_finalize;
  object_class->get_property = dt_report_row_item_get_property;

  properties[PROP_UNIT_NAME] =
    g_param_spec_string ("unit-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* in the order of DtReportCategory */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_ON_TIME + i] =
      g_param_spec_uint (names[i], NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_report_row_item_init (DtReportRowItem *self)
{
}

DtReportRowItem *
dt_report_row_item_new (const DtReportRow *row)
{
  DtReportRowItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (DT_TYPE_REPORT_ROW_ITEM, NULL);
  self->unit_id = row->unit_id;
  self->unit_name = g_strdup (row->unit_name);
  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    {
      self->counts[i] = row->counts[i];
      if (row->ids[i] != NULL)
        self->ids[i] = g_array_ref (row->ids[i]);
    }
  return self;
}

gint64
dt_report_row_item_get_unit_id (DtReportRowItem *self)
{
  g_return_val_if_fail (DT_IS_REPORT_ROW_ITEM (self), 0);

  return self->unit_id;
}

const char *
dt_report_row_item_get_unit_name (DtReportRowItem *self)
{
  g_return_val_if_fail (DT_IS_REPORT_ROW_ITEM (self), NULL);

  return self->unit_name;
}

guint
dt_report_row_item_get_count (DtReportRowItem  *self,
                              DtReportCategory  category)
{
  g_return_val_if_fail (DT_IS_REPORT_ROW_ITEM (self), 0);
  g_return_val_if_fail (category < DT_REPORT_N_CATEGORIES, 0);

  return self->counts[category];
}

guint
dt_report_row_item_get_total (DtReportRowItem *self)
{
  g_return_val_if_fail (DT_IS_REPORT_ROW_ITEM (self), 0);

  return self->counts[DT_REPORT_ON_TIME] + self->counts[DT_REPORT_LATE]
         + self->counts[DT_REPORT_PENDING] + self->counts[DT_REPORT_OVERDUE];
}

GArray *
dt_report_row_item_get_ids (DtReportRowItem  *self,
                            DtReportCategory  category)
{
  g_return_val_if_fail (DT_IS_REPORT_ROW_ITEM (self), NULL);
  g_return_val_if_fail (category < DT_REPORT_N_CATEGORIES, NULL);

  return self->ids[category];
}
