/* test-text.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-text.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = dt_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold (void)
{
  assert_fold ("Sở Y tế", "so y te");
  assert_fold ("ĐẢNG ỦY đồng ý", "dang uy dong y");
  assert_fold ("hoá", "hoa");
  assert_fold ("hóa", "hoa");
  assert_fold ("  Sở   Nông nghiệp\tvà\n PTNT  ", "so nong nghiep va ptnt");
  assert_fold ("A – B — C - D", "a - b - c - d");
  assert_fold ("Ưu tiên; Ơn", "uu tien; on");
  assert_fold ("", "");
  assert_fold (NULL, "");
}

static void
assert_same_name (const char *a,
                  const char *b)
{
  g_autofree char *ka = dt_text_normalize_name (a);
  g_autofree char *kb = dt_text_normalize_name (b);

  g_assert_cmpstr (ka, ==, kb);
}

static void
test_normalize_name (void)
{
  g_autofree char *hoa = dt_text_normalize_name ("Văn hoá");
  g_autofree char *thuy = dt_text_normalize_name ("Thuỷ lợi");
  g_autofree char *kept = dt_text_normalize_name ("UBND huyện – tỉnh");
  g_autofree char *different = NULL;

  /* modern placement, lower case, NFC */
  g_assert_cmpstr (hoa, ==, "văn hóa");
  g_assert_cmpstr (thuy, ==, "thủy lợi");
  g_assert_cmpstr (kept, ==, "ubnd huyện - tỉnh");

  assert_same_name ("Sở Văn hoá, Thể thao và Du lịch", "sở văn hóa, thể thao  và du lịch");
  assert_same_name ("Uỷ ban nhân dân", "Ủy ban nhân dân");
  assert_same_name ("Thuỷ", "Thủy");
  assert_same_name ("khoẻ", "khỏe");
  assert_same_name ("Sở Tài nguyên — Môi trường", "Sở Tài nguyên - Môi trường");
  /* decomposed input is the same name */
  assert_same_name ("Sa\xcc\x89 Y te\xcc\x82\xcc\x81", "Sả Y tế");

  /* where both placements agree nothing moves */
  assert_same_name ("quý", "quý");
  assert_same_name ("Hoàng", "hoàng");
  assert_same_name ("thuyền", "thuyền");

  /* but the diacritics still tell names apart */
  different = dt_text_normalize_name ("So Y te");
  g_assert_cmpstr (different, !=, "sở y tế");
}

static int
collate (const char *a,
         const char *b)
{
  g_autofree char *ka = dt_text_collate_key (a);
  g_autofree char *kb = dt_text_collate_key (b);

  return g_strcmp0 (ka, kb);
}

static void
test_collate_key (void)
{
  /* Đ after every D word */
  g_assert_cmpint (collate ("Dương", "Đà Nẵng"), <, 0);
  g_assert_cmpint (collate ("Dz", "Đa"), <, 0);
  g_assert_cmpint (collate ("Đinh", "Em"), <, 0);
  /* ă, â after a */
  g_assert_cmpint (collate ("ay", "ăn"), <, 0);
  g_assert_cmpint (collate ("ăn", "ân"), <, 0);
  g_assert_cmpint (collate ("ân", "ba"), <, 0);
  /* tones only decide between the same letters: a à á ả ã ạ */
  g_assert_cmpint (collate ("ma", "mà"), <, 0);
  g_assert_cmpint (collate ("mà", "má"), <, 0);
  g_assert_cmpint (collate ("má", "mả"), <, 0);
  g_assert_cmpint (collate ("mả", "mã"), <, 0);
  g_assert_cmpint (collate ("mã", "mạ"), <, 0);
  g_assert_cmpint (collate ("mạ", "mb"), <, 0);
  /* case is ignored, shorter first */
  g_assert_cmpint (collate ("Sở Y tế", "sở y tế"), ==, 0);
  g_assert_cmpint (collate ("Sở", "Sở Y tế"), <, 0);
}

static void
check_capitalized (const char *text,
                   const char *expected)
{
  g_autofree char *result = dt_text_capitalize_first (text);

  g_assert_cmpstr (result, ==, expected);
}

static void
test_capitalize_first (void)
{
  check_capitalized ("đôn đốc các sở, ngành", "Đôn đốc các sở, ngành");
  check_capitalized ("ưu tiên bố trí vốn", "Ưu tiên bố trí vốn");
  check_capitalized ("ấn định thời gian", "Ấn định thời gian");
  check_capitalized ("“khẩn trương” hoàn thành", "“Khẩn trương” hoàn thành");
  /* what starts well stays as it is, and so does the rest of the text */
  check_capitalized ("Sở Y tế chủ trì", "Sở Y tế chủ trì");
  check_capitalized ("UBND tỉnh", "UBND tỉnh");
  check_capitalized ("3. tổ chức", "3. tổ chức");
  check_capitalized ("", "");
  check_capitalized ("…", "…");
  g_assert_null (dt_text_capitalize_first (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/normalize-name", test_normalize_name);
  g_test_add_func ("/text/collate-key", test_collate_key);
  g_test_add_func ("/text/capitalize-first", test_capitalize_first);

  return g_test_run ();
}
