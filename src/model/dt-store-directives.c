/* dt-store-directives.c — writing directives: save, delete, restore, and a
 * notice saved with its directives.  Reading them is in
 * dt-store-directives-read.c.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-ordinal.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"
#include "dt-text.h"

/* Inserts (id == 0, or restore) or updates one directive, with its
 * coordinating units and search text, inside the caller's transaction. */
gboolean
_dt_store_write_directive (DtStore      *self,
                           DtDirective  *directive,
                           gboolean      restore,
                           gboolean      bulk,
                           gint64       *out_id,
                           GError      **error)
{
  gint64 id = dt_directive_get_id (directive);
  gint64 notice_id = dt_directive_get_notice_id (directive);
  DtDate assigned = dt_directive_get_assigned_date (directive);
  g_autofree char *okey = dt_ordinal_key (dt_directive_get_ordinal (directive));
  const char *text = dt_directive_get_text (directive);
  g_autofree char *prefix = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 80));
  g_autofree char *tkey = dt_text_collate_key (prefix);
  const gint64 *coordinating;
  guint n_coordinating;
  gint64 now = _dt_store_now_unix ();
  gboolean insert = id == 0 || restore;
  sqlite3_stmt *stmt;

  /* no lead only for one addressed to a collective ("Các sở, ngành") */
  if (dt_directive_get_lead_unit_id (directive) <= 0 && *dt_directive_get_addressee (directive) == '\0')
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
        assigned = _dt_store_column_date (q, 0);
    }

  if (insert)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO directives (notice_id, ordinal, ordinal_key, section,"
                              " text, text_key, lead_unit_id, assigned_date, original_deadline,"
                              " deadline_phrase, deadline_approximate, recurrence,"
                              " recurrence_interval, completed_date, cancelled, created,"
                              " updated, id, deadline, recurrence_anchors, addressee)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                              " ?13, ?14, ?15, ?16, ?17, ?18, ?9, ?19, ?20)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE directives SET notice_id = ?1, ordinal = ?2,"
                              " ordinal_key = ?3, section = ?4, text = ?5, text_key = ?6,"
                              " lead_unit_id = ?7, assigned_date = ?8, original_deadline = ?9,"
                              " deadline_phrase = ?10, deadline_approximate = ?11,"
                              " recurrence = ?12, recurrence_interval = ?13,"
                              " recurrence_anchors = ?19, addressee = ?20,"
                              " completed_date = ?14, cancelled = ?15, updated = ?17,"
                              " revision = revision + 1 WHERE id = ?18",
                              error);
  if (stmt == NULL)
    return FALSE;

  _dt_store_bind_id (stmt, 1, notice_id);
  _dt_store_bind_text (stmt, 2, dt_directive_get_ordinal (directive));
  _dt_store_bind_text (stmt, 3, okey);
  _dt_store_bind_text (stmt, 4, dt_directive_get_section (directive));
  _dt_store_bind_text (stmt, 5, dt_directive_get_text (directive));
  _dt_store_bind_text (stmt, 6, tkey);
  _dt_store_bind_id (stmt, 7, dt_directive_get_lead_unit_id (directive));
  _dt_store_bind_date (stmt, 8, assigned);
  _dt_store_bind_date (stmt, 9, dt_directive_get_original_deadline (directive));
  _dt_store_bind_text (stmt, 10, dt_directive_get_deadline_phrase (directive));
  sqlite3_bind_int (stmt, 11, dt_directive_get_deadline_approximate (directive));
  sqlite3_bind_int (stmt, 12, dt_directive_get_recurrence (directive));
  sqlite3_bind_int (stmt, 13, dt_directive_get_recurrence_interval (directive));
  _dt_store_bind_date (stmt, 14, dt_directive_get_completed_date (directive));
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
  _dt_store_bind_id (stmt, 18, id);
  sqlite3_bind_int64 (stmt, 19, dt_directive_get_recurrence_anchors (directive));
  _dt_store_bind_text (stmt, 20, dt_directive_get_addressee (directive));
  if (!_dt_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (!_dt_store_check_changed (self, DT_STORE_ROW_DIRECTIVE, error))
    return FALSE;

  if (!insert
      && !_dt_store_run_with_id (self, "DELETE FROM directive_units WHERE directive_id = ?1", id, error))
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
      if (!_dt_store_run (self, stmt, error))
        return FALSE;
    }

  if (!bulk
      && (!_dt_store_recompute_deadline (self, id, error)
          || !_dt_store_reindex_directive (self, id, error)))
    return FALSE;

  *out_id = id;
  return TRUE;
}

/* One directive written in one transaction, then read back into the
 * object; restored (undo) with its own id and its history. */
static gboolean
save_directive (DtStore      *self,
                DtDirective  *directive,
                gboolean      restore,
                GPtrArray    *extensions,
                GPtrArray    *reports,
                GError      **error)
{
  gint64 id = 0;

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_write_directive (self, directive, restore, FALSE, &id, error))
    return _dt_store_rollback (self);
  for (guint i = 0; extensions && i < extensions->len; i++)
    if (!_dt_store_insert_extension (self, g_ptr_array_index (extensions, i), id, TRUE, error))
      return _dt_store_rollback (self);
  for (guint i = 0; reports && i < reports->len; i++)
    if (!_dt_store_write_report (self, g_ptr_array_index (reports, i), id, TRUE, error))
      return _dt_store_rollback (self);
  if (restore && !_dt_store_recompute_deadline (self, id, error))
    return _dt_store_rollback (self);
  if (!_dt_store_commit (self, error))
    return FALSE;
  _dt_store_fill_directive (self, directive, id);
  return TRUE;
}

gboolean
dt_store_save_directive (DtStore      *self,
                         DtDirective  *directive,
                         GError      **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_DIRECTIVE (directive), FALSE);

  return save_directive (self, directive, FALSE, NULL, NULL, error);
}

gboolean
dt_store_delete_directive (DtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_run_with_id (self, "DELETE FROM directive_search WHERE id = ?1", id, error)
      || !_dt_store_run_with_id (self, "DELETE FROM directives WHERE id = ?1", id, error)
      || !_dt_store_check_changed (self, DT_STORE_ROW_DIRECTIVE, error))
    return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}

gboolean
dt_store_restore_directive (DtStore      *self,
                            DtDirective  *directive,
                            GPtrArray    *extensions,
                            GPtrArray    *reports,
                            GError      **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_DIRECTIVE (directive), FALSE);

  return save_directive (self, directive, TRUE, extensions, reports, error);
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
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_save_notice_in_transaction (self, notice, error))
    goto failed;
  for (guint i = 0; directives && i < directives->len; i++)
    {
      DtDirective *directive = g_ptr_array_index (directives, i);
      gint64 id = 0;

      dt_directive_set_notice_id (directive, dt_notice_get_id (notice));
      if (!_dt_store_write_directive (self, directive, FALSE, FALSE, &id, error))
        goto failed;
      g_array_append_val (ids, id);
    }
  if (!_dt_store_commit (self, error))
    goto failed;
  for (guint i = 0; directives && i < directives->len; i++)
    _dt_store_fill_directive (self, g_ptr_array_index (directives, i),
                              g_array_index (ids, gint64, i));
  return TRUE;

failed:
  _dt_store_rollback (self);
  _dt_notice_set_id (notice, old_notice_id);
  return FALSE;
}
