/* dt-report-view-private.h — the Report page's state, shared by its files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-report-chart-view.h"
#include "dt-report-view.h"

G_BEGIN_DECLS

struct _DtReportView
{
  AdwBin              parent_instance;

  DtStore            *store;
  GSettings          *settings;
  DtDate              as_of;          /* 0: today */
  DtReportPeriod      period;
  GArray             *notice_ids;     /* of gint64, parallel to notice_list after "All" */
  GArray             *unit_ids;       /* of gint64, parallel to unit_list after "All" */
  DtReport           *report;
  GListStore         *rows;           /* of DtReportRowItem */
  guint               update_idle;
  gboolean            updating;
  gboolean            stale;          /* changed while not shown: computed when shown */

  /* template children */
  GtkDropDown        *kind_dropdown;
  GtkStringList      *kind_list;
  GtkStack           *period_stack;
  GtkLabel           *period_label;
  GtkMenuButton      *from_button;
  GtkCalendar        *from_calendar;
  GtkMenuButton      *to_button;
  GtkCalendar        *to_calendar;
  GtkMenuButton      *as_of_button;
  GtkLabel           *as_of_label;
  GtkCalendar        *as_of_calendar;
  GtkDropDown        *notice_dropdown;
  GtkStringList      *notice_list;
  GtkDropDown        *unit_dropdown;
  GtkStringList      *unit_list;
  GtkStack           *content_stack;
  GtkLabel           *title_label;
  GtkFlowBox         *totals_box;
  GtkLabel           *ratios_label;
  DtReportChartView  *chart;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkWidget          *empty_import_button;
  GtkWidget          *wide_menu;
  GtkWidget          *narrow_menu;
};

/* dt-report-view.c */
/* The reporting date, today if none was chosen */
DtDate    _dt_report_view_effective_as_of     (DtReportView  *self);
void      _dt_report_view_notify_as_of        (DtReportView  *self);
DtReport *_dt_report_view_compute             (DtReportView  *self,
                                               GError       **error);
void      _dt_report_view_emit_show_directive (DtReportView  *self,
                                               gint64         id);

void      _dt_report_view_queue_update        (DtReportView  *self);

/* dt-report-view-period.c */
void      _dt_report_view_period_containing   (DtReportPeriodKind  kind,
                                               DtDate              date,
                                               DtReportPeriod     *period);
void      _dt_report_view_set_calendar        (GtkCalendar   *calendar,
                                               DtDate         date);
DtDate    _dt_report_view_calendar_date       (GtkCalendar   *calendar);
void      _dt_report_view_on_kind_selected    (DtReportView  *self);
void      _dt_report_view_on_range_day_selected (DtReportView *self);
void      _dt_report_view_previous_action     (GtkWidget     *widget,
                                               const char    *action_name,
                                               GVariant      *parameter);
void      _dt_report_view_next_action         (GtkWidget     *widget,
                                               const char    *action_name,
                                               GVariant      *parameter);

/* dt-report-view-filters.c: the reporting date, the notice and the unit */
void      _dt_report_view_sync_as_of          (DtReportView  *self);
void      _dt_report_view_reload_notices      (DtReportView  *self);
void      _dt_report_view_reload_units        (DtReportView  *self);
void      _dt_report_view_init_filters        (DtReportView  *self);
void      _dt_report_view_class_init_filters  (GtkWidgetClass *widget_class);

/* dt-report-view-table.c */
void      _dt_report_view_setup_columns       (DtReportView  *self);
/* A dialog listing the directives @ids; choosing one emits "show-directive" */
void      _dt_report_view_show_directives     (DtReportView  *self,
                                               const char    *title,
                                               const char    *subtitle,
                                               GArray        *ids);

/* dt-report-view-export.c: report.print, report.export */
void      _dt_report_view_print_action        (GtkWidget     *widget,
                                               const char    *action_name,
                                               GVariant      *parameter);
void      _dt_report_view_export_action       (GtkWidget     *widget,
                                               const char    *action_name,
                                               GVariant      *parameter);

G_END_DECLS
