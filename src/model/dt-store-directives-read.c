/* dt-store-directives-read.c — reading directives: one, many at once into
 * objects, or every row in turn, with their notice, lead unit and
 * coordinating units.
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

/* Directives */

#define DIRECTIVE_COLUMNS \
  "d.id, d.notice_id, coalesce (n.number, ''), d.ordinal, d.section, d.text," \
  " d.lead_unit_id, coalesce (u.name, ''), d.assigned_date, d.deadline," \
  " d.original_deadline, d.deadline_phrase, d.deadline_approximate, d.recurrence," \
  " d.recurrence_interval, d.completed_date, d.cancelled, d.created, d.updated," \
  " n.kind, coalesce (n.issue_date, n.meeting_date), d.recurrence_anchors, d.addressee"

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
  int rc;

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, dt_directive_get_id (directive));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_strv_builder_add (builder, _dt_store_column_text (stmt, 1));
    }
  _dt_store_read_done (self, rc);
  names = g_strv_builder_end (builder);
  _dt_directive_set_coordinating_units (directive, (const gint64 *) (gpointer) ids->data,
                                        (const char * const *) names, ids->len);
}

/* Copies a row of DIRECTIVE_COLUMNS into an object (notifying what
 * changed, once the caller thaws it). */
static void
fill_from_row (DtStore      *self,
               DtDirective  *directive,
               sqlite3_stmt *stmt)
{
  g_autofree char *notice_label = NULL;

  _dt_directive_set_id (directive, sqlite3_column_int64 (stmt, 0));
  dt_directive_set_notice_id (directive, sqlite3_column_int64 (stmt, 1));
  /* A draft's blank number ("/TB-UBND") says nothing: its date instead. */
  if (sqlite3_column_type (stmt, 19) != SQLITE_NULL)
    notice_label = _dt_notice_format_label (_dt_store_column_text (stmt, 2),
                                            sqlite3_column_int (stmt, 19),
                                            _dt_store_column_date (stmt, 20));
  _dt_directive_set_notice_label (directive, notice_label ? notice_label : "");
  dt_directive_set_ordinal (directive, _dt_store_column_text (stmt, 3));
  dt_directive_set_section (directive, _dt_store_column_text (stmt, 4));
  dt_directive_set_text (directive, _dt_store_column_text (stmt, 5));
  dt_directive_set_lead_unit_id (directive, sqlite3_column_int64 (stmt, 6));
  _dt_directive_set_lead_unit_name (directive, _dt_store_column_text (stmt, 7));
  dt_directive_set_assigned_date (directive, _dt_store_column_date (stmt, 8));
  dt_directive_set_deadline (directive, _dt_store_column_date (stmt, 10));
  _dt_directive_set_current_deadline (directive, _dt_store_column_date (stmt, 9));
  dt_directive_set_deadline_phrase (directive, _dt_store_column_text (stmt, 11));
  dt_directive_set_deadline_approximate (directive, sqlite3_column_int (stmt, 12));
  dt_directive_set_recurrence (directive, sqlite3_column_int (stmt, 13),
                               sqlite3_column_int (stmt, 14));
  dt_directive_set_recurrence_anchors (directive, (guint32) sqlite3_column_int64 (stmt, 21));
  dt_directive_set_completed_date (directive, _dt_store_column_date (stmt, 15));
  dt_directive_set_cancelled (directive, sqlite3_column_int (stmt, 16));
  _dt_directive_set_times (directive, sqlite3_column_int64 (stmt, 17),
                           sqlite3_column_int64 (stmt, 18));
  dt_directive_set_addressee (directive, _dt_store_column_text (stmt, 22));
  _dt_directive_set_status_rule (directive, &self->status_rule);
}

/* Copies the stored row into an existing object (notifying what changed).
 * FALSE when the row is gone, and @error set when it could not be read. */
static gboolean
fill_directive_error (DtStore      *self,
                      DtDirective  *directive,
                      gint64        id,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dt_store_prepare (self,
                            "SELECT " DIRECTIVE_COLUMNS " FROM directives d"
                            " LEFT JOIN notices n ON n.id = d.notice_id"
                            " LEFT JOIN units u ON u.id = d.lead_unit_id WHERE d.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _dt_store_read_done_error (self, rc, error);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (directive));
  fill_from_row (self, directive, stmt);
  dt_stmt_release (stmt);
  load_coordinating_units (self, directive);
  g_object_thaw_notify (G_OBJECT (directive));
  return TRUE;
}

typedef struct
{
  GArray    *ids;
  GPtrArray *names;
} CoordinatingUnits;

static void
coordinating_units_free (gpointer data)
{
  CoordinatingUnits *units = data;

  g_array_unref (units->ids);
  g_ptr_array_unref (units->names);
  g_free (units);
}

/* Fills many objects from their stored rows with one query for the rows and
 * one for their coordinating units, whatever their number; fresh: they are
 * new, nobody is connected to them yet.  found[i] tells
 * whether the row of directives[i] (by its id) still exists; the objects of
 * rows that do not are left as they were. */
void
_dt_store_fill_directives (DtStore      *self,
                           DtDirective **directives,
                           guint         n,
                           gboolean      fresh,
                           gboolean     *found)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autofree gint64 *ids = NULL;
  g_autofree char *json = NULL;
  int rc;

  memset (found, 0, sizeof (gboolean) * n);
  if (n == 0)
    return;

  /* id → index + 1 */
  ids = g_new (gint64, n);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n; i++)
    {
      ids[i] = dt_directive_get_id (directives[i]);
      g_hash_table_insert (by_id, &ids[i], GUINT_TO_POINTER (i + 1));
    }
  json = _dt_store_ids_to_json (ids, n);

  /* the coordinating units first: the objects are filled in one go */
  units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, coordinating_units_free);
  stmt = _dt_store_prepare (self,
                            "SELECT du.directive_id, du.unit_id, u.name FROM directive_units du"
                            " JOIN units u ON u.id = du.unit_id"
                            " WHERE du.directive_id IN (SELECT value FROM json_each (?1))"
                            " ORDER BY du.directive_id, du.position, du.rowid", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 directive_id = sqlite3_column_int64 (stmt, 0);
      gint64 unit_id = sqlite3_column_int64 (stmt, 1);
      CoordinatingUnits *entry = g_hash_table_lookup (units, &directive_id);

      if (entry == NULL)
        {
          entry = g_new0 (CoordinatingUnits, 1);
          entry->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          entry->names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (units, g_memdup2 (&directive_id, sizeof directive_id), entry);
        }
      g_array_append_val (entry->ids, unit_id);
      g_ptr_array_add (entry->names, g_strdup (_dt_store_column_text (stmt, 2)));
    }
  if (!_dt_store_read_done (self, rc))
    return;
  g_clear_pointer (&stmt, dt_stmt_release);

  stmt = _dt_store_prepare (self,
                            "SELECT " DIRECTIVE_COLUMNS " FROM directives d"
                            " LEFT JOIN notices n ON n.id = d.notice_id"
                            " LEFT JOIN units u ON u.id = d.lead_unit_id"
                            " WHERE d.id IN (SELECT value FROM json_each (?1))", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, &id));
      DtDirective *directive;
      CoordinatingUnits *entry;

      if (index == 0)
        continue;
      directive = directives[index - 1];
      found[index - 1] = TRUE;
      entry = g_hash_table_lookup (units, &id);

      /* nobody listens to a new object: its notifications cost nothing
       * unless queued */
      if (!fresh)
        g_object_freeze_notify (G_OBJECT (directive));
      fill_from_row (self, directive, stmt);
      if (entry != NULL)
        {
          g_ptr_array_add (entry->names, NULL);
          _dt_directive_set_coordinating_units (directive, (const gint64 *) (gpointer) entry->ids->data,
                                                (const char * const *) entry->names->pdata,
                                                entry->ids->len);
        }
      else
        _dt_directive_set_coordinating_units (directive, NULL, NULL, 0);
      if (!fresh)
        g_object_thaw_notify (G_OBJECT (directive));
    }
  _dt_store_read_done (self, rc);
}

typedef struct
{
  gint64  position;
  gint64  rowid;
  gint64  unit_id;
  char   *name;
} UnitRow;

static int
compare_unit_rows (gconstpointer a,
                   gconstpointer b)
{
  const UnitRow *x = a, *y = b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->rowid < y->rowid ? -1 : x->rowid > y->rowid;
}

static void
clear_unit_rows (GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    g_free (g_array_index (rows, UnitRow, i).name);
  g_array_set_size (rows, 0);
}

/* Reads the rows of all directives, or of those whose ids are keys of
 * wanted, in the order of their ids, with their coordinating units: two
 * reads through the tables in that order, merged, which is much cheaper
 * than looking each row up once most rows are wanted.  func gets one object
 * filled from each row in turn, the same object each time. */
void
_dt_store_foreach_directive (DtStore              *self,
                             GHashTable           *wanted,
                             DtStoreDirectiveFunc  func,
                             gpointer              user_data)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  g_autoptr(sqlite3_stmt) units = NULL;
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(GArray) unit_rows = g_array_new (FALSE, FALSE, sizeof (UnitRow));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gboolean more_units;
  int rc;

  rows = _dt_store_prepare (self,
                            "SELECT " DIRECTIVE_COLUMNS " FROM directives d"
                            " LEFT JOIN notices n ON n.id = d.notice_id"
                            " LEFT JOIN units u ON u.id = d.lead_unit_id ORDER BY d.id", NULL);
  units = _dt_store_prepare (self,
                             "SELECT du.directive_id, du.position, du.rowid, du.unit_id, u.name"
                             " FROM directive_units du JOIN units u ON u.id = du.unit_id"
                             " ORDER BY du.directive_id", NULL);
  if (rows == NULL || units == NULL)
    return;

  more_units = sqlite3_step (units) == SQLITE_ROW;
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (rows, 0);

      while (more_units && sqlite3_column_int64 (units, 0) < id)
        more_units = sqlite3_step (units) == SQLITE_ROW;
      if (wanted != NULL && !g_hash_table_contains (wanted, &id))
        continue;

      clear_unit_rows (unit_rows);
      while (more_units && sqlite3_column_int64 (units, 0) == id)
        {
          UnitRow row = {
            sqlite3_column_int64 (units, 1), sqlite3_column_int64 (units, 2),
            sqlite3_column_int64 (units, 3), g_strdup (_dt_store_column_text (units, 4))
          };

          g_array_append_val (unit_rows, row);
          more_units = sqlite3_step (units) == SQLITE_ROW;
        }
      g_array_sort (unit_rows, compare_unit_rows);
      g_array_set_size (ids, 0);
      g_ptr_array_set_size (names, 0);
      for (guint i = 0; i < unit_rows->len; i++)
        {
          g_array_append_val (ids, g_array_index (unit_rows, UnitRow, i).unit_id);
          g_ptr_array_add (names, g_array_index (unit_rows, UnitRow, i).name);
        }
      g_ptr_array_add (names, NULL);

      fill_from_row (self, directive, rows);
      _dt_directive_set_coordinating_units (directive, (const gint64 *) (gpointer) ids->data,
                                            (const char * const *) names->pdata, ids->len);
      func (directive, user_data);
    }
  clear_unit_rows (unit_rows);
  _dt_store_read_done (self, rc);
}

/* The same for a reader with nobody to tell: a failure is "read-failed". */
gboolean
_dt_store_fill_directive (DtStore     *self,
                          DtDirective *directive,
                          gint64       id)
{
  g_autoptr(GError) error = NULL;

  if (fill_directive_error (self, directive, id, &error))
    return TRUE;
  if (error != NULL)
    dt_store_report_read_error (self, error);
  return FALSE;
}

gboolean
_dt_store_refresh_directive (DtStore     *self,
                             DtDirective *directive)
{
  return _dt_store_fill_directive (self, directive, dt_directive_get_id (directive));
}

DtDirective *
_dt_store_load_directive (DtStore *self,
                          gint64   id)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();

  if (!_dt_store_fill_directive (self, directive, id))
    return NULL;
  return g_steal_pointer (&directive);
}

DtDirective *
dt_store_get_directive (DtStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(DtDirective) directive = dt_directive_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  /* as the user sees it: with what is being typed */
  _dt_store_flush_pending (self);
  if (fill_directive_error (self, directive, id, &local_error))
    return g_steal_pointer (&directive);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    _dt_store_set_gone (DT_STORE_ROW_DIRECTIVE, error);
  return NULL;
}
