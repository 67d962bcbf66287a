/* test-store-records.c — notices and units: kept, merged, found, and an import
 * saved whole
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define DIR_TEST(path, func) \
  g_test_add (path, ModelTestDir, NULL, model_test_dir_set_up, func, model_test_dir_tear_down)

static void
test_notices (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtNotice) a = model_test_add_notice (store, "37/TB-UBND", D (2024, 1, 31));
  g_autoptr(DtNotice) b = model_test_add_notice (store, "38/TB-UBND", D (2024, 2, 15));
  g_autoptr(DtNotice) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notices = dt_store_list_notices (store, NULL);
  g_autoptr(DtNotice) first = g_list_model_get_item (notices, 0);
  g_autofree char *display = dt_notice_dup_display_name (a);

  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 2);
  g_assert_cmpint (dt_notice_get_id (first), ==, dt_notice_get_id (b));
  /* as typed on the command line: spaces around, any case */
  found = dt_store_find_notice (store, " 37/tb-ubnd ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (dt_notice_get_id (found), ==, dt_notice_get_id (a));
  g_clear_object (&found);
  found = dt_store_find_notice (store, "39/TB-UBND", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  /* an empty number names no notice, not every unnumbered one */
  found = dt_store_find_notice (store, "  ", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  g_assert_cmpstr (display, ==, "37/TB-UBND dated 31/01/2024");
}

static void
test_merge_units (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) old = model_test_add_unit (store, "Sở Nông nghiệp và PTNT");
  g_autoptr(DtUnit) target = model_test_add_unit (store, "Sở Nông nghiệp và Môi trường");
  g_autoptr(DtUnit) other = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(DtDirective) led = model_test_add_directive (store, 0, dt_unit_get_id (old), NULL, "Chống hạn", 0);
  g_autoptr(DtDirective) both = NULL;
  g_autoptr(DtDirective) loaded = NULL;
  g_autoptr(DtUnit) old_loaded = NULL;
  g_autoptr(DtUnit) target_loaded = NULL;
  g_autoptr(DtUnit) found = NULL;
  g_autoptr(GListModel) units = NULL;
  gint64 coordinating[2] = { dt_unit_get_id (old), dt_unit_get_id (target) };
  const gint64 *ids;
  guint n;

  dt_unit_add_alias (old, "Sở NN&PTNT");
  g_assert_true (dt_store_save_unit (store, old, &error));
  both = dt_directive_new ();
  dt_directive_set_lead_unit_id (both, dt_unit_get_id (other));
  dt_directive_set_text (both, "Bố trí vốn");
  dt_directive_set_coordinating_unit_ids (both, coordinating, 2);
  g_assert_true (dt_store_save_directive (store, both, &error));

  g_assert_true (dt_store_merge_units (store, dt_unit_get_id (old), dt_unit_get_id (target),
                                       &error));
  g_assert_no_error (error);

  /* the lead moves, with its name */
  loaded = dt_store_get_directive (store, dt_directive_get_id (led), &error);
  g_assert_cmpint (dt_directive_get_lead_unit_id (loaded), ==, dt_unit_get_id (target));
  g_assert_cmpstr (dt_directive_get_lead_unit_name (loaded), ==, "Sở Nông nghiệp và Môi trường");
  g_clear_object (&loaded);

  /* a coordinating unit moves without doubling */
  loaded = dt_store_get_directive (store, dt_directive_get_id (both), &error);
  ids = dt_directive_get_coordinating_unit_ids (loaded, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, dt_unit_get_id (target));

  /* the old row stays, merged; its names find the new unit */
  old_loaded = dt_store_get_unit (store, dt_unit_get_id (old), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_unit_get_merged_into (old_loaded), ==, dt_unit_get_id (target));
  target_loaded = dt_store_get_unit (store, dt_unit_get_id (target), &error);
  g_assert_true (g_strv_contains (dt_unit_get_aliases (target_loaded), "Sở Nông nghiệp và PTNT"));
  g_assert_true (g_strv_contains (dt_unit_get_aliases (target_loaded), "Sở NN&PTNT"));
  found = dt_store_find_unit (store, "sở nông nghiệp và ptnt");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (target));

  units = dt_store_list_units (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 2);

  /* a unit that still leads directives cannot be deleted */
  g_assert_false (dt_store_delete_unit (store, dt_unit_get_id (target), &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
}

static void
test_find_unit (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Nông nghiệp và Phát triển nông thôn");
  g_autoptr(DtUnit) culture = model_test_add_unit (store, "Sở Văn hoá, Thể thao và Du lịch");
  g_autoptr(DtUnit) found = NULL;
  g_autoptr(GError) error = NULL;

  dt_unit_add_alias (unit, "Sở Nông nghiệp và PTNT");
  dt_unit_add_alias (unit, "sở nông nghiệp và ptnt");  /* the same alias: ignored */
  g_assert_cmpuint (g_strv_length ((GStrv) dt_unit_get_aliases (unit)), ==, 1);
  g_assert_true (dt_store_save_unit (store, unit, &error));

  found = dt_store_find_unit (store, "SỞ NÔNG NGHIỆP VÀ PTNT");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (unit));
  g_clear_object (&found);

  found = dt_store_find_unit (store, "Sở  Văn hóa, Thể thao và Du lịch");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (culture));
  g_clear_object (&found);

  found = dt_store_find_unit (store, "Sở Y tế");
  g_assert_null (found);
}

static DtDirective *
import_directive (const char   *text,
                  gint64        lead,
                  const gint64 *coordinators,
                  guint         n)
{
  DtDirective *d = dt_directive_new ();

  dt_directive_set_text (d, text);
  dt_directive_set_lead_unit_id (d, lead);
  dt_directive_set_coordinating_unit_ids (d, coordinators, n);
  dt_directive_set_deadline (d, D (2024, 3, 31));
  return d;
}

/* dt_store_save_import: new units named by placeholder, all in one
 * transaction; a failure anywhere leaves nothing; undo in one go */
static void
test_save_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) old = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtDirective) first = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtUnit) kept = NULL;
  gint64 a = dt_unit_get_id (old);
  gint64 coordinators[] = { a, -2 };
  gint64 unit_ids[2];
  const gint64 *ids;
  guint n, n_changed = 0;

  g_ptr_array_add (units, dt_unit_new ("Sở Xây dựng"));
  g_ptr_array_add (units, dt_unit_new ("Ban Quản lý dự án"));
  dt_notice_set_number (notice, "12/TB-UBND");
  g_ptr_array_add (directives, import_directive ("Lập quy hoạch vùng", -1, coordinators, 2));
  g_ptr_array_add (directives, import_directive ("Bố trí vốn", a, (gint64[]) { -1 }, 1));

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &n_changed);
  g_assert_true (dt_store_save_import (store, notice, units, directives, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (dt_notice_get_id (notice), >, 0);
  unit_ids[0] = dt_unit_get_id (g_ptr_array_index (units, 0));
  unit_ids[1] = dt_unit_get_id (g_ptr_array_index (units, 1));
  g_assert_cmpint (unit_ids[0], >, 0);
  g_assert_cmpint (unit_ids[1], >, 0);

  /* the placeholders became the new rows, in the objects and the store */
  g_assert_cmpint (dt_directive_get_lead_unit_id (g_ptr_array_index (directives, 0)), ==, unit_ids[0]);
  first = dt_store_get_directive (store, dt_directive_get_id (g_ptr_array_index (directives, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_directive_get_lead_unit_id (first), ==, unit_ids[0]);
  g_assert_cmpint (dt_directive_get_notice_id (first), ==, dt_notice_get_id (notice));
  g_assert_cmpuint (dt_directive_get_deadline (first), ==, D (2024, 3, 31));
  ids = dt_directive_get_coordinating_unit_ids (first, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, a);
  g_assert_cmpint (ids[1], ==, unit_ids[1]);
  /* searchable at once, by the new unit's name too */
  list = dt_directive_list_new (store);
  dt_directive_list_set_search (list, "xây dựng");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* a failure after the units and the notice were written: nothing stays */
  {
    g_autoptr(GPtrArray) more_units = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(DtNotice) other = dt_notice_new ();
    g_autoptr(GListModel) all_units = NULL;
    g_autoptr(GListModel) notices = NULL;

    g_ptr_array_add (more_units, dt_unit_new ("Sở Y tế"));
    g_ptr_array_add (more, import_directive ("Tiêm chủng", -1, NULL, 0));
    g_ptr_array_add (more, import_directive ("Không có đơn vị", 999999, NULL, 0));
    g_assert_false (dt_store_save_import (store, other, more_units, more, &error));
    g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (dt_notice_get_id (other), ==, 0);
    g_assert_cmpint (dt_unit_get_id (g_ptr_array_index (more_units, 0)), ==, 0);
    g_assert_cmpint (dt_directive_get_id (g_ptr_array_index (more, 0)), ==, 0);
    g_assert_null (dt_store_find_unit (store, "Sở Y tế"));
    all_units = dt_store_list_units (store, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (all_units), ==, 3);
    notices = dt_store_list_notices (store, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);

    /* a placeholder with no unit behind it is refused */
    g_ptr_array_remove_index (more, 1);
    g_ptr_array_add (more, import_directive ("Sai", -7, NULL, 0));
    g_assert_false (dt_store_save_import (store, other, more_units, more, &error));
    g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (dt_store_find_unit (store, "Sở Y tế"));
  }

  /* undo: the notice, its directives and its units; the older unit stays */
  n_changed = 0;
  g_assert_true (dt_store_delete_import (store, dt_notice_get_id (notice), unit_ids, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (dt_store_is_empty (store));
  g_assert_null (dt_store_get_unit (store, unit_ids[0], NULL));
  g_assert_null (dt_store_get_unit (store, unit_ids[1], NULL));
  kept = dt_store_find_unit (store, "Sở Tài chính");
  g_assert_nonnull (kept);
  dt_directive_list_set_search (list, "xây dựng");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/merge-units", test_merge_units);
  g_test_add_func ("/store/find-unit", test_find_unit);
  g_test_add_func ("/store/notices", test_notices);
  g_test_add_func ("/store/save-import", test_save_import);

  return g_test_run ();
}
