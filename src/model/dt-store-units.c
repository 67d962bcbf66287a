/* dt-store-units.c — units, their aliases and merges
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

/* Units */

static gboolean
save_aliases (DtStore  *self,
              gint64    unit_id,
              DtUnit   *unit,
              GError  **error)
{
  const char * const *aliases = dt_unit_get_aliases (unit);

  if (!_dt_store_run_with_id (self, "DELETE FROM unit_aliases WHERE unit_id = ?1", unit_id, error))
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
      _dt_store_bind_text (stmt, 2, aliases[i]);
      _dt_store_bind_text (stmt, 3, key);
      if (!_dt_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts (id == 0) or updates a unit with its aliases, inside the
 * caller's transaction.  The unit's id is left alone: *out_id gets it. */
gboolean
_dt_store_write_unit (DtStore  *self,
                      DtUnit   *unit,
                      gint64   *out_id,
                      GError  **error)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  g_autofree char *collate = NULL;
  gint64 id;
  sqlite3_stmt *stmt;

  name = g_strstrip (g_strdup (dt_unit_get_name (unit)));
  if (*name == '\0')
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID, _("A unit needs a name."));
      return FALSE;
    }
  key = dt_text_normalize_name (name);
  collate = dt_text_collate_key (name);
  id = dt_unit_get_id (unit);

  if (id == 0)
    stmt = _dt_store_prepare (self,
                              "INSERT INTO units (name, short_name, name_key, collate_key)"
                              " VALUES (?1, ?2, ?3, ?4)", error);
  else
    stmt = _dt_store_prepare (self,
                              "UPDATE units SET name = ?1, short_name = ?2, name_key = ?3,"
                              " collate_key = ?4 WHERE id = ?5", error);
  if (stmt == NULL)
    return FALSE;
  _dt_store_bind_text (stmt, 1, dt_unit_get_name (unit));
  _dt_store_bind_text (stmt, 2, dt_unit_get_short_name (unit));
  _dt_store_bind_text (stmt, 3, key);
  _dt_store_bind_text (stmt, 4, collate);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);
  if (!_dt_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = sqlite3_last_insert_rowid (self->db);
  else if (!_dt_store_check_changed (self, DT_STORE_ROW_UNIT, error))
    return FALSE;
  else if (!_dt_store_reindex_lead_unit (self, id, error))
    return FALSE;

  if (!save_aliases (self, id, unit, error))
    return FALSE;
  *out_id = id;
  return TRUE;
}

gboolean
dt_store_save_unit (DtStore  *self,
                    DtUnit   *unit,
                    GError  **error)
{
  gint64 id = 0;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_UNIT (unit), FALSE);

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_write_unit (self, unit, &id, error))
    return _dt_store_rollback (self);
  if (!_dt_store_commit (self, error))
    return FALSE;

  _dt_unit_set_id (unit, id);
  return TRUE;
}

static gboolean
load_aliases (DtStore  *self,
              DtUnit   *unit,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) aliases = NULL;
  int rc;

  stmt = _dt_store_prepare (self, "SELECT alias FROM unit_aliases WHERE unit_id = ?1"
                                  " ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dt_unit_get_id (unit));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, _dt_store_column_text (stmt, 0));
  if (!_dt_store_read_done_error (self, rc, error))
    return FALSE;
  aliases = g_strv_builder_end (builder);
  dt_unit_set_aliases (unit, (const char * const *) aliases);
  return TRUE;
}

static DtUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  DtUnit *unit = dt_unit_new (_dt_store_column_text (stmt, 1));

  _dt_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
  dt_unit_set_short_name (unit, _dt_store_column_text (stmt, 2));
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
      _dt_store_set_gone (DT_STORE_ROW_UNIT, error);
    else
      _dt_store_set_error (self, rc, error);
  }
  if (unit != NULL && !load_aliases (self, unit, error))
    g_clear_object (&unit);
  return unit;
}

GListModel *
dt_store_list_units (DtStore  *self,
                     GError  **error)
{
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  list = g_list_store_new (DT_TYPE_UNIT);
  {
    g_autoptr(sqlite3_stmt) stmt =
      _dt_store_prepare (self, "SELECT id, name, short_name, merged_into FROM units"
                               " WHERE merged_into IS NULL ORDER BY collate_key, id", error);
    int rc;

    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_autoptr(DtUnit) unit = unit_from_row (stmt);
        g_list_store_append (list, unit);
      }
    if (!_dt_store_read_done_error (self, rc, error))
      return NULL;
  }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!load_aliases (self, unit, error))
        return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
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
    _dt_store_bind_text (stmt, 1, key);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      id = sqlite3_column_int64 (stmt, 0);
  }

  /* a merged unit stands for the one it was merged into */
  for (guint hops = 0; id != 0 && hops < 32; hops++)
    {
      gint64 into = _dt_store_query_int (self, "SELECT merged_into FROM units WHERE id = ?1", id, 0);
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
  if (_dt_store_query_int (self, "SELECT count(*) FROM units WHERE id = ?1 AND merged_into IS NULL",
                 from_id, 0) == 0
      || _dt_store_query_int (self, "SELECT count(*) FROM units WHERE id = ?1 AND merged_into IS NULL",
                    into_id, 0) == 0)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND,
                   _("The unit no longer exists or was already merged."));
      return FALSE;
    }

  if (!_dt_store_begin (self, error))
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
          return _dt_store_rollback (self);
        sqlite3_bind_int64 (stmt, 1, from_id);
        sqlite3_bind_int64 (stmt, 2, into_id);
        if (!_dt_store_run (self, stmt, error))
          return _dt_store_rollback (self);
      }
  }
  if (!_dt_store_reindex_lead_unit (self, into_id, error))
    return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}

gboolean
dt_store_delete_unit (DtStore  *self,
                      gint64    id,
                      GError  **error)
{
  gint64 n;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  n = _dt_store_query_int (self, "SELECT count(*) FROM directives WHERE lead_unit_id = ?1", id, 0);
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

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_run_with_id (self, "UPDATE directives SET revision = revision + 1 WHERE id IN"
                          " (SELECT directive_id FROM directive_units WHERE unit_id = ?1)",
                    id, error)
      || !_dt_store_run_with_id (self, "DELETE FROM units WHERE id = ?1", id, error)
      || !_dt_store_check_changed (self, DT_STORE_ROW_UNIT, error))
    return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}
