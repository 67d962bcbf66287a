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
#include "dt-import-save.h"

void
dt_unit_catalog_add_store_units (DtUnitCatalog *catalog,
                                 DtStore       *store)
{
  g_autoptr(GListModel) units = NULL;

  g_return_if_fail (DT_IS_UNIT_CATALOG (catalog));
  g_return_if_fail (DT_IS_STORE (store));

  units = dt_store_list_units (store);
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
}

static gboolean
has_digits (const char *s)
{
  for (; s && *s; s++)
    if (g_ascii_isdigit (*s))
      return TRUE;
  return FALSE;
}

DtNotice *
dt_extraction_find_existing_notice (DtExtraction *extraction,
                                    DtStore      *store)
{
  g_autoptr(GListModel) notices = NULL;

  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  /* a blank number ("/TB-UBND") identifies nothing */
  if (has_digits (extraction->number))
    {
      DtNotice *notice = dt_store_find_notice_by_number (store, extraction->number,
                                                         extraction->issue_date);

      if (notice != NULL)
        return notice;
    }

  if (extraction->source_text == NULL)
    return NULL;
  notices = dt_store_list_notices (store);
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);

      if (g_strcmp0 (dt_notice_get_source_text (notice), extraction->source_text) == 0)
        return g_steal_pointer (&notice);
    }
  return NULL;
}

/* The store's unit for a name, created when missing */
static gint64
unit_id_for (DtStore            *store,
             DtUnitCatalog      *catalog,
             const char         *name,
             DtImportSaveResult *result,
             GError            **error)
{
  g_autoptr(DtUnit) unit = dt_store_find_unit (store, name);
  const DtUnitCatalogEntry *entry;

  if (unit != NULL)
    return dt_unit_get_id (unit);

  unit = dt_unit_new (name);
  entry = catalog ? dt_unit_catalog_find_entry (catalog, name) : NULL;
  if (entry != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) aliases = NULL;

      /* the store finds units by name and alias: the short name is one too */
      g_strv_builder_addv (builder, (const char **) entry->aliases);
      if (entry->short_name != NULL)
        g_strv_builder_add (builder, entry->short_name);
      aliases = g_strv_builder_end (builder);
      dt_unit_set_short_name (unit, entry->short_name);
      dt_unit_set_aliases (unit, (const char * const *) aliases);
    }
  if (!dt_store_save_unit (store, unit, error))
    return 0;
  result->n_new_units++;
  return dt_unit_get_id (unit);
}

static void
object_unref0 (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static DtDirective *
find_earlier (GPtrArray  *earlier,
              const char *ordinal,
              gint64      lead_unit_id,
              const char *text)
{
  for (guint i = 0; earlier && i < earlier->len; i++)
    {
      DtDirective *d = g_ptr_array_index (earlier, i);

      if (d != NULL && dt_directive_get_lead_unit_id (d) == lead_unit_id
          && g_strcmp0 (dt_directive_get_ordinal (d), ordinal) == 0
          && g_strcmp0 (dt_directive_get_text (d), text) == 0)
        {
          /* each earlier directive stands for one new one */
          earlier->pdata[i] = NULL;
          return d;
        }
    }
  return NULL;
}

gboolean
dt_extraction_to_store_objects (DtExtraction        *extraction,
                                DtStore             *store,
                                DtUnitCatalog       *catalog,
                                GPtrArray           *selected,
                                DtNotice           **out_notice,
                                GPtrArray          **out_directives,
                                DtImportSaveResult  *result,
                                GError             **error)
{
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) earlier = g_ptr_array_new_with_free_func (object_unref0);
  GPtrArray *items;
  DtDate assigned;

  g_return_val_if_fail (extraction != NULL, FALSE);
  g_return_val_if_fail (DT_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  items = selected ? selected : extraction->directives;

  notice = dt_extraction_find_existing_notice (extraction, store);
  if (notice != NULL)
    {
      g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);

      result->was_update = TRUE;
      dt_directive_list_set_notice (list, dt_notice_get_id (notice));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        g_ptr_array_add (earlier, g_list_model_get_item (G_LIST_MODEL (list), i));
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

  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);
      g_autoptr(GArray) coordinators = g_array_new (FALSE, FALSE, sizeof (gint64));
      DtDirective *directive;
      gint64 lead_id;

      if (x->lead_unit == NULL || *x->lead_unit == '\0')
        {
          result->n_skipped++;
          continue;
        }
      lead_id = unit_id_for (store, catalog, x->lead_unit, result, error);
      if (lead_id == 0)
        return FALSE;
      for (guint k = 0; x->coordinating_units[k] != NULL; k++)
        {
          gint64 id = unit_id_for (store, catalog, x->coordinating_units[k], result, error);

          if (id == 0)
            return FALSE;
          g_array_append_val (coordinators, id);
        }

      directive = find_earlier (earlier, x->ordinal, lead_id, x->text);
      if (directive != NULL)
        {
          g_object_ref (directive);
          result->n_updated++;
        }
      else
        {
          directive = dt_directive_new ();
          dt_directive_set_assigned_date (directive, assigned);
          result->n_saved++;
        }

      dt_directive_set_ordinal (directive, x->ordinal);
      dt_directive_set_section (directive, x->category);
      dt_directive_set_text (directive, x->text);
      dt_directive_set_lead_unit_id (directive, lead_id);
      dt_directive_set_coordinating_unit_ids (directive, (const gint64 *) coordinators->data,
                                              coordinators->len);
      dt_directive_set_deadline (directive, x->deadline);
      dt_directive_set_deadline_phrase (directive, x->deadline_phrase);
      dt_directive_set_deadline_approximate (directive, x->approximate);
      dt_directive_set_recurrence (directive, x->recurrence, x->recurrence_interval);
      g_ptr_array_add (directives, directive);
    }

  if (out_notice)
    *out_notice = g_steal_pointer (&notice);
  if (out_directives)
    *out_directives = g_steal_pointer (&directives);
  return TRUE;
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
  DtImportSaveResult local;

  if (result == NULL)
    result = &local;

  if (!dt_extraction_to_store_objects (extraction, store, catalog, selected, &notice, &directives,
                                       result, error))
    return FALSE;
  if (!dt_store_save_notice_with_directives (store, notice, directives, error))
    return FALSE;
  result->notice_id = dt_notice_get_id (notice);
  return TRUE;
}
