/* test-extractor-variants.c — one notice written the ways a copy from
 * another source writes it (tabs or no-break spaces after the list
 * markers, CRLF, decomposed tone marks, a byte order mark, other list
 * markers, headings in capitals or not, lines broken at the page width)
 * reads as the same directives: the same units, deadlines and texts
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-extractor.h"
#include "dt-import-source.h"
#include "dt-text.h"

static const char notice[] =
  "ỦY BAN NHÂN DÂN\n"
  "TỈNH LÂM ĐỒNG\n"
  "Số: 42/TB-UBND\n"
  "Lâm Đồng, ngày 14 tháng 4 năm 2025\n"
  "THÔNG BÁO\n"
  "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/4/2025\n"
  "I. TÌNH HÌNH THỰC HIỆN\n"
  "Các đơn vị đã hoàn thành phần lớn nhiệm vụ được giao.\n"
  "II. NHIỆM VỤ TRỌNG TÂM\n"
  "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát kinh phí các dự án, hoàn thành trước ngày 30/5/2025.\n"
  "2. Sở Nông nghiệp và Môi trường:\n"
  "a) Kiểm tra các công trình thủy lợi trước mùa mưa, báo cáo trong tháng 6/2025;\n"
  "b) Hướng dẫn các xã lập kế hoạch phòng chống thiên tai, hoàn thành trong quý III năm 2025.\n"
  "3. Sở Y tế:\n"
  "- Tổ chức tiêm chủng cho trẻ em vùng sâu, vùng xa trong tháng 7/2025;\n"
  "- Chỉ đạo các bệnh viện tuyến tỉnh bảo đảm thuốc, vật tư y tế, báo cáo trước ngày 15/8/2025.\n"
  "4. Công an tỉnh chủ trì bảo đảm an ninh trật tự các lễ hội, hoàn thành trước ngày 01/9/2025.\n"
  "Nơi nhận:\n"
  "- Như trên;\n"
  "KT. CHỦ TỊCH\n"
  "PHÓ CHỦ TỊCH\n"
  "Nguyễn Văn B\n";

/* "lead | deadline | first words", one a directive, folded */
static char *
reading (const char *text,
         gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  g_autofree char *read = dt_import_read_bytes (bytes, NULL, &error);
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  e = dt_extractor_extract (extractor, read, -1, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < e->directives->len; i++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (e->directives, i);
      g_autofree char *lead = dt_text_fold (d->lead_unit ? d->lead_unit : "");
      g_autofree char *text = dt_text_fold (d->text);
      g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
      g_autofree char *start = NULL;

      if (g_strv_length (words) > 6)
        g_clear_pointer (&words[6], g_free);
      start = g_strjoinv (" ", words);
      g_string_append_printf (out, "%s | %u | %s\n", lead, d->deadline, start);
    }
  return g_string_free (out, FALSE);
}

static void
assert_reads_as_written (const char *variant,
                         gssize      length)
{
  g_autofree char *expected = reading (notice, -1);
  g_autofree char *got = reading (variant, length);

  g_assert_cmpstr (got, ==, expected);
}

static char *
replace (const char *text,
         const char *pattern,
         const char *replacement)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);

  return g_regex_replace (regex, text, -1, 0, replacement, 0, NULL);
}

static void
test_as_written (void)
{
  g_autofree char *expected = reading (notice, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  /* six directives, each with its lead and deadline */
  g_assert_cmpuint (g_strv_length (rows), ==, 7);
  g_assert_true (g_str_has_prefix (rows[0], "so tai chinh | "));
  g_assert_true (g_str_has_prefix (rows[3], "so y te | "));
  g_assert_true (g_str_has_prefix (rows[5], "cong an tinh | "));
  for (guint i = 0; i < 6; i++)
    g_assert_null (strstr (rows[i], " | 0 | "));
}

static void
test_tabs_after_markers (void)
{
  /* a Word list copied as text: indented by a tab, a tab after the marker */
  g_autofree char *variant = replace (notice, "^(\\d\\.|[a-z]\\)|-) ", "\t\\1\t");

  assert_reads_as_written (variant, -1);
}

static void
test_wide_spaces (void)
{
  /* no-break spaces after the markers and between words; a narrow one */
  g_autofree char *markers = replace (notice, "^(\\d\\.|[a-z]\\)|-) ", "\\1\u00a0");
  g_autofree char *words = replace (markers, " (các|trong|trước) ", "\u00a0\\1\u202f");

  assert_reads_as_written (words, -1);
}

static void
test_line_ends_and_forms (void)
{
  g_autofree char *crlf = replace (notice, "\n", "\r\n");
  g_autofree char *nfd = g_utf8_normalize (notice, -1, G_NORMALIZE_NFD);
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", notice, NULL);

  assert_reads_as_written (crlf, -1);
  assert_reads_as_written (nfd, -1);
  assert_reads_as_written (bom, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extractor-variants/as-written", test_as_written);
  g_test_add_func ("/extractor-variants/tabs-after-markers", test_tabs_after_markers);
  g_test_add_func ("/extractor-variants/wide-spaces", test_wide_spaces);
  g_test_add_func ("/extractor-variants/line-ends-and-forms", test_line_ends_and_forms);

  return g_test_run ();
}
