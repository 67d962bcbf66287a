/* test-store-changes.c — what the store tells: the "changed" signal, another
 * connection's writes, edits saved soon and reads that fail
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define DIR_TEST(path, func) \
  g_test_add (path, ModelTestDir, NULL, model_test_dir_set_up, func, model_test_dir_tear_down)

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
test_read_errors (ModelTestDir  *f,
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
test_save_soon (ModelTestDir  *f,
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

/* Another connection on the same file writes; told so, the first one's
 * lists show the rows and bring the ones they hold up to date */
static void
test_external_change (ModelTestDir  *f,
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

  DIR_TEST ("/store/read-errors", test_read_errors);
  DIR_TEST ("/store/save-soon", test_save_soon);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  DIR_TEST ("/store/external-change", test_external_change);

  return g_test_run ();
}
