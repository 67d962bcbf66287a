/* dt-directive-list-foreach.c — reading every row of a DtDirectiveList at
 * once: as objects lent in turn, or as briefs without objects.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-directive-list-private.h"
#include "dt-model-private.h"
#include "dt-status.h"
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
  " d.original_deadline, d.completed_date," \
  /* the small numbers as one (each column read costs a lock and a call);
   * SQLite's << & | bind alike, left to right */ \
  " ((d.deadline_approximate != 0) | ((d.cancelled != 0) << 1)" \
  "  | ((d.recurrence & 1073741823) << 2) | (d.recurrence_interval << 32))"

/* id → interned name, for the few units and notices many rows share:
 * by id in a plain array (ids are given in order; a hash table if they are
 * far apart) */
typedef struct
{
  const char **dense;      /* [id], or NULL */
  gint64       n_dense;
  GHashTable  *by_id;      /* gint64 * → name, or NULL */
  gint64       last_id;    /* rows come by lead unit */
  const char  *last_name;
} BriefNames;

typedef struct
{
  gint64      id;
  const char *name;
} BriefName;

static void
brief_names_init (BriefNames *names,
                  DtStore    *store,
                  gboolean    notices)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (BriefName));
  gint64 max_id = 0;

  memset (names, 0, sizeof *names);
  names->last_id = -1;
  stmt = _dt_store_prepare (store, notices
                                   ? "SELECT id, number, kind, coalesce (issue_date, meeting_date)"
                                     " FROM notices"
                                   : "SELECT id, name FROM units", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      BriefName name = { sqlite3_column_int64 (stmt, 0), NULL };

      if (notices)
        {
          g_autofree char *label = _dt_notice_format_label (_dt_store_column_text (stmt, 1),
                                                            sqlite3_column_int (stmt, 2),
                                                            _dt_store_column_date (stmt, 3));
          name.name = g_intern_string (label);
        }
      else
        name.name = g_intern_string (_dt_store_column_text (stmt, 1));
      g_array_append_val (all, name);
      max_id = MAX (max_id, name.id);
    }

  if (max_id <= 4 * (gint64) all->len + 64)
    {
      names->n_dense = max_id + 1;
      names->dense = g_new0 (const char *, names->n_dense);
      for (guint i = 0; i < all->len; i++)
        {
          const BriefName *name = &g_array_index (all, BriefName, i);

          if (name->id >= 0)
            names->dense[name->id] = name->name;
        }
      return;
    }

  names->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      const BriefName *name = &g_array_index (all, BriefName, i);

      g_hash_table_insert (names->by_id, g_memdup2 (&name->id, sizeof name->id), (gpointer) name->name);
    }
}

static void
brief_names_clear (BriefNames *names)
{
  g_clear_pointer (&names->dense, g_free);
  g_clear_pointer (&names->by_id, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BriefNames, brief_names_clear)

static const char *
brief_names_lookup (BriefNames *names,
                    gint64      id)
{
  if (names->dense != NULL)
    return id >= 0 && id < names->n_dense ? names->dense[id] : NULL;
  if (id != names->last_id)
    {
      names->last_id = id;
      names->last_name = g_hash_table_lookup (names->by_id, &id);
    }
  return names->last_name;
}

/* Ordinals and sections as g_intern_string ()s, through a table of this
 * scan's own: the global one takes a lock for each string, and the rows of
 * a chart share a few hundred ordinals and sections between them. */
typedef struct
{
  GHashTable *seen;   /* interned string → itself */
  const char *last;   /* the row before's: neighbours share their section */
} BriefStrings;

static const char *
brief_strings_intern (BriefStrings *strings,
                      const char   *text)
{
  const char *interned;

  if (strings->last != NULL && strcmp (strings->last, text) == 0)
    return strings->last;
  interned = g_hash_table_lookup (strings->seen, text);
  if (interned == NULL)
    {
      interned = g_intern_string (text);
      g_hash_table_add (strings->seen, (gpointer) interned);
    }
  strings->last = interned;
  return interned;
}

/* What the rows of one scan share */
typedef struct
{
  BriefNames          units;
  BriefNames          notices;
  BriefStrings        ordinals;
  BriefStrings        sections;
  const DtStatusRule *rule;
  DtDate              today;
} BriefScan;

static void
brief_scan_init (BriefScan *scan,
                 DtStore   *store)
{
  brief_names_init (&scan->units, store, FALSE);
  brief_names_init (&scan->notices, store, TRUE);
  scan->ordinals.seen = g_hash_table_new (g_str_hash, g_str_equal);
  scan->ordinals.last = NULL;
  scan->sections.seen = g_hash_table_new (g_str_hash, g_str_equal);
  scan->sections.last = NULL;
  scan->rule = dt_store_get_status_rule (store);
  scan->today = dt_date_today ();
}

static void
brief_scan_clear (BriefScan *scan)
{
  brief_names_clear (&scan->units);
  brief_names_clear (&scan->notices);
  g_clear_pointer (&scan->ordinals.seen, g_hash_table_unref);
  g_clear_pointer (&scan->sections.seen, g_hash_table_unref);
}

static void
brief_from_row (DtDirectiveBrief *brief,
                sqlite3_stmt     *stmt,
                BriefScan        *scan)
{
  gint64 unit_id = sqlite3_column_int64 (stmt, 3);
  gint64 notice_id = sqlite3_column_int64 (stmt, 4);
  const char *unit = brief_names_lookup (&scan->units, unit_id);
  const char *notice = brief_names_lookup (&scan->notices, notice_id);
  gint64 flags = sqlite3_column_int64 (stmt, 9);

  brief->id = sqlite3_column_int64 (stmt, 0);
  brief->ordinal = brief_strings_intern (&scan->ordinals, _dt_store_column_text (stmt, 1));
  brief->section = brief_strings_intern (&scan->sections, _dt_store_column_text (stmt, 2));
  brief->unit = unit ? unit : g_intern_static_string ("");
  brief->notice = notice ? notice : g_intern_static_string ("");
  brief->assigned = _dt_store_column_date (stmt, 5);
  brief->deadline = _dt_store_column_date (stmt, 6);
  brief->original_deadline = _dt_store_column_date (stmt, 7);
  brief->completed = _dt_store_column_date (stmt, 8);
  brief->approximate = (flags & 1) != 0;
  brief->cancelled = (flags & 2) != 0;
  brief->recurrence = (int) ((flags >> 2) & 1073741823);
  brief->recurrence_interval = (gint32) (flags >> 32);
  /* as a directive object computes it (dt_directive_get_status ()), from
   * the dates just read, not by the query's CASE on their text */
  brief->status = dt_status_compute (scan->rule, scan->today, brief->deadline,
                                     brief->original_deadline, brief->completed,
                                     brief->cancelled, brief->recurrence);
}

void
dt_directive_list_foreach_brief (DtDirectiveList      *self,
                                 DtDirectiveBriefFunc  func,
                                 gpointer              user_data)
{
  BriefScan scan;
  g_autofree guint *positions = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const gint64 *ids;
  gint64 max_id, cache_size;
  gboolean few;

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (func != NULL);

  if (self->store == NULL || self->rows->len == 0)
    return;

  ids = (const gint64 *) (gpointer) self->rows->data;

  /* A few rows of many: each looked up by its id.  Most of them: every
   * row read from the index that holds what a brief needs
   * (directives_brief), a few megabytes where the table holds every
   * directive's text, in the index's order. */
  max_id = _dt_store_query_int (self->store, "SELECT max (id) FROM directives", 0, 0);
  few = (gint64) self->rows->len * 4 < max_id;
  stmt = _dt_store_prepare (self->store, few ? "SELECT " BRIEF_COLUMNS " FROM directives d WHERE d.id = ?1"
                                             : "SELECT " BRIEF_COLUMNS " FROM directives d"
                                               " INDEXED BY directives_brief", NULL);
  if (stmt == NULL)
    return;
  brief_scan_init (&scan, self->store);

  if (few)
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          DtDirectiveBrief brief;

          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, ids[i]);
          if (sqlite3_step (stmt) != SQLITE_ROW)
            continue;
          brief_from_row (&brief, stmt, &scan);
          func (&brief, i, user_data);
        }
      brief_scan_clear (&scan);
      return;
    }

  /* ids are at most four times as many as the rows here: a position by id
   * in a plain array */
  positions = g_new0 (guint, max_id + 1);
  for (guint i = 0; i < self->rows->len; i++)
    if (ids[i] > 0 && ids[i] <= max_id)
      positions[ids[i]] = i + 1;

  /* Pages read once would stay in the connection's cache (16 MiB) for
   * nothing: the scan goes through a small cache, and the connection has
   * its own size back after (the pages it held are read again when next
   * needed, from the system's cache). */
  cache_size = _dt_store_query_int (self->store, "PRAGMA cache_size", 0, 0);
  if (cache_size != 0)
    _dt_store_query_int (self->store, "PRAGMA cache_size = -256", 0, 0);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint position = id > 0 && id <= max_id ? positions[id] : 0;
      DtDirectiveBrief brief;

      if (position == 0)
        continue;
      brief_from_row (&brief, stmt, &scan);
      func (&brief, position - 1, user_data);
    }
  sqlite3_reset (stmt);
  brief_scan_clear (&scan);

  if (cache_size != 0)
    {
      g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);

      _dt_store_query_int (self->store, restore, 0, 0);
    }
}
