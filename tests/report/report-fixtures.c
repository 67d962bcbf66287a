/* report-fixtures.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "report-fixtures.h"

static gint64
unit_id_for (DtStore    *store,
             GHashTable *units,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  gpointer id;

  if (!g_hash_table_lookup_extended (units, name, NULL, &id))
    {
      g_autoptr(DtUnit) unit = dt_unit_new (name);

      g_assert_true (dt_store_save_unit (store, unit, &error));
      g_assert_no_error (error);
      id = GINT_TO_POINTER ((int) dt_unit_get_id (unit));
      g_hash_table_insert (units, g_strdup (name), id);
    }
  return GPOINTER_TO_INT (id);
}

DtDirective *
report_fixture_find (DtStore    *store,
                     const char *ordinal,
                     const char *unit)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (dt_directive_get_ordinal (d), ordinal)
          && g_str_equal (dt_directive_get_lead_unit_name (d), unit))
        return g_steal_pointer (&d);
    }
  g_error ("no directive %s of %s", ordinal, unit);
  return NULL;
}

static void
complete (DtStore    *store,
          const char *ordinal,
          const char *unit,
          DtDate      date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) d = report_fixture_find (store, ordinal, unit);

  dt_directive_set_completed_date (d, date);
  g_assert_true (dt_store_save_directive (store, d, &error));
  g_assert_no_error (error);
}

static void
extend (DtStore    *store,
        const char *ordinal,
        const char *unit,
        DtDate      to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) d = report_fixture_find (store, ordinal, unit);
  g_autoptr(DtExtension) e = dt_extension_new (dt_directive_get_id (d), to,
                                               dt_date_new (2024, 2, 20), "Chờ ý kiến các bộ");

  g_assert_true (dt_store_add_extension (store, e, &error));
  g_assert_no_error (error);
}

static void
progress (DtStore    *store,
          const char *ordinal,
          const char *unit,
          DtDate      date,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) d = report_fixture_find (store, ordinal, unit);
  g_autoptr(DtProgressReport) r = dt_progress_report_new (dt_directive_get_id (d), date, text, -1);

  g_assert_true (dt_store_save_report (store, r, &error));
  g_assert_no_error (error);
}

DtStore *
report_fixture_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *tsv = g_build_filename (g_getenv ("DT_SAMPLES_DIR"),
                                           "nghe-an-ket-luan-2024-01.gold.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  DtDate meeting = dt_date_new (2024, 1, 25);

  store = dt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (tsv, &contents, NULL, &error));
  g_assert_no_error (error);

  dt_notice_set_number (notice, FIXTURE_NOTICE_NUMBER);
  dt_notice_set_issue_date (notice, dt_date_new (2024, 1, 31));
  dt_notice_set_meeting_date (notice, meeting);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      g_auto(GStrv) leads = NULL;
      const char *deadline;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (f) < 10 || strstr (f[2], "collective"))
        continue;
      deadline = f[7];
      if (g_str_has_prefix (deadline, "inherit:"))
        deadline += strlen ("inherit:");
      if (deadline[0] == '~')
        deadline++;

      leads = g_strsplit (f[4], ";", -1);
      for (guint k = 0; leads[k] != NULL; k++)
        {
          DtDirective *d = dt_directive_new ();

          dt_directive_set_ordinal (d, f[0]);
          dt_directive_set_section (d, f[3]);
          dt_directive_set_text (d, f[9]);
          dt_directive_set_lead_unit_id (d, unit_id_for (store, units, leads[k]));
          dt_directive_set_assigned_date (d, meeting);
          dt_directive_set_deadline (d, dt_date_from_iso (deadline));
          dt_directive_set_deadline_phrase (d, f[6]);
          g_ptr_array_add (directives, d);
        }
    }
  g_assert_true (dt_store_save_notice_with_directives (store, notice, directives, &error));
  g_assert_no_error (error);

  complete (store, "B25", "Sở Y tế", dt_date_new (2024, 2, 14));
  complete (store, "B24", "Sở Lao động - Thương binh và Xã hội", dt_date_new (2024, 2, 20));
  complete (store, "B2", "Sở Tài chính", dt_date_new (2024, 2, 29));
  complete (store, "B2", "Sở Du lịch", dt_date_new (2024, 3, 10));
  extend (store, "B16", "Sở Kế hoạch và Đầu tư", dt_date_new (2024, 3, 15));
  extend (store, "B5", "Sở Nông nghiệp và Phát triển nông thôn", dt_date_new (2024, 2, 28));
  complete (store, "B5", "Sở Nông nghiệp và Phát triển nông thôn", dt_date_new (2024, 2, 27));
  complete (store, "B17", "Ban Dân tộc tỉnh", dt_date_new (2024, 2, 5));
  complete (store, "B17", "Sở Nông nghiệp và Phát triển nông thôn", dt_date_new (2024, 1, 30));
  complete (store, "B12", "Văn phòng Ủy ban nhân dân tỉnh", dt_date_new (2024, 2, 10));
  complete (store, "B30", "Văn phòng Ủy ban nhân dân tỉnh", dt_date_new (2024, 1, 28));
  {
    g_autoptr(DtDirective) d = report_fixture_find (store, "B31", "Công an tỉnh");

    dt_directive_set_cancelled (d, TRUE);
    g_assert_true (dt_store_save_directive (store, d, &error));
    g_assert_no_error (error);
  }
  progress (store, "B8", "Sở Công Thương", dt_date_new (2024, 2, 20),
            "Đã làm việc với các doanh nghiệp, đang tổng hợp");
  progress (store, "B8", "Sở Công Thương", dt_date_new (2024, 3, 8), "Đã trình UBND tỉnh");

  return g_steal_pointer (&store);
}
