/* dt-directive-list-foreach.c — reading every row of a DtDirectiveList at
 * once: as objects lent in turn, or as briefs without objects.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-directive.h"
#include "dt-directive-list-private.h"
#include "dt-model-private.h"
#include "dt-store-private.h"

typedef struct
{
  GHashTable          *positions;   /* gint64 id → position + 1 */
  DtDirectiveListFunc  func;
  gpointer             user_data;
} ForeachData;

static void
foreach_row (DtDirective *directive,
             gpointer     user_data)
{
  ForeachData *data = user_data;
  gint64 id = dt_directive_get_id (directive);
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (data->positions, &id));

  if (position > 0)
    data->func (directive, position - 1, data->user_data);
}

void
dt_directive_list_foreach (DtDirectiveList     *self,
                           DtDirectiveListFunc  func,
                           gpointer             user_data)
{
  g_autoptr(GHashTable) positions = NULL;
  const gint64 *ids;
  ForeachData data = { NULL, func, user_data };
  gint64 max_id;

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (func != NULL);

  if (self->store == NULL || self->rows->len == 0)
    return;

  /* A few rows of many: looked up a page at a time.  Most of them: read
   * through the tables in order, which costs a fraction of the lookups. */
  max_id = _dt_store_query_int (self->store, "SELECT max (id) FROM directives", 0, 0);
  if ((gint64) self->rows->len * 4 < max_id)
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (self), i);

          if (directive != NULL)
            func (directive, i, user_data);
        }
      return;
    }

  ids = (const gint64 *) (gpointer) self->rows->data;
  positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->rows->len; i++)
    g_hash_table_insert (positions, (gpointer) &ids[i], GUINT_TO_POINTER (i + 1));
  data.positions = positions;
  _dt_store_foreach_directive (self->store, positions, foreach_row, &data);
}

/* Brief rows ------------------------------------------------------------- */

#define BRIEF_COLUMNS \
  "d.id, d.ordinal, d.section, d.lead_unit_id, d.notice_id, d.assigned_date, d.deadline," \
  " d.original_deadline, d.completed_date, d.deadline_approximate, d.cancelled," \
  " d.recurrence, d.recurrence_interval, "

/* id → interned name, for the few units and notices many rows share */
static GHashTable *
brief_names (DtStore  *store,
             gboolean  notices)
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dt_store_prepare (store, notices
                                   ? "SELECT id, number, kind, coalesce (issue_date, meeting_date)"
                                     " FROM notices"
                                   : "SELECT id, name FROM units", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name;

      if (notices)
        {
          g_autofree char *label = _dt_notice_format_label (_dt_store_column_text (stmt, 1),
                                                            sqlite3_column_int (stmt, 2),
                                                            _dt_store_column_date (stmt, 3));
          name = g_intern_string (label);
        }
      else
        name = g_intern_string (_dt_store_column_text (stmt, 1));
      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), (gpointer) name);
    }
  return names;
}

static void
brief_from_row (DtDirectiveBrief *brief,
                sqlite3_stmt     *stmt,
                GHashTable       *units,
                GHashTable       *notices)
{
  gint64 unit_id = sqlite3_column_int64 (stmt, 3);
  gint64 notice_id = sqlite3_column_int64 (stmt, 4);
  const char *unit = g_hash_table_lookup (units, &unit_id);
  const char *notice = g_hash_table_lookup (notices, &notice_id);

  brief->id = sqlite3_column_int64 (stmt, 0);
  brief->ordinal = g_intern_string (_dt_store_column_text (stmt, 1));
  brief->section = g_intern_string (_dt_store_column_text (stmt, 2));
  brief->unit = unit ? unit : g_intern_static_string ("");
  brief->notice = notice ? notice : g_intern_static_string ("");
  brief->assigned = _dt_store_column_date (stmt, 5);
  brief->deadline = _dt_store_column_date (stmt, 6);
  brief->original_deadline = _dt_store_column_date (stmt, 7);
  brief->completed = _dt_store_column_date (stmt, 8);
  brief->approximate = sqlite3_column_int (stmt, 9) != 0;
  brief->cancelled = sqlite3_column_int (stmt, 10) != 0;
  brief->recurrence = sqlite3_column_int (stmt, 11);
  brief->recurrence_interval = sqlite3_column_int (stmt, 12);
  brief->status = CLAMP (sqlite3_column_int (stmt, 13), 0, DT_N_STATUSES - 1);
}

void
dt_directive_list_foreach_brief (DtDirectiveList      *self,
                                 DtDirectiveBriefFunc  func,
                                 gpointer              user_data)
{
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GHashTable) notices = NULL;
  g_autoptr(GHashTable) positions = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const gint64 *ids;
  gboolean few;

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (func != NULL);

  if (self->store == NULL || self->rows->len == 0)
    return;

  units = brief_names (self->store, FALSE);
  notices = brief_names (self->store, TRUE);
  ids = (const gint64 *) (gpointer) self->rows->data;

  /* A few rows of many: each looked up by its id.  Most of them: read
   * through the table in order, which costs a fraction of the lookups. */
  few = (gint64) self->rows->len * 4
        < _dt_store_query_int (self->store, "SELECT max (id) FROM directives", 0, 0);
  sql = g_string_new ("SELECT " BRIEF_COLUMNS);
  g_string_append (sql, _dt_store_get_status_sql (self->store));
  g_string_append (sql, few ? " FROM directives d WHERE d.id = :id"
                            : " FROM directives d ORDER BY d.id");
  stmt = _dt_store_prepare (self->store, sql->str, NULL);
  if (stmt == NULL)
    return;

  if (few)
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          DtDirectiveBrief brief;

          sqlite3_reset (stmt);
          _dt_store_bind_today (self->store, stmt);
          _dt_store_bind_named_int (stmt, ":id", ids[i]);
          if (sqlite3_step (stmt) != SQLITE_ROW)
            continue;
          brief_from_row (&brief, stmt, units, notices);
          func (&brief, i, user_data);
        }
      return;
    }

  positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->rows->len; i++)
    g_hash_table_insert (positions, (gpointer) &ids[i], GUINT_TO_POINTER (i + 1));
  _dt_store_bind_today (self->store, stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, &id));
      DtDirectiveBrief brief;

      if (position == 0)
        continue;
      brief_from_row (&brief, stmt, units, notices);
      func (&brief, position - 1, user_data);
    }
}
