/* test-notice.c — how a notice is named where the user sees it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-notice.h"
#include "dt-status.h"
#include "dt-store.h"
#include "dt-unit.h"

#define D(y, m, d) dt_date_new (y, m, d)

/* A draft leaves the number blank before the office numbers it. */
static void
test_blank_number (void)
{
  static const struct
  {
    const char *number;
    gboolean    has_number;
  } cases[] = {
    { "37/TB-UBND", TRUE },
    { "1'; DELETE FROM notices; --", TRUE },
    { "/TB-UBND", FALSE },
    { "   /TB-UBND", FALSE },
    { "…/TB-UBND", FALSE },
    { "....../TB-UBND", FALSE },
    { "", FALSE },
    { NULL, FALSE },
    { "TB/2024", TRUE },
    { "Số 12", TRUE },
  };

  /* the one rule, for the notice, the importer's matching of a notice
   * imported again and the import dialog's title */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DtNotice) notice = dt_notice_new ();

      g_assert_cmpint (dt_notice_number_is_blank (cases[i].number), ==, !cases[i].has_number);
      dt_notice_set_number (notice, cases[i].number);
      g_assert_cmpint (dt_notice_has_number (notice), ==, cases[i].has_number);
    }
}

static void
test_display_name (void)
{
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autofree char *numbered = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *undated = NULL;

  dt_notice_set_number (notice, "37/TB-UBND");
  dt_notice_set_issue_date (notice, D (2024, 1, 31));
  numbered = dt_notice_dup_display_name (notice);
  g_assert_cmpstr (numbered, ==, "37/TB-UBND dated 31/01/2024");

  /* The sample notice: no number, no issue date, met on 25/01/2024. */
  dt_notice_set_number (notice, "/TB-UBND");
  dt_notice_set_issue_date (notice, DT_DATE_NONE);
  dt_notice_set_meeting_date (notice, D (2024, 1, 25));
  g_assert_cmpuint (dt_notice_get_date (notice), ==, D (2024, 1, 25));
  draft = dt_notice_dup_display_name (notice);
  g_assert_cmpstr (draft, ==, "Notice of conclusions dated 25/01/2024");

  dt_notice_set_meeting_date (notice, DT_DATE_NONE);
  undated = dt_notice_dup_display_name (notice);
  g_assert_cmpstr (undated, ==, "Notice of conclusions");
}

/* The list's Notice column shows the directive's notice-label. */
static void
test_notice_label (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dt-test-notice-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "store.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (path, &error);
  g_autoptr(DtNotice) numbered = dt_notice_new ();
  g_autoptr(DtNotice) draft = dt_notice_new ();
  g_autoptr(DtDirective) a = dt_directive_new ();
  g_autoptr(DtDirective) b = dt_directive_new ();
  g_autoptr(DtDirective) c = dt_directive_new ();
  g_autoptr(DtDirective) loaded = NULL;
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Y tế");

  g_assert_no_error (error);
  g_assert_true (dt_store_save_unit (store, unit, &error));
  dt_notice_set_number (numbered, "37/TB-UBND");
  dt_notice_set_issue_date (numbered, D (2024, 1, 31));
  g_assert_true (dt_store_save_notice (store, numbered, &error));
  dt_notice_set_number (draft, "/TB-UBND");
  dt_notice_set_meeting_date (draft, D (2024, 1, 25));
  g_assert_true (dt_store_save_notice (store, draft, &error));
  g_assert_no_error (error);

  dt_directive_set_lead_unit_id (a, dt_unit_get_id (unit));
  dt_directive_set_text (a, "Tiêm chủng");
  dt_directive_set_notice_id (a, dt_notice_get_id (numbered));
  dt_directive_set_lead_unit_id (b, dt_unit_get_id (unit));
  dt_directive_set_text (b, "Bảo đảm an ninh");
  dt_directive_set_notice_id (b, dt_notice_get_id (draft));
  dt_directive_set_lead_unit_id (c, dt_unit_get_id (unit));
  dt_directive_set_text (c, "Không thuộc thông báo nào");
  dt_store_save_directive (store, a, &error);
  g_assert_no_error (error);
  dt_store_save_directive (store, b, &error);
  g_assert_no_error (error);
  dt_store_save_directive (store, c, &error);
  g_assert_no_error (error);

  loaded = dt_store_get_directive (store, dt_directive_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_notice_label (loaded), ==, "37/TB-UBND");
  g_clear_object (&loaded);

  loaded = dt_store_get_directive (store, dt_directive_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_notice_label (loaded), ==, "dated 25/01/2024");
  g_clear_object (&loaded);

  loaded = dt_store_get_directive (store, dt_directive_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_notice_label (loaded), ==, "");

  g_clear_object (&store);
  g_remove (path);
  g_rmdir (dir);
}

/* A status has one name, the one the list's pills show, and the detail
 * and the report show the same (no "In progress, overdue" beside
 * "Overdue"). */
static void
test_status_names (void)
{
  for (guint s = 0; s < DT_N_STATUSES; s++)
    g_assert_cmpstr (dt_status_to_string (s), !=, "");
  g_assert_cmpstr (dt_status_to_string (DT_STATUS_OVERDUE), ==, "Overdue");
  g_assert_cmpstr (dt_status_to_string (DT_STATUS_IN_PROGRESS), ==, "In progress");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notice/blank-number", test_blank_number);
  g_test_add_func ("/notice/display-name", test_display_name);
  g_test_add_func ("/notice/label-in-list", test_notice_label);
  g_test_add_func ("/notice/status-names", test_status_names);

  return g_test_run ();
}
