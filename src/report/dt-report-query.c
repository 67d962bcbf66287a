/* dt-report-query.c — a report's figures from the store
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store reads the directives that may count (only their dates and
 * lead unit), each judged here by dt_report_classify(); then the
 * directives of the appendix with their latest progress reports
 * (dt-store-report.c holds the SQL).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-notice.h"
#include "dt-report.h"
#include "dt-report-private.h"
#include "dt-store-report.h"
#include "dt-text.h"

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
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) directives = NULL;

  if (picks->len == 0)
    return TRUE;
  g_array_sort (picks, compare_picks);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), picks->len);
  for (guint i = 0; i < picks->len; i++)
    g_array_append_val (ids, g_array_index (picks, Pick, i).id);
  directives = dt_store_list_report_directives (store, (const gint64 *) (gpointer) ids->data,
                                                ids->len, as_of, error);
  if (directives == NULL)
    return FALSE;

  for (guint i = 0; i < picks->len; i++)
    {
      Pick *pick = &g_array_index (picks, Pick, i);
      DtReportDirective *directive = g_ptr_array_index (directives, i);
      DtReportEntry *entry = g_new0 (DtReportEntry, 1);

      entry->directive_id = pick->id;
      entry->deadline = pick->deadline;
      entry->days_overdue = pick->deadline && as_of > pick->deadline ? as_of - pick->deadline : 0;
      entry->unit_name = directive->unit_name != NULL ? g_steal_pointer (&directive->unit_name)
                                                      : g_strdup (_("No lead unit"));
      /* a draft's blank number ("/TB-UBND") names no notice */
      entry->notice_number = dt_notice_number_is_blank (directive->notice_number)
                             ? g_strdup ("") : g_steal_pointer (&directive->notice_number);
      entry->notice_reference = g_steal_pointer (&directive->notice_reference);
      entry->ordinal = g_steal_pointer (&directive->ordinal);
      /* cut from mid-sentence, shown with a capital as the list shows it */
      entry->text = dt_text_capitalize_first (directive->text);
      entry->progress_date = directive->progress_date;
      entry->progress_text = g_steal_pointer (&directive->progress_text);
      g_ptr_array_add (out, entry);
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
  g_autoptr(GPtrArray) unit_names = NULL;
  g_autoptr(GArray) candidates = NULL;
  gint64 n_stored;
  guint order = 0;

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
  n_stored = dt_store_count_directives (store, error);
  if (n_stored < 0)
    return NULL;
  report->n_stored = (guint) n_stored;
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
  unit_names = dt_store_list_unit_names (store, error);
  if (unit_names == NULL)
    return NULL;
  for (guint i = 0; i < unit_names->len; i++)
    {
      DtReportUnitName *unit = g_ptr_array_index (unit_names, i);
      UnitSlot *slot;

      if (wanted != NULL && !g_hash_table_contains (wanted, &unit->id))
        continue;
      slot = g_new0 (UnitSlot, 1);
      slot->unit_id = unit->id;
      slot->order = order++;
      slot->row = row_new (unit->id, unit->name);
      g_hash_table_insert (units, &slot->unit_id, slot);
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

  candidates = dt_store_list_report_candidates (store, options->notice_id, report->period.from,
                                                report->period.to, report->as_of, error);
  if (candidates == NULL)
    return NULL;
  for (guint i = 0; i < candidates->len; i++)
    {
      const DtReportCandidate *candidate = &g_array_index (candidates, DtReportCandidate, i);
      DtDate deadline = candidate->deadline;
      DtDate original = candidate->original_deadline;
      DtReportCategory category;
      gboolean carried;
      UnitSlot *slot;

      slot = g_hash_table_lookup (units, &candidate->lead_unit_id);
      if (slot == NULL)
        continue;
      if (!dt_report_classify (&report->period, report->as_of,
                               candidate->assigned, deadline, original,
                               candidate->completed, candidate->cancelled,
                               options->against_original, &category, &carried))
        continue;

      slot->row->counts[category]++;
      g_array_append_val (slot->row->ids[category], candidate->id);
      report->totals.counts[category]++;
      report->carried_over += carried ? 1 : 0;
      if (category == DT_REPORT_OVERDUE || category == DT_REPORT_CANCELLED)
        {
          Pick pick = { candidate->id, slot->order,
                        options->against_original && original ? original : (deadline ? deadline : original) };

          g_array_append_val (category == DT_REPORT_OVERDUE ? overdue : cancelled, pick);
        }
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
