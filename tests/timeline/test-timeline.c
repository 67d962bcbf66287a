/* test-timeline.c — the time scale and the layout math (rendering and
 * pagination in test-timeline-pages.c, export in test-timeline-export.c)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-ordinal.h"
#include "dt-timeline-render.h"
#include "timeline-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtDate today;

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
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineRow *row;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 6, 30), today);
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
  row = fixture_row_of_item (layout, 1);
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
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineRow *row;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 12, 31), today);
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
/* Many rows (the sort merges runs): each group once, and within a group by
 * deadline (none last), then the notice's number, then the ordinal's, then
 * as the items came */
static void
test_layout_order_many (void)
{
  static const char * const units[] = { "Sở Y tế", "Ban Dân tộc tỉnh", "Công an tỉnh", NULL };
  static const char * const notices[] = { "2/TB", "10/TB", "1/TB", "37/TB-UBND" };
  static const char * const ordinals[] = { "1", "10", "2", "3.10", "3.9", "3.3" };
  const DtDate deadlines[] = { DT_DATE_NONE, D (2024, 3, 1), D (2024, 2, 1), D (2024, 5, 1) };
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(GHashTable) seen_groups = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineItem *before = NULL;
  DtTimelineOptions o;
  guint32 seed = 7;
  guint n_items = 0;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 12, 31), today);
  for (guint i = 0; i < 700; i++)
    {
      DtTimelineItem *item;

      seed = seed * 1103515245 + 12345;
      item = fixture_item (i + 1, units[(seed >> 8) % G_N_ELEMENTS (units)],
                           ordinals[(seed >> 12) % G_N_ELEMENTS (ordinals)], "x",
                           D (2024, 1, 1), deadlines[(seed >> 16) % G_N_ELEMENTS (deadlines)], today);
      g_free (item->notice);
      item->notice = g_strdup (notices[(seed >> 20) % G_N_ELEMENTS (notices)]);
      g_ptr_array_add (items, item);
    }
  layout = dt_timeline_layout_new (items, &o);

  for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout); i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);
      const DtTimelineItem *item;
      int c;

      if (row->kind == DT_TIMELINE_ROW_GROUP)
        {
          g_assert_false (g_hash_table_contains (seen_groups, GUINT_TO_POINTER (row->group + 1)));
          g_hash_table_add (seen_groups, GUINT_TO_POINTER (row->group + 1));
          before = NULL;
          continue;
        }
      item = dt_timeline_layout_get_item (layout, row->item);
      n_items++;
      g_assert_cmpstr (dt_timeline_layout_get_group_label (layout, row->group), ==,
                       item->unit ? item->unit : "No lead unit");
      if (before != NULL)
        {
          DtDate a = before->deadline ? before->deadline : G_MAXUINT32;
          DtDate b = item->deadline ? item->deadline : G_MAXUINT32;

          g_assert_cmpuint (a, <=, b);
          if (a == b)
            {
              c = dt_ordinal_compare (before->notice, item->notice);
              g_assert_cmpint (c, <=, 0);
              if (c == 0)
                {
                  c = dt_ordinal_compare (before->ordinal, item->ordinal);
                  g_assert_cmpint (c, <=, 0);
                  if (c == 0)
                    g_assert_cmpint (before->id, <, item->id);
                }
            }
        }
      before = item;
    }
  g_assert_cmpuint (n_items, ==, 700);
  g_assert_cmpuint (g_hash_table_size (seen_groups), ==, 4);
}

static void
test_layout_labels (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  g_autoptr(DtTimelineLayout) longer = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  DtTimelineOptions o;
  const DtTimelineRow *row;
  const char *label;

  for (int i = 0; i < 30; i++)
    g_string_append (text, "Tiếp tục ");   /* 9 characters, 11 bytes */
  fixture_init_options (&o, D (2024, 1, 1), D (2024, 12, 31), today);
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
  fixture_init_options (&o, D (2023, 6, 1), D (2024, 12, 31), today);
  longer = dt_timeline_layout_new (items, &o);
  g_assert_cmpstr (dt_timeline_layout_get_row (longer, 1)->date_label, ==, "29/02/2024");
}

static void
test_layout_group_by_status (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineItem *done;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 12, 31), today);
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
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const char *sections[] = { "I.3.10", "II.1", "I.3.9", "I.3.2" };

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 12, 31), today);
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
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineItem *item;
  const DtTimelineRow *row;
  const double *ticks;
  guint n_ticks;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 3, 31), today);

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

  row = fixture_row_of_item (layout, 1);
  g_assert_cmpuint (row->marks & (DT_TIMELINE_MARK_BAR | DT_TIMELINE_MARK_OPEN_END | DT_TIMELINE_MARK_MILESTONE),
                    ==, DT_TIMELINE_MARK_BAR | DT_TIMELINE_MARK_OPEN_END);
  g_assert_cmpfloat (row->bar_x0, ==, 14 * 4);
  g_assert_cmpfloat (row->bar_x1, ==, dt_timeline_layout_get_content_width (layout));
  g_assert_cmpint (row->status, ==, DT_STATUS_NO_DEADLINE);

  /* 11/01, 21/01 … 31/03: nine occurrences after the first, mid-day. */
  row = fixture_row_of_item (layout, 2);
  g_assert_true (row->marks & DT_TIMELINE_MARK_RECURRING);
  g_assert_cmpint (row->status, ==, DT_STATUS_ONGOING);
  g_assert_cmpuint (row->n_ticks, ==, 9);
  g_assert_cmpfloat (ticks[row->first_tick], ==, 10 * 4 + 2);
  g_assert_cmpfloat (ticks[row->first_tick + 1], ==, 20 * 4 + 2);

  row = fixture_row_of_item (layout, 6);
  g_assert_cmpuint (row->n_ticks, ==, 2);   /* 05/02, 05/03 */
  g_assert_cmpfloat (ticks[row->first_tick], ==, (31 + 4) * 4 + 2);

  row = fixture_row_of_item (layout, 3);
  g_assert_true (row->marks & DT_TIMELINE_MARK_EXTENDED);
  g_assert_cmpfloat (row->original_x, ==, 31 * 4);
  g_assert_cmpfloat (row->milestone_x, ==, 60 * 4);
  g_assert_cmpfloat (row->bar_x1, ==, 60 * 4);

  row = fixture_row_of_item (layout, 4);
  g_assert_true (row->marks & DT_TIMELINE_MARK_APPROXIMATE);
  g_assert_false (fixture_row_of_item (layout, 3)->marks & DT_TIMELINE_MARK_APPROXIMATE);

  row = fixture_row_of_item (layout, 5);
  g_assert_cmpint (row->status, ==, DT_STATUS_COMPLETED_LATE);
  g_assert_true (row->marks & DT_TIMELINE_MARK_COMPLETED);
  g_assert_true (row->marks & DT_TIMELINE_MARK_LATE);
  g_assert_true (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL);
  g_assert_cmpfloat (row->completed_x, ==, 40 * 4 + 2);
}

static void
test_layout_overdue_and_range (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  g_autoptr(DtTimelineLayout) empty_layout = NULL;
  g_autoptr(GPtrArray) empty = fixture_new_items ();
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

  row = fixture_row_of_item (layout, 1);
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
  g_autoptr(GPtrArray) items = fixture_new_items ();
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

      row = fixture_row_of_item (layout, 1);
      g_assert_true (row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL);
      g_assert_cmpfloat (row->tail_x, >, today_x);
      g_assert_cmpfloat (row->tail_x, <=, today_x + dt_timeline_layout_get_px_per_day (layout));
    }
}

static void
test_layout_spans (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  const DtTimelineSpan *spans;
  guint n, weekends = 0, holidays = 0;

  fixture_init_options (&o, D (2024, 1, 29), D (2024, 2, 25), today);   /* four weeks, Monday to Sunday */
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
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 1000, 400 };
  DtTimelineHit hit;
  const DtTimelineRow *row;
  double bar_y;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 6, 30), today);
  g_ptr_array_add (items, fixture_item (7, "Sở Y tế", "1", "x", D (2024, 2, 1), D (2024, 3, 1), today));
  layout = dt_timeline_layout_new (items, &o);
  row = fixture_row_of_item (layout, 7);
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


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  today = fixture_set_today ();

  g_test_add_func ("/timeline/scale/units", test_scale_units);
  g_test_add_func ("/timeline/layout/date-to-x", test_layout_date_to_x);
  g_test_add_func ("/timeline/layout/groups", test_layout_groups);
  g_test_add_func ("/timeline/layout/order-many", test_layout_order_many);
  g_test_add_func ("/timeline/layout/labels", test_layout_labels);
  g_test_add_func ("/timeline/layout/group-by-status", test_layout_group_by_status);
  g_test_add_func ("/timeline/layout/group-by-section", test_layout_group_by_section);
  g_test_add_func ("/timeline/layout/marks", test_layout_marks);
  g_test_add_func ("/timeline/layout/overdue-and-range", test_layout_overdue_and_range);
  g_test_add_func ("/timeline/layout/includes-today", test_layout_includes_today);
  g_test_add_func ("/timeline/layout/spans", test_layout_spans);
  g_test_add_func ("/timeline/layout/hit-test", test_layout_hit_test);

  return g_test_run ();
}

