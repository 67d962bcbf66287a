/* test-store.c — directives kept and read back whole: their fields,
 * rules, extensions and progress reports, deletion and undo
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define DIR_TEST(path, func) \
  g_test_add (path, ModelTestDir, NULL, model_test_dir_set_up, func, model_test_dir_tear_down)

static void
assert_same_directive (DtDirective *a,
                       DtDirective *b)
{
  const gint64 *ia, *ib;
  guint na, nb;

  g_assert_cmpint (dt_directive_get_id (a), ==, dt_directive_get_id (b));
  g_assert_cmpint (dt_directive_get_notice_id (a), ==, dt_directive_get_notice_id (b));
  g_assert_cmpstr (dt_directive_get_notice_label (a), ==, dt_directive_get_notice_label (b));
  g_assert_cmpstr (dt_directive_get_ordinal (a), ==, dt_directive_get_ordinal (b));
  g_assert_cmpstr (dt_directive_get_section (a), ==, dt_directive_get_section (b));
  g_assert_cmpstr (dt_directive_get_text (a), ==, dt_directive_get_text (b));
  g_assert_cmpint (dt_directive_get_lead_unit_id (a), ==, dt_directive_get_lead_unit_id (b));
  g_assert_cmpstr (dt_directive_get_lead_unit_name (a), ==, dt_directive_get_lead_unit_name (b));
  ia = dt_directive_get_coordinating_unit_ids (a, &na);
  ib = dt_directive_get_coordinating_unit_ids (b, &nb);
  g_assert_cmpmem (ia, na * sizeof (gint64), ib, nb * sizeof (gint64));
  g_assert_true (g_strv_equal (dt_directive_get_coordinating_unit_names (a),
                               dt_directive_get_coordinating_unit_names (b)));
  g_assert_cmpuint (dt_directive_get_assigned_date (a), ==, dt_directive_get_assigned_date (b));
  g_assert_cmpuint (dt_directive_get_deadline (a), ==, dt_directive_get_deadline (b));
  g_assert_cmpuint (dt_directive_get_original_deadline (a), ==,
                    dt_directive_get_original_deadline (b));
  g_assert_cmpstr (dt_directive_get_deadline_phrase (a), ==, dt_directive_get_deadline_phrase (b));
  g_assert_cmpint (dt_directive_get_deadline_approximate (a), ==,
                   dt_directive_get_deadline_approximate (b));
  g_assert_cmpint (dt_directive_get_recurrence (a), ==, dt_directive_get_recurrence (b));
  g_assert_cmpuint (dt_directive_get_recurrence_interval (a), ==,
                    dt_directive_get_recurrence_interval (b));
  g_assert_cmpuint (dt_directive_get_recurrence_anchors (a), ==,
                    dt_directive_get_recurrence_anchors (b));
  g_assert_cmpuint (dt_directive_get_completed_date (a), ==, dt_directive_get_completed_date (b));
  g_assert_cmpint (dt_directive_get_cancelled (a), ==, dt_directive_get_cancelled (b));
  g_assert_cmpint (dt_directive_get_created (a), ==, dt_directive_get_created (b));
  g_assert_cmpint (dt_directive_get_updated (a), ==, dt_directive_get_updated (b));
}

static void
test_round_trip (ModelTestDir  *f,
                 gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtNotice) notice2 = NULL;
  g_autoptr(DtUnit) lead = dt_unit_new ("Sở Nông nghiệp và Phát triển nông thôn");
  g_autoptr(DtUnit) lead2 = NULL;
  g_autoptr(DtUnit) coord1 = NULL;
  g_autoptr(DtUnit) coord2 = NULL;
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(DtDirective) directive2 = NULL;
  g_autoptr(DtExtension) extension = NULL;
  g_autoptr(DtProgressReport) report = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  const char * const aliases[] = { "Sở Nông nghiệp và PTNT", "Sở NN&PTNT", NULL };
  gint64 coordinating[2];
  const gint64 *ids;
  guint n;

  dt_notice_set_kind (notice, DT_NOTICE_KIND_CONCLUSION);
  dt_notice_set_number (notice, "37/TB-UBND");
  dt_notice_set_issue_date (notice, D (2024, 1, 31));
  dt_notice_set_meeting_date (notice, D (2024, 1, 25));
  dt_notice_set_issuing_body (notice, "Ủy ban nhân dân tỉnh");
  dt_notice_set_signer (notice, "Nguyễn Văn A");
  dt_notice_set_title (notice, "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban");
  dt_notice_set_source_text (notice, "THÔNG BÁO\nKết luận …\n1. Giao Sở Y tế …");
  g_assert_true (dt_store_save_notice (store, notice, &error));
  g_assert_no_error (error);

  dt_unit_set_short_name (lead, "Sở NN&PTNT");
  dt_unit_set_aliases (lead, aliases);
  g_assert_true (dt_store_save_unit (store, lead, &error));
  g_assert_no_error (error);
  coord1 = model_test_add_unit (store, "Sở Tài chính");
  coord2 = model_test_add_unit (store, "UBND huyện Đông Anh");

  dt_directive_set_notice_id (directive, dt_notice_get_id (notice));
  dt_directive_set_ordinal (directive, "3.2");
  dt_directive_set_section (directive, "II. Nhiệm vụ cụ thể");
  dt_directive_set_text (directive, "Chủ trì, phối hợp rà soát hiện trạng thuỷ lợi");
  dt_directive_set_lead_unit_id (directive, dt_unit_get_id (lead));
  coordinating[0] = dt_unit_get_id (coord2);
  coordinating[1] = dt_unit_get_id (coord1);
  dt_directive_set_coordinating_unit_ids (directive, coordinating, 2);
  dt_directive_set_assigned_date (directive, D (2024, 2, 1));
  dt_directive_set_deadline (directive, D (2024, 3, 31));
  dt_directive_set_deadline_phrase (directive, "trước ngày 31/3/2024");
  dt_directive_set_deadline_approximate (directive, TRUE);
  dt_directive_set_recurrence (directive, DT_RECURRENCE_DAYS, 10);
  dt_directive_set_completed_date (directive, D (2024, 4, 2));
  dt_directive_set_cancelled (directive, FALSE);
  g_assert_true (dt_store_save_directive (store, directive, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dt_directive_get_id (directive), >, 0);
  g_assert_cmpint (dt_directive_get_created (directive), >, 0);
  g_assert_cmpstr (dt_directive_get_lead_unit_name (directive), ==, dt_unit_get_name (lead));
  g_assert_cmpstr (dt_directive_get_notice_label (directive), ==, "37/TB-UBND");
  g_assert_cmpstr (dt_directive_get_coordinating_unit_names (directive)[0], ==,
                   "UBND huyện Đông Anh");

  extension = dt_extension_new (dt_directive_get_id (directive), D (2024, 4, 30),
                                D (2024, 3, 25), "Chờ ý kiến của Bộ");
  g_assert_true (dt_store_add_extension (store, extension, &error));
  g_assert_no_error (error);
  report = dt_progress_report_new (dt_directive_get_id (directive), D (2024, 3, 20),
                                   "Đã hoàn thành 60% khối lượng", 60);
  g_assert_true (dt_store_save_report (store, report, &error));
  g_assert_no_error (error);

  g_clear_object (&directive);
  directive = dt_store_get_directive (store, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* reopen the file: everything comes back */
  store = model_test_open_store (f->path);
  g_assert_false (dt_store_is_empty (store));

  notice2 = dt_store_get_notice (store, dt_notice_get_id (notice), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_notice_get_kind (notice2), ==, DT_NOTICE_KIND_CONCLUSION);
  g_assert_cmpstr (dt_notice_get_number (notice2), ==, "37/TB-UBND");
  g_assert_cmpuint (dt_notice_get_issue_date (notice2), ==, D (2024, 1, 31));
  g_assert_cmpuint (dt_notice_get_meeting_date (notice2), ==, D (2024, 1, 25));
  g_assert_cmpstr (dt_notice_get_issuing_body (notice2), ==, "Ủy ban nhân dân tỉnh");
  g_assert_cmpstr (dt_notice_get_signer (notice2), ==, "Nguyễn Văn A");
  g_assert_cmpstr (dt_notice_get_title (notice2), ==, dt_notice_get_title (notice));
  g_assert_cmpstr (dt_notice_get_source_text (notice2), ==, dt_notice_get_source_text (notice));

  lead2 = dt_store_get_unit (store, dt_unit_get_id (lead), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_unit_get_name (lead2), ==, "Sở Nông nghiệp và Phát triển nông thôn");
  g_assert_cmpstr (dt_unit_get_short_name (lead2), ==, "Sở NN&PTNT");
  g_assert_cmpint (dt_unit_get_merged_into (lead2), ==, 0);
  g_assert_true (g_strv_equal (dt_unit_get_aliases (lead2), aliases));

  directive2 = dt_store_get_directive (store, dt_directive_get_id (directive), &error);
  g_assert_no_error (error);
  assert_same_directive (directive, directive2);
  ids = dt_directive_get_coordinating_unit_ids (directive2, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, dt_unit_get_id (coord2));
  g_assert_cmpint (ids[1], ==, dt_unit_get_id (coord1));
  g_assert_cmpuint (dt_directive_get_deadline (directive2), ==, D (2024, 4, 30));
  g_assert_cmpuint (dt_directive_get_original_deadline (directive2), ==, D (2024, 3, 31));

  extensions = dt_store_list_extensions (store, dt_directive_get_id (directive), NULL);
  g_assert_cmpuint (extensions->len, ==, 1);
  g_assert_cmpint (dt_extension_get_id (extensions->pdata[0]), ==, dt_extension_get_id (extension));
  g_assert_cmpuint (dt_extension_get_new_deadline (extensions->pdata[0]), ==, D (2024, 4, 30));
  g_assert_cmpuint (dt_extension_get_granted_date (extensions->pdata[0]), ==, D (2024, 3, 25));
  g_assert_cmpstr (dt_extension_get_reason (extensions->pdata[0]), ==, "Chờ ý kiến của Bộ");

  reports = dt_store_list_reports (store, dt_directive_get_id (directive), NULL);
  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpint (dt_progress_report_get_id (reports->pdata[0]), ==,
                   dt_progress_report_get_id (report));
  g_assert_cmpuint (dt_progress_report_get_date (reports->pdata[0]), ==, D (2024, 3, 20));
  g_assert_cmpstr (dt_progress_report_get_text (reports->pdata[0]), ==,
                   "Đã hoàn thành 60% khối lượng");
  g_assert_cmpint (dt_progress_report_get_percent (reports->pdata[0]), ==, 60);
}

/* The days a recurrence falls due on, and "định kỳ", come back from the file */
static void
test_recurrence_anchors (ModelTestDir  *f,
                         gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) lead = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(DtDirective) yearly = dt_directive_new ();
  g_autoptr(DtDirective) periodic = dt_directive_new ();
  g_autoptr(DtDirective) yearly2 = NULL;
  g_autoptr(DtDirective) periodic2 = NULL;
  DtRecurrenceAnchors anchors = dt_recurrence_anchors_add (dt_recurrence_anchors_add (0, 6, 1), 11, 15);
  int month, day;

  dt_directive_set_text (yearly, "Báo cáo kết quả thực hiện");
  dt_directive_set_lead_unit_id (yearly, dt_unit_get_id (lead));
  dt_directive_set_recurrence (yearly, DT_RECURRENCE_YEARLY, 1);
  dt_directive_set_recurrence_anchors (yearly, anchors);
  g_assert_true (dt_store_save_directive (store, yearly, &error));
  g_assert_no_error (error);
  dt_directive_set_text (periodic, "Tổng hợp báo cáo");
  dt_directive_set_lead_unit_id (periodic, dt_unit_get_id (lead));
  dt_directive_set_recurrence (periodic, DT_RECURRENCE_PERIODIC, 1);
  g_assert_true (dt_store_save_directive (store, periodic, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = model_test_open_store (f->path);
  yearly2 = dt_store_get_directive (store, dt_directive_get_id (yearly), &error);
  g_assert_no_error (error);
  periodic2 = dt_store_get_directive (store, dt_directive_get_id (periodic), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_directive_get_recurrence (yearly2), ==, DT_RECURRENCE_YEARLY);
  g_assert_cmpuint (dt_directive_get_recurrence_anchors (yearly2), ==, anchors);
  g_assert_true (dt_recurrence_anchors_get (anchors, 1, &month, &day));
  g_assert_cmpint (month, ==, 11);
  g_assert_cmpint (day, ==, 15);
  g_assert_false (dt_recurrence_anchors_get (anchors, 2, &month, &day));
  g_assert_cmpint (dt_directive_get_recurrence (periodic2), ==, DT_RECURRENCE_PERIODIC);
  g_assert_cmpuint (dt_directive_get_recurrence_anchors (periodic2), ==, 0);

  /* another kind of recurrence forgets the days */
  dt_directive_set_recurrence (yearly2, DT_RECURRENCE_MONTHLY, 1);
  g_assert_cmpuint (dt_directive_get_recurrence_anchors (yearly2), ==, 0);
}

static void
test_directive_rules (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(DtNotice) issued = model_test_add_notice (store, "12/TB-UBND", D (2024, 5, 6));
  g_autoptr(DtNotice) met = dt_notice_new ();
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtDirective) d2 = NULL;

  /* no lead unit: refused, nothing written */
  dt_directive_set_text (directive, "Không có đơn vị chủ trì");
  g_assert_false (dt_store_save_directive (store, directive, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
  g_assert_cmpint (dt_directive_get_id (directive), ==, 0);
  g_clear_error (&error);

  /* a lead unit that does not exist is refused too */
  dt_directive_set_lead_unit_id (directive, 999);
  g_assert_false (dt_store_save_directive (store, directive, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* assigned date defaults to the notice's issue date … */
  dt_directive_set_lead_unit_id (directive, dt_unit_get_id (unit));
  dt_directive_set_notice_id (directive, dt_notice_get_id (issued));
  g_assert_true (dt_store_save_directive (store, directive, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dt_directive_get_assigned_date (directive), ==, D (2024, 5, 6));

  /* … else its meeting date */
  dt_notice_set_meeting_date (met, D (2024, 4, 2));
  g_assert_true (dt_store_save_notice (store, met, &error));
  d2 = model_test_add_directive (store, dt_notice_get_id (met), dt_unit_get_id (unit), NULL, "Họp", 0);
  g_assert_cmpuint (dt_directive_get_assigned_date (d2), ==, D (2024, 4, 2));

  /* updating a deleted directive says so */
  g_assert_true (dt_store_delete_directive (store, dt_directive_get_id (d2), &error));
  g_assert_false (dt_store_save_directive (store, d2, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
}

static void
test_extensions (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Xây dựng");
  g_autoptr(DtDirective) directive = model_test_add_directive (store, 0, dt_unit_get_id (unit), NULL,
                                                    "Hoàn thành quy hoạch", D (2024, 6, 30));
  g_autoptr(DtDirective) loaded = NULL;
  g_autoptr(DtExtension) first = NULL;
  g_autoptr(DtExtension) second = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 id = dt_directive_get_id (directive);

  first = dt_extension_new (id, D (2024, 9, 30), D (2024, 6, 20), "Thiếu kinh phí");
  second = dt_extension_new (id, D (2024, 12, 31), D (2024, 9, 25), "Chờ phê duyệt");
  g_assert_true (dt_store_add_extension (store, second, &error));
  g_assert_true (dt_store_add_extension (store, first, &error));
  g_assert_no_error (error);

  /* the newest granted wins, the original is kept */
  loaded = dt_store_get_directive (store, id, &error);
  g_assert_cmpuint (dt_directive_get_deadline (loaded), ==, D (2024, 12, 31));
  g_assert_cmpuint (dt_directive_get_original_deadline (loaded), ==, D (2024, 6, 30));
  history = dt_store_list_extensions (store, id, NULL);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpuint (dt_extension_get_new_deadline (history->pdata[0]), ==, D (2024, 9, 30));

  /* against the current deadline it is in time; against the original
   * (the store's rule, as the setting sets it), late */
  g_assert_cmpint (dt_directive_get_status_on (loaded, D (2024, 10, 1)), ==, DT_STATUS_IN_PROGRESS);
  g_object_set (store, "lateness-against-original", TRUE, NULL);
  g_clear_object (&loaded);
  loaded = dt_store_get_directive (store, id, &error);
  g_assert_cmpint (dt_directive_get_status_on (loaded, D (2024, 10, 1)), ==, DT_STATUS_OVERDUE);
  g_object_set (store, "lateness-against-original", FALSE, NULL);
  g_assert_true (_dt_store_refresh_directive (store, loaded));
  g_assert_cmpint (dt_directive_get_status_on (loaded, D (2024, 10, 1)), ==, DT_STATUS_IN_PROGRESS);

  /* editing the directive keeps the extension's deadline */
  dt_directive_set_text (loaded, "Hoàn thành quy hoạch chung");
  g_assert_true (dt_store_save_directive (store, loaded, &error));
  g_assert_cmpuint (dt_directive_get_deadline (loaded), ==, D (2024, 12, 31));

  /* withdrawing the newest extension goes back to the one before */
  g_assert_true (dt_store_delete_extension (store, dt_extension_get_id (second), &error));
  g_clear_object (&loaded);
  loaded = dt_store_get_directive (store, id, &error);
  g_assert_cmpuint (dt_directive_get_deadline (loaded), ==, D (2024, 9, 30));
  g_assert_true (dt_store_delete_extension (store, dt_extension_get_id (first), &error));
  g_clear_object (&loaded);
  loaded = dt_store_get_directive (store, id, &error);
  g_assert_cmpuint (dt_directive_get_deadline (loaded), ==, D (2024, 6, 30));
  g_assert_no_error (error);
}

static void
test_sql_text_verbatim (ModelTestDir  *f,
                        gconstpointer  data)
{
  const char *evil = "'); DROP TABLE directives;--";
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "1'; DELETE FROM notices; --", D (2024, 1, 1));
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Robert\"); DROP TABLE units;--");
  g_autoptr(DtDirective) directive = model_test_add_directive (store, dt_notice_get_id (notice),
                                                    dt_unit_get_id (unit), NULL, evil, 0);
  g_autoptr(DtDirective) loaded = NULL;
  g_autoptr(DtUnit) found = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  store = model_test_open_store (f->path);
  loaded = dt_store_get_directive (store, dt_directive_get_id (directive), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (loaded), ==, evil);
  g_assert_cmpstr (dt_directive_get_notice_label (loaded), ==, "1'; DELETE FROM notices; --");
  g_assert_cmpstr (dt_directive_get_lead_unit_name (loaded), ==, "Robert\"); DROP TABLE units;--");
  found = dt_store_find_unit (store, "Robert\"); DROP TABLE units;--");
  g_assert_nonnull (found);

  /* and searching for it is only a search */
  list = dt_directive_list_new (store);
  dt_directive_list_set_search (list, evil);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  dt_directive_list_set_search (list, "\" OR \"");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, dt_notice_get_id (notice), NULL), ==, 1);
}

static void
test_delete_restore (ModelTestDir  *f,
                     gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "5/TB-UBND", D (2024, 2, 2));
  g_autoptr(DtUnit) lead = model_test_add_unit (store, "Sở Giáo dục và Đào tạo");
  g_autoptr(DtUnit) coord = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(DtDirective) before = NULL;
  g_autoptr(DtDirective) gone = NULL;
  g_autoptr(DtDirective) after = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) extensions2 = NULL;
  g_autoptr(GPtrArray) reports2 = NULL;
  gint64 coordinating = dt_unit_get_id (coord);
  gint64 id;

  dt_directive_set_notice_id (directive, dt_notice_get_id (notice));
  dt_directive_set_lead_unit_id (directive, dt_unit_get_id (lead));
  dt_directive_set_coordinating_unit_ids (directive, &coordinating, 1);
  dt_directive_set_text (directive, "Sửa chữa trường học trước mùa mưa bão");
  dt_directive_set_ordinal (directive, "4");
  dt_directive_set_deadline (directive, D (2024, 5, 31));
  g_assert_true (dt_store_save_directive (store, directive, &error));
  id = dt_directive_get_id (directive);
  {
    g_autoptr(DtExtension) e = dt_extension_new (id, D (2024, 7, 31), D (2024, 5, 20), "Mưa");
    g_autoptr(DtProgressReport) r1 = dt_progress_report_new (id, D (2024, 3, 1), "Khởi công", 10);
    g_autoptr(DtProgressReport) r2 = dt_progress_report_new (id, D (2024, 4, 1), "Một nửa", -1);
    g_assert_true (dt_store_add_extension (store, e, &error));
    g_assert_true (dt_store_save_report (store, r1, &error));
    g_assert_true (dt_store_save_report (store, r2, &error));
    g_assert_no_error (error);
  }
  /* something added after it, so its id is not simply the next one */
  g_clear_object (&gone);
  gone = model_test_add_directive (store, 0, dt_unit_get_id (lead), NULL, "Khác", 0);
  g_clear_object (&gone);

  /* what the undo keeps */
  before = dt_store_get_directive (store, id, &error);
  extensions = dt_store_list_extensions (store, id, NULL);
  reports = dt_store_list_reports (store, id, NULL);

  g_assert_true (dt_store_delete_directive (store, id, &error));
  g_assert_no_error (error);
  gone = dt_store_get_directive (store, id, &error);
  g_assert_null (gone);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) none = dt_store_list_extensions (store, id, NULL);
    g_assert_cmpuint (none->len, ==, 0);
  }

  g_assert_true (dt_store_restore_directive (store, before, extensions, reports, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = model_test_open_store (f->path);

  after = dt_store_get_directive (store, id, &error);
  g_assert_no_error (error);
  assert_same_directive (before, after);
  g_assert_cmpuint (dt_directive_get_deadline (after), ==, D (2024, 7, 31));
  extensions2 = dt_store_list_extensions (store, id, NULL);
  reports2 = dt_store_list_reports (store, id, NULL);
  g_assert_cmpuint (extensions2->len, ==, 1);
  g_assert_cmpint (dt_extension_get_id (extensions2->pdata[0]), ==,
                   dt_extension_get_id (extensions->pdata[0]));
  g_assert_cmpstr (dt_extension_get_reason (extensions2->pdata[0]), ==, "Mưa");
  g_assert_cmpuint (reports2->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (dt_progress_report_get_id (reports2->pdata[i]), ==,
                       dt_progress_report_get_id (reports->pdata[i]));
      g_assert_cmpstr (dt_progress_report_get_text (reports2->pdata[i]), ==,
                       dt_progress_report_get_text (reports->pdata[i]));
      g_assert_cmpint (dt_progress_report_get_percent (reports2->pdata[i]), ==,
                       dt_progress_report_get_percent (reports->pdata[i]));
    }
  g_assert_cmpint (dt_progress_report_get_percent (reports2->pdata[0]), ==, -1);
}

/* A row deleted meanwhile (in another window, say) is said to be gone,
 * whichever kind it is and whether it is read, written or deleted. */
static void
test_gone (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "12/TB-UBND", D (2024, 1, 5));
  g_autoptr(DtDirective) directive = model_test_add_directive (store, dt_notice_get_id (notice),
                                                               dt_unit_get_id (unit), "1", "Một",
                                                               D (2024, 2, 10));
  g_autoptr(DtProgressReport) report = dt_progress_report_new (dt_directive_get_id (directive),
                                                               D (2024, 2, 1), "Đang làm", 50);
  g_autoptr(DtNotice) missing_notice = NULL;
  g_autoptr(DtUnit) missing_unit = NULL;
  g_autoptr(DtDirective) missing_directive = NULL;
  g_autoptr(GError) error = NULL;
  gint64 report_id;

  g_assert_true (dt_store_save_report (store, report, &error));
  g_assert_no_error (error);
  report_id = dt_progress_report_get_id (report);

  g_assert_false (dt_store_delete_extension (store, 9999, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The extension no longer exists.");
  g_clear_error (&error);

  g_assert_true (dt_store_delete_report (store, report_id, &error));
  g_assert_false (dt_store_delete_report (store, report_id, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The progress report no longer exists.");
  g_clear_error (&error);
  /* saved again after its row went: an update that finds no row */
  g_assert_false (dt_store_save_report (store, report, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The progress report no longer exists.");
  g_clear_error (&error);

  g_assert_true (dt_store_delete_directive (store, dt_directive_get_id (directive), &error));
  g_assert_false (dt_store_delete_directive (store, dt_directive_get_id (directive), &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The directive no longer exists.");
  g_clear_error (&error);
  missing_directive = dt_store_get_directive (store, dt_directive_get_id (directive), &error);
  g_assert_null (missing_directive);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The directive no longer exists.");
  g_clear_error (&error);

  g_assert_true (dt_store_delete_notice (store, dt_notice_get_id (notice), &error));
  g_assert_false (dt_store_delete_notice (store, dt_notice_get_id (notice), &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The notice no longer exists.");
  g_clear_error (&error);
  g_assert_false (dt_store_save_notice (store, notice, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing_notice = dt_store_get_notice (store, dt_notice_get_id (notice), &error);
  g_assert_null (missing_notice);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The notice no longer exists.");
  g_clear_error (&error);

  g_assert_true (dt_store_delete_unit (store, dt_unit_get_id (unit), &error));
  g_assert_false (dt_store_delete_unit (store, dt_unit_get_id (unit), &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The unit no longer exists.");
  g_clear_error (&error);
  g_assert_false (dt_store_save_unit (store, unit, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing_unit = dt_store_get_unit (store, dt_unit_get_id (unit), &error);
  g_assert_null (missing_unit);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The unit no longer exists.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  DIR_TEST ("/store/round-trip", test_round_trip);
  DIR_TEST ("/store/recurrence-anchors", test_recurrence_anchors);
  g_test_add_func ("/store/directive-rules", test_directive_rules);
  g_test_add_func ("/store/extensions", test_extensions);
  DIR_TEST ("/store/sql-text-verbatim", test_sql_text_verbatim);
  DIR_TEST ("/store/delete-restore", test_delete_restore);

  g_test_add_func ("/store/gone", test_gone);

  return g_test_run ();
}
