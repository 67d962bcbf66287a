/* dt-store.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-status.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"
#include "dt-text.h"

struct _DtStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  GHashTable *changed_ids;  /* directive ids written by the current transaction */
  GHashTable *emitted_ids;  /* those of the commit whose "changed" is being emitted */
  GHashTable *search_changed; /* directive_search ids written by it */
  GHashTable *bodies;       /* id → folded search text, for short searches; lazy */
};

G_DEFINE_FINAL_TYPE (DtStore, dt_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (dt-store-error-quark, dt_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DT_STORE_SCHEMA_VERSION);

/* Error handling */

gboolean
_dt_store_set_error (DtStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *message = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *name = g_filename_display_basename (self->path);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_LOCKED,
                   _("“%s” is in use by another program. Close it and try again."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Directives database or is damaged. It was left as it is."),
                   name);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   _("The change was refused because it would break the data: %s"), message);
      break;
    default:
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                   _("Could not use the database “%s”: %s"), name, message);
    }
  return FALSE;
}

/* Statements */

sqlite3_stmt *
_dt_store_prepare (DtStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           DtDate        date)
{
  g_autofree char *iso = dt_date_to_iso (date);

  if (iso != NULL)
    sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_named_date (sqlite3_stmt *stmt,
                 const char   *name,
                 DtDate        date)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    bind_date (stmt, index, date);
}

void
_dt_store_bind_today (sqlite3_stmt *stmt)
{
  DtDate today = dt_date_today ();

  bind_named_date (stmt, ":today", today);
  bind_named_date (stmt, ":soon", today + DT_DUE_SOON_DAYS_DEFAULT);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text ? text : "";
}

static DtDate
column_date (sqlite3_stmt *stmt,
             int           index)
{
  return dt_date_from_iso ((const char *) sqlite3_column_text (stmt, index));
}

/* Runs a statement that returns no rows. */
static gboolean
run (DtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  dt_stmt_release (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _dt_store_set_error (self, rc, error);
  return TRUE;
}

/* Runs "SQL ?1" with one integer parameter. */
static gboolean
run_with_id (DtStore     *self,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  sqlite3_stmt *stmt = _dt_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return run (self, stmt, error);
}

static gint64
query_int (DtStore    *self,
           const char *sql,
           gint64      id,
           gint64      fallback)
{
  g_autoptr(sqlite3_stmt) stmt = _dt_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return fallback;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return sqlite3_column_int64 (stmt, 0);
  return fallback;
}

/* Transactions: every write is one BEGIN IMMEDIATE … COMMIT. */

/* Every row of "directives" inserted, updated or deleted (also by a
 * cascade) is noted, so that lists know which rows changed. */
static void
on_update (void          *data,
           int            op,
           const char    *database,
           const char    *table,
           sqlite3_int64  rowid)
{
  DtStore *self = data;
  GHashTable *set = NULL;

  if (g_str_equal (table, "directives"))
    set = self->changed_ids;
  else if (g_str_equal (table, "directive_search") && self->bodies != NULL)
    set = self->search_changed;
  if (set != NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = rowid;
      g_hash_table_add (set, key);
    }
}

/* Searches shorter than a trigram cannot use the index; scanning the
 * table's pages for them is slow, so the folded texts are kept in memory
 * (about 20 MB for 100 000 directives) once such a search is made, and
 * kept in step after each commit. */
void
_dt_store_ensure_search_texts (DtStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (self->bodies != NULL)
    return;
  stmt = _dt_store_prepare (self, "SELECT id, body FROM directive_search", NULL);
  if (stmt == NULL)
    return;
  self->bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 *key = g_new (gint64, 1);

      *key = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (self->bodies, key, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
}

static void
refresh_search_texts (DtStore *self)
{
  GHashTableIter iter;
  gpointer key;

  if (self->bodies == NULL)
    return;
  g_hash_table_iter_init (&iter, self->search_changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(sqlite3_stmt) stmt =
        _dt_store_prepare (self, "SELECT body FROM directive_search WHERE id = ?1", NULL);
      gint64 id = *(gint64 *) key;

      if (stmt == NULL)
        continue;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 *copy = g_new (gint64, 1);

          *copy = id;
          g_hash_table_insert (self->bodies, copy,
                               g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
        }
      else
        g_hash_table_remove (self->bodies, &id);
    }
  g_hash_table_remove_all (self->search_changed);
}

const char *
_dt_store_lookup_search_text (DtStore *self,
                              gint64   id)
{
  return self->bodies ? g_hash_table_lookup (self->bodies, &id) : NULL;
}


gboolean
_dt_store_directive_changed (DtStore *self,
                             gint64   id)
{
  return self->emitted_ids != NULL && g_hash_table_contains (self->emitted_ids, &id);
}

GHashTable *
_dt_store_get_changed_ids (DtStore *self)
{
  return self->emitted_ids;
}

static void
forget_written (DtStore *self)
{
  g_hash_table_remove_all (self->changed_ids);
  g_hash_table_remove_all (self->search_changed);
}

static gboolean
begin (DtStore  *self,
       GError  **error)
{
  sqlite3_stmt *stmt = _dt_store_prepare (self, "BEGIN IMMEDIATE", error);

  forget_written (self);
  return stmt != NULL && run (self, stmt, error);
}

static gboolean
commit (DtStore  *self,
        GError  **error)
{
  sqlite3_stmt *stmt = _dt_store_prepare (self, "COMMIT", error);
  g_autoptr(GHashTable) emitted = NULL;
  GHashTable *outer;

  if (stmt == NULL || !run (self, stmt, error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      forget_written (self);
      return FALSE;
    }
  refresh_search_texts (self);

  /* The ids written are handed to the handlers; a handler that writes in
   * turn starts a new set and does not disturb the others. */
  emitted = g_steal_pointer (&self->changed_ids);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  outer = self->emitted_ids;
  self->emitted_ids = emitted;
  g_signal_emit (self, signals[CHANGED], 0);
  self->emitted_ids = outer;
  forget_written (self);
  return TRUE;
}

static gboolean
rollback (DtStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  forget_written (self);
  return FALSE;
}

static gint64
now_unix (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

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

/* GObject */

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
dt_store_finalize (GObject *object)
{
  DtStore *self = (DtStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->changed_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_changed, g_hash_table_unref);
  g_clear_pointer (&self->bodies, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dt_store_parent_class)->finalize (object);
}

static void
dt_store_class_init (DtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dt_store_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dt_store_init (DtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            statement_free);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->search_changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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

/* Looks at the file before SQLite touches it: its header must be a SQLite
 * header, and its user_version (bytes 60–63, big-endian) not newer than
 * ours.  An empty file is a new database. */
static gboolean
check_header (DtStore  *self,
              GError  **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  gsize n_read = 0;
  guint32 version;

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

  version = ((guint32) header[60] << 24) | ((guint32) header[61] << 16)
            | ((guint32) header[62] << 8) | header[63];
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
  for (int v = from; v < to; v++)
    {
      /* PRAGMA takes no parameters; the numbers are our own constants */
      g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d;"
                                                 "PRAGMA user_version = %d",
                                                 DT_STORE_APPLICATION_ID, v + 1);
      int rc;

      if (!begin (self, error))
        return FALSE;
      rc = sqlite3_exec (self->db, migrations[v], NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db, pragma, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          _dt_store_set_error (self, rc, error);
          return rollback (self);
        }
      rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          _dt_store_set_error (self, rc, error);
          return rollback (self);
        }
    }
  return TRUE;
}

DtStore *
dt_store_open (const char  *path,
               GError     **error)
{
  return _dt_store_open_at_version (path, DT_STORE_SCHEMA_VERSION, error);
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

  if (!memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_FAILED,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
          return NULL;
        }
      if (!check_header (self, error))
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

  /* Read before writing anything: the version, and the schema (which
   * fails on a damaged first page). */
  {
    g_autoptr(sqlite3_stmt) stmt = _dt_store_prepare (self, "PRAGMA user_version", error);

    if (stmt == NULL)
      return NULL;
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        _dt_store_set_error (self, rc, error);
        return NULL;
      }
    version = sqlite3_column_int (stmt, 0);
  }
  if (version > DT_STORE_SCHEMA_VERSION)
    {
      newer_schema_error (self, version, error);
      return NULL;
    }
  {
    g_autoptr(sqlite3_stmt) stmt =
      _dt_store_prepare (self, "SELECT count(*), (SELECT application_id FROM"
                               " pragma_application_id) FROM sqlite_schema", error);
    int application_id;

    if (stmt == NULL)
      return NULL;
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        _dt_store_set_error (self, rc, error);
        return NULL;
      }
    /* another program's database: not ours to migrate */
    application_id = sqlite3_column_int (stmt, 1);
    if ((application_id != 0 && application_id != DT_STORE_APPLICATION_ID)
        || (version == 0 && sqlite3_column_int (stmt, 0) > 0))
      {
        _dt_store_set_error (self, SQLITE_NOTADB, error);
        return NULL;
      }
  }

  rc = sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK && !memory)
    rc = sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
  /* in WAL mode NORMAL never corrupts; it may lose the last commit on power loss */
  if (rc == SQLITE_OK && !memory)
    rc = sqlite3_exec (self->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _dt_store_set_error (self, rc, error);
      return NULL;
    }

  if (!migrate (self, version, MIN (target_version, DT_STORE_SCHEMA_VERSION), error))
    return NULL;
  sqlite3_update_hook (self->db, on_update, self);

  return g_steal_pointer (&self);
}

void
_dt_store_set_busy_timeout (DtStore *self,
                            int      ms)
{
  sqlite3_busy_timeout (self->db, ms);
}

const char *
dt_store_get_path (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  return self->path;
}

int
dt_store_get_schema_version (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), 0);
  return (int) query_int (self, "PRAGMA user_version", 0, 0);
}

gboolean
dt_store_is_empty (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), TRUE);
  return query_int (self,
                    "SELECT EXISTS (SELECT 1 FROM notices) OR EXISTS (SELECT 1 FROM directives)",
                    0, 0) == 0;
}

/* Search index and revisions of directives, kept in step inside the
 * write's transaction.  "WHERE" picks the directives by one id. */

#define FTS_BODY \
  "SELECT d.id, dt_fold (d.text || ' ' || coalesce (u.name, '') || ' '" \
  " || coalesce (u.short_name, '') || ' ' || coalesce (n.number, '') || ' '" \
  " || coalesce (n.title, ''))" \
  " FROM directives d LEFT JOIN units u ON u.id = d.lead_unit_id" \
  " LEFT JOIN notices n ON n.id = d.notice_id "

static gboolean
reindex_directive (DtStore  *self,
                   gint64    id,
                   GError  **error)
{
  return run_with_id (self, "DELETE FROM directive_search WHERE id = ?1", id, error)
         && run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.id = ?1", id, error);
}

static gboolean
reindex_notice (DtStore  *self,
                gint64    notice_id,
                GError  **error)
{
  return run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                            " (SELECT id FROM directives WHERE notice_id = ?1)", notice_id, error)
         && run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.notice_id = ?1", notice_id, error)
         && run_with_id (self, "UPDATE directives SET revision = revision + 1"
                               " WHERE notice_id = ?1", notice_id, error);
}

static gboolean
reindex_lead_unit (DtStore  *self,
                   gint64    unit_id,
                   GError  **error)
{
  return run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                            " (SELECT id FROM directives WHERE lead_unit_id = ?1)", unit_id, error)
         && run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.lead_unit_id = ?1", unit_id, error)
         && run_with_id (self, "UPDATE directives SET revision = revision + 1"
                               " WHERE lead_unit_id = ?1 OR id IN (SELECT directive_id"
                               " FROM directive_units WHERE unit_id = ?1)", unit_id, error);
}

/* The current deadline: the newest extension's, else the original. */
static gboolean
recompute_deadline (DtStore  *self,
                    gint64    directive_id,
                    GError  **error)
{
  return run_with_id (self,
                      "UPDATE directives SET revision = revision + 1, deadline = coalesce ("
                      " (SELECT new_deadline FROM extensions WHERE directive_id = ?1"
                      "  ORDER BY coalesce (granted_date, '') DESC, id DESC LIMIT 1),"
                      " original_deadline) WHERE id = ?1",
                      directive_id, error);
}

/* Notices */

static DtNotice *
notice_from_row (sqlite3_stmt *stmt)
{
  DtNotice *notice = dt_notice_new ();

  _dt_notice_set_id (notice, sqlite3_column_int64 (stmt, 0));
  dt_notice_set_kind (notice, sqlite3_column_int (stmt, 1));
  dt_notice_set_number (notice, column_text (stmt, 2));
  dt_notice_set_issue_date (notice, column_date (stmt, 3));
  dt_notice_set_meeting_date (notice, column_date (stmt, 4));
  dt_notice_set_issuing_body (notice, column_text (stmt, 5));
  dt_notice_set_signer (notice, column_text (stmt, 6));
  dt_notice_set_title (notice, column_text (stmt, 7));
  dt_notice_set_source_text (notice, column_text (stmt, 8));
  return notice;
}

#define NOTICE_COLUMNS \
  "id, kind, number, issue_date, meeting_date, issuing_body, signer, title, source_text"

static gboolean
save_notice_in_transaction (DtStore   *self,
                            DtNotice  *notice,
                            GError   **error)
{
  gint64 id = dt_notice_get_id (notice);
  sqlite3_stmt *stmt;

  if (id == 0)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO notices (kind, number, issue_date, meeting_date,"
                              " issuing_body, signer, title, source_text, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE notices SET kind = ?1, number = ?2, issue_date = ?3,"
                              " meeting_date = ?4, issuing_body = ?5, signer = ?6, title = ?7,"
                              " source_text = ?8, updated = ?9 WHERE id = ?10", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, dt_notice_get_kind (notice));
  bind_text (stmt, 2, dt_notice_get_number (notice));
  bind_date (stmt, 3, dt_notice_get_issue_date (notice));
  bind_date (stmt, 4, dt_notice_get_meeting_date (notice));
  bind_text (stmt, 5, dt_notice_get_issuing_body (notice));
  bind_text (stmt, 6, dt_notice_get_signer (notice));
  bind_text (stmt, 7, dt_notice_get_title (notice));
  bind_text (stmt, 8, dt_notice_get_source_text (notice));
  sqlite3_bind_int64 (stmt, 9, now_unix ());
  if (id != 0)
    sqlite3_bind_int64 (stmt, 10, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    {
      _dt_notice_set_id (notice, sqlite3_last_insert_rowid (self->db));
      return TRUE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The notice no longer exists."));
      return FALSE;
    }
  return reindex_notice (self, id, error);
}

gboolean
dt_store_save_notice (DtStore   *self,
                      DtNotice  *notice,
                      GError   **error)
{
  gint64 old_id;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_NOTICE (notice), FALSE);

  old_id = dt_notice_get_id (notice);
  if (!begin (self, error))
    return FALSE;
  if (!save_notice_in_transaction (self, notice, error))
    {
      _dt_notice_set_id (notice, old_id);
      return rollback (self);
    }
  if (!commit (self, error))
    {
      _dt_notice_set_id (notice, old_id);
      return FALSE;
    }
  return TRUE;
}

DtNotice *
dt_store_get_notice (DtStore  *self,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  stmt = _dt_store_prepare (self, "SELECT " NOTICE_COLUMNS " FROM notices WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return notice_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                 _("The notice no longer exists."));
  else
    _dt_store_set_error (self, rc, error);
  return NULL;
}

GListModel *
dt_store_list_notices (DtStore *self)
{
  GListStore *list = g_list_store_new (DT_TYPE_NOTICE);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), G_LIST_MODEL (list));

  stmt = _dt_store_prepare (self,
                            "SELECT " NOTICE_COLUMNS " FROM notices"
                            " ORDER BY coalesce (issue_date, meeting_date) DESC, id DESC", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(DtNotice) notice = notice_from_row (stmt);
      g_list_store_append (list, notice);
    }
  return G_LIST_MODEL (list);
}

guint
dt_store_count_notice_directives (DtStore *self,
                                  gint64   notice_id)
{
  g_return_val_if_fail (DT_IS_STORE (self), 0);
  return (guint) query_int (self, "SELECT count(*) FROM directives WHERE notice_id = ?1",
                            notice_id, 0);
}

gboolean
dt_store_delete_notice (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (!begin (self, error))
    return FALSE;
  if (!run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                          " (SELECT id FROM directives WHERE notice_id = ?1)", id, error)
      || !run_with_id (self, "DELETE FROM notices WHERE id = ?1", id, error))
    return rollback (self);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The notice no longer exists."));
      return rollback (self);
    }
  return commit (self, error);
}

DtNotice *
dt_store_find_notice_by_number (DtStore    *self,
                                const char *number,
                                DtDate      issue_date)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  stripped = g_strstrip (g_strdup (number));
  stmt = _dt_store_prepare (self,
                            "SELECT " NOTICE_COLUMNS " FROM notices WHERE number = ?1"
                            " AND (?2 IS NULL OR issue_date = ?2) ORDER BY id DESC LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, stripped);
  bind_date (stmt, 2, issue_date);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return notice_from_row (stmt);
  return NULL;
}

/* Units */

static gboolean
save_aliases (DtStore  *self,
              gint64    unit_id,
              DtUnit   *unit,
              GError  **error)
{
  const char * const *aliases = dt_unit_get_aliases (unit);

  if (!run_with_id (self, "DELETE FROM unit_aliases WHERE unit_id = ?1", unit_id, error))
    return FALSE;
  for (guint i = 0; aliases && aliases[i]; i++)
    {
      g_autofree char *key = dt_text_normalize_name (aliases[i]);
      sqlite3_stmt *stmt;

      if (*key == '\0')
        continue;
      stmt = _dt_store_prepare (self,
                                "INSERT OR IGNORE INTO unit_aliases (unit_id, alias, alias_key)"
                                " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, unit_id);
      bind_text (stmt, 2, aliases[i]);
      bind_text (stmt, 3, key);
      if (!run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
dt_store_save_unit (DtStore  *self,
                    DtUnit   *unit,
                    GError  **error)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  g_autofree char *collate = NULL;
  gint64 id;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_UNIT (unit), FALSE);

  name = g_strstrip (g_strdup (dt_unit_get_name (unit)));
  if (*name == '\0')
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID, _("A unit needs a name."));
      return FALSE;
    }
  key = dt_text_normalize_name (name);
  collate = dt_text_collate_key (name);
  id = dt_unit_get_id (unit);

  if (!begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO units (name, short_name, name_key, collate_key)"
                              " VALUES (?1, ?2, ?3, ?4)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE units SET name = ?1, short_name = ?2, name_key = ?3,"
                              " collate_key = ?4 WHERE id = ?5", error);
  if (stmt == NULL)
    return rollback (self);
  bind_text (stmt, 1, dt_unit_get_name (unit));
  bind_text (stmt, 2, dt_unit_get_short_name (unit));
  bind_text (stmt, 3, key);
  bind_text (stmt, 4, collate);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);
  if (!run (self, stmt, error))
    return rollback (self);

  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The unit no longer exists."));
      return rollback (self);
    }
  else if (!reindex_lead_unit (self, id, error))
    return rollback (self);

  if (!save_aliases (self, id, unit, error))
    return rollback (self);
  if (!commit (self, error))
    return FALSE;

  _dt_unit_set_id (unit, id);
  return TRUE;
}

static void
load_aliases (DtStore *self,
              DtUnit  *unit)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) aliases = NULL;

  stmt = _dt_store_prepare (self, "SELECT alias FROM unit_aliases WHERE unit_id = ?1"
                                  " ORDER BY rowid", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, dt_unit_get_id (unit));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, column_text (stmt, 0));
  aliases = g_strv_builder_end (builder);
  dt_unit_set_aliases (unit, (const char * const *) aliases);
}

static DtUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  DtUnit *unit = dt_unit_new (column_text (stmt, 1));

  _dt_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
  dt_unit_set_short_name (unit, column_text (stmt, 2));
  _dt_unit_set_merged_into (unit, sqlite3_column_int64 (stmt, 3));
  return unit;
}

DtUnit *
dt_store_get_unit (DtStore  *self,
                   gint64    id,
                   GError  **error)
{
  DtUnit *unit = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  {
    g_autoptr(sqlite3_stmt) stmt =
      _dt_store_prepare (self, "SELECT id, name, short_name, merged_into FROM units"
                               " WHERE id = ?1", error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      unit = unit_from_row (stmt);
    else if (rc == SQLITE_DONE)
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The unit no longer exists."));
    else
      _dt_store_set_error (self, rc, error);
  }
  if (unit != NULL)
    load_aliases (self, unit);
  return unit;
}

GListModel *
dt_store_list_units (DtStore *self)
{
  GListStore *list = g_list_store_new (DT_TYPE_UNIT);

  g_return_val_if_fail (DT_IS_STORE (self), G_LIST_MODEL (list));

  {
    g_autoptr(sqlite3_stmt) stmt =
      _dt_store_prepare (self, "SELECT id, name, short_name, merged_into FROM units"
                               " WHERE merged_into IS NULL ORDER BY collate_key, id", NULL);
    while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autoptr(DtUnit) unit = unit_from_row (stmt);
        g_list_store_append (list, unit);
      }
  }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (G_LIST_MODEL (list), i);
      load_aliases (self, unit);
    }
  return G_LIST_MODEL (list);
}

DtUnit *
dt_store_find_unit (DtStore    *self,
                    const char *name)
{
  g_autofree char *key = NULL;
  gint64 id = 0;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  if (name == NULL)
    return NULL;

  key = dt_text_normalize_name (name);
  if (*key == '\0')
    return NULL;

  {
    g_autoptr(sqlite3_stmt) stmt =
      _dt_store_prepare (self,
                         "SELECT id, merged_into FROM ("
                         " SELECT id, merged_into, 0 AS pref FROM units WHERE name_key = ?1"
                         " UNION ALL"
                         " SELECT u.id, u.merged_into, 1 FROM unit_aliases a"
                         "  JOIN units u ON u.id = a.unit_id WHERE a.alias_key = ?1)"
                         " ORDER BY merged_into IS NOT NULL, pref, id LIMIT 1", NULL);
    if (stmt == NULL)
      return NULL;
    bind_text (stmt, 1, key);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      id = sqlite3_column_int64 (stmt, 0);
  }

  /* a merged unit stands for the one it was merged into */
  for (guint hops = 0; id != 0 && hops < 32; hops++)
    {
      gint64 into = query_int (self, "SELECT merged_into FROM units WHERE id = ?1", id, 0);
      if (into == 0)
        break;
      id = into;
    }
  return id != 0 ? dt_store_get_unit (self, id, NULL) : NULL;
}

gboolean
dt_store_merge_units (DtStore  *self,
                      gint64    from_id,
                      gint64    into_id,
                      GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (from_id == into_id || from_id <= 0 || into_id <= 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   _("A unit cannot be merged into itself."));
      return FALSE;
    }
  if (query_int (self, "SELECT count(*) FROM units WHERE id = ?1 AND merged_into IS NULL",
                 from_id, 0) == 0
      || query_int (self, "SELECT count(*) FROM units WHERE id = ?1 AND merged_into IS NULL",
                    into_id, 0) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The unit no longer exists or was already merged."));
      return FALSE;
    }

  if (!begin (self, error))
    return FALSE;

  {
    sqlite3_stmt *stmt;
    static const char * const steps[] = {
      /* directives it coordinates change too: their names show */
      "UPDATE directives SET revision = revision + 1 WHERE lead_unit_id = ?1"
      " OR id IN (SELECT directive_id FROM directive_units WHERE unit_id = ?1)",
      "UPDATE directives SET lead_unit_id = ?2 WHERE lead_unit_id = ?1",
      "UPDATE OR IGNORE directive_units SET unit_id = ?2 WHERE unit_id = ?1",
      "DELETE FROM directive_units WHERE unit_id = ?1",
      "DELETE FROM directive_units WHERE unit_id = ?2"
      " AND directive_id IN (SELECT id FROM directives WHERE lead_unit_id = ?2)",
      /* the old name and its aliases find the new unit */
      "INSERT OR IGNORE INTO unit_aliases (unit_id, alias, alias_key)"
      " SELECT ?2, name, name_key FROM units WHERE id = ?1"
      " AND name_key <> (SELECT name_key FROM units WHERE id = ?2)",
      "INSERT OR IGNORE INTO unit_aliases (unit_id, alias, alias_key)"
      " SELECT ?2, alias, alias_key FROM unit_aliases WHERE unit_id = ?1"
      " AND alias_key <> (SELECT name_key FROM units WHERE id = ?2)",
      "UPDATE units SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1",
    };

    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        stmt = _dt_store_prepare (self, steps[i], error);
        if (stmt == NULL)
          return rollback (self);
        sqlite3_bind_int64 (stmt, 1, from_id);
        sqlite3_bind_int64 (stmt, 2, into_id);
        if (!run (self, stmt, error))
          return rollback (self);
      }
  }
  if (!reindex_lead_unit (self, into_id, error))
    return rollback (self);
  return commit (self, error);
}

gboolean
dt_store_delete_unit (DtStore  *self,
                      gint64    id,
                      GError  **error)
{
  gint64 n;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  n = query_int (self, "SELECT count(*) FROM directives WHERE lead_unit_id = ?1", id, 0);
  if (n > 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The unit leads %d directive: merge it into another unit instead.",
                                "The unit leads %d directives: merge it into another unit instead.",
                                (gulong) n),
                   (int) n);
      return FALSE;
    }

  if (!begin (self, error))
    return FALSE;
  if (!run_with_id (self, "UPDATE directives SET revision = revision + 1 WHERE id IN"
                          " (SELECT directive_id FROM directive_units WHERE unit_id = ?1)",
                    id, error)
      || !run_with_id (self, "DELETE FROM units WHERE id = ?1", id, error))
    return rollback (self);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The unit no longer exists."));
      return rollback (self);
    }
  return commit (self, error);
}

/* Directives */

#define DIRECTIVE_COLUMNS \
  "d.id, d.notice_id, coalesce (n.number, ''), d.ordinal, d.section, d.text," \
  " d.lead_unit_id, coalesce (u.name, ''), d.assigned_date, d.deadline," \
  " d.original_deadline, d.deadline_phrase, d.deadline_approximate, d.recurrence," \
  " d.recurrence_interval, d.completed_date, d.cancelled, d.created, d.updated"

static void
load_coordinating_units (DtStore     *self,
                         DtDirective *directive)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  stmt = _dt_store_prepare (self,
                            "SELECT du.unit_id, u.name FROM directive_units du"
                            " JOIN units u ON u.id = du.unit_id WHERE du.directive_id = ?1"
                            " ORDER BY du.position, du.rowid", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, dt_directive_get_id (directive));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_strv_builder_add (builder, column_text (stmt, 1));
    }
  names = g_strv_builder_end (builder);
  _dt_directive_set_coordinating_units (directive, (const gint64 *) (gpointer) ids->data,
                                        (const char * const *) names, ids->len);
}

/* Copies the stored row into an existing object (notifying what changed). */
static gboolean
fill_directive (DtStore     *self,
                DtDirective *directive,
                gint64       id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dt_store_prepare (self,
                            "SELECT " DIRECTIVE_COLUMNS " FROM directives d"
                            " LEFT JOIN notices n ON n.id = d.notice_id"
                            " LEFT JOIN units u ON u.id = d.lead_unit_id WHERE d.id = ?1",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (directive));
  _dt_directive_set_id (directive, sqlite3_column_int64 (stmt, 0));
  dt_directive_set_notice_id (directive, sqlite3_column_int64 (stmt, 1));
  _dt_directive_set_notice_label (directive, column_text (stmt, 2));
  dt_directive_set_ordinal (directive, column_text (stmt, 3));
  dt_directive_set_section (directive, column_text (stmt, 4));
  dt_directive_set_text (directive, column_text (stmt, 5));
  dt_directive_set_lead_unit_id (directive, sqlite3_column_int64 (stmt, 6));
  _dt_directive_set_lead_unit_name (directive, column_text (stmt, 7));
  dt_directive_set_assigned_date (directive, column_date (stmt, 8));
  dt_directive_set_deadline (directive, column_date (stmt, 10));
  _dt_directive_set_current_deadline (directive, column_date (stmt, 9));
  dt_directive_set_deadline_phrase (directive, column_text (stmt, 11));
  dt_directive_set_deadline_approximate (directive, sqlite3_column_int (stmt, 12));
  dt_directive_set_recurrence (directive, sqlite3_column_int (stmt, 13),
                               sqlite3_column_int (stmt, 14));
  dt_directive_set_completed_date (directive, column_date (stmt, 15));
  dt_directive_set_cancelled (directive, sqlite3_column_int (stmt, 16));
  _dt_directive_set_times (directive, sqlite3_column_int64 (stmt, 17),
                           sqlite3_column_int64 (stmt, 18));
  dt_stmt_release (stmt);
  load_coordinating_units (self, directive);
  g_object_thaw_notify (G_OBJECT (directive));
  return TRUE;
}

DtDirective *
_dt_store_load_directive (DtStore *self,
                          gint64   id)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();

  if (!fill_directive (self, directive, id))
    return NULL;
  return g_steal_pointer (&directive);
}

DtDirective *
dt_store_get_directive (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  DtDirective *directive;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  directive = _dt_store_load_directive (self, id);
  if (directive == NULL)
    g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                 _("The directive no longer exists."));
  return directive;
}

/* "3.10" → "000003.000010": ordinals sort as versions. */
static char *
ordinal_key (const char *ordinal)
{
  GString *key = g_string_new (NULL);
  const char *p = ordinal;

  while (*p)
    {
      if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          while (g_ascii_isdigit (*p))
            p++;
          if (p - start < 6)
            g_string_append_printf (key, "%0*d", (int) (6 - (p - start)), 0);
          g_string_append_len (key, start, p - start);
        }
      else
        {
          g_string_append_c (key, g_ascii_tolower (*p));
          p++;
        }
    }
  return g_string_free (key, FALSE);
}

/* Inserts (id == 0, or restore) or updates one directive, with its
 * coordinating units and search text, inside the caller's transaction. */
static gboolean
write_directive (DtStore      *self,
                 DtDirective  *directive,
                 gboolean      restore,
                 gint64       *out_id,
                 GError      **error)
{
  gint64 id = dt_directive_get_id (directive);
  gint64 notice_id = dt_directive_get_notice_id (directive);
  DtDate assigned = dt_directive_get_assigned_date (directive);
  g_autofree char *okey = ordinal_key (dt_directive_get_ordinal (directive));
  g_autofree char *prefix = g_utf8_substring (dt_directive_get_text (directive), 0, 80);
  g_autofree char *tkey = dt_text_collate_key (prefix);
  const gint64 *coordinating;
  guint n_coordinating;
  gint64 now = now_unix ();
  gboolean insert = id == 0 || restore;
  sqlite3_stmt *stmt;

  if (dt_directive_get_lead_unit_id (directive) <= 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   _("A directive needs exactly one lead unit."));
      return FALSE;
    }

  /* assigned on the notice's date unless said otherwise */
  if (assigned == DT_DATE_NONE && notice_id > 0)
    {
      g_autoptr(sqlite3_stmt) q =
        _dt_store_prepare (self, "SELECT coalesce (issue_date, meeting_date) FROM notices"
                                 " WHERE id = ?1", error);
      if (q == NULL)
        return FALSE;
      sqlite3_bind_int64 (q, 1, notice_id);
      if (sqlite3_step (q) == SQLITE_ROW)
        assigned = column_date (q, 0);
    }

  if (insert)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO directives (notice_id, ordinal, ordinal_key, section,"
                              " text, text_key, lead_unit_id, assigned_date, original_deadline,"
                              " deadline_phrase, deadline_approximate, recurrence,"
                              " recurrence_interval, completed_date, cancelled, created,"
                              " updated, id, deadline)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                              " ?13, ?14, ?15, ?16, ?17, ?18, ?9)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE directives SET notice_id = ?1, ordinal = ?2,"
                              " ordinal_key = ?3, section = ?4, text = ?5, text_key = ?6,"
                              " lead_unit_id = ?7, assigned_date = ?8, original_deadline = ?9,"
                              " deadline_phrase = ?10, deadline_approximate = ?11,"
                              " recurrence = ?12, recurrence_interval = ?13,"
                              " completed_date = ?14, cancelled = ?15, updated = ?17,"
                              " revision = revision + 1 WHERE id = ?18",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_id (stmt, 1, notice_id);
  bind_text (stmt, 2, dt_directive_get_ordinal (directive));
  bind_text (stmt, 3, okey);
  bind_text (stmt, 4, dt_directive_get_section (directive));
  bind_text (stmt, 5, dt_directive_get_text (directive));
  bind_text (stmt, 6, tkey);
  sqlite3_bind_int64 (stmt, 7, dt_directive_get_lead_unit_id (directive));
  bind_date (stmt, 8, assigned);
  bind_date (stmt, 9, dt_directive_get_original_deadline (directive));
  bind_text (stmt, 10, dt_directive_get_deadline_phrase (directive));
  sqlite3_bind_int (stmt, 11, dt_directive_get_deadline_approximate (directive));
  sqlite3_bind_int (stmt, 12, dt_directive_get_recurrence (directive));
  sqlite3_bind_int (stmt, 13, dt_directive_get_recurrence_interval (directive));
  bind_date (stmt, 14, dt_directive_get_completed_date (directive));
  sqlite3_bind_int (stmt, 15, dt_directive_get_cancelled (directive));
  if (restore && dt_directive_get_created (directive) > 0)
    {
      sqlite3_bind_int64 (stmt, 16, dt_directive_get_created (directive));
      sqlite3_bind_int64 (stmt, 17, dt_directive_get_updated (directive));
    }
  else
    {
      sqlite3_bind_int64 (stmt, 16, now);
      sqlite3_bind_int64 (stmt, 17, now);
    }
  bind_id (stmt, 18, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The directive no longer exists."));
      return FALSE;
    }

  if (!insert
      && !run_with_id (self, "DELETE FROM directive_units WHERE directive_id = ?1", id, error))
    return FALSE;
  coordinating = dt_directive_get_coordinating_unit_ids (directive, &n_coordinating);
  for (guint i = 0; i < n_coordinating; i++)
    {
      if (coordinating[i] == dt_directive_get_lead_unit_id (directive))
        continue;
      stmt = _dt_store_prepare (self,
                                "INSERT OR IGNORE INTO directive_units"
                                " (directive_id, unit_id, position) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, coordinating[i]);
      sqlite3_bind_int (stmt, 3, i);
      if (!run (self, stmt, error))
        return FALSE;
    }

  if (!recompute_deadline (self, id, error) || !reindex_directive (self, id, error))
    return FALSE;

  *out_id = id;
  return TRUE;
}

gboolean
dt_store_save_directive (DtStore      *self,
                         DtDirective  *directive,
                         GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_DIRECTIVE (directive), FALSE);

  if (!begin (self, error))
    return FALSE;
  if (!write_directive (self, directive, FALSE, &id, error))
    return rollback (self);
  if (!commit (self, error))
    return FALSE;
  fill_directive (self, directive, id);
  return TRUE;
}

gboolean
dt_store_delete_directive (DtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (!begin (self, error))
    return FALSE;
  if (!run_with_id (self, "DELETE FROM directive_search WHERE id = ?1", id, error)
      || !run_with_id (self, "DELETE FROM directives WHERE id = ?1", id, error))
    return rollback (self);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The directive no longer exists."));
      return rollback (self);
    }
  return commit (self, error);
}

static gboolean
insert_extension (DtStore      *self,
                  DtExtension  *extension,
                  gint64        directive_id,
                  gboolean      keep_id,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (dt_extension_get_new_deadline (extension) == DT_DATE_NONE)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   _("An extension needs a new deadline."));
      return FALSE;
    }
  stmt = _dt_store_prepare (self,
                            "INSERT INTO extensions (id, directive_id, new_deadline,"
                            " granted_date, reason) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  bind_id (stmt, 1, keep_id ? dt_extension_get_id (extension) : 0);
  sqlite3_bind_int64 (stmt, 2, directive_id);
  bind_date (stmt, 3, dt_extension_get_new_deadline (extension));
  bind_date (stmt, 4, dt_extension_get_granted_date (extension));
  bind_text (stmt, 5, dt_extension_get_reason (extension));
  if (!run (self, stmt, error))
    return FALSE;
  _dt_extension_set_id (extension, sqlite3_last_insert_rowid (self->db));
  _dt_extension_set_directive_id (extension, directive_id);
  return TRUE;
}

static gboolean
write_report (DtStore           *self,
              DtProgressReport  *report,
              gint64             directive_id,
              gboolean           restore,
              GError           **error)
{
  gint64 id = dt_progress_report_get_id (report);
  gboolean insert = id == 0 || restore;
  sqlite3_stmt *stmt;

  if (insert)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO reports (directive_id, date, text, percent, id)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE reports SET directive_id = ?1, date = ?2, text = ?3,"
                              " percent = ?4 WHERE id = ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, directive_id);
  bind_date (stmt, 2, dt_progress_report_get_date (report));
  bind_text (stmt, 3, dt_progress_report_get_text (report));
  sqlite3_bind_int (stmt, 4, dt_progress_report_get_percent (report));
  bind_id (stmt, 5, id);
  if (!run (self, stmt, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The progress report no longer exists."));
      return FALSE;
    }
  _dt_progress_report_set_id (report, id);
  _dt_progress_report_set_directive_id (report, directive_id);
  return run_with_id (self, "UPDATE directives SET revision = revision + 1 WHERE id = ?1",
                      directive_id, error);
}

gboolean
dt_store_restore_directive (DtStore      *self,
                            DtDirective  *directive,
                            GPtrArray    *extensions,
                            GPtrArray    *reports,
                            GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_DIRECTIVE (directive), FALSE);

  if (!begin (self, error))
    return FALSE;
  if (!write_directive (self, directive, TRUE, &id, error))
    return rollback (self);
  for (guint i = 0; extensions && i < extensions->len; i++)
    if (!insert_extension (self, g_ptr_array_index (extensions, i), id, TRUE, error))
      return rollback (self);
  for (guint i = 0; reports && i < reports->len; i++)
    if (!write_report (self, g_ptr_array_index (reports, i), id, TRUE, error))
      return rollback (self);
  if (!recompute_deadline (self, id, error))
    return rollback (self);
  if (!commit (self, error))
    return FALSE;
  fill_directive (self, directive, id);
  return TRUE;
}

gboolean
dt_store_save_notice_with_directives (DtStore    *self,
                                      DtNotice   *notice,
                                      GPtrArray  *directives,
                                      GError    **error)
{
  gint64 old_notice_id;
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_NOTICE (notice), FALSE);

  old_notice_id = dt_notice_get_id (notice);
  if (!begin (self, error))
    return FALSE;
  if (!save_notice_in_transaction (self, notice, error))
    goto failed;
  for (guint i = 0; directives && i < directives->len; i++)
    {
      DtDirective *directive = g_ptr_array_index (directives, i);
      gint64 id = 0;

      dt_directive_set_notice_id (directive, dt_notice_get_id (notice));
      if (!write_directive (self, directive, FALSE, &id, error))
        goto failed;
      g_array_append_val (ids, id);
    }
  if (!commit (self, error))
    goto failed;
  for (guint i = 0; directives && i < directives->len; i++)
    fill_directive (self, g_ptr_array_index (directives, i), g_array_index (ids, gint64, i));
  return TRUE;

failed:
  rollback (self);
  _dt_notice_set_id (notice, old_notice_id);
  return FALSE;
}

/* Extensions */

gboolean
dt_store_add_extension (DtStore      *self,
                        DtExtension  *extension,
                        GError      **error)
{
  gint64 directive_id;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_EXTENSION (extension), FALSE);

  directive_id = dt_extension_get_directive_id (extension);
  if (!begin (self, error))
    return FALSE;
  if (!insert_extension (self, extension, directive_id, FALSE, error)
      || !recompute_deadline (self, directive_id, error))
    {
      _dt_extension_set_id (extension, 0);
      return rollback (self);
    }
  return commit (self, error);
}

GPtrArray *
dt_store_list_extensions (DtStore *self,
                          gint64   directive_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), list);

  stmt = _dt_store_prepare (self,
                            "SELECT id, new_deadline, granted_date, reason FROM extensions"
                            " WHERE directive_id = ?1"
                            " ORDER BY coalesce (granted_date, ''), id", NULL);
  if (stmt == NULL)
    return list;
  sqlite3_bind_int64 (stmt, 1, directive_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      DtExtension *extension = dt_extension_new (directive_id, column_date (stmt, 1),
                                                 column_date (stmt, 2), column_text (stmt, 3));
      _dt_extension_set_id (extension, sqlite3_column_int64 (stmt, 0));
      g_ptr_array_add (list, extension);
    }
  return list;
}

gboolean
dt_store_delete_extension (DtStore  *self,
                           gint64    id,
                           GError  **error)
{
  gint64 directive_id;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  directive_id = query_int (self, "SELECT directive_id FROM extensions WHERE id = ?1", id, 0);
  if (directive_id == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The extension no longer exists."));
      return FALSE;
    }
  if (!begin (self, error))
    return FALSE;
  if (!run_with_id (self, "DELETE FROM extensions WHERE id = ?1", id, error)
      || !recompute_deadline (self, directive_id, error))
    return rollback (self);
  return commit (self, error);
}

/* Progress reports */

gboolean
dt_store_save_report (DtStore           *self,
                      DtProgressReport  *report,
                      GError           **error)
{
  gint64 old_id;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_PROGRESS_REPORT (report), FALSE);

  old_id = dt_progress_report_get_id (report);
  if (!begin (self, error))
    return FALSE;
  if (!write_report (self, report, dt_progress_report_get_directive_id (report), FALSE, error))
    {
      _dt_progress_report_set_id (report, old_id);
      return rollback (self);
    }
  return commit (self, error);
}

GPtrArray *
dt_store_list_reports (DtStore *self,
                       gint64   directive_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), list);

  stmt = _dt_store_prepare (self,
                            "SELECT id, date, text, percent FROM reports WHERE directive_id = ?1"
                            " ORDER BY date DESC, id DESC", NULL);
  if (stmt == NULL)
    return list;
  sqlite3_bind_int64 (stmt, 1, directive_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      DtProgressReport *report = dt_progress_report_new (directive_id, column_date (stmt, 1),
                                                         column_text (stmt, 2),
                                                         sqlite3_column_int (stmt, 3));
      _dt_progress_report_set_id (report, sqlite3_column_int64 (stmt, 0));
      g_ptr_array_add (list, report);
    }
  return list;
}

gboolean
dt_store_delete_report (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  gint64 directive_id;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  directive_id = query_int (self, "SELECT directive_id FROM reports WHERE id = ?1", id, 0);
  if (directive_id == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The progress report no longer exists."));
      return FALSE;
    }
  if (!begin (self, error))
    return FALSE;
  if (!run_with_id (self, "DELETE FROM reports WHERE id = ?1", id, error)
      || !run_with_id (self, "UPDATE directives SET revision = revision + 1 WHERE id = ?1",
                       directive_id, error))
    return rollback (self);
  return commit (self, error);
}
