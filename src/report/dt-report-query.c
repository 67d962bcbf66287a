/* dt-report-query.c — a report's figures from the store
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the directives that may count (one prepared statement,
 * only the dates and the lead unit read), each judged by
 * dt_report_classify(); then the directives of the appendix and their
 * latest progress reports, two statements for all of them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-notice.h"
#include "dt-report.h"
#include "dt-report-private.h"
#include "dt-store-private.h"

/* Every directive that may count (the rule in C decides): the ones whose
 * deadlines all fall after the period, and those completed before it
 * (and before the reporting date) whose deadlines fell before it too, are
 * left in the database.  ?1 notice (0: all), ?2 from, ?3 to, ?4 as of. */
#define SCAN_SQL \
  "SELECT id, lead_unit_id, assigned_date, deadline, original_deadline, completed_date, cancelled" \
  " FROM directives WHERE (?1 = 0 OR notice_id = ?1)" \
  " AND ((deadline IS NULL AND original_deadline IS NULL) OR deadline <= ?3 OR original_deadline <= ?3)" \
  " AND (completed_date IS NULL OR completed_date >= ?2 OR completed_date > ?4" \
  "      OR deadline >= ?2 OR original_deadline >= ?2)"

#define UNITS_SQL "SELECT id, name FROM units ORDER BY collate_key, name"

/* The directives of the appendix, all at once: ?1 a JSON array of ids */
#define ENTRIES_SQL \
  "SELECT d.id, coalesce (u.name, ''), coalesce (n.number, ''), d.ordinal, d.text, u.id IS NULL" \
  " FROM json_each (?1) j JOIN directives d ON d.id = j.value" \
  " LEFT JOIN units u ON u.id = d.lead_unit_id" \
  " LEFT JOIN notices n ON n.id = d.notice_id"

/* Their progress reports known on the reporting date ?2, newest first */
#define PROGRESS_SQL \
  "SELECT r.directive_id, r.date, r.text" \
  " FROM json_each (?1) j JOIN reports r ON r.directive_id = j.value" \
  " WHERE r.date IS NULL OR r.date <= ?2" \
  " ORDER BY r.directive_id, coalesce (r.date, '') DESC, r.id DESC"

typedef struct
{
  gint64       unit_id;  /* the key */
  DtReportRow *row;      /* NULL once moved to the report */
  guint        order;    /* the unit's place by name */
} UnitSlot;

static void
slot_free (gpointer data)
{
  UnitSlot *slot = data;

  if (slot->row != NULL)
    _dt_report_row_free (slot->row);
  g_free (slot);
}

static DtReportRow *
row_new (gint64      unit_id,
         const char *name)
{
  DtReportRow *row = g_new0 (DtReportRow, 1);

  row->unit_id = unit_id;
  row->unit_name = g_strdup (name);
  for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
    row->ids[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  return row;
}

typedef struct
{
  gint64 id;
  guint  order;
  DtDate deadline;
} Pick;

static int
compare_picks (gconstpointer a,
               gconstpointer b)
{
  const Pick *pa = a, *pb = b;

  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;
  if (pa->deadline != pb->deadline)
    return pa->deadline < pb->deadline ? -1 : 1;
  return pa->id < pb->id ? -1 : pa->id > pb->id;
}

static gboolean
load_entries (DtStore    *store,
              GArray     *picks,
              DtDate      as_of,
              GPtrArray  *out,
              GError    **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GString) json = g_string_new ("[");
  sqlite3_stmt *stmt;
  int rc;

  if (picks->len == 0)
    return TRUE;
  g_array_sort (picks, compare_picks);
  for (guint i = 0; i < picks->len; i++)
    {
      Pick *pick = &g_array_index (picks, Pick, i);
      DtReportEntry *entry = g_new0 (DtReportEntry, 1);

      entry->directive_id = pick->id;
      entry->deadline = pick->deadline;
      entry->days_overdue = pick->deadline && as_of > pick->deadline ? as_of - pick->deadline : 0;
      g_ptr_array_add (out, entry);
      g_hash_table_insert (by_id, &entry->directive_id, entry);
      g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", pick->id);
    }
  g_string_append_c (json, ']');

  stmt = _dt_store_prepare (store, ENTRIES_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json->str, (int) json->len, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DtReportEntry *entry = g_hash_table_lookup (by_id, &id);

      if (entry == NULL || entry->text != NULL)
        continue;
      entry->unit_name = sqlite3_column_int (stmt, 5) ? g_strdup (_("No lead unit"))
                                                  : g_strdup (_dt_store_column_text (stmt, 1));
      /* a draft's blank number ("/TB-UBND") names no notice */
      entry->notice_number = g_strdup (dt_notice_number_is_blank (_dt_store_column_text (stmt, 2))
                                       ? "" : _dt_store_column_text (stmt, 2));
      entry->ordinal = g_strdup (_dt_store_column_text (stmt, 3));
      entry->text = g_strdup (_dt_store_column_text (stmt, 4));
    }
  dt_stmt_release (stmt);
  if (rc != SQLITE_DONE)
    return _dt_store_set_error (store, rc, error);

  stmt = _dt_store_prepare (store, PROGRESS_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json->str, (int) json->len, SQLITE_STATIC);
  _dt_store_bind_date (stmt, 2, as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DtReportEntry *entry = g_hash_table_lookup (by_id, &id);

      /* the first row of each directive is its latest */
      if (entry == NULL || entry->progress_text != NULL)
        continue;
      entry->progress_date = _dt_store_column_date (stmt, 1);
      entry->progress_text = g_strdup (_dt_store_column_text (stmt, 2));
    }
  dt_stmt_release (stmt);
  if (rc != SQLITE_DONE)
    return _dt_store_set_error (store, rc, error);

  /* a row gone meanwhile: never NULL strings */
  for (guint i = 0; i < out->len; i++)
    {
      DtReportEntry *entry = g_ptr_array_index (out, i);

      if (entry->text == NULL)
        {
          entry->unit_name = g_strdup ("");
          entry->notice_number = g_strdup ("");
          entry->ordinal = g_strdup ("");
          entry->text = g_strdup ("");
        }
    }
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GHashTable *units = user_data;
  const DtReportRow *ra = *(DtReportRow * const *) a;
  const DtReportRow *rb = *(DtReportRow * const *) b;
  UnitSlot *sa = g_hash_table_lookup (units, &ra->unit_id);
  UnitSlot *sb = g_hash_table_lookup (units, &rb->unit_id);

  return sa->order < sb->order ? -1 : sa->order > sb->order;
}

DtReport *
dt_report_compute (DtStore               *store,
                   const DtReportOptions *options,
                   GError               **error)
{
  g_autoptr(DtReport) report = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (Pick));
  g_autoptr(GArray) cancelled = g_array_new (FALSE, FALSE, sizeof (Pick));
  sqlite3_stmt *stmt;
  guint order = 0;
  int rc;

  g_return_val_if_fail (DT_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  report = g_new0 (DtReport, 1);
  report->period = options->period;
  report->as_of = options->as_of != DT_DATE_NONE ? options->as_of : dt_date_today ();
  report->notice_id = options->notice_id;
  report->against_original = options->against_original;
  report->rows = g_ptr_array_new_with_free_func (_dt_report_row_free);
  report->overdue = g_ptr_array_new_with_free_func (_dt_report_entry_free);
  report->cancelled = g_ptr_array_new_with_free_func (_dt_report_entry_free);
  report->n_stored = (guint) _dt_store_query_int (store, "SELECT count(*) FROM directives", 0, 0);
  if (options->notice_id > 0)
    {
      g_autoptr(DtNotice) notice = dt_store_get_notice (store, options->notice_id, error);

      if (notice == NULL)
        return NULL;
      report->notice_number = dt_notice_has_number (notice) ? g_strdup (dt_notice_get_number (notice)) : NULL;
    }

  if (options->unit_ids != NULL)
    {
      wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < options->n_unit_ids; i++)
        g_hash_table_add (wanted, (gpointer) &options->unit_ids[i]);
    }

  /* the units, in the order of their names */
  units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, slot_free);
  stmt = _dt_store_prepare (store, UNITS_SQL, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      UnitSlot *slot;

      if (wanted != NULL && !g_hash_table_contains (wanted, &id))
        continue;
      slot = g_new0 (UnitSlot, 1);
      slot->unit_id = id;
      slot->order = order++;
      slot->row = row_new (id, _dt_store_column_text (stmt, 1));
      g_hash_table_insert (units, &slot->unit_id, slot);
    }
  dt_stmt_release (stmt);
  if (rc != SQLITE_DONE)
    {
      _dt_store_set_error (store, rc, error);
      return NULL;
    }
  /* directives addressed to a collective ("các sở, ngành") have no lead
   * unit: they count in a row of their own, after the units */
  if (wanted == NULL)
    {
      UnitSlot *slot = g_new0 (UnitSlot, 1);

      slot->unit_id = 0;
      slot->order = G_MAXUINT;
      slot->row = row_new (0, _("No lead unit"));
      g_hash_table_insert (units, &slot->unit_id, slot);
    }

  stmt = _dt_store_prepare (store, SCAN_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, MAX (options->notice_id, 0));
  _dt_store_bind_date (stmt, 2, report->period.from);
  _dt_store_bind_date (stmt, 3, report->period.to);
  _dt_store_bind_date (stmt, 4, report->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 unit_id = sqlite3_column_int64 (stmt, 1);
      DtDate deadline = _dt_store_column_date (stmt, 3);
      DtDate original = _dt_store_column_date (stmt, 4);
      DtReportCategory category;
      gboolean carried;
      UnitSlot *slot;

      slot = g_hash_table_lookup (units, &unit_id);
      if (slot == NULL)
        continue;
      if (!dt_report_classify (&report->period, report->as_of,
                               _dt_store_column_date (stmt, 2), deadline, original,
                               _dt_store_column_date (stmt, 5),
                               sqlite3_column_int (stmt, 6) != 0,
                               options->against_original, &category, &carried))
        continue;

      slot->row->counts[category]++;
      g_array_append_val (slot->row->ids[category], id);
      report->totals.counts[category]++;
      report->carried_over += carried ? 1 : 0;
      if (category == DT_REPORT_OVERDUE || category == DT_REPORT_CANCELLED)
        {
          Pick pick = { id, slot->order,
                        options->against_original && original ? original : (deadline ? deadline : original) };

          g_array_append_val (category == DT_REPORT_OVERDUE ? overdue : cancelled, pick);
        }
    }
  dt_stmt_release (stmt);
  if (rc != SQLITE_DONE)
    {
      _dt_store_set_error (store, rc, error);
      return NULL;
    }

  /* a row for each unit with something counted (or cancelled) */
  {
    GHashTableIter iter;
    UnitSlot *slot;

    g_hash_table_iter_init (&iter, units);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &slot))
      {
        gboolean any = FALSE;

        for (guint i = 0; i < DT_REPORT_N_CATEGORIES; i++)
          any |= slot->row->counts[i] > 0;
        if (any)
          g_ptr_array_add (report->rows, g_steal_pointer (&slot->row));
      }
    g_ptr_array_sort_with_data (report->rows, compare_rows, units);
  }

  if (!load_entries (store, overdue, report->as_of, report->overdue, error)
      || !load_entries (store, cancelled, report->as_of, report->cancelled, error))
    return NULL;

  return g_steal_pointer (&report);
}
