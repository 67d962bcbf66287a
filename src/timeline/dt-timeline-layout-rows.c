/* dt-timeline-layout-rows.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row's marks (bar, milestone, completion, overdue tail, ticks), label and
 * date: made for a page of ROW_PAGE rows when one of them is first asked for,
 * the label and date (and an item's text, read through the text function)
 * when the row itself is: a chart of 100,000 directives shows forty.
 */

#include "config.h"

#include "dt-date.h"
#include "dt-timeline-layout-private.h"

/* Ticks closer than this would be a grey smear: left out. */
#define MIN_TICK_SPACING 3.0
#define LABEL_MAX_CHARS 90

static const char *
nonempty (const char *s)
{
  return (s != NULL && *s != '\0') ? s : NULL;
}

static void
clear_row (gpointer data)
{
  g_free (((DtTimelineRow *) data)->label);
  g_free (((DtTimelineRow *) data)->date_label);
}

void
_dt_timeline_layout_free_page (gpointer data)
{
  DtTimelineRow *rows = data;

  if (rows == NULL)
    return;   /* never asked for */
  for (guint i = 0; i < ROW_PAGE; i++)
    clear_row (&rows[i]);
  g_free (rows);
}

static char *
make_label (const DtTimelineItem *item)
{
  const char *src = item->text ? item->text : "";
  const char *end = src;
  GString *label;

  /* The renderer ellipsizes to the column; keep the string short anyway
   * (without measuring all of a long text: this runs for every row). */
  for (guint n = 0; n < LABEL_MAX_CHARS && *end != '\0'; n++)
    end = g_utf8_next_char (end);

  label = g_string_sized_new ((end - src) + 16);
  if (nonempty (item->ordinal))
    {
      g_string_append (label, item->ordinal);
      g_string_append (label, ". ");
    }
  for (const char *p = src; p < end; p++)
    g_string_append_c (label, (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p);
  if (*end != '\0')
    g_string_append (label, "…");
  return g_string_free (label, FALSE);
}

static DtDate
next_occurrence (const DtTimelineItem *item,
                 DtDate                start,
                 guint                 k)
{
  guint n = MAX (item->recurrence_interval, 1);

  switch (item->recurrence)
    {
    case DT_RECURRENCE_DAYS:
      return start + k * n;
    case DT_RECURRENCE_WEEKLY:
      return start + k * 7 * n;
    case DT_RECURRENCE_MONTHLY:
      return dt_date_add_months (start, k * n);
    case DT_RECURRENCE_QUARTERLY:
      return dt_date_add_months (start, 3 * k * n);
    case DT_RECURRENCE_YEARLY:
      return dt_date_add_months (start, 12 * k * n);
    case DT_RECURRENCE_NONE:
    default:
      return DT_DATE_NONE;
    }
}

static void
add_ticks (DtTimelineLayout     *self,
           DtTimelineRow        *row,
           const DtTimelineItem *item)
{
  DtDate start = item->assigned ? item->assigned : self->from;
  DtDate end = self->to;
  DtDate second;

  if (item->deadline && item->deadline < end)
    end = item->deadline;
  if (item->completed && item->completed < end)
    end = item->completed;

  second = next_occurrence (item, start, 1);
  if (second == DT_DATE_NONE || second <= start)
    return;
  if ((second - start) * self->options.px_per_day < MIN_TICK_SPACING)
    return;   /* too dense to read: the bar alone says "recurring" */

  row->first_tick = self->ticks->len;
  for (guint k = 1; ; k++)
    {
      DtDate d = next_occurrence (item, start, k);
      double x;

      if (d > end || d == DT_DATE_NONE)
        break;
      if (d < self->from)
        continue;
      x = _dt_timeline_layout_x_of (self, d) + self->options.px_per_day / 2;
      g_array_append_val (self->ticks, x);
    }
  row->n_ticks = self->ticks->len - row->first_tick;
}

static void
layout_item_row (DtTimelineLayout     *self,
                 DtTimelineRow        *row,
                 const DtTimelineItem *item)
{
  double ppd = self->options.px_per_day;

  row->status = item->status;

  if (item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_MILESTONE;
      row->milestone_x = _dt_timeline_layout_x_of (self, item->deadline + 1);
      if (item->approximate)
        row->marks |= DT_TIMELINE_MARK_APPROXIMATE;
    }

  if (item->assigned && item->deadline && item->assigned <= item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_BAR;
      row->bar_x0 = _dt_timeline_layout_x_of (self, item->assigned);
      row->bar_x1 = row->milestone_x;
    }
  else if (!item->deadline)
    {
      /* Ongoing: a bar to the edge of the chart, fading out. */
      DtDate start = item->assigned ? item->assigned : self->from;

      row->marks |= DT_TIMELINE_MARK_BAR;
      row->bar_x0 = MAX (_dt_timeline_layout_x_of (self, start), 0);
      if (item->completed)
        row->bar_x1 = MAX (row->bar_x0, _dt_timeline_layout_x_of (self, item->completed + 1));
      else
        {
          row->marks |= DT_TIMELINE_MARK_OPEN_END;
          row->bar_x1 = self->content_width;
        }
    }

  if (item->original_deadline && item->deadline
      && item->original_deadline != item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_EXTENDED;
      row->original_x = _dt_timeline_layout_x_of (self, item->original_deadline + 1);
    }

  if (item->completed)
    {
      row->marks |= DT_TIMELINE_MARK_COMPLETED;
      row->completed_x = _dt_timeline_layout_x_of (self, item->completed) + ppd / 2;
      if (item->status == DT_STATUS_COMPLETED_LATE
          || (item->deadline && item->completed > item->deadline))
        {
          row->marks |= DT_TIMELINE_MARK_LATE;
          if (item->deadline)
            {
              row->marks |= DT_TIMELINE_MARK_OVERDUE_TAIL;
              row->tail_x = row->completed_x;
            }
        }
    }
  else if (item->status == DT_STATUS_OVERDUE && item->deadline
           && self->options.today > item->deadline)
    {
      /* How late it is: a line from the deadline to today. */
      row->marks |= DT_TIMELINE_MARK_OVERDUE_TAIL;
      row->tail_x = _dt_timeline_layout_x_of (self, self->options.today) + ppd / 2;
    }

  if (item->cancelled || item->status == DT_STATUS_CANCELLED)
    row->marks |= DT_TIMELINE_MARK_CANCELLED;

  /* a standing duty ("thường xuyên") does not repeat: no ticks */
  if (item->recurrence != DT_RECURRENCE_NONE && item->recurrence != DT_RECURRENCE_ONGOING)
    {
      row->marks |= DT_TIMELINE_MARK_RECURRING;
      add_ticks (self, row, item);
    }
}

DtTimelineItem *
_dt_timeline_layout_ensure_text (DtTimelineLayout *self,
                                 guint             index)
{
  DtTimelineItem *item = g_ptr_array_index (self->items, index);

  if (item->text == NULL && self->text_func != NULL)
    self->text_func (item, self->text_data);
  return item;
}

const DtTimelineItem *
dt_timeline_layout_get_item (DtTimelineLayout *self,
                             guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return _dt_timeline_layout_ensure_text (self, index);
}

/* The rows of page n, their marks laid out (labels come later). */
static DtTimelineRow *
get_page (DtTimelineLayout *self,
          guint             n)
{
  DtTimelineRow *rows = g_ptr_array_index (self->pages, n);

  if (rows != NULL)
    return rows;

  rows = g_new0 (DtTimelineRow, ROW_PAGE);
  for (guint i = n * ROW_PAGE; i < MIN ((n + 1) * ROW_PAGE, self->slots->len); i++)
    {
      const RowSlot *slot = &g_array_index (self->slots, RowSlot, i);
      DtTimelineRow *row = &rows[i - n * ROW_PAGE];

      row->kind = slot->kind;
      row->y = slot->y;
      row->height = slot->height;
      row->group = slot->group;
      row->item = slot->item;
      if (slot->kind == DT_TIMELINE_ROW_GROUP)
        row->label = g_strdup (g_ptr_array_index (self->groups, slot->group));
      else
        layout_item_row (self, row, g_ptr_array_index (self->items, slot->item));
    }
  self->pages->pdata[n] = rows;
  return rows;
}

const DtTimelineRow *
dt_timeline_layout_get_row (DtTimelineLayout *self,
                            guint             index)
{
  DtTimelineRow *row;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->slots->len, NULL);

  row = get_page (self, index / ROW_PAGE) + index % ROW_PAGE;
  if (row->label == NULL && row->kind == DT_TIMELINE_ROW_ITEM)
    {
      const DtTimelineItem *item = _dt_timeline_layout_ensure_text (self, row->item);

      row->label = make_label (item);
      if (item->deadline)
        {
          int y, m, d;

          dt_date_get_ymd (item->deadline, &y, &m, &d);
          if (self->one_year)
            row->date_label = g_strdup_printf ("%02d/%02d", d, m);
          else
            row->date_label = g_strdup_printf ("%02d/%02d/%04d", d, m, y);
        }
    }
  return row;
}

void
dt_timeline_layout_set_text_func (DtTimelineLayout   *self,
                                  DtTimelineTextFunc  func,
                                  gpointer            data,
                                  GDestroyNotify      destroy)
{
  g_return_if_fail (self != NULL);

  if (self->text_destroy != NULL)
    self->text_destroy (self->text_data);
  self->text_func = func;
  self->text_data = data;
  self->text_destroy = destroy;
}

const double *
dt_timeline_layout_get_row_ticks (DtTimelineLayout    *self,
                                  const DtTimelineRow *row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row != NULL, NULL);
  return (const double *) self->ticks->data + row->first_tick;
}

const double *
dt_timeline_layout_get_ticks (DtTimelineLayout *self,
                              guint            *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* every row's: each page of rows adds its own as it is made */
  for (guint i = 0; i < self->pages->len; i++)
    get_page (self, i);
  if (n_ticks)
    *n_ticks = self->ticks->len;
  return (const double *) self->ticks->data;
}
