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
#include "dt-text.h"

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

static gboolean
has_digits (const char *s)
{
  for (; s && *s; s++)
    if (g_ascii_isdigit (*s))
      return TRUE;
  return FALSE;
}

/* A notice number as written in any copy: "37/TB-UBND", "37 /TB–UBND" and
 * "37/tb-ubnd" are one.  NULL when it has no digits ("/TB-UBND" of a draft
 * identifies nothing). */
static char *
number_key (const char *number)
{
  g_autofree char *folded = number ? dt_text_fold (number) : NULL;
  GString *key;

  if (!has_digits (number))
    return NULL;
  key = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (g_unichar_type (c) == G_UNICODE_DASH_PUNCTUATION)
        c = '-';
      g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* Two texts alike but for case, diacritics and spacing (a PDF's line
 * breaks), or one the start of the other (a wrapped copy may run the next
 * line into a title); an empty one matches anything. */
static gboolean
loosely_equal (const char *a,
               const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;
  g_auto(GStrv) wa = NULL;
  g_auto(GStrv) wb = NULL;
  g_autofree char *ja = NULL;
  g_autofree char *jb = NULL;

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return TRUE;
  fa = dt_text_fold (a);
  fb = dt_text_fold (b);
  wa = g_strsplit_set (fa, " \t\n\r", -1);
  wb = g_strsplit_set (fb, " \t\n\r", -1);
  ja = g_strjoinv ("", wa);
  jb = g_strjoinv ("", wb);
  return g_str_has_prefix (ja, jb) || g_str_has_prefix (jb, ja);
}

static gboolean
same_date (DtDate a,
           DtDate b)
{
  return a == DT_DATE_NONE || b == DT_DATE_NONE || a == b;
}

/* Whether a stored notice is this one, whichever file either was read
 * from (its PDF, its text, a Word copy): the same number and issue date;
 * without a number, the same issuer, kind, dates and title. */
static gboolean
is_same_notice (DtExtraction *extraction,
                DtNotice     *notice)
{
  g_autofree char *key = number_key (extraction->number);
  g_autofree char *other = number_key (dt_notice_get_number (notice));

  if (key != NULL || other != NULL)
    return g_strcmp0 (key, other) == 0
           && same_date (extraction->issue_date, dt_notice_get_issue_date (notice));

  if (extraction->issue_date == DT_DATE_NONE && extraction->meeting_date == DT_DATE_NONE)
    return FALSE;
  return extraction->kind == dt_notice_get_kind (notice)
         && extraction->issue_date == dt_notice_get_issue_date (notice)
         && extraction->meeting_date == dt_notice_get_meeting_date (notice)
         && loosely_equal (extraction->issuing_body, dt_notice_get_issuing_body (notice))
         && loosely_equal (extraction->title, dt_notice_get_title (notice));
}

DtNotice *
dt_extraction_find_existing_notice (DtExtraction  *extraction,
                                    DtStore       *store,
                                    GError       **error)
{
  g_autoptr(GListModel) names = NULL;
  g_autoptr(GListModel) notices = NULL;

  g_return_val_if_fail (extraction != NULL, NULL);
  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  names = dt_store_list_notice_names (store, error);
  if (names == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (names, i);

      if (is_same_notice (extraction, notice))
        return dt_store_get_notice (store, dt_notice_get_id (notice), error);
    }

  /* a copy that tells neither number nor date: the very same text */
  if (extraction->source_text == NULL)
    return NULL;
  notices = dt_store_list_notices (store, error);
  if (notices == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DtNotice) notice = g_list_model_get_item (notices, i);

      if (g_strcmp0 (dt_notice_get_source_text (notice), extraction->source_text) == 0)
        return g_steal_pointer (&notice);
    }
  return NULL;
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

/* The earlier import's directives, to be matched with the new reading.
 * First by lead unit, ordinal and text: unchanged, and in the list's order
 * when several are alike.  Then, for the rest, by their place in the
 * notice: the k-th directive numbered "3.2" still unmatched is the k-th
 * new one numbered so.  That survives what the user may have changed in
 * the application (the text, the lead unit), so that a notice imported
 * again updates its directives instead of adding copies. */
typedef struct
{
  GHashTable *exact;     /* key → GQueue of DtDirective (owned) */
  GHashTable *by_place;  /* ordinal → GQueue of DtDirective (owned), notice order */
  GHashTable *taken;     /* DtDirective * set */
} Earlier;

static char *
earlier_key (gint64      lead_unit_id,
             const char *ordinal,
             const char *text)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%s", lead_unit_id,
                          ordinal ? ordinal : "", text ? text : "");
}

static void
queue_free (gpointer queue)
{
  g_queue_free_full (queue, g_object_unref);
}

static void
earlier_clear (Earlier *e)
{
  g_clear_pointer (&e->exact, g_hash_table_unref);
  g_clear_pointer (&e->by_place, g_hash_table_unref);
  g_clear_pointer (&e->taken, g_hash_table_unref);
}

static void
push (GHashTable  *table,
      char        *key,
      DtDirective *directive)
{
  GQueue *queue = g_hash_table_lookup (table, key);

  if (queue == NULL)
    {
      queue = g_queue_new ();
      g_hash_table_insert (table, g_strdup (key), queue);
    }
  g_queue_push_tail (queue, g_object_ref (directive));
}

static void
earlier_init (Earlier *e,
              DtStore *store,
              gint64   notice_id)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  guint n;

  e->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, queue_free);
  e->by_place = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, queue_free);
  e->taken = g_hash_table_new (NULL, NULL);

  /* in the notice's order: by ordinal, then as first saved */
  dt_directive_list_set_notice (list, notice_id);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_ORDINAL, FALSE);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *key = earlier_key (dt_directive_get_lead_unit_id (d),
                                          dt_directive_get_ordinal (d), dt_directive_get_text (d));

      push (e->exact, key, d);
      push (e->by_place, (char *) dt_directive_get_ordinal (d), d);
    }
}

/* The first of a queue not yet taken, taken (a new reference), or NULL */
static DtDirective *
take_from (Earlier *e,
           GQueue  *queue)
{
  DtDirective *d;

  while (queue != NULL && (d = g_queue_pop_head (queue)) != NULL)
    {
      if (!g_hash_table_contains (e->taken, d))
        {
          g_hash_table_add (e->taken, d);
          return d;  /* the reference popped is the caller's */
        }
      g_object_unref (d);
    }
  return NULL;
}

static DtDirective *
take_exact (Earlier    *e,
            gint64      lead_unit_id,
            const char *ordinal,
            const char *text)
{
  g_autofree char *key = NULL;

  if (e->exact == NULL)
    return NULL;
  key = earlier_key (lead_unit_id, ordinal, text);
  return take_from (e, g_hash_table_lookup (e->exact, key));
}

static DtDirective *
take_by_place (Earlier    *e,
               const char *ordinal)
{
  if (e->by_place == NULL)
    return NULL;
  return take_from (e, g_hash_table_lookup (e->by_place, ordinal ? ordinal : ""));
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
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) matched = NULL;
  g_autoptr(GArray) leads = NULL;
  Earlier earlier = { 0 };
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
      earlier_init (&earlier, store, dt_notice_get_id (notice));
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

      if (x->lead_unit != NULL && *x->lead_unit != '\0')
        lead_id = unit_id_for (&units, x->lead_unit, result);
      g_array_append_val (leads, lead_id);
      g_ptr_array_add (matched, lead_id > 0 ? take_exact (&earlier, lead_id, x->ordinal, x->text)
                                            : NULL);
    }
  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);

      if (matched->pdata[i] == NULL && g_array_index (leads, gint64, i) != 0)
        matched->pdata[i] = take_by_place (&earlier, x->ordinal);
    }
  earlier_clear (&earlier);

  for (guint i = 0; i < items->len; i++)
    {
      const DtExtractedDirective *x = g_ptr_array_index (items, i);
      g_autoptr(GArray) coordinators = g_array_new (FALSE, FALSE, sizeof (gint64));
      DtDirective *directive;
      gint64 lead_id = g_array_index (leads, gint64, i);

      if (lead_id == 0)
        {
          result->n_skipped++;
          continue;
        }
      for (guint k = 0; x->coordinating_units[k] != NULL; k++)
        {
          gint64 id;

          if (*x->coordinating_units[k] == '\0')
            continue;
          id = unit_id_for (&units, x->coordinating_units[k], result);
          g_array_append_val (coordinators, id);
        }

      /* owned: taken out of the matches */
      directive = g_steal_pointer (&matched->pdata[i]);
      if (directive != NULL)
        result->n_updated++;
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
      /* "thường xuyên" without a date: a standing duty, not a missing deadline */
      if (x->recurrence == DT_RECURRENCE_NONE && x->ongoing && x->deadline == DT_DATE_NONE)
        dt_directive_set_recurrence (directive, DT_RECURRENCE_ONGOING, 0);
      else
        dt_directive_set_recurrence (directive, x->recurrence, x->recurrence_interval);
      dt_directive_set_recurrence_anchors (directive, x->recurrence_anchors);
      g_ptr_array_add (directives, directive);
    }

  if (out_notice)
    *out_notice = g_steal_pointer (&notice);
  if (out_directives)
    *out_directives = g_steal_pointer (&directives);
  if (out_new_units)
    *out_new_units = g_steal_pointer (&units.new_units);
  unit_resolver_clear (&units);
  return TRUE;
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
