/* dt-report-view-filters.c — what the Report page counts: the reporting
 * date ("as of"), the notice and the unit chosen at the top of the page
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report-view-private.h"

/* Reporting date ----------------------------------------------------------- */

void
_dt_report_view_sync_as_of (DtReportView *self)
{
  g_autofree char *date = dt_date_format (_dt_report_view_effective_as_of (self));
  g_autofree char *label = NULL;

  if (self->as_of == DT_DATE_NONE)
    /* Translators: the Report page's reporting date when it is today */
    label = g_strdup_printf (_("As of today, %s"), date);
  else
    /* Translators: the Report page's reporting date: "Tính đến ngày 05/03/2024" */
    label = g_strdup_printf (_("As of %s"), date);
  self->updating = TRUE;
  gtk_label_set_label (self->as_of_label, label);
  _dt_report_view_set_calendar (self->as_of_calendar, _dt_report_view_effective_as_of (self));
  self->updating = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.as-of-today", self->as_of != DT_DATE_NONE);
}

DtDate
dt_report_view_get_as_of (DtReportView *self)
{
  g_return_val_if_fail (DT_IS_REPORT_VIEW (self), DT_DATE_NONE);

  return self->as_of;
}

void
dt_report_view_set_as_of (DtReportView *self,
                          DtDate        as_of)
{
  g_return_if_fail (DT_IS_REPORT_VIEW (self));

  if (as_of == dt_date_today ())
    as_of = DT_DATE_NONE;
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  _dt_report_view_sync_as_of (self);
  _dt_report_view_queue_update (self);
  _dt_report_view_notify_as_of (self);
}

static void
on_as_of_day_selected (DtReportView *self)
{
  if (!self->updating)
    dt_report_view_set_as_of (self, _dt_report_view_calendar_date (self->as_of_calendar));
}

static void
as_of_today_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dt_report_view_set_as_of (DT_REPORT_VIEW (widget), DT_DATE_NONE);
}

/* Notices ------------------------------------------------------------------ */

void
_dt_report_view_reload_notices (DtReportView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notices = dt_store_list_notice_names (self->store, &error);
  guint selected = gtk_drop_down_get_selected (self->notice_dropdown);
  gint64 selected_id = selected > 0 && selected - 1 < self->notice_ids->len
                       ? g_array_index (self->notice_ids, gint64, selected - 1) : 0;
  guint n;
  guint keep = 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* the choices stay as they were; the window says why */
  if (notices == NULL)
    {
      dt_store_report_read_error (self->store, error);
      return;
    }
  n = g_list_model_get_n_items (notices);

  self->updating = TRUE;
  g_array_set_size (self->notice_ids, 0);
  g_ptr_array_add (names, g_strdup (_("All Notices")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);
      gint64 id = dt_notice_get_id (notice);

      g_array_append_val (self->notice_ids, id);
      g_ptr_array_add (names, dt_notice_dup_display_name (notice));
      if (id == selected_id)
        keep = i + 1;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->notice_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->notice_list)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->notice_dropdown, keep);
  self->updating = FALSE;
}

void
_dt_report_view_reload_units (DtReportView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = dt_store_list_units (self->store, &error);
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);
  gint64 selected_id = selected > 0 && selected - 1 < self->unit_ids->len
                       ? g_array_index (self->unit_ids, gint64, selected - 1) : 0;
  guint n;
  guint keep = 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* the choices stay as they were; the window says why */
  if (units == NULL)
    {
      dt_store_report_read_error (self->store, error);
      return;
    }
  n = g_list_model_get_n_items (units);

  self->updating = TRUE;
  g_array_set_size (self->unit_ids, 0);
  g_ptr_array_add (names, g_strdup (_("All Units")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);
      gint64 id = dt_unit_get_id (unit);

      g_array_append_val (self->unit_ids, id);
      g_ptr_array_add (names, g_strdup (dt_unit_get_name (unit)));
      if (id == selected_id)
        keep = i + 1;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->unit_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->unit_list)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->unit_dropdown, keep);
  self->updating = FALSE;
}

static void
on_notice_selected (DtReportView *self)
{
  if (!self->updating)
    _dt_report_view_queue_update (self);
}

void
_dt_report_view_init_filters (DtReportView *self)
{
  g_signal_connect_object (self->notice_dropdown, "notify::selected", G_CALLBACK (on_notice_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_dropdown, "notify::selected", G_CALLBACK (on_notice_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->as_of_calendar, "day-selected", G_CALLBACK (on_as_of_day_selected),
                           self, G_CONNECT_SWAPPED);
}

void
_dt_report_view_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "report.as-of-today", NULL, as_of_today_action);
}
