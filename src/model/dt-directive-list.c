/* dt-directive-list.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-directive-list.h"
#include "dt-model-private.h"
#include "dt-status.h"
#include "dt-store-private.h"
#include "dt-text.h"

/* The list holds only the ids of the matching rows, in order.  On a
 * store change, the store tells which directive rows the commit wrote
 * (anything shown of a directive changing writes its row), so comparing
 * the old and new arrays, with those rows counted as different, gives the
 * span that changed.  Items are loaded when asked for, a page of rows at a
 * time (one query for the page, not one per row), and remembered weakly:
 * while someone (a list row) holds one, the same object comes back.  The
 * last few pages loaded are held, so that going through the list in order
 * loads each page once. */

/* rows loaded together when one is asked for */
#define BATCH_SIZE 256
/* pages held after loading */
#define N_HELD_BATCHES 4
#define PRUNE_AT_LEAST (4 * BATCH_SIZE * N_HELD_BATCHES)

struct _DtDirectiveList
{
  GObject          parent_instance;

  DtStore         *store;
  GArray          *rows;        /* gint64 ids */
  GArray          *base_rows;   /* the same without a short search, or NULL */
  GHashTable      *items;       /* gint64 id → GWeakRef to DtDirective */
  GPtrArray       *held[N_HELD_BATCHES]; /* the last pages loaded, strong refs */
  guint            next_held;
  guint            prune_at;    /* size of items at which to forget the dead */

  gint64           notice_id;
  gint64           unit_id;
  guint            status_flags;
  char            *search;      /* folded, NULL for none */
  DtDate           from;
  DtDate           to;
  DtDirectiveSort  sort;
  gboolean         descending;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DtDirectiveList, dt_directive_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
} FilterScope;

static void
append_filters (DtDirectiveList *self,
                GString         *sql,
                FilterScope      scope,
                char           **match,
                char           **scan)
{
  g_string_append (sql, " WHERE 1");
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

  *match = *scan = NULL;
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
bind_named_text (sqlite3_stmt *stmt,
                 const char   *name,
                 const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_named_int (sqlite3_stmt *stmt,
                const char   *name,
                gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
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
  bind_named_int (stmt, ":notice", self->notice_id);
  bind_named_int (stmt, ":unit", self->unit_id);
  bind_named_int (stmt, ":flags", self->status_flags);
  if (from)
    bind_named_text (stmt, ":from", from);
  if (to)
    bind_named_text (stmt, ":to", to);
  if (match)
    bind_named_text (stmt, ":match", match);
  if (scan)
    bind_named_text (stmt, ":scan", scan);
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

static GArray *
query_rows (DtDirectiveList *self)
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

/* the rows of the other filters are no longer those */
static void
invalidate_base (DtDirectiveList *self)
{
  g_clear_pointer (&self->base_rows, g_array_unref);
}

/* The pages held were pages of the rows before. */
static void
release_held (DtDirectiveList *self)
{
  for (guint i = 0; i < N_HELD_BATCHES; i++)
    g_clear_pointer (&self->held[i], g_ptr_array_unref);
  self->next_held = 0;
}

/* Forgets the objects of rows that nobody holds any more. */
static void
forget_unheld (DtDirectiveList *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autoptr(GObject) alive = g_weak_ref_get (value);

      if (alive == NULL)
        g_hash_table_iter_remove (&iter);
    }
}

/* Brings the objects alive of the rows written up to date, in batches;
 * forgets those whose row is gone and those nobody holds. */
static void
refresh_changed (DtDirectiveList *self,
                 GHashTable      *changed)
{
  g_autoptr(GPtrArray) alive = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DtDirective *directive;

      if (!g_hash_table_contains (changed, key))
        continue;
      directive = g_weak_ref_get (value);
      if (directive == NULL)
        g_hash_table_iter_remove (&iter);
      else
        g_ptr_array_add (alive, directive);
    }

  for (guint start = 0; start < alive->len; start += BATCH_SIZE)
    {
      guint n = MIN (BATCH_SIZE, alive->len - start);
      g_autofree gboolean *found = g_new (gboolean, n);

      _dt_store_fill_directives (self->store, (DtDirective **) alive->pdata + start, n,
                                 FALSE, found);
      for (guint i = 0; i < n; i++)
        if (!found[i])
          {
            gint64 id = dt_directive_get_id (g_ptr_array_index (alive, start + i));

            g_hash_table_remove (self->items, &id);
          }
    }
}

static void
requery (DtDirectiveList *self,
         GHashTable      *changed)
{
  g_autoptr(GArray) old = self->rows;
  GArray *rows;
  const gint64 *a, *b;
  guint prefix = 0, suffix = 0;
  guint removed, added;

  if (self->store == NULL)
    return;

  rows = query_rows (self);
  if (rows == NULL)
    {
      self->rows = g_steal_pointer (&old);
      return;
    }
  a = (const gint64 *) (gpointer) old->data;
  b = (const gint64 *) (gpointer) rows->data;

#define SAME(x, y) ((x) == (y) && (changed == NULL || !g_hash_table_contains (changed, &(x))))
  while (prefix < old->len && prefix < rows->len && SAME (a[prefix], b[prefix]))
    prefix++;
  while (suffix < old->len - prefix && suffix < rows->len - prefix
         && SAME (a[old->len - 1 - suffix], b[rows->len - 1 - suffix]))
    suffix++;
#undef SAME

  removed = old->len - prefix - suffix;
  added = rows->len - prefix - suffix;

  /* Objects of rows that were written are brought up to date in place,
   * so that whoever holds one (a selection, a detail pane) keeps the same
   * object, and a selection survives the items-changed. */
  if (changed != NULL && g_hash_table_size (self->items) > 0)
    refresh_changed (self, changed);
  /* and those nobody holds any more: an object still held for a row that
   * left the list is current (it was not written), so it may stay */
  if (removed > 0)
    forget_unheld (self);

  self->rows = rows;
  if (removed > 0 || added > 0)
    {
      release_held (self);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
      if (removed != added)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static void
on_store_changed (DtDirectiveList *self,
                  guint            changes,
                  GHashTable      *directive_ids,
                  DtStore         *store)
{
  /* Reports and extensions write the directive row when what it shows
   * changes; notices and units order the rows and name them. */
  if ((changes & (DT_STORE_CHANGED_DIRECTIVES | DT_STORE_CHANGED_NOTICES
                  | DT_STORE_CHANGED_UNITS)) == 0)
    return;
  invalidate_base (self);
  requery (self, directive_ids);
}

/* GListModel */

static GType
dt_directive_list_get_item_type (GListModel *model)
{
  return DT_TYPE_DIRECTIVE;
}

static guint
dt_directive_list_get_n_items (GListModel *model)
{
  DtDirectiveList *self = DT_DIRECTIVE_LIST (model);

  return self->rows->len;
}

static void
weak_ref_free (gpointer data)
{
  GWeakRef *ref = data;

  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
remember (DtDirectiveList *self,
          DtDirective     *directive)
{
  gint64 *key = g_new (gint64, 1);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  *key = dt_directive_get_id (directive);
  g_weak_ref_init (ref, directive);
  g_hash_table_replace (self->items, key, ref);
}

static DtDirective *
lookup_alive (DtDirectiveList *self,
              gint64           id)
{
  GWeakRef *ref = g_hash_table_lookup (self->items, &id);

  return ref != NULL ? g_weak_ref_get (ref) : NULL;
}

/* Loads the rows of the page of position that nobody holds, in one go,
 * and holds them for a while. */
static void
load_batch (DtDirectiveList *self,
            guint            position)
{
  guint start = position - position % BATCH_SIZE;
  guint end = MIN (start + BATCH_SIZE, self->rows->len);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_full (end - start, g_object_unref);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree gboolean *found = NULL;

  for (guint i = start; i < end; i++)
    {
      gint64 id = g_array_index (self->rows, gint64, i);
      DtDirective *directive = lookup_alive (self, id);

      if (directive == NULL)
        {
          directive = dt_directive_new ();
          _dt_directive_set_id (directive, id);
          g_ptr_array_add (missing, directive);
        }
      g_ptr_array_add (batch, directive);
    }

  /* going through a long list leaves an entry for each row: forget those
   * nobody holds any more, now and then */
  if (g_hash_table_size (self->items) >= self->prune_at)
    {
      forget_unheld (self);
      self->prune_at = MAX (2 * g_hash_table_size (self->items), PRUNE_AT_LEAST);
    }

  found = g_new (gboolean, MAX (missing->len, 1));
  _dt_store_fill_directives (self->store, (DtDirective **) missing->pdata, missing->len,
                             TRUE, found);
  /* a row that could not be read stays an object with only its id, never
   * a hole in the list: the store said why ("read-failed") */
  for (guint i = 0; i < missing->len; i++)
    remember (self, g_ptr_array_index (missing, i));

  g_clear_pointer (&self->held[self->next_held], g_ptr_array_unref);
  self->held[self->next_held] = g_steal_pointer (&batch);
  self->next_held = (self->next_held + 1) % N_HELD_BATCHES;
}

static gpointer
dt_directive_list_get_item (GListModel *model,
                            guint       position)
{
  DtDirectiveList *self = DT_DIRECTIVE_LIST (model);
  DtDirective *directive;
  gint64 id;

  if (position >= self->rows->len)
    return NULL;

  id = g_array_index (self->rows, gint64, position);
  directive = lookup_alive (self, id);
  if (directive != NULL)
    return directive;

  load_batch (self, position);
  return lookup_alive (self, id);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dt_directive_list_get_item_type;
  iface->get_n_items = dt_directive_list_get_n_items;
  iface->get_item = dt_directive_list_get_item;
}

/* GObject */

static void
dt_directive_list_dispose (GObject *object)
{
  DtDirectiveList *self = (DtDirectiveList *) object;

  g_clear_object (&self->store);
  release_held (self);
  g_hash_table_remove_all (self->items);

  G_OBJECT_CLASS (dt_directive_list_parent_class)->dispose (object);
}

static void
dt_directive_list_finalize (GObject *object)
{
  DtDirectiveList *self = (DtDirectiveList *) object;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->base_rows, g_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (dt_directive_list_parent_class)->finalize (object);
}

static void
dt_directive_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DtDirectiveList *self = DT_DIRECTIVE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->rows->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_directive_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DtDirectiveList *self = DT_DIRECTIVE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_directive_list_constructed (GObject *object)
{
  DtDirectiveList *self = (DtDirectiveList *) object;

  G_OBJECT_CLASS (dt_directive_list_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
      GArray *rows = query_rows (self);

      if (rows != NULL)
        {
          g_array_unref (self->rows);
          self->rows = rows;
        }
    }
}

static void
dt_directive_list_class_init (DtDirectiveListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dt_directive_list_constructed;
  object_class->dispose = dt_directive_list_dispose;
  object_class->finalize = dt_directive_list_finalize;
  object_class->get_property = dt_directive_list_get_property;
  object_class->set_property = dt_directive_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_directive_list_init (DtDirectiveList *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, weak_ref_free);
  self->sort = DT_DIRECTIVE_SORT_DEADLINE;
  self->prune_at = PRUNE_AT_LEAST;
}

DtDirectiveList *
dt_directive_list_new (DtStore *store)
{
  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  return g_object_new (DT_TYPE_DIRECTIVE_LIST, "store", store, NULL);
}

DtStore *
dt_directive_list_get_store (DtDirectiveList *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE_LIST (self), NULL);
  return self->store;
}

/* A filter or the order changed: the rows are all queried again. */
static void
requery_all (DtDirectiveList *self)
{
  invalidate_base (self);
  requery (self, NULL);
}

static void
set_id_filter (DtDirectiveList *self,
               gint64          *filter,
               gint64           id)
{
  id = MAX (id, 0);
  if (*filter == id)
    return;
  *filter = id;
  requery_all (self);
}

void
dt_directive_list_set_notice (DtDirectiveList *self,
                              gint64           notice_id)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  set_id_filter (self, &self->notice_id, notice_id);
}

void
dt_directive_list_set_unit (DtDirectiveList *self,
                            gint64           unit_id)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  set_id_filter (self, &self->unit_id, unit_id);
}

void
dt_directive_list_set_statuses (DtDirectiveList *self,
                                guint            status_flags)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  status_flags &= (1u << DT_N_STATUSES) - 1;
  if (self->status_flags == status_flags)
    return;
  self->status_flags = status_flags;
  requery_all (self);
}

void
dt_directive_list_set_search (DtDirectiveList *self,
                              const char      *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  folded = dt_text_fold (text);
  if (*folded == '\0')
    g_clear_pointer (&folded, g_free);
  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  requery (self, NULL);
}

void
dt_directive_list_set_date_range (DtDirectiveList *self,
                                  DtDate           from,
                                  DtDate           to)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  if (self->from == from && self->to == to)
    return;
  self->from = from;
  self->to = to;
  requery_all (self);
}

void
dt_directive_list_set_sort (DtDirectiveList *self,
                            DtDirectiveSort  sort,
                            gboolean         descending)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  requery_all (self);
}

void
dt_directive_list_refresh (DtDirectiveList *self)
{
  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  requery_all (self);
}

void
dt_directive_list_count_statuses (DtDirectiveList *self,
                                  guint            counts[DT_N_STATUSES])
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) sql_filters = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *match = NULL;
  g_autofree char *scan = NULL;

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));

  memset (counts, 0, sizeof (guint) * DT_N_STATUSES);
  if (self->store == NULL)
    return;

  append_filters (self, sql_filters = g_string_new (NULL), FILTERS_BUT_STATUS, &match, &scan);
  sql = g_string_new ("SELECT ");
  g_string_append (sql, _dt_store_get_status_sql (self->store));
  g_string_append (sql, scan == NULL ? " AS status, count(*) FROM directives d"
                                     : " AS status, d.id FROM directives d");
  g_string_append_len (sql, sql_filters->str, sql_filters->len);
  if (scan == NULL)
    g_string_append (sql, " GROUP BY status");

  stmt = _dt_store_prepare (self->store, sql->str, NULL);
  if (stmt == NULL)
    return;
  bind_filters (self, stmt, match, scan);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);

      if (status < 0 || status >= DT_N_STATUSES)
        continue;
      if (scan == NULL)
        counts[status] = sqlite3_column_int (stmt, 1);
      else if (scan_match (self, sqlite3_column_int64 (stmt, 1), scan))
        counts[status]++;
    }
}

void
dt_directive_list_count_search (DtDirectiveList *self,
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

  g_return_if_fail (DT_IS_DIRECTIVE_LIST (self));
  g_return_if_fail (n_due != NULL);

  memset (counts, 0, sizeof (guint) * DT_N_STATUSES);
  *n_due = 0;
  if (self->store == NULL)
    return;

  /* One pass over the rows: the status of each, and whether its deadline
   * falls in the range (NULL, not 1, without a deadline).  A search too
   * short for the index is matched here against the texts in memory. */
  where = g_string_new (NULL);
  append_filters (self, where, FILTERS_SEARCH_ONLY, &match, &scan);
  sql = g_string_new ("SELECT ");
  g_string_append (sql, _dt_store_get_status_sql (self->store));
  if (scan == NULL)
    g_string_append (sql, " AS status, count(*),"
                          " sum (d.deadline >= :due_from AND d.deadline <= :due_to)"
                          " FROM directives d");
  else
    g_string_append (sql, " AS status,"
                          " (d.deadline >= :due_from AND d.deadline <= :due_to), d.id"
                          " FROM directives d");
  g_string_append_len (sql, where->str, where->len);
  if (scan == NULL)
    g_string_append (sql, " GROUP BY status");

  stmt = _dt_store_prepare (self->store, sql->str, NULL);
  if (stmt == NULL)
    return;
  bind_filters (self, stmt, match, scan);
  bind_named_text (stmt, ":due_from", from ? from : "");
  bind_named_text (stmt, ":due_to", to ? to : "");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);
      guint n, due;

      if (status < 0 || status >= DT_N_STATUSES)
        continue;
      if (scan == NULL)
        {
          n = sqlite3_column_int (stmt, 1);
          due = sqlite3_column_int (stmt, 2);
        }
      else if (scan_match (self, sqlite3_column_int64 (stmt, 2), scan))
        {
          n = 1;
          due = sqlite3_column_int (stmt, 1);
        }
      else
        continue;
      counts[status] += n;
      if (status == DT_STATUS_IN_PROGRESS || status == DT_STATUS_DUE_SOON)
        *n_due += due;
    }
}

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
          bind_named_int (stmt, ":id", ids[i]);
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
