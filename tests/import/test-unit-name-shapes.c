/* test-unit-name-shapes.c — unit names by their grammar: other shapes of
 * names than the corpus's, where a unit cannot start, the catalogue's
 * aliases, and names without a catalogue
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases are checked as in test-unit-name.c (unit-name-cases.c).
 */

#include "config.h"

#include <string.h>

#include "unit-name-cases.h"

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

static void
test_shapes (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  guint n = G_N_ELEMENTS (shape_cases), wrong_span;
  guint wrong = unit_name_check_cases (catalog, shape_cases, n, &wrong_span);

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
              unit_name_report ("ALIAS  \"%s\" of \"%s\" finds \"%s\"", alias, entry->name, found);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-name/shapes", test_shapes);
  g_test_add_func ("/unit-name/starts-inside", test_starts_inside);
  g_test_add_func ("/unit-name/no-catalogue", test_no_catalogue);
  g_test_add_func ("/unit-name/catalogue-aliases", test_catalogue_aliases);

  return g_test_run ();
}
