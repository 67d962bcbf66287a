/* dt-import-save.c — an extraction into the store, in one transaction
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-import-match-private.h"
#include "dt-import-save.h"
#include "dt-text.h"
#include "dt-unit-name.h"

gboolean
dt_unit_catalog_add_store_units (DtUnitCatalog  *catalog,
                                 DtStore        *store,
                                 GError        **error)
{
  g_autoptr(GListModel) units = NULL;

  g_return_val_if_fail (DT_IS_UNIT_CATALOG (catalog), FALSE);
  g_return_val_if_fail (DT_IS_STORE (store), FALSE);

  units = dt_store_list_units (store, error);
  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *lower = g_utf8_strdown (dt_unit_get_name (unit), -1);

      /* a collective saved as a unit ("Các sở, ngành") stays a collective */
      if (g_str_has_prefix (lower, "các "))
        continue;
      dt_unit_catalog_add (catalog, dt_unit_get_name (unit), dt_unit_get_short_name (unit),
                           dt_unit_get_aliases (unit));
    }
  return TRUE;
}

/* "Các sở, ngành", "UBND các huyện, thị xã, thành phố": whom a notice
 * addresses, by the grammar of unit names, but no unit of its own */
static gboolean
is_collective (const char *name)
{
  g_autoptr(DtUnitName) unit = NULL;
  gsize len, end = 0;

  if (name == NULL || *name == '\0')
    return FALSE;
  len = strlen (name);
  unit = dt_unit_name_match (NULL, name, len, 0, &end);
  return unit != NULL && unit->kind == DT_UNIT_NAME_COLLECTIVE && end >= len;
}

/* Units by name while converting: the store's, and those to create */
typedef struct
{
  DtStore       *store;
  DtUnitCatalog *catalog;
  GHashTable    *by_name;   /* name as written → gint64 id (< 0: new_units[-id - 1]) */
  GHashTable    *new_keys;  /* normalized name or alias of a new unit → gint64 id */
  GPtrArray     *new_units;
} UnitResolver;

static void
unit_resolver_clear (UnitResolver *r)
{
  g_clear_pointer (&r->by_name, g_hash_table_unref);
  g_clear_pointer (&r->new_keys, g_hash_table_unref);
  g_clear_pointer (&r->new_units, g_ptr_array_unref);
}

static gint64 *
id_dup (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* The store's unit for a name, or a new one (a placeholder id, < 0): the
 * store is asked once per distinct name, and nothing is written. */
static gint64
unit_id_for (UnitResolver       *r,
             const char         *name,
             DtImportSaveResult *result)
{
  g_autoptr(DtUnit) unit = NULL;
  g_autofree char *key = NULL;
  const DtUnitCatalogEntry *entry;
  gint64 *known;
  gint64 id;

  known = g_hash_table_lookup (r->by_name, name);
  if (known != NULL)
    return *known;

  unit = dt_store_find_unit (r->store, name);
  key = dt_text_normalize_name (name);
  if (unit != NULL)
    id = dt_unit_get_id (unit);
  else if ((known = g_hash_table_lookup (r->new_keys, key)) != NULL)
    id = *known;
  else
    {
      const char * const *aliases;

      unit = dt_unit_new (name);
      entry = r->catalog ? dt_unit_catalog_find_entry (r->catalog, name) : NULL;
      if (entry != NULL)
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) strv = NULL;

          /* the store finds units by name and alias: the short name is one too */
          g_strv_builder_addv (builder, (const char **) entry->aliases);
          if (entry->short_name != NULL)
            g_strv_builder_add (builder, entry->short_name);
          strv = g_strv_builder_end (builder);
          dt_unit_set_short_name (unit, entry->short_name);
          dt_unit_set_aliases (unit, (const char * const *) strv);
        }
      g_ptr_array_add (r->new_units, g_object_ref (unit));
      id = -(gint64) r->new_units->len;
      result->n_new_units++;

      g_hash_table_insert (r->new_keys, g_strdup (key), id_dup (id));
      aliases = dt_unit_get_aliases (unit);
      for (guint i = 0; aliases && aliases[i]; i++)
        {
          g_autofree char *alias_key = dt_text_normalize_name (aliases[i]);

          if (*alias_key != '\0' && !g_hash_table_contains (r->new_keys, alias_key))
            g_hash_table_insert (r->new_keys, g_steal_pointer (&alias_key), id_dup (id));
        }
    }
  g_hash_table_insert (r->by_name, g_strdup (name), id_dup (id));
  return id;
}

static void
object_unref0 (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* A directive's lead while matching: one addressed to a collective */
#define NO_LEAD G_MININT64

/* dt_extraction_to_store_objects(), and in @kept (when given, parallel to
 * the directives read) the user's text where it is kept */
static gboolean
to_store_objects (DtExtraction        *extraction,
                  DtStore             *store,
                  DtUnitCatalog       *catalog,
                  GPtrArray           *selected,
                  DtNotice           **out_notice,
                  GPtrArray          **out_directives,
                  GPtrArray          **out_new_units,
                  GPtrArray           *kept,
                  DtImportSaveResult  *result,
                  GError             **error)
{
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) matched = NULL;
  g_autoptr(GArray) leads = NULL;
  DtImportEarlier earlier = { 0 };
  UnitResolver units = { 0 };
  GPtrArray *items;
  DtDate assigned;

  g_return_val_if_fail (extraction != NULL, FALSE);
  g_return_val_if_fail (DT_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  items = selected ? selected : extraction->directives;

  {
    g_autoptr(GError) local_error = NULL;

    notice = dt_extraction_find_existing_notice (extraction, store, &local_error);
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
  }
  if (notice != NULL)
    {
      result->was_update = TRUE;
      _dt_import_earlier_init (&earlier, store, notice, catalog);
    }
  else
    notice = dt_notice_new ();

  dt_notice_set_kind (notice, extraction->kind);
  dt_notice_set_number (notice, extraction->number);
  dt_notice_set_issue_date (notice, extraction->issue_date);
  dt_notice_set_meeting_date (notice, extraction->meeting_date);
  dt_notice_set_issuing_body (notice, extraction->issuing_body);
  dt_notice_set_signer (notice, extraction->signer);
  dt_notice_set_title (notice, extraction->title);
  dt_notice_set_source_text (notice, extraction->source_text);

  assigned = extraction->issue_date ? extraction->issue_date : dt_extraction_get_reference_date (extraction);
  units.store = store;
  units.catalog = catalog;
  units.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  units.new_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  units.new_units = g_ptr_array_new_with_free_func (g_object_unref);

  /* each new directive's earlier self: the unchanged ones first, then by
   * place, so that an unchanged one is never taken by another's place */
  leads = g_array_sized_new (FALSE, TRUE, sizeof (gint64), items->len);
  matched = g_ptr_array_new_full (items->len, object_unref0);
  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);
      gint64 lead_id = 0;

      /* a collective is kept as whom the directive addresses, no unit */
      if (x->collective || is_collective (x->lead_unit))
        lead_id = NO_LEAD;
      else if (x->lead_unit != NULL && *x->lead_unit != '\0')
        lead_id = unit_id_for (&units, x->lead_unit, result);
      g_array_append_val (leads, lead_id);
      /* a unit still to create (< 0) led nothing before; a collective, 0 */
      g_ptr_array_add (matched, lead_id == NO_LEAD || lead_id > 0
                                ? _dt_import_earlier_take_exact (&earlier, lead_id == NO_LEAD ? 0 : lead_id,
                                              x->ordinal, x->text)
                                : NULL);
    }
  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);

      if (matched->pdata[i] == NULL && g_array_index (leads, gint64, i) != 0)
        matched->pdata[i] = _dt_import_earlier_take_by_place (&earlier, x->ordinal);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);
      g_autoptr(GArray) coordinators = g_array_new (FALSE, FALSE, sizeof (gint64));
      DtDirective *directive;
      gint64 lead_id = g_array_index (leads, gint64, i);
      gboolean keep_text = FALSE;

      if (lead_id == 0)
        {
          result->n_skipped++;
          continue;
        }
      if (lead_id == NO_LEAD)
        lead_id = 0;
      for (guint k = 0; x->coordinating_units[k] != NULL; k++)
        {
          gint64 id;

          if (*x->coordinating_units[k] == '\0' || is_collective (x->coordinating_units[k]))
            continue;
          id = unit_id_for (&units, x->coordinating_units[k], result);
          g_array_append_val (coordinators, id);
        }

      /* owned: taken out of the matches */
      directive = g_steal_pointer (&matched->pdata[i]);
      if (directive != NULL)
        {
          result->n_updated++;
          /* a text the user corrected in the application is theirs, unless
           * they chose the notice's in the review */
          keep_text = g_strcmp0 (dt_directive_get_text (directive), x->text) != 0
                      && _dt_import_earlier_text_was_edited (&earlier, directive);
          if (keep_text)
            {
              if (kept != NULL)
                kept->pdata[i] = g_strdup (dt_directive_get_text (directive));
              keep_text = !x->replace_user_text;
            }
          result->n_kept_texts += keep_text;
        }
      else
        {
          directive = dt_directive_new ();
          dt_directive_set_assigned_date (directive, assigned);
          result->n_saved++;
        }

      dt_directive_set_ordinal (directive, x->ordinal);
      dt_directive_set_section (directive, x->category);
      if (!keep_text)
        dt_directive_set_text (directive, x->text);
      dt_directive_set_lead_unit_id (directive, lead_id);
      dt_directive_set_addressee (directive, lead_id == 0 ? x->lead_unit : "");
      dt_directive_set_coordinating_unit_ids (directive, (const gint64 *) coordinators->data,
                                              coordinators->len);
      dt_directive_set_deadline (directive, x->deadline);
      dt_directive_set_deadline_phrase (directive, x->deadline_phrase);
      dt_directive_set_deadline_approximate (directive, x->approximate);
      /* "thường xuyên" without a date: a standing duty, not a missing deadline */
      if (x->recurrence == DT_RECURRENCE_NONE && x->ongoing && x->deadline == DT_DATE_NONE)
        dt_directive_set_recurrence (directive, DT_RECURRENCE_ONGOING, 0);
      else
        dt_directive_set_recurrence (directive, x->recurrence, x->recurrence_interval);
      dt_directive_set_recurrence_anchors (directive, x->recurrence_anchors);
      g_ptr_array_add (directives, directive);
    }

  _dt_import_earlier_clear (&earlier);
  if (out_notice)
    *out_notice = g_steal_pointer (&notice);
  if (out_directives)
    *out_directives = g_steal_pointer (&directives);
  if (out_new_units)
    *out_new_units = g_steal_pointer (&units.new_units);
  unit_resolver_clear (&units);
  return TRUE;
}

gboolean
dt_extraction_to_store_objects (DtExtraction        *extraction,
                                DtStore             *store,
                                DtUnitCatalog       *catalog,
                                GPtrArray           *selected,
                                DtNotice           **out_notice,
                                GPtrArray          **out_directives,
                                GPtrArray          **out_new_units,
                                DtImportSaveResult  *result,
                                GError             **error)
{
  return to_store_objects (extraction, store, catalog, selected, out_notice, out_directives,
                           out_new_units, NULL, result, error);
}

GPtrArray *
dt_extraction_find_user_texts (DtExtraction   *extraction,
                               DtStore        *store,
                               DtUnitCatalog  *catalog,
                               GError        **error)
{
  g_autoptr(GPtrArray) kept = NULL;
  g_auto(DtImportSaveResult) result = { 0 };

  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  kept = g_ptr_array_new_full (extraction->directives->len, g_free);
  g_ptr_array_set_size (kept, extraction->directives->len);
  if (!to_store_objects (extraction, store, catalog, NULL, NULL, NULL, NULL, kept, &result, error))
    return NULL;
  return g_steal_pointer (&kept);
}

void
dt_import_save_result_clear (DtImportSaveResult *result)
{
  g_clear_pointer (&result->unit_ids, g_array_unref);
  g_clear_pointer (&result->directive_ids, g_array_unref);
  g_clear_pointer (&result->updated_ids, g_array_unref);
}

gboolean
dt_extraction_save (DtExtraction        *extraction,
                    DtStore             *store,
                    DtUnitCatalog       *catalog,
                    GPtrArray           *selected,
                    DtImportSaveResult  *result,
                    GError             **error)
{
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = NULL;
  g_autoptr(GPtrArray) new_units = NULL;
  g_autoptr(GArray) is_new = g_array_new (FALSE, FALSE, sizeof (gboolean));
  DtImportSaveResult local;

  if (result == NULL)
    result = &local;

  if (!dt_extraction_to_store_objects (extraction, store, catalog, selected, &notice, &directives,
                                       &new_units, result, error))
    return FALSE;
  for (guint i = 0; i < directives->len; i++)
    {
      gboolean fresh = dt_directive_get_id (g_ptr_array_index (directives, i)) == 0;

      g_array_append_val (is_new, fresh);
    }

  /* units, notice and directives: one transaction */
  if (!dt_store_save_import (store, notice, new_units, directives, error))
    {
      if (result == &local)
        dt_import_save_result_clear (result);
      return FALSE;
    }

  result->notice_id = dt_notice_get_id (notice);
  result->unit_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), new_units->len);
  result->directive_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  result->updated_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < new_units->len; i++)
    {
      gint64 id = dt_unit_get_id (g_ptr_array_index (new_units, i));

      g_array_append_val (result->unit_ids, id);
    }
  for (guint i = 0; i < directives->len; i++)
    {
      gint64 id = dt_directive_get_id (g_ptr_array_index (directives, i));

      g_array_append_val (g_array_index (is_new, gboolean, i) ? result->directive_ids
                                                              : result->updated_ids, id);
    }
  if (result == &local)
    dt_import_save_result_clear (result);
  return TRUE;
}
