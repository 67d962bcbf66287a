/* dt-directive-list.c — DtDirectiveList: its rows, the objects made for
 * them, what changes on a store change, and its filters.  The SQL is in
 * dt-directive-list-query.c, reading every row at once in
 * dt-directive-list-foreach.c.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-directive.h"
#include "dt-directive-list.h"
#include "dt-directive-list-private.h"
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

  rows = _dt_directive_list_query_rows (self);
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
      GArray *rows = _dt_directive_list_query_rows (self);

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

