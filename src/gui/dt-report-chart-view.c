/* dt-report-chart-view.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws with the core's chart code (dt-report-chart.c), the one the
 * printed report uses, in the widget's font and colours so that it reads
 * in light and dark.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dt-report-chart.h"
#include "dt-report-chart-view.h"

struct _DtReportChartView
{
  GtkWidget       parent_instance;

  const DtReport *report;
  char           *font_family;
};

G_DEFINE_FINAL_TYPE (DtReportChartView, dt_report_chart_view, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_BAR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
get_style (DtReportChartView  *self,
           DtReportChartStyle *style)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_context_get_font_description (context);
  GdkRGBA color;
  double size = 14;
  /* libadwaita's palette: green 4, yellow 5, blue 2, red 4; they read on
   * a light and a dark background alike */
  static const double category[DT_REPORT_N_DUE][4] = {
    { 0.149, 0.635, 0.412, 1 },
    { 0.898, 0.647, 0.039, 1 },
    { 0.384, 0.627, 0.918, 1 },
    { 0.753, 0.110, 0.157, 1 },
  };

  dt_report_chart_style_init_print (style);
  /* On screen, glyphs on whole pixels are sharp. */
  style->paper = FALSE;
  memcpy (style->category, category, sizeof category);
  gtk_widget_get_color (GTK_WIDGET (self), &color);
  style->text[0] = color.red;
  style->text[1] = color.green;
  style->text[2] = color.blue;
  style->text[3] = color.alpha;
  memcpy (style->grid, style->text, sizeof style->grid);
  style->grid[3] = 0.35;
  if (font != NULL)
    {
      g_free (self->font_family);
      self->font_family = g_strdup (pango_font_description_get_family (font));
      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
    }
  style->font_family = self->font_family ? self->font_family : "Sans";
  style->font_size = size;
  /* room for a unit's name on two lines */
  style->row_height = ceil (size * 3.1);
  style->label_fraction = 0.36;
}

static void
dt_report_chart_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  DtReportChartView *self = DT_REPORT_CHART_VIEW (widget);
  DtReportChartStyle style;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 600;
      return;
    }
  get_style (self, &style);
  if (self->report == NULL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = (int) ceil (dt_report_chart_get_height (self->report, &style,
                                                                   for_size > 0 ? for_size : 600));
}

static GtkSizeRequestMode
dt_report_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dt_report_chart_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  DtReportChartView *self = DT_REPORT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DtReportChartStyle style;
  cairo_t *cr;

  if (self->report == NULL || width <= 0 || height <= 0)
    return;
  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dt_report_chart_draw (cr, self->report, &style, width);
  cairo_destroy (cr);
}

static void
on_released (DtReportChartView *self,
             int                n_press,
             double             x,
             double             y,
             GtkGestureClick   *gesture)
{
  DtReportChartStyle style;
  const DtReportRow *row;
  DtReportCategory category;

  if (self->report == NULL)
    return;
  get_style (self, &style);
  if (dt_report_chart_pick (self->report, &style, gtk_widget_get_width (GTK_WIDGET (self)),
                            x, y, &row, &category))
    g_signal_emit (self, signals[ACTIVATE_BAR], 0, row->unit_id, (guint) category);
}

static gboolean
on_query_tooltip (DtReportChartView *self,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip)
{
  DtReportChartStyle style;
  const DtReportRow *row;
  DtReportCategory category;
  g_autofree char *text = NULL;

  if (self->report == NULL || keyboard)
    return FALSE;
  get_style (self, &style);
  if (!dt_report_chart_pick (self->report, &style, gtk_widget_get_width (GTK_WIDGET (self)),
                             x, y, &row, &category))
    return FALSE;
  /* Translators: a bar's tooltip: "Sở Y tế — Chưa hoàn thành quá hạn: 3" */
  text = g_strdup_printf (_("%s — %s: %u"), row->unit_name,
                          dt_report_category_to_string (category), row->counts[category]);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
dt_report_chart_view_finalize (GObject *object)
{
  DtReportChartView *self = DT_REPORT_CHART_VIEW (object);

  g_free (self->font_family);
  G_OBJECT_CLASS (dt_report_chart_view_parent_class)->finalize (object);
}

static void
dt_report_chart_view_class_init (DtReportChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dt_report_chart_view_finalize;
  widget_class->measure = dt_report_chart_view_measure;
  widget_class->get_request_mode = dt_report_chart_view_get_request_mode;
  widget_class->snapshot = dt_report_chart_view_snapshot;

  signals[ACTIVATE_BAR] =
    g_signal_new ("activate-bar", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "reportchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dt_report_chart_view_init (DtReportChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_object (click, "released", G_CALLBACK (on_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

GtkWidget *
dt_report_chart_view_new (void)
{
  return g_object_new (DT_TYPE_REPORT_CHART_VIEW, NULL);
}

void
dt_report_chart_view_set_report (DtReportChartView *self,
                                 const DtReport    *report)
{
  g_return_if_fail (DT_IS_REPORT_CHART_VIEW (self));

  self->report = report;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
