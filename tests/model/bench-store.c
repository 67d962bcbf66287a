/* bench-store.c — fills a store with realistic directives and measures it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-store --generate PATH [--directives N] [--units M] [--notices K]
 *   bench-store PATH                 measure an existing file
 *   bench-store [--directives N …]   generate into a temporary file, then measure
 *   bench-store --timeline-only [--rounds N] PATH
 *                                    only the timeline shown, N times (profiling)
 *
 * Prints figures (TAP comments) and never fails on slowness.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "dt-timeline-item.h"
#include "dt-timeline-layout.h"

#define PAGE 50

static const char * const unit_names[] = {
  "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
  "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
  "Sở Tài nguyên và Môi trường", "Sở Công Thương", "Sở Văn hoá, Thể thao và Du lịch",
  "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Tư pháp", "Sở Thông tin và Truyền thông",
  "Sở Khoa học và Công nghệ", "Sở Ngoại vụ", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
  "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ban Dân tộc", "Ban Quản lý các khu công nghiệp",
  "Đài Phát thanh và Truyền hình tỉnh", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh",
  "Bảo hiểm xã hội tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh", "Liên minh Hợp tác xã",
};

static const char * const districts[] = {
  "Đông Anh", "Thuỷ Nguyên", "Hoà Bình", "Đức Thọ", "Quỳnh Lưu", "Yên Thành", "Diễn Châu",
  "Nghĩa Đàn", "Tân Kỳ", "Anh Sơn", "Đô Lương", "Thanh Chương", "Nam Đàn", "Hưng Nguyên",
  "Kỳ Sơn", "Tương Dương", "Con Cuông", "Quế Phong", "Quỳ Châu", "Quỳ Hợp", "Cửa Lò",
};

static const char * const verbs[] = {
  "Chủ trì, phối hợp", "Khẩn trương", "Tập trung chỉ đạo", "Rà soát, tham mưu",
  "Đẩy nhanh tiến độ", "Hướng dẫn, đôn đốc", "Kiểm tra, xử lý dứt điểm", "Tổng hợp, báo cáo",
};

static const char * const objects[] = {
  "giải phóng mặt bằng dự án đường ven biển", "giải ngân vốn đầu tư công năm nay",
  "tiêm chủng mở rộng cho trẻ em", "sửa chữa trường học trước mùa mưa bão",
  "cấp giấy chứng nhận quyền sử dụng đất", "phòng, chống dịch bệnh trên đàn gia súc",
  "chuyển đổi số trong cơ quan nhà nước", "hồ sơ số hoá thủ tục hành chính",
  "nạo vét kênh mương, công trình thuỷ lợi", "xử lý ô nhiễm môi trường làng nghề",
  "thu ngân sách nhà nước", "xây dựng nông thôn mới nâng cao",
  "sắp xếp đơn vị hành chính cấp xã", "bảo đảm an toàn giao thông dịp Tết",
  "hỗ trợ người dân bị ảnh hưởng bởi thiên tai", "quy hoạch vùng nguyên liệu",
};

static const char * const tails[] = {
  "theo đúng quy định", "báo cáo UBND tỉnh kết quả thực hiện", "trình UBND tỉnh xem xét",
  "không để chậm trễ", "đảm bảo chất lượng, hiệu quả", "",
};

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean
generate (const char  *path,
          guint        n_directives,
          guint        n_units,
          guint        n_notices,
          GError     **error)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260126);
  DtDate start = dt_date_new (2021, 1, 4);
  guint per_notice, made = 0;
  gint64 t0 = g_get_monotonic_time ();

  store = dt_store_open (path, error);
  if (store == NULL)
    return FALSE;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(DtUnit) unit = NULL;
      g_autofree char *name = NULL;
      gint64 id;

      if (i < G_N_ELEMENTS (unit_names))
        name = g_strdup (unit_names[i]);
      else if (i - G_N_ELEMENTS (unit_names) < G_N_ELEMENTS (districts))
        name = g_strdup_printf ("UBND huyện %s", districts[i - G_N_ELEMENTS (unit_names)]);
      else
        name = g_strdup_printf ("Đơn vị số %u", i + 1);
      unit = dt_unit_new (name);
      if (i == 4)
        dt_unit_add_alias (unit, "Sở Nông nghiệp và PTNT");
      if (!dt_store_save_unit (store, unit, error))
        return FALSE;
      id = dt_unit_get_id (unit);
      g_array_append_val (unit_ids, id);
    }

  per_notice = MAX (1, n_directives / MAX (1, n_notices));
  for (guint k = 0; made < n_directives; k++)
    {
      g_autoptr(DtNotice) notice = dt_notice_new ();
      g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *number = g_strdup_printf ("%u/TB-UBND", 1 + k % 700);
      DtDate issued = start + g_rand_int_range (rand, 0, 5 * 365);
      g_autoptr(GString) source = g_string_new ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n");

      dt_notice_set_number (notice, number);
      dt_notice_set_issue_date (notice, issued);
      dt_notice_set_meeting_date (notice, issued - g_rand_int_range (rand, 1, 8));
      dt_notice_set_issuing_body (notice, "Ủy ban nhân dân tỉnh");
      dt_notice_set_signer (notice, "Nguyễn Văn An");
      dt_notice_set_title (notice, "Kết luận tại cuộc họp giao ban");

      for (guint j = 0; j < per_notice && made < n_directives; j++, made++)
        {
          DtDirective *d = dt_directive_new ();
          g_autofree char *ordinal = g_strdup_printf ("%u.%u", 1 + j / 10, 1 + j % 10);
          g_autofree char *text =
            g_strdup_printf ("%s %s %s.", verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                             objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))],
                             tails[g_rand_int_range (rand, 0, G_N_ELEMENTS (tails))]);
          gint64 coordinating[3];
          guint n_coordinating = g_rand_int_range (rand, 0, 4);
          int roll = g_rand_int_range (rand, 0, 100);
          DtDate deadline = DT_DATE_NONE;

          dt_directive_set_ordinal (d, ordinal);
          dt_directive_set_text (d, text);
          dt_directive_set_lead_unit_id (d, g_array_index (unit_ids, gint64,
                                                           g_rand_int_range (rand, 0, unit_ids->len)));
          for (guint c = 0; c < n_coordinating; c++)
            coordinating[c] = g_array_index (unit_ids, gint64,
                                             g_rand_int_range (rand, 0, unit_ids->len));
          dt_directive_set_coordinating_unit_ids (d, coordinating, n_coordinating);
          if (roll >= 15)
            {
              deadline = issued + g_rand_int_range (rand, 15, 366);
              dt_directive_set_deadline (d, deadline);
              dt_directive_set_deadline_phrase (d, "trước ngày …");
            }
          else if (roll >= 10)
            dt_directive_set_recurrence (d, DT_RECURRENCE_MONTHLY, 0);
          roll = g_rand_int_range (rand, 0, 100);
          if (roll < 40 && issued + 400 < dt_date_today ())
            dt_directive_set_completed_date (d, (deadline ? deadline : issued + 60)
                                                + g_rand_int_range (rand, -30, 20));
          else if (roll < 43)
            dt_directive_set_cancelled (d, TRUE);
          g_ptr_array_add (directives, d);
          g_string_append_printf (source, "%s. %s\n", ordinal, text);
        }
      dt_notice_set_source_text (notice, source->str);
      if (!dt_store_save_notice_with_directives (store, notice, directives, error))
        return FALSE;

      /* some get extended, once or twice */
      for (guint j = 0; j < directives->len; j++)
        {
          DtDirective *d = directives->pdata[j];
          DtDate deadline = dt_directive_get_deadline (d);

          if (deadline == DT_DATE_NONE || g_rand_int_range (rand, 0, 100) >= 8)
            continue;
          for (int e = 0; e < g_rand_int_range (rand, 1, 3); e++)
            {
              g_autoptr(DtExtension) extension =
                dt_extension_new (dt_directive_get_id (d), deadline + 30 * (e + 1),
                                  deadline - 5 + 30 * e, "Đề nghị gia hạn do vướng mắc");
              if (!dt_store_add_extension (store, extension, error))
                return FALSE;
            }
        }
    }

  printf ("# generated %u directives, %u units, %u notices in %.0f ms\n",
          made, n_units, n_notices, ms_since (t0));
  return TRUE;
}

static void
load_text (DtTimelineItem *item,
           gpointer        store)
{
  dt_timeline_item_load_text (item, store);
}

static void
fetch_page (DtDirectiveList *list)
{
  guint n = MIN (PAGE, g_list_model_get_n_items (G_LIST_MODEL (list)));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (d);
    }
}

/* What the timeline page does when it is shown: brief items (no text) laid
 * out, then the text of the first screen of rows. */
static void
measure_timeline_shown (DtStore         *store,
                        DtDirectiveList *list)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(DtTimelineLayout) layout = NULL;
  DtTimelineOptions options;
  struct rusage usage;
  double ms_items, ms_layout, ms_screen;
  long rss_before;
  gint64 t0;

  getrusage (RUSAGE_SELF, &usage);
  rss_before = usage.ru_maxrss;
  t0 = g_get_monotonic_time ();
  items = dt_timeline_items_from_list_brief (list);
  ms_items = ms_since (t0);
  dt_timeline_options_init (&options);
  t0 = g_get_monotonic_time ();
  layout = dt_timeline_layout_new (items, &options);
  dt_timeline_layout_set_text_func (layout, load_text, g_object_ref (store), g_object_unref);
  ms_layout = ms_since (t0);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < MIN (45, dt_timeline_layout_get_n_rows (layout)); i++)
    g_assert_nonnull (dt_timeline_layout_get_row (layout, i)->label);
  ms_screen = ms_since (t0);
  printf ("# timeline shown (brief items, lazy rows) for %u directives: items %.1f ms,"
          " layout %.1f ms, first screen %.1f ms: %.1f ms (100k: target < 150)\n",
          items->len, ms_items, ms_layout, ms_screen, ms_items + ms_layout + ms_screen);
  getrusage (RUSAGE_SELF, &usage);
  printf ("# peak RSS added by it: %.1f MB (100k: target < 20)\n",
          (usage.ru_maxrss - rss_before) / 1024.0);
}

/* --timeline-only: open, then the timeline shown @timeline_rounds times
 * (for a profiler: the switch alone, and its figures repeated) */
static gboolean timeline_only;
static int timeline_rounds = 1;

static gboolean
measure (const char  *path,
         GError     **error)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  const char * const keystrokes[] = { "s", "so", "so ", "so y", "so y t", "so y te",
                                      "nông nghiệp", "37/tb", "thuỷ lợi", "zzzz" };
  guint counts[DT_N_STATUSES];
  struct rusage usage;
  double worst = 0;
  gint64 t0;

  t0 = g_get_monotonic_time ();
  store = dt_store_open (path, error);
  if (store == NULL)
    return FALSE;
  list = dt_directive_list_new (store);
  fetch_page (list);
  printf ("# open + first page (%u directives, by deadline): %.1f ms (target < 300)\n",
          g_list_model_get_n_items (G_LIST_MODEL (list)), ms_since (t0));
  if (timeline_only)
    {
      for (int round = 0; round < timeline_rounds; round++)
        measure_timeline_shown (store, list);
      return TRUE;
    }

  t0 = g_get_monotonic_time ();
  dt_directive_list_count_statuses (list, counts);
  printf ("# counts per status: %.1f ms\n", ms_since (t0));

  /* the first search shorter than a trigram loads the folded texts once */
  t0 = g_get_monotonic_time ();
  dt_directive_list_set_search (list, "x");
  printf ("# first short search (loads the texts once): %.1f ms\n", ms_since (t0));
  dt_directive_list_set_search (list, NULL);

  /* each keystroke from the one before, best of three rounds (the machine
   * may be busy with other work) */
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      double best = G_MAXDOUBLE;
      guint n = 0;

      for (int round = 0; round < 3; round++)
        {
          double ms;

          dt_directive_list_set_search (list, i > 0 ? keystrokes[i - 1] : NULL);
          t0 = g_get_monotonic_time ();
          dt_directive_list_set_search (list, keystrokes[i]);
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          fetch_page (list);
          ms = ms_since (t0);
          best = MIN (best, ms);
        }
      worst = MAX (worst, best);
      printf ("# search \"%s\": %u matches, %.1f ms\n", keystrokes[i], n, best);
    }
  printf ("# worst search keystroke: %.1f ms (target < 30)\n", worst);

  dt_directive_list_set_search (list, NULL);
  t0 = g_get_monotonic_time ();
  dt_directive_list_set_statuses (list, DT_STATUS_FLAG (DT_STATUS_OVERDUE));
  fetch_page (list);
  printf ("# status filter (overdue, %u): %.1f ms\n",
          g_list_model_get_n_items (G_LIST_MODEL (list)), ms_since (t0));

  getrusage (RUSAGE_SELF, &usage);
  printf ("# peak RSS of the list: %.1f MB (target < 150)\n", usage.ru_maxrss / 1024.0);

  dt_directive_list_set_statuses (list, 0);
  measure_timeline_shown (store, list);

  /* what printing does: every item, whole */
  dt_directive_list_set_statuses (list, 0);
  {
    g_autoptr(GPtrArray) items = NULL;
    DtTimelineOptions options;
    DtTimelineLayout *layout = NULL;
    double best_layout = G_MAXDOUBLE;

    t0 = g_get_monotonic_time ();
    items = dt_timeline_items_from_model (G_LIST_MODEL (list));
    printf ("# timeline items for all %u directives: %.1f ms (10k: target < 50)\n",
            items->len, ms_since (t0));

    /* and lays them out, by lead unit (the default) */
    dt_timeline_options_init (&options);
    for (int round = 0; round < 3; round++)
      {
        t0 = g_get_monotonic_time ();
        layout = dt_timeline_layout_new (items, &options);
        best_layout = MIN (best_layout, ms_since (t0));
        g_clear_pointer (&layout, dt_timeline_layout_unref);
      }
    printf ("# timeline layout of them: %.1f ms (10k: target < 50)\n", best_layout);
  }

  getrusage (RUSAGE_SELF, &usage);
  printf ("# peak RSS with the timeline of every directive: %.1f MB\n", usage.ru_maxrss / 1024.0);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *generate_path = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  int n_directives = 100000;
  int n_units = 60;
  int n_notices = 2000;
  GOptionEntry entries[] = {
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Fill PATH and exit", "PATH" },
    { "directives", 0, 0, G_OPTION_ARG_INT, &n_directives, "Number of directives", "N" },
    { "units", 0, 0, G_OPTION_ARG_INT, &n_units, "Number of units", "M" },
    { "notices", 0, 0, G_OPTION_ARG_INT, &n_notices, "Number of notices", "K" },
    { "timeline-only", 0, 0, G_OPTION_ARG_NONE, &timeline_only,
      "Measure only the timeline shown (after opening)", NULL },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &timeline_rounds, "Times to show the timeline", "N" },
    { NULL }
  };

  /* as the application does: sorting by unit name collates in the locale */
  setlocale (LC_ALL, "");
  context = g_option_context_new ("[PATH] — benchmark the directive store");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n_directives = MAX (n_directives, 1);
  n_units = MAX (n_units, 1);
  n_notices = MAX (n_notices, 1);

  if (generate_path != NULL)
    {
      if (!generate (generate_path, n_directives, n_units, n_notices, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  printf ("1..1\n");
  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    {
      tmp_dir = g_dir_make_tmp ("dt-bench-XXXXXX", &error);
      if (tmp_dir == NULL)
        {
          printf ("not ok 1 %s\n", error->message);
          return 1;
        }
      path = g_build_filename (tmp_dir, "bench.db", NULL);
      if (!generate (path, n_directives, n_units, n_notices, &error))
        {
          printf ("not ok 1 %s\n", error->message);
          return 1;
        }
    }

  if (!measure (path, &error))
    {
      printf ("not ok 1 %s\n", error->message);
      return 1;
    }
  printf ("ok 1 bench-store\n");

  if (tmp_dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_remove (path);
      g_remove (wal);
      g_remove (shm);
      g_rmdir (tmp_dir);
    }
  return 0;
}
