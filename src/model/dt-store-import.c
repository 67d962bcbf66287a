/* dt-store-import.c — an imported notice written, and undone, in one
 * transaction
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-store.h"
#include "dt-store-private.h"
#include "dt-model-private.h"

/* The placeholder -(k + 1) stands for new_units[k]; others are kept. */
static gboolean
resolve_unit (gint64        *id,
              const gint64  *new_ids,
              guint          n_new,
              GError       **error)
{
  if (*id >= 0)
    return TRUE;
  if ((guint64) -(*id + 1) >= n_new)
    {
      g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                   _("A directive refers to a unit that does not exist."));
      return FALSE;
    }
  *id = new_ids[-(*id + 1)];
  return TRUE;
}

/* Points the directive at the rows of the new units, in a copy: the
 * caller's objects are changed only once the transaction is committed. */
static DtDirective *
with_unit_rows (DtDirective   *directive,
                const gint64  *new_ids,
                guint          n_new,
                GError       **error)
{
  g_autoptr(DtDirective) copy = NULL;
  g_autoptr(GArray) coordinators = NULL;
  const gint64 *ids;
  gint64 lead = dt_directive_get_lead_unit_id (directive);
  gboolean placeholder = lead < 0;
  guint n;

  ids = dt_directive_get_coordinating_unit_ids (directive, &n);
  for (guint i = 0; i < n && !placeholder; i++)
    placeholder = ids[i] < 0;
  if (!placeholder)
    return g_object_ref (directive);

  coordinators = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_append_vals (coordinators, ids, n);
  if (!resolve_unit (&lead, new_ids, n_new, error))
    return NULL;
  for (guint i = 0; i < n; i++)
    if (!resolve_unit (&g_array_index (coordinators, gint64, i), new_ids, n_new, error))
      return NULL;

  /* only what _dt_store_write_directive() reads */
  copy = dt_directive_new ();
  _dt_directive_set_id (copy, dt_directive_get_id (directive));
  dt_directive_set_notice_id (copy, dt_directive_get_notice_id (directive));
  dt_directive_set_ordinal (copy, dt_directive_get_ordinal (directive));
  dt_directive_set_section (copy, dt_directive_get_section (directive));
  dt_directive_set_text (copy, dt_directive_get_text (directive));
  dt_directive_set_lead_unit_id (copy, lead);
  dt_directive_set_addressee (copy, dt_directive_get_addressee (directive));
  dt_directive_set_coordinating_unit_ids (copy, (const gint64 *) (gpointer) coordinators->data,
                                          coordinators->len);
  dt_directive_set_assigned_date (copy, dt_directive_get_assigned_date (directive));
  dt_directive_set_deadline (copy, dt_directive_get_original_deadline (directive));
  dt_directive_set_deadline_phrase (copy, dt_directive_get_deadline_phrase (directive));
  dt_directive_set_deadline_approximate (copy, dt_directive_get_deadline_approximate (directive));
  dt_directive_set_recurrence (copy, dt_directive_get_recurrence (directive),
                               dt_directive_get_recurrence_interval (directive));
  dt_directive_set_recurrence_anchors (copy, dt_directive_get_recurrence_anchors (directive));
  dt_directive_set_completed_date (copy, dt_directive_get_completed_date (directive));
  dt_directive_set_cancelled (copy, dt_directive_get_cancelled (directive));
  return g_steal_pointer (&copy);
}

static gboolean
write_import (DtStore    *self,
              DtNotice   *notice,
              GPtrArray  *new_units,
              GPtrArray  *directives,
              GArray     *unit_ids,
              GArray     *directive_ids,
              gint64     *out_notice_id,
              GError    **error)
{
  gint64 notice_id = dt_notice_get_id (notice);
  gboolean update = notice_id != 0;

  for (guint i = 0; new_units && i < new_units->len; i++)
    {
      DtUnit *unit = g_ptr_array_index (new_units, i);
      gint64 id = 0;

      if (dt_unit_get_id (unit) != 0)
        {
          g_set_error (error, DT_STORE_ERROR, DT_STORE_ERROR_INVALID,
                       _("A unit to create is already in the database."));
          return FALSE;
        }
      if (!_dt_store_write_unit (self, unit, &id, error))
        return FALSE;
      g_array_append_val (unit_ids, id);
    }

  /* A new notice first (its directives refer to it); an earlier one last,
   * so that its reindex covers its directives as written */
  if (!update)
    {
      if (!_dt_store_save_notice_in_transaction (self, notice, error))
        return FALSE;
      notice_id = dt_notice_get_id (notice);
    }

  for (guint i = 0; directives && i < directives->len; i++)
    {
      g_autoptr(DtDirective) row = NULL;
      gint64 id = 0;

      row = with_unit_rows (g_ptr_array_index (directives, i),
                            (const gint64 *) (gpointer) unit_ids->data, unit_ids->len, error);
      if (row == NULL)
        return FALSE;
      dt_directive_set_notice_id (row, notice_id);
      if (!_dt_store_write_directive (self, row, FALSE, TRUE, &id, error))
        return FALSE;
      g_array_append_val (directive_ids, id);
    }

  if (update)
    {
      /* updated rows keep their extensions: their current deadline follows */
      if (!_dt_store_run_with_id (self,
                                  "UPDATE directives SET deadline = coalesce ("
                                  " (SELECT e.new_deadline FROM extensions e"
                                  "  WHERE e.directive_id = directives.id"
                                  "  ORDER BY coalesce (e.granted_date, '') DESC, e.id DESC LIMIT 1),"
                                  " original_deadline) WHERE notice_id = ?1",
                                  notice_id, error)
          || !_dt_store_save_notice_in_transaction (self, notice, error))
        return FALSE;
    }
  else if (!_dt_store_reindex_notice (self, notice_id, error))
    return FALSE;

  *out_notice_id = notice_id;
  return TRUE;
}

gboolean
dt_store_save_import (DtStore    *self,
                      DtNotice   *notice,
                      GPtrArray  *new_units,
                      GPtrArray  *directives,
                      GError    **error)
{
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) directive_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 old_notice_id, notice_id = 0;

  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (DT_IS_NOTICE (notice), FALSE);

  old_notice_id = dt_notice_get_id (notice);
  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!write_import (self, notice, new_units, directives, unit_ids, directive_ids, &notice_id, error))
    {
      _dt_notice_set_id (notice, old_notice_id);
      return _dt_store_rollback (self);
    }
  if (!_dt_store_commit (self, error))
    {
      _dt_notice_set_id (notice, old_notice_id);
      return FALSE;
    }

  /* committed: the objects learn their rows */
  for (guint i = 0; i < unit_ids->len; i++)
    _dt_unit_set_id (g_ptr_array_index (new_units, i), g_array_index (unit_ids, gint64, i));
  for (guint i = 0; i < directive_ids->len; i++)
    {
      DtDirective *directive = g_ptr_array_index (directives, i);
      const gint64 *ids;
      g_autoptr(GArray) coordinators = NULL;
      gint64 lead = dt_directive_get_lead_unit_id (directive);
      guint n;

      _dt_directive_set_id (directive, g_array_index (directive_ids, gint64, i));
      dt_directive_set_notice_id (directive, notice_id);
      ids = dt_directive_get_coordinating_unit_ids (directive, &n);
      coordinators = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      g_array_append_vals (coordinators, ids, n);
      /* cannot fail: resolved in the transaction */
      resolve_unit (&lead, (const gint64 *) (gpointer) unit_ids->data, unit_ids->len, NULL);
      for (guint k = 0; k < n; k++)
        resolve_unit (&g_array_index (coordinators, gint64, k),
                      (const gint64 *) (gpointer) unit_ids->data, unit_ids->len, NULL);
      dt_directive_set_lead_unit_id (directive, lead);
      dt_directive_set_coordinating_unit_ids (directive, (const gint64 *) (gpointer) coordinators->data,
                                              coordinators->len);
    }
  return TRUE;
}

gboolean
dt_store_delete_import (DtStore       *self,
                        gint64         notice_id,
                        const gint64  *unit_ids,
                        guint          n_units,
                        GError       **error)
{
  g_return_val_if_fail (DT_IS_STORE (self), FALSE);
  g_return_val_if_fail (unit_ids != NULL || n_units == 0, FALSE);

  if (!_dt_store_begin (self, error))
    return FALSE;
  if (!_dt_store_run_with_id (self, "DELETE FROM directive_search WHERE id IN"
                                    " (SELECT id FROM directives WHERE notice_id = ?1)",
                              notice_id, error)
      || !_dt_store_run_with_id (self, "DELETE FROM notices WHERE id = ?1", notice_id, error)
      || !_dt_store_check_changed (self, DT_STORE_ROW_NOTICE, error))
    return _dt_store_rollback (self);

  /* a unit the user has since given other work, or merged, stays */
  for (guint i = 0; i < n_units; i++)
    if (!_dt_store_run_with_id (self,
                                "DELETE FROM units WHERE id = ?1"
                                " AND NOT EXISTS (SELECT 1 FROM directives WHERE lead_unit_id = ?1)"
                                " AND NOT EXISTS (SELECT 1 FROM directive_units WHERE unit_id = ?1)"
                                " AND NOT EXISTS (SELECT 1 FROM units WHERE merged_into = ?1)",
                                unit_ids[i], error))
      return _dt_store_rollback (self);
  return _dt_store_commit (self, error);
}
