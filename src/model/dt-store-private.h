/* dt-store-private.h — what DtDirectiveList needs from the store
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "dt-status.h"
#include "dt-store.h"

G_BEGIN_DECLS

struct _DtStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;     /* SQL text → sqlite3_stmt */
  GHashTable *changed_ids;    /* directive ids written by the current transaction */
  guint       changes;        /* DtStoreChanges of the current transaction */
  GHashTable *search_changed; /* directive_search ids written by it */
  GHashTable *bodies;         /* id → folded search text, for short searches; lazy */
  DtStatusRule status_rule;   /* how statuses are judged, in objects and in SQL */
  char       *status_sql;     /* dt_status_rule_to_sql() of it */
  GPtrArray  *pending;        /* DtDirective edited, saved soon (dt_store_save_directive_soon) */
  guint       pending_id;     /* the timeout that saves them */
  gboolean    flushing;
};

/* Saves the directives waiting (dt_store_save_directive_soon) before a
 * write or a read of a directive, so that both see them; a failure is
 * "save-failed". */
void          _dt_store_flush_pending     (DtStore      *self);

/* Shared by dt-store*.c */
void          _dt_store_bind_text         (sqlite3_stmt *stmt,
                                           int           index,
                                           const char   *text);
void          _dt_store_bind_id           (sqlite3_stmt *stmt,
                                           int           index,
                                           gint64        id);
void          _dt_store_bind_date         (sqlite3_stmt *stmt,
                                           int           index,
                                           DtDate        date);
/* By a parameter's name (":from"); nothing when the statement has none of
 * that name.  Text is bound as given (NULL: SQL NULL). */
void          _dt_store_bind_named_text   (sqlite3_stmt *stmt,
                                           const char   *name,
                                           const char   *text);
void          _dt_store_bind_named_int    (sqlite3_stmt *stmt,
                                           const char   *name,
                                           gint64        value);
void          _dt_store_bind_named_date   (sqlite3_stmt *stmt,
                                           const char   *name,
                                           DtDate        date);
/* "[1,2,3]": the ids as one bound JSON value, for json_each(). */
char         *_dt_store_ids_to_json       (const gint64 *ids,
                                           guint         n);
const char   *_dt_store_column_text       (sqlite3_stmt *stmt,
                                           int           index);
DtDate        _dt_store_column_date       (sqlite3_stmt *stmt,
                                           int           index);
gboolean      _dt_store_run               (DtStore      *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
gboolean      _dt_store_run_with_id       (DtStore      *self,
                                           const char   *sql,
                                           gint64        id,
                                           GError      **error);
/* After a loop over rows that ended with @rc: FALSE, and "read-failed"
 * emitted, when it ended on an error rather than after the last row. */
gboolean      _dt_store_read_done         (DtStore      *self,
                                           int           rc);
/* The same for a loop whose caller has a GError to fill. */
gboolean      _dt_store_read_done_error   (DtStore      *self,
                                           int           rc,
                                           GError      **error);
gint64        _dt_store_query_int         (DtStore      *self,
                                           const char   *sql,
                                           gint64        id,
                                           gint64        fallback);
gboolean      _dt_store_begin             (DtStore      *self,
                                           GError      **error);
gboolean      _dt_store_commit            (DtStore      *self,
                                           GError      **error);
gboolean      _dt_store_rollback          (DtStore      *self);
gint64        _dt_store_now_unix          (void);
gboolean      _dt_store_save_notice_in_transaction (DtStore   *self,
                                                    DtNotice  *notice,
                                                    GError   **error);
/* Inside the caller's transaction; *out_id gets the row's id, the object's
 * own id is left alone.  A directive written with bulk set leaves its
 * current deadline and search text to the caller (_dt_store_reindex_notice
 * and a recompute of the notice's deadlines, once for all). */
gboolean      _dt_store_write_unit        (DtStore      *self,
                                           DtUnit       *unit,
                                           gint64       *out_id,
                                           GError      **error);
gboolean      _dt_store_write_directive   (DtStore      *self,
                                           DtDirective  *directive,
                                           gboolean      restore,
                                           gboolean      bulk,
                                           gint64       *out_id,
                                           GError      **error);
/* dt-store-history.c, inside the caller's transaction: keep_id (restore)
 * writes the row with its own id, for undo. */
gboolean      _dt_store_insert_extension  (DtStore          *self,
                                           DtExtension      *extension,
                                           gint64            directive_id,
                                           gboolean          keep_id,
                                           GError          **error);
gboolean      _dt_store_write_report      (DtStore          *self,
                                           DtProgressReport *report,
                                           gint64            directive_id,
                                           gboolean          restore,
                                           GError          **error);
gboolean      _dt_store_reindex_directive (DtStore      *self,
                                           gint64        id,
                                           GError      **error);
gboolean      _dt_store_reindex_notice    (DtStore      *self,
                                           gint64        notice_id,
                                           GError      **error);
gboolean      _dt_store_reindex_lead_unit (DtStore      *self,
                                           gint64        unit_id,
                                           GError      **error);
gboolean      _dt_store_recompute_deadline (DtStore     *self,
                                            gint64       directive_id,
                                            GError     **error);

/* dt-store.c: the update hook of the connection, which notes the rows a
 * transaction writes (set by dt-store-open.c) */
void          _dt_store_on_update         (void          *data,
                                           int            op,
                                           const char    *database,
                                           const char    *table,
                                           sqlite3_int64  rowid);

/* Current schema version (PRAGMA user_version). */
#define DT_STORE_SCHEMA_VERSION 7

/* The status of a directive row "d" as DtStatus, by the store's rule
 * (dt_status_rule_to_sql()); its statement binds :today and :soon with
 * _dt_store_bind_today(). */
const char   *_dt_store_get_status_sql    (DtStore      *self);

/* Statements are cached by their text; the one returned is reset and its
 * bindings cleared.  Release it with dt_stmt_release() (or g_autoptr) as
 * soon as done, so that no read transaction stays open. */
DtStore      *_dt_store_open_at_version   (const char   *path,
                                           int           target_version,
                                           GError      **error);
sqlite3_stmt *_dt_store_prepare           (DtStore      *self,
                                           const char   *sql,
                                           GError      **error);
void          _dt_store_bind_today        (DtStore      *self,
                                           sqlite3_stmt *stmt);
DtDirective  *_dt_store_load_directive    (DtStore      *self,
                                           gint64        id);
/* FALSE when the row is gone */
gboolean      _dt_store_refresh_directive (DtStore      *self,
                                           DtDirective  *directive);
/* Fills directive from the row of id; FALSE when it is gone or cannot be
 * read (then "read-failed") */
gboolean      _dt_store_fill_directive    (DtStore      *self,
                                           DtDirective  *directive,
                                           gint64        id);
/* Many at once, each object by its id (no id twice); fresh: new objects,
 * nobody connected; found[i] FALSE when its row is gone */
void          _dt_store_fill_directives   (DtStore      *self,
                                           DtDirective **directives,
                                           guint         n,
                                           gboolean      fresh,
                                           gboolean     *found);
typedef void (*DtStoreDirectiveFunc)      (DtDirective  *directive,
                                           gpointer      user_data);
/* Each stored directive, or each whose id (gint64 *) is a key of wanted, in
 * the order of ids, filled into the same object (borrowed) in turn */
void          _dt_store_foreach_directive (DtStore              *self,
                                           GHashTable           *wanted,
                                           DtStoreDirectiveFunc  func,
                                           gpointer              user_data);
void          _dt_store_set_busy_timeout  (DtStore      *self,
                                           int           ms);
void          _dt_store_ensure_search_texts (DtStore    *self);
const char   *_dt_store_lookup_search_text  (DtStore    *self,
                                             gint64      id);
void          _dt_store_refresh_search_texts (DtStore   *self);
gboolean      _dt_store_set_error         (DtStore      *self,
                                           int           rc,
                                           GError      **error);

/* The kinds of row a user is told are gone. */
typedef enum
{
  DT_STORE_ROW_NOTICE,
  DT_STORE_ROW_UNIT,
  DT_STORE_ROW_DIRECTIVE,
  DT_STORE_ROW_EXTENSION,
  DT_STORE_ROW_REPORT,
} DtStoreRow;

/* FALSE, with DT_STORE_ERROR_NOT_FOUND saying that the row of kind no
 * longer exists (deleted meanwhile, e.g. in another window). */
gboolean      _dt_store_set_gone          (DtStoreRow    kind,
                                           GError      **error);
/* After an UPDATE or DELETE of one row by its id: FALSE with that error
 * when it changed no row. */
gboolean      _dt_store_check_changed     (DtStore      *self,
                                           DtStoreRow    kind,
                                           GError      **error);

static inline void
dt_stmt_release (sqlite3_stmt *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

/* g_autoptr(sqlite3_stmt) resets a cached statement; it never finalizes it. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, dt_stmt_release)

G_END_DECLS
