/* dt-store-index.c — what the store derives from the rows and keeps in
 * step: the search index and the revisions of directives, their current
 * deadline, and the folded texts held in memory for short searches.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-store-private.h"

/* Searches shorter than a trigram cannot use the index; scanning the
 * table's pages for them is slow, so the folded texts are kept in memory
 * (about 20 MB for 100 000 directives) once such a search is made, and
 * kept in step after each commit. */
void
_dt_store_ensure_search_texts (DtStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (self->bodies != NULL)
    return;
  stmt = _dt_store_prepare (self, "SELECT id, body FROM directive_search", NULL);
  if (stmt == NULL)
    return;
  self->bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *key = g_new (gint64, 1);

      *key = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (self->bodies, key, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  _dt_store_read_done (self, rc);
}

/* After a commit: the texts of the rows written are read again. */
void
_dt_store_refresh_search_texts (DtStore *self)
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


/* Search index and revisions of directives, kept in step inside the
 * write's transaction.  A directive is found by its number in the notice
 * ("I.3.1-12."), its text, its addressee, its lead unit and its notice.  "WHERE" picks the directives by one id. */

#define FTS_BODY \
  "SELECT d.id, dt_fold (d.ordinal || ' ' || d.text || ' ' || d.addressee || ' ' || coalesce (u.name, '') || ' '" \
  " || coalesce (u.short_name, '') || ' ' || coalesce (n.number, '') || ' '" \
  " || coalesce (n.title, ''))" \
  " FROM directives d LEFT JOIN units u ON u.id = d.lead_unit_id" \
  " LEFT JOIN notices n ON n.id = d.notice_id "

gboolean
_dt_store_reindex_directive (DtStore  *self,
                             gint64    id,
                             GError  **error)
{
  return _dt_store_run_with_id (self, "DELETE FROM directive_search WHERE id = ?1", id, error)
         && _dt_store_run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.id = ?1", id, error);
}

gboolean
_dt_store_reindex_notice (DtStore  *self,
                          gint64    notice_id,
                          GError  **error)
{
  /* a row whose text did not change keeps its index entry: re-importing
   * a large notice rewrites only what differs */
  return _dt_store_run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.notice_id = ?1 ON CONFLICT (id) DO UPDATE"
                               " SET body = excluded.body WHERE body IS NOT excluded.body",
                               notice_id, error)
         && _dt_store_run_with_id (self, "UPDATE directives SET revision = revision + 1"
                               " WHERE notice_id = ?1", notice_id, error);
}

gboolean
_dt_store_reindex_lead_unit (DtStore  *self,
                             gint64    unit_id,
                             GError  **error)
{
  return _dt_store_run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                            " (SELECT id FROM directives WHERE lead_unit_id = ?1)", unit_id, error)
         && _dt_store_run_with_id (self, "INSERT INTO directive_search (id, body) " FTS_BODY
                               "WHERE d.lead_unit_id = ?1", unit_id, error)
         && _dt_store_run_with_id (self, "UPDATE directives SET revision = revision + 1"
                               " WHERE lead_unit_id = ?1 OR id IN (SELECT directive_id"
                               " FROM directive_units WHERE unit_id = ?1)", unit_id, error);
}

/* The current deadline: the newest extension's, else the original. */
gboolean
_dt_store_recompute_deadline (DtStore  *self,
                              gint64    directive_id,
                              GError  **error)
{
  return _dt_store_run_with_id (self,
                      "UPDATE directives SET revision = revision + 1, deadline = coalesce ("
                      " (SELECT new_deadline FROM extensions WHERE directive_id = ?1"
                      "  ORDER BY coalesce (granted_date, '') DESC, id DESC LIMIT 1),"
                      " original_deadline) WHERE id = ?1",
                      directive_id, error);
}
