/* test-unit-name.c — unit names by their grammar, the catalogue for identity:
 * the phrases of the corpus documents, and any offset of any text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is a phrase as documents write it; the units named at its
 * start must be the expected ones, compared as the corpus scorer compares
 * them (no diacritics, abbreviations expanded, a trailing "tỉnh" dropped),
 * and the mention must end where the expected span ends. Other shapes of
 * names, and where a unit cannot start, are in test-unit-name-shapes.c.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "unit-name-cases.h"

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

static void
test_corpus (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  guint n = G_N_ELEMENTS (corpus_cases), wrong_span;
  guint wrong = unit_name_check_cases (catalog, corpus_cases, n, &wrong_span);

  g_test_message ("corpus phrases: %u, units right %u, spans right %u", n, n - wrong, n - wrong - wrong_span);
  g_assert_cmpuint (wrong, ==, 0);
  g_assert_cmpuint (wrong_span, ==, 0);
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
  g_test_add_func ("/unit-name/every-offset", test_every_offset);

  return g_test_run ();
}
