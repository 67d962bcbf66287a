/* dt-store-open.c — opening the database file: checks, schema, migrations
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is written to a file until it is known to be ours; a newer
 * schema, a damaged or foreign file, a read-only one are refused and left
 * as they are; migrations run forward in one step each.
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-text.h"

#define BUSY_TIMEOUT_MS 5000

/* PRAGMA application_id: "Dirv" */
#define DT_STORE_APPLICATION_ID 0x44697276

/* Forward migrations: migrations[i] takes a database from version i to
 * i + 1.  Append only; never edit a step that has shipped. */
static const char * const migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE notices ("
  "  id INTEGER PRIMARY KEY,"
  "  kind INTEGER NOT NULL DEFAULT 0,"
  "  number TEXT NOT NULL DEFAULT '',"
  "  issue_date TEXT,"
  "  meeting_date TEXT,"
  "  issuing_body TEXT NOT NULL DEFAULT '',"
  "  signer TEXT NOT NULL DEFAULT '',"
  "  title TEXT NOT NULL DEFAULT '',"
  "  source_text TEXT NOT NULL DEFAULT '',"
  "  created INTEGER NOT NULL DEFAULT 0,"
  "  updated INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX notices_number ON notices (number);"
  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  short_name TEXT NOT NULL DEFAULT '',"
  "  name_key TEXT NOT NULL,"
  "  collate_key TEXT NOT NULL DEFAULT '',"
  "  merged_into INTEGER REFERENCES units (id) ON DELETE SET NULL);"
  "CREATE INDEX units_name_key ON units (name_key);"
  "CREATE TABLE unit_aliases ("
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  alias TEXT NOT NULL,"
  "  alias_key TEXT NOT NULL,"
  "  PRIMARY KEY (unit_id, alias_key));"
  "CREATE INDEX unit_aliases_key ON unit_aliases (alias_key);"
  "CREATE TABLE directives ("
  "  id INTEGER PRIMARY KEY,"
  "  notice_id INTEGER REFERENCES notices (id) ON DELETE CASCADE,"
  "  ordinal TEXT NOT NULL DEFAULT '',"
  "  ordinal_key TEXT NOT NULL DEFAULT '',"
  "  section TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL DEFAULT '',"
  "  text_key TEXT NOT NULL DEFAULT '',"
  "  lead_unit_id INTEGER NOT NULL REFERENCES units (id),"
  "  assigned_date TEXT,"
  "  deadline TEXT,"             /* current: the newest extension's, else original */
  "  original_deadline TEXT,"
  "  deadline_phrase TEXT NOT NULL DEFAULT '',"
  "  deadline_approximate INTEGER NOT NULL DEFAULT 0,"
  "  recurrence INTEGER NOT NULL DEFAULT 0,"
  "  recurrence_interval INTEGER NOT NULL DEFAULT 0,"
  "  completed_date TEXT,"
  "  cancelled INTEGER NOT NULL DEFAULT 0,"
  "  created INTEGER NOT NULL DEFAULT 0,"
  "  updated INTEGER NOT NULL DEFAULT 0,"
  "  revision INTEGER NOT NULL DEFAULT 0);"  /* bumped by every write that shows */
  "CREATE INDEX directives_deadline ON directives (deadline);"
  "CREATE INDEX directives_lead_unit ON directives (lead_unit_id, deadline);"
  "CREATE INDEX directives_notice ON directives (notice_id, ordinal_key);"
  "CREATE TABLE directive_units ("
  "  directive_id INTEGER NOT NULL REFERENCES directives (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (directive_id, unit_id));"
  "CREATE INDEX directive_units_unit ON directive_units (unit_id);"
  "CREATE TABLE extensions ("
  "  id INTEGER PRIMARY KEY,"
  "  directive_id INTEGER NOT NULL REFERENCES directives (id) ON DELETE CASCADE,"
  "  new_deadline TEXT NOT NULL,"
  "  granted_date TEXT,"
  "  reason TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX extensions_directive ON extensions (directive_id);"
  "CREATE TABLE reports ("
  "  id INTEGER PRIMARY KEY,"
  "  directive_id INTEGER NOT NULL REFERENCES directives (id) ON DELETE CASCADE,"
  "  date TEXT,"
  "  text TEXT NOT NULL DEFAULT '',"
  "  percent INTEGER NOT NULL DEFAULT -1);"
  "CREATE INDEX reports_directive ON reports (directive_id);"
  /* folded text of the directive, its lead unit and its notice, for search */
  "CREATE VIRTUAL TABLE directive_fts USING fts5 (body, tokenize = 'trigram');",

  /* 1 → 2: the folded search text in a plain table, indexed by an
   * external-content trigram index kept in step by triggers; indexes that
   * give the default order (no deadline last) and cover the status */
  "CREATE TABLE directive_search ("
  "  id INTEGER PRIMARY KEY,"
  "  body TEXT NOT NULL DEFAULT '');"
  "INSERT INTO directive_search (id, body) SELECT rowid, body FROM directive_fts;"
  "DROP TABLE directive_fts;"
  "CREATE VIRTUAL TABLE directive_fts USING fts5 (body, content = 'directive_search',"
  "  content_rowid = 'id', tokenize = 'trigram');"
  "CREATE TRIGGER directive_search_insert AFTER INSERT ON directive_search BEGIN"
  "  INSERT INTO directive_fts (rowid, body) VALUES (new.id, new.body);"
  " END;"
  "CREATE TRIGGER directive_search_delete AFTER DELETE ON directive_search BEGIN"
  "  INSERT INTO directive_fts (directive_fts, rowid, body) VALUES ('delete', old.id, old.body);"
  " END;"
  "CREATE TRIGGER directive_search_update AFTER UPDATE ON directive_search BEGIN"
  "  INSERT INTO directive_fts (directive_fts, rowid, body) VALUES ('delete', old.id, old.body);"
  "  INSERT INTO directive_fts (rowid, body) VALUES (new.id, new.body);"
  " END;"
  "INSERT INTO directive_fts (directive_fts) VALUES ('rebuild');"
  "CREATE INDEX directives_deadline_asc ON directives"
  "  ((deadline IS NULL), deadline, completed_date, cancelled);"
  "CREATE INDEX directives_deadline_desc ON directives"
  "  ((deadline IS NULL), deadline DESC, completed_date DESC, cancelled DESC, id DESC);",

  /* 2 → 3: the days a recurrence falls due on ("trước ngày 20 hằng tháng"),
   * packed as DtRecurrenceAnchors */
  "ALTER TABLE directives ADD COLUMN recurrence_anchors INTEGER NOT NULL DEFAULT 0;",

  /* 3 → 4: a directive addressed to a collective ("Các sở, ngành") keeps
   * whom it addressed and may have no lead unit.  SQLite cannot drop a NOT
   * NULL: the table is made again, its rows copied, its indexes remade
   * (foreign keys are off while migrating, so nothing cascades). */
  "CREATE TABLE directives_new ("
  "  id INTEGER PRIMARY KEY,"
  "  notice_id INTEGER REFERENCES notices (id) ON DELETE CASCADE,"
  "  ordinal TEXT NOT NULL DEFAULT '',"
  "  ordinal_key TEXT NOT NULL DEFAULT '',"
  "  section TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL DEFAULT '',"
  "  text_key TEXT NOT NULL DEFAULT '',"
  "  lead_unit_id INTEGER REFERENCES units (id),"
  "  assigned_date TEXT,"
  "  deadline TEXT,"
  "  original_deadline TEXT,"
  "  deadline_phrase TEXT NOT NULL DEFAULT '',"
  "  deadline_approximate INTEGER NOT NULL DEFAULT 0,"
  "  recurrence INTEGER NOT NULL DEFAULT 0,"
  "  recurrence_interval INTEGER NOT NULL DEFAULT 0,"
  "  completed_date TEXT,"
  "  cancelled INTEGER NOT NULL DEFAULT 0,"
  "  created INTEGER NOT NULL DEFAULT 0,"
  "  updated INTEGER NOT NULL DEFAULT 0,"
  "  revision INTEGER NOT NULL DEFAULT 0,"
  "  recurrence_anchors INTEGER NOT NULL DEFAULT 0,"
  "  addressee TEXT NOT NULL DEFAULT '');"
  "INSERT INTO directives_new (id, notice_id, ordinal, ordinal_key, section, text, text_key,"
  "  lead_unit_id, assigned_date, deadline, original_deadline, deadline_phrase,"
  "  deadline_approximate, recurrence, recurrence_interval, completed_date, cancelled,"
  "  created, updated, revision, recurrence_anchors)"
  " SELECT id, notice_id, ordinal, ordinal_key, section, text, text_key,"
  "  lead_unit_id, assigned_date, deadline, original_deadline, deadline_phrase,"
  "  deadline_approximate, recurrence, recurrence_interval, completed_date, cancelled,"
  "  created, updated, revision, recurrence_anchors FROM directives;"
  "DROP TABLE directives;"
  "ALTER TABLE directives_new RENAME TO directives;"
  "CREATE INDEX directives_deadline ON directives (deadline);"
  "CREATE INDEX directives_lead_unit ON directives (lead_unit_id, deadline);"
  "CREATE INDEX directives_notice ON directives (notice_id, ordinal_key);"
  "CREATE INDEX directives_deadline_asc ON directives"
  "  ((deadline IS NULL), deadline, completed_date, cancelled);"
  "CREATE INDEX directives_deadline_desc ON directives"
  "  ((deadline IS NULL), deadline DESC, completed_date DESC, cancelled DESC, id DESC);",

  /* 4 → 5: the status rule reads the recurrence (ongoing or no deadline)
   * and, against the original deadline, original_deadline: the index the
   * status counts scan covers them, so counting reads no table row */
  "DROP INDEX directives_deadline_asc;"
  "CREATE INDEX directives_deadline_asc ON directives"
  "  ((deadline IS NULL), deadline, completed_date, cancelled, recurrence, original_deadline);",

  /* 5 → 6: what the timeline reads of every directive when it is shown
   * (dt_directive_list_foreach_brief ()), so that it scans a few megabytes
   * of index instead of every directive's text */
  "CREATE INDEX directives_brief ON directives"
  "  (lead_unit_id, notice_id, deadline, assigned_date, original_deadline, completed_date,"
  "   cancelled, deadline_approximate, recurrence, recurrence_interval, ordinal, section);",

  /* 6 → 7: search finds a directive by its number in the notice too: the
   * search text starts with the ordinal (the triggers keep the trigram
   * index in step) */
  "UPDATE directive_search SET body = (SELECT dt_fold (d.ordinal || ' ' || d.text || ' '"
  "  || d.addressee || ' ' || coalesce (u.name, '') || ' ' || coalesce (u.short_name, '') || ' '"
  "  || coalesce (n.number, '') || ' ' || coalesce (n.title, ''))"
  " FROM directives d LEFT JOIN units u ON u.id = d.lead_unit_id"
  " LEFT JOIN notices n ON n.id = d.notice_id WHERE d.id = directive_search.id);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DT_STORE_SCHEMA_VERSION);

/* SQL function dt_fold(text): the folded form used by search. */
static void
sql_fold (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded = dt_text_fold (text);

  sqlite3_result_text (context, folded, -1, g_free);
}

/* Opening */

char *
dt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "directives", "directives.db", NULL);
}

static gboolean
newer_schema_error (DtStore  *self,
                    int       version,
                    GError  **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NEWER_SCHEMA,
               _("“%s” was written by a newer version of Directives (data format %d; "
                 "this version reads up to %d). It was left as it is: "
                 "update Directives to open it."),
               name, version, DT_STORE_SCHEMA_VERSION);
  return FALSE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file before SQLite touches it: its header must be a SQLite
 * header, its application id (bytes 68–71, big-endian) ours once it has a
 * user_version (bytes 60–63), and that not newer than ours.  An empty file
 * is a new database. */
static gboolean
check_header (DtStore   *self,
              gboolean  *in_wal_mode,
              GError   **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  gsize n_read = 0;
  guint32 version, application_id;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                   _("Could not open the database: %s"), local_error->message);
      return FALSE;
    }
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                   _("Could not open the database: %s"), local_error->message);
      return FALSE;
    }
  if (n_read == 0)
    return TRUE;
  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return _dt_store_set_error (self, SQLITE_NOTADB, error);
  *in_wal_mode = header[18] == 2 && header[19] == 2;

  version = read_be32 (header + 60);
  application_id = read_be32 (header + 68);
  /* the application id first: another program's numbers mean nothing */
  if (application_id != 0 && application_id != DT_STORE_APPLICATION_ID)
    return _dt_store_set_error (self, SQLITE_NOTADB, error);
  if (version > 0 && application_id != DT_STORE_APPLICATION_ID)
    return _dt_store_set_error (self, SQLITE_NOTADB, error);
  /* A file not yet ours is taken only when it is what SQLite leaves of a
   * new database (ours, when the first migration did not finish): one page,
   * no free pages, a known schema format.  Anything else is a damaged file
   * that the migration would change before failing. */
  if (application_id == 0)
    {
      guint page_size = ((guint) header[16] << 8) | header[17];
      guint32 free_trunk = read_be32 (header + 32);
      guint32 n_free = read_be32 (header + 36);
      guint32 schema_format = read_be32 (header + 44);
      GStatBuf st;

      if (page_size == 1)
        page_size = 65536;
      if (page_size < 512 || (page_size & (page_size - 1)) != 0
          || g_stat (self->path, &st) != 0 || st.st_size != (goffset) page_size
          || free_trunk != 0 || n_free != 0 || schema_format > 4)
        return _dt_store_set_error (self, SQLITE_CORRUPT, error);
    }
  if (version > DT_STORE_SCHEMA_VERSION)
    return newer_schema_error (self, (int) version, error);
  return TRUE;
}

static gboolean
migrate (DtStore  *self,
         int       from,
         int       to,
         GError  **error)
{
  /* PRAGMA takes no parameters; the numbers are our own constants */
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d;"
                                             "PRAGMA user_version = %d",
                                             DT_STORE_APPLICATION_ID, to);
  int rc = SQLITE_OK;

  if (from >= to)
    return TRUE;
  /* every step in one transaction: a step that fails leaves the file as
   * it was before the first, never half-way between two versions */
  if (!_dt_store_begin (self, error))
    return FALSE;
  for (int v = from; v < to && rc == SQLITE_OK; v++)
    rc = sqlite3_exec (self->db, migrations[v], NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, pragma, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return _dt_store_rollback (self);
    }
  return TRUE;
}

DtStore *
dt_store_open (const char  *path,
               GError     **error)
{
  return _dt_store_open_at_version (path, DT_STORE_SCHEMA_VERSION, error);
}

/* Whether the database on @db is ours or a new one: reads only.  Another
 * program's database, even one with a user_version we know, is refused:
 * every database we wrote has our application id. */
static gboolean
check_ours (DtStore  *self,
            sqlite3  *db,
            int      *out_version,
            GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int version, application_id, n_schema;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                               " (SELECT application_id FROM pragma_application_id),"
                               " count(*) FROM sqlite_schema", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rc = sqlite3_extended_errcode (db);
      sqlite3_finalize (stmt);
      /* the message is the probe's, not that of the store's own connection */
      return _dt_store_set_error (self, rc, error);
    }
  version = sqlite3_column_int (stmt, 0);
  application_id = sqlite3_column_int (stmt, 1);
  n_schema = sqlite3_column_int (stmt, 2);
  sqlite3_finalize (stmt);

  if (out_version != NULL)
    *out_version = version;
  if (version == 0 && n_schema == 0
      && (application_id == 0 || application_id == DT_STORE_APPLICATION_ID))
    return TRUE;  /* new, or created and never migrated */
  if (application_id != DT_STORE_APPLICATION_ID)
    return _dt_store_set_error (self, SQLITE_NOTADB, error);
  if (version > DT_STORE_SCHEMA_VERSION)
    return newer_schema_error (self, version, error);
  return TRUE;
}

/* Before the file is opened for writing, a read-only connection that
 * changes nothing tells whether it is ours: "immutable" when there is no
 * write-ahead log beside it, so that no journal is rolled back and no
 * -wal or -shm file is made next to another program's database. */
static gboolean
probe (DtStore  *self,
       gboolean  in_wal_mode,
       GError  **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *base_uri = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  gboolean ours;
  int version = 0;
  int rc;

  base_uri = g_filename_to_uri (self->path, NULL, &local_error);
  if (base_uri == NULL)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                   _("Could not open the database: %s"), local_error->message);
      return FALSE;
    }
  uri = g_strconcat (base_uri, g_file_test (wal, G_FILE_TEST_EXISTS) ? "?mode=ro"
                                                                     : "?mode=ro&immutable=1",
                     NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close (db);
      return _dt_store_set_error (self, rc, error);
    }
  sqlite3_extended_result_codes (db, 1);
  ours = check_ours (self, db, &version, error);
  /* Opening writes when it switches the file to WAL or migrates it: a
   * damaged file would be changed before the damage shows, so it is
   * checked whole first (this happens once per file and version). */
  if (ours && (!in_wal_mode || version < DT_STORE_SCHEMA_VERSION))
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        ours = _dt_store_set_error (self, SQLITE_CORRUPT, error);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return ours;
}

/* The folder of the default database is made on first use; a folder
 * named by the user must exist: a mistyped path is an error, not a new
 * tree of folders. */
static gboolean
check_folder (DtStore     *self,
              const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *default_path = dt_store_default_path ();

  if (g_str_equal (path, default_path))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist. Nothing was created."), display);
      return FALSE;
    }
  return TRUE;
}

/* A file we may not write would be left with -wal and -shm files beside
 * it: refused before SQLite opens it. */
static gboolean
check_writable (DtStore  *self,
                GError  **error)
{
  g_autofree char *name = NULL;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS) || g_access (self->path, W_OK) == 0)
    return TRUE;
  name = g_filename_display_basename (self->path);
  g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
               _("“%s” is read-only. Directives needs to write to its database; "
                 "it was left as it is."), name);
  return FALSE;
}

/* Tests open at an older version to test the migrations after it. */
DtStore *
_dt_store_open_at_version (const char  *path,
                           int          target_version,
                           GError     **error)
{
  g_autoptr(DtStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean memory;
  int version;
  int rc;

  if (path == NULL)
    path = default_path = dt_store_default_path ();

  self = g_object_new (DT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  memory = g_str_equal (path, ":memory:");

  /* Nothing is written until the file is known to be ours. */
  if (!memory)
    {
      gboolean in_wal_mode = FALSE;

      if (!check_folder (self, path, error)
          || !check_header (self, &in_wal_mode, error)
          || !check_writable (self, error))
        return NULL;
      if (g_file_test (path, G_FILE_TEST_EXISTS) && !probe (self, in_wal_mode, error))
        return NULL;
    }

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_create_function (self->db, "dt_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);

  /* Again on the connection that will write, before it writes: the file
   * may have changed since the probe (and the schema read fails on a
   * damaged first page). */
  if (!check_ours (self, self->db, NULL, error))
    return NULL;
  version = (int) _dt_store_query_int (self, "PRAGMA user_version", 0, 0);

  /* the migration first, in the rollback journal: if it fails, the file is
   * left as it was; the switch to WAL would already have changed it.
   * Foreign keys are off meanwhile: a migration that makes a table again
   * drops the old one, which must not cascade. */
  if (!migrate (self, version, MIN (target_version, DT_STORE_SCHEMA_VERSION), error))
    return NULL;
  rc = sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return NULL;
    }
  if (!memory)
    rc = sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
  /* in WAL mode NORMAL never corrupts; it may lose the last commit on power loss */
  if (rc == SQLITE_OK && !memory)
    rc = sqlite3_exec (self->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
  /* 16 MiB of pages (the default is 2): reading every directive of a large
   * list in its order, for the timeline, rereads pages otherwise */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "PRAGMA cache_size = -16384", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return NULL;
    }

  sqlite3_update_hook (self->db, _dt_store_on_update, self);

  return g_steal_pointer (&self);
}

void
_dt_store_set_busy_timeout (DtStore *self,
                            int      ms)
{
  sqlite3_busy_timeout (self->db, ms);
}
