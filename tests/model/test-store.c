/* test-store.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("dt-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "directives.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  model_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* A file as an older version of Directives made it, holding what sql puts
 * in its tables */
static void
make_old_store (const char *path,
                int         version,
                const char *sql)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = _dt_store_open_at_version (path, version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, version);
  g_clear_object (&store);
  model_test_exec_sql (path, sql);
}

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
test_migrate_empty_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DtStore) store = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = model_test_open_store (f->path);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, DT_STORE_SCHEMA_VERSION);
  g_assert_true (dt_store_is_empty (store));
  g_clear_object (&store);

  /* reopening an up-to-date file migrates nothing and keeps it */
  store = model_test_open_store (f->path);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, DT_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  /* a file store is in WAL mode (header bytes 18 and 19 are 2) */
  {
    g_autoptr(GBytes) bytes = read_bytes (f->path);
    const guint8 *header = g_bytes_get_data (bytes, NULL);

    g_assert_cmpuint (g_bytes_get_size (bytes), >=, 100);
    g_assert_cmpuint (header[18], ==, 2);
    g_assert_cmpuint (header[19], ==, 2);
  }

}

static void
test_migrate_from_v1 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtDirective) directive = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(GError) error = NULL;

  /* data as version 1 kept it: the search text in the FTS table itself */
  make_old_store (f->path, 1, "INSERT INTO units (id, name, name_key) VALUES (1, 'Sở Y tế', 'sở y tế');"
                              "INSERT INTO notices (id, number) VALUES (1, '37/TB-UBND');"
                              "INSERT INTO directives (id, notice_id, text, lead_unit_id, deadline,"
                              " original_deadline) VALUES (7, 1, 'Tiêm chủng', 1, '2024-04-01',"
                              " '2024-04-01');"
                              "INSERT INTO directive_fts (rowid, body)"
                              " VALUES (7, 'tiem chung so y te 37/tb-ubnd');");

  store = model_test_open_store (f->path);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, DT_STORE_SCHEMA_VERSION);
  directive = dt_store_get_directive (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (directive), ==, "Tiêm chủng");
  g_assert_cmpuint (dt_directive_get_deadline (directive), ==, D (2024, 4, 1));

  /* the search index came along */
  list = dt_directive_list_new (store);
  dt_directive_list_set_search (list, "sở y tế");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  dt_directive_list_set_search (list, "ti");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  dt_directive_list_set_search (list, "bệnh viện");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

/* Another program changes the file under the store (here: renames the
 * tables it reads).  Every read says so with an error, none returns a
 * short list; a list model re-querying for nobody emits "read-failed". */
static void
rename_table (const char *path,
              const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_keys = OFF;"
                                          " ALTER TABLE %s RENAME TO %s_gone", table, table);

  model_test_exec_sql (path, sql);
}

static void
count_read_failure (guint        *n,
                    const GError *error)
{
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  (*n)++;
}

static void
test_read_errors (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "37/TB-UBND", D (2024, 1, 31));
  g_autoptr(DtDirective) directive = model_test_add_directive (store, dt_notice_get_id (notice),
                                                               dt_unit_get_id (unit), "1",
                                                               "Kiểm tra an toàn thực phẩm",
                                                               D (2024, 3, 31));
  g_autoptr(DtProgressReport) report = dt_progress_report_new (dt_directive_get_id (directive),
                                                                D (2024, 3, 1), "Đang làm", 30);
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GListModel) notices = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(DtDirective) reread = NULL;
  guint n_failures = 0;

  g_assert_true (dt_store_save_report (store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_signal_connect_swapped (store, "read-failed", G_CALLBACK (count_read_failure), &n_failures);

  rename_table (f->path, "reports");
  reports = dt_store_list_reports (store, dt_directive_get_id (directive), &error);
  g_assert_null (reports);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  rename_table (f->path, "extensions");
  extensions = dt_store_list_extensions (store, dt_directive_get_id (directive), &error);
  g_assert_null (extensions);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  rename_table (f->path, "notices");
  notices = dt_store_list_notices (store, &error);
  g_assert_null (notices);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (dt_store_count_notice_directives (store, dt_notice_get_id (notice), &error), ==, 1);
  g_assert_no_error (error);

  rename_table (f->path, "units");
  units = dt_store_list_units (store, &error);
  g_assert_null (units);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* the directive's row joins the notices and units: not "no longer exists" */
  reread = dt_store_get_directive (store, dt_directive_get_id (directive), &error);
  g_assert_null (reread);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* the list has nobody to answer: the store tells who listens */
  g_assert_cmpuint (n_failures, ==, 0);
  rename_table (f->path, "directives");
  dt_directive_list_refresh (list);
  g_assert_cmpuint (n_failures, >, 0);
  g_assert_cmpint (dt_store_count_notice_directives (store, dt_notice_get_id (notice), &error), ==, -1);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
}

/* What is being typed is saved by the store itself: before any other write,
 * before a directive is read, and when the store is closed; nobody has to
 * save it first.  (Another connection, which waits for nothing, tells what
 * the file holds.) */
static char *
text_in_file (const char *path,
              gint64      id)
{
  g_autoptr(DtStore) other = model_test_open_store (path);
  g_autoptr(DtDirective) d = dt_store_get_directive (other, id, NULL);

  g_assert_nonnull (d);
  return g_strdup (dt_directive_get_text (d));
}

static void
test_save_soon (Fixture       *f,
                gconstpointer  data)
{
  DtStore *store = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(DtNotice) notice = model_test_add_notice (store, "37/TB-UBND", D (2024, 1, 31));
  g_autoptr(DtDirective) d = model_test_add_directive (store, dt_notice_get_id (notice),
                                                       dt_unit_get_id (unit), "1", "Kiểm tra",
                                                       D (2024, 3, 31));
  g_autoptr(DtUnit) other = dt_unit_new ("Sở Tài chính");
  g_autoptr(GError) error = NULL;
  gint64 id = dt_directive_get_id (d);
  g_autofree char *before = NULL;
  g_autofree char *after_write = NULL;
  g_autofree char *after_close = NULL;

  dt_directive_set_text (d, "Kiểm tra an toàn thực phẩm");
  dt_store_save_directive_soon (store, d);
  before = text_in_file (f->path, id);
  g_assert_cmpstr (before, ==, "Kiểm tra");

  /* another write: the edit goes first */
  g_assert_true (dt_store_save_unit (store, other, &error));
  g_assert_no_error (error);
  after_write = text_in_file (f->path, id);
  g_assert_cmpstr (after_write, ==, "Kiểm tra an toàn thực phẩm");

  /* closing keeps it */
  dt_directive_set_text (d, "Kiểm tra an toàn thực phẩm Tết");
  dt_store_save_directive_soon (store, d);
  g_assert_finalize_object (store);
  after_close = text_in_file (f->path, id);
  g_assert_cmpstr (after_close, ==, "Kiểm tra an toàn thực phẩm Tết");
}

/* Version 3 → 4 makes the directives table again (a directive addressed to
 * a collective has no lead unit): every row and what hangs on it survive,
 * and foreign keys hold afterwards. */
static void
test_migrate_from_v3 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtDirective) directive = NULL;
  g_autoptr(DtDirective) collective = NULL;
  g_autoptr(DtDirective) orphan = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *coordinating;
  guint n;

  make_old_store (f->path, 3, "INSERT INTO units (id, name, name_key) VALUES (1, 'Sở Y tế', 'sở y tế'),"
                              " (2, 'Sở Tài chính', 'sở tài chính');"
                              "INSERT INTO notices (id, number) VALUES (1, '37/TB-UBND');"
                              "INSERT INTO directives (id, notice_id, text, lead_unit_id, deadline,"
                              " original_deadline, recurrence_anchors) VALUES (7, 1, 'Tiêm chủng', 1,"
                              " '2024-05-01', '2024-04-01', 20);"
                              "INSERT INTO directive_units (directive_id, unit_id) VALUES (7, 2);"
                              "INSERT INTO extensions (directive_id, new_deadline, reason)"
                              " VALUES (7, '2024-05-01', 'Chờ vắc-xin');"
                              "INSERT INTO reports (directive_id, text) VALUES (7, 'Đã tiêm 80%');"
                              "INSERT INTO directive_search (id, body) VALUES (7, 'tiem chung so y te');");

  store = model_test_open_store (f->path);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, DT_STORE_SCHEMA_VERSION);
  directive = dt_store_get_directive (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_directive_get_text (directive), ==, "Tiêm chủng");
  g_assert_cmpint (dt_directive_get_lead_unit_id (directive), ==, 1);
  g_assert_cmpuint (dt_directive_get_deadline (directive), ==, D (2024, 5, 1));
  g_assert_cmpuint (dt_directive_get_original_deadline (directive), ==, D (2024, 4, 1));
  g_assert_cmpuint (dt_directive_get_recurrence_anchors (directive), ==, 20);
  g_assert_cmpstr (dt_directive_get_addressee (directive), ==, "");
  coordinating = dt_directive_get_coordinating_unit_ids (directive, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (coordinating[0], ==, 2);
  extensions = dt_store_list_extensions (store, 7, NULL);
  g_assert_cmpuint (extensions->len, ==, 1);
  reports = dt_store_list_reports (store, 7, NULL);
  g_assert_cmpuint (reports->len, ==, 1);

  /* now a directive may address a collective, with no lead unit… */
  collective = dt_directive_new ();
  dt_directive_set_notice_id (collective, 1);
  dt_directive_set_text (collective, "Rà soát thủ tục hành chính");
  dt_directive_set_addressee (collective, "Các sở, ngành");
  g_assert_true (dt_store_save_directive (store, collective, &error));
  g_assert_no_error (error);
  g_clear_object (&collective);
  collective = dt_store_get_directive (store, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_directive_get_lead_unit_id (collective), ==, 0);
  g_assert_cmpstr (dt_directive_get_addressee (collective), ==, "Các sở, ngành");
  g_assert_cmpstr (dt_directive_get_lead_unit_name (collective), ==, "");

  /* …but one with neither is refused */
  orphan = dt_directive_new ();
  dt_directive_set_text (orphan, "Không ai chủ trì");
  g_assert_false (dt_store_save_directive (store, orphan, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* foreign keys are on again: deleting cascades */
  g_assert_true (dt_store_delete_directive (store, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_dt_store_query_int (store, "SELECT count(*) FROM reports", 0, -1), ==, 0);
  g_assert_cmpint (_dt_store_query_int (store, "SELECT count(*) FROM directive_units", 0, -1), ==, 0);
}

/* With no path given the database is the user's data folder's
 * directives/directives.db (where every version has kept it): what is
 * saved there is found by opening that file by its name. */
static void
test_default_path (Fixture       *f,
                   gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      const char *data_home = g_getenv ("DT_TEST_DATA_HOME");
      g_autofree char *file = g_build_filename (data_home, "directives", "directives.db", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(DtUnit) unit = dt_unit_new ("Sở Nội vụ");
      g_autoptr(DtUnit) found = NULL;
      DtStore *store;

      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      store = dt_store_open (NULL, &error);
      g_assert_no_error (error);
      g_assert_true (dt_store_save_unit (store, unit, &error));
      g_assert_no_error (error);
      g_assert_finalize_object (store);

      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
      store = dt_store_open (file, &error);
      g_assert_no_error (error);
      found = dt_store_find_unit (store, "Sở Nội vụ");
      g_assert_nonnull (found);
      g_assert_finalize_object (store);
      return;
    }
  g_setenv ("DT_TEST_DATA_HOME", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* On first run the default database's folder is made. */
static void
test_default_folder_created (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *data_home = g_build_filename (f->dir, "a", "b", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DtStore) store = NULL;
      g_autofree char *path = NULL;

      g_setenv ("XDG_DATA_HOME", g_getenv ("DT_TEST_DATA_HOME"), TRUE);
      path = dt_store_default_path ();
      g_assert_true (g_str_has_prefix (path, g_getenv ("DT_TEST_DATA_HOME")));
      store = dt_store_open (NULL, &error);
      g_assert_no_error (error);
      g_assert_true (dt_store_is_empty (store));
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      return;
    }
  g_setenv ("DT_TEST_DATA_HOME", data_home, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_test (data_home, G_FILE_TEST_IS_DIR));
}

static void
test_round_trip (Fixture       *f,
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
test_recurrence_anchors (Fixture       *f,
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
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  /* a newer Directives: our application id, a version we do not know */
  model_test_exec_sql (f->path, "CREATE TABLE future (x); PRAGMA user_version = 99;"
                                 "PRAGMA application_id = 1147761270;");
  before = read_bytes (f->path);

  store = dt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version of Directives"));

  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  const char *text = "Thông báo số 37/TB-UBND — this is a letter, not a database.\n";
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (int i = 0; i < 200; i++)
    g_string_append (long_text, text);
  g_assert_true (g_file_set_contents (f->path, long_text->str, long_text->len, NULL));
  before = read_bytes (f->path);

  store = dt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));

  /* another program's database is not taken over */
  {
    g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
    g_autoptr(GBytes) other_before = NULL;
    g_autoptr(GBytes) other_after = NULL;
    g_autoptr(DtStore) other_store = NULL;

    model_test_exec_sql (other, "CREATE TABLE contacts (name TEXT);");
    other_before = read_bytes (other);
    g_clear_error (&error);
    other_store = dt_store_open (other, &error);
    g_assert_null (other_store);
    g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT);
    other_after = read_bytes (other);
    g_assert_true (g_bytes_equal (other_before, other_after));
  }

  /* a short file too */
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (f->path, "abc", 3, NULL));
  store = dt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT);
  g_clear_pointer (&after, g_bytes_unref);
  after = read_bytes (f->path);
  g_assert_cmpuint (g_bytes_get_size (after), ==, 3);
}

static gboolean
sibling_exists (const char *path,
                const char *suffix)
{
  g_autofree char *sibling = g_strconcat (path, suffix, NULL);

  return g_file_test (sibling, G_FILE_TEST_EXISTS);
}

/* Another program's database whose user_version happens to be one we
 * know, with or without its own write-ahead log: refused before anything
 * is written, byte for byte as it was, and no file made beside it. */
static void
test_foreign_versioned (Fixture       *f,
                        gconstpointer  data)
{
  const char * const setups[] = {
    "CREATE TABLE contacts (name TEXT); PRAGMA user_version = 1;",
    "CREATE TABLE contacts (name TEXT); PRAGMA user_version = 2;",
    "PRAGMA user_version = 2;",
    "PRAGMA journal_mode = WAL; CREATE TABLE contacts (name TEXT); PRAGMA user_version = 2;",
    "CREATE TABLE contacts (name TEXT); PRAGMA user_version = 99;",
    "PRAGMA application_id = 42; PRAGMA user_version = 2;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (setups); i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.db", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GBytes) before = NULL;
      g_autoptr(GBytes) after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DtStore) store = NULL;

      g_test_message ("%s", setups[i]);
      model_test_exec_sql (path, setups[i]);
      g_assert_false (sibling_exists (path, "-wal"));
      before = read_bytes (path);

      store = dt_store_open (path, &error);
      g_assert_null (store);
      g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "not a Directives database"));

      after = read_bytes (path);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (sibling_exists (path, "-wal"));
      g_assert_false (sibling_exists (path, "-shm"));
      g_assert_false (sibling_exists (path, "-journal"));
    }
}

/* --database in a folder that does not exist: an error, nothing made. */
static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *parent = g_build_filename (f->dir, "typo", NULL);
  g_autofree char *path = g_build_filename (parent, "deeper", "directives.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;

  store = dt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (parent, G_FILE_TEST_EXISTS));
}

/* A database we may not write is refused, and no -wal or -shm file is
 * left beside it. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  g_assert_false (sibling_exists (f->path, "-wal"));
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  if (g_access (f->path, W_OK) == 0)
    {
      g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
      g_test_skip ("running with the right to write any file");
      return;
    }
  before = read_bytes (f->path);

  store = dt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "read-only"));
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (sibling_exists (f->path, "-wal"));
  g_assert_false (sibling_exists (f->path, "-shm"));
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Y tế");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_clear_object (&store);

  /* scribble over the schema page, keep the header */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 600);
  for (gsize i = 100; i < 600; i++)
    contents[i] = (char) (0xA5 ^ i);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  before = read_bytes (f->path);

  store = dt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Y tế");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint n = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &n);
  _dt_store_set_busy_timeout (store, 20);

  /* another program writing */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (dt_store_save_unit (store, unit, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_LOCKED);
  g_assert_cmpint (dt_unit_get_id (unit), ==, 0);
  g_assert_cmpuint (n, ==, 0);
  g_clear_error (&error);

  /* once it is done, writing works again */
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (dt_store_save_unit (store, unit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_sql_text_verbatim (Fixture       *f,
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
test_merge_units (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) old = model_test_add_unit (store, "Sở Nông nghiệp và PTNT");
  g_autoptr(DtUnit) target = model_test_add_unit (store, "Sở Nông nghiệp và Môi trường");
  g_autoptr(DtUnit) other = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(DtDirective) led = model_test_add_directive (store, 0, dt_unit_get_id (old), NULL, "Chống hạn", 0);
  g_autoptr(DtDirective) both = NULL;
  g_autoptr(DtDirective) loaded = NULL;
  g_autoptr(DtUnit) old_loaded = NULL;
  g_autoptr(DtUnit) target_loaded = NULL;
  g_autoptr(DtUnit) found = NULL;
  g_autoptr(GListModel) units = NULL;
  gint64 coordinating[2] = { dt_unit_get_id (old), dt_unit_get_id (target) };
  const gint64 *ids;
  guint n;

  dt_unit_add_alias (old, "Sở NN&PTNT");
  g_assert_true (dt_store_save_unit (store, old, &error));
  both = dt_directive_new ();
  dt_directive_set_lead_unit_id (both, dt_unit_get_id (other));
  dt_directive_set_text (both, "Bố trí vốn");
  dt_directive_set_coordinating_unit_ids (both, coordinating, 2);
  g_assert_true (dt_store_save_directive (store, both, &error));

  g_assert_true (dt_store_merge_units (store, dt_unit_get_id (old), dt_unit_get_id (target),
                                       &error));
  g_assert_no_error (error);

  /* the lead moves, with its name */
  loaded = dt_store_get_directive (store, dt_directive_get_id (led), &error);
  g_assert_cmpint (dt_directive_get_lead_unit_id (loaded), ==, dt_unit_get_id (target));
  g_assert_cmpstr (dt_directive_get_lead_unit_name (loaded), ==, "Sở Nông nghiệp và Môi trường");
  g_clear_object (&loaded);

  /* a coordinating unit moves without doubling */
  loaded = dt_store_get_directive (store, dt_directive_get_id (both), &error);
  ids = dt_directive_get_coordinating_unit_ids (loaded, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, dt_unit_get_id (target));

  /* the old row stays, merged; its names find the new unit */
  old_loaded = dt_store_get_unit (store, dt_unit_get_id (old), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_unit_get_merged_into (old_loaded), ==, dt_unit_get_id (target));
  target_loaded = dt_store_get_unit (store, dt_unit_get_id (target), &error);
  g_assert_true (g_strv_contains (dt_unit_get_aliases (target_loaded), "Sở Nông nghiệp và PTNT"));
  g_assert_true (g_strv_contains (dt_unit_get_aliases (target_loaded), "Sở NN&PTNT"));
  found = dt_store_find_unit (store, "sở nông nghiệp và ptnt");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (target));

  units = dt_store_list_units (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 2);

  /* a unit that still leads directives cannot be deleted */
  g_assert_false (dt_store_delete_unit (store, dt_unit_get_id (target), &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
}

static void
test_find_unit (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) unit = dt_unit_new ("Sở Nông nghiệp và Phát triển nông thôn");
  g_autoptr(DtUnit) culture = model_test_add_unit (store, "Sở Văn hoá, Thể thao và Du lịch");
  g_autoptr(DtUnit) found = NULL;
  g_autoptr(GError) error = NULL;

  dt_unit_add_alias (unit, "Sở Nông nghiệp và PTNT");
  dt_unit_add_alias (unit, "sở nông nghiệp và ptnt");  /* the same alias: ignored */
  g_assert_cmpuint (g_strv_length ((GStrv) dt_unit_get_aliases (unit)), ==, 1);
  g_assert_true (dt_store_save_unit (store, unit, &error));

  found = dt_store_find_unit (store, "SỞ NÔNG NGHIỆP VÀ PTNT");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (unit));
  g_clear_object (&found);

  found = dt_store_find_unit (store, "Sở  Văn hóa, Thể thao và Du lịch");
  g_assert_nonnull (found);
  g_assert_cmpint (dt_unit_get_id (found), ==, dt_unit_get_id (culture));
  g_clear_object (&found);

  found = dt_store_find_unit (store, "Sở Y tế");
  g_assert_null (found);
}

static void
test_delete_restore (Fixture       *f,
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

typedef struct
{
  guint n;
  guint changes;     /* of the last emission */
  guint n_ids;       /* directive rows it wrote */
} Changed;

static void
count_changed (DtStore    *store,
               guint       changes,
               GHashTable *directive_ids,
               Changed    *changed)
{
  changed->n++;
  changed->changes = changes;
  changed->n_ids = g_hash_table_size (directive_ids);
}

static void
test_changed_signal (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(GError) error = NULL;
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(DtUnit) unit = NULL;
  g_autoptr(DtDirective) invalid = dt_directive_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  Changed c = { 0 };

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &c);
  unit = model_test_add_unit (store, "Sở Y tế");
  g_assert_cmpuint (c.n, ==, 1);
  /* it says what the write changed: a unit, no directive */
  g_assert_cmpuint (c.changes, ==, DT_STORE_CHANGED_UNITS);
  g_assert_cmpuint (c.n_ids, ==, 0);

  /* a failed write: no signal, nothing kept */
  g_assert_false (dt_store_save_directive (store, invalid, &error));
  g_clear_error (&error);
  g_assert_cmpuint (c.n, ==, 1);

  /* a notice and its directives: one transaction, one signal; all or nothing */
  notice = dt_notice_new ();
  dt_notice_set_number (notice, "9/TB-UBND");
  for (int i = 0; i < 3; i++)
    {
      DtDirective *d = dt_directive_new ();
      dt_directive_set_lead_unit_id (d, dt_unit_get_id (unit));
      dt_directive_set_text (d, "Nhiệm vụ");
      g_ptr_array_add (directives, d);
    }
  g_ptr_array_add (directives, g_object_ref (invalid));
  g_assert_false (dt_store_save_notice_with_directives (store, notice, directives, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (dt_notice_get_id (notice), ==, 0);
  g_assert_true (dt_store_is_empty (store));
  g_assert_cmpuint (c.n, ==, 1);

  g_ptr_array_remove_index (directives, 3);
  g_assert_true (dt_store_save_notice_with_directives (store, notice, directives, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (c.n, ==, 2);
  g_assert_cmpuint (c.changes, ==, DT_STORE_CHANGED_NOTICES | DT_STORE_CHANGED_DIRECTIVES);
  g_assert_cmpuint (c.n_ids, ==, 3);
  g_assert_cmpuint (dt_store_count_notice_directives (store, dt_notice_get_id (notice), NULL), ==, 3);
  g_assert_cmpint (dt_directive_get_notice_id (directives->pdata[0]), ==, dt_notice_get_id (notice));

  /* deleting a notice takes its directives */
  g_assert_true (dt_store_delete_notice (store, dt_notice_get_id (notice), &error));
  g_assert_cmpuint (c.n, ==, 3);
  g_assert_cmpuint (c.changes, ==, DT_STORE_CHANGED_NOTICES | DT_STORE_CHANGED_DIRECTIVES);
  g_assert_cmpuint (c.n_ids, ==, 3);
  g_assert_true (dt_store_is_empty (store));
}

static void
test_notices (void)
{
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtNotice) a = model_test_add_notice (store, "37/TB-UBND", D (2024, 1, 31));
  g_autoptr(DtNotice) b = model_test_add_notice (store, "38/TB-UBND", D (2024, 2, 15));
  g_autoptr(DtNotice) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notices = dt_store_list_notices (store, NULL);
  g_autoptr(DtNotice) first = g_list_model_get_item (notices, 0);
  g_autofree char *display = dt_notice_dup_display_name (a);

  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 2);
  g_assert_cmpint (dt_notice_get_id (first), ==, dt_notice_get_id (b));
  /* as typed on the command line: spaces around, any case */
  found = dt_store_find_notice (store, " 37/tb-ubnd ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (dt_notice_get_id (found), ==, dt_notice_get_id (a));
  g_clear_object (&found);
  found = dt_store_find_notice (store, "39/TB-UBND", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  /* an empty number names no notice, not every unnumbered one */
  found = dt_store_find_notice (store, "  ", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  g_assert_cmpstr (display, ==, "37/TB-UBND dated 31/01/2024");
}

static DtDirective *
import_directive (const char   *text,
                  gint64        lead,
                  const gint64 *coordinators,
                  guint         n)
{
  DtDirective *d = dt_directive_new ();

  dt_directive_set_text (d, text);
  dt_directive_set_lead_unit_id (d, lead);
  dt_directive_set_coordinating_unit_ids (d, coordinators, n);
  dt_directive_set_deadline (d, D (2024, 3, 31));
  return d;
}

/* dt_store_save_import: new units named by placeholder, all in one
 * transaction; a failure anywhere leaves nothing; undo in one go */
static void
test_save_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = model_test_open_store (":memory:");
  g_autoptr(DtUnit) old = model_test_add_unit (store, "Sở Tài chính");
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(DtDirective) first = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtUnit) kept = NULL;
  gint64 a = dt_unit_get_id (old);
  gint64 coordinators[] = { a, -2 };
  gint64 unit_ids[2];
  const gint64 *ids;
  guint n, n_changed = 0;

  g_ptr_array_add (units, dt_unit_new ("Sở Xây dựng"));
  g_ptr_array_add (units, dt_unit_new ("Ban Quản lý dự án"));
  dt_notice_set_number (notice, "12/TB-UBND");
  g_ptr_array_add (directives, import_directive ("Lập quy hoạch vùng", -1, coordinators, 2));
  g_ptr_array_add (directives, import_directive ("Bố trí vốn", a, (gint64[]) { -1 }, 1));

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &n_changed);
  g_assert_true (dt_store_save_import (store, notice, units, directives, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (dt_notice_get_id (notice), >, 0);
  unit_ids[0] = dt_unit_get_id (g_ptr_array_index (units, 0));
  unit_ids[1] = dt_unit_get_id (g_ptr_array_index (units, 1));
  g_assert_cmpint (unit_ids[0], >, 0);
  g_assert_cmpint (unit_ids[1], >, 0);

  /* the placeholders became the new rows, in the objects and the store */
  g_assert_cmpint (dt_directive_get_lead_unit_id (g_ptr_array_index (directives, 0)), ==, unit_ids[0]);
  first = dt_store_get_directive (store, dt_directive_get_id (g_ptr_array_index (directives, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dt_directive_get_lead_unit_id (first), ==, unit_ids[0]);
  g_assert_cmpint (dt_directive_get_notice_id (first), ==, dt_notice_get_id (notice));
  g_assert_cmpuint (dt_directive_get_deadline (first), ==, D (2024, 3, 31));
  ids = dt_directive_get_coordinating_unit_ids (first, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, a);
  g_assert_cmpint (ids[1], ==, unit_ids[1]);
  /* searchable at once, by the new unit's name too */
  list = dt_directive_list_new (store);
  dt_directive_list_set_search (list, "xây dựng");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* a failure after the units and the notice were written: nothing stays */
  {
    g_autoptr(GPtrArray) more_units = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(DtNotice) other = dt_notice_new ();
    g_autoptr(GListModel) all_units = NULL;
    g_autoptr(GListModel) notices = NULL;

    g_ptr_array_add (more_units, dt_unit_new ("Sở Y tế"));
    g_ptr_array_add (more, import_directive ("Tiêm chủng", -1, NULL, 0));
    g_ptr_array_add (more, import_directive ("Không có đơn vị", 999999, NULL, 0));
    g_assert_false (dt_store_save_import (store, other, more_units, more, &error));
    g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (dt_notice_get_id (other), ==, 0);
    g_assert_cmpint (dt_unit_get_id (g_ptr_array_index (more_units, 0)), ==, 0);
    g_assert_cmpint (dt_directive_get_id (g_ptr_array_index (more, 0)), ==, 0);
    g_assert_null (dt_store_find_unit (store, "Sở Y tế"));
    all_units = dt_store_list_units (store, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (all_units), ==, 3);
    notices = dt_store_list_notices (store, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);

    /* a placeholder with no unit behind it is refused */
    g_ptr_array_remove_index (more, 1);
    g_ptr_array_add (more, import_directive ("Sai", -7, NULL, 0));
    g_assert_false (dt_store_save_import (store, other, more_units, more, &error));
    g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (dt_store_find_unit (store, "Sở Y tế"));
  }

  /* undo: the notice, its directives and its units; the older unit stays */
  n_changed = 0;
  g_assert_true (dt_store_delete_import (store, dt_notice_get_id (notice), unit_ids, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (dt_store_is_empty (store));
  g_assert_null (dt_store_get_unit (store, unit_ids[0], NULL));
  g_assert_null (dt_store_get_unit (store, unit_ids[1], NULL));
  kept = dt_store_find_unit (store, "Sở Tài chính");
  g_assert_nonnull (kept);
  dt_directive_list_set_search (list, "xây dựng");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

/* Another connection on the same file writes; told so, the first one's
 * lists show the rows and bring the ones they hold up to date */
static void
test_external_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = model_test_open_store (f->path);
  g_autoptr(DtStore) other = model_test_open_store (f->path);
  g_autoptr(DtUnit) unit = model_test_add_unit (store, "Sở Nội vụ");
  g_autoptr(DtDirective) mine = dt_directive_new ();
  g_autoptr(DtDirective) held = NULL;
  g_autoptr(DtDirective) theirs = NULL;
  g_autoptr(DtDirective) added = dt_directive_new ();
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  g_autoptr(DtDirectiveList) short_search = dt_directive_list_new (store);
  gint64 ids[2];

  dt_directive_set_text (mine, "Tuyển dụng công chức");
  dt_directive_set_lead_unit_id (mine, dt_unit_get_id (unit));
  g_assert_true (dt_store_save_directive (store, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  held = g_list_model_get_item (G_LIST_MODEL (list), 0);
  /* a search too short for the index, answered from texts kept in memory */
  dt_directive_list_set_search (short_search, "đà");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (short_search)), ==, 0);

  theirs = dt_store_get_directive (other, dt_directive_get_id (mine), &error);
  g_assert_no_error (error);
  dt_directive_set_text (theirs, "Tuyển dụng viên chức");
  g_assert_true (dt_store_save_directive (other, theirs, &error));
  dt_directive_set_text (added, "Đào tạo cán bộ");
  dt_directive_set_lead_unit_id (added, dt_unit_get_id (unit));
  g_assert_true (dt_store_save_directive (other, added, &error));
  g_assert_no_error (error);

  ids[0] = dt_directive_get_id (theirs);
  ids[1] = dt_directive_get_id (added);
  dt_store_notify_external_change (store, ids, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpstr (dt_directive_get_text (held), ==, "Tuyển dụng viên chức");
  /* the texts kept in memory follow too */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (short_search)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/read-errors", Fixture, NULL, fixture_set_up,
              test_read_errors, fixture_tear_down);
  g_test_add ("/store/save-soon", Fixture, NULL, fixture_set_up,
              test_save_soon, fixture_tear_down);
  g_test_add ("/store/default-path", Fixture, NULL, fixture_set_up,
              test_default_path, fixture_tear_down);
  g_test_add ("/store/migrate-empty-file", Fixture, NULL, fixture_set_up,
              test_migrate_empty_file, fixture_tear_down);
  g_test_add ("/store/migrate-from-v1", Fixture, NULL, fixture_set_up,
              test_migrate_from_v1, fixture_tear_down);
  g_test_add ("/store/migrate-from-v3", Fixture, NULL, fixture_set_up,
              test_migrate_from_v3, fixture_tear_down);
  g_test_add ("/store/round-trip", Fixture, NULL, fixture_set_up,
              test_round_trip, fixture_tear_down);
  g_test_add ("/store/recurrence-anchors", Fixture, NULL, fixture_set_up,
              test_recurrence_anchors, fixture_tear_down);
  g_test_add_func ("/store/directive-rules", test_directive_rules);
  g_test_add_func ("/store/extensions", test_extensions);
  g_test_add ("/store/newer-schema", Fixture, NULL, fixture_set_up,
              test_newer_schema, fixture_tear_down);
  g_test_add ("/store/not-a-database", Fixture, NULL, fixture_set_up,
              test_not_a_database, fixture_tear_down);
  g_test_add ("/store/foreign-versioned", Fixture, NULL, fixture_set_up,
              test_foreign_versioned, fixture_tear_down);
  g_test_add ("/store/default-folder-created", Fixture, NULL, fixture_set_up,
              test_default_folder_created, fixture_tear_down);
  g_test_add ("/store/missing-folder", Fixture, NULL, fixture_set_up,
              test_missing_folder, fixture_tear_down);
  g_test_add ("/store/read-only", Fixture, NULL, fixture_set_up,
              test_read_only, fixture_tear_down);
  g_test_add ("/store/damaged", Fixture, NULL, fixture_set_up,
              test_damaged, fixture_tear_down);
  g_test_add ("/store/locked", Fixture, NULL, fixture_set_up,
              test_locked, fixture_tear_down);
  g_test_add ("/store/sql-text-verbatim", Fixture, NULL, fixture_set_up,
              test_sql_text_verbatim, fixture_tear_down);
  g_test_add_func ("/store/merge-units", test_merge_units);
  g_test_add_func ("/store/find-unit", test_find_unit);
  g_test_add ("/store/delete-restore", Fixture, NULL, fixture_set_up,
              test_delete_restore, fixture_tear_down);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  g_test_add_func ("/store/notices", test_notices);
  g_test_add_func ("/store/save-import", test_save_import);
  g_test_add ("/store/external-change", Fixture, NULL, fixture_set_up,
              test_external_change, fixture_tear_down);

  return g_test_run ();
}
