/* test-timeline-brief.c — the chart's fast path lays out what printing does
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Timeline page reads brief items (dt_timeline_items_from_list_brief:
 * one scan of an index, no text, no objects) where printing and export
 * read whole ones (dt_timeline_items_from_model).  What the user sees on
 * the screen and on paper must be the same chart: the same rows in the
 * same order, the same groups, statuses, marks and labels.
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "dt-timeline-item.h"
#include "dt-timeline-layout.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)

typedef struct
{
  DtStore *store;
  gint64   units[3];
  gint64   notices[3];
} Fixture;

static void
add (Fixture    *f,
     guint       unit,
     guint       notice,
     const char *ordinal,
     const char *section,
     DtDate      deadline,
     DtDate      completed,
     gboolean    cancelled,
     DtRecurrence recurrence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) directive = NULL;
  g_autofree char *text = g_strdup_printf ("tổ chức thực hiện nhiệm vụ %s", ordinal);

  directive = dt_directive_new ();
  dt_directive_set_notice_id (directive, f->notices[notice]);
  if (unit < G_N_ELEMENTS (f->units))
    dt_directive_set_lead_unit_id (directive, f->units[unit]);
  else
    dt_directive_set_addressee (directive, "Các sở, ngành");
  dt_directive_set_ordinal (directive, ordinal);
  dt_directive_set_text (directive, text);
  dt_directive_set_deadline (directive, deadline);
  dt_directive_set_section (directive, section);
  dt_directive_set_assigned_date (directive, D (2024, 1, 10));
  dt_directive_set_completed_date (directive, completed);
  dt_directive_set_cancelled (directive, cancelled);
  dt_directive_set_recurrence (directive, recurrence, recurrence != DT_RECURRENCE_NONE ? 1 : 0);
  g_assert_true (dt_store_save_directive (f->store, directive, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char * const units[] = { "Sở Y tế", "Sở Giao thông vận tải", "Ban Dân tộc" };
  const char * const notices[] = { "37/TB-UBND", "5/TB-UBND", "112/TB-UBND" };

  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  f->store = model_test_open_store (":memory:");
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(DtUnit) unit = model_test_add_unit (f->store, units[i]);
      g_autoptr(DtNotice) notice = model_test_add_notice (f->store, notices[i], D (2024, 1, 5 + i));

      f->units[i] = dt_unit_get_id (unit);
      f->notices[i] = dt_notice_get_id (notice);
    }

  /* Ties on the deadline within a unit and a notice ("2" before "10"),
   * no deadline, done on time and late, cancelled, recurring, no lead
   * unit (addressed to a collective), sections numbered past 9. */
  for (guint i = 0; i < 36; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", 12 - i % 12);
      g_autofree char *section = g_strdup_printf ("I.%u", 1 + i % 11);
      DtDate deadline = i % 7 == 0 ? DT_DATE_NONE : D (2024, 2 + i % 3, 10 + (i % 2) * 5);
      DtDate completed = i % 5 == 0 ? D (2024, 2, 20) : DT_DATE_NONE;

      add (f, i % 4, i % 3, ordinal, section, deadline, completed, i % 11 == 3,
           i % 13 == 6 ? DT_RECURRENCE_MONTHLY : DT_RECURRENCE_NONE);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_unsetenv ("DT_TODAY");
}

static void
load_text (DtTimelineItem *item,
           gpointer        store)
{
  dt_timeline_item_load_text (item, store);
}

/* The two paths give the same chart, whatever the grouping. */
static void
assert_same_layouts (Fixture         *f,
                     DtDirectiveList *list)
{
  g_autoptr(GPtrArray) brief = dt_timeline_items_from_list_brief (list);
  g_autoptr(GPtrArray) whole = dt_timeline_items_from_model (G_LIST_MODEL (list));

  g_assert_cmpuint (brief->len, ==, g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_assert_cmpuint (brief->len, ==, whole->len);

  for (DtTimelineGroup group = DT_TIMELINE_GROUP_UNIT; group <= DT_TIMELINE_GROUP_STATUS; group++)
    {
      g_autoptr(DtTimelineLayout) a = NULL;
      g_autoptr(DtTimelineLayout) b = NULL;
      DtTimelineOptions options;

      dt_timeline_options_init (&options);
      options.group = group;
      a = dt_timeline_layout_new (brief, &options);
      dt_timeline_layout_set_text_func (a, load_text, g_object_ref (f->store), g_object_unref);
      b = dt_timeline_layout_new (whole, &options);

      g_assert_cmpuint (dt_timeline_layout_get_n_rows (a), ==, dt_timeline_layout_get_n_rows (b));
      g_assert_cmpuint (dt_timeline_layout_get_n_groups (a), ==, dt_timeline_layout_get_n_groups (b));
      g_assert_cmpuint (dt_timeline_layout_get_from (a), ==, dt_timeline_layout_get_from (b));
      g_assert_cmpuint (dt_timeline_layout_get_to (a), ==, dt_timeline_layout_get_to (b));
      for (guint i = 0; i < dt_timeline_layout_get_n_rows (a); i++)
        {
          const DtTimelineRow *ra = dt_timeline_layout_get_row (a, i);
          const DtTimelineRow *rb = dt_timeline_layout_get_row (b, i);

          g_assert_cmpint (ra->kind, ==, rb->kind);
          g_assert_cmpstr (ra->label, ==, rb->label);
          g_assert_cmpfloat (ra->y, ==, rb->y);
          if (ra->kind == DT_TIMELINE_ROW_GROUP)
            continue;
          g_assert_cmpint (dt_timeline_layout_get_item (a, ra->item)->id, ==,
                           dt_timeline_layout_get_item (b, rb->item)->id);
          g_assert_cmpstr (ra->date_label, ==, rb->date_label);
          g_assert_cmpint (ra->status, ==, rb->status);
          g_assert_cmpint (ra->marks, ==, rb->marks);
          g_assert_cmpfloat (ra->milestone_x, ==, rb->milestone_x);
          g_assert_cmpfloat (ra->bar_x0, ==, rb->bar_x0);
          g_assert_cmpfloat (ra->bar_x1, ==, rb->bar_x1);
          g_assert_cmpuint (ra->n_ticks, ==, rb->n_ticks);
        }
    }
}

/* Every directive: the brief path reads them all from the index. */
static void
test_brief_every_row (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);

  assert_same_layouts (f, list);
}

/* A few rows of many: looked up one by one. */
static void
test_brief_few_rows (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);

  dt_directive_list_set_unit (list, f->units[2]);
  dt_directive_list_set_notice (list, f->notices[0]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)) * 4, <, 36);
  assert_same_layouts (f, list);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/timeline/brief/every-row", Fixture, NULL,
              fixture_set_up, test_brief_every_row, fixture_tear_down);
  g_test_add ("/timeline/brief/few-rows", Fixture, NULL,
              fixture_set_up, test_brief_few_rows, fixture_tear_down);

  return g_test_run ();
}
