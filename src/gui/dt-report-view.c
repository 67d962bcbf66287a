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
#include "dt-window.h"

#define MAX_LISTED 500

struct _DtReportView
{
  AdwBin              parent_instance;

  DtStore            *store;
  GSettings          *settings;
  DtDate              as_of;          /* 0: today */
  DtReportPeriod      period;
  GArray             *notice_ids;     /* of gint64, parallel to notice_list after "All" */
  DtReport           *report;
  GListStore         *rows;           /* of DtReportRowItem */
  guint               update_idle;
  gboolean            updating;

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
  GtkStack           *content_stack;
  GtkLabel           *title_label;
  GtkFlowBox         *totals_box;
  GtkLabel           *ratios_label;
  DtReportChartView  *chart;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
};

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

static DtDate
effective_as_of (DtReportView *self)
{
  return self->as_of != DT_DATE_NONE ? self->as_of : dt_date_today ();
}

/* Figures ------------------------------------------------------------------ */

static DtReport *
compute (DtReportView  *self,
         GError       **error)
{
  DtReportOptions options;
  guint selected = gtk_drop_down_get_selected (self->notice_dropdown);

  dt_report_options_init (&options);
  options.period = self->period;
  options.as_of = effective_as_of (self);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->notice_ids->len)
    options.notice_id = g_array_index (self->notice_ids, gint64, selected - 1);
  if (self->settings != NULL)
    options.against_original = g_settings_get_boolean (self->settings, "lateness-against-original");
  return dt_report_compute (self->store, &options, error);
}

static GtkWidget *
make_card (DtReportView     *self,
           guint             count,
           const char       *caption,
           const char       *css_class,
           int               category);

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
  DtReport *report = compute (self, &error);

  if (report == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Make the Report"), error);
      return;
    }
  dt_report_chart_view_set_report (self->chart, report);
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->report, dt_report_free);
  self->report = report;

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

static void
queue_update (DtReportView *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_idle, self);
}

/* The directives behind a number ------------------------------------------- */

static void
on_directive_row_activated (DtReportView  *self,
                            GtkListBoxRow *row,
                            GtkListBox    *box)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "dt-directive-id"));
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (box), ADW_TYPE_DIALOG);

  g_signal_emit (self, signals[SHOW_DIRECTIVE], 0, id);
  if (dialog != NULL)
    adw_dialog_close (ADW_DIALOG (dialog));
}

static void
show_directives (DtReportView     *self,
                 const char       *title,
                 const char       *subtitle_text,
                 GArray           *ids)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *title_widget = adw_window_title_new (title, subtitle_text);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title_widget);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 12);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_directive_row_activated),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < ids->len && i < MAX_LISTED; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(DtDirective) directive = dt_store_get_directive (self->store, id, NULL);
      g_autofree char *deadline = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (directive == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dt_directive_get_text (directive));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      deadline = dt_date_format (dt_directive_get_deadline (directive));
      /* Translators: under a directive in the report's list: unit · notice · deadline */
      subtitle = g_strdup_printf (_("%s · %s · deadline %s"),
                                  dt_directive_get_lead_unit_name (directive),
                                  dt_directive_get_notice_label (directive) ? dt_directive_get_notice_label (directive) : "",
                                  *deadline ? deadline : "—");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "dt-directive-id", GSIZE_TO_POINTER ((gsize) id));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  adw_dialog_set_child (dialog, toolbar);
  adw_dialog_set_content_width (dialog, 600);
  adw_dialog_set_content_height (dialog, 520);
  adw_dialog_present (dialog, GTK_WIDGET (self));
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
  show_directives (self, _("All Units"), dt_report_category_to_string (category), ids);
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
on_count_clicked (DtReportView *self,
                  GtkButton    *button)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "dt-list-item");
  DtReportCategory category = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dt-category"));
  DtReportRowItem *item = list_item ? gtk_list_item_get_item (list_item) : NULL;
  g_autoptr(GArray) ids = NULL;

  if (item == NULL)
    return;
  if (category == DT_REPORT_N_CATEGORIES)
    {
      /* the total: the four categories with a deadline */
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint c = 0; c < DT_REPORT_N_DUE; c++)
        {
          GArray *part = dt_report_row_item_get_ids (item, c);

          g_array_append_vals (ids, part->data, part->len);
        }
      show_directives (self, dt_report_row_item_get_unit_name (item), _("Total with a deadline"), ids);
      return;
    }
  show_directives (self, dt_report_row_item_get_unit_name (item), dt_report_category_to_string (category),
                   dt_report_row_item_get_ids (item, category));
}

/* The table by unit -------------------------------------------------------- */

static void
setup_name (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_name (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DtReportRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), dt_report_row_item_get_unit_name (item));
  gtk_widget_set_tooltip_text (label, dt_report_row_item_get_unit_name (item));
}

static void
setup_count (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DtReportView             *self)
{
  GtkWidget *button = gtk_button_new_with_label ("");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "numeric");
  g_object_set_data (G_OBJECT (button), "dt-list-item", list_item);
  g_object_set_data (G_OBJECT (button), "dt-category", g_object_get_data (G_OBJECT (factory), "dt-category"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_count_clicked), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, button);
}

static void
bind_count (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            DtReportView             *self)
{
  DtReportRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *button = gtk_list_item_get_child (list_item);
  guint category = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "dt-category"));
  guint n = category == DT_REPORT_N_CATEGORIES ? dt_report_row_item_get_total (item)
                                               : dt_report_row_item_get_count (item, category);
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_button_set_label (GTK_BUTTON (button), text);
  gtk_widget_set_sensitive (button, n > 0);
}

static void
add_count_column (DtReportView *self,
                  const char   *title,
                  const char   *property,
                  guint         category)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (DT_TYPE_REPORT_ROW_ITEM,
                                                                                       NULL, property)));

  g_object_set_data (G_OBJECT (factory), "dt-category", GUINT_TO_POINTER (category));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_count), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_count), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);
}

static void
setup_columns (DtReportView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter;
  GtkSortListModel *sorted;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_name), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name), self);
  column = gtk_column_view_column_new (_("Unit"), factory);
  gtk_column_view_column_set_expand (column, TRUE);
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (DT_TYPE_REPORT_ROW_ITEM,
                                                                           NULL, "unit-name")));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);

  add_count_column (self, _("Total"), "total", DT_REPORT_N_CATEGORIES);
  /* Translators: short column titles of the report's table by unit */
  add_count_column (self, C_("report column", "On Time"), "on-time", DT_REPORT_ON_TIME);
  add_count_column (self, C_("report column", "Late"), "late", DT_REPORT_LATE);
  add_count_column (self, C_("report column", "In Time"), "pending", DT_REPORT_PENDING);
  add_count_column (self, C_("report column", "Overdue"), "overdue", DT_REPORT_OVERDUE);
  add_count_column (self, C_("report column", "No Deadline"), "no-deadline", DT_REPORT_NO_DEADLINE);

  /* the unit order of the store (its names' collation) until a column is chosen */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
}

/* Period ------------------------------------------------------------------- */

static void
period_containing (DtReportPeriodKind  kind,
                   DtDate              date,
                   DtReportPeriod     *period)
{
  int y = dt_date_get_year (date), m = dt_date_get_month (date);

  switch (kind)
    {
    case DT_REPORT_PERIOD_QUARTER:
      dt_report_period_quarter (period, y, (m + 2) / 3);
      break;
    case DT_REPORT_PERIOD_HALF:
      dt_report_period_half (period, y, m <= 6 ? 1 : 2);
      break;
    case DT_REPORT_PERIOD_YEAR:
      dt_report_period_year (period, y);
      break;
    case DT_REPORT_PERIOD_MONTH:
    case DT_REPORT_PERIOD_RANGE:
    default:
      dt_report_period_month (period, y, m);
      break;
    }
}

static void
set_calendar (GtkCalendar *calendar,
              DtDate       date)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (dt_date_get_year (date), dt_date_get_month (date),
                                                     dt_date_get_day (date), 0, 0, 0);

  gtk_calendar_set_date (calendar, when);
}

static DtDate
calendar_date (GtkCalendar *calendar)
{
  return dt_date_new (gtk_calendar_get_year (calendar), gtk_calendar_get_month (calendar) + 1,
                      gtk_calendar_get_day (calendar));
}

static void
sync_period_widgets (DtReportView *self)
{
  g_autofree char *title = dt_report_period_dup_title (&self->period);
  g_autofree char *from = dt_date_format (self->period.from);
  g_autofree char *to = dt_date_format (self->period.to);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, self->period.kind);
  gtk_stack_set_visible_child_name (self->period_stack,
                                    self->period.kind == DT_REPORT_PERIOD_RANGE ? "range" : "step");
  gtk_label_set_label (self->period_label, title);
  gtk_menu_button_set_label (self->from_button, from);
  gtk_menu_button_set_label (self->to_button, to);
  set_calendar (self->from_calendar, self->period.from);
  set_calendar (self->to_calendar, self->period.to);
  self->updating = FALSE;
}

void
dt_report_view_set_period (DtReportView         *self,
                           const DtReportPeriod *period)
{
  g_return_if_fail (DT_IS_REPORT_VIEW (self));
  g_return_if_fail (period != NULL);

  self->period = *period;
  sync_period_widgets (self);
  queue_update (self);
}

static void
on_kind_selected (DtReportView *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  DtReportPeriod period;

  if (self->updating || kind == GTK_INVALID_LIST_POSITION || kind == self->period.kind)
    return;
  if (kind == DT_REPORT_PERIOD_RANGE)
    dt_report_period_range (&period, self->period.from, self->period.to);
  else
    period_containing (kind, self->period.from, &period);
  dt_report_view_set_period (self, &period);
}

static void
step_period (DtReportView *self,
             int           delta)
{
  DtReportPeriod period;
  int months[] = { 1, 3, 6, 12 };
  DtDate from;

  if (self->period.kind == DT_REPORT_PERIOD_RANGE)
    return;
  from = dt_date_add_months (self->period.from, delta * months[self->period.kind]);
  period_containing (self->period.kind, from, &period);
  dt_report_view_set_period (self, &period);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step_period (DT_REPORT_VIEW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step_period (DT_REPORT_VIEW (widget), 1);
}

static void
on_range_day_selected (DtReportView *self)
{
  DtReportPeriod period;
  DtDate from = calendar_date (self->from_calendar);
  DtDate to = calendar_date (self->to_calendar);

  if (self->updating)
    return;
  if (to < from)
    to = from;
  if (dt_report_period_range (&period, from, to))
    dt_report_view_set_period (self, &period);
}

/* Reporting date ----------------------------------------------------------- */

static void
sync_as_of (DtReportView *self)
{
  g_autofree char *date = dt_date_format (effective_as_of (self));
  g_autofree char *label = NULL;

  if (self->as_of == DT_DATE_NONE)
    /* Translators: the Report page's reporting date when it is today */
    label = g_strdup_printf (_("As of today, %s"), date);
  else
    /* Translators: the Report page's reporting date: "Tính đến ngày 05/03/2024" */
    label = g_strdup_printf (_("As of %s"), date);
  self->updating = TRUE;
  gtk_label_set_label (self->as_of_label, label);
  set_calendar (self->as_of_calendar, effective_as_of (self));
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
  sync_as_of (self);
  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
on_as_of_day_selected (DtReportView *self)
{
  if (!self->updating)
    dt_report_view_set_as_of (self, calendar_date (self->as_of_calendar));
}

static void
as_of_today_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dt_report_view_set_as_of (DT_REPORT_VIEW (widget), DT_DATE_NONE);
}

/* Notices ------------------------------------------------------------------ */

static void
reload_notices (DtReportView *self)
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

static void
on_notice_selected (DtReportView *self)
{
  if (!self->updating)
    queue_update (self);
}

static void
on_store_changed (DtReportView *self)
{
  reload_notices (self);
  queue_update (self);
}

/* Print and export --------------------------------------------------------- */

static void
get_document_settings (DtReportView             *self,
                       DtReportDocumentSettings *settings,
                       char                    **body,
                       char                    **title)
{
  *body = self->settings ? g_settings_get_string (self->settings, "report-issuing-body") : NULL;
  *title = self->settings ? g_settings_get_string (self->settings, "report-signer-title") : NULL;
  settings->issuing_body = *body;
  settings->signer_title = *title;
}

static void
on_print_done (DtReportView            *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, _("The printer reported an error"));
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Print the Report"), error);
    }
  g_idle_add_once ((GSourceOnceFunc) (void (*) (void)) g_object_unref, operation);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DtReportView *self = DT_REPORT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  DtReportDocumentSettings settings;
  DtReportPrintOperation *operation;
  DtReport *report = compute (self, &error);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (report == NULL)
    {
      dt_gui_show_error (widget, _("Cannot Print the Report"), error);
      return;
    }
  get_document_settings (self, &settings, &body, &title);
  operation = dt_report_print_operation_new (report, &settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    dt_gui_show_error (widget, _("Cannot Print the Report"), error);
}

static void
on_export_chosen (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DtReportView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autoptr(DtReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  DtReportDocumentSettings settings;
  DtReportFormat format;

  if (file == NULL)
    return;  /* cancelled */
  path = g_file_get_path (file);
  if (path == NULL || !dt_report_format_from_path (path, &format))
    {
      char *with = g_strconcat (path ? path : "report", ".pdf", NULL);

      g_free (path);
      path = with;
      format = DT_REPORT_FORMAT_PDF;
    }
  report = compute (self, &error);
  get_document_settings (self, &settings, &body, &title);
  if (report == NULL || !dt_report_export (report, &settings, format, path, &error))
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Export the Report"), error);
      return;
    }
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

    if (DT_IS_WINDOW (root))
      dt_window_add_toast (DT_WINDOW (root), _("Report exported"));
  }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DtReportView *self = DT_REPORT_VIEW (widget);
  const char *ext = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = NULL;
  g_autofree char *pattern = g_strdup_printf ("*.%s", ext);
  int y, m, d;

  dt_date_get_ymd (self->period.from, &y, &m, &d);
  /* Translators: the file name offered for an exported report, without its extension */
  name = g_strdup_printf ("%s-%04d-%02d.%s", _("report"), y, m, ext);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, g_str_equal (ext, "pdf") ? _("PDF document")
                                    : g_str_equal (ext, "xlsx") ? _("Spreadsheet (.xlsx)")
                                    : _("CSV file"));
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_title (dialog, _("Export Report"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        on_export_chosen, g_object_ref (self));
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
                             G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  reload_notices (self);
  period_containing (DT_REPORT_PERIOD_MONTH, dt_date_today (), &period);
  sync_as_of (self);
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
  gtk_widget_class_bind_template_child (widget_class, DtReportView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, totals_box);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, ratios_label);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, chart);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, column_view);
  gtk_widget_class_bind_template_child (widget_class, DtReportView, empty_page);

  gtk_widget_class_install_action (widget_class, "report.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "report.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "report.as-of-today", NULL, as_of_today_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.export", "s", export_action);
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
        show_directives (self, row->unit_name, dt_report_category_to_string (category), row->ids[category]);
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
  self->rows = g_list_store_new (DT_TYPE_REPORT_ROW_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->kind_list, 0, 0, kinds);
  setup_columns (self);

  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notice_dropdown, "notify::selected", G_CALLBACK (on_notice_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_calendar, "day-selected", G_CALLBACK (on_range_day_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_calendar, "day-selected", G_CALLBACK (on_range_day_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->as_of_calendar, "day-selected", G_CALLBACK (on_as_of_day_selected),
                           self, G_CONNECT_SWAPPED);
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
