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
  "Tại cuộc họp, thủ trưởng các sở, ngành: Tài chính; Xây dựng; Nông nghiệp và Môi trường; Sở Y tế; "
  "Công an tỉnh đã báo cáo kết quả; các đơn vị đã hoàn thành phần lớn nhiệm vụ được giao.\n"
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
      char *seventh = NULL;

      /* the first six words; the vector whole again for g_strfreev */
      if (g_strv_length (words) > 6)
        {
          seventh = words[6];
          words[6] = NULL;
        }
      start = g_strjoinv (" ", words);
      if (seventh != NULL)
        words[6] = seventh;
      g_string_append_printf (out, "%s | %u | %s\n", lead, d->deadline, start);
    }
  return g_string_free (out, FALSE);
}

static void
assert_reads_as (const char *variant,
                 const char *original)
{
  g_autofree char *expected = reading (original, -1);
  g_autofree char *got = reading (variant, -1);

  g_assert_cmpstr (got, ==, expected);
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

/* Lines broken at a space before width characters, as a PDF's text has
 * them; after every page_lines lines, the page's number, a form feed and
 * the running header (0: none) */
static char *
wrap (const char *text,
      guint       width,
      guint       page_lines)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  guint n = 0, page = 1;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];

      do
        {
          const char *cut = NULL;

          if (strlen (p) > width)
            for (const char *q = p; q < p + width; q++)
              if (*q == ' ')
                cut = q;
          if (cut == NULL)
            cut = p + strlen (p);
          g_string_append_len (out, p, cut - p);
          g_string_append_c (out, '\n');
          p = *cut == ' ' ? cut + 1 : cut;
          if (page_lines > 0 && ++n % page_lines == 0)
            g_string_append_printf (out, "\n%u\n\fỦY BAN NHÂN DÂN\n", page++);
        }
      while (*p != '\0');
    }
  return g_string_free (out, FALSE);
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

static void
test_wrapped (void)
{
  /* broken at 40, 60 and 80 characters: "…; Xây dựng;" / "Nông nghiệp …",
   * an enumeration broken at its ";", goes on */
  for (guint width = 40; width <= 80; width += 20)
    {
      g_autofree char *variant = wrap (notice, width, 0);

      assert_reads_as_written (variant, -1);
    }
}

/* A resolution whose lines a PDF broke at its width, around an
 * enumeration of units in running text; %s: the lines around the break */
static const char resolution[] =
  "NGHỊ QUYẾT\n"
  "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG\n"
  "Điều 1. Hội đồng nhân dân tỉnh đánh giá cao tinh\n"
  "thần trách nhiệm của thủ trưởng các sở, ngành: Tài\n"
  "chính; Xây dựng; Nông nghiệp và Môi trường; Y tế và\n"
  "Công an tỉnh trong việc trả lời chất vấn.\n"
  "Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất\n"
  "%s\n"
  "nhân dân tỉnh chỉ đạo thực hiện một số công việc\n"
  "sau:\n"
  "1. Về lĩnh vực tài chính:\n"
  "- Chỉ đạo Sở Tài chính: rà soát kinh phí các dự án,\n"
  "hoàn thành trước ngày 30/9/2017.\n"
  "2. Về lĩnh vực y tế:\n"
  "- Chỉ đạo Sở Y tế tổ chức tiêm chủng cho trẻ em\n"
  "vùng sâu, vùng xa trong tháng 10/2017.\n";

static void
test_wrapped_enumeration (void)
{
  /* "các sở, ngành: Tài chính; Xây dựng; Ban Dân tộc tỉnh; …" broken after
   * a ";" or after the colon, the next line opening with a unit: the
   * enumeration goes on, and its units are no addressees of the items */
  static const char * const breaks[] = {
    "với các giải pháp mà thủ trưởng các sở, ngành: Tài chính; Xây dựng;\n"
    "Ban Dân tộc tỉnh; Công an tỉnh đã trả lời. Hội đồng nhân dân tỉnh\n"
    "đề nghị Ủy ban",
    "với các giải pháp mà thủ trưởng các sở, ngành:\n"
    "Ban Dân tộc tỉnh; Công an tỉnh đã trả lời. Hội đồng nhân dân tỉnh\n"
    "đề nghị Ủy ban",
  };

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      g_autofree char *text = g_strdup_printf (resolution, breaks[i]);
      g_autofree char *got = reading (text, -1);
      g_auto(GStrv) rows = g_strsplit (got, "\n", -1);

      g_assert_cmpuint (g_strv_length (rows), ==, 3);
      g_assert_true (g_str_has_prefix (rows[0], "so tai chinh | "));
      g_assert_true (g_str_has_prefix (rows[1], "so y te | "));
    }
}

static void
test_wrapped_names_after_colon (void)
{
  /* "… hỗ trợ các tỉnh:" / "Quảng Ngãi, …": the names the colon lists go on
   * the sentence, broken at the line's width */
  static const char dispatch[] =
    "CÔNG ĐIỆN\n"
    "Số: 232/CĐ-TTg\n"
    "Hà Nội, ngày 27 tháng 11 năm 2025\n"
    "Thủ tướng Chính phủ yêu cầu:\n"
    "1. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất phân công các tỉnh có điều tiết ngân sách hỗ trợ các tỉnh: "
    "Quảng Ngãi, Phú Yên và Bình Định để khắc phục hậu quả bão, hoàn thành trong tháng 12/2025.\n"
    "2. Bộ trưởng Bộ Xây dựng chỉ đạo rà soát các công trình hư hỏng, báo cáo trước ngày 15/12/2025.\n";
  g_autofree char *broken = replace (dispatch, "các tỉnh: Quảng", "các tỉnh:\nQuảng");
  g_autofree char *expected = reading (dispatch, -1);

  g_assert_true (g_str_has_prefix (expected, "bo tai chinh | "));
  assert_reads_as (broken, dispatch);
}

static void
test_wrapped_pages (void)
{
  /* a page number, a form feed and a running header every few lines, in
   * the middle of sentences */
  for (guint lines = 5; lines <= 9; lines += 2)
    {
      g_autofree char *variant = wrap (notice, 60, lines);

      assert_reads_as_written (variant, -1);
    }
}

static void
test_wrapped_table_rows (void)
{
  static const char table[] =
    "KẾ HOẠCH\n"
    "Số: 7/KH-UBND\n"
    "Hà Nội, ngày 06 tháng 8 năm 2024\n"
    "PHỤ LỤC\n"
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1. | Rà soát các quy định về đất đai. | Sở Tài chính | Sở Xây dựng | Tháng 9/2024 |\n"
    "| 2. | Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản. | Sở Xây dựng | Sở Tài chính | Quý IV/2024 |\n"
    "| 3. | Tổ chức tập huấn cho cán bộ cấp xã. | Sở Nội vụ | | Năm 2025 |\n";
  g_autofree char *expected = reading (table, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  g_assert_cmpuint (g_strv_length (rows), ==, 4);
  /* the rows broken at 30 to 60 bytes (15 to 60 characters), some right
   * after a bar or before the last, and at page breaks */
  for (guint width = 30; width <= 60; width += 5)
    {
      g_autofree char *variant = wrap (table, width, 0);
      g_autofree char *paged = wrap (table, width, 6);

      assert_reads_as (variant, table);
      assert_reads_as (paged, table);
    }
}

static void
test_headings_case (void)
{
  /* a ministry's letter to its departments, each named by a heading */
  static const char letter[] =
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
    "Số: 12/BVHTTDL-VP\n"
    "Hà Nội, ngày 20 tháng 11 năm 2025\n"
    "Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n"
    "1. Vụ Pháp chế\n"
    "- Hoàn thành việc xây dựng các nghị định trong tháng 12/2025.\n"
    "2. Cục Xuất bản, In và Phát hành\n"
    "- Sửa đổi, bổ sung Luật Xuất bản trong quý I/2026.\n"
    "3. Cục Báo chí:\n"
    "Rà soát các thủ tục hành chính, hoàn thành trước ngày 15/12/2025.\n";
  g_autofree char *upper = replace (letter, "^(\\d\\. )(.*)$", "\\1\\U\\2\\E");
  g_autofree char *expected = reading (letter, -1);
  g_autofree char *got = reading (upper, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  /* the headings in capitals name the same departments: no catalogue
   * knows them, and the heading ends their name */
  g_assert_nonnull (strstr (upper, "2. CỤC XUẤT BẢN, IN VÀ PHÁT HÀNH\n"));
  g_assert_cmpuint (g_strv_length (rows), ==, 4);
  g_assert_true (g_str_has_prefix (rows[0], "vu phap che | "));
  g_assert_true (g_str_has_prefix (rows[1], "cuc xuat ban, in va phat hanh | "));
  g_assert_true (g_str_has_prefix (rows[2], "cuc bao chi | "));
  g_assert_cmpstr (got, ==, expected);
}

static void
test_section_headings_case (void)
{
  /* "II. NHIỆM VỤ TRỌNG TÂM" or "II. Nhiệm vụ trọng tâm" */
  g_autofree char *lower = replace (notice, "^(I+\\. )(.)(.*)$", "\\1\\2\\L\\3\\E");

  g_assert_nonnull (strstr (lower, "II. Nhiệm vụ trọng tâm\n"));
  assert_reads_as_written (lower, -1);
}

static void
test_bullet_kinds (void)
{
  /* units as bullets, their tasks as bullets of another kind below them */
  static const char bullets[] =
    "THÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/4/2025\n"
    "1. Nhiệm vụ trọng tâm tháng 5 năm 2025\n"
    "- Sở Y tế:\n"
    "+ Tổ chức tiêm chủng cho trẻ em trong tháng 5/2025;\n"
    "+ Kiểm tra an toàn thực phẩm, báo cáo trước ngày 20/5/2025.\n"
    "- Sở Xây dựng:\n"
    "+ Rà soát các công trình xuống cấp trong tháng 6/2025.\n";
  /* the outer kind is the one the document uses first, whichever it is */
  static const char * const kinds[][2] = {
    { "•", "-" }, { "+", "-" }, { "–", "•" }, { "-", "•" },
  };
  g_autofree char *expected = reading (bullets, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  g_assert_cmpuint (g_strv_length (rows), ==, 4);
  g_assert_true (g_str_has_prefix (rows[0], "so y te | "));
  g_assert_true (g_str_has_prefix (rows[2], "so xay dung | "));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *outer = replace (bullets, "^- ", "OUTER ");
      g_autofree char *inner = replace (outer, "^\\+ ", "INNER ");
      g_autofree char *outer_marked = NULL, *variant = NULL;
      g_autofree char *outer_kind = g_strconcat (kinds[i][0], " ", NULL);
      g_autofree char *inner_kind = g_strconcat (kinds[i][1], " ", NULL);

      outer_marked = replace (inner, "^OUTER ", outer_kind);
      variant = replace (outer_marked, "^INNER ", inner_kind);
      assert_reads_as (variant, bullets);
    }
}

static void
test_unit_headings_without_blank_lines (void)
{
  /* a unit's name alone on its numbered line, its task below: a Word or
   * web copy sets them apart by an empty line, a PDF's text does not */
  static const char plan[] =
    "KẾ HOẠCH\n"
    "Số: 21/KH-UBND\n"
    "Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:\n"
    "\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "\n"
    "1. Sở Công Thương\n"
    "\n"
    "Hỗ trợ các doanh nghiệp nhỏ và vừa kinh doanh trên môi trường số,\n"
    "hoàn thành trong quý II năm 2026.\n"
    "\n"
    "2. Sở Tài chính:\n"
    "\n"
    "Thẩm định dự toán kinh phí thực hiện kế hoạch trong tháng 3/2026.\n";
  g_autofree char *packed = replace (plan, "\n\n", "\n");
  g_autofree char *expected = reading (plan, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  g_assert_cmpuint (g_strv_length (rows), ==, 3);
  g_assert_true (g_str_has_prefix (rows[0], "so cong thuong | "));
  g_assert_true (g_str_has_prefix (rows[1], "so tai chinh | "));
  assert_reads_as (packed, plan);
}

static void
test_cell_table_from_pdf (void)
{
  /* a table one cell a line between "|" lines (an HTML copy), after the
   * signature block's table, its title set apart by empty lines */
  static const char plan[] =
    "KẾ HOẠCH\n"
    "Số: 21/KH-UBND\n"
    "Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:\n"
    "1. Các sở, ngành triển khai kế hoạch này.\n"
    "\n"
    "|\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "|\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn A\n"
    "|\n"
    "\n"
    "PHỤ LỤC\n"
    "\n"
    "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
    "\n"
    "|\n" "STT\n" "|\n" "Tên nhiệm vụ\n" "|\n" "Cơ quan chủ trì\n" "|\n" "Thời gian hoàn thành\n" "|\n"
    "|\n" "1\n" "|\n" "Xây dựng cơ sở dữ liệu doanh nghiệp\n" "|\n" "Sở Tài chính\n" "|\n" "Quý IV-2026\n" "|\n"
    "|\n" "2\n" "|\n" "Tổ chức tập huấn chuyển đổi số\n" "|\n" "Sở Nội vụ\n" "|\n" "Năm 2026\n" "|\n";
  /* a PDF's text: no empty lines; a page's number and running header
   * inside the table */
  g_autofree char *packed = replace (plan, "\n\n", "\n");
  g_autofree char *paged = replace (packed, "Xây dựng cơ sở ", "Xây dựng cơ sở\n2\n\fKẾ HOẠCH\n");
  g_autofree char *expected = reading (plan, -1);

  g_assert_nonnull (strstr (expected, "so tai chinh | "));
  g_assert_nonnull (strstr (expected, "so noi vu | "));
  assert_reads_as (packed, plan);
  assert_reads_as (paged, plan);
}

static void
test_capital_heading_then_text (void)
{
  /* a section heading in capitals over two lines, then the paragraph that
   * asks for the items below it */
  static const char notice_blank[] =
    "THÔNG BÁO\n"
    "Số: 634/TB-VPCP\n"
    "Hà Nội, ngày 22 tháng 11 năm 2025\n"
    "I. ĐÁNH GIÁ CHUNG\n"
    "\n"
    "Tỉnh đã hoàn thành tốt các nhiệm vụ được giao.\n"
    "\n"
    "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG\n"
    "TÂM THỜI GIAN TỚI\n"
    "\n"
    "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ\n"
    "đạo, tập trung thực hiện các nhiệm vụ, giải pháp trên các lĩnh vực trong 02\n"
    "tháng cuối năm 2025 và những tháng đầu năm 2026 theo tinh thần chỉ đạo của Thủ\n"
    "tướng Chính phủ; trong đó lưu ý một số nội dung trọng tâm sau:\n"
    "\n"
    "1. Đổi mới tư duy, tầm nhìn phát triển, khai thác tối\n"
    "đa nguồn lực bên trong.\n"
    "\n"
    "2. Đẩy mạnh cải cách thủ tục hành chính trong năm 2026.\n";
  g_autofree char *packed = replace (notice_blank, "\n\n", "\n");
  g_autofree char *expected = reading (notice_blank, -1);
  g_auto(GStrv) rows = g_strsplit (expected, "\n", -1);

  g_assert_cmpuint (g_strv_length (rows), ==, 3);
  g_assert_true (g_str_has_prefix (rows[0], "thuong truc tinh uy | "));
  g_assert_true (g_str_has_prefix (rows[1], "thuong truc tinh uy | "));
  /* a PDF's text: no empty line ends the heading, which stays the items'
   * group, without the paragraph below it */
  assert_reads_as (packed, notice_blank);
  {
    g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
    g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, packed, -1, NULL, NULL);
    const DtExtractedDirective *d = g_ptr_array_index (e->directives, 0);

    g_assert_cmpstr (d->category, ==, "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI");
  }
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
  g_test_add_func ("/extractor-variants/wrapped", test_wrapped);
  g_test_add_func ("/extractor-variants/wrapped-enumeration", test_wrapped_enumeration);
  g_test_add_func ("/extractor-variants/wrapped-names-after-colon", test_wrapped_names_after_colon);
  g_test_add_func ("/extractor-variants/wrapped-pages", test_wrapped_pages);
  g_test_add_func ("/extractor-variants/wrapped-table-rows", test_wrapped_table_rows);
  g_test_add_func ("/extractor-variants/headings-case", test_headings_case);
  g_test_add_func ("/extractor-variants/bullet-kinds", test_bullet_kinds);
  g_test_add_func ("/extractor-variants/unit-headings-without-blank-lines", test_unit_headings_without_blank_lines);
  g_test_add_func ("/extractor-variants/cell-table-from-pdf", test_cell_table_from_pdf);
  g_test_add_func ("/extractor-variants/capital-heading-then-text", test_capital_heading_then_text);
  g_test_add_func ("/extractor-variants/section-headings-case", test_section_headings_case);

  return g_test_run ();
}
