/* dt-timeline-chart-tooltip.c — what the chart says of the bar under the pointer
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-status.h"
#include "dt-timeline-chart-private.h"

#define TOOLTIP_TEXT_MAX 300

char *
dt_timeline_chart_dup_tooltip_markup (DtTimelineChart *self,
                                      double           x,
                                      double           y,
                                      GdkRectangle    *area)
{
  const DtTimelineItem *item;
  const DtTimelineRow *row;
  DtTimelineHit hit;
  g_autoptr(GString) markup = NULL;
  g_autofree char *text = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *escaped = NULL;
  const char *phrase;

  g_return_val_if_fail (DT_IS_TIMELINE_CHART (self), NULL);

  if (!dt_timeline_chart_hit_test (self, x, y, &hit) || hit.item < 0
      || hit.kind == DT_TIMELINE_HIT_GROUP)
    return NULL;

  item = dt_timeline_layout_get_item (self->layout, hit.item);
  row = dt_timeline_layout_get_row (self->layout, hit.row);
  markup = g_string_new (NULL);

  if (g_utf8_strlen (item->text ? item->text : "", -1) > TOOLTIP_TEXT_MAX)
    {
      g_autofree char *cut = g_utf8_substring (item->text, 0, TOOLTIP_TEXT_MAX);

      text = g_strconcat (cut, "…", NULL);
    }
  else
    text = g_strdup (item->text ? item->text : "");

  escaped = g_markup_escape_text (text, -1);
  if (item->ordinal != NULL && item->ordinal[0] != '\0')
    {
      g_autofree char *ordinal = g_markup_escape_text (item->ordinal, -1);

      g_string_append_printf (markup, "<b>%s.</b> ", ordinal);
    }
  g_string_append (markup, escaped);
  g_string_append_c (markup, '\n');

  if (item->unit != NULL && item->unit[0] != '\0')
    {
      g_autofree char *unit = g_markup_escape_text (item->unit, -1);

      /* Translators: the lead unit of a directive, in the timeline's tooltip */
      g_string_append_printf (markup, "\n%s %s", _("Lead unit:"), unit);
    }

  phrase = item->deadline_phrase;
  if (item->deadline != 0)
    {
      g_autofree char *date = dt_date_format (item->deadline);

      deadline = item->approximate ? g_strconcat ("≈ ", date, NULL) : g_steal_pointer (&date);
    }
  if ((phrase != NULL && phrase[0] != '\0') || (deadline != NULL && deadline[0] != '\0'))
    {
      g_autofree char *p = g_markup_escape_text (phrase ? phrase : "", -1);

      g_string_append_printf (markup, "\n%s ", _("Deadline:"));
      if (p[0] != '\0')
        g_string_append_printf (markup, "“%s”", p);
      if (deadline != NULL && deadline[0] != '\0')
        g_string_append_printf (markup, p[0] != '\0' ? " (%s)" : "%s", deadline);
    }
  else
    g_string_append_printf (markup, "\n%s", _("No deadline"));

  g_string_append_printf (markup, "\n%s <b>%s</b>", _("Status:"), dt_status_to_string (item->status));

  if (area != NULL)
    *area = (GdkRectangle) { 0,
                             (int) (_dt_timeline_chart_header_height (self) + row->y
                                    - gtk_adjustment_get_value (self->vadjustment)),
                             gtk_widget_get_width (GTK_WIDGET (self)),
                             (int) row->height };

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

gboolean
_dt_timeline_chart_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  DtTimelineChart *self = DT_TIMELINE_CHART (widget);
  g_autofree char *markup = NULL;
  GdkRectangle area;
  double px = x, py = y;

  if (keyboard)
    {
      graphene_rect_t rect;
      int index = _dt_timeline_chart_selected_row (self);

      if (index < 0 || !_dt_timeline_chart_row_mark_rect (self, index, &rect))
        return FALSE;
      px = rect.origin.x + rect.size.width / 2;
      py = rect.origin.y + rect.size.height / 2;
    }

  markup = dt_timeline_chart_dup_tooltip_markup (self, px, py, &area);
  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}
