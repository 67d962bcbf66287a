/* test-timeline.c — layout math, rendering, pagination and export
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#if HAVE_POPPLER
#include <poppler.h>
#endif

#include "dt-date.h"
#include "dt-timeline-export.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtDate today;

static GPtrArray *
new_items (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
}

static void
init_options (DtTimelineOptions *o,
              DtDate             from,
              DtDate             to)
{
  dt_timeline_options_init (o);
  o->from = from;
  o->to = to;
  o->today = today;
  o->px_per_day = 4;
}

static const DtTimelineRow *
row_of_item (DtTimelineLayout *layout,
             gint64            id)
{
  guint row;

  g_assert_true (dt_timeline_layout_find_item_row (layout, id, &row));
  return dt_timeline_layout_get_row (layout, row);
}

/* --- scale ------------------------------------------------------------ */

static void
test_scale_units (void)
{
  DtTimelineScale scale;
  g_autofree char *feb = NULL, *q1 = NULL, *week = NULL, *year = NULL, *major = NULL;

  /* 2024-02-14 is a Wednesday, in ISO week 7. */
  g_assert_cmpuint (dt_timeline_scale_unit_start (DT_TIMELINE_SCALE_WEEK, D (2024, 2, 14)), ==, D (2024, 2, 12));
  g_assert_cmpuint (dt_timeline_scale_unit_next (DT_TIMELINE_SCALE_WEEK, D (2024, 2, 12)), ==, D (2024, 2, 19));
  g_assert_cmpuint (dt_timeline_scale_unit_start (DT_TIMELINE_SCALE_MONTH, D (2024, 2, 14)), ==, D (2024, 2, 1));
  g_assert_cmpuint (dt_timeline_scale_unit_next (DT_TIMELINE_SCALE_MONTH, D (2024, 2, 1)), ==, D (2024, 3, 1));
  g_assert_cmpuint (dt_timeline_scale_unit_start (DT_TIMELINE_SCALE_QUARTER, D (2024, 5, 31)), ==, D (2024, 4, 1));
  g_assert_cmpuint (dt_timeline_scale_unit_next (DT_TIMELINE_SCALE_QUARTER, D (2024, 10, 1)), ==, D (2025, 1, 1));
  g_assert_cmpuint (dt_timeline_scale_unit_start (DT_TIMELINE_SCALE_YEAR, D (2024, 5, 31)), ==, D (2024, 1, 1));

  feb = dt_timeline_scale_format_unit (DT_TIMELINE_SCALE_MONTH, D (2024, 2, 1));
  q1 = dt_timeline_scale_format_unit (DT_TIMELINE_SCALE_QUARTER, D (2024, 1, 1));
  week = dt_timeline_scale_format_unit (DT_TIMELINE_SCALE_WEEK, D (2024, 2, 12));
  year = dt_timeline_scale_format_unit (DT_TIMELINE_SCALE_YEAR, D (2024, 1, 1));
  major = dt_timeline_scale_format_major (DT_TIMELINE_SCALE_MONTH, D (2024, 2, 1));
  g_assert_cmpstr (feb, ==, "Feb");
  g_assert_cmpstr (q1, ==, "Q1");
  g_assert_cmpstr (week, ==, "Week 7");
  g_assert_cmpstr (year, ==, "2024");
  g_assert_cmpstr (major, ==, "Feb 2024");

  g_assert_true (dt_timeline_scale_from_id ("quarter", &scale));
  g_assert_cmpint (scale, ==, DT_TIMELINE_SCALE_QUARTER);
  g_assert_false (dt_timeline_scale_from_id ("fortnight", &scale));
}

/* --- layout ----------------------------------------------------------- */

static void
test_layout_date_to_x (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineRow *row;

  init_options (&o, D (2024, 1, 1), D (2024, 6, 30));
  g_ptr_array_add (items, fixture_item (1, "Sở Y tế", "1", "Khám sàng lọc",
                                        D (2024, 1, 11), D (2024, 1, 20), today));
  layout = dt_timeline_layout_new (items, &o);

  g_assert_cmpfloat (dt_timeline_layout_date_to_x (layout, D (2024, 1, 1)), ==, 0);
  g_assert_cmpfloat (dt_timeline_layout_date_to_x (layout, D (2024, 1, 11)), ==, 40);
  g_assert_cmpuint (dt_timeline_layout_x_to_date (layout, 40), ==, D (2024, 1, 11));
  g_assert_cmpuint (dt_timeline_layout_x_to_date (layout, 43.9), ==, D (2024, 1, 11));
  /* 182 days of 2024's first half, 4 px each */
  g_assert_cmpfloat (dt_timeline_layout_get_content_width (layout), ==, 182 * 4);

  /* The bar covers the assigned day to the end of the deadline's day. */
  row = row_of_item (layout, 1);
  g_assert_true (row->marks & DT_TIMELINE_MARK_BAR);
  g_assert_true (row->marks & DT_TIMELINE_MARK_MILESTONE);
  g_assert_false (row->marks & DT_TIMELINE_MARK_OPEN_END);
  g_assert_cmpfloat (row->bar_x0, ==, 40);
  g_assert_cmpfloat (row->bar_x1, ==, 80);
  g_assert_cmpfloat (row->milestone_x, ==, 80);

  /* Month columns: six, with their labels. */
  {
    guint n;
    const DtTimelineColumn *cols = dt_timeline_layout_get_columns (layout, FALSE, &n);

    g_assert_cmpuint (n, ==, 6);
    g_assert_cmpstr (cols[1].label, ==, "Feb");
    g_assert_cmpfloat (cols[1].x, ==, 31 * 4);
    g_assert_cmpfloat (cols[1].width, ==, 29 * 4);
  }
}

static void
test_layout_groups (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineRow *row;

  init_options (&o, D (2024, 1, 1), D (2024, 12, 31));
  g_ptr_array_add (items, fixture_item (1, "Sở Y tế", "3", "c", D (2024, 1, 1), D (2024, 5, 1), today));
  g_ptr_array_add (items, fixture_item (2, "Ban Dân tộc tỉnh", "1", "a", D (2024, 1, 1), D (2024, 3, 1), today));
  g_ptr_array_add (items, fixture_item (3, "Sở Y tế", "2", "b", D (2024, 1, 1), D (2024, 2, 1), today));
  g_ptr_array_add (items, fixture_item (4, NULL, "9", "orphan", D (2024, 1, 1), D (2024, 2, 1), today));
  g_ptr_array_add (items, fixture_item (5, "Sở Y tế", "4", "d", D (2024, 1, 1), DT_DATE_NONE, today));
  layout = dt_timeline_layout_new (items, &o);

  /* 3 groups + 5 directives; groups by name, "no unit" last; inside a
   * group by deadline, none last. */
  g_assert_cmpuint (dt_timeline_layout_get_n_rows (layout), ==, 8);
  g_assert_cmpuint (dt_timeline_layout_get_n_groups (layout), ==, 3);
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 0), ==, "Ban Dân tộc tỉnh");
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 1), ==, "Sở Y tế");
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 2), ==, "No lead unit");

  row = dt_timeline_layout_get_row (layout, 0);
  g_assert_cmpint (row->kind, ==, DT_TIMELINE_ROW_GROUP);
  g_assert_cmpstr (row->label, ==, "Ban Dân tộc tỉnh");
  g_assert_cmpfloat (row->y, ==, 0);
  g_assert_cmpfloat (row->height, ==, o.group_height);
  row = dt_timeline_layout_get_row (layout, 1);
  g_assert_cmpint (row->kind, ==, DT_TIMELINE_ROW_ITEM);
  g_assert_cmpstr (row->label, ==, "1. a");
  g_assert_cmpfloat (row->y, ==, o.group_height);
  g_assert_cmpint (((const DtTimelineItem *) dt_timeline_layout_get_item (layout, row->item))->id, ==, 2);

  g_assert_cmpint (dt_timeline_layout_get_row (layout, 2)->kind, ==, DT_TIMELINE_ROW_GROUP);
  g_assert_cmpstr (dt_timeline_layout_get_row (layout, 3)->label, ==, "2. b");
  g_assert_cmpstr (dt_timeline_layout_get_row (layout, 4)->label, ==, "3. c");
  g_assert_cmpstr (dt_timeline_layout_get_row (layout, 5)->label, ==, "4. d");
  g_assert_cmpstr (dt_timeline_layout_get_row (layout, 7)->label, ==, "9. orphan");
  g_assert_cmpfloat (dt_timeline_layout_get_content_height (layout), ==,
                     3 * o.group_height + 5 * o.row_height);

  /* Binary search agrees with the rows. */
  for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout); i++)
    {
      row = dt_timeline_layout_get_row (layout, i);
      g_assert_cmpuint (dt_timeline_layout_row_at_y (layout, row->y), ==, i);
      g_assert_cmpuint (dt_timeline_layout_row_at_y (layout, row->y + row->height - 0.01), ==, i);
    }
  g_assert_cmpuint (dt_timeline_layout_row_at_y (layout, 1e6), ==, 8);
}

/* Row labels: the ordinal, the text on one line and cut short with "…";
 * the deadline without its year when the chart spans one year. */
static void
test_layout_labels (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  g_autoptr(DtTimelineLayout) longer = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  DtTimelineOptions o;
  const DtTimelineRow *row;
  const char *label;

  for (int i = 0; i < 30; i++)
    g_string_append (text, "Tiếp tục ");   /* 9 characters, 11 bytes */
  init_options (&o, D (2024, 1, 1), D (2024, 12, 31));
  g_ptr_array_add (items, fixture_item (1, "Sở Y tế", "12", "Kiểm tra\nvà báo cáo\tngay",
                                        D (2024, 1, 1), D (2024, 2, 29), today));
  g_ptr_array_add (items, fixture_item (2, "Sở Y tế", "", text->str,
                                        D (2024, 1, 1), D (2024, 3, 1), today));
  layout = dt_timeline_layout_new (items, &o);

  row = dt_timeline_layout_get_row (layout, 1);
  g_assert_cmpstr (row->label, ==, "12. Kiểm tra và báo cáo ngay");
  g_assert_cmpstr (row->date_label, ==, "29/02");
  row = dt_timeline_layout_get_row (layout, 2);
  label = row->label;
  g_assert_true (g_utf8_validate (label, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (label, -1), ==, 90 + 1);
  g_assert_true (g_str_has_prefix (label, "Tiếp tục Tiếp tục "));
  g_assert_true (g_str_has_suffix (label, "…"));

  /* over two years, dates in full */
  init_options (&o, D (2023, 6, 1), D (2024, 12, 31));
  longer = dt_timeline_layout_new (items, &o);
  g_assert_cmpstr (dt_timeline_layout_get_row (longer, 1)->date_label, ==, "29/02/2024");
}

static void
test_layout_group_by_status (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineItem *done;

  init_options (&o, D (2024, 1, 1), D (2024, 12, 31));
  o.group = DT_TIMELINE_GROUP_STATUS;
  done = fixture_item (1, "A", "1", "done", D (2024, 1, 1), D (2024, 2, 1), today);
  done->completed = D (2024, 1, 20);
  done->status = fixture_status (done, today);
  g_ptr_array_add (items, done);
  g_ptr_array_add (items, fixture_item (2, "A", "2", "later", D (2024, 1, 1), D (2024, 12, 1), today));
  g_ptr_array_add (items, fixture_item (3, "A", "3", "late", D (2024, 1, 1), D (2024, 2, 1), today));
  layout = dt_timeline_layout_new (items, &o);

  /* What needs attention first: overdue, in progress, then completed. */
  g_assert_cmpuint (dt_timeline_layout_get_n_groups (layout), ==, 3);
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 0), ==,
                   dt_timeline_status_label (DT_STATUS_OVERDUE));
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 1), ==,
                   dt_timeline_status_label (DT_STATUS_IN_PROGRESS));
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 2), ==,
                   dt_timeline_status_label (DT_STATUS_COMPLETED_ON_TIME));
}

static void
test_layout_group_by_section (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const char *sections[] = { "I.3.10", "II.1", "I.3.9", "I.3.2" };

  init_options (&o, D (2024, 1, 1), D (2024, 12, 31));
  o.group = DT_TIMELINE_GROUP_SECTION;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      DtTimelineItem *item = fixture_item (i + 1, "A", "1", "x", D (2024, 1, 1), D (2024, 6, 1), today);

      item->section = g_strdup (sections[i]);
      g_ptr_array_add (items, item);
    }
  layout = dt_timeline_layout_new (items, &o);

  /* Numbered as in the notice: 3.9 before 3.10. */
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 0), ==, "I.3.2");
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 1), ==, "I.3.9");
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 2), ==, "I.3.10");
  g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, 3), ==, "II.1");
}

static void
test_layout_marks (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineItem *item;
  const DtTimelineRow *row;
  const double *ticks;
  guint n_ticks;

  init_options (&o, D (2024, 1, 1), D (2024, 3, 31));

  /* 1: no deadline set */
  g_ptr_array_add (items, fixture_item (1, "A", "1", "no deadline", D (2024, 1, 15), DT_DATE_NONE, today));
  /* 2: every 10 days, no deadline */
  item = fixture_item (2, "A", "2", "every ten days", D (2024, 1, 1), DT_DATE_NONE, today);
  item->recurrence = DT_RECURRENCE_DAYS;
  item->recurrence_interval = 10;
  item->status = fixture_status (item, today);
  g_ptr_array_add (items, item);
  /* 3: extended from 31/01 to 29/02 */
  item = fixture_item (3, "A", "3", "extended", D (2024, 1, 10), D (2024, 2, 29), today);
  item->original_deadline = D (2024, 1, 31);
  g_ptr_array_add (items, item);
  /* 4: approximate ("dịp Tết") */
  item = fixture_item (4, "A", "4", "around Tết", D (2024, 1, 25), D (2024, 2, 14), today);
  item->approximate = TRUE;
  g_ptr_array_add (items, item);
  /* 5: completed late */
  item = fixture_item (5, "A", "5", "late", D (2024, 1, 5), D (2024, 1, 31), today);
  item->completed = D (2024, 2, 10);
  item->status = fixture_status (item, today);
  g_ptr_array_add (items, item);
  /* 6: monthly */
  item = fixture_item (6, "A", "6", "monthly", D (2024, 1, 5), DT_DATE_NONE, today);
  item->recurrence = DT_RECURRENCE_MONTHLY;
  item->recurrence_interval = 1;
  item->status = fixture_status (item, today);
  g_ptr_array_add (items, item);

  layout = dt_timeline_layout_new (items, &o);
  ticks = dt_timeline_layout_get_ticks (layout, &n_ticks);

  row = row_of_item (layout, 1);
  g_assert_cmpuint (row->marks & (DT_TIMELINE_MARK_BAR | DT_TIMELINE_MARK_OPEN_END | DT_TIMELINE_MARK_MILESTONE),
                    ==, DT_TIMELINE_MARK_BAR | DT_TIMELINE_MARK_OPEN_END);
  g_assert_cmpfloat (row->bar_x0, ==, 14 * 4);
  g_assert_cmpfloat (row->bar_x1, ==, dt_timeline_layout_get_content_width (layout));
  g_assert_cmpint (row->status, ==, DT_STATUS_NO_DEADLINE);

  /* 11/01, 21/01 … 31/03: nine occurrences after the first, mid-day. */
  row = row_of_item (layout, 2);
  g_assert_true (row->marks & DT_TIMELINE_MARK_RECURRING);
  g_assert_cmpint (row->status, ==, DT_STATUS_ONGOING);
  g_assert_cmpuint (row->n_ticks, ==, 9);
  g_assert_cmpfloat (ticks[row->first_tick], ==, 10 * 4 + 2);
  g_assert_cmpfloat (ticks[row->first_tick + 1], ==, 20 * 4 + 2);

  row = row_of_item (layout, 6);
  g_assert_cmpuint (row->n_ticks, ==, 2);   /* 05/02, 05/03 */
  g_assert_cmpfloat (ticks[row->first_tick], ==, (31 + 4) * 4 + 2);

  row = row_of_item (layout, 3);
  g_assert_true (row->marks & DT_TIMELINE_MARK_EXTENDED);
  g_assert_cmpfloat (row->original_x, ==, 31 * 4);
  g_assert_cmpfloat (row->milestone_x, ==, 60 * 4);
  g_assert_cmpfloat (row->bar_x1, ==, 60 * 4);

  row = row_of_item (layout, 4);
  g_assert_true (row->marks & DT_TIMELINE_MARK_APPROXIMATE);
  g_assert_false (row_of_item (layout, 3)->marks & DT_TIMELINE_MARK_APPROXIMATE);

  row = row_of_item (layout, 5);
  g_assert_cmpint (row->status, ==, DT_STATUS_COMPLETED_LATE);
  g_assert_true (row->marks & DT_TIMELINE_MARK_COMPLETED);
  g_assert_true (row->marks & DT_TIMELINE_MARK_LATE);
  g_assert_true (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL);
  g_assert_cmpfloat (row->completed_x, ==, 40 * 4 + 2);
}

static void
test_layout_overdue_and_range (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  g_autoptr(DtTimelineLayout) empty_layout = NULL;
  g_autoptr(GPtrArray) empty = new_items ();
  DtTimelineOptions o;
  const DtTimelineRow *row;

  dt_timeline_options_init (&o);
  o.today = today;   /* 15/03/2024 */
  g_ptr_array_add (items, fixture_item (1, "A", "1", "late", D (2024, 1, 10), D (2024, 2, 29), today));
  g_ptr_array_add (items, fixture_item (2, "A", "2", "far", D (2024, 1, 25), D (2024, 6, 30), today));
  layout = dt_timeline_layout_new (items, &o);

  /* From the earliest assigned date to the latest deadline, padded, in
   * whole months. */
  g_assert_cmpuint (dt_timeline_layout_get_from (layout), ==, D (2023, 12, 1));
  g_assert_cmpuint (dt_timeline_layout_get_to (layout), ==, D (2024, 7, 31));

  row = row_of_item (layout, 1);
  g_assert_cmpint (row->status, ==, DT_STATUS_OVERDUE);
  g_assert_true (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL);
  g_assert_cmpfloat (row->tail_x, >, row->milestone_x);

  /* No dates at all: today ± 3 months. */
  empty_layout = dt_timeline_layout_new (empty, &o);
  g_assert_cmpuint (dt_timeline_layout_get_from (empty_layout), <=, D (2023, 12, 15));
  g_assert_cmpuint (dt_timeline_layout_get_to (empty_layout), >=, D (2024, 6, 15));
  g_assert_cmpuint (dt_timeline_layout_get_n_rows (empty_layout), ==, 0);
}

/* Deadlines two years before the reporting date: the range reaches the
 * reporting date in every scale, the today line is on the chart, and an
 * overdue directive's tail ends at it instead of running off the edge. */
static void
test_layout_includes_today (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  DtDate as_of = D (2026, 12, 4);
  DtTimelineScale scales[] = { DT_TIMELINE_SCALE_WEEK, DT_TIMELINE_SCALE_MONTH,
                               DT_TIMELINE_SCALE_QUARTER, DT_TIMELINE_SCALE_YEAR };

  g_ptr_array_add (items, fixture_item (1, "A", "1", "late", D (2024, 1, 10), D (2024, 2, 29), as_of));
  g_ptr_array_add (items, fixture_item (2, "A", "2", "later", D (2024, 1, 25), D (2024, 4, 30), as_of));
  g_assert_cmpint (((DtTimelineItem *) items->pdata[0])->status, ==, DT_STATUS_OVERDUE);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(DtTimelineLayout) layout = NULL;
      DtTimelineOptions o;
      const DtTimelineRow *row;
      double today_x;

      dt_timeline_options_init (&o);
      o.scale = scales[i];
      o.today = as_of;
      layout = dt_timeline_layout_new (items, &o);

      g_assert_cmpuint (dt_timeline_layout_get_today (layout), ==, as_of);
      g_assert_cmpuint (dt_timeline_layout_get_from (layout), <=, D (2024, 1, 10));
      g_assert_cmpuint (dt_timeline_layout_get_to (layout), >=, as_of + 30);   /* and what falls due next */
      today_x = dt_timeline_layout_date_to_x (layout, as_of);
      g_assert_cmpfloat (today_x, <, dt_timeline_layout_get_content_width (layout));

      row = row_of_item (layout, 1);
      g_assert_true (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL);
      g_assert_cmpfloat (row->tail_x, >, today_x);
      g_assert_cmpfloat (row->tail_x, <=, today_x + dt_timeline_layout_get_px_per_day (layout));
    }
}

static void
test_layout_spans (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineSpan *spans;
  guint n, weekends = 0, holidays = 0;

  init_options (&o, D (2024, 1, 29), D (2024, 2, 25));   /* four weeks, Monday to Sunday */
  o.scale = DT_TIMELINE_SCALE_WEEK;
  o.px_per_day = 20;
  layout = dt_timeline_layout_new (items, &o);
  spans = dt_timeline_layout_get_spans (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      if (spans[i].kind == DT_TIMELINE_SPAN_WEEKEND)
        {
          weekends++;
          g_assert_cmpfloat (spans[i].x1 - spans[i].x0, ==, 40);
          if (weekends == 1)
            g_assert_cmpfloat (spans[i].x0, ==, 5 * 20);
        }
      else
        {
          holidays++;
          /* Tết 2024: 10/02, shaded 08/02 … 14/02 */
          g_assert_cmpfloat (spans[i].x0, ==, 10 * 20);
          g_assert_cmpfloat (spans[i].x1, ==, 17 * 20);
        }
    }
  g_assert_cmpuint (weekends, ==, 4);
  g_assert_cmpuint (holidays, ==, 1);
}

static void
test_layout_hit_test (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 1000, 400 };
  DtTimelineHit hit;
  const DtTimelineRow *row;
  double bar_y;

  init_options (&o, D (2024, 1, 1), D (2024, 6, 30));
  g_ptr_array_add (items, fixture_item (7, "Sở Y tế", "1", "x", D (2024, 2, 1), D (2024, 3, 1), today));
  layout = dt_timeline_layout_new (items, &o);
  row = row_of_item (layout, 7);
  bar_y = o.header_height + row->y + row->height / 2;

  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, o.label_width + row->bar_x0 + 10, bar_y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_BAR);
  g_assert_cmpint (((const DtTimelineItem *) dt_timeline_layout_get_item (layout, hit.item))->id, ==, 7);
  g_assert_cmpuint (hit.date, ==, D (2024, 2, 3));

  /* Scrolled 100 px right: the same bar is 100 px further left. */
  vp.x = 100;
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, o.label_width + row->bar_x0 - 90, bar_y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_BAR);
  vp.x = 0;

  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, o.label_width + row->bar_x1 + 60, bar_y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_ROW);
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, 20, bar_y, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_LABEL);
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, 20, o.header_height + 2, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_GROUP);
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, 500, 5, &hit));
  g_assert_cmpint (hit.kind, ==, DT_TIMELINE_HIT_HEADER);
  g_assert_false (dt_timeline_layout_hit_test (layout, &vp, 500, 390, &hit));
}

/* --- render ----------------------------------------------------------- */

static void
assert_pixel (cairo_surface_t       *surface,
              int                    x,
              int                    y,
              const DtTimelineColor *expected)
{
  guint32 *data = (guint32 *) (cairo_image_surface_get_data (surface)
                               + y * cairo_image_surface_get_stride (surface));
  guint32 px = data[x];
  int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

  g_assert_cmpint (abs (r - (int) lround (expected->red * 255)), <=, 2);
  g_assert_cmpint (abs (g - (int) lround (expected->green * 255)), <=, 2);
  g_assert_cmpint (abs (b - (int) lround (expected->blue * 255)), <=, 2);
}

static void
test_render_pixels (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 900, 300 };
  cairo_surface_t *surface;
  cairo_t *cr;
  const DtTimelineRow *row;
  int today_x, mid_x, mid_y;

  init_options (&o, D (2024, 1, 1), D (2024, 6, 30));
  g_ptr_array_add (items, fixture_item (1, "Sở Nông nghiệp và Phát triển nông thôn", "1",
                                        "Chỉ đạo thu hoạch", D (2024, 1, 10), D (2024, 2, 29), today));
  g_ptr_array_add (items, fixture_item (2, "Sở Nông nghiệp và Phát triển nông thôn", "2",
                                        "Xây dựng mô hình", D (2024, 2, 1), D (2024, 5, 31), today));
  layout = dt_timeline_layout_new (items, &o);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cr = cairo_create (surface);
  dt_timeline_render (cr, layout, &vp, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Today's line, at the middle of 15/03/2024, below the header. */
  today_x = (int) (o.label_width + floor (dt_timeline_layout_date_to_x (layout, today) + 2));
  assert_pixel (surface, today_x, 250, &style->today);
  assert_pixel (surface, today_x - 1, 250, &style->today);

  /* The overdue bar's middle has the overdue colour. */
  row = row_of_item (layout, 1);
  g_assert_cmpint (row->status, ==, DT_STATUS_OVERDUE);
  mid_x = (int) (o.label_width + (row->bar_x0 + row->bar_x1) / 2) + 3;
  mid_y = (int) (o.header_height + row->y + row->height / 2) + 2;
  assert_pixel (surface, mid_x, mid_y, &style->status[DT_STATUS_OVERDUE]);

  /* The other one is in progress, in its own colour. */
  row = row_of_item (layout, 2);
  g_assert_cmpint (row->status, ==, DT_STATUS_IN_PROGRESS);
  mid_x = (int) (o.label_width + row->bar_x0 + 10);
  mid_y = (int) (o.header_height + row->y + row->height / 2) + 2;
  assert_pixel (surface, mid_x, mid_y, &style->status[DT_STATUS_IN_PROGRESS]);

  /* Nothing drawn past the viewport's chart: the background under the
   * header's corner is the header's. */
  assert_pixel (surface, 2, 2, &style->header_background);

  /* Scrolled horizontally, the unit column stays: same label pixels. */
  cairo_surface_destroy (surface);
}

/* A group's name runs over the whole width of its band: the unit column's
 * edge stops at the band rather than cut through the name (a phone-width
 * column is narrower than most units' names); beside directives it stays. */
static void
test_render_group_band (void)
{
  g_autoptr(GPtrArray) items = new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 360, 200 };
  cairo_surface_t *surface;
  cairo_t *cr;
  const DtTimelineRow *group, *row;
  int edge_x;

  init_options (&o, D (2024, 1, 1), D (2024, 6, 30));
  o.label_width = 120;
  g_ptr_array_add (items, fixture_item (1, "Ban Quản lý Khu kinh tế Đông Nam", "1",
                                        "Chỉ đạo thu hoạch", D (2024, 1, 10), D (2024, 2, 29), today));
  layout = dt_timeline_layout_new (items, &o);
  group = dt_timeline_layout_get_row (layout, 0);
  g_assert_cmpint (group->kind, ==, DT_TIMELINE_ROW_GROUP);
  row = row_of_item (layout, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 360, 200);
  cr = cairo_create (surface);
  dt_timeline_render (cr, layout, &vp, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  edge_x = (int) floor (o.label_width) - 1;
  assert_pixel (surface, edge_x, (int) (o.header_height + group->y) + 2, &style->group_background);
  assert_pixel (surface, edge_x, (int) (o.header_height + row->y + row->height / 2), &style->grid_major);
  cairo_surface_destroy (surface);
}

static void
test_render_scrolled_consistent (void)
{
  g_autoptr(GPtrArray) items = fixture_many (500, today);
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_DARK);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 300, 2000, 800, 500 };
  cairo_surface_t *surface;
  cairo_t *cr;
  DtTimelineHit hit;

  dt_timeline_options_init (&o);
  o.today = today;
  layout = dt_timeline_layout_new (items, &o);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 500);
  cr = cairo_create (surface);
  dt_timeline_render_selected (cr, layout, &vp, style, 80);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  /* Below the sticky group name, the row the hit-test finds is the row
   * the content y falls in. */
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, 100, o.header_height + 200, &hit));
  g_assert_cmpuint (hit.row, ==, dt_timeline_layout_row_at_y (layout, 2200));
  cairo_surface_destroy (surface);
}

/* --- pagination and export ------------------------------------------- */

static void
test_paginate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autoptr(GPtrArray) many = fixture_many (400, today);
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  guint down_a4, down_a3;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, >=, 50);
  dt_timeline_options_init_print (&o);
  o.today = today;

  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  for (guint wide = 1; wide <= 3; wide++)
    {
      g_autoptr(DtTimelinePages) pages = NULL;

      setup.pages_wide = wide;
      pages = dt_timeline_pages_new (items, &o, &setup);
      g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, wide);
      g_assert_cmpuint (dt_timeline_pages_get_n_pages (pages), ==,
                        wide * dt_timeline_pages_get_n_down (pages));
    }

  /* Rows flow down: more directives, more pages; a bigger sheet, fewer. */
  setup.pages_wide = 1;
  {
    g_autoptr(DtTimelinePages) few = dt_timeline_pages_new (items, &o, &setup);
    g_autoptr(DtTimelinePages) lots = dt_timeline_pages_new (many, &o, &setup);

    down_a4 = dt_timeline_pages_get_n_down (lots);
    g_assert_cmpuint (down_a4, >, dt_timeline_pages_get_n_down (few));
    g_assert_cmpuint (down_a4, >=, 400 * o.row_height / setup.page_height);
  }
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A3, TRUE);
  setup.pages_wide = 1;
  {
    g_autoptr(DtTimelinePages) lots = dt_timeline_pages_new (many, &o, &setup);

    down_a3 = dt_timeline_pages_get_n_down (lots);
    g_assert_cmpuint (down_a3, <, down_a4);
  }

  /* By scale: the week's width is kept (narrowed by a fifth at most, to
   * save a page with a sliver of time), the pages follow the range. */
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  g_assert_cmpuint (setup.pages_wide, ==, 1);   /* one page wide unless asked */
  setup.pages_wide = 0;
  o.scale = DT_TIMELINE_SCALE_WEEK;
  o.px_per_day = 0;
  {
    g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (many, &o, &setup);
    DtTimelineLayout *layout = dt_timeline_pages_get_layout (pages);
    double chart_w = setup.page_width - 2 * setup.margin
                     - dt_timeline_layout_get_options (layout)->label_width;
    double ppd = dt_timeline_layout_get_px_per_day (layout);
    double content_w = dt_timeline_layout_get_content_width (layout);

    g_assert_cmpfloat (ppd, <=, dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_WEEK));
    g_assert_cmpfloat (ppd, >=, 0.8 * dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_WEEK));
    g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), >=, 20);
    g_assert_cmpfloat (dt_timeline_pages_get_n_across (pages) * chart_w, >=, content_w - 0.01);
    /* Pages break between weeks, and keep a strip for marks at the seam
     * (a row's height): each page loses less than a week and the strip. */
    g_assert_cmpfloat ((dt_timeline_pages_get_n_across (pages) - 1)
                       * (chart_w - 7 * ppd - dt_timeline_layout_get_options (layout)->row_height),
                       <, content_w);
  }

  /* Five months at the month scale on A4: a little more than a page, so
   * narrowed onto one rather than a second page with May alone. */
  o.scale = DT_TIMELINE_SCALE_MONTH;
  o.from = D (2024, 1, 1);
  o.to = D (2024, 5, 31);
  {
    g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (items, &o, &setup);

    g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 1);
  }
}

static void
test_export_pdf (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages_text = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  guint n_pages;

  g_assert_no_error (error);
  /* Stacked marks: "ễ", "ặ", "ỗ". */
  g_ptr_array_add (items, fixture_item (1000, "Ủy ban nhân dân huyện Diễn Châu", "29",
                                        "Đặc biệt hỗ trợ nông dân khắc phục hậu quả rét đậm",
                                        D (2024, 1, 25), D (2024, 3, 31), today));
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = 2;
  setup.title = "Thông báo kết luận 37/TB-UBND ngày 31/01/2024";

  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);

  pages = dt_timeline_pages_new (items, &o, &setup);
  n_pages = dt_timeline_pages_get_n_pages (pages);
  g_assert_cmpuint (n_pages, >=, 4);   /* 2 across × at least 2 down for 60 rows on A4 */

  text = pdf_text_read (path);
  /* Unit names with their diacritics, stacked marks included. */
  g_assert_nonnull (strstr (text, "Sở Nông nghiệp và Phát triển nông thôn"));
  g_assert_nonnull (strstr (text, "Sở Lao động - Thương binh và Xã hội"));
  g_assert_nonnull (strstr (text, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"));
  g_assert_nonnull (strstr (text, "Ủy ban nhân dân huyện Diễn Châu"));
  g_assert_nonnull (strstr (text, "Đặc biệt hỗ trợ"));
  pdf_text_assert_fonts_embedded (path);

  /* Every page of the text ends with a form feed: one page per page of the
   * pagination, each with its header, unit column header and legend. */
  pages_text = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages_text), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *page_no = g_strdup_printf ("Page %u/%u", i + 1, n_pages);

      g_assert_nonnull (strstr (pages_text[i], page_no));
      g_assert_nonnull (strstr (pages_text[i], "Thông báo kết luận 37/TB-UBND"));
      g_assert_nonnull (strstr (pages_text[i], "Printed on 15/03/2024"));
      g_assert_nonnull (strstr (pages_text[i], "Lead unit / Directive"));
      g_assert_nonnull (strstr (pages_text[i], "Approximate deadline"));
    }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static guint
count_color (cairo_surface_t       *surface,
             int                    x0,
             int                    x1,
             int                    y0,
             int                    y1,
             const DtTimelineColor *color)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    {
      guint32 *data = (guint32 *) (cairo_image_surface_get_data (surface)
                                   + y * cairo_image_surface_get_stride (surface));

      for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (surface)); x++)
        {
          guint32 px = data[x];

          n += abs ((int) ((px >> 16) & 0xff) - (int) lround (color->red * 255)) <= 2
               && abs ((int) ((px >> 8) & 0xff) - (int) lround (color->green * 255)) <= 2
               && abs ((int) (px & 0xff) - (int) lround (color->blue * 255)) <= 2;
        }
    }
  return n;
}

static cairo_surface_t *
draw_page_image (DtTimelinePages           *pages,
                 const DtTimelinePageSetup *setup,
                 guint                      page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (setup->page_width),
                                                         (int) ceil (setup->page_height));
  cairo_t *cr = cairo_create (surface);

  dt_timeline_pages_draw_page (pages, cr, page, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* Deadlines two years before the reporting date, exported for a meeting:
 * the pages reach the reporting date and draw its line; the header says
 * which day the status is as of. */
static void
test_export_as_of (void)
{
  g_autoptr(GError) error = NULL;
  DtDate as_of = D (2026, 12, 4);
  g_autoptr(GPtrArray) items = fixture_sample_notice (as_of, &error);
  g_autoptr(DtTimelinePages) pages = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "as-of.pdf", NULL);
  g_autofree char *text = NULL;
  const DtTimelineStyle *print = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  DtTimelineLayout *layout;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *surface;
  int line_x;

  g_assert_no_error (error);
  dt_timeline_options_init_print (&o);
  o.scale = DT_TIMELINE_SCALE_MONTH;
  o.today = as_of;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.printed_on = D (2026, 12, 7);

  pages = dt_timeline_pages_new (items, &o, &setup);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 1);   /* the default */
  layout = dt_timeline_pages_get_layout (pages);
  g_assert_cmpuint (dt_timeline_layout_get_from (layout), <=, D (2024, 1, 25));
  g_assert_cmpuint (dt_timeline_layout_get_to (layout), >=, as_of);

  /* The today line runs down the chart of every page. */
  surface = draw_page_image (pages, &setup, 0);
  line_x = (int) floor (setup.margin + dt_timeline_layout_get_options (layout)->label_width
                        + floor (dt_timeline_layout_date_to_x (layout, as_of)
                                 + dt_timeline_layout_get_px_per_day (layout) / 2));
  g_assert_cmpuint (count_color (surface, line_x - 2, line_x + 3, 0, (int) setup.page_height, &print->today),
                    >=, 10 * dt_timeline_layout_get_options (layout)->row_height);
  cairo_surface_destroy (surface);

#if HAVE_POPPLER
  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_nonnull (strstr (text, "As of 04/12/2026 · printed on 07/12/2026"));
  g_assert_nonnull (strstr (text, "to 31/01/2027"));
  g_assert_nonnull (strstr (text, "Timeline of directives"));

  /* The title and subtitle the user wrote for the meeting, on every page. */
  g_clear_pointer (&text, g_free);
  setup.heading = "Họp giao ban tháng 12/2026";
  setup.subtitle = " Ủy ban nhân dân tỉnh, ngày 07/12/2026 ";
  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  text = pdf_text_read (path);
  g_assert_null (strstr (text, "Timeline of directives"));
  g_assert_cmpuint (count_substrings (text, "Họp giao ban tháng 12/2026"), ==, count_substrings (text, "\f"));
  g_assert_nonnull (strstr (text, "Ủy ban nhân dân tỉnh, ngày 07/12/2026 · From"));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#endif
}

#if HAVE_POPPLER
/* The smallest type on any page, and that of the runs containing needle. */
static void
measure_type (const char *pdf,
              const char *needle,
              double     *smallest,
              double     *of_needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  *smallest = G_MAXDOUBLE;
  *of_needle = 0;
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      GList *attrs = poppler_page_get_text_attributes (page);
      const char *hit = strstr (text, needle);
      glong hit_at = hit ? g_utf8_pointer_to_offset (text, hit) : -1;

      for (GList *l = attrs; l != NULL; l = l->next)
        {
          PopplerTextAttributes *a = l->data;

          *smallest = MIN (*smallest, a->font_size);
          if (hit_at >= a->start_index && hit_at <= a->end_index)
            *of_needle = a->font_size;
        }
      poppler_page_free_text_attributes (attrs);
    }
}
#endif

/* Type that reads at arm's length: row labels at 9 pt or more and nothing
 * under 8 pt on A4; larger on A3. */
static void
test_export_type_size (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "type.pdf", NULL);
  DtTimelinePaper papers[] = { DT_TIMELINE_PAPER_A4, DT_TIMELINE_PAPER_A3 };
  double label_size[2] = { 0 };

  g_assert_no_error (error);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (guint wide = 1; wide <= 2; wide++)
      {
        DtTimelineOptions o;
        DtTimelinePageSetup setup;
        double smallest, label;

        dt_timeline_options_init_print (&o);
        o.today = today;
        dt_timeline_page_setup_init (&setup, papers[p], TRUE);
        setup.pages_wide = wide;
        g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
        g_assert_no_error (error);
        measure_type (path, "Sở Nông nghiệp", &smallest, &label);
        g_test_message ("%s, %u wide: labels %.2f pt, smallest %.2f pt",
                        p ? "A3" : "A4", wide, label, smallest);
        g_assert_cmpfloat (smallest, >=, 7.99);
        g_assert_cmpfloat (label, >=, 9.0);
        label_size[p] = label;
      }
  g_assert_cmpfloat (label_size[1], >, label_size[0] * 1.2);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* A3 used for more on each page: A4's type (row labels at 9.5 pt), so the
 * same directives take fewer pages than with the larger type. */
static void
test_export_a3_more_on_page (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sample = fixture_sample_notice (today, &error);
  g_autoptr(GPtrArray) many = fixture_many (112, today);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "a3.pdf", NULL);
  DtTimelineTypeSize sizes[] = { DT_TIMELINE_TYPE_LARGE, DT_TIMELINE_TYPE_NORMAL };
  double label_size[2] = { 0 };
  guint n_pages[2] = { 0 };
  DtTimelineTypeSize parsed;

  g_assert_no_error (error);
  for (guint t = 0; t < G_N_ELEMENTS (sizes); t++)
    {
      DtTimelineOptions o;
      DtTimelinePageSetup setup;
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *uri = NULL;
      double smallest;

      dt_timeline_options_init_print (&o);
      o.today = today;
      dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A3, TRUE);
      g_assert_cmpint (setup.type_size, ==, DT_TIMELINE_TYPE_LARGE);   /* the default */
      setup.type_size = sizes[t];

      g_assert_true (dt_timeline_export (sample, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);
      measure_type (path, "Sở Nông nghiệp", &smallest, &label_size[t]);
      g_assert_cmpfloat (smallest, >=, 7.99);

      g_assert_true (dt_timeline_export (many, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);
      uri = g_filename_to_uri (path, NULL, &error);
      doc = poppler_document_new_from_file (uri, NULL, &error);
      g_assert_no_error (error);
      n_pages[t] = poppler_document_get_n_pages (doc);
      g_test_message ("A3, %s: labels %.2f pt, %u directives on %u pages",
                      dt_timeline_type_size_to_id (sizes[t]), label_size[t], many->len, n_pages[t]);
    }
  g_assert_cmpfloat (fabs (label_size[1] - 9.5), <, 0.05);
  g_assert_cmpfloat (label_size[0], >, label_size[1] * 1.2);
  g_assert_cmpuint (n_pages[1], <, n_pages[0]);

  g_assert_true (dt_timeline_type_size_from_id ("Normal", &parsed));
  g_assert_cmpint (parsed, ==, DT_TIMELINE_TYPE_NORMAL);
  g_assert_true (dt_timeline_type_size_from_id ("large", &parsed));
  g_assert_cmpint (parsed, ==, DT_TIMELINE_TYPE_LARGE);
  g_assert_false (dt_timeline_type_size_from_id ("huge", &parsed));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* An overdue directive's deadline shortly before the reporting date, on a
 * chart that ends soon after it: its date is printed clear of the today
 * line (it was written across it, right of the diamond). */
static void
test_export_date_clear_of_today (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "today.pdf", NULL);
  g_autofree char *uri = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  DtTimelineItem *late;

  g_assert_no_error (error);
  late = fixture_item (5001, "Ủy ban nhân dân huyện Diễn Châu", "98", "overdue, lately",
                       DT_DATE_NONE, today - 8, today);
  g_assert_cmpint (late->status, ==, DT_STATUS_OVERDUE);
  g_ptr_array_add (items, late);
  uri = g_filename_to_uri (path, NULL, &error);
  g_assert_no_error (error);

  dt_timeline_options_init_print (&o);
  o.today = today;
  o.to = today + 3;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);

  for (guint lag = 1; lag <= 8; lag++)
    {
      g_autoptr(DtTimelinePages) pages = NULL;
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *date = NULL;
      DtTimelineLayout *layout;
      double today_x;
      guint n_found = 0;

      late->deadline = today - lag;
      g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);

      /* where the today line is on the page: the unit column, then the chart */
      pages = dt_timeline_pages_new (items, &o, &setup);
      layout = dt_timeline_pages_get_layout (pages);
      today_x = setup.margin + dt_timeline_layout_get_options (layout)->label_width
                + floor (dt_timeline_layout_date_to_x (layout, today)
                         + dt_timeline_layout_get_px_per_day (layout) / 2);
      for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout) && date == NULL; i++)
        {
          const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);

          if (row->item >= 0 && dt_timeline_layout_get_item (layout, row->item)->id == late->id)
            date = g_strdup (row->date_label);   /* "09/03" */
        }
      g_assert_nonnull (date);

      doc = poppler_document_new_from_file (uri, NULL, &error);
      g_assert_no_error (error);
      for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
        {
          g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
          GList *hits = poppler_page_find_text (page, date);

          for (GList *l = hits; l != NULL; l = l->next)
            {
              PopplerRectangle *rect = l->data;

              g_test_message ("%s at %.1f–%.1f pt, the today line at %.1f pt",
                              date, rect->x1, rect->x2, today_x);
              /* the line is 2 pt wide */
              g_assert_true (rect->x2 < today_x - 1 || rect->x1 > today_x + 1);
              n_found++;
            }
          g_list_free_full (hits, (GDestroyNotify) poppler_rectangle_free);
        }
      g_assert_cmpuint (n_found, >=, 1);
    }
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip ("built without poppler-glib");
#endif
}

/* A deadline in the chart's last days: its date is printed whole, inside
 * the page (it used to run off the right edge, "31/12/20"). */
static void
test_export_last_deadline_whole (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "last.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  DtTimelineItem *last;
  DtDate deadline = today + 400;

  g_assert_no_error (error);
  last = fixture_item (6000, "Sở Y tế", "98", "the last deadline", today, deadline, today);
  g_ptr_array_add (items, last);
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);

  /* the text of a page leaves out what lies outside it */
  text = pdf_text_read (path);
  date = dt_date_format (deadline);
  g_assert_nonnull (strstr (text, date));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* Two pages wide: a deadline on the seam is drawn whole on the left page,
 * over the seam, and not cut in half on the right one. */
static void
test_paginate_seam (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autoptr(DtTimelinePages) probe = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  const DtTimelineStyle *print = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  const DtTimelineColor *edge = &print->status_edge[DT_STATUS_COMPLETED_ON_TIME];
  DtTimelineLayout *layout;
  DtTimelineItem *seam_item;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *left, *right;
  double lw, chart_w, seam, r;
  DtDate on_seam;
  int frame_x;
  guint n_over = 0;

  g_assert_no_error (error);
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = 2;

  probe = dt_timeline_pages_new (items, &o, &setup);
  layout = dt_timeline_pages_get_layout (probe);
  seam = dt_timeline_layout_get_content_width (layout) / 2;
  /* the deadline's diamond is centred on the right edge of its day */
  on_seam = dt_timeline_layout_x_to_date (layout, seam) - 1;

  seam_item = fixture_item (5000, "Ủy ban nhân dân huyện Diễn Châu", "99", "on the seam",
                            DT_DATE_NONE, on_seam, today);
  seam_item->completed = on_seam - 3;
  seam_item->status = DT_STATUS_COMPLETED_ON_TIME;
  g_ptr_array_add (items, seam_item);
  pages = dt_timeline_pages_new (items, &o, &setup);
  layout = dt_timeline_pages_get_layout (pages);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 2);
  g_assert_cmpfloat (fabs (dt_timeline_layout_date_to_x (layout, on_seam + 1) - seam), <, 2);

  lw = dt_timeline_layout_get_options (layout)->label_width;
  r = dt_timeline_layout_get_options (layout)->row_height * 0.32;
  chart_w = seam;
  frame_x = (int) ceil (setup.margin + lw + chart_w);

  for (guint band = 0; band < dt_timeline_pages_get_n_down (pages); band++)
    {
      left = draw_page_image (pages, &setup, 2 * band);
      right = draw_page_image (pages, &setup, 2 * band + 1);
      /* Right of the left page's chart: the diamond's right half. */
      n_over += count_color (left, frame_x + 1, frame_x + (int) r, 0, (int) setup.page_height, edge);
      /* Right of the right page's unit column: no half diamond. */
      g_assert_cmpuint (count_color (right, (int) ceil (setup.margin + lw) + 1,
                                     (int) (setup.margin + lw + r), 0, (int) setup.page_height, edge),
                        ==, 0);
      cairo_surface_destroy (left);
      cairo_surface_destroy (right);
    }
  g_assert_cmpuint (n_over, >, 0);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* An export that fails half-way leaves the previous file as it was, and
 * no temporary file beside it. */
static void
test_export_failed_keeps_previous (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;

  g_assert_no_error (error);
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = 2;
  setup.title = "Thông báo kết luận 37/TB-UBND";

  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  g_assert_cmpuint (count_files (dir), ==, 1);

  setup.title = "Một bản khác";
  _dt_timeline_export_set_fail_after_pages (2);
  g_assert_false (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
  _dt_timeline_export_set_fail_after_pages (0);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write the timeline"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* into a folder that is gone: an error, nothing made */
  g_clear_error (&error);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_false (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_SVG, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_export_pictures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autoptr(GPtrArray) many = fixture_many (3000, today);
  g_autofree char *dir = g_dir_make_tmp ("dt-timeline-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "timeline.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "timeline.svg", NULL);
  g_autofree char *svg_text = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  DtTimelineFormat format;
  cairo_surface_t *image;

  g_assert_no_error (error);
  dt_timeline_options_init (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);

  g_assert_true (dt_timeline_format_from_path ("x/Timeline.PNG", &format));
  g_assert_cmpint (format, ==, DT_TIMELINE_FORMAT_PNG);
  g_assert_false (dt_timeline_format_from_path ("timeline.docx", &format));

  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PNG, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), >, o.label_width + 200);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, items->len * o.row_height);
  cairo_surface_destroy (image);

  g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_SVG, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));

  /* Too tall for a picture: a clear error, no file. */
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_false (dt_timeline_export (many, &o, &setup, DT_TIMELINE_FORMAT_PNG, png, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  today = dt_date_new (2024, 3, 15);

  g_test_add_func ("/timeline/scale/units", test_scale_units);
  g_test_add_func ("/timeline/layout/date-to-x", test_layout_date_to_x);
  g_test_add_func ("/timeline/layout/groups", test_layout_groups);
  g_test_add_func ("/timeline/layout/labels", test_layout_labels);
  g_test_add_func ("/timeline/layout/group-by-status", test_layout_group_by_status);
  g_test_add_func ("/timeline/layout/group-by-section", test_layout_group_by_section);
  g_test_add_func ("/timeline/layout/marks", test_layout_marks);
  g_test_add_func ("/timeline/layout/overdue-and-range", test_layout_overdue_and_range);
  g_test_add_func ("/timeline/layout/includes-today", test_layout_includes_today);
  g_test_add_func ("/timeline/layout/spans", test_layout_spans);
  g_test_add_func ("/timeline/layout/hit-test", test_layout_hit_test);
  g_test_add_func ("/timeline/render/pixels", test_render_pixels);
  g_test_add_func ("/timeline/render/group-band", test_render_group_band);
  g_test_add_func ("/timeline/render/scrolled", test_render_scrolled_consistent);
  g_test_add_func ("/timeline/paginate", test_paginate);
  g_test_add_func ("/timeline/export/pdf", test_export_pdf);
  g_test_add_func ("/timeline/export/as-of", test_export_as_of);
  g_test_add_func ("/timeline/export/type-size", test_export_type_size);
  g_test_add_func ("/timeline/export/a3-more-on-page", test_export_a3_more_on_page);
  g_test_add_func ("/timeline/export/date-clear-of-today", test_export_date_clear_of_today);
  g_test_add_func ("/timeline/paginate/seam", test_paginate_seam);
  g_test_add_func ("/timeline/export/last-deadline-whole", test_export_last_deadline_whole);
  g_test_add_func ("/timeline/export/pictures", test_export_pictures);
  g_test_add_func ("/timeline/export/failed-keeps-previous", test_export_failed_keeps_previous);

  return g_test_run ();
}
