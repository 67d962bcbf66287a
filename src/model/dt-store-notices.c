/* dt-store-notices.c — notices in the store
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"
#include "dt-text.h"

/* Notices */

static DtNotice *
notice_from_row (sqlite3_stmt *stmt)
{
  DtNotice *notice = dt_notice_new ();

  _dt_notice_set_id (notice, sqlite3_column_int64 (stmt, 0));
  dt_notice_set_kind (notice, sqlite3_column_int (stmt, 1));
  dt_notice_set_number (notice, _dt_store_column_text (stmt, 2));
  dt_notice_set_issue_date (notice, _dt_store_column_date (stmt, 3));
  dt_notice_set_meeting_date (notice, _dt_store_column_date (stmt, 4));
  dt_notice_set_issuing_body (notice, _dt_store_column_text (stmt, 5));
  dt_notice_set_signer (notice, _dt_store_column_text (stmt, 6));
  dt_notice_set_title (notice, _dt_store_column_text (stmt, 7));
  dt_notice_set_source_text (notice, _dt_store_column_text (stmt, 8));
  return notice;
}

#define NOTICE_COLUMNS \
  "id, kind, number, issue_date, meeting_date, issuing_body, signer, title, source_text"

gboolean
_dt_store_save_notice_in_transaction (DtStore   *self,
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
  _dt_store_bind_text (stmt, 2, dt_notice_get_number (notice));
  _dt_store_bind_date (stmt, 3, dt_notice_get_issue_date (notice));
  _dt_store_bind_date (stmt, 4, dt_notice_get_meeting_date (notice));
  _dt_store_bind_text (stmt, 5, dt_notice_get_issuing_body (notice));
  _dt_store_bind_text (stmt, 6, dt_notice_get_signer (notice));
  _dt_store_bind_text (stmt, 7, dt_notice_get_title (notice));
  _dt_store_bind_text (stmt, 8, dt_notice_get_source_text (notice));
  sqlite3_bind_int64 (stmt, 9, _dt_store_now_unix ());
  if (id != 0)
    sqlite3_bind_int64 (stmt, 10, id);
  if (!_dt_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    {
      _dt_notice_set_id (notice, sqlite3_last_insert_rowid (self->db));
      return TRUE;
    }
  if (!_dt_store_check_changed (self, DT_STORE_ROW_NOTICE, error))
    return FALSE;
  return _dt_store_reindex_notice (self, id, error);
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
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_save_notice_in_transaction (self, notice, error))
    {
      _dt_notice_set_id (notice, old_id);
      return _dt_store_rollback (self);
    }
  if (!_dt_store_commit (self, error))
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
    _dt_store_set_gone (DT_STORE_ROW_NOTICE, error);
  else
    _dt_store_set_error (self, rc, error);
  return NULL;
}

static GListModel *
list_notices (DtStore     *self,
              const char  *sql,
              GError     **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (DT_TYPE_NOTICE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DtNotice) notice = notice_from_row (stmt);
      g_list_store_append (list, notice);
    }
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
dt_store_list_notices (DtStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  return list_notices (self, "SELECT " NOTICE_COLUMNS " FROM notices"
                             " ORDER BY coalesce (issue_date, meeting_date) DESC, id DESC",
                       error);
}

GListModel *
dt_store_list_notice_names (DtStore  *self,
                            GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  /* A notice's text runs to tens of kilobytes: a list of names does
   * without, and reads fewer pages. */
  return list_notices (self, "SELECT id, kind, number, issue_date, meeting_date, issuing_body,"
                             " signer, title, '' FROM notices"
                             " ORDER BY coalesce (issue_date, meeting_date) DESC, id DESC",
                       error);
}

gint64
dt_store_count_notice_directives (DtStore  *self,
                                  gint64    notice_id,
                                  GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), -1);

  stmt = _dt_store_prepare (self, "SELECT count(*) FROM directives WHERE notice_id = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, notice_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _dt_store_set_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
dt_store_delete_notice (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                          " (SELECT id FROM directives WHERE notice_id = ?1)", id, error)
      || !_dt_store_run_with_id (self, "DELETE FROM notices WHERE id = ?1", id, error)
      || !_dt_store_check_changed (self, DT_STORE_ROW_NOTICE, error))
    return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}

/* The notice numbered @number, compared as the user types it on the
 * command line ("01/tb-ubnd" finds "01/TB-UBND"); the newest of several.
 * NULL without an error when there is none (an empty number names none). */
DtNotice *
dt_store_find_notice (DtStore     *self,
                      const char  *number,
                      GError     **error)
{
  g_autoptr(GListModel) notices = NULL;
  g_autofree char *wanted = NULL;
  guint n;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  wanted = dt_text_fold (number);
  if (wanted == NULL || *g_strstrip (wanted) == '\0')
    return NULL;
  notices = dt_store_list_notice_names (self, error);
  if (notices == NULL)
    return NULL;
  n = g_list_model_get_n_items (notices);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);
      g_autofree char *candidate = dt_text_fold (dt_notice_get_number (notice));

      if (g_strcmp0 (g_strstrip (candidate), wanted) == 0)
        return dt_store_get_notice (self, dt_notice_get_id (notice), error);
    }
  return NULL;
}
