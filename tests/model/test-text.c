/* test-text.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

/* The one folding rule, character by character: what the list's search,
 * the importer's matchers and finding a directive in its notice all use */
static void
test_fold_char (void)
{
  /* lower case, base letter, đ → d */
  g_assert_cmpuint (dt_text_fold_char ('A'), ==, 'a');
  g_assert_cmpuint (dt_text_fold_char (0x1EC7), ==, 'e');    /* ệ */
  g_assert_cmpuint (dt_text_fold_char (0x1EE8), ==, 'u');    /* Ứ */
  g_assert_cmpuint (dt_text_fold_char (0x0110), ==, 'd');    /* Đ */
  g_assert_cmpuint (dt_text_fold_char (0x0111), ==, 'd');    /* đ */
  /* every dash is '-', every white space ' ' */
  g_assert_cmpuint (dt_text_fold_char (0x2013), ==, '-');    /* – */
  g_assert_cmpuint (dt_text_fold_char (0x2212), ==, '-');    /* − */
  g_assert_cmpuint (dt_text_fold_char ('\t'), ==, ' ');
  g_assert_cmpuint (dt_text_fold_char (0x00A0), ==, ' ');    /* no-break space */
  g_assert_cmpuint (dt_text_fold_char (0x3000), ==, ' ');
  /* marks and zero-width characters are nothing */
  g_assert_cmpuint (dt_text_fold_char (0x0301), ==, 0);      /* combining acute */
  g_assert_cmpuint (dt_text_fold_char (0x200B), ==, 0);
  g_assert_cmpuint (dt_text_fold_char (0xFEFF), ==, 0);
  /* the rest is kept, in lower case */
  g_assert_cmpuint (dt_text_fold_char (0x201C), ==, 0x201C); /* “ */
  g_assert_cmpuint (dt_text_fold_char (0x0416), ==, 0x0436); /* Ж → ж */
  g_assert_cmpuint (dt_text_fold_char ('/'), ==, '/');
}

/* Folding a text tells where each folded byte came from */
static void
test_fold_mapped (void)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *text = "  Sở  Y\u00A0tế ";
  g_autofree char *folded = dt_text_fold_mapped (text, offsets);
  const char *te = strstr (text, "tế");

  g_assert_cmpstr (folded, ==, "so y te");
  g_assert_cmpuint (offsets->len, ==, strlen (folded));
  g_assert_cmpuint (g_array_index (offsets, gsize, 0), ==, 2);            /* S */
  g_assert_cmpuint (g_array_index (offsets, gsize, 1), ==, 3);            /* ở */
  g_assert_cmpuint (g_array_index (offsets, gsize, 2), ==, 6);            /* the first of two spaces */
  g_assert_cmpuint (g_array_index (offsets, gsize, 5), ==, te - text);    /* t */
  g_assert_cmpuint (g_array_index (offsets, gsize, 6), ==, te + 1 - text); /* ế */
  /* decomposed text folds as composed text does */
  g_clear_pointer (&folded, g_free);
  folded = dt_text_fold ("Sa\xcc\x89 Y te\xcc\x82\xcc\x81");
  g_assert_cmpstr (folded, ==, "sa y te");
  /* not UTF-8: nothing */
  g_clear_pointer (&folded, g_free);
  folded = dt_text_fold ("S\xff");
  g_assert_cmpstr (folded, ==, "");
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

/* The paragraph of a notice that holds a directive, found by its first
 * words whatever the case, diacritics and line breaks; from the end of the
 * item before to the end of its own sentence. */
static void
test_find_paragraph (void)
{
  const char *notice =
    "1. Giao Sở Tài chính cân đối nguồn vốn;\n"
    "2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra\n"
    "   an toàn thực phẩm dịp Tết Nguyên đán, báo cáo trước ngày 15/02/2024.\n"
    "3. Giao Công an tỉnh bảo đảm an ninh trật tự.\n";
  g_autofree char *found = dt_text_find_paragraph (notice, "giao so y te chu tri, phoi hop voi cac don vi");
  g_autofree char *edited = dt_text_find_paragraph (notice, "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan, đã sửa sau");
  g_autofree char *missing = dt_text_find_paragraph (notice, "Giao Sở Xây dựng rà soát quy hoạch");

  g_assert_cmpstr (found, ==,
                   "2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra "
                   "an toàn thực phẩm dịp Tết Nguyên đán, báo cáo trước ngày 15/02/2024.");
  g_assert_cmpstr (edited, ==, found);
  g_assert_null (missing);
  g_assert_null (dt_text_find_paragraph (notice, "Giao"));
  g_assert_null (dt_text_find_paragraph (NULL, "Giao Sở Y tế chủ trì"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/fold-char", test_fold_char);
  g_test_add_func ("/text/fold-mapped", test_fold_mapped);
  g_test_add_func ("/text/normalize-name", test_normalize_name);
  g_test_add_func ("/text/collate-key", test_collate_key);
  g_test_add_func ("/text/capitalize-first", test_capitalize_first);
  g_test_add_func ("/text/find-paragraph", test_find_paragraph);

  return g_test_run ();
}
