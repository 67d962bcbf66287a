/* test-directive-list.c — the list of directives a window shows: its
 * changes, search, statuses and sort (a long list read a page at a time:
 * test-directive-list-many.c)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-store.h"
#include "directive-list-fixture.h"
#include "model-test-util.h"

static DtDirective *
add (Fixture    *f,
     DtUnit     *lead,
     const char *ordinal,
     const char *text,
     DtDate      deadline)
{
  return model_test_add_directive (f->store, dt_notice_get_id (f->notice), dt_unit_get_id (lead),
                                   ordinal, text, deadline);
}

static gint64
id_at (DtDirectiveList *list,
       guint            position)
{
  g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (directive);
  return dt_directive_get_id (directive);
}

#define assert_items_changed(logger, list, pos, rem, add) \
  G_STMT_START { \
    guint p_ = G_MAXUINT, r_ = G_MAXUINT, a_ = G_MAXUINT; \
    gt_signal_logger_assert_emission_pop (logger, list, "items-changed", &p_, &r_, &a_, NULL); \
    g_assert_cmpuint (p_, ==, pos); \
    g_assert_cmpuint (r_, ==, rem); \
    g_assert_cmpuint (a_, ==, add); \
  } G_STMT_END

static void
test_items_changed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(DtDirective) a = add (f, f->health, "1", "Tiêm chủng", D (2024, 4, 1));
  g_autoptr(DtDirective) b = NULL;
  g_autoptr(DtDirective) c = NULL;
  g_autoptr(DtDirective) between = NULL;
  g_autoptr(DtDirective) first = NULL;
  g_autoptr(DtExtension) extension = NULL;
  g_autoptr(GError) error = NULL;

  b = add (f, f->transport, "2", "Sửa đường", D (2024, 5, 1));
  c = add (f, f->health, "3", "Phòng dịch", 0);  /* no deadline: last */
  g_assert_cmpuint (directive_list_n_items (list), ==, 3);
  g_assert_cmpint (id_at (list, 2), ==, dt_directive_get_id (c));

  gt_signal_logger_connect (logger, list, "items-changed");

  /* an insertion in the middle */
  between = add (f, f->transport, "4", "Cắm biển", D (2024, 4, 15));
  assert_items_changed (logger, list, 1, 0, 1);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpint (id_at (list, 1), ==, dt_directive_get_id (between));

  /* an edit: only that row */
  dt_directive_set_text (b, "Sửa đường ĐT.741");
  g_assert_true (dt_store_save_directive (f->store, b, &error));
  assert_items_changed (logger, list, 2, 1, 1);
  gt_signal_logger_assert_no_emissions (logger);

  /* the same object comes back while it is held … */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  {
    g_autoptr(DtDirective) again = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(DtDirective) edited = g_list_model_get_item (G_LIST_MODEL (list), 2);
    g_assert_true (again == first);
    g_assert_cmpstr (dt_directive_get_text (edited), ==, "Sửa đường ĐT.741");
  }

  /* … and is brought up to date when someone else saves that directive */
  {
    g_autoptr(DtDirective) copy = dt_store_get_directive (f->store, dt_directive_get_id (first),
                                                          &error);
    g_autoptr(DtDirective) again = NULL;

    g_assert_true (copy != first);
    dt_directive_set_text (copy, "Tiêm chủng mở rộng");
    g_assert_true (dt_store_save_directive (f->store, copy, &error));
    g_assert_no_error (error);
    assert_items_changed (logger, list, 0, 1, 1);
    gt_signal_logger_assert_no_emissions (logger);
    g_assert_cmpstr (dt_directive_get_text (first), ==, "Tiêm chủng mở rộng");
    again = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_true (again == first);
  }

  /* an extension moves a row: the span from where it was to where it goes */
  extension = dt_extension_new (dt_directive_get_id (a), D (2024, 4, 20), D (2024, 3, 30), "");
  g_assert_true (dt_store_add_extension (f->store, extension, &error));
  g_assert_no_error (error);
  assert_items_changed (logger, list, 0, 2, 2);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (between));
  g_assert_cmpint (id_at (list, 1), ==, dt_directive_get_id (a));

  /* a deletion at the end */
  g_assert_true (dt_store_delete_directive (f->store, dt_directive_get_id (c), &error));
  assert_items_changed (logger, list, 3, 1, 0);
  gt_signal_logger_assert_no_emissions (logger);

  /* a write that changes nothing shown: no signal */
  {
    g_autoptr(DtUnit) other = model_test_add_unit (f->store, "Sở Tư pháp");
  }
  gt_signal_logger_assert_no_emissions (logger);

  /* a filter: one signal for the whole change; the same filter again, none */
  dt_directive_list_set_unit (list, dt_unit_get_id (f->health));
  assert_items_changed (logger, list, 0, 3, 1);
  dt_directive_list_set_unit (list, dt_unit_get_id (f->health));
  gt_signal_logger_assert_no_emissions (logger);
  dt_directive_list_set_unit (list, 0);
  assert_items_changed (logger, list, 0, 1, 3);
  gt_signal_logger_assert_no_emissions (logger);

  /* renumbering the notice changes every row (their notice label) */
  dt_notice_set_number (f->notice, "37/TB-UBND-sửa");
  g_assert_true (dt_store_save_notice (f->store, f->notice, &error));
  assert_items_changed (logger, list, 0, 3, 3);
  gt_signal_logger_assert_no_emissions (logger);
  {
    g_autoptr(DtDirective) relabelled = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (dt_directive_get_notice_label (relabelled), ==, "37/TB-UBND-sửa");
  }

  /* renaming the lead unit changes the rows it leads */
  dt_unit_set_name (f->health, "Sở Y tế tỉnh");
  g_assert_true (dt_store_save_unit (f->store, f->health, &error));
  assert_items_changed (logger, list, 1, 1, 1);
  gt_signal_logger_assert_no_emissions (logger);
  {
    g_autoptr(DtDirective) renamed = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_assert_cmpstr (dt_directive_get_lead_unit_name (renamed), ==, "Sở Y tế tỉnh");
  }
}

static void
assert_search (DtDirectiveList *list,
               const char      *text,
               guint            expected)
{
  dt_directive_list_set_search (list, text);
  g_assert_cmpuint (directive_list_n_items (list), ==, expected);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  g_autoptr(DtUnit) agriculture = model_test_add_unit (f->store, "Sở Nông nghiệp và PTNT");
  g_autoptr(DtNotice) other = dt_notice_new ();
  g_autoptr(DtDirective) d1 = add (f, f->health, "1", "Đẩy nhanh tiến độ tiêm chủng", 0);
  g_autoptr(DtDirective) d2 = add (f, f->transport, "2", "Hoàn thiện hồ sơ số hoá đường bộ", 0);
  g_autoptr(DtDirective) d3 = add (f, agriculture, "3", "Kiểm tra công trình thủy lợi", 0);
  g_autoptr(DtDirective) d4 = NULL;
  g_autoptr(GError) error = NULL;

  dt_notice_set_number (other, "112/TB-VP");
  dt_notice_set_title (other, "Kết luận về chuyển đổi số");
  g_assert_true (dt_store_save_notice (f->store, other, &error));
  d4 = dt_directive_new ();
  dt_directive_set_ordinal (d4, "II.4-12.");
  dt_directive_set_notice_id (d4, dt_notice_get_id (other));
  dt_directive_set_lead_unit_id (d4, dt_unit_get_id (agriculture));
  dt_directive_set_text (d4, "Báo cáo kết quả");
  g_assert_true (dt_store_save_directive (f->store, d4, &error));

  g_assert_cmpuint (directive_list_n_items (list), ==, 4);
  /* unit names, without diacritics or with */
  assert_search (list, "so y te", 1);
  assert_search (list, "Sở Y tế", 1);
  assert_search (list, "SỞ Y TẾ", 1);
  /* "d" matches "đ" */
  assert_search (list, "day nhanh", 1);
  assert_search (list, "đường", 1);
  assert_search (list, "duong", 1);
  /* both tone placements */
  assert_search (list, "số hóa", 1);
  assert_search (list, "so hoa", 1);
  assert_search (list, "thuỷ lợi", 1);
  /* words in any order, each a substring */
  assert_search (list, "tiêm nhanh", 1);
  /* notice number and title */
  assert_search (list, "37/tb", 3);
  assert_search (list, "112/TB-VP", 1);
  assert_search (list, "chuyển đổi số", 1);
  /* its number in the notice, whole or its beginning */
  assert_search (list, "II.4-12", 1);
  assert_search (list, "ii.4", 1);
  assert_search (list, "II.5", 0);
  /* short searches scan */
  assert_search (list, "đư", 1);
  assert_search (list, "ĐƯ", 1);
  assert_search (list, "zz", 0);
  /* nothing matches */
  assert_search (list, "khong co gi", 0);
  /* an empty search is no filter */
  assert_search (list, "  ", 4);
  assert_search (list, NULL, 4);

  /* the search follows edits, by the index … */
  dt_directive_list_set_search (list, "thủy lợi");
  dt_directive_set_text (d2, "Nạo vét kênh thủy lợi");
  g_assert_true (dt_store_save_directive (f->store, d2, &error));
  g_assert_cmpuint (directive_list_n_items (list), ==, 2);

  /* … and by scanning */
  assert_search (list, "đư", 0);
  dt_directive_set_text (d3, "Kiểm tra đường tràn");
  g_assert_true (dt_store_save_directive (f->store, d3, &error));
  g_assert_cmpuint (directive_list_n_items (list), ==, 1);
  {
    guint counts[DT_N_STATUSES];
    dt_directive_list_count_statuses (list, counts);
    g_assert_cmpuint (counts[DT_STATUS_NO_DEADLINE], ==, 1);
  }
  g_assert_true (dt_store_delete_directive (f->store, dt_directive_get_id (d3), &error));
  g_assert_cmpuint (directive_list_n_items (list), ==, 0);
  g_assert_true (dt_store_restore_directive (f->store, d3, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (directive_list_n_items (list), ==, 1);
  dt_directive_list_set_unit (list, dt_unit_get_id (f->health));
  g_assert_cmpuint (directive_list_n_items (list), ==, 0);
}

static void
test_statuses (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint counts[DT_N_STATUSES];
  guint expected[DT_N_STATUSES] = { 0 };
  DtDirective *d;

  /* today is 2024-03-15 */
  g_ptr_array_add (all, add (f, f->health, "1", "overdue", D (2024, 3, 14)));
  g_ptr_array_add (all, add (f, f->health, "2", "due today", D (2024, 3, 15)));
  g_ptr_array_add (all, add (f, f->health, "3", "due in 7 days", D (2024, 3, 22)));
  g_ptr_array_add (all, add (f, f->health, "4", "due in 8 days", D (2024, 3, 23)));
  g_ptr_array_add (all, add (f, f->transport, "5", "no deadline", 0));
  d = add (f, f->transport, "6", "done on the day", D (2024, 3, 1));
  dt_directive_set_completed_date (d, D (2024, 3, 1));
  g_assert_true (dt_store_save_directive (f->store, d, &error));
  g_ptr_array_add (all, d);
  d = add (f, f->transport, "7", "done a day late", D (2024, 3, 1));
  dt_directive_set_completed_date (d, D (2024, 3, 2));
  g_assert_true (dt_store_save_directive (f->store, d, &error));
  g_ptr_array_add (all, d);
  d = add (f, f->transport, "8", "cancelled", D (2024, 3, 1));
  dt_directive_set_cancelled (d, TRUE);
  g_assert_true (dt_store_save_directive (f->store, d, &error));
  g_ptr_array_add (all, d);

  /* SQL and C agree on every row */
  for (guint i = 0; i < all->len; i++)
    expected[dt_directive_get_status (all->pdata[i])]++;
  g_assert_cmpuint (expected[DT_STATUS_OVERDUE], ==, 1);
  g_assert_cmpuint (expected[DT_STATUS_DUE_SOON], ==, 2);
  g_assert_cmpuint (expected[DT_STATUS_IN_PROGRESS], ==, 1);
  g_assert_cmpuint (expected[DT_STATUS_NO_DEADLINE], ==, 1);
  g_assert_cmpuint (expected[DT_STATUS_COMPLETED_ON_TIME], ==, 1);
  g_assert_cmpuint (expected[DT_STATUS_COMPLETED_LATE], ==, 1);
  g_assert_cmpuint (expected[DT_STATUS_CANCELLED], ==, 1);

  dt_directive_list_count_statuses (list, counts);
  for (guint s = 0; s < DT_N_STATUSES; s++)
    g_assert_cmpuint (counts[s], ==, expected[s]);

  for (guint s = 0; s < DT_N_STATUSES; s++)
    {
      dt_directive_list_set_statuses (list, DT_STATUS_FLAG (s));
      g_assert_cmpuint (directive_list_n_items (list), ==, expected[s]);
      for (guint i = 0; i < directive_list_n_items (list); i++)
        {
          g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);
          g_assert_cmpint (dt_directive_get_status (item), ==, s);
        }
    }

  dt_directive_list_set_statuses (list, DT_STATUS_FLAG (DT_STATUS_OVERDUE)
                                        | DT_STATUS_FLAG (DT_STATUS_DUE_SOON));
  g_assert_cmpuint (directive_list_n_items (list), ==, 3);

  /* counts ignore the status filter but follow the others */
  dt_directive_list_set_unit (list, dt_unit_get_id (f->transport));
  dt_directive_list_count_statuses (list, counts);
  g_assert_cmpuint (counts[DT_STATUS_OVERDUE], ==, 0);
  g_assert_cmpuint (counts[DT_STATUS_CANCELLED], ==, 1);
  g_assert_cmpuint (counts[DT_STATUS_NO_DEADLINE], ==, 1);

  /* the sidebar's counts follow the search alone, the unit filter aside,
   * and count the open ones due in a range: "due this week" */
  {
    guint n_due = 0;

    dt_directive_list_count_search (list, D (2024, 3, 15), D (2024, 3, 22), counts, &n_due);
    for (guint s = 0; s < DT_N_STATUSES; s++)
      g_assert_cmpuint (counts[s], ==, expected[s]);
    g_assert_cmpuint (n_due, ==, 2);
    dt_directive_list_set_search (list, "due");
    dt_directive_list_count_search (list, D (2024, 3, 15), D (2024, 3, 22), counts, &n_due);
    g_assert_cmpuint (counts[DT_STATUS_DUE_SOON], ==, 2);
    g_assert_cmpuint (counts[DT_STATUS_IN_PROGRESS], ==, 1);
    g_assert_cmpuint (counts[DT_STATUS_CANCELLED], ==, 0);
    g_assert_cmpuint (n_due, ==, 2);
    /* too short for the index: scanned, the same counts */
    dt_directive_list_set_search (list, "8");
    dt_directive_list_count_search (list, D (2024, 3, 15), D (2024, 3, 22), counts, &n_due);
    g_assert_cmpuint (counts[DT_STATUS_IN_PROGRESS], ==, 1);
    g_assert_cmpuint (counts[DT_STATUS_DUE_SOON], ==, 0);
    g_assert_cmpuint (n_due, ==, 0);
    /* the totals follow neither the search nor the other filters */
    dt_directive_list_count_all (list, D (2024, 3, 15), D (2024, 3, 22), counts, &n_due);
    for (guint s = 0; s < DT_N_STATUSES; s++)
      g_assert_cmpuint (counts[s], ==, expected[s]);
    g_assert_cmpuint (n_due, ==, 2);
    dt_directive_list_set_search (list, NULL);
  }

  /* status sort puts completed on time first */
  dt_directive_list_set_unit (list, 0);
  dt_directive_list_set_statuses (list, 0);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_STATUS, FALSE);
  {
    g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpint (dt_directive_get_status (item), ==, DT_STATUS_COMPLETED_ON_TIME);
  }

  /* deadline range */
  dt_directive_list_set_date_range (list, D (2024, 3, 14), D (2024, 3, 22));
  g_assert_cmpuint (directive_list_n_items (list), ==, 3);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  g_autoptr(DtDirective) d9 = add (f, f->transport, "3.9", "Chín", D (2024, 6, 1));
  g_autoptr(DtDirective) d10 = add (f, f->health, "3.10", "Mười", D (2024, 5, 1));
  g_autoptr(DtDirective) d2 = add (f, f->health, "2", "Hai", 0);

  /* by deadline, none last, also when descending */
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (d10));
  g_assert_cmpint (id_at (list, 2), ==, dt_directive_get_id (d2));
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_DEADLINE, TRUE);
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (d9));
  g_assert_cmpint (id_at (list, 2), ==, dt_directive_get_id (d2));

  /* ordinals as versions */
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_ORDINAL, FALSE);
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (d2));
  g_assert_cmpint (id_at (list, 1), ==, dt_directive_get_id (d9));
  g_assert_cmpint (id_at (list, 2), ==, dt_directive_get_id (d10));

  /* units in Vietnamese order: Giao thông before Y tế */
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_UNIT, FALSE);
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (d9));

  /* text: Chín, Hai, Mười */
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_TEXT, FALSE);
  g_assert_cmpint (id_at (list, 0), ==, dt_directive_get_id (d9));
  g_assert_cmpint (id_at (list, 1), ==, dt_directive_get_id (d2));

  /* notice filter */
  dt_directive_list_set_notice (list, dt_notice_get_id (f->notice) + 100);
  g_assert_cmpuint (directive_list_n_items (list), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  dt_directive_list_set_notice (list, dt_notice_get_id (f->notice));
  g_assert_cmpuint (directive_list_n_items (list), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == DT_TYPE_DIRECTIVE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/directive-list/items-changed", Fixture, NULL, directive_list_fixture_set_up,
              test_items_changed, directive_list_fixture_tear_down);
  g_test_add ("/directive-list/search", Fixture, NULL, directive_list_fixture_set_up,
              test_search, directive_list_fixture_tear_down);
  g_test_add ("/directive-list/statuses", Fixture, NULL, directive_list_fixture_set_up,
              test_statuses, directive_list_fixture_tear_down);
  g_test_add ("/directive-list/sort", Fixture, NULL, directive_list_fixture_set_up,
              test_sort, directive_list_fixture_tear_down);

  return g_test_run ();
}
