/* test-unit-name.c — unit names by their grammar, the catalogue for identity
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a phrase as documents write it; the units named at its
 * start must be the expected ones, compared as the corpus scorer compares
 * them (no diacritics, abbreviations expanded, a trailing "tỉnh" dropped),
 * and the mention must end where the expected span ends.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"

/* The scorer's unit(): folded, its abbreviations expanded, " - " spaced,
 * a trailing "tinh" dropped */
static char *
scorer_unit (const char *name)
{
  static const struct { const char *pattern, *replacement; } abbreviations[] = {
    { "\\bubnd\\b", "uy ban nhan dan" }, { "\\bptnt\\b", "phat trien nong thon" },
    { "\\bbch\\b", "bo chi huy" }, { "\\bbql\\b", "ban quan ly" },
    { "\\bld-?tb ?& ?xh\\b", "lao dong - thuong binh va xa hoi" },
    { "\\btt ?& ?tt\\b", "thong tin va truyen thong" }, { "\\bkh ?& ?dt\\b", "ke hoach va dau tu" },
    { "\\bvp\\b", "van phong" }, { "\\bkkt\\b", "khu kinh te" }, { "\\bbdbp\\b", "bo doi bien phong" },
  };
  DtFolded folded;
  char *s;

  _dt_folded_init (&folded, name, -1);
  s = g_strdup (folded.text);
  _dt_folded_clear (&folded);
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (abbreviations[i].pattern, 0, 0, NULL);
      char *r = g_regex_replace (regex, s, -1, 0, abbreviations[i].replacement, 0, NULL);
      g_free (s);
      s = r;
    }
  {
    g_autoptr(GRegex) dash = g_regex_new ("\\s*-\\s*", 0, 0, NULL);
    g_autoptr(GRegex) tinh = g_regex_new ("\\btinh$", 0, 0, NULL);
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    char *r = g_regex_replace_literal (dash, s, -1, 0, " - ", 0, NULL);

    g_free (s);
    s = g_regex_replace_literal (tinh, r, -1, 0, "", 0, NULL);
    g_free (r);
    r = g_regex_replace_literal (spaces, g_strstrip (s), -1, 0, " ", 0, NULL);
    g_free (s);
    s = g_strstrip (r);
  }
  return s;
}

typedef struct
{
  const char *text;
  const char *units;   /* "; " between them; NULL: no unit starts here */
  const char *span;    /* the text the mention takes (NULL: all the units' names don't matter) */
} Case;

/* where units are written in the corpus documents and the Nghệ An notice,
 * with what follows them there */
static const Case corpus_cases[] = {
  /* 01: a Prime Minister's directive to ministries and provinces */
  { "Bộ Kế hoạch và Đầu tư:\na) Chủ trì", "Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư" },
  { "Bộ Công Thương:\n- Chủ trì", "Bộ Công Thương", "Bộ Công Thương" },
  { "Bộ Tài nguyên và Môi trường:\n- Chủ trì", "Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường" },
  { "Bộ Tài chính:\nChủ trì, phối hợp", "Bộ Tài chính", "Bộ Tài chính" },
  { "Bộ Nội vụ:\na) Tăng cường", "Bộ Nội vụ", "Bộ Nội vụ" },
  { "Bộ Kế hoạch và Đầu tư, Bộ Công Thương và các Bộ, ngành liên quan tổ chức rà soát",
    "Bộ Kế hoạch và Đầu tư; Bộ Công Thương; Các Bộ, ngành liên quan",
    "Bộ Kế hoạch và Đầu tư, Bộ Công Thương và các Bộ, ngành liên quan" },
  { "Bộ Kế hoạch và Đầu tư và các Bộ, ngành và địa phương liên quan xây dựng",
    "Bộ Kế hoạch và Đầu tư; Các Bộ, ngành và địa phương liên quan", NULL },
  { "Các Bộ, ngành liên quan khác trong phạm vi chức năng", "Các Bộ, ngành liên quan khác",
    "Các Bộ, ngành liên quan khác" },
  { "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\na) Rà soát quy hoạch",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" },
  { "Các Bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện",
    "Các Bộ, ngành; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", NULL },
  /* 02: a provincial council's resolution */
  { "Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra", "Sở Tài nguyên và Môi trường", NULL },
  { "Sở Văn hóa, Thể thao và Du lịch chủ động tham mưu", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa, Thể thao và Du lịch" },
  { "Ban Dân tộc tỉnh phối hợp với UBND huyện Hoàng Su Phì (chủ đầu tư)", "Ban Dân tộc tỉnh",
    "Ban Dân tộc tỉnh" },
  { "UBND huyện Hoàng Su Phì (chủ đầu tư)", "Ủy ban nhân dân huyện Hoàng Su Phì",
    "UBND huyện Hoàng Su Phì" },
  { "UBND huyện Vị Xuyên khẩn trương khắc phục", "Ủy ban nhân dân huyện Vị Xuyên", "UBND huyện Vị Xuyên" },
  { "Sở Nông nghiệp và PTNT:\n+ Thực hiện", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và PTNT" },
  { "Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh" },
  { "Sở Tài chính xây dựng phương án", "Sở Tài chính", "Sở Tài chính" },
  { "Công an tỉnh:\n- Tăng cường", "Công an tỉnh", "Công an tỉnh" },
  { "UBND tỉnh chỉ đạo Công an tỉnh", "Ủy ban nhân dân tỉnh", "UBND tỉnh" },
  /* 03: the Government Office conveys a Deputy PM's opinion */
  { "Ủy ban nhân dân tỉnh Quảng Nam chủ trì, phối hợp", "Ủy ban nhân dân tỉnh Quảng Nam",
    "Ủy ban nhân dân tỉnh Quảng Nam" },
  { "Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Tài nguyên và Môi trường và\ncác cơ quan liên quan",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn" },
  { "Bộ Tài nguyên và Môi trường và\ncác cơ quan liên quan hướng dẫn",
    "Bộ Tài nguyên và Môi trường; Các cơ quan liên quan", NULL },
  /* 04: a ministry's plan for its departments */
  { "Cục Biến đổi khí hậu có trách nhiệm:", "Cục Biến đổi khí hậu", "Cục Biến đổi khí hậu" },
  { "Cục Kiểm soát ô nhiễm môi trường, Vụ Môi trường hoàn thiện dự thảo",
    "Cục Kiểm soát ô nhiễm môi trường; Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường, Vụ Môi trường" },
  { "Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường thiết lập Hệ thống",
    "Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường", NULL },
  { "Vụ Hợp tác quốc tế, Vụ Pháp chế tham mưu", "Vụ Hợp tác quốc tế; Vụ Pháp chế", NULL },
  { "Cục Viễn thám quốc gia chủ trì, phối hợp", "Cục Viễn thám quốc gia", "Cục Viễn thám quốc gia" },
  { "Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học, cơ quan chuyên môn",
    "Cục Biến đổi khí hậu; Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
    "Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học" },
  { "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu tham mưu",
    "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách tài nguyên và môi trường",
    "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách tài nguyên và môi trường" },
  { "Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí Tài nguyên và Môi trường có trách nhiệm",
    "Trung tâm Truyền thông tài nguyên và môi trường; Báo Tài nguyên và Môi trường; Tạp chí Tài nguyên và Môi trường",
    "Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí Tài nguyên và Môi trường" },
  { "Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ", "Vụ Kế hoạch - Tài chính", "Vu Kế hoạch - Tài chính" },
  { "Viện Chiến lược, Chính sách TN&MT | Cục Biến đổi khí hậu",
    "Viện Chiến lược, Chính sách tài nguyên và môi trường", "Viện Chiến lược, Chính sách TN&MT" },
  { "Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT | Cục",
    "Trung tâm Truyền thông tài nguyên và môi trường; Báo Tài nguyên và Môi trường; Tạp chí Tài nguyên và Môi trường",
    "Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT" },
  { "Cục Biến đổi khí hậu | Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT",
    "Cục Biến đổi khí hậu", "Cục Biến đổi khí hậu" },
  { "Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT |",
    "Vụ Pháp chế; Các đơn vị có liên quan thuộc Bộ Tài nguyên và Môi trường", NULL },
  { "cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn và các địa phương có rừng ứng dụng",
    "Cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn; Các địa phương có rừng",
    "cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn và các địa phương có rừng" },
  { "Các Bộ: CT, NN&PTNT, TC, TTTT;", "Bộ Công Thương; Bộ Nông nghiệp và Phát triển nông thôn; Bộ Tài chính; Bộ Thông tin và Truyền thông", NULL },
  { "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương trong việc rà soát",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", NULL },
  { "các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường xây dựng",
    "Các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường",
    "các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường" },
  /* 05: conclusions of the Prime Minister on a province */
  { "Thường trực Tỉnh ủy tập trung lãnh đạo", "Thường trực Tỉnh ủy", "Thường trực Tỉnh ủy" },
  { "Bộ Nông nghiệp và Môi trường chủ trì phối hợp", "Bộ Nông nghiệp và Môi trường", NULL },
  { "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc cụ thể",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam" },
  { "Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương, Tập đoàn Công nghiệp - Năng", "Ủy ban nhân dân tỉnh Thanh Hóa",
    "Ủy ban nhân dân tỉnh Thanh Hóa" },
  { "Bộ Công Thương, Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam và các cơ quan",
    "Bộ Công Thương; Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam; Các cơ quan", NULL },
  { "Ủy ban nhân dân tỉnh Thanh Hóa và ý kiến của các đại biểu", "Ủy ban nhân dân tỉnh Thanh Hóa",
    "Ủy ban nhân dân tỉnh Thanh Hóa" },
  { "Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng", "Bộ Tài chính", "Bộ Tài chính" },
  { "Bộ Xây dựng và các cơ quan liên quan xem xét", "Bộ Xây dựng; Các cơ quan liên quan", NULL },
  { "Bộ Nội vụ chủ trì, phối hợp", "Bộ Nội vụ", "Bộ Nội vụ" },
  { "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp\n- Viễn thông Quân đội tổ chức",
    "Tập đoàn Bưu chính Viễn thông Việt Nam; Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp\n- Viễn thông Quân đội" },
  { "Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn", "Bộ Khoa học và Công nghệ", NULL },
  { "Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội theo chức năng",
    "Các Bộ, cơ quan liên quan; Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam; Tập đoàn Bưu chính Viễn thông Việt Nam; Tập đoàn Công nghiệp - Viễn thông Quân đội",
    NULL },
  /* 06: a Deputy PM's inspection */
  { "Bộ Y tế chỉ đạo Ban Quản lý dự án", "Bộ Y tế", "Bộ Y tế" },
  { "Bộ Xây dựng, Bộ Quốc\nphòng chỉ đạo các nhà thầu", "Bộ Xây dựng; Bộ Quốc phòng", "Bộ Xây dựng, Bộ Quốc\nphòng" },
  { "Bộ Tài chính và các bộ, cơ\nquan liên quan tập trung", "Bộ Tài chính; Các bộ, cơ quan liên quan", NULL },
  { "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục bám sát",
    "Bộ Y tế", "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế" },
  { "Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế", "Bộ Công an", "Bộ Công an" },
  { "Bộ Y tế, Ban Quản lý dự án và các", "Bộ Y tế; Ban Quản lý dự án", NULL },
  { "Ủy ban nhân dân tỉnh Ninh Bình theo chức năng, nhiệm vụ", "Ủy ban nhân dân tỉnh Ninh Bình",
    "Ủy ban nhân dân tỉnh Ninh Bình" },
  { "các Bộ Y tế, Công an, Xây dựng, Quốc phòng, Tài chính, Ủy ban nhân dân tỉnh Ninh Bình và các cơ quan",
    "Bộ Y tế; Bộ Công an; Bộ Xây dựng; Bộ Quốc phòng; Bộ Tài chính; Ủy ban nhân dân tỉnh Ninh Bình; Các cơ quan",
    NULL },
  { "các bộ Công an, Xây dựng trong", "Bộ Công an; Bộ Xây dựng", "các bộ Công an, Xây dựng" },
  /* 07: an urgent dispatch */
  { "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ,\ncơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc\nTrung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công\nty, đơn vị liên quan tiếp tục",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương; Các Tập đoàn, Tổng công ty",
    NULL },
  { "Bộ Xây dựng:\na) Tiếp tục", "Bộ Xây dựng", "Bộ Xây dựng" },
  { "Văn phòng Chính phủ, Bộ Tài chính, các bộ, ngành địa phương\nliên quan rà soát",
    "Văn phòng Chính phủ; Bộ Tài chính; Các bộ, ngành địa phương liên quan", NULL },
  { "Đài truyền hình Việt Nam, Tập đoàn\nCông nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam, Văn\nphòng Chính phủ xây dựng",
    "Đài Truyền hình Việt Nam; Tập đoàn Công nghiệp - Viễn thông Quân đội; Tập đoàn Bưu chính Viễn thông Việt Nam; Văn phòng Chính phủ",
    NULL },
  { "Bộ Tài chính chủ trì cùng Bộ Xây dựng và", "Bộ Tài chính", "Bộ Tài chính" },
  { "Đài truyền hình Việt Nam chủ trì đạo diễn", "Đài Truyền hình Việt Nam", "Đài truyền hình Việt Nam" },
  { "Tập đoàn Công nghiệp - Viễn thông Quân đội,\nTập đoàn Bưu chính Viễn thông Việt Nam chủ trì, phối hợp",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội; Tập đoàn Bưu chính Viễn thông Việt Nam", NULL },
  { "Bộ Xây dựng, Đài\ntruyền hình Việt Nam và các bộ, ngành, địa phương, cơ quan (có dự án",
    "Bộ Xây dựng; Đài Truyền hình Việt Nam; Các bộ, ngành, địa phương, cơ quan", NULL },
  { "Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì", "Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ" },
  { "Bộ Xây dựng, Văn phòng Chính phủ, các bộ", "Bộ Xây dựng; Văn phòng Chính phủ; Các bộ", NULL },
  { "Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo", "Phó Thủ tướng Chính phủ Trần Hồng Hà",
    "Phó Thủ tướng Chính phủ Trần Hồng Hà" },
  { "Văn phòng Chính phủ, Bộ Tài chính theo dõi", "Văn phòng Chính phủ; Bộ Tài chính",
    "Văn phòng Chính phủ, Bộ Tài chính" },
  /* 08: an urgent dispatch with lists */
  { "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\nKhánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan",
    "Ủy ban nhân dân tỉnh Đắk Lắk; Ủy ban nhân dân tỉnh Khánh Hòa; Ủy ban nhân dân tỉnh Gia Lai; Ủy ban nhân dân tỉnh Lâm Đồng",
    "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\nKhánh Hòa, Gia Lai và Lâm Đồng" },
  { "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia\nLai và Lâm Đồng khẩn trương gửi",
    "Ủy ban nhân dân tỉnh Đắk Lắk; Ủy ban nhân dân tỉnh Khánh Hòa; Ủy ban nhân dân tỉnh Gia Lai; Ủy ban nhân dân tỉnh Lâm Đồng",
    NULL },
  { "Bộ trưởng Bộ Tài chính tổng hợp", "Bộ Tài chính", "Bộ trưởng Bộ Tài chính" },
  { "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực\nlượng", "Bộ Quốc phòng; Bộ Công an",
    "Bộ trưởng các Bộ: Quốc phòng, Công an" },
  { "Văn phòng Chính phủ theo dõi, đôn đốc", "Văn phòng Chính phủ", "Văn phòng Chính phủ" },
  { "Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an,\nGiáo dục và Đào tạo, Y tế.",
    "Bộ Tài chính; Bộ Nông nghiệp và Môi trường; Bộ Quốc phòng; Bộ Công an; Bộ Giáo dục và Đào tạo; Bộ Y tế",
    NULL },
  /* 10: a ministry to its departments, unit names alone on a line */
  { "Vụ Pháp chế\n- Tập trung hoàn thành", "Vụ Pháp chế", "Vụ Pháp chế" },
  { "Cục Xuất bản, In và Phát hành\n- Triển khai", "Cục Xuất bản, In và Phát hành",
    "Cục Xuất bản, In và Phát hành" },
  { "Bộ Tài chính đưa nội dung", "Bộ Tài chính", "Bộ Tài chính" },
  { "Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam\nPhối hợp với Vụ Pháp chế",
    "Cục Điện ảnh; Cục Du lịch Quốc gia Việt Nam", "Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam" },
  { "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm\nKhẩn trương hoàn thiện", "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm",
    "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm" },
  { "Cục Báo chí\n- Khẩn trương", "Cục Báo chí", "Cục Báo chí" },
  { "Cục Thể dục thể thao Việt Nam\nKhẩn trương hoàn thành", "Cục Thể dục thể thao Việt Nam",
    "Cục Thể dục thể thao Việt Nam" },
  { "Cục Hợp tác quốc tế\nKhẩn trương", "Cục Hợp tác quốc tế", "Cục Hợp tác quốc tế" },
  { "Các đơn vị có TTHC\n- Thực hiện nghiêm túc", "Các đơn vị có thủ tục hành chính", "Các đơn vị có TTHC" },
  { "Văn phòng Bộ trong việc công bố", "Văn phòng Bộ", "Văn phòng Bộ" },
  /* 11: a city's instruction letter */
  { "Giao Sở Nông nghiệp và Môi trường\nKhẩn trương chia sẻ", NULL, NULL },
  { "Sở Nông nghiệp và Môi trường\nKhẩn trương chia sẻ", "Sở Nông nghiệp và Môi trường",
    "Sở Nông nghiệp và Môi trường" },
  { "Công an Thành\nphố\nChỉ đạo Công an các\nphường, xã, đặc khu", "Công an Thành phố", "Công an Thành\nphố" },
  { "Công an các\nphường, xã, đặc khu phối hợp", "Công an các phường, xã, đặc khu", NULL },
  { "Công\nan phường, xã, đặc khu rà soát", "Công an phường, xã, đặc khu", "Công\nan phường, xã, đặc khu" },
  { "Ủy ban nhân\ndân các phường, xã, đặc khu\n- Phối hợp thực hiện", "Ủy ban nhân dân các phường, xã, đặc khu",
    "Ủy ban nhân\ndân các phường, xã, đặc khu" },
  { "Sở Xây dựng\nTheo dõi, đôn đốc", "Sở Xây dựng", "Sở Xây dựng" },
  { "Trung tâm Chuyển đổi số Thành phố, Công an Thành phố, Sở Nông\nnghiệp và Môi trường, Ủy ban nhân dân các phường, xã, đặc khu cùng các đơn\nvị",
    "Trung tâm Chuyển đổi số Thành phố; Công an Thành phố; Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các phường, xã, đặc khu",
    "Trung tâm Chuyển đổi số Thành phố, Công an Thành phố, Sở Nông\nnghiệp và Môi trường, Ủy ban nhân dân các phường, xã, đặc khu" },
  { "Sở Xây dựng chủ trì, phối hợp Trung tâm", "Sở Xây dựng", "Sở Xây dựng" },
  { "Trung tâm Chuyển đổi số Thành phố xây dựng, đề xuất", "Trung tâm Chuyển đổi số Thành phố",
    "Trung tâm Chuyển đổi số Thành phố" },
  /* 13: a province's plan with an appendix table */
  { "Sở Khoa học và Công nghệ\n a) Là cơ quan đầu mối", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ" },
  { "Sở Tài chính\n a) Thẩm định dự toán", "Sở Tài chính", "Sở Tài chính" },
  { "Sở Công Thương\n Hỗ trợ cho các doanh nghiệp", "Sở Công Thương", "Sở Công Thương" },
  { "Sở Văn hoá, Thể thao và Du lịch\n Định hướng các cơ quan", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hoá, Thể thao và Du lịch" },
  { "Ủy ban nhân dân các xã, phường\n Xây dựng kế hoạch cụ thể", "Ủy ban nhân dân các xã, phường",
    "Ủy ban nhân dân các xã, phường" },
  { "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh\n a) Tuyên truyền",
    "Hiệp hội Doanh nghiệp tỉnh; Hội Nông dân tỉnh; Liên minh Hợp tác xã Tỉnh",
    "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh" },
  { "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường\n Trên cơ sở Kế hoạch này",
    "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường",
    "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường" },
  { "Sở KH&CN\n| Các sở, ban, ngành tỉnh\nUBND các xã, phường\n| Thường xuyên", "Sở Khoa học và Công nghệ", "Sở KH&CN" },
  { "Các sở, ban, ngành tỉnh\nUBND các xã, phường\n| Thường xuyên", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường", NULL },
  { "Sở Nội vụ | Sở KH&CN", "Sở Nội vụ", "Sở Nội vụ" },
  { "Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông | Quí IV-2025",
    "Ban Quản lý Khu kinh tế; Sở Công Thương; Các doanh nghiệp viễn thông",
    "Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông" },
  /* the Nghệ An notice */
  { "Sở Nông nghiệp và Phát triển nông thôn:    + Chủ động", "Sở Nông nghiệp và Phát triển nông thôn", NULL },
  { "Sở Giao thông \n\nvận tải \n\nII Về hỗ trợ", "Sở Giao thông vận tải", "Sở Giao thông \n\nvận tải" },
  { "Ban quản lý Khu \n\nkinh tế Đông \n\nNam \n\n10.", "Ban Quản lý Khu kinh tế Đông Nam",
    "Ban quản lý Khu \n\nkinh tế Đông \n\nNam" },
  { "Các chủ đầu tư \n TT Nhiệm vụ", "Các chủ đầu tư", "Các chủ đầu tư" },
  { "Sở Lao động – \n\nThương binh và \n\nXã hội \n\n19.", "Sở Lao động - Thương binh và Xã hội", NULL },
  { "Sở Văn hoá và \n\nThể thao \n\nV Về quản lý", "Sở Văn hóa và Thể thao", "Sở Văn hoá và \n\nThể thao" },
  { "Sở Thông tin và \n\nTruyền thông \n TT Nhiệm vụ", "Sở Thông tin và Truyền thông", NULL },
  { "BCH Quân sự \n\ntỉnh \n\n26.", "Bộ Chỉ huy Quân sự tỉnh", "BCH Quân sự \n\ntỉnh" },
  { "Bộ Chỉ huy Bộ \n\nđội biên phòng \n\n27.", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", NULL },
  { "Thanh tra tỉnh \n\n28.  Tham mưu", "Thanh tra tỉnh", "Thanh tra tỉnh" },
  { "Sở Ngoại vụ \n", "Sở Ngoại vụ", "Sở Ngoại vụ" },
  { "Văn phòng UBND tỉnh thường xuyên đôn đốc", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh" },
  { "Sở Công Thương, Sở Kế hoạch   và Đầu tư, Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn, Sở Du lịch chủ   trì",
    "Sở Công Thương; Sở Kế hoạch và Đầu tư; Sở Tài chính; Sở Nông nghiệp và Phát triển nông thôn; Sở Du lịch", NULL },
  { "Các sở, ngành căn cứ nội dung", "Các sở, ngành", "Các sở, ngành" },
  { "Các cấp, các ngành tiếp tục tập trung", "Các cấp, các ngành", "Các cấp, các ngành" },
  { "Các sở, ngành, các chủ đầu tư tiếp tục rà soát", "Các sở, ngành, các chủ đầu tư", "Các sở, ngành, các chủ đầu tư" },
  { "Sở Tài chính phối hợp ngành Thuế, Hải quan rà soát", "Sở Tài chính", "Sở Tài chính" },
  { "ngành Thuế, Hải quan rà soát", "Cục Thuế tỉnh; Cục Hải quan tỉnh", "ngành Thuế, Hải quan" },
  { "Giám đốc các sở,   ngành liên quan chịu trách nhiệm", "Các sở, ngành liên quan", NULL },
  { "Sở Lao động - Thương   binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn, Ban Dân tộc phối hợp   chặt chẽ với Sở Kế hoạch và Đầu tư",
    "Sở Lao động - Thương binh và Xã hội; Sở Nông nghiệp và Phát triển nông thôn; Ban Dân tộc tỉnh", NULL },
  { "Sở Kế hoạch và Đầu tư và các cơ quan,", "Sở Kế hoạch và Đầu tư; Các cơ quan", NULL },
  { "Sở Y tế tăng cường công tác", "Sở Y tế", "Sở Y tế" },
  { "Sở   Xây dựng phối hợp với Văn phòng UBND tỉnh", "Sở Xây dựng", "Sở   Xây dựng" },
  { "Công an tỉnh tập trung chỉ đạo", "Công an tỉnh", "Công an tỉnh" },
  { "Sở Giáo dục và \n\nĐào tạo \n\n17.", "Sở Giáo dục và Đào tạo", NULL },
};

/* other shapes of unit names, and what is not one */
static const Case shape_cases[] = {
  { "Bộ Tài chính chủ trì, phối hợp", "Bộ Tài chính", "Bộ Tài chính" },
  { "Sở Y tế, Sở Tài chính và Công an tỉnh thực hiện", "Sở Y tế; Sở Tài chính; Công an tỉnh",
    "Sở Y tế, Sở Tài chính và Công an tỉnh" },
  { "các Bộ: Công an, Tài chính, Xây dựng chủ trì", "Bộ Công an; Bộ Tài chính; Bộ Xây dựng",
    "các Bộ: Công an, Tài chính, Xây dựng" },
  { "các Bộ Y tế, Công an báo cáo", "Bộ Y tế; Bộ Công an", "các Bộ Y tế, Công an" },
  { "UBND các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng",
    "Ủy ban nhân dân tỉnh Đắk Lắk; Ủy ban nhân dân tỉnh Khánh Hòa; Ủy ban nhân dân tỉnh Gia Lai; Ủy ban nhân dân tỉnh Lâm Đồng",
    NULL },
  { "Chủ tịch UBND tỉnh Bắc Ninh chỉ đạo", "Ủy ban nhân dân tỉnh Bắc Ninh", "Chủ tịch UBND tỉnh Bắc Ninh" },
  { "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh chủ trì",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh" },
  /* places whose first word looks like a head noun (Hội, Vụ, Quỹ) */
  { "UBND thành phố Hội An chủ trì", "Ủy ban nhân dân thành phố Hội An", "UBND thành phố Hội An" },
  { "UBND huyện Vụ Bản chủ trì", "Ủy ban nhân dân huyện Vụ Bản", "UBND huyện Vụ Bản" },
  { "UBND thành phố Quy Nhơn bố trí quỹ đất", "Ủy ban nhân dân thành phố Quy Nhơn", "UBND thành phố Quy Nhơn" },
  { "Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình Trần Huy Tuấn", "Ủy ban nhân dân tỉnh Ninh Bình", NULL },
  { "Giám đốc Sở Xây dựng chịu trách nhiệm", "Sở Xây dựng", "Giám đốc Sở Xây dựng" },
  { "Bộ trưởng Bộ Y tế Đào Hồng Lan, Bí thư", "Bộ Y tế", "Bộ trưởng Bộ Y tế" },
  { "Thủ trưởng các cơ quan, đơn vị khẩn trương", "Các cơ quan, đơn vị", NULL },
  { "Sở KH&CN chủ trì", "Sở Khoa học và Công nghệ", "Sở KH&CN" },
  { "Sở TN&MT phối hợp", "Sở Tài nguyên và Môi trường", "Sở TN&MT" },
  { "Bộ CHQS tỉnh phối hợp", "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh" },
  { "Bộ KH&ĐT chủ trì", "Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT" },
  { "Bộ TN&MT hướng dẫn", "Bộ Tài nguyên và Môi trường", "Bộ TN&MT" },
  { "Công an tỉnh chủ trì", "Công an tỉnh", "Công an tỉnh" },
  { "Công an Thành phố chủ trì", "Công an Thành phố", "Công an Thành phố" },
  { "Công an huyện Kỳ Sơn phối hợp", "Công an huyện Kỳ Sơn", "Công an huyện Kỳ Sơn" },
  { "Sở Xây dựng Thành phố Hồ Chí Minh có văn bản", "Sở Xây dựng Thành phố Hồ Chí Minh",
    "Sở Xây dựng Thành phố Hồ Chí Minh" },
  { "Sở Y tế tỉnh Nghệ An báo cáo", "Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An" },
  { "Tập đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam khẩn trương",
    "Tập đoàn Điện lực Việt Nam; Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", NULL },
  { "Sở Nông nghiệp và Môi trường chủ trì", "Sở Nông nghiệp và Môi trường", NULL },
  { "Sở Dân tộc và Tôn giáo hướng dẫn", "Sở Dân tộc và Tôn giáo", NULL },
  { "Bộ Dân tộc và Tôn giáo hướng dẫn", "Bộ Dân tộc và Tôn giáo", NULL },
  { "Ủy ban Dân tộc chủ trì", "Ủy ban Dân tộc", "Ủy ban Dân tộc" },
  { "Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng", "Ngân hàng Nhà nước Việt Nam",
    "Ngân hàng Nhà nước Việt Nam" },
  { "Bảo hiểm xã hội Việt Nam hướng dẫn", "Bảo hiểm xã hội Việt Nam", NULL },
  { "Kiểm toán Nhà nước kiểm toán", "Kiểm toán Nhà nước", "Kiểm toán Nhà nước" },
  { "Thanh tra Chính phủ chủ trì", "Thanh tra Chính phủ", "Thanh tra Chính phủ" },
  { "Viettel, VNPT triển khai", "Tập đoàn Công nghiệp - Viễn thông Quân đội; Tập đoàn Bưu chính Viễn thông Việt Nam", NULL },
  { "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận", "Trung tâm Phục vụ hành chính công tỉnh", NULL },
  { "Bộ Văn hóa, Thể thao và Du lịch, Bộ Tư pháp phối hợp",
    "Bộ Văn hóa, Thể thao và Du lịch; Bộ Tư pháp", "Bộ Văn hóa, Thể thao và Du lịch, Bộ Tư pháp" },
  { "Bộ Lao động - Thương binh và Xã hội chủ trì", "Bộ Lao động - Thương binh và Xã hội", NULL },
  { "Sở Y tế, Tài chính và Xây dựng rà soát", "Sở Y tế; Sở Tài chính; Sở Xây dựng", NULL },
  { "Trung tâm Y tế huyện Quỳnh Lưu phối hợp", "Trung tâm Y tế huyện Quỳnh Lưu", NULL },
  { "Bệnh viện Hữu nghị Việt Đức, Bệnh viện Bạch Mai thúc đẩy", "Bệnh viện Hữu nghị Việt Đức; Bệnh viện Bạch Mai", NULL },
  { "các Bệnh viện: Hữu nghị Việt Đức, Bạch Mai", "Bệnh viện Hữu nghị Việt Đức; Bệnh viện Bạch Mai", NULL },
  { "Các lực lượng chức năng tăng cường", "Các lực lượng chức năng", "Các lực lượng chức năng" },
  { "Các chủ rừng là tổ chức thực hiện", "Các chủ rừng là tổ chức", "Các chủ rừng là tổ chức" },
  { "Các Tập đoàn, Tổng công ty nhà nước báo cáo", "Các Tập đoàn, Tổng công ty nhà nước", NULL },
  { "các doanh nghiệp viễn thông phối hợp", "Các doanh nghiệp viễn thông", "các doanh nghiệp viễn thông" },
  { "Hội Liên hiệp Phụ nữ tỉnh vận động", "Hội Liên hiệp Phụ nữ tỉnh", NULL },
  { "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh khẩn trương",
    "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh", NULL },
  { "Đài Phát thanh và Truyền hình tỉnh, Báo Nghệ An tuyên truyền",
    "Đài Phát thanh và Truyền hình tỉnh; Báo Nghệ An", NULL },
  { "Liên đoàn Bóng đá Việt Nam tổ chức", "Liên đoàn Bóng đá Việt Nam", NULL },
  { "Quỹ Đầu tư phát triển tỉnh cho vay", "Quỹ Đầu tư phát triển tỉnh", NULL },
  { "Học viện Hành chính Quốc gia đào tạo", "Học viện Hành chính Quốc gia", NULL },
  { "Trường Đại học Vinh phối hợp", "Trường Đại học Vinh", NULL },
  { "Tổng công ty Đường sắt Việt Nam rà soát", "Tổng công ty Đường sắt Việt Nam", NULL },
  { "Công ty TNHH MTV Thủy lợi Bắc Nghệ An vận hành", "Công ty TNHH MTV Thủy lợi Bắc Nghệ An", NULL },
  { "Chi cục Kiểm lâm chỉ đạo lực lượng", "Chi cục Kiểm lâm", "Chi cục Kiểm lâm" },
  { "Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp",
    "Tòa án nhân dân tỉnh; Viện kiểm sát nhân dân tỉnh", NULL },
  { "Mặt trận Tổ quốc Việt Nam tỉnh giám sát", "Mặt trận Tổ quốc Việt Nam tỉnh", NULL },
  { "Thường trực HĐND tỉnh xem xét", "Thường trực Hội đồng nhân dân tỉnh", "Thường trực HĐND tỉnh" },
  { "UBND các huyện, thành phố, thị xã chỉ đạo", "Ủy ban nhân dân các huyện, thành phố, thị xã", NULL },
  { "Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh phối hợp", "Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh", NULL },
  { "Bộ Xây dựng - Cơ quan Thường trực, các bộ", "Bộ Xây dựng", "Bộ Xây dựng" },
  { "Sở Kế hoạch - Đầu tư phối hợp", "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch - Đầu tư" },
  { "UBND các huyện, thị xã, thành phố báo cáo", "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "UBND các huyện, thị xã, thành phố" },
  { "Bộ Giao thông vận tải, Bộ Xây dựng và các địa phương liên quan",
    "Bộ Giao thông vận tải; Bộ Xây dựng; Các địa phương liên quan", NULL },
  { "Ban Quản lý các Khu công nghiệp tỉnh hướng dẫn", "Ban Quản lý các Khu công nghiệp tỉnh", NULL },
  { "Cục Quản lý thị trường tỉnh phối hợp", "Cục Quản lý thị trường tỉnh", "Cục Quản lý thị trường tỉnh" },
  { "Chi cục Thủy lợi theo dõi", "Chi cục Thủy lợi", "Chi cục Thủy lợi" },
  { "Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh" },
  { "Trường Đại học Kinh tế Quốc dân nghiên cứu", "Trường Đại học Kinh tế Quốc dân", NULL },
  { "Tổng cục Thống kê hướng dẫn", "Tổng cục Thống kê", "Tổng cục Thống kê" },
  { "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp chỉ đạo", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp" },
  { "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo", "Ngân hàng Nhà nước chi nhánh tỉnh", NULL },
  { "Bảo hiểm xã hội tỉnh, Liên đoàn Lao động tỉnh phối hợp", "Bảo hiểm xã hội tỉnh; Liên đoàn Lao động tỉnh",
    "Bảo hiểm xã hội tỉnh, Liên đoàn Lao động tỉnh" },
  { "Hội Cựu chiến binh tỉnh, Tỉnh đoàn tuyên truyền", "Hội Cựu chiến binh tỉnh; Tỉnh đoàn", NULL },
  { "Đài Phát thanh - Truyền hình tỉnh đưa tin", "Đài Phát thanh và Truyền hình tỉnh", NULL },
  { "Giám đốc Công an tỉnh chỉ đạo", "Công an tỉnh", "Giám đốc Công an tỉnh" },
  { "Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm",
    "Ủy ban nhân dân các huyện, thành phố, thị xã", NULL },
  { "Thủ trưởng các sở, ban, ngành chịu trách nhiệm", "Các sở, ban, ngành", NULL },
  { "Cục trưởng Cục Thuế tỉnh chỉ đạo", "Cục Thuế tỉnh", "Cục trưởng Cục Thuế tỉnh" },
  { "các Sở: Tài chính, Xây dựng hướng dẫn", "Sở Tài chính; Sở Xây dựng", "các Sở: Tài chính, Xây dựng" },
  { "các Sở Y tế, Giáo dục và Đào tạo hướng dẫn", "Sở Y tế; Sở Giáo dục và Đào tạo",
    "các Sở Y tế, Giáo dục và Đào tạo" },
  { "UBND các xã: Diễn Thành, Quỳnh Lập rà soát", "Ủy ban nhân dân xã Diễn Thành; Ủy ban nhân dân xã Quỳnh Lập",
    "UBND các xã: Diễn Thành, Quỳnh Lập" },
  { "UBND huyện Nghi Lộc, UBND thị xã Cửa Lò phối hợp",
    "Ủy ban nhân dân huyện Nghi Lộc; Ủy ban nhân dân thị xã Cửa Lò", "UBND huyện Nghi Lộc, UBND thị xã Cửa Lò" },
  { "Bộ Tài chính, Kế hoạch và Đầu tư thẩm định", "Bộ Tài chính; Bộ Kế hoạch và Đầu tư", NULL },
  { "Sở Giao thông vận tải tỉnh Hà Tĩnh phối hợp", "Sở Giao thông vận tải tỉnh Hà Tĩnh", NULL },
  { "Chủ tịch UBND tỉnh Nguyễn Đức Trung kết luận", "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh" },
  { "Chủ tịch UBND Thành phố Hồ Chí Minh Nguyễn Văn Được chỉ đạo", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    "Chủ tịch UBND Thành phố Hồ Chí Minh" },
  { "Bí thư Tỉnh ủy Lâm Đồng Trần Văn Hòa dự họp", "Tỉnh ủy Lâm Đồng", "Bí thư Tỉnh ủy Lâm Đồng" },
  { "Thanh tra Sở Xây dựng kiểm tra", "Thanh tra Sở Xây dựng", "Thanh tra Sở Xây dựng" },
  { "Văn phòng Sở Y tế tổng hợp", "Văn phòng Sở Y tế", "Văn phòng Sở Y tế" },
  { "Các Bộ: TC, XD, NV, CT, KH&CN, NN&MT, GD&ĐT", "Bộ Tài chính; Bộ Xây dựng; Bộ Nội vụ; Bộ Công Thương; Bộ Khoa học và Công nghệ; Bộ Nông nghiệp và Môi trường; Bộ Giáo dục và Đào tạo", NULL },
  { "Các Bộ: YT, CA, XD, QP, TC", "Bộ Y tế; Bộ Công an; Bộ Xây dựng; Bộ Quốc phòng; Bộ Tài chính", NULL },
  { "Các Tập đoàn: PVN, VNPT, Viettel", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam; Tập đoàn Bưu chính Viễn thông Việt Nam; Tập đoàn Công nghiệp - Viễn thông Quân đội", NULL },
  { "Tổng giám đốc: Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam;",
    "Đài Truyền hình Việt Nam; Đài Tiếng nói Việt Nam; Thông tấn xã Việt Nam", NULL },
  { "Các nhà thầu và các bộ, cơ quan liên quan", "Các nhà thầu; Các bộ, cơ quan liên quan", NULL },
  { "Ủy ban nhân dân Thành phố phương án xây dựng", "Ủy ban nhân dân Thành phố", "Ủy ban nhân dân Thành phố" },
  { "Bệnh viện Bạch Mai và Dự án đầu tư xây dựng", "Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai" },
  { "Văn phòng Chính phủ trân trọng thông báo", "Văn phòng Chính phủ", "Văn phòng Chính phủ" },
  { "Hội đồng nhân dân tỉnh Hà Giang khóa XVII", "Hội đồng nhân dân tỉnh Hà Giang", NULL },
  { "Ban Chỉ đạo 35 tỉnh họp", "Ban Chỉ đạo 35 tỉnh", "Ban Chỉ đạo 35 tỉnh" },
  { "UBND TP. Hồ Chí Minh, UBND TP Hà Nội", "Ủy ban nhân dân Thành phố Hồ Chí Minh; Ủy ban nhân dân Thành phố Hà Nội",
    "UBND TP. Hồ Chí Minh, UBND TP Hà Nội" },
  { "Phòng Tài chính - Kế hoạch huyện phối hợp", "Phòng Tài chính - Kế hoạch huyện", NULL },
  { "Tổng công ty Điện lực miền Bắc, Công ty Điện lực Thái Bình bảo đảm",
    "Tổng công ty Điện lực miền Bắc; Công ty Điện lực Thái Bình", NULL },
  { "Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy; Ban Tổ chức Tỉnh ủy", NULL },
  { "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Các tổ chức chính trị - xã hội", NULL },
  { "Sở Y tế (02 bản)", "Sở Y tế", "Sở Y tế" },
  { "Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh tăng cường",
    "Báo Nghệ An; Đài Phát thanh và Truyền hình tỉnh; Cổng Thông tin điện tử tỉnh", NULL },
  { "Kho bạc Nhà nước khu vực XII kiểm soát chi", "Kho bạc Nhà nước khu vực XII", "Kho bạc Nhà nước khu vực XII" },
  { "Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", NULL },
  { "Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy" },
  { "Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch UBND các xã, phường tổ chức",
    "Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các xã, phường", NULL },
  { "UBND tỉnh Quảng Ninh, UBND thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng Ninh; Ủy ban nhân dân thành phố Hải Phòng", NULL },
  { "Thuế tỉnh hướng dẫn", "Cục Thuế tỉnh", "Thuế tỉnh" },
  { "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ đôn đốc", "Văn phòng Chính phủ",
    "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" },
  { "Tổng Thanh tra Chính phủ, Tổng Kiểm toán Nhà nước phối hợp", "Thanh tra Chính phủ; Kiểm toán Nhà nước",
    "Tổng Thanh tra Chính phủ, Tổng Kiểm toán Nhà nước" },
  { "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo", "Ngân hàng Nhà nước Việt Nam", NULL },
  { "Tổng cục trưởng Tổng cục Thống kê hướng dẫn", "Tổng cục Thống kê", NULL },
  { "Công an chủ trì, phối hợp", "Công an tỉnh", "Công an" },
  { "Thanh tra tỉnh, Công an phối hợp", "Thanh tra tỉnh; Công an tỉnh", "Thanh tra tỉnh, Công an" },
  { "Công an tỉnh Nghệ An điều tra", "Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An" },
  { "1. SỞ TÀI CHÍNH:", NULL, NULL },
  { "SỞ TÀI CHÍNH", "Sở Tài chính", "SỞ TÀI CHÍNH" },
  { "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ, Kế hoạch và Đầu tư, Giáo dục\nvà Đào tạo; Chủ tịch UBND các huyện, thị\nxã, thành phố chịu trách nhiệm",
    "Văn phòng Ủy ban nhân dân tỉnh; Sở Lao động - Thương binh và Xã hội; Sở Nội vụ; Sở Kế hoạch và Đầu tư; Sở Giáo dục và Đào tạo; Ủy ban nhân dân các huyện, thị xã, thành phố",
    NULL },
  { "Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan; Chủ tịch Ủy ban nhân dân các huyện/thành phố căn cứ",
    "Các Sở, Ban, ngành, đoàn thể có liên quan; Ủy ban nhân dân các huyện/thành phố", NULL },
  { "Sở Kế hoạch và Đầu tư - cơ quan thường trực giúp", "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư" },
  { "các Sở, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức",
    "Các Sở, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", NULL },
  { "Bộ trưởng các Bộ: Quốc phòng, Công an, Khoa học và Công nghệ; Bí thư, Chủ tịch Ủy ban Nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tiếp tục",
    "Bộ Quốc phòng; Bộ Công an; Bộ Khoa học và Công nghệ; Ủy ban nhân dân các tỉnh, thành phố", NULL },
  { "các bộ trưởng: Quốc phòng, Công an, Nông nghiệp và Môi trường; Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
    "Bộ Quốc phòng; Bộ Công an; Bộ Nông nghiệp và Môi trường; Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", NULL },
  { "Chủ tịch UBND các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng và Gia Lai trực tiếp chỉ đạo",
    "Ủy ban nhân dân tỉnh Quảng Trị; Ủy ban nhân dân thành phố Huế; Ủy ban nhân dân thành phố Đà Nẵng; Ủy ban nhân dân tỉnh Gia Lai",
    "Chủ tịch UBND các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng và Gia Lai" },
  { "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ và các thành viên Ban Tổ chức chịu trách nhiệm",
    "Các bộ, cơ quan ngang Bộ; Các cơ quan thuộc Chính phủ; Các thành viên Ban Tổ chức", NULL },
  { "Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ hướng dẫn", "Văn phòng Chính phủ; Bộ Nội vụ", NULL },
  { "Hạt Kiểm lâm huyện Con Cuông phối hợp", "Hạt Kiểm lâm huyện Con Cuông", NULL },
  { "Đội Quản lý thị trường số 1 kiểm tra", "Đội Quản lý thị trường số 1", "Đội Quản lý thị trường số 1" },
  { "Trạm Y tế xã Yên Khương theo dõi", "Trạm Y tế xã Yên Khương", NULL },
  { "Bộ Tư lệnh Quân khu 4 chỉ đạo", "Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Quân khu 4" },
  { "Quỹ Bảo vệ và Phát triển rừng tỉnh hướng dẫn", "Quỹ Bảo vệ và Phát triển rừng tỉnh", NULL },
  { "Phòng Cảnh sát giao thông Công an tỉnh tăng cường", "Phòng Cảnh sát giao thông Công an tỉnh",
    "Phòng Cảnh sát giao thông Công an tỉnh" },
  { "Cảng vụ Hàng hải Nghệ An giám sát", "Cảng vụ Hàng hải Nghệ An", NULL },
  { "Chi cục Kiểm lâm, Hạt Kiểm lâm các huyện kiểm tra", "Chi cục Kiểm lâm; Hạt Kiểm lâm các huyện",
    "Chi cục Kiểm lâm, Hạt Kiểm lâm các huyện" },
  { "Sở Y tế số 123/SYT-NV về việc", "Sở Y tế", "Sở Y tế" },
  /* not units */
  { "Đội ngũ cán bộ", NULL, NULL },
  { "Tổng hợp báo cáo Thủ tướng", NULL, NULL },
  { "Công an nhân dân", NULL, NULL },
  { "Phòng, chống tham nhũng", NULL, NULL },
  { "Phòng chống dịch", NULL, NULL },
  { "Thanh tra viên", NULL, NULL },
  { "Sở hữu trí tuệ", NULL, NULL },
  { "Bộ phận một cửa", NULL, NULL },
  { "Ban chấp hành", NULL, NULL },
  { "các trường hợp vi phạm", NULL, NULL },
  { "các hội nghị", NULL, NULL },
  { "HĐND TỈNH HÀ GIANG", NULL, NULL },
  { "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", NULL, NULL },
  { "PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG", NULL, NULL },
  { "Phó Thủ tướng Chính phủ tại Thông báo", NULL, NULL },
  { "Các Phó Thủ tướng Chính phủ;", NULL, NULL },
  /* not units */
  { "Bộ luật Dân sự quy định", NULL, NULL },
  { "Ban hành kèm theo Quyết định", NULL, NULL },
  { "Hội nghị tổng kết", NULL, NULL },
  { "Đoàn kết các dân tộc", NULL, NULL },
  { "Báo cáo kết quả thực hiện", NULL, NULL },
  { "Báo cáo Thủ tướng Chính phủ", NULL, NULL },
  { "Văn bản số 12", NULL, NULL },
  { "Quỹ đất sạch", NULL, NULL },
  { "Trường hợp cần thiết", NULL, NULL },
  { "Viện dẫn các quy định", NULL, NULL },
  { "Đài tưởng niệm liệt sĩ", NULL, NULL },
  { "Cục bộ địa phương", NULL, NULL },
  { "Trung tâm thương mại", NULL, NULL },
  { "Hội đồng thẩm định", NULL, NULL },
  { "Quý IV năm 2025", NULL, NULL },
  { "Số 232/CĐ-TTg", NULL, NULL },
  { "Bộ tiêu chí đánh giá mức độ", NULL, NULL },
  { "Sở dĩ như vậy", NULL, NULL },
  { "BÁO CÁO KẾT QUẢ", NULL, NULL },
  { "HỘI NGHỊ TRỰC TUYẾN", NULL, NULL },
  { "Thủ tướng Chính phủ yêu cầu", NULL, NULL },
  { "Bản Bang, xã", NULL, NULL },
  { "Ban", NULL, NULL },
};

/* A failure: as a test message, or on stdout with DT_UNIT_NAME_VERBOSE
 * (test messages lose the Vietnamese letters where the locale is ASCII) */
G_GNUC_PRINTF (1, 2)
static void
report (const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (g_getenv ("DT_UNIT_NAME_VERBOSE"))
    printf ("%s\n", message);
  else
    g_test_message ("%s", message);
}

static guint
check_cases (DtUnitCatalog *catalog,
             const Case    *cases,
             guint          n_cases,
             guint         *n_wrong_span)
{
  guint n_wrong = 0;

  *n_wrong_span = 0;
  for (guint i = 0; i < n_cases; i++)
    {
      const Case *c = &cases[i];
      gsize end = 0;
      g_autoptr(GPtrArray) units = dt_unit_name_match_list (catalog, c->text, strlen (c->text), 0, &end);
      g_autoptr(GString) got = g_string_new (NULL);
      g_autoptr(GString) got_key = g_string_new (NULL);
      g_autoptr(GString) want_key = g_string_new (NULL);

      for (guint j = 0; units != NULL && j < units->len; j++)
        {
          DtUnitName *u = g_ptr_array_index (units, j);
          g_autofree char *key = scorer_unit (u->name);

          g_string_append_printf (got, "%s%s", j ? "; " : "", u->name);
          g_string_append_printf (got_key, "%s%s", j ? "; " : "", key);
        }
      if (c->units != NULL)
        {
          g_auto(GStrv) want = g_strsplit (c->units, "; ", -1);

          for (guint j = 0; want[j] != NULL; j++)
            {
              g_autofree char *key = scorer_unit (want[j]);

              g_string_append_printf (want_key, "%s%s", j ? "; " : "", key);
            }
        }

      if (!g_str_equal (got_key->str, want_key->str))
        {
          n_wrong++;
          report ("WRONG  \"%s\"\n   want [%s]\n   got  [%s]", c->text,
                          c->units ? c->units : "", got->str);
        }
      else if (c->span != NULL && (end != strlen (c->span) || strncmp (c->text, c->span, end) != 0))
        {
          (*n_wrong_span)++;
          report ("SPAN   \"%s\"\n   want [%s]\n   got  [%.*s]", c->text, c->span,
                          (int) end, c->text);
        }
      /* the quick test never says no where a unit is found */
      if (units != NULL && !dt_unit_name_starts_at (c->text, strlen (c->text), 0)
          && ((DtUnitName *) g_ptr_array_index (units, 0))->kind != DT_UNIT_NAME_KNOWN)
        {
          n_wrong++;
          report ("STARTS \"%s\": starts_at says no", c->text);
        }
    }
  return n_wrong;
}

static void
test_corpus (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  guint n = G_N_ELEMENTS (corpus_cases), wrong_span;
  guint wrong = check_cases (catalog, corpus_cases, n, &wrong_span);

  g_test_message ("corpus phrases: %u, units right %u, spans right %u", n, n - wrong, n - wrong - wrong_span);
  g_assert_cmpuint (wrong, ==, 0);
  g_assert_cmpuint (wrong_span, ==, 0);
}

static void
test_shapes (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  guint n = G_N_ELEMENTS (shape_cases), wrong_span;
  guint wrong = check_cases (catalog, shape_cases, n, &wrong_span);

  g_test_message ("other phrases: %u, units right %u, spans right %u", n, n - wrong, n - wrong - wrong_span);
  g_assert_cmpuint (wrong, ==, 0);
  g_assert_cmpuint (wrong_span, ==, 0);
}

/* Where a unit cannot start: inside another name, in a document number */
static void
test_starts_inside (void)
{
  static const struct { const char *text, *at; gboolean starts; } cases[] = {
    { "Bộ Công an chủ trì", "Công an", FALSE },
    { "Giao Sở Y tế chủ trì", "Sở", TRUE },
    { "Quyết định số 58/QĐ-UBND ngày 06/3/2023", "UBND", FALSE },
    { "Kế hoạch số 94/KH-\nUBND ngày 19/01/2024", "UBND", FALSE },
    { "phối hợp với UBND tỉnh", "UBND", TRUE },
    { "Văn phòng Bộ Tài chính", "Bộ", TRUE },
    { "chỉ đạo ngành Thuế, Hải quan", "ngành", TRUE },
    { "các ngành kinh tế", "ngành", FALSE },
    { "Báo cáo Thủ tướng", "Báo", FALSE },
    { "trong Quý I năm 2026", "Quý", FALSE },
    { "Đài truyền hình Việt Nam chủ trì", "Đài", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *at = strstr (cases[i].text, cases[i].at);

      g_assert_nonnull (at);
      if (dt_unit_name_starts_at (cases[i].text, strlen (cases[i].text), at - cases[i].text) != cases[i].starts)
        g_error ("starts_at (\"%s\" at \"%s\") should be %d", cases[i].text, cases[i].at, cases[i].starts);
    }
}

/* The catalogue's data: every short name and alias finds its own unit (a
 * name claimed by two units would silently go to the first) */
static void
test_catalogue_aliases (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  guint n_names = 0, n_wrong = 0;

  for (guint i = 0; i < dt_unit_catalog_get_n_entries (catalog); i++)
    {
      const DtUnitCatalogEntry *entry = dt_unit_catalog_get_entry (catalog, i);

      for (gint j = -1; j < 0 || entry->aliases[j] != NULL; j++)
        {
          const char *alias = j < 0 ? entry->short_name : entry->aliases[j];
          const char *found;

          if (alias == NULL)
            continue;
          n_names++;
          found = dt_unit_catalog_lookup (catalog, alias);
          if (g_strcmp0 (found, entry->name) != 0)
            {
              n_wrong++;
              report ("ALIAS  \"%s\" of \"%s\" finds \"%s\"", alias, entry->name, found);
            }
        }
    }
  g_test_message ("%u units, %u short names and aliases", dt_unit_catalog_get_n_entries (catalog), n_names);
  g_assert_cmpuint (n_wrong, ==, 0);
}

/* Without a catalogue every unit is new or a collective */
static void
test_no_catalogue (void)
{
  const char *text = "Bộ trưởng các Bộ: Quốc phòng, Công an và các cơ quan liên quan chỉ đạo";
  gsize end = 0;
  g_autoptr(GPtrArray) units = dt_unit_name_match_list (NULL, text, strlen (text), 0, &end);

  g_assert_nonnull (units);
  g_assert_cmpuint (units->len, ==, 3);
  g_assert_cmpstr (((DtUnitName *) units->pdata[0])->name, ==, "Bộ Quốc phòng");
  g_assert_cmpint (((DtUnitName *) units->pdata[0])->kind, ==, DT_UNIT_NAME_NEW);
  g_assert_cmpstr (((DtUnitName *) units->pdata[1])->name, ==, "Bộ Công an");
  g_assert_cmpint (((DtUnitName *) units->pdata[2])->kind, ==, DT_UNIT_NAME_COLLECTIVE);
  g_assert_true (((DtUnitName *) units->pdata[2])->vague);
  g_assert_cmpuint (end, ==, strlen ("Bộ trưởng các Bộ: Quốc phòng, Công an và các cơ quan liên quan"));
}

/* Any offset of any text, even inside a character or of broken UTF-8:
 * mentions lie inside the text, after the offset, in order */
static void
test_every_offset (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR") ? g_getenv ("DT_SAMPLES_DIR") : ".",
                                            "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *sample = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  guint n_units = 0;

  if (g_file_get_contents (path, &sample, NULL, NULL))
    g_string_append (texts, sample);
  for (guint i = 0; i < G_N_ELEMENTS (corpus_cases); i++)
    g_string_append_printf (texts, "%s\n", corpus_cases[i].text);
  /* broken UTF-8, a cut character, control characters */
  g_string_append (texts, "Sở \xff\xfe Tài chính, Bộ \xe1\xbb Y tế\x01\x02 các Bộ: \xc3");

  for (gsize offset = 0; offset <= texts->len; offset++)
    {
      gsize end = 0;
      g_autoptr(GPtrArray) units = dt_unit_name_match_list (catalog, texts->str, texts->len, offset, &end);
      g_autoptr(DtUnitName) one = dt_unit_name_match (catalog, texts->str, texts->len, offset, NULL);

      (void) dt_unit_name_starts_at (texts->str, texts->len, offset);
      if (units == NULL)
        continue;
      g_assert_nonnull (one);
      g_assert_cmpuint (end, <=, texts->len);
      for (guint j = 0; j < units->len; j++)
        {
          DtUnitName *u = g_ptr_array_index (units, j);

          g_assert_cmpuint (u->start, >=, offset);
          g_assert_cmpuint (u->start, <, u->end);
          g_assert_cmpuint (u->end, <=, end);
          g_assert_true (g_utf8_validate (u->name, -1, NULL));
          g_assert_cmpstr (u->name, !=, "");
          n_units++;
        }
    }
  g_test_message ("%u units found at %zu offsets", n_units, texts->len + 1);
}

int
main (int   argc,
      char *argv[])
{
  /* DT_UNIT_NAME_DEBUG="text@@text…" (or "corpus") prints what is found;
   * DT_UNIT_NAME_SCAN=FILE the units of a document, read word by word */
  const char *debug = g_getenv ("DT_UNIT_NAME_DEBUG");
  const char *scan = g_getenv ("DT_UNIT_NAME_SCAN");

  if (scan != NULL)
    {
      g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
      g_autofree char *text = NULL;
      gsize length, p = 0;
      guint n_starts = 0;
      gint64 best = 0;

      g_assert_true (g_file_get_contents (scan, &text, &length, NULL));
      for (guint run = 0; run < 5; run++)
        {
          gint64 t = g_get_monotonic_time ();
          gboolean quiet = run > 0 || g_getenv ("DT_QUIET") != NULL;

          p = 0;
          n_starts = 0;
          while (p < length)
            {
              gsize end = 0;

              if ((p == 0 || g_ascii_isspace (text[p - 1]) || text[p - 1] == '(' || text[p - 1] == '|')
                  && !g_ascii_isspace (text[p]) && dt_unit_name_starts_at (text, length, p))
                {
                  g_autoptr(GPtrArray) units = dt_unit_name_match_list (catalog, text, length, p, &end);

                  n_starts++;
                  if (units == NULL && !quiet)
                    printf ("-  (none)\t\t<< %.*s\n", 50, text + p);
                  if (units != NULL)
                    {
                      for (guint j = 0; !quiet && j < units->len; j++)
                        {
                          DtUnitName *u = g_ptr_array_index (units, j);

                          printf ("%d%s %s\t\t<< %.*s\n", u->kind, u->vague ? "v" : " ", u->name,
                                  (int) MIN (60, end - p), text + p);
                        }
                      p = end;
                      continue;
                    }
                }
              p++;
            }
          t = g_get_monotonic_time () - t;
          best = run == 0 ? t : MIN (best, t);
        }
      printf ("# %u starts, %.2f ms\n", n_starts, best / 1000.0);
      return 0;
    }

  if (debug != NULL)
    {
      g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
      g_auto(GStrv) texts = g_strsplit (debug, "@@", -1);

      if (g_str_equal (debug, "corpus"))
        {
          g_strfreev (texts);
          texts = g_new0 (char *, G_N_ELEMENTS (corpus_cases) + 1);
          for (guint i = 0; i < G_N_ELEMENTS (corpus_cases); i++)
            texts[i] = g_strdup (corpus_cases[i].text);
        }

      for (guint i = 0; texts[i] != NULL; i++)
        {
          const char *text = texts[i];
          gsize end = 0;
          g_autoptr(GPtrArray) units = dt_unit_name_match_list (catalog, text, strlen (text), 0, &end);

          printf ("starts=%d end=%zu [%.*s]\n", dt_unit_name_starts_at (text, strlen (text), 0),
                  end, (int) end, text);
          for (guint j = 0; units != NULL && j < units->len; j++)
            {
              DtUnitName *u = g_ptr_array_index (units, j);

              printf ("  %d %s%s [%zu,%zu]\n", u->kind, u->name, u->vague ? " (vague)" : "",
                      u->start, u->end);
            }
        }
      return 0;
    }
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-name/corpus", test_corpus);
  g_test_add_func ("/unit-name/shapes", test_shapes);
  g_test_add_func ("/unit-name/starts-inside", test_starts_inside);
  g_test_add_func ("/unit-name/no-catalogue", test_no_catalogue);
  g_test_add_func ("/unit-name/catalogue-aliases", test_catalogue_aliases);
  g_test_add_func ("/unit-name/every-offset", test_every_offset);

  return g_test_run ();
}
