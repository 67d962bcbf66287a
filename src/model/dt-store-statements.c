/* dt-store-statements.c — the statements of DtStore: prepared once and
 * cached by their text, bound, stepped, and their failures turned into
 * DT_STORE_ERROR with a message a user can read.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-store-private.h"

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

gboolean
_dt_store_set_gone (DtStoreRow   kind,
                    GError     **error)
{
  const char *message = NULL;

  switch (kind)
    {
    case DT_STORE_ROW_NOTICE:
      message = _("The notice no longer exists.");
      break;
    case DT_STORE_ROW_UNIT:
      message = _("The unit no longer exists.");
      break;
    case DT_STORE_ROW_DIRECTIVE:
      message = _("The directive no longer exists.");
      break;
    case DT_STORE_ROW_EXTENSION:
      message = _("The extension no longer exists.");
      break;
    case DT_STORE_ROW_REPORT:
      message = _("The progress report no longer exists.");
      break;
    default:
      g_assert_not_reached ();
    }
  g_set_error_literal (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gboolean
_dt_store_check_changed (DtStore     *self,
                         DtStoreRow   kind,
                         GError     **error)
{
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  return _dt_store_set_gone (kind, error);
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
      /* a caller without a GError is a reader nobody else would tell */
      if (error == NULL)
        _dt_store_read_done (self, rc);
      else
        _dt_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
_dt_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

void
_dt_store_bind_id (sqlite3_stmt *stmt,
                   int           index,
                   gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

void
_dt_store_bind_date (sqlite3_stmt *stmt,
                     int           index,
                     DtDate        date)
{
  g_autofree char *iso = dt_date_to_iso (date);

  if (iso != NULL)
    sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* By a parameter's name (":today"); nothing when the statement has none
 * of that name. */
void
_dt_store_bind_named_date (sqlite3_stmt *stmt,
                           const char   *name,
                           DtDate        date)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    _dt_store_bind_date (stmt, index, date);
}

void
_dt_store_bind_named_text (sqlite3_stmt *stmt,
                           const char   *name,
                           const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_dt_store_bind_named_int (sqlite3_stmt *stmt,
                          const char   *name,
                          gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

void
_dt_store_bind_today (DtStore      *self,
                      sqlite3_stmt *stmt)
{
  DtDate today = dt_date_today ();

  _dt_store_bind_named_date (stmt, ":today", today);
  _dt_store_bind_named_date (stmt, ":soon", today + self->status_rule.due_soon_days);
}

/* "[1,2,3]": the ids as one bound JSON value, for json_each(). */
char *
_dt_store_ids_to_json (const gint64 *ids,
                       guint         n)
{
  GString *json = g_string_sized_new (n * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

const char *
_dt_store_column_text (sqlite3_stmt *stmt,
                       int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text ? text : "";
}

DtDate
_dt_store_column_date (sqlite3_stmt *stmt,
                       int           index)
{
  return dt_date_from_iso ((const char *) sqlite3_column_text (stmt, index));
}

/* Runs a statement that returns no rows. */
gboolean
_dt_store_run (DtStore       *self,
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
gboolean
_dt_store_run_with_id (DtStore     *self,
                       const char  *sql,
                       gint64       id,
                       GError     **error)
{
  sqlite3_stmt *stmt = _dt_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _dt_store_run (self, stmt, error);
}

/* Reads that end */

gboolean
_dt_store_read_done_error (DtStore  *self,
                           int       rc,
                           GError  **error)
{
  if (rc == SQLITE_DONE || rc == SQLITE_OK)
    return TRUE;
  return _dt_store_set_error (self, rc, error);
}

gboolean
_dt_store_read_done (DtStore *self,
                     int      rc)
{
  g_autoptr(GError) error = NULL;

  if (_dt_store_read_done_error (self, rc, &error))
    return TRUE;
  dt_store_report_read_error (self, error);
  return FALSE;
}

gint64
_dt_store_query_int (DtStore    *self,
                     const char *sql,
                     gint64      id,
                     gint64      fallback)
{
  g_autoptr(sqlite3_stmt) stmt = _dt_store_prepare (self, sql, NULL);
  int rc;

  if (stmt == NULL)
    return fallback;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_ROW)
    _dt_store_read_done (self, rc);
  return fallback;
}
