/* dt-store-history.c — what hangs off a directive: deadline extensions and
 * progress reports
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"

/* Extensions and progress reports both hang off a directive: listed by
 * directive, deleted by id, the directive brought up to date after. */

typedef gpointer (*AttachmentFromRow) (sqlite3_stmt *stmt,
                                       gint64        directive_id);
typedef gboolean (*DirectiveUpdateFunc) (DtStore  *self,
                                         gint64    directive_id,
                                         GError  **error);

static GPtrArray *
list_attachments (DtStore            *self,
                  const char         *sql,
                  gint64              directive_id,
                  AttachmentFromRow   from_row,
                  GError            **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, directive_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, from_row (stmt, directive_id));
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
delete_attachment (DtStore              *self,
                   const char           *owner_sql,
                   const char           *delete_sql,
                   DtStoreRow            kind,
                   DirectiveUpdateFunc   update_directive,
                   gint64                id,
                   GError              **error)
{
  gint64 directive_id = _dt_store_query_int (self, owner_sql, id, 0);

  if (directive_id == 0)
    return _dt_store_set_gone (kind, error);
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_run_with_id (self, delete_sql, id, error)
      || !update_directive (self, directive_id, error))
    return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}

static gboolean
bump_revision (DtStore  *self,
               gint64    directive_id,
               GError  **error)
{
  return _dt_store_run_with_id (self, "UPDATE directives SET revision = revision + 1 WHERE id = ?1",
                                directive_id, error);
}

gboolean
_dt_store_insert_extension (DtStore      *self,
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
  _dt_store_bind_id (stmt, 1, keep_id ? dt_extension_get_id (extension) : 0);
  sqlite3_bind_int64 (stmt, 2, directive_id);
  _dt_store_bind_date (stmt, 3, dt_extension_get_new_deadline (extension));
  _dt_store_bind_date (stmt, 4, dt_extension_get_granted_date (extension));
  _dt_store_bind_text (stmt, 5, dt_extension_get_reason (extension));
  if (!_dt_store_run (self, stmt, error))
    return FALSE;
  _dt_attachment_set_id (DT_ATTACHMENT (extension), sqlite3_last_insert_rowid (self->db));
  _dt_attachment_set_directive_id (DT_ATTACHMENT (extension), directive_id);
  return TRUE;
}

gboolean
_dt_store_write_report (DtStore           *self,
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
  _dt_store_bind_date (stmt, 2, dt_progress_report_get_date (report));
  _dt_store_bind_text (stmt, 3, dt_progress_report_get_text (report));
  sqlite3_bind_int (stmt, 4, dt_progress_report_get_percent (report));
  _dt_store_bind_id (stmt, 5, id);
  if (!_dt_store_run (self, stmt, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (!insert && !_dt_store_check_changed (self, DT_STORE_ROW_REPORT, error))
    return FALSE;
  _dt_attachment_set_id (DT_ATTACHMENT (report), id);
  _dt_attachment_set_directive_id (DT_ATTACHMENT (report), directive_id);
  return bump_revision (self, directive_id, error);
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
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_insert_extension (self, extension, directive_id, FALSE, error)
      || !_dt_store_recompute_deadline (self, directive_id, error))
    {
      _dt_attachment_set_id (DT_ATTACHMENT (extension), 0);
      return _dt_store_rollback (self);
    }
  return _dt_store_commit (self, error);
}

static gpointer
extension_from_row (sqlite3_stmt *stmt,
                    gint64        directive_id)
{
  DtExtension *extension = dt_extension_new (directive_id, _dt_store_column_date (stmt, 1),
                                             _dt_store_column_date (stmt, 2), _dt_store_column_text (stmt, 3));

  _dt_attachment_set_id (DT_ATTACHMENT (extension), sqlite3_column_int64 (stmt, 0));
  return extension;
}

GPtrArray *
dt_store_list_extensions (DtStore  *self,
                          gint64    directive_id,
                          GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  return list_attachments (self,
                           "SELECT id, new_deadline, granted_date, reason FROM extensions"
                           " WHERE directive_id = ?1"
                           " ORDER BY coalesce (granted_date, ''), id",
                           directive_id, extension_from_row, error);
}

gboolean
dt_store_delete_extension (DtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  return delete_attachment (self,
                            "SELECT directive_id FROM extensions WHERE id = ?1",
                            "DELETE FROM extensions WHERE id = ?1",
                            DT_STORE_ROW_EXTENSION,
                            _dt_store_recompute_deadline, id, error);
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
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_write_report (self, report, dt_progress_report_get_directive_id (report), FALSE, error))
    {
      _dt_attachment_set_id (DT_ATTACHMENT (report), old_id);
      return _dt_store_rollback (self);
    }
  return _dt_store_commit (self, error);
}

static gpointer
report_from_row (sqlite3_stmt *stmt,
                 gint64        directive_id)
{
  DtProgressReport *report = dt_progress_report_new (directive_id, _dt_store_column_date (stmt, 1),
                                                     _dt_store_column_text (stmt, 2),
                                                     sqlite3_column_int (stmt, 3));

  _dt_attachment_set_id (DT_ATTACHMENT (report), sqlite3_column_int64 (stmt, 0));
  return report;
}

GPtrArray *
dt_store_list_reports (DtStore  *self,
                       gint64    directive_id,
                       GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  return list_attachments (self,
                           "SELECT id, date, text, percent FROM reports WHERE directive_id = ?1"
                           " ORDER BY date DESC, id DESC",
                           directive_id, report_from_row, error);
}

gboolean
dt_store_delete_report (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  return delete_attachment (self,
                            "SELECT directive_id FROM reports WHERE id = ?1",
                            "DELETE FROM reports WHERE id = ?1",
                            DT_STORE_ROW_REPORT,
                            bump_revision, id, error);
}
