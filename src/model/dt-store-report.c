/* dt-store-report.c — the reads of the meeting's report: the directives
 * that may count in a period, the units by name, and the directives of the
 * appendix with their latest progress.  Plain structs, no objects: a
 * report goes over every directive.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-model-private.h"
#include "dt-store-private.h"
#include "dt-store-report.h"

/* ?1 notice (0: all), ?2 from, ?3 to, ?4 as of; see
 * dt_store_list_report_candidates() for what is left out. */
#define CANDIDATES_SQL \
  "SELECT id, lead_unit_id, assigned_date, deadline, original_deadline, completed_date, cancelled" \
  " FROM directives WHERE (?1 = 0 OR notice_id = ?1)" \
  " AND ((deadline IS NULL AND original_deadline IS NULL) OR deadline <= ?3 OR original_deadline <= ?3)" \
  " AND (completed_date IS NULL OR completed_date >= ?2 OR completed_date > ?4" \
  "      OR deadline >= ?2 OR original_deadline >= ?2)"

#define UNIT_NAMES_SQL "SELECT id, name FROM units ORDER BY collate_key, name"

/* The directives, all at once: ?1 a JSON array of ids */
#define DIRECTIVES_SQL \
  "SELECT d.id, coalesce (u.name, ''), coalesce (n.number, ''), d.ordinal, d.text, u.id IS NULL," \
  "  n.id IS NULL, n.kind, coalesce (n.issue_date, n.meeting_date)" \
  " FROM json_each (?1) j JOIN directives d ON d.id = j.value" \
  " LEFT JOIN units u ON u.id = d.lead_unit_id" \
  " LEFT JOIN notices n ON n.id = d.notice_id"

/* Their progress reports known on the reporting date ?2, newest first */
#define PROGRESS_SQL \
  "SELECT r.directive_id, r.date, r.text" \
  " FROM json_each (?1) j JOIN reports r ON r.directive_id = j.value" \
  " WHERE r.date IS NULL OR r.date <= ?2" \
  " ORDER BY r.directive_id, coalesce (r.date, '') DESC, r.id DESC"

void
dt_report_unit_name_free (gpointer data)
{
  DtReportUnitName *unit = data;

  g_free (unit->name);
  g_free (unit);
}

void
dt_report_directive_free (gpointer data)
{
  DtReportDirective *directive = data;

  g_free (directive->unit_name);
  g_free (directive->notice_number);
  g_free (directive->notice_reference);
  g_free (directive->ordinal);
  g_free (directive->text);
  g_free (directive->progress_text);
  g_free (directive);
}

gint64
dt_store_count_directives (DtStore  *self,
                           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), -1);

  stmt = _dt_store_prepare (self, "SELECT count(*) FROM directives", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _dt_store_set_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

GPtrArray *
dt_store_list_unit_names (DtStore  *self,
                          GError  **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  stmt = _dt_store_prepare (self, UNIT_NAMES_SQL, error);
  if (stmt == NULL)
    return NULL;
  units = g_ptr_array_new_with_free_func (dt_report_unit_name_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DtReportUnitName *unit = g_new0 (DtReportUnitName, 1);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->name = g_strdup (_dt_store_column_text (stmt, 1));
      g_ptr_array_add (units, unit);
    }
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;
  return g_steal_pointer (&units);
}

GArray *
dt_store_list_report_candidates (DtStore  *self,
                                 gint64    notice_id,
                                 DtDate    from,
                                 DtDate    to,
                                 DtDate    as_of,
                                 GError  **error)
{
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  stmt = _dt_store_prepare (self, CANDIDATES_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (notice_id, 0));
  _dt_store_bind_date (stmt, 2, from);
  _dt_store_bind_date (stmt, 3, to);
  _dt_store_bind_date (stmt, 4, as_of);
  candidates = g_array_new (FALSE, FALSE, sizeof (DtReportCandidate));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DtReportCandidate candidate = {
        .id = sqlite3_column_int64 (stmt, 0),
        .lead_unit_id = sqlite3_column_int64 (stmt, 1),
        .assigned = _dt_store_column_date (stmt, 2),
        .deadline = _dt_store_column_date (stmt, 3),
        .original_deadline = _dt_store_column_date (stmt, 4),
        .completed = _dt_store_column_date (stmt, 5),
        .cancelled = sqlite3_column_int (stmt, 6) != 0,
      };

      g_array_append_val (candidates, candidate);
    }
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;
  return g_steal_pointer (&candidates);
}

GPtrArray *
dt_store_list_report_directives (DtStore       *self,
                                 const gint64  *ids,
                                 guint          n_ids,
                                 DtDate         as_of,
                                 GError       **error)
{
  g_autoptr(GPtrArray) directives = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree char *json = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  directives = g_ptr_array_new_full (n_ids, dt_report_directive_free);
  if (n_ids == 0)
    return g_steal_pointer (&directives);

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n_ids; i++)
    {
      DtReportDirective *directive = g_new0 (DtReportDirective, 1);

      directive->directive_id = ids[i];
      g_ptr_array_add (directives, directive);
      g_hash_table_insert (by_id, &directive->directive_id, directive);
    }
  json = _dt_store_ids_to_json (ids, n_ids);

  stmt = _dt_store_prepare (self, DIRECTIVES_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DtReportDirective *directive = g_hash_table_lookup (by_id, &id);

      if (directive == NULL || directive->text != NULL)
        continue;
      directive->unit_name = sqlite3_column_int (stmt, 5) ? NULL
                                                          : g_strdup (_dt_store_column_text (stmt, 1));
      directive->notice_number = g_strdup (_dt_store_column_text (stmt, 2));
      directive->notice_reference = sqlite3_column_int (stmt, 6)
                                    ? g_strdup ("")
                                    : _dt_notice_format_reference (directive->notice_number,
                                                                   sqlite3_column_int (stmt, 7),
                                                                   _dt_store_column_date (stmt, 8));
      directive->ordinal = g_strdup (_dt_store_column_text (stmt, 3));
      directive->text = g_strdup (_dt_store_column_text (stmt, 4));
    }
  g_clear_pointer (&stmt, dt_stmt_release);
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;

  stmt = _dt_store_prepare (self, PROGRESS_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  _dt_store_bind_date (stmt, 2, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DtReportDirective *directive = g_hash_table_lookup (by_id, &id);

      /* the first row of each directive is its latest */
      if (directive == NULL || directive->progress_text != NULL)
        continue;
      directive->progress_date = _dt_store_column_date (stmt, 1);
      directive->progress_text = g_strdup (_dt_store_column_text (stmt, 2));
    }
  g_clear_pointer (&stmt, dt_stmt_release);
  if (!_dt_store_read_done_error (self, rc, error))
    return NULL;

  /* a row gone meanwhile: never NULL strings */
  for (guint i = 0; i < directives->len; i++)
    {
      DtReportDirective *directive = g_ptr_array_index (directives, i);

      if (directive->text == NULL)
        {
          g_free (directive->unit_name);
          directive->unit_name = g_strdup ("");
          directive->notice_number = g_strdup ("");
          directive->notice_reference = g_strdup ("");
          directive->ordinal = g_strdup ("");
          directive->text = g_strdup ("");
        }
    }
  return g_steal_pointer (&directives);
}
