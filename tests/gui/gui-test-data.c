/* gui-test-data.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-date.h"
#include "gui-test-data.h"

static const char *
samples_dir (void)
{
  const char *dir = g_getenv ("DT_SAMPLES_DIR");

  return dir ? dir : "data/samples";
}

static gint64
unit_id (DtStore    *store,
         const char *name)
{
  g_autoptr(DtUnit) unit = dt_store_find_unit (store, name);
  g_autoptr(GError) error = NULL;

  if (unit != NULL)
    return dt_unit_get_id (unit);

  unit = dt_unit_new (name);
  if (!dt_store_save_unit (store, unit, &error))
    g_error ("cannot save unit %s: %s", name, error->message);

  return dt_unit_get_id (unit);
}

static char *
directive_text (const char *start,
                const char *category)
{
  /* The gold file keeps only the first words; make it read like a task. */
  return g_strdup_printf ("%s, báo cáo kết quả về UBND tỉnh (%s).", start, category);
}

guint
gui_test_fill_store (DtStore *store)
{
  g_autofree char *tsv_path = g_build_filename (samples_dir (), "nghe-an-ket-luan-2024-01.gold.tsv", NULL);
  g_autofree char *txt_path = g_build_filename (samples_dir (), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *tsv = NULL;
  g_autofree char *source = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtNotice) second = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!g_file_get_contents (tsv_path, &tsv, NULL, &error) ||
      !g_file_get_contents (txt_path, &source, NULL, &error))
    g_error ("sample missing: %s", error->message);

  dt_notice_set_kind (notice, DT_NOTICE_KIND_CONCLUSION);
  dt_notice_set_number (notice, "37/TB-UBND");
  dt_notice_set_issue_date (notice, dt_date_new (2024, 1, 31));
  dt_notice_set_meeting_date (notice, dt_date_new (2024, 1, 25));
  dt_notice_set_issuing_body (notice, "UBND tỉnh Nghệ An");
  dt_notice_set_signer (notice, "Nguyễn Đức Trung");
  dt_notice_set_title (notice, "Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 01 năm 2024");
  dt_notice_set_source_text (notice, source);
  if (!dt_store_save_notice (store, notice, &error))
    g_error ("cannot save notice: %s", error->message);

  lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      g_auto(GStrv) leads = NULL;
      g_auto(GStrv) coordinating = NULL;
      g_autoptr(DtDirective) d = NULL;
      g_autoptr(GArray) coordinating_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *text = NULL;
      const char *deadline;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 10 || strstr (f[4], "Các ") == f[4])
        continue;   /* collective leads are not single units */

      leads = g_strsplit (f[4], ";", -1);
      coordinating = g_strsplit (f[5], ";", -1);
      for (guint j = 0; coordinating[j] != NULL; j++)
        if (coordinating[j][0] != '\0')
          {
            gint64 id = unit_id (store, coordinating[j]);
            g_array_append_val (coordinating_ids, id);
          }

      d = dt_directive_new ();
      dt_directive_set_notice_id (d, dt_notice_get_id (notice));
      dt_directive_set_ordinal (d, f[0][0] == 'A' ? f[0] + 1 : f[0]);
      dt_directive_set_section (d, f[3]);
      text = directive_text (f[9], f[3]);
      dt_directive_set_text (d, text);
      dt_directive_set_lead_unit_id (d, unit_id (store, leads[0]));
      dt_directive_set_coordinating_unit_ids (d, (const gint64 *) coordinating_ids->data, coordinating_ids->len);
      dt_directive_set_assigned_date (d, dt_date_new (2024, 1, 31));
      dt_directive_set_deadline_phrase (d, f[6]);

      deadline = f[7];
      if (g_str_has_prefix (deadline, "inherit:"))
        deadline += strlen ("inherit:");
      if (deadline[0] == '~')
        {
          dt_directive_set_deadline_approximate (d, TRUE);
          deadline++;
        }
      dt_directive_set_deadline (d, dt_date_from_iso (deadline));
      if (g_str_has_suffix (f[8], "d"))
        dt_directive_set_recurrence (d, DT_RECURRENCE_DAYS, atoi (f[8]));

      /* Without a deadline of their own, appendix tasks are due by the end
       * of the quarter; some are already done. */
      if (dt_directive_get_deadline (d) == DT_DATE_NONE && f[0][0] == 'A' && atoi (f[0] + 1) % 3 != 0)
        dt_directive_set_deadline (d, dt_date_new (2024, 3, 15 + atoi (f[0] + 1) % 16));
      if (n % 5 == 1)
        dt_directive_set_completed_date (d, dt_date_new (2024, 2, 10 + n % 20));

      g_ptr_array_add (directives, g_steal_pointer (&d));
      n++;
    }

  for (guint i = 0; i < directives->len; i++)
    if (!dt_store_save_directive (store, g_ptr_array_index (directives, i), &error))
      g_error ("cannot save directive: %s", error->message);

  /* A second, small notice. */
  dt_notice_set_kind (second, DT_NOTICE_KIND_OFFICIAL_LETTER);
  dt_notice_set_number (second, "512/UBND-TH");
  dt_notice_set_issue_date (second, dt_date_new (2024, 2, 20));
  dt_notice_set_title (second, "Triển khai nhiệm vụ sau Tết Nguyên đán Giáp Thìn 2024");
  if (!dt_store_save_notice (store, second, &error))
    g_error ("cannot save notice: %s", error->message);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DtDirective) d = dt_directive_new ();
      const char *texts[] = {
        "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ, trung tâm thương mại",
        "Tổng hợp tình hình giải ngân vốn đầu tư công tháng 02/2024",
        "Rà soát hồ sơ đất đai của các dự án chậm tiến độ",
      };
      const char *units[] = { "Công an tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường" };
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);

      dt_directive_set_notice_id (d, dt_notice_get_id (second));
      dt_directive_set_ordinal (d, ordinal);
      dt_directive_set_text (d, texts[i]);
      dt_directive_set_lead_unit_id (d, unit_id (store, units[i]));
      dt_directive_set_assigned_date (d, dt_date_new (2024, 2, 20));
      dt_directive_set_deadline (d, dt_date_new (2024, 3, 5 + 7 * i));
      if (!dt_store_save_directive (store, d, &error))
        g_error ("cannot save directive: %s", error->message);
      if (i == 0)
        {
          g_autoptr(DtProgressReport) report =
            dt_progress_report_new (dt_directive_get_id (d), dt_date_new (2024, 3, 1),
                                    "Đã kiểm tra 12/20 chợ trên địa bàn thành phố Vinh", 60);
          if (!dt_store_save_report (store, report, &error))
            g_error ("cannot save report: %s", error->message);
        }
      n++;
    }

  return n;
}
