/* dt-report-view.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report for the meeting on screen: the period, the reporting date and
 * the notice chosen at the top; the totals, the narrative, the chart (the
 * core's drawing code, as printed) and the table by unit below.  Every
 * number opens the directives behind it.  The figures are the core's
 * (dt_report_compute): the page, the paper and the spreadsheets agree.
 * The period's choice is in dt-report-view-period.c, the reporting date,
 * notice and unit in dt-report-view-filters.c, the table by unit and the
 * directives behind a number in dt-report-view-table.c, printing and
 * export in dt-report-view-export.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report-chart-view.h"
#include "dt-report-export.h"
#include "dt-report-print-operation.h"
#include "dt-report-row-item.h"
#include "dt-report-view.h"
#include "dt-gui-util.h"
#include "dt-report-view-private.h"
#include "dt-window.h"


G_DEFINE_FINAL_TYPE (DtReportView, dt_report_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_DIRECTIVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_dt_report_view_notify_as_of (DtReportView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
_dt_report_view_emit_show_directive (DtReportView *self,
                                     gint64        id)
{
  g_signal_emit (self, signals[SHOW_DIRECTIVE], 0, id);
}

DtDate
_dt_report_view_effective_as_of (DtReportView *self)
{
  return self->as_of != DT_DATE_NONE ? self->as_of : dt_date_today ();
}

/* Figures ------------------------------------------------------------------ */

DtReport *
_dt_report_view_compute (DtReportView  *self,
         GError       **error)
{
  DtReportOptions options;
  guint selected = gtk_drop_down_get_selected (self->notice_dropdown);

  dt_report_options_init (&options);
  options.period = self->period;
  options.as_of = _dt_report_view_effective_as_of (self);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->notice_ids->len)
    options.notice_id = g_array_index (self->notice_ids, gint64, selected - 1);
  selected = gtk_drop_down_get_selected (self->unit_dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->unit_ids->len)
    {
      options.unit_ids = &g_array_index (self->unit_ids, gint64, selected - 1);
      options.n_unit_ids = 1;
    }
  if (self->settings != NULL)
    options.against_original = g_settings_get_boolean (self->settings, "lateness-against-original");
  return dt_report_compute (self->store, &options, error);
}


static void
on_card_clicked (DtReportView *self,
                 GtkButton    *button)
{
  int category = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "dt-category"));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->report == NULL || category < 0)
    return;
  for (guint i = 0; i < self->report->rows->len; i++)
    {
      DtReportRow *row = g_ptr_array_index (self->report->rows, i);

      g_array_append_vals (ids, row->ids[category]->data, row->ids[category]->len);
    }
  _dt_report_view_show_directives (self, _("All Units"), dt_report_category_to_string (category), ids);
}

static GtkWidget *
make_card (DtReportView *self,
           guint         count,
           const char   *caption,
           const char   *css_class,
           int           category)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *button = gtk_button_new ();

  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "report-card");
  gtk_widget_add_css_class (button, css_class);
  /* the total is not a list of its own; the others open theirs */
  if (category < 0)
    gtk_widget_set_can_target (button, FALSE);
  else
    gtk_widget_set_sensitive (button, count > 0);
  g_object_set_data (G_OBJECT (button), "dt-category", GINT_TO_POINTER (category));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_card_clicked), self, G_CONNECT_SWAPPED);
  return button;
}

static void
update_cards (DtReportView *self)
{
  const guint *c = self->report->totals.counts;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->totals_box))) != NULL)
    gtk_flow_box_remove (self->totals_box, child);

  gtk_flow_box_append (self->totals_box,
                       make_card (self, dt_report_row_get_total (&self->report->totals),
                                  _("Total with a deadline"), "report-total", -1));
  for (guint i = 0; i < DT_REPORT_N_DUE; i++)
    gtk_flow_box_append (self->totals_box,
                         make_card (self, c[i], dt_report_category_to_string (i),
                                    i == DT_REPORT_ON_TIME ? "report-on-time"
                                    : i == DT_REPORT_LATE ? "report-late"
                                    : i == DT_REPORT_PENDING ? "report-pending" : "report-overdue",
                                    (int) i));
  gtk_flow_box_append (self->totals_box,
                       make_card (self, c[DT_REPORT_NO_DEADLINE],
                                  dt_report_category_to_string (DT_REPORT_NO_DEADLINE),
                                  "report-no-deadline", DT_REPORT_NO_DEADLINE));
}

static void
update_report (DtReportView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = dt_report_period_dup_title (&self->period);
  DtReport *report = _dt_report_view_compute (self, &error);

  if (report == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Make the Report"), error);
      return;
    }
  dt_report_chart_view_set_report (self->chart, report);
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->report, dt_report_free);
  self->report = report;

  /* nothing to print or export from an empty report */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", !dt_report_is_empty (report));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", !dt_report_is_empty (report));
  /* and no menu that opens on greyed-out items */
  gtk_widget_set_sensitive (self->wide_menu, !dt_report_is_empty (report));
  gtk_widget_set_sensitive (self->narrow_menu, !dt_report_is_empty (report));
  gtk_widget_set_visible (self->empty_import_button, report->n_stored == 0);
  if (dt_report_is_empty (report))
    {
      g_autofree char *as_of = dt_date_format (report->as_of);
      g_autofree char *description = NULL;

      if (report->n_stored == 0)
        description = g_strdup (_("Import a notice to report on its directives."));
      else
        /* Translators: "Không có nhiệm vụ nào trong tháng 02/2024 (tính đến ngày 05/03/2024)." */
        description = g_strdup_printf (_("No directive falls in %s (as of %s)."), period, as_of);
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    {
      g_autofree char *title = NULL;
      g_autofree char *narrative = dt_report_dup_narrative (report);
      g_autofree char *as_of = dt_date_format (report->as_of);

      /* Translators: the Report page's title: "Báo cáo tháng 02/2024, tính đến ngày 05/03/2024" */
      title = g_strdup_printf (_("Report for %s, as of %s"), period, as_of);
      gtk_label_set_label (self->title_label, title);
      gtk_label_set_label (self->ratios_label, narrative);
      update_cards (self);
      for (guint i = 0; i < report->rows->len; i++)
        {
          g_autoptr(DtReportRowItem) item = dt_report_row_item_new (g_ptr_array_index (report->rows, i));

          g_list_store_append (self->rows, item);
        }
      gtk_stack_set_visible_child_name (self->content_stack, "report");
    }
}

static gboolean
update_idle (gpointer user_data)
{
  DtReportView *self = user_data;

  self->update_idle = 0;
  update_report (self);
  return G_SOURCE_REMOVE;
}

void
_dt_report_view_queue_update (DtReportView *self)
{
  /* Reading every directive of a large store costs: while another page is
   * shown (at start-up, after each edit in the list), the report waits. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_idle, self);
}

static void
dt_report_view_map (GtkWidget *widget)
{
  DtReportView *self = DT_REPORT_VIEW (widget);

  GTK_WIDGET_CLASS (dt_report_view_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      _dt_report_view_queue_update (self);
    }
}

/* The store ---------------------------------------------------------------- */

static void
on_store_changed (DtReportView *self,
                  guint         changes,
                  GHashTable   *directive_ids,
                  DtStore      *store)
{
  if (changes & DT_STORE_CHANGED_NOTICES)
    _dt_report_view_reload_notices (self);
  if (changes & DT_STORE_CHANGED_UNITS)
    _dt_report_view_reload_units (self);
  _dt_report_view_queue_update (self);
}

/* GObject ------------------------------------------------------------------ */

static void
dt_report_view_constructed (GObject *object)
{
  DtReportView *self = DT_REPORT_VIEW (object);
  DtReportPeriod period;

  G_OBJECT_CLASS (dt_report_view_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::lateness-against-original",
                             G_CALLBACK (_dt_report_view_queue_update), self, G_CONNECT_SWAPPED);
  _dt_report_view_reload_notices (self);
  _dt_report_view_reload_units (self);
  _dt_report_view_period_containing (DT_REPORT_PERIOD_MONTH, dt_date_today (), &period);
  _dt_report_view_sync_as_of (self);
  dt_report_view_set_period (self, &period);
}

static void
dt_report_view_dispose (GObject *object)
{
  DtReportView *self = DT_REPORT_VIEW (object);

  g_clear_handle_id (&self->update_idle, g_source_remove);
  if (self->chart != NULL)
    dt_report_chart_view_set_report (self->chart, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_REPORT_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->rows);
  G_OBJECT_CLASS (dt_report_view_parent_class)->dispose (object);
}

static void
dt_report_view_finalize (GObject *object)
{
  DtReportView *self = DT_REPORT_VIEW (object);

  g_clear_pointer (&self->report, dt_report_free);
  g_clear_pointer (&self->notice_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  G_OBJECT_CLASS (dt_report_view_parent_class)->finalize (object);
}

static void
dt_report_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DtReportView *self = DT_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_report_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DtReportView *self = DT_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_AS_OF:
      dt_report_view_set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_report_view_class_init (DtReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dt_report_view_constructed;
  object_class->dispose = dt_report_view_dispose;
  object_class->finalize = dt_report_view_finalize;
  object_class->get_property = dt_report_view_get_property;
  object_class->set_property = dt_report_view_set_property;
  widget_class->map = dt_report_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SHOW_DIRECTIVE] =
    g_signal_new ("show-directive", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (DT_TYPE_REPORT_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/chidao/Directives/ui/dt-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DtReportView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, kind_list);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, period_stack);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, period_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, from_button);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, to_button);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, as_of_button);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, as_of_calendar);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, notice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, notice_list);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, unit_list);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, totals_box);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, ratios_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, chart);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, column_view);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, wide_menu);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, narrow_menu);

  gtk_widget_class_install_action (widget_class, "report.previous", NULL, _dt_report_view_previous_action);
  gtk_widget_class_install_action (widget_class, "report.next", NULL, _dt_report_view_next_action);
  _dt_report_view_class_init_filters (widget_class);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, _dt_report_view_print_action);
  gtk_widget_class_install_action (widget_class, "report.export", "s", _dt_report_view_export_action);
  gtk_widget_class_set_css_name (widget_class, "reportview");
}

static void
on_chart_activate_bar (DtReportView      *self,
                       gint64             unit_id,
                       guint              category,
                       DtReportChartView *chart)
{
  for (guint i = 0; self->report != NULL && i < self->report->rows->len; i++)
    {
      DtReportRow *row = g_ptr_array_index (self->report->rows, i);

      if (row->unit_id == unit_id && category < DT_REPORT_N_CATEGORIES)
        _dt_report_view_show_directives (self, row->unit_name, dt_report_category_to_string (category), row->ids[category]);
    }
}

static void
dt_report_view_init (DtReportView *self)
{
  const char *kinds[] = {
    /* Translators: kinds of period of the report */
    C_("report period", "Month"),
    C_("report period", "Quarter"),
    C_("report period", "Six Months"),
    C_("report period", "Year"),
    C_("report period", "Two Dates"),
    NULL
  };

  self->notice_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_list_store_new (DT_TYPE_REPORT_ROW_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->kind_list, 0, 0, kinds);
  _dt_report_view_setup_columns (self);

  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (_dt_report_view_on_kind_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_calendar, "day-selected", G_CALLBACK (_dt_report_view_on_range_day_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_calendar, "day-selected", G_CALLBACK (_dt_report_view_on_range_day_selected),
                           self, G_CONNECT_SWAPPED);
  _dt_report_view_init_filters (self);
  g_signal_connect_object (self->chart, "activate-bar", G_CALLBACK (on_chart_activate_bar),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
dt_report_view_new (DtStore   *store,
                    GSettings *settings)
{
  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  return g_object_new (DT_TYPE_REPORT_VIEW, "store", store, "settings", settings, NULL);
}
