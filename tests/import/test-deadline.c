/* test-deadline.c — the grammar of deadline phrases
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-deadline.h"

/* the sample notice's meeting date */
#define REF dt_date_new (2024, 1, 25)

typedef struct
{
  const char *text;
  const char *phrase;     /* NULL: nothing found */
  const char *deadline;   /* as the gold files: "~2024-02-14", "inherit:…", "" */
  const char *recurrence; /* "10d", "monthly", "continuous", "" */
} Case;

static const Case cases[] = {
  { "báo cáo UBND tỉnh trước ngày 31/01/2024.", "trước ngày 31/01/2024", "2024-01-31", "" },
  { "hoàn thành trước ngày 31/3/2024", "hoàn thành trước ngày 31/3/2024", "2024-03-31", "" },
  { "TRƯỚC NGÀY 15/3", "TRƯỚC NGÀY 15/3", "2024-03-15", "" },
  /* a missing year: the next one when the day has passed */
  { "gửi trước ngày 10/01", "trước ngày 10/01", "2025-01-10", "" },
  { "chậm nhất là ngày 20/02/2024", "chậm nhất là ngày 20/02/2024", "2024-02-20", "" },
  { "chậm nhất ngày 5/4", "chậm nhất ngày 5/4", "2024-04-05", "" },
  { "trước ngày 15 tháng 3 năm 2024", "trước ngày 15 tháng 3 năm 2024", "2024-03-15", "" },
  { "hoàn thành trong tháng 02/2024", "hoàn thành trong tháng 02/2024", "2024-02-29", "" },
  { "trong tháng 3/2024 để kịp thời", "trong tháng 3/2024", "2024-03-31", "" },
  { "trong tháng 5", "trong tháng 5", "2024-05-31", "" },
  { "trong tháng 6 năm 2025", "trong tháng 6 năm 2025", "2025-06-30", "" },
  { "chậm nhất trong tháng 02/2024 để", "chậm nhất trong tháng 02/2024", "2024-02-29", "" },
  { "trong quý I năm 2024", "trong quý I năm 2024", "2024-03-31", "" },
  { "trong quý II", "trong quý II", "2024-06-30", "" },
  { "hoàn thành trong quý III/2024", "hoàn thành trong quý III/2024", "2024-09-30", "" },
  { "trong Quý IV năm 2025", "trong Quý IV năm 2025", "2025-12-31", "" },
  { "trong 6 tháng đầu năm 2024", "trong 6 tháng đầu năm 2024", "2024-06-30", "" },
  { "6 tháng đầu năm", "6 tháng đầu năm", "2024-06-30", "" },
  { "trong năm 2024", "trong năm 2024", "2024-12-31", "" },
  { "trong tháng 02 và quý I năm 2024", "trong tháng 02 và quý I năm 2024", "2024-03-31", "" },
  { "Thời hạn hoàn thành: 15/4/2024.", "Thời hạn hoàn thành: 15/4/2024", "2024-04-15", "" },
  { "thời hạn: trước ngày 30/6/2024", "thời hạn: trước ngày 30/6/2024", "2024-06-30", "" },
  { "trong dịp Tết Nguyên đán kịp thời", "trong dịp Tết Nguyên đán", "~2024-02-14", "" },
  { "trong dịp Tết.", "trong dịp Tết", "~2024-02-14", "" },
  { "hàng cấm dịp Tết Nguyên đán.", "dịp Tết Nguyên đán", "~2024-02-14", "" },
  /* the eve of Tết: a day of the calendar, not an approximation */
  { "trước Tết Nguyên đán", "trước Tết Nguyên đán", "2024-02-09", "" },
  { "sau Tết", "sau Tết", "~2024-02-24", "" },
  { "ngay sau Tết Nguyên đán đảm bảo", "ngay sau Tết Nguyên đán", "~2024-02-24", "" },
  { "chất lượng ngay sau Tết.", "ngay sau Tết", "~2024-02-24", "" },
  { "sinh hoạt trước, trong và sau Tết Nguyên đán.", "trước, trong và sau Tết Nguyên đán", "~2024-02-24", "" },
  { "trong dịp Tết Nguyên đán 2025", "trong dịp Tết Nguyên đán 2025", "~2025-02-02", "" },
  { "trước Rằm tháng Giêng", "trước Rằm tháng Giêng", "2024-02-24", "" },
  { "tổ chức vào dịp rằm tháng giêng", "dịp rằm tháng giêng", "2024-02-24", "" },
  { "Văn phòng thường xuyên đôn đốc", "thường xuyên", "", "continuous" },
  { "10 ngày/lần phải gửi báo cáo", "10 ngày/lần", "", "10d" },
  { "7 ngày một lần", "7 ngày một lần", "", "7d" },
  { "báo cáo hằng tháng", "hằng tháng", "", "monthly" },
  { "báo cáo hàng tháng", "hàng tháng", "", "monthly" },
  { "định kỳ hằng quý báo cáo", "định kỳ hằng quý", "", "quarterly" },
  { "hằng tuần", "hằng tuần", "", "weekly" },
  { "định kỳ 6 tháng", "định kỳ 6 tháng", "", "6m" },
  /* tone placement and case */
  { "TRONG DỊP TẾT", "TRONG DỊP TẾT", "~2024-02-14", "" },
  { "hoàn thành trong Quý i/2024", "hoàn thành trong Quý i/2024", "2024-03-31", "" },
  /* a dated deadline wins over "thường xuyên"; a recurrence over it too */
  { "công việc đột xuất, thường xuyên trong dịp Tết Nguyên đán", "trong dịp Tết Nguyên đán", "~2024-02-14", "" },
  { "thường xuyên kiểm tra, 10 ngày/lần báo cáo", "10 ngày/lần", "", "10d" },
  /* quarters, any spelling */
  { "trong quý III năm 2012", "trong quý III năm 2012", "2012-09-30", "" },
  { "Quí IV-2025", "Quí IV-2025", "2025-12-31", "" },
  { "Đảm bảo hoàn thành trong quý I/2026.", "hoàn thành trong quý I/2026", "2026-03-31", "" },
  { "đưa vào sử dụng trong Quý 4 năm 2017.", "trong Quý 4 năm 2017", "2017-12-31", "" },
  { "hoàn thành quý II/2025", "hoàn thành quý II/2025", "2025-06-30", "" },
  /* several months or quarters: the last */
  { "trong quý III và IV năm 2025", "trong quý III và IV năm 2025", "2025-12-31", "" },
  { "trong tháng 11 và tháng 12 năm 2024 để", "trong tháng 11 và tháng 12 năm 2024", "2024-12-31", "" },
  { "trong tháng 11, 12/2024", "trong tháng 11, 12/2024", "2024-12-31", "" },
  { "trong tháng 12/2024 và quý I/2025", "trong tháng 12/2024 và quý I/2025", "2025-03-31", "" },
  { "trong tháng 12, 10 ngày/lần báo cáo", "trong tháng 12", "2024-12-31", "10d" },
  { "trong tháng 12 và những tháng đầu năm 2025", "trong tháng 12", "2024-12-31", "" },
  /* a table cell that is only a time */
  { "Tháng 8/2024", "Tháng 8/2024", "2024-08-31", "" },
  { "2024 - 2030", "2024 - 2030", "2030-12-31", "" },
  { "Năm 2026", "Năm 2026", "2026-12-31", "" },
  { "2025", "2025", "2025-12-31", "" },
  { "9999", NULL, NULL, NULL },
  { "Giai đoạn 2021-2025.", "Giai đoạn 2021-2025", "2025-12-31", "" },
  { "| 3. | Xây dựng cơ sở dữ liệu | Cục Biến đổi khí hậu | 2026 - 2027 |", "2026 - 2027", "2027-12-31", "" },
  /* ranges of years: a time frame after "trong", a plan's name otherwise */
  { "hoàn thành trong giai đoạn 2018 - 2020; khẩn trương", "hoàn thành trong giai đoạn 2018 - 2020", "2020-12-31", "" },
  { "triển khai trong năm 2024 - 2025", "trong năm 2024 - 2025", "2025-12-31", "" },
  { "điều chỉnh Kế hoạch sử dụng đất giai đoạn 2016 - 2020 của tỉnh", NULL, NULL, NULL },
  { "Chiến lược thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.", NULL, NULL, NULL },
  /* "đến năm": opening a clause, or after "hoàn thành" */
  { "Đến năm 2015, hoàn thành chương trình hỗ trợ", "Đến năm 2015", "2015-12-31", "" },
  { "hoàn thành đến hết năm 2025", "hoàn thành đến hết năm 2025", "2025-12-31", "" },
  { "Kế hoạch giảm phát thải khí nhà kính đến năm 2030.", NULL, NULL, NULL },
  { "thí điểm từ năm 2021 đến hết năm 2025", NULL, NULL, NULL },
  /* dates without "ngày", with an hour, in words */
  { "hoàn thành trước 30/11/2025.", "hoàn thành trước 30/11/2025", "2025-11-30", "" },
  { "gửi Bộ trước 17 giờ ngày 27/11/2025 để tổng hợp", "trước 17 giờ ngày 27/11/2025", "2025-11-27", "" },
  { "nộp trước 16h00 ngày 05/02/2024", "trước 16h00 ngày 05/02/2024", "2024-02-05", "" },
  { "trước 9 giờ 30 phút ngày 01/3/2024", "trước 9 giờ 30 phút ngày 01/3/2024", "2024-03-01", "" },
  { "trước ngày 03 tháng 12 năm 2025", "trước ngày 03 tháng 12 năm 2025", "2025-12-03", "" },
  { "chậm nhất ngày 10 tháng 12 năm 2025", "chậm nhất ngày 10 tháng 12 năm 2025", "2025-12-10", "" },
  { "trong vòng trước 5-10 ngày", NULL, NULL, NULL },
  /* half years */
  { "trong 06 tháng cuối năm 2024", "trong 06 tháng cuối năm 2024", "2024-12-31", "" },
  { "trong 6 tháng cuối năm", "trong 6 tháng cuối năm", "2024-12-31", "" },
  /* Tết of a named or numbered year */
  { "trước Tết Nguyên đán năm 2026", "trước Tết Nguyên đán năm 2026", "2026-02-16", "" },
  { "trong dịp Tết Nguyên đán Ất Tỵ", "trong dịp Tết Nguyên đán Ất Tỵ", "~2025-02-02", "" },
  { "sau Tết Bính Ngọ", "sau Tết Bính Ngọ", "~2026-03-03", "" },
  /* recurrences on given days */
  { "báo cáo trước ngày 20 hằng tháng", "trước ngày 20 hằng tháng", "", "monthly on day 20" },
  { "trước ngày 25/12 hằng năm", "trước ngày 25/12 hằng năm", "", "yearly on 25/12" },
  { "định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất)", "trước ngày 01/6 và 15/11 hằng năm", "", "yearly on 01/06 and 15/11" },
  { "vào ngày 5 và 20 hàng tháng", "vào ngày 5 và 20 hàng tháng", "", "monthly on days 5 and 20" },
  { "Hằng năm", "Hằng năm", "", "yearly" },
  { "Định kỳ tổng hợp báo cáo", "Định kỳ", "", "periodic" },
  { "Thường xuyên, hằng năm", "Thường xuyên, hằng năm", "", "continuous; yearly" },
  { "báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ", "hằng tuần", "", "weekly" },
  /* a date and a recurrence in one task */
  { "Hàng năm, tiến hành rà soát các KCN. Đến năm 2015, hoàn thành chương trình hỗ trợ", "Đến năm 2015", "2015-12-31", "yearly" },
  /* event-relative: the phrase, no date */
  { "báo cáo kết quả tại Kỳ họp thứ Sáu, HĐND tỉnh và Báo cáo Tổ đại biểu", "tại Kỳ họp thứ Sáu, HĐND tỉnh", "", "" },
  { "trình HĐND tỉnh tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017).", "tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017)", "", "" },
  { "xin ý kiến các Bộ trước khi trình Thủ tướng Chính phủ.", "trước khi trình Thủ tướng Chính phủ", "", "" },
  { "dự kiến tháng 12/2017", "dự kiến tháng 12/2017", "", "" },
  { "ngay sau khi Nghị quyết được HĐND tỉnh thông qua, hoàn thành trước ngày 30/6/2024", "hoàn thành trước ngày 30/6/2024", "2024-06-30", "" },
  /* choosing: an explicit day before a year with the same date; a date
   * not in the past before one that is */
  { "sớm bàn giao trong năm 2025 dự án, báo cáo kết quả trước ngày 31 tháng 12 năm 2025.", "trước ngày 31 tháng 12 năm 2025", "2025-12-31", "" },
  { "đã hoàn thành trước ngày 15/01/2024 phần móng; phần thân hoàn thành trước ngày 30/4/2024", "hoàn thành trước ngày 30/4/2024", "2024-04-30", "" },
  { "Sau khi nghe báo cáo của lãnh đạo Ủy ban nhân dân tỉnh, Thủ tướng kết luận", NULL, NULL, NULL },
  { "điều kiện vận hành bệnh viện sau khi hoàn thành công trình", NULL, NULL, NULL },
  { "các nội dung dự kiến trình HĐND tỉnh năm 2024", NULL, NULL, NULL },
  /* a document's date and its subject are no deadline; a past date gives
   * way to one to come */
  { "Thực hiện Công văn số 12/UBND ngày 10/01/2024 về việc hoàn thành trước ngày 20/01/2024 các thủ tục", NULL, NULL, NULL },
  { "Kết luận số 5 yêu cầu xong trước ngày 15/01/2024; nay đề nghị báo cáo trước ngày 15/3/2024", "trước ngày 15/3/2024", "2024-03-15", "" },
  /* no deadline */
  { "Khẩn trương triển khai ngay", NULL, NULL, NULL },
  { "Thực hiện Nghị quyết số 34/NQ-CP ngày 13 tháng 02 năm 2025 của Chính phủ", NULL, NULL, NULL },
  { "theo Thông báo số 591/TB-VPCP ngày 31 tháng 10 năm 2025 (cuộc họp ngày 25/10/2025)", NULL, NULL, NULL },
  { "Quyết định số 152/QĐ-UBND ngày 18/01/2024 của UBND tỉnh", NULL, NULL, NULL },
  { "nhiệm vụ, giải pháp trọng tâm tháng 02 năm 2024", NULL, NULL, NULL },
  { "chuẩn bị đón Tết cho người dân", NULL, NULL, NULL },
  { "kiểm soát chi chặt chẽ, nhất là chi thường xuyên.", NULL, NULL, NULL },
  /* an emphasis, and a cited document's subject, are no deadlines */
  { "lễ hội, di tích, nhất là trong dịp Tết và Lễ hội Xuân.", NULL, NULL, NULL },
  { "gian lận thương mại, hàng giả, nhất là dịp Tết Nguyên đán.", NULL, NULL, NULL },
  { "thực hiện Công điện số 09/CĐ-TTg ngày 24/01/2024 về việc bảo đảm xăng dầu trong dịp Tết Nguyên đán", NULL, NULL, NULL },
  { "Lễ phát động “Tết trồng cây” trong dịp Tết", "trong dịp Tết", "~2024-02-14", "" },
  { "năm học 2023-2024", NULL, NULL, NULL },
};

static void
test_phrases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(DtDeadline) deadline = dt_deadline_parse (c->text, -1, REF, NULL);
      g_autofree char *date = NULL;
      char buffer[DT_RECURRENCE_CODE_SIZE];

      g_test_message ("%s", c->text);
      if (c->phrase == NULL)
        {
          g_assert_null (deadline);
          continue;
        }
      g_assert_nonnull (deadline);
      g_assert_cmpstr (deadline->phrase, ==, c->phrase);
      date = dt_deadline_to_string (deadline);
      g_assert_cmpstr (date, ==, c->deadline);
      g_assert_cmpstr (dt_deadline_get_recurrence_code (deadline, buffer), ==, c->recurrence);
      g_assert_false (deadline->inherited);
      /* the span points at the phrase as written */
      g_assert_cmpint (deadline->end - deadline->start, ==, strlen (c->phrase));
      g_assert_true (strncmp (c->text + deadline->start, c->phrase, strlen (c->phrase)) == 0);
    }
}

static void
test_impossible (void)
{
  g_autoptr(DtDeadline) deadline = dt_deadline_parse ("hoàn thành trước ngày 31/02/2024", -1, REF, NULL);
  g_autoptr(DtDeadline) leap = dt_deadline_parse ("trước ngày 29/02/2024", -1, REF, NULL);
  g_autoptr(DtDeadline) not_leap = dt_deadline_parse ("trước ngày 29/02/2025", -1, REF, NULL);

  g_assert_nonnull (deadline);
  g_assert_true (deadline->impossible);
  g_assert_cmpuint (deadline->date, ==, DT_DATE_NONE);
  g_assert_cmpstr (deadline->phrase, ==, "hoàn thành trước ngày 31/02/2024");

  /* a year out of the calendar: the phrase kept, no date (issue 13) */
  for (guint i = 0; i < 8; i++)
    {
      static const char * const texts[] = {
        "trước Tết năm 9999", "dịp Tết năm 0001", "sau Tết năm 0000", "trước Rằm tháng Giêng năm 9999",
        "trong năm 0000", "hoàn thành trong quý I/0000", "trong năm 0001", "trước ngày 31/12/9999",
      };
      g_autoptr(DtDeadline) out = dt_deadline_parse (texts[i], -1, REF, NULL);
      g_autofree char *date = dt_deadline_to_string (out);

      g_test_message ("%s", texts[i]);
      g_assert_nonnull (out);
      g_assert_cmpstr (out->phrase, ==, texts[i]);
      g_assert_true (out->impossible);
      g_assert_cmpstr (date, ==, "");
    }

  /* a year of five digits or more, or of fewer than four after "năm":
   * no Tết of the reference year */
  for (guint i = 0; i < 4; i++)
    {
      static const char * const texts[] = {
        "trước Tết năm 10000", "dịp Tết Nguyên đán năm 99999", "sau Tết năm 202", "trước Tết 123456",
      };
      g_autoptr(DtDeadline) out = dt_deadline_parse (texts[i], -1, REF, NULL);
      g_autofree char *date = dt_deadline_to_string (out);

      g_test_message ("%s", texts[i]);
      g_assert_nonnull (out);
      g_assert_cmpstr (out->phrase, ==, texts[i]);
      g_assert_true (out->impossible);
      g_assert_cmpstr (date, ==, "");
    }
  /* but a number after "Tết" alone is no year */
  {
    g_autoptr(DtDeadline) days = dt_deadline_parse ("hoàn thành trước Tết 10 ngày", -1, REF, NULL);

    g_assert_nonnull (days);
    g_assert_false (days->impossible);
    g_assert_cmpuint (days->date, !=, DT_DATE_NONE);
  }

  g_assert_false (leap->impossible);
  g_assert_cmpuint (leap->date, ==, dt_date_new (2024, 2, 29));
  g_assert_true (not_leap->impossible);
}

static void
test_inherited (void)
{
  const char *heading = "3.2. Tập trung giải quyết, hoàn thành các nhiệm vụ trọng tâm "
                        "trong tháng 02 và quý I năm 2024.";
  g_autoptr(DtDeadline) inherited = dt_deadline_parse ("Phối hợp với các sở, ngành hoàn thiện Kế hoạch",
                                                       -1, REF, heading);
  g_autoptr(DtDeadline) own = dt_deadline_parse ("hoàn thành trước ngày 15/02/2024", -1, REF, heading);
  g_autoptr(DtDeadline) none = dt_deadline_parse ("hoàn thiện Kế hoạch", -1, REF,
                                                  "3. Nhiệm vụ, giải pháp trọng tâm tháng 02 năm 2024");
  g_autofree char *date = NULL;

  g_assert_nonnull (inherited);
  g_assert_true (inherited->inherited);
  g_assert_cmpstr (inherited->phrase, ==, "trong tháng 02 và quý I năm 2024");
  date = dt_deadline_to_string (inherited);
  g_assert_cmpstr (date, ==, "inherit:2024-03-31");
  g_assert_cmpint (inherited->start, ==, -1);

  g_assert_false (own->inherited);
  g_assert_cmpuint (own->date, ==, dt_date_new (2024, 2, 15));

  g_assert_null (none);
}

static void
test_precise_only (void)
{
  g_autoptr(DtDeadline) tet = dt_deadline_parse_full ("trong dịp Tết Nguyên đán", -1, REF, NULL,
                                                      DT_DEADLINE_PARSE_PRECISE_ONLY);
  g_autoptr(DtDeadline) day = dt_deadline_parse_full ("trong dịp Tết, hoàn thành trước ngày 31/3/2024",
                                                      -1, REF, NULL, DT_DEADLINE_PARSE_PRECISE_ONLY);

  g_assert_null (tet);
  g_assert_nonnull (day);
  g_assert_cmpstr (day->phrase, ==, "hoàn thành trước ngày 31/3/2024");
}

/* Tết of the next lunar year once this one's first month is over */
static void
test_tet_year (void)
{
  g_autoptr(DtDeadline) later = dt_deadline_parse ("trong dịp Tết", -1, dt_date_new (2024, 6, 1), NULL);
  g_autofree char *date = dt_deadline_to_string (later);

  g_assert_cmpstr (date, ==, "~2025-02-02");
}


/* Every deadline phrase of the gold readings (the corpus documents and the
 * Nghệ An notice), parsed alone against the document's date, gives the
 * gold's deadline and recurrence. */
typedef struct
{
  char *file;
  DtDate reference;
} Document;

static DtDate
manifest_date (const char *field)
{
  int y, m, d;

  /* "2025-11-22"; "2017-07 (inferred …)" → the middle of the month */
  if (sscanf (field, "%4d-%2d-%2d", &y, &m, &d) == 3)
    return dt_date_new (y, m, d);
  if (sscanf (field, "%4d-%2d", &y, &m) == 2)
    return dt_date_new (y, m, 15);
  return DT_DATE_NONE;
}

static GArray *
read_documents (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "manifest.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *documents = g_array_new (FALSE, TRUE, sizeof (Document));
  Document sample = { g_strdup ("nghe-an-ket-luan-2024-01.txt"), dt_date_new (2024, 1, 25) };

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      Document doc;

      if (g_strv_length (f) < 5)
        continue;
      doc.file = g_strdup (f[0]);
      doc.reference = manifest_date (f[4]);
      g_assert_cmpuint (doc.reference, !=, DT_DATE_NONE);
      g_array_append_val (documents, doc);
    }
  g_array_append_val (documents, sample);
  return documents;
}

static const char *
strip_prefix (const char *s,
              const char *prefix)
{
  return g_str_has_prefix (s, prefix) ? s + strlen (prefix) : s;
}

/* The text with every run of white space as one space, as the gold's
 * phrases and first words are written */
static char *
normalise_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* The directive's text up to the end of the sentence (or table cell) that
 * holds its deadline phrase: from the gold's first words to the phrase, the
 * shortest such span in the document.  NULL when there is none (a phrase
 * from the section heading, first words the document does not have). */
static char *
directive_context (const char *document,
                   const char *text_start,
                   const char *phrase)
{
  const char *best_start = NULL, *best_end = NULL;
  gsize n_phrase = strlen (phrase);

  if (*text_start == '\0')
    return NULL;
  for (const char *at = strstr (document, phrase); at != NULL; at = strstr (at + 1, phrase))
    {
      const char *start = NULL, *end;

      for (const char *s = strstr (document, text_start); s != NULL && s <= at;
           s = strstr (s + 1, text_start))
        start = s;
      if (start == NULL)
        continue;
      /* the end of the sentence or cell */
      for (end = at + n_phrase; *end != '\0'; end++)
        if ((*end == '.' && !g_ascii_isdigit (end[1])) || *end == ';' || *end == '|')
          break;
      if (best_start == NULL || end - start < best_end - best_start)
        best_start = start, best_end = end;
    }
  if (best_start == NULL || best_end - best_start > 4000)
    return NULL;
  return g_strndup (best_start, best_end - best_start);
}

static void
test_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "import", "corpus", NULL);
  GArray *documents = read_documents (dir);
  guint n_rows = 0, n_ok = 0, n_phrase_same = 0, n_context = 0, n_context_ok = 0;

  for (guint i = 0; i < documents->len; i++)
    {
      Document *doc = &g_array_index (documents, Document, i);
      g_autofree char *stem = g_strndup (doc->file, strlen (doc->file) - strlen (".txt"));
      g_autofree char *gold = g_strconcat (dir, G_DIR_SEPARATOR_S, stem, ".gold.tsv", NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      /* the columns of the corpus gold files, or the Nghệ An gold's ten */
      int c_phrase = 6, c_deadline = 7, c_recurrence = 8, c_text_start = 9;
      gboolean marks_approximate = TRUE;
      guint doc_rows = 0, doc_ok = 0;
      g_autofree char *text_path = g_build_filename (dir, doc->file, NULL);
      g_autofree char *text = NULL;
      g_autofree char *document = NULL;

      g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));
      document = normalise_space (text);

      g_assert_true (g_file_get_contents (gold, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_auto(GStrv) f = NULL;
          g_autoptr(DtDeadline) deadline = NULL;
          g_autofree char *date = NULL;
          const char *want_date, *got_date;
          char buffer[DT_RECURRENCE_CODE_SIZE];
          const char *recurrence;

          if (lines[j][0] == '#' || lines[j][0] == '\0')
            continue;
          f = g_strsplit (lines[j], "\t", -1);
          if (g_str_equal (f[0], "id"))
            {
              /* id lead_units coordinating_units deadline_phrase deadline recurrence text_start */
              c_phrase = 3, c_deadline = 4, c_recurrence = 5, c_text_start = 6;
              marks_approximate = FALSE;
              continue;
            }
          g_assert_cmpuint (g_strv_length (f), >, c_text_start);
          if (f[c_phrase][0] == '\0')
            continue;

          n_rows++, doc_rows++;
          deadline = dt_deadline_parse (f[c_phrase], -1, doc->reference, NULL);
          date = dt_deadline_to_string (deadline);
          want_date = strip_prefix (f[c_deadline], "inherit:");
          got_date = date;
          if (!marks_approximate)
            got_date = strip_prefix (got_date, "~");
          recurrence = deadline != NULL
                       ? dt_deadline_get_recurrence_code (deadline, buffer) : "";
          /* A dated row may recur by words outside its phrase ("Hàng năm,
           * … Đến năm 2015"): the phrase alone cannot tell; the cases above
           * read such a task whole. */
          if (deadline != NULL && g_str_equal (want_date, got_date)
              && (g_str_equal (f[c_recurrence], recurrence)
                  || (*want_date != '\0' && *recurrence == '\0')))
            {
              n_ok++, doc_ok++;
              if (g_str_equal (deadline->phrase, f[c_phrase]))
                n_phrase_same++;
            }
          else
            g_test_message ("%s %s: “%s” → %s “%s” [%s], gold “%s” [%s]", stem, f[0], f[c_phrase],
                            deadline ? "" : "nothing,", got_date, recurrence,
                            f[c_deadline], f[c_recurrence]);

          /* the same, read in the directive's own text, where other dates
           * and phrases stand beside it */
          if (!g_str_has_prefix (f[c_deadline], "inherit:"))
            {
              g_autofree char *context = directive_context (document, f[c_text_start], f[c_phrase]);
              g_autoptr(DtDeadline) in_context = NULL;
              g_autofree char *context_date = NULL;
              const char *context_recurrence;

              if (context == NULL)
                {
                  g_test_message ("%s %s: no context found", stem, f[0]);
                  continue;
                }
              n_context++;
              in_context = dt_deadline_parse (context, -1, doc->reference, NULL);
              context_date = dt_deadline_to_string (in_context);
              got_date = marks_approximate ? context_date : strip_prefix (context_date, "~");
              context_recurrence = in_context != NULL
                                   ? dt_deadline_get_recurrence_code (in_context, buffer) : "";
              if (in_context != NULL && g_str_equal (want_date, got_date)
                  && g_str_equal (f[c_recurrence], context_recurrence))
                n_context_ok++;
              else
                g_test_message ("%s %s in context: “%s” → “%s” [%s] from “%s”, gold “%s” [%s]",
                                stem, f[0], context, got_date, context_recurrence,
                                in_context ? in_context->phrase : "", f[c_deadline],
                                f[c_recurrence]);
            }
        }
      g_test_message ("%s: %u of %u deadline phrases", stem, doc_ok, doc_rows);
      g_free (doc->file);
    }
  g_test_message ("corpus: %u of %u deadline phrases read as the gold (%u with the phrase exactly); "
                  "in the directive's text: %u of %u", n_ok, n_rows, n_phrase_same,
                  n_context_ok, n_context);
  g_array_unref (documents);

  g_assert_cmpuint (n_rows, >=, 90);
  g_assert_cmpuint (n_ok, ==, n_rows);
  g_assert_cmpuint (n_context, >=, 85);
  g_assert_cmpuint (n_context_ok, ==, n_context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deadline/phrases", test_phrases);
  g_test_add_func ("/deadline/impossible", test_impossible);
  g_test_add_func ("/deadline/inherited", test_inherited);
  g_test_add_func ("/deadline/precise-only", test_precise_only);
  g_test_add_func ("/deadline/tet-year", test_tet_year);
  g_test_add_func ("/deadline/corpus", test_corpus);

  return g_test_run ();
}
