/* test-collation.c — the store lists units in Vietnamese alphabetical order
 *
 * The order an official expects in the sidebar, the unit pickers and the
 * timeline grouped by unit: a ă â b c d đ e ê … o ô ơ … u ư … y, the tones
 * only after the base letters (and never grouped by their byte values, which
 * would put "Đ" and "Ủ" after "Z").
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-store.h"
#include "model-test-util.h"

/* In the order they must come out */
static const char * const ordered[] = {
  "Ban Dân tộc tỉnh",
  "Ban Quản lý Khu kinh tế Đông Nam",
  "Bảo hiểm xã hội tỉnh",
  "Bộ Chỉ huy Quân sự tỉnh",
  "Công an tỉnh",
  "Cục Thuế tỉnh",
  "Đài Phát thanh và Truyền hình tỉnh",
  "Hội Nông dân tỉnh",
  "Sở Tài chính",
  "Sở Tài nguyên và Môi trường",
  "Sở Thông tin và Truyền thông",
  "Sở Tư pháp",
  "Sở Xây dựng",
  "Sở Y tế",
  "UBND huyện Diễn Châu",
  "UBND huyện Đô Lương",
  "Ủy ban Mặt trận Tổ quốc tỉnh",
};

static gint64
add_unit (DtStore    *store,
          const char *name)
{
  g_autoptr(DtUnit) unit = dt_unit_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (dt_store_save_unit (store, unit, &error));
  g_assert_no_error (error);
  return dt_unit_get_id (unit);
}

static char *
listed_names (DtStore *store)
{
  g_autoptr(GListModel) units = dt_store_list_units (store, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);

      g_string_append_printf (names, "%s\n", dt_unit_get_name (unit));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
joined (const char * const *names,
        gsize               n)
{
  GString *s = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    g_string_append_printf (s, "%s\n", names[i]);
  return g_string_free (s, FALSE);
}

/* Added in a scrambled order, listed in the Vietnamese one */
static void
test_units_order (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autofree char *expected = joined (ordered, G_N_ELEMENTS (ordered));
  g_autofree char *listed = NULL;
  gsize n = G_N_ELEMENTS (ordered);

  for (gsize i = 0; i < n; i++)
    add_unit (store, ordered[(i * 7 + 3) % n]);

  listed = listed_names (store);
  g_assert_cmpstr (listed, ==, expected);
}

/* Tones come after the base letters: the same letters, then by tone in
 * the order taught at school (a à á ả ã ạ), as dt_text_collate_key does */
static void
test_tones_after_letters (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autofree char *listed = NULL;

  add_unit (store, "Sở Ca");
  add_unit (store, "Sở Cả");
  add_unit (store, "Sở Cà");
  add_unit (store, "Sở Cạnh");
  add_unit (store, "Sở Cá");
  add_unit (store, "Sở Cai");

  listed = listed_names (store);
  g_assert_cmpstr (listed, ==, "Sở Ca\nSở Cà\nSở Cá\nSở Cả\nSở Cai\nSở Cạnh\n");
}

/* A renamed unit moves to its new place; a merged one leaves the list */
static void
test_rename_and_merge (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) unit = NULL;
  g_autofree char *listed = NULL;
  gint64 radio, health, culture;

  radio = add_unit (store, "Đài Phát thanh tỉnh");
  health = add_unit (store, "Sở Y tế");
  culture = add_unit (store, "Sở Văn hóa và Thể thao");
  add_unit (store, "Sở Du lịch");

  listed = listed_names (store);
  g_assert_cmpstr (listed, ==, "Đài Phát thanh tỉnh\nSở Du lịch\nSở Văn hóa và Thể thao\nSở Y tế\n");
  g_clear_pointer (&listed, g_free);

  unit = dt_store_get_unit (store, health, &error);
  g_assert_no_error (error);
  g_assert_nonnull (unit);
  dt_unit_set_name (unit, "Ban Bảo vệ sức khỏe cán bộ");
  g_assert_true (dt_store_save_unit (store, unit, &error));
  g_assert_no_error (error);
  listed = listed_names (store);
  g_assert_cmpstr (listed, ==, "Ban Bảo vệ sức khỏe cán bộ\nĐài Phát thanh tỉnh\nSở Du lịch\nSở Văn hóa và Thể thao\n");
  g_clear_pointer (&listed, g_free);

  g_assert_true (dt_store_merge_units (store, radio, culture, &error));
  g_assert_no_error (error);
  listed = listed_names (store);
  g_assert_cmpstr (listed, ==, "Ban Bảo vệ sức khỏe cán bộ\nSở Du lịch\nSở Văn hóa và Thể thao\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/collation/units-order", test_units_order);
  g_test_add_func ("/model/collation/tones-after-letters", test_tones_after_letters);
  g_test_add_func ("/model/collation/rename-and-merge", test_rename_and_merge);

  return g_test_run ();
}
