/* dt-directive-list-query.c — the SQL of DtDirectiveList: which rows
 * match its filters, in its order, and their counts per status.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive-list-private.h"
#include "dt-store-private.h"

/* Query building: fixed fragments only; every value is bound. */

/* Splits the folded search into phrases of at least three characters
 * (what the trigram index can look up), joining short words to their
 * neighbours: "so y te" stays one phrase.  Returns the FTS5 query, or
 * NULL and the text to look for by scanning when it is too short. */
static char *
build_match (const char  *folded,
             char       **scan)
{
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) current = g_string_new (NULL);
  GString *match;

  *scan = NULL;
  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (current->len > 0)
        g_string_append_c (current, ' ');
      g_string_append (current, words[i]);
      if (g_utf8_strlen (current->str, -1) >= 3)
        {
          g_ptr_array_add (phrases, g_strdup (current->str));
          g_string_truncate (current, 0);
        }
    }
  if (current->len > 0)
    {
      if (phrases->len == 0)
        {
          *scan = g_strdup (current->str);
          return NULL;
        }
      else
        {
          char *last = g_ptr_array_index (phrases, phrases->len - 1);
          phrases->pdata[phrases->len - 1] = g_strconcat (last, " ", current->str, NULL);
          g_free (last);
        }
    }
  if (phrases->len == 0)
    return NULL;

  match = g_string_new (NULL);
  for (guint i = 0; i < phrases->len; i++)
    {
      const char *phrase = g_ptr_array_index (phrases, i);

      if (i > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = phrase; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append_c (match, '"');
    }
  return g_string_free (match, FALSE);
}

/* Which of the filters a query applies. */
typedef enum
{
  FILTERS_ALL,
  FILTERS_BUT_STATUS,
  FILTERS_SEARCH_ONLY,
  FILTERS_NONE,
} FilterScope;

static void
append_filters (DtDirectiveList *self,
                GString         *sql,
                FilterScope      scope,
                char           **match,
                char           **scan)
{
  g_string_append (sql, " WHERE 1");
  *match = *scan = NULL;
  if (scope == FILTERS_NONE)
    return;
  if (self->notice_id > 0 && scope != FILTERS_SEARCH_ONLY)
    g_string_append (sql, " AND d.notice_id = :notice");
  if (self->unit_id > 0 && scope != FILTERS_SEARCH_ONLY)
    g_string_append (sql, " AND d.lead_unit_id = :unit");
  if (self->status_flags != 0 && scope == FILTERS_ALL)
    g_string_append_printf (sql, " AND ((1 << %s) & :flags) != 0",
                            _dt_store_get_status_sql (self->store));
  if (self->from != DT_DATE_NONE && scope != FILTERS_SEARCH_ONLY)
    g_string_append (sql, " AND d.deadline >= :from");
  if (self->to != DT_DATE_NONE && scope != FILTERS_SEARCH_ONLY)
    g_string_append (sql, " AND d.deadline <= :to");

  if (self->search != NULL)
    {
      *match = build_match (self->search, scan);
      if (*match != NULL)
        g_string_append (sql, " AND d.id IN (SELECT rowid FROM directive_fts"
                              " WHERE directive_fts MATCH :match)");
      else if (*scan != NULL)
        {
          /* too short for the index: the caller matches the rows against
           * the texts in memory, which is faster than any SQL here */
          _dt_store_ensure_search_texts (self->store);
        }
    }
}

static void
bind_filters (DtDirectiveList *self,
              sqlite3_stmt    *stmt,
              const char      *match,
              const char      *scan)
{
  g_autofree char *from = dt_date_to_iso (self->from);
  g_autofree char *to = dt_date_to_iso (self->to);

  _dt_store_bind_today (self->store, stmt);
  _dt_store_bind_named_int (stmt, ":notice", self->notice_id);
  _dt_store_bind_named_int (stmt, ":unit", self->unit_id);
  _dt_store_bind_named_int (stmt, ":flags", self->status_flags);
  if (from)
    _dt_store_bind_named_text (stmt, ":from", from);
  if (to)
    _dt_store_bind_named_text (stmt, ":to", to);
  if (match)
    _dt_store_bind_named_text (stmt, ":match", match);
  if (scan)
    _dt_store_bind_named_text (stmt, ":scan", scan);
}

static void
append_order (DtDirectiveList *self,
              GString         *sql)
{
  const char *dir = self->descending ? " DESC" : "";

  g_string_append (sql, " ORDER BY ");
  switch (self->sort)
    {
    case DT_DIRECTIVE_SORT_ORDINAL:
    case DT_DIRECTIVE_SORT_NOTICE:
      g_string_append_printf (sql, "coalesce (n.issue_date, n.meeting_date)%s, d.notice_id%s,"
                                   " d.ordinal_key%s, d.id%s", dir, dir, dir, dir);
      break;
    case DT_DIRECTIVE_SORT_UNIT:
      g_string_append_printf (sql, "u.collate_key%s, d.deadline IS NULL, d.deadline%s, d.id%s",
                              dir, dir, dir);
      break;
    case DT_DIRECTIVE_SORT_STATUS:
      g_string_append_printf (sql, "%s%s, d.deadline IS NULL, d.deadline%s, d.id%s",
                              _dt_store_get_status_sql (self->store), dir, dir, dir);
      break;
    case DT_DIRECTIVE_SORT_TEXT:
      g_string_append_printf (sql, "d.text_key%s, d.id%s", dir, dir);
      break;
    case DT_DIRECTIVE_SORT_DEADLINE:
    default:
      /* no deadline last, whichever the direction; matches the indexes */
      /* then open ones first; the order of the indexes, which also hold
       * what the status needs */
      if (self->descending)
        g_string_append (sql, "d.deadline IS NULL, d.deadline DESC, d.completed_date DESC,"
                              " d.cancelled DESC, d.id DESC");
      else
        g_string_append (sql, "d.deadline IS NULL, d.deadline, d.completed_date, d.cancelled,"
                              " d.id");
      break;
    }
}

static gboolean
scan_match (DtDirectiveList *self,
            gint64           id,
            const char      *scan)
{
  const char *text = _dt_store_lookup_search_text (self->store, id);

  return text != NULL && strstr (text, scan) != NULL;
}

static GArray *
filter_rows (DtDirectiveList *self,
             GArray          *base,
             const char      *scan,
             GArray          *rows)
{
  const gint64 *ids = (const gint64 *) (gpointer) base->data;

  for (guint i = 0; i < base->len; i++)
    if (scan_match (self, ids[i], scan))
      g_array_append_val (rows, ids[i]);
  return rows;
}

GArray *
_dt_directive_list_query_rows (DtDirectiveList *self)
{
  g_autoptr(GString) sql = g_string_new ("SELECT d.id FROM directives d");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *match = NULL;
  g_autofree char *scan = NULL;
  g_autoptr(GError) error = NULL;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (self->sort == DT_DIRECTIVE_SORT_UNIT)
    g_string_append (sql, " LEFT JOIN units u ON u.id = d.lead_unit_id");
  if (self->sort == DT_DIRECTIVE_SORT_ORDINAL || self->sort == DT_DIRECTIVE_SORT_NOTICE)
    g_string_append (sql, " LEFT JOIN notices n ON n.id = d.notice_id");
  append_filters (self, sql, FILTERS_ALL, &match, &scan);
  append_order (self, sql);

  /* a search too short for the index filters the rows of the other
   * filters, kept from the last time while those do not change */
  if (scan != NULL && self->base_rows != NULL)
    return filter_rows (self, self->base_rows, scan, rows);

  /* a failed read is said (the store's "read-failed"), and the list keeps
   * what it showed rather than a short list: NULL */
  stmt = _dt_store_prepare (self->store, sql->str, &error);
  if (stmt == NULL)
    {
      dt_store_report_read_error (self->store, error);
      g_array_unref (rows);
      return NULL;
    }
  bind_filters (self, stmt, match, scan);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rows, id);
    }
  if (!_dt_store_read_done (self->store, rc))
    {
      g_array_unref (rows);
      return NULL;
    }
  if (scan != NULL)
    {
      g_clear_pointer (&self->base_rows, g_array_unref);
      self->base_rows = rows;
      return filter_rows (self, self->base_rows, scan, g_array_new (FALSE, FALSE, sizeof (gint64)));
    }
  return rows;
}


/* Counts per status of the rows the filters of scope let through, in one
 * pass; with n_due, also how many of those in progress or due soon have
 * their deadline from due_from to due_to (NULL, not 1, without one).  A
 * search too short for the index is matched here against the texts in
 * memory. */
static void
count_by_status (DtDirectiveList *self,
                 FilterScope      scope,
                 DtDate           due_from,
                 DtDate           due_to,
                 guint            counts[DT_N_STATUSES],
                 guint           *n_due)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) where = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *match = NULL;
  g_autofree char *scan = NULL;
  g_autofree char *from = dt_date_to_iso (due_from);
  g_autofree char *to = dt_date_to_iso (due_to);
  const char *due = n_due != NULL ? "(d.deadline >= :due_from AND d.deadline <= :due_to)"
                                  : "(0)";

  memset (counts, 0, sizeof (guint) * DT_N_STATUSES);
  if (n_due != NULL)
    *n_due = 0;
  if (self->store == NULL)
    return;

  where = g_string_new (NULL);
  append_filters (self, where, scope, &match, &scan);
  sql = g_string_new ("SELECT ");
  g_string_append (sql, _dt_store_get_status_sql (self->store));
  if (scan == NULL)
    g_string_append_printf (sql, " AS status, count(*), sum %s FROM directives d", due);
  else
    g_string_append_printf (sql, " AS status, d.id, %s FROM directives d", due);
  g_string_append_len (sql, where->str, where->len);
  if (scan == NULL)
    g_string_append (sql, " GROUP BY status");

  stmt = _dt_store_prepare (self->store, sql->str, NULL);
  if (stmt == NULL)
    return;
  bind_filters (self, stmt, match, scan);
  _dt_store_bind_named_text (stmt, ":due_from", from ? from : "");
  _dt_store_bind_named_text (stmt, ":due_to", to ? to : "");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);
      guint n = 1;

      if (status < 0 || status >= DT_N_STATUSES)
        continue;
      if (scan == NULL)
        n = sqlite3_column_int (stmt, 1);
      else if (!scan_match (self, sqlite3_column_int64 (stmt, 1), scan))
        continue;
      counts[status] += n;
      if (n_due != NULL && (status == DT_STATUS_IN_PROGRESS || status == DT_STATUS_DUE_SOON))
        *n_due += sqlite3_column_int (stmt, 2);
    }
}

void
dt_directive_list_count_statuses (DtDirectiveList *self,
                                  guint            counts[DT_N_STATUSES])
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  count_by_status (self, FILTERS_BUT_STATUS, DT_DATE_NONE, DT_DATE_NONE, counts, NULL);
}

void
dt_directive_list_count_search (DtDirectiveList *self,
                                DtDate           due_from,
                                DtDate           due_to,
                                guint            counts[DT_N_STATUSES],
                                guint           *n_due)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (n_due != NULL);

  count_by_status (self, FILTERS_SEARCH_ONLY, due_from, due_to, counts, n_due);
}

void
dt_directive_list_count_all (DtDirectiveList *self,
                             DtDate           due_from,
                             DtDate           due_to,
                             guint            counts[DT_N_STATUSES],
                             guint           *n_due)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (n_due != NULL);

  count_by_status (self, FILTERS_NONE, due_from, due_to, counts, n_due);
}
