/* test-unit-catalog.c — matching unit names to the catalogue
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-unit-catalog.h"

static void
test_lookup_variants (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  static const struct { const char *phrase; const char *name; } cases[] = {
    { "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn" },
    { "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn" },
    { "Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn" },
    { "sở nn và ptnt tỉnh", "Sở Nông nghiệp và Phát triển nông thôn" },
    { "Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội" },
    { "Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội" },
    { "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội" },
    { "Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội" },
    { "Sở Văn hoá và Thể thao", "Sở Văn hóa và Thể thao" },
    { "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao" },
    { "Sở VH&TT", "Sở Văn hóa và Thể thao" },
    { "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh" },
    { "Văn phòng Uỷ ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh" },
    { "BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh" },
    { "Bộ Chỉ huy Bộ đội biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" },
    { "Sở TT&TT", "Sở Thông tin và Truyền thông" },
    { "Sở TN&MT", "Sở Tài nguyên và Môi trường" },
    { "Sở KH&ĐT", "Sở Kế hoạch và Đầu tư" },
    { "Sở GTVT", "Sở Giao thông vận tải" },
    { "Sở GD&ĐT", "Sở Giáo dục và Đào tạo" },
    { "Sở  Tài   chính", "Sở Tài chính" },
    { "Ban Dân tộc", "Ban Dân tộc tỉnh" },
    { "BQL Khu kinh tế", "Ban Quản lý Khu kinh tế tỉnh" },
    { "UBND các huyện, thành phố, thị xã", "Ủy ban nhân dân các huyện, thành phố, thị xã" },
    { "Công an tỉnh", "Công an tỉnh" },
    { "Đài PT-TH", "Đài Phát thanh và Truyền hình tỉnh" },
    { "Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh" },
    { "ngành Thuế", "Cục Thuế tỉnh" },
    { "Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (dt_unit_catalog_lookup (catalog, cases[i].phrase), ==, cases[i].name);
}

static void
test_unknown (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();

  g_assert_null (dt_unit_catalog_lookup (catalog, "Sở Hàng hải"));
  g_assert_null (dt_unit_catalog_lookup (catalog, "UBND tỉnh"));
  g_assert_null (dt_unit_catalog_lookup (catalog, "Báo cáo"));
  g_assert_null (dt_unit_catalog_lookup (catalog, ""));
}

static void
test_prefix (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  const char *name = NULL;
  const char *text = "Sở Kế hoạch và Đầu tư và các cơ quan có liên quan";
  const char *wrapped = "Sở Nông nghiệp \n\nvà PTNT \n";
  const char *list = "Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp";
  gsize n;

  n = dt_unit_catalog_match_prefix (catalog, text, strlen (text), &name);
  g_assert_cmpstr (name, ==, "Sở Kế hoạch và Đầu tư");
  g_assert_cmpuint (n, ==, strlen ("Sở Kế hoạch và Đầu tư"));

  n = dt_unit_catalog_match_prefix (catalog, wrapped, strlen (wrapped), &name);
  g_assert_cmpstr (name, ==, "Sở Nông nghiệp và Phát triển nông thôn");
  g_assert_cmpuint (n, ==, strlen ("Sở Nông nghiệp \n\nvà PTNT"));

  n = dt_unit_catalog_match_prefix (catalog, list, strlen (list), &name);
  g_assert_cmpstr (name, ==, "Sở Lao động - Thương binh và Xã hội");
  g_assert_cmpuint (n, ==, strlen ("Sở Lao động - Thương binh và Xã hội"));

  /* a trailing "tỉnh" belongs to the name */
  n = dt_unit_catalog_match_prefix (catalog, "Ban Dân tộc tỉnh phối hợp", 30, &name);
  g_assert_cmpstr (name, ==, "Ban Dân tộc tỉnh");
  g_assert_cmpuint (n, ==, strlen ("Ban Dân tộc tỉnh"));

  n = dt_unit_catalog_match_prefix (catalog, "Tăng cường công tác", 22, &name);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (name);
}

static void
test_entries_and_aliases (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtUnitCatalog) custom = dt_unit_catalog_new ();
  g_autoptr(GError) error = NULL;
  gboolean has_home_affairs = FALSE;

  g_assert_cmpuint (dt_unit_catalog_get_n_entries (catalog), >=, 40);
  for (guint i = 0; i < dt_unit_catalog_get_n_entries (catalog); i++)
    {
      const DtUnitCatalogEntry *entry = dt_unit_catalog_get_entry (catalog, i);

      g_assert_nonnull (entry->name);
      g_assert_nonnull (entry->aliases);
      /* every canonical name finds itself */
      g_assert_cmpstr (dt_unit_catalog_lookup (catalog, entry->name), ==, entry->name);
      if (g_strcmp0 (entry->name, "Sở Nội vụ") == 0)
        has_home_affairs = TRUE;
    }
  g_assert_true (has_home_affairs);

  /* a user's alias */
  dt_unit_catalog_add (catalog, "Sở Y tế", NULL, (const char *[]) { "Ngành Y", NULL });
  g_assert_cmpstr (dt_unit_catalog_lookup (catalog, "ngành y"), ==, "Sở Y tế");

  g_assert_true (dt_unit_catalog_load_data (custom, "# comment\nSở Hàng hải\tSHH\tSở HH\n", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dt_unit_catalog_lookup (custom, "sở hh"), ==, "Sở Hàng hải");
  g_assert_cmpstr (dt_unit_catalog_lookup (custom, "SHH"), ==, "Sở Hàng hải");

  g_assert_false (dt_unit_catalog_load_data (custom, "\tno name\n", -1, &error));
  g_assert_error (error, DT_UNIT_CATALOG_ERROR, DT_UNIT_CATALOG_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-catalog/lookup-variants", test_lookup_variants);
  g_test_add_func ("/unit-catalog/unknown", test_unknown);
  g_test_add_func ("/unit-catalog/prefix", test_prefix);
  g_test_add_func ("/unit-catalog/entries-and-aliases", test_entries_and_aliases);

  return g_test_run ();
}
