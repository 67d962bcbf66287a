/* test-extractor-shapes.c — the notice reader on notices of other shapes
 * than the sample's (other layouts, tables, outlines, field blocks), and
 * on text that is no notice
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-extractor.h"

/* A notice of another shape: no appendix header words of the sample */
static const char other_notice[] =
  "ỦY BAN NHÂN DÂN\n"
  "TỈNH HÀ TĨNH\n"
  "Số: 15/TB-UBND\n"
  "Hà Tĩnh, ngày 12 tháng 3 năm 2025\n"
  "THÔNG BÁO\n"
  "Ý kiến kết luận của Phó Chủ tịch UBND tỉnh Trần Văn A tại cuộc họp\n"
  "        Ngày 10/3/2025, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch kết luận như sau:\n"
  "1. Giao Sở Xây dựng, Sở Tài chính phối hợp với UBND các huyện, thành phố, thị xã rà soát\n"
  "hồ sơ, báo cáo UBND tỉnh trước ngày 31/02/2025.\n"
  "2. Sở Hàng hải và Thủy sản chủ trì xây dựng kế hoạch, hoàn thành trong quý II năm 2025.\n"
  "3. Các sở, ban, ngành thường xuyên theo dõi.\n"
  "4. Sở GD&ĐT:\n"
  "+ Hướng dẫn các trường tổ chức thi, báo cáo hằng tháng;\n"
  "+ Phối hợp với Sở TT&TT tuyên truyền trong tháng 4.\n"
  "Nơi nhận:\n"
  "- Như trên;\n"
  "KT. CHỦ TỊCH\n"
  "PHÓ CHỦ TỊCH\n"
  "Trần Văn A\n"
  "PHỤ LỤC\n"
  "STT Nhiệm vụ Cơ quan chủ trì\n"
  "I Lĩnh vực kinh tế\n"
  "1. Kiểm tra các công trình trọng điểm trước ngày 15/4/2025.\n"
  "Sở Xây dựng,\n"
  "Sở Tài chính\n"
  "2.\n"
  "Rà soát quỹ đất;\n"
  "trình UBND tỉnh trong tháng 5/2025.\n"
  "Sở Nông nghiệp và\n"
  "Môi trường\n"
  "STT Nhiệm vụ Cơ quan chủ trì\n"
  "II Lĩnh vực xã hội\n"
  "3. Tổ chức tốt các hoạt động văn hóa dịp Tết. Trung tâm Văn hóa Điện ảnh tỉnh\n";

static const DtExtractedDirective *
find_by (DtExtraction *e,
         const char   *where,
         const char   *lead)
{
  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (e->directives, j);

      if (g_strcmp0 (d->where, where) == 0 && g_strcmp0 (d->lead_unit, lead) == 0)
        return d;
    }
  return NULL;
}

static void
test_other_notice (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, other_notice, -1, NULL, NULL);
  const DtExtractedDirective *d;

  g_assert_cmpstr (e->issuing_body, ==, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  g_assert_cmpstr (e->number, ==, "15/TB-UBND");
  g_assert_cmpuint (e->issue_date, ==, dt_date_new (2025, 3, 12));
  g_assert_cmpuint (e->meeting_date, ==, dt_date_new (2025, 3, 10));
  g_assert_cmpstr (e->signer, ==, "Trần Văn A");

  /* "Giao Sở X, Sở Y …": one directive each; the impossible date flagged */
  d = find_by (e, "1", "Sở Xây dựng");
  g_assert_nonnull (d);
  g_assert_true (d->doubts & DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE);
  g_assert_cmpuint (d->deadline, ==, DT_DATE_NONE);
  g_assert_cmpstr (d->coordinating_units[0], ==, "Ủy ban nhân dân các huyện, thành phố, thị xã");
  g_assert_nonnull (find_by (e, "1", "Sở Tài chính"));

  /* an unknown unit, kept as written and flagged */
  d = find_by (e, "2", "Sở Hàng hải và Thủy sản");
  g_assert_nonnull (d);
  g_assert_false (d->lead_unit_known);
  g_assert_true (d->doubts & DT_EXTRACTION_DOUBT_UNKNOWN_UNIT);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 6, 30));

  /* "- Sở X:" then "+ task" */
  d = find_by (e, "4-1", "Sở Giáo dục và Đào tạo");
  g_assert_nonnull (d);
  g_assert_cmpint (d->recurrence, ==, DT_RECURRENCE_MONTHLY);

  /* the table: a cell naming two units, wrapped names, an unknown unit */
  g_assert_nonnull (find_by (e, "1", "Sở Xây dựng"));
  d = NULL;
  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (e->directives, j);

      if (x->part == DT_EXTRACTION_PART_APPENDIX && g_strcmp0 (x->where, "1") == 0
          && g_strcmp0 (x->lead_unit, "Sở Tài chính") == 0)
        d = x;
    }
  g_assert_nonnull (d);
  g_assert_cmpstr (d->category, ==, "Lĩnh vực kinh tế");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 4, 15));
  g_assert_cmpstr (d->text, ==, "Kiểm tra các công trình trọng điểm trước ngày 15/4/2025.");

  d = find_by (e, "2", "Sở Nông nghiệp và Môi trường");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 5, 31));

  d = find_by (e, "3", "Trung tâm Văn hóa Điện ảnh tỉnh");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->category, ==, "Lĩnh vực xã hội");
  g_assert_false (d->lead_unit_known);

  /* the collective subject is kept as such */
  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (e->directives, j);

      if (g_strcmp0 (x->where, "3") == 0 && x->part == DT_EXTRACTION_PART_BODY)
        g_assert_true (x->collective);
    }
}

/* A table with coordinating and deadline columns, its header wrapped */
static const char five_columns[] =
  "Nơi nhận:\n"
  "- Như trên;\n"
  "PHỤ LỤC\n"
  "STT Nội dung công việc Cơ quan chủ trì Cơ quan phối\n"
  "hợp Thời gian hoàn thành\n"
  "1 Tham mưu kế hoạch cải cách hành chính Sở Nội vụ Văn phòng\n"
  "UBND tỉnh Quý I/2025\n"
  "2. Kiểm tra an toàn thực phẩm dịp Tết. Sở Y tế Các sở, ngành liên quan\n"
  "Tháng 02/2025\n"
  "3. Báo cáo tình hình giải ngân. Sở Tài chính Sở KH&ĐT 10 ngày/lần\n"
  "4. Rà soát hồ sơ đất đai. Sở NN&MT 31/02/2025\n";

static void
test_table_columns (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, five_columns, -1, NULL, NULL);
  const DtExtractedDirective *d;

  d = find_by (e, "1", "Sở Nội vụ");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->text, ==, "Tham mưu kế hoạch cải cách hành chính");
  g_assert_cmpstr (d->coordinating_units[0], ==, "Văn phòng Ủy ban nhân dân tỉnh");
  g_assert_cmpstr (d->deadline_phrase, ==, "Quý I/2025");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 3, 31));

  d = find_by (e, "2", "Sở Y tế");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->coordinating_units[0], ==, NULL);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 2, 28));

  d = find_by (e, "3", "Sở Tài chính");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->coordinating_units[0], ==, "Sở Kế hoạch và Đầu tư");
  g_assert_cmpint (d->recurrence, ==, DT_RECURRENCE_DAYS);
  g_assert_cmpuint (d->recurrence_interval, ==, 10);

  d = find_by (e, "4", "Sở Nông nghiệp và Môi trường");
  g_assert_nonnull (d);
  g_assert_true (d->doubts & DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE);
}

/* Another layout: one-line issuing body, "kết luận:", lettered items */
static const char lettered[] =
  "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
  "Số: 88/TB-UBND        Quảng Ninh, ngày 05 tháng 3 năm 2024\n"
  "THÔNG BÁO\n"
  "Kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp về công tác cải cách hành chính\n"
  "        Sáng ngày 04/3/2024, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe\n"
  "báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
  "1. Kết quả\n"
  "- Sở Nội vụ đã hoàn thành kế hoạch năm 2023.\n"
  "2. Nhiệm vụ thời gian tới\n"
  "a) Sở Nội vụ: Chủ trì tham mưu sửa đổi quy chế, trình UBND tỉnh chậm nhất ngày 20/3/2024.\n"
  "b) Đề nghị Sở Tư pháp thẩm định dự thảo trong tháng 4/2024.\n"
  "c) UBND các huyện, thị xã, thành phố rà soát thủ tục hành chính hằng quý.\n"
  "Nơi nhận:\n"
  "- Như trên;\n"
  "TM. ỦY BAN NHÂN DÂN\n"
  "CHỦ TỊCH\n"
  "Cao Tường Huy\n";

static void
test_lettered_items (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, lettered, -1, NULL, NULL);
  const DtExtractedDirective *d;

  g_assert_cmpstr (e->issuing_body, ==, "Ủy ban nhân dân tỉnh Quảng Ninh");
  g_assert_cmpstr (e->number, ==, "88/TB-UBND");
  g_assert_cmpuint (e->issue_date, ==, dt_date_new (2024, 3, 5));
  g_assert_cmpuint (e->meeting_date, ==, dt_date_new (2024, 3, 4));
  g_assert_cmpstr (e->signer, ==, "Cao Tường Huy");
  /* "1. Kết quả" reports what was done: no directive there */
  g_assert_cmpuint (e->directives->len, ==, 3);

  d = g_ptr_array_index (e->directives, 0);
  g_assert_cmpstr (d->lead_unit, ==, "Sở Nội vụ");
  g_assert_cmpstr (d->where, ==, "2.a");
  g_assert_cmpstr (d->text, ==, "Chủ trì tham mưu sửa đổi quy chế, trình UBND tỉnh chậm nhất ngày 20/3/2024.");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2024, 3, 20));

  d = g_ptr_array_index (e->directives, 1);
  g_assert_cmpstr (d->lead_unit, ==, "Sở Tư pháp");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2024, 4, 30));

  d = g_ptr_array_index (e->directives, 2);
  /* a collective subject as written, abbreviation expanded */
  g_assert_cmpstr (d->lead_unit, ==, "Ủy ban nhân dân các huyện, thị xã, thành phố");
  g_assert_cmpint (d->recurrence, ==, DT_RECURRENCE_QUARTERLY);
}

static void
test_empty_and_odd (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) empty = dt_extractor_extract (extractor, "", 0, NULL, NULL);
  g_autoptr(DtExtraction) prose = dt_extractor_extract (extractor, "Hôm nay trời đẹp.\nKhông có gì.\n",
                                                        -1, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  DtExtraction *cancelled;

  g_assert_cmpuint (empty->directives->len, ==, 0);
  g_assert_cmpuint (prose->directives->len, ==, 0);

  g_cancellable_cancel (cancellable);
  cancelled = dt_extractor_extract (extractor, other_notice, -1, cancellable, &error);
  g_assert_null (cancelled);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The outline of a notice from nowhere in the corpus: a unit heading with
 * lettered items, a list of leads, a topic label, a report's contents, an
 * evaluation and a closing formula */
static const char outline_notice[] =
  "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
  "Số: 45/TB-UBND\n"
  "Lạng Sơn, ngày 05 tháng 6 năm 2025\n"
  "THÔNG BÁO\n"
  "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp\n"
  "Chủ tịch UBND tỉnh kết luận như sau:\n"
  "1. Ghi nhận, đánh giá cao sự cố gắng của Sở Tài chính.\n"
  "2. Sở Xây dựng:\n"
  "a) Chủ trì rà soát quy hoạch, báo cáo trước ngày 30/6/2025.\n"
  "b) Phối hợp với Sở Tài chính kiểm tra các dự án.\n"
  "3. Các Sở: Y tế, Giáo dục và Đào tạo tổ chức kiểm tra an toàn trường học trong tháng 7/2025.\n"
  "4. Về cải cách hành chính: giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng kế hoạch "
  "trong quý III năm 2025.\n"
  "5. Công an tỉnh báo cáo cụ thể các nội dung sau:\n"
  "(1) Số vụ tai nạn giao thông.\n"
  "(2) Số vụ cháy nổ.\n"
  "6. Yêu cầu các sở, ngành tổ chức thực hiện nghiêm túc Thông báo này./.\n"
  "Nơi nhận:\n"
  "- Như trên;\n";

static void
test_outline (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, outline_notice, -1, NULL, NULL);
  const DtExtractedDirective *d;

  g_assert_cmpuint (e->directives->len, ==, 6);

  /* the items of "2. Sở Xây dựng:" are its directives; the heading is none */
  d = find_by (e, "2.a", "Sở Xây dựng");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 6, 30));
  d = find_by (e, "2.b", "Sở Xây dựng");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->coordinating_units[0], ==, "Sở Tài chính");

  /* "Các Sở: Y tế, Giáo dục và Đào tạo": one directive for each, the
   * deadline of the sentence for both */
  d = find_by (e, "3", "Sở Y tế");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 7, 31));
  d = find_by (e, "3", "Sở Giáo dục và Đào tạo");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 7, 31));

  /* "Về …: giao Sở X …": the topic and the formula are not the task */
  d = find_by (e, "4", "Sở Nội vụ");
  g_assert_nonnull (d);
  g_assert_true (g_str_has_prefix (d->text, "chủ trì"));
  g_assert_cmpstr (d->coordinating_units[0], ==, "Văn phòng Ủy ban nhân dân tỉnh");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 9, 30));

  /* the report is the task, what it holds is not */
  g_assert_nonnull (find_by (e, "5", "Công an tỉnh"));
  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (e->directives, j);

      g_assert_false (g_str_has_prefix (x->where, "5."));
      g_assert_cmpstr (x->where, !=, "1");   /* praise */
      g_assert_cmpstr (x->where, !=, "6");   /* the closing formula */
    }
}

/* "a) Nhiệm vụ: … b) Cơ quan chủ trì: … c) Thời gian: …" */
static const char field_blocks[] =
  "Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nhiệm vụ cụ thể như sau:\n"
  "1. Nhiệm vụ thứ nhất\n"
  "a) Nhiệm vụ: Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.\n"
  "b) Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
  "c) Cơ quan phối hợp: Công an tỉnh, Sở Tài chính.\n"
  "d) Thời gian hoàn thành: Quý III/2025.\n"
  "2. Nhiệm vụ thứ hai\n"
  "a) Nội dung: Tập huấn kỹ năng số cho cán bộ cấp xã.\n"
  "b) Đơn vị thực hiện: Sở Nội vụ.\n"
  "c) Thời hạn: trước ngày 30/6/2025.\n";

static void
test_field_blocks (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, field_blocks, -1, NULL, NULL);
  const DtExtractedDirective *d;

  g_assert_cmpuint (e->directives->len, ==, 2);
  d = find_by (e, "1", "Sở Khoa học và Công nghệ");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->text, ==, "Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.");
  g_assert_cmpstr (d->coordinating_units[0], ==, "Công an tỉnh");
  g_assert_cmpstr (d->coordinating_units[1], ==, "Sở Tài chính");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 9, 30));
  d = find_by (e, "2", "Sở Nội vụ");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 6, 30));
}

/* Millions of one-character lines are refused at once, not read */
static void
test_not_a_notice (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  DtExtraction *e;

  for (guint i = 0; i < 400000; i++)
    g_string_append (text, "a\n");
  e = dt_extractor_extract (extractor, text->str, text->len, NULL, &error);
  g_assert_null (e);
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
}

/* The shape that is refused counts characters, not bytes: "- Sở Y tế;" has
 * 10 characters in 14 bytes; lines of twelve characters are read */
static void
test_not_a_notice_characters (void)
{
  g_autoptr(GString) short_lines = g_string_new (NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 300000; i++)
    {
      g_string_append (short_lines, "- Sở Y tế;\n");
      g_string_append (lines, "- Sở Y tế, B\n");
    }
  g_assert_cmpuint (short_lines->len, >, 300000 * 12);
  g_assert_false (dt_extractor_check_shape (short_lines->str, short_lines->len, &error));
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
  g_clear_error (&error);
  g_assert_true (dt_extractor_check_shape (lines->str, lines->len, &error));
  g_assert_no_error (error);
  /* a notice of a few lines of one word is read */
  g_assert_true (dt_extractor_check_shape ("a\nb\n", 4, &error));
}

/* More than a hundred lines of a character or three are no notice, however
 * few: each line costs the extractor more than ten times its bytes.  Lines
 * of four characters and their break are read. */
static void
test_not_a_notice_tiny_lines (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(GString) tiny = g_string_new (NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) few = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtExtraction) e = NULL;

  for (guint i = 0; i < 101; i++)
    {
      g_string_append (tiny, "Ở.\n");      /* three characters in five bytes */
      g_string_append (lines, "Abc.\n");
    }
  for (guint i = 0; i < 100; i++)
    g_string_append (few, ".\n");
  g_assert_false (dt_extractor_check_shape (tiny->str, tiny->len, &error));
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
  g_clear_error (&error);
  g_assert_null (dt_extractor_extract (extractor, tiny->str, tiny->len, NULL, &error));
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
  g_clear_error (&error);

  e = dt_extractor_extract (extractor, lines->str, lines->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (e);
  g_assert_true (dt_extractor_check_shape (few->str, few->len, &error));
  g_assert_no_error (error);
}

/* A table copied from a spreadsheet: tab-separated cells, read once */
static const char tab_table[] =
  "Trên đây là Kế hoạch của UBND tỉnh./.\n"
  "Nơi nhận:\n"
  "- Như trên;\n"
  "PHỤ LỤC\n"
  "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
  "1\tXây dựng cơ sở dữ liệu đất đai\tSở Nông nghiệp và Môi trường\tSở Tài chính\tQuý II/2025\n"
  "2\tTriển khai nền tảng học tập số\tSở Giáo dục và Đào tạo\tCác trường học\tNăm 2025\n";

static void
test_tab_table (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, tab_table, -1, NULL, NULL);
  const DtExtractedDirective *d;

  g_assert_cmpuint (e->directives->len, ==, 2);
  d = find_by (e, "1", "Sở Nông nghiệp và Môi trường");
  g_assert_nonnull (d);
  g_assert_cmpint (d->part, ==, DT_EXTRACTION_PART_APPENDIX);
  g_assert_cmpstr (d->text, ==, "Xây dựng cơ sở dữ liệu đất đai");
  g_assert_cmpstr (d->coordinating_units[0], ==, "Sở Tài chính");
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 6, 30));
  d = find_by (e, "2", "Sở Giáo dục và Đào tạo");
  g_assert_nonnull (d);
  g_assert_cmpuint (d->deadline, ==, dt_date_new (2025, 12, 31));
}

/* One item that lists several tasks, each with a date of its own, is
 * that many directives of its unit; a clause that only says more of the
 * task before it ("; nhất là …"), or a holiday's guessed date, does not
 * cut it. */
static const char dated_tasks[] =
  "ỦY BAN NHÂN DÂN\n"
  "TỈNH QUẢNG TRỊ\n"
  "Số: 88/TB-UBND\n"
  "Quảng Trị, ngày 05 tháng 6 năm 2025\n"
  "THÔNG BÁO\n"
  "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban\n"
  "1. Giao Sở Xây dựng:\n"
  "- Hoàn thiện hồ sơ thiết kế cầu Bến Đá, trình thẩm định trước ngày 30/6/2025; đôn đốc\n"
  "nhà thầu thi công tuyến đường tránh phía Tây, đưa vào sử dụng trong quý IV năm 2025;\n"
  "kiểm tra chất lượng các công trình nhà ở xã hội, báo cáo UBND tỉnh trong tháng 8/2025.\n"
  "- Rà soát quy hoạch các khu dân cư, báo cáo UBND tỉnh trước ngày 15/7/2025; nhất là các\n"
  "khu dân cư ven biển có nguy cơ sạt lở hoàn thành trong tháng 9/2025.\n"
  "2. Sở Y tế bố trí lịch trực các bệnh viện trong dịp Tết Nguyên đán; bảo đảm thuốc,\n"
  "vật tư y tế cho các cơ sở khám bệnh, chữa bệnh trước ngày 20/12/2025.\n"
  "Nơi nhận:\n"
  "- Như trên;\n"
  "CHỦ TỊCH\n"
  "Nguyễn Văn B\n";

static void
test_dated_tasks (void)
{
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) e = dt_extractor_extract (extractor, dated_tasks, -1, NULL, NULL);
  const DtDate want[] = { dt_date_new (2025, 6, 30), dt_date_new (2025, 12, 31), dt_date_new (2025, 8, 31) };
  const char *starts[] = { "Hoàn thiện hồ sơ", "đôn đốc nhà thầu", "kiểm tra chất lượng" };
  guint n_xd = 0, n_yt = 0;

  g_assert_nonnull (e);
  for (guint i = 0; i < e->directives->len; i++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (e->directives, i);

      if (g_strcmp0 (d->lead_unit, "Sở Xây dựng") == 0)
        {
          /* three tasks of the first bullet, then the second whole */
          if (n_xd < 3)
            {
              g_assert_true (g_str_has_prefix (d->text, starts[n_xd]));
              g_assert_cmpuint (d->deadline, ==, want[n_xd]);
              g_assert_false (g_str_has_suffix (d->text, ";"));
            }
          else
            {
              g_assert_true (g_str_has_prefix (d->text, "Rà soát quy hoạch"));
              g_assert_nonnull (strstr (d->text, "nhất là"));
            }
          n_xd++;
        }
      else if (g_strcmp0 (d->lead_unit, "Sở Y tế") == 0)
        {
          g_assert_nonnull (strstr (d->text, "dịp Tết Nguyên đán; bảo đảm thuốc"));
          n_yt++;
        }
    }
  g_assert_cmpuint (n_xd, ==, 4);
  g_assert_cmpuint (n_yt, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extractor/other-notice", test_other_notice);
  g_test_add_func ("/extractor/table-columns", test_table_columns);
  g_test_add_func ("/extractor/lettered-items", test_lettered_items);
  g_test_add_func ("/extractor/empty-and-odd", test_empty_and_odd);
  g_test_add_func ("/extractor/outline", test_outline);
  g_test_add_func ("/extractor/field-blocks", test_field_blocks);
  g_test_add_func ("/extractor/not-a-notice", test_not_a_notice);
  g_test_add_func ("/extractor/not-a-notice-characters", test_not_a_notice_characters);
  g_test_add_func ("/extractor/not-a-notice-tiny-lines", test_not_a_notice_tiny_lines);
  g_test_add_func ("/extractor/tab-table", test_tab_table);
  g_test_add_func ("/extractor/dated-tasks", test_dated_tasks);

  return g_test_run ();
}
