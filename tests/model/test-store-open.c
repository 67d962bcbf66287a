/* test-store-open.c — the database file: where it is made, its schema and
 * migrations, and the files it refuses and leaves as they were
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
#include "dt-store.h"
#include "dt-store-private.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define DIR_TEST(path, func) \
  g_test_add (path, ModelTestDir, NULL, model_test_dir_set_up, func, model_test_dir_tear_down)

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

/* With no path given the database is the user's data folder's
 * directives/directives.db (where every version has kept it): what is
 * saved there is found by opening that file by its name. */
static void
test_default_path (ModelTestDir  *f,
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
test_default_folder_created (ModelTestDir  *f,
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
test_migrate_empty_file (ModelTestDir  *f,
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
test_migrate_from_v1 (ModelTestDir  *f,
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

/* Version 3 → 4 makes the directives table again (a directive addressed to
 * a collective has no lead unit): every row and what hangs on it survive,
 * and foreign keys hold afterwards. */
static void
test_migrate_from_v3 (ModelTestDir  *f,
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

/* A database made before search read the directives' numbers: opened,
 * a directive is found by its number. */
static void
test_migrate_search_ordinal (ModelTestDir  *f,
                             gconstpointer  data)
{
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtDirectiveList) list = NULL;

  make_old_store (f->path, 6, "INSERT INTO units (id, name, name_key) VALUES (1, 'Sở Y tế', 'sở y tế');"
                              "INSERT INTO notices (id, number) VALUES (1, '37/TB-UBND');"
                              "INSERT INTO directives (id, notice_id, ordinal, text, lead_unit_id)"
                              " VALUES (7, 1, 'I.3.1-12.', 'Tiêm chủng', 1),"
                              " (8, 1, 'I.4.', 'Phòng dịch', 1);"
                              "INSERT INTO directive_search (id, body) VALUES"
                              " (7, 'tiem chung so y te 37/tb-ubnd'), (8, 'phong dich so y te 37/tb-ubnd');");

  store = model_test_open_store (f->path);
  g_assert_cmpint (dt_store_get_schema_version (store), ==, DT_STORE_SCHEMA_VERSION);
  list = dt_directive_list_new (store);
  dt_directive_list_set_search (list, "I.3.1-12");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  dt_directive_list_set_search (list, "I.4");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  /* what was found before still is */
  dt_directive_list_set_search (list, "tiêm chủng");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  dt_directive_list_set_search (list, "37/TB");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

static void
test_newer_schema (ModelTestDir  *f,
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
test_not_a_database (ModelTestDir  *f,
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
test_foreign_versioned (ModelTestDir  *f,
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
test_missing_folder (ModelTestDir  *f,
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
test_read_only (ModelTestDir  *f,
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
test_damaged (ModelTestDir  *f,
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
test_locked (ModelTestDir  *f,
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  DIR_TEST ("/store/default-path", test_default_path);
  DIR_TEST ("/store/migrate-empty-file", test_migrate_empty_file);
  DIR_TEST ("/store/migrate-from-v1", test_migrate_from_v1);
  DIR_TEST ("/store/migrate-from-v3", test_migrate_from_v3);
  DIR_TEST ("/store/migrate-search-ordinal", test_migrate_search_ordinal);
  DIR_TEST ("/store/newer-schema", test_newer_schema);
  DIR_TEST ("/store/not-a-database", test_not_a_database);
  DIR_TEST ("/store/foreign-versioned", test_foreign_versioned);
  DIR_TEST ("/store/default-folder-created", test_default_folder_created);
  DIR_TEST ("/store/missing-folder", test_missing_folder);
  DIR_TEST ("/store/read-only", test_read_only);
  DIR_TEST ("/store/damaged", test_damaged);
  DIR_TEST ("/store/locked", test_locked);

  return g_test_run ();
}
