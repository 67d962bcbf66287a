/* dt-store.c — DtStore, the application's SQLite database: the object,
 * its signals and properties, transactions and what they wrote, the status
 * rule and the edits saved soon.  Statements are in dt-store-statements.c,
 * the derived search index in dt-store-index.c, the schema in
 * dt-store-open.c and the reads and writes of each table in the other
 * dt-store-*.c.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-status.h"
#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"

G_DEFINE_FINAL_TYPE (DtStore, dt_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (dt-store-error-quark, dt_store_error)

enum {
  CHANGED,
  READ_FAILED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DUE_SOON_DAYS,
  PROP_LATENESS_AGAINST_ORIGINAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long typing may pause before what was typed is saved. */
#define SAVE_DELAY_MS 500

static gboolean
save_pending (DtStore  *self,
              GError  **error)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);
  gboolean ok = TRUE;

  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  if (pending == NULL)
    return TRUE;

  self->flushing = TRUE;
  for (guint i = 0; i < pending->len; i++)
    {
      DtDirective *directive = g_ptr_array_index (pending, i);
      g_autoptr(GError) local_error = NULL;

      if (dt_store_save_directive (self, directive, &local_error))
        continue;
      if (ok && error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_signal_emit (self, signals[SAVE_FAILED], 0, directive, local_error);
      ok = FALSE;
    }
  self->flushing = FALSE;
  return ok;
}

void
_dt_store_flush_pending (DtStore *self)
{
  if (self->flushing || self->pending == NULL || self->pending->len == 0)
    return;
  save_pending (self, NULL);
}

static gboolean
on_save_delay (gpointer user_data)
{
  DtStore *self = user_data;

  self->pending_id = 0;
  save_pending (self, NULL);
  return G_SOURCE_REMOVE;
}

void
dt_store_save_directive_soon (DtStore     *self,
                              DtDirective *directive)
{
  g_return_if_fail (DT_IS_STORE (self));
  g_return_if_fail (DT_IS_DIRECTIVE (directive));

  if (!g_ptr_array_find (self->pending, directive, NULL))
    g_ptr_array_add (self->pending, g_object_ref (directive));
  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_id = g_timeout_add (SAVE_DELAY_MS, on_save_delay, self);
}

gboolean
dt_store_flush (DtStore  *self,
                GError  **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);

  if (self->flushing)
    return TRUE;
  return save_pending (self, error);
}

void
dt_store_report_read_error (DtStore      *self,
                            const GError *error)
{
  g_return_if_fail (DT_IS_STORE (self));
  g_return_if_fail (error != NULL);

  g_signal_emit (self, signals[READ_FAILED], 0, error);
}

/* Transactions: every write is one BEGIN IMMEDIATE … COMMIT. */

/* Every row of "directives" inserted, updated or deleted (also by a
 * cascade) is noted, so that lists know which rows changed. */
void
_dt_store_on_update (void          *data,
                     int            op,
                     const char    *database,
                     const char    *table,
                     sqlite3_int64  rowid)
{
  DtStore *self = data;
  GHashTable *set = NULL;

  if (g_str_equal (table, "directives"))
    {
      set = self->changed_ids;
      self->changes |= DT_STORE_CHANGED_DIRECTIVES;
    }
  else if (g_str_equal (table, "directive_search"))
    {
      if (self->bodies != NULL)
        set = self->search_changed;
      self->changes |= DT_STORE_CHANGED_DIRECTIVES;
    }
  else if (g_str_equal (table, "directive_units"))
    self->changes |= DT_STORE_CHANGED_DIRECTIVES;
  else if (g_str_equal (table, "notices"))
    self->changes |= DT_STORE_CHANGED_NOTICES;
  else if (g_str_equal (table, "units") || g_str_equal (table, "unit_aliases"))
    self->changes |= DT_STORE_CHANGED_UNITS;
  else if (g_str_equal (table, "extensions") || g_str_equal (table, "reports"))
    self->changes |= DT_STORE_CHANGED_HISTORY;
  if (set != NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = rowid;
      g_hash_table_add (set, key);
    }
}

static void
forget_written (DtStore *self)
{
  g_hash_table_remove_all (self->changed_ids);
  g_hash_table_remove_all (self->search_changed);
  self->changes = 0;
}

gboolean
_dt_store_begin (DtStore  *self,
                 GError  **error)
{
  sqlite3_stmt *stmt;

  /* what is being typed is written first, as it came first */
  _dt_store_flush_pending (self);
  stmt = _dt_store_prepare (self, "BEGIN IMMEDIATE", error);
  forget_written (self);
  return stmt != NULL && _dt_store_run (self, stmt, error);
}

gboolean
_dt_store_commit (DtStore  *self,
                  GError  **error)
{
  sqlite3_stmt *stmt = _dt_store_prepare (self, "COMMIT", error);
  g_autoptr(GHashTable) emitted = NULL;
  guint changes;

  if (stmt == NULL || !_dt_store_run (self, stmt, error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      forget_written (self);
      return FALSE;
    }
  _dt_store_refresh_search_texts (self);

  /* What was written is handed to the handlers; a handler that writes in
   * turn starts a new set and does not disturb the others. */
  emitted = g_steal_pointer (&self->changed_ids);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  changes = self->changes;
  forget_written (self);
  g_signal_emit (self, signals[CHANGED], 0, changes, emitted);
  return TRUE;
}

void
dt_store_notify_external_change (DtStore      *self,
                                 const gint64 *directive_ids,
                                 guint         n)
{
  g_autoptr(GHashTable) emitted = NULL;

  g_return_if_fail (DT_IS_STORE (self));
  g_return_if_fail (directive_ids != NULL || n == 0);

  emitted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_hash_table_add (emitted, g_memdup2 (&directive_ids[i], sizeof (gint64)));
      if (self->bodies != NULL)
        g_hash_table_add (self->search_changed, g_memdup2 (&directive_ids[i], sizeof (gint64)));
    }
  _dt_store_refresh_search_texts (self);

  /* as after a commit of our own, with the rows the other one wrote; what
   * else it wrote is not known: everything may have changed */
  g_signal_emit (self, signals[CHANGED], 0, (guint) DT_STORE_CHANGED_ALL, emitted);
}

/* The status rule ------------------------------------------------------- */

const DtStatusRule *
dt_store_get_status_rule (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);

  return &self->status_rule;
}

const char *
_dt_store_get_status_sql (DtStore *self)
{
  if (self->status_sql == NULL)
    self->status_sql = dt_status_rule_to_sql (&self->status_rule);
  return self->status_sql;
}

/* Every directive's status may have changed: lists query again and bring
 * the objects they hold up to date (which takes the new rule), as after a
 * write of every row. */
static void
emit_all_changed (DtStore *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (self->db == NULL)
    return;
  stmt = _dt_store_prepare (self, "SELECT id FROM directives", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  g_clear_pointer (&stmt, dt_stmt_release);
  dt_store_notify_external_change (self, (const gint64 *) (gpointer) ids->data, ids->len);
}

void
dt_store_set_status_rule (DtStore            *self,
                          const DtStatusRule *rule)
{
  DtStatusRule old;

  g_return_if_fail (DT_IS_STORE (self));
  g_return_if_fail (rule != NULL);

  if (dt_status_rule_equal (&self->status_rule, rule))
    return;
  old = self->status_rule;
  self->status_rule = *rule;
  g_clear_pointer (&self->status_sql, g_free);

  g_object_freeze_notify (G_OBJECT (self));
  if (old.due_soon_days != rule->due_soon_days)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_SOON_DAYS]);
  if (old.lateness != rule->lateness)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATENESS_AGAINST_ORIGINAL]);
  g_object_thaw_notify (G_OBJECT (self));
  emit_all_changed (self);
}

gboolean
_dt_store_rollback (DtStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  forget_written (self);
  return FALSE;
}

gint64
_dt_store_now_unix (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* GObject */

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
dt_store_dispose (GObject *object)
{
  DtStore *self = (DtStore *) object;

  /* closing keeps what was typed */
  if (self->db != NULL)
    _dt_store_flush_pending (self);
  g_clear_handle_id (&self->pending_id, g_source_remove);

  G_OBJECT_CLASS (dt_store_parent_class)->dispose (object);
}

static void
dt_store_finalize (GObject *object)
{
  DtStore *self = (DtStore *) object;

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->changed_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_changed, g_hash_table_unref);
  g_clear_pointer (&self->bodies, g_hash_table_unref);
  g_clear_pointer (&self->status_sql, g_free);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dt_store_parent_class)->finalize (object);
}

static void
dt_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DtStore *self = DT_STORE (object);

  switch (prop_id)
    {
    case PROP_DUE_SOON_DAYS:
      g_value_set_uint (value, self->status_rule.due_soon_days);
      break;
    case PROP_LATENESS_AGAINST_ORIGINAL:
      g_value_set_boolean (value, self->status_rule.lateness == DT_LATENESS_AGAINST_ORIGINAL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DtStore *self = DT_STORE (object);
  DtStatusRule rule = self->status_rule;

  switch (prop_id)
    {
    case PROP_DUE_SOON_DAYS:
      rule.due_soon_days = g_value_get_uint (value);
      break;
    case PROP_LATENESS_AGAINST_ORIGINAL:
      rule.lateness = g_value_get_boolean (value) ? DT_LATENESS_AGAINST_ORIGINAL
                                                  : DT_LATENESS_AGAINST_CURRENT;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  dt_store_set_status_rule (self, &rule);
}

static void
dt_store_class_init (DtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dt_store_dispose;
  object_class->finalize = dt_store_finalize;
  object_class->get_property = dt_store_get_property;
  object_class->set_property = dt_store_set_property;

  properties[PROP_DUE_SOON_DAYS] =
    g_param_spec_uint ("due-soon-days", NULL, NULL, 0, 365, DT_DUE_SOON_DAYS_DEFAULT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATENESS_AGAINST_ORIGINAL] =
    g_param_spec_boolean ("lateness-against-original", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_UINT,
                  G_TYPE_HASH_TABLE | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, DT_TYPE_DIRECTIVE, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[READ_FAILED] =
    g_signal_new ("read-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
dt_store_init (DtStore *self)
{
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            statement_free);
  self->changed_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->search_changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->status_rule = (DtStatusRule) DT_STATUS_RULE_INIT;
}

const char *
dt_store_get_path (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), NULL);
  return self->path;
}

int
dt_store_get_schema_version (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), 0);
  return (int) _dt_store_query_int (self, "PRAGMA user_version", 0, 0);
}

gboolean
dt_store_is_empty (DtStore *self)
{
  g_return_val_if_fail (DT_IS_STORE (self), TRUE);
  return _dt_store_query_int (self,
                    "SELECT EXISTS (SELECT 1 FROM notices) OR EXISTS (SELECT 1 FROM directives)",
                    0, 0) == 0;
}

