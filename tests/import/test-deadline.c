/* test-deadline.c — the grammar of deadline phrases
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
  { "trước Tết Nguyên đán", "trước Tết Nguyên đán", "~2024-02-09", "" },
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
  /* no deadline */
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
      char buffer[16];

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
      g_assert_cmpstr (dt_recurrence_to_code (deadline->recurrence, deadline->recurrence_interval,
                                              deadline->ongoing, buffer), ==, c->recurrence);
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

  return g_test_run ();
}
