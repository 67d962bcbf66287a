/* dt-import-match.c — a new reading of a notice matched with what the
 * store holds: the notice, and each of its directives
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-directive-list.h"
#include "dt-extractor.h"
#include "dt-import-match-private.h"
#include "dt-notice.h"
#include "dt-text.h"

/* A notice number as written in any copy: "37/TB-UBND", "37 /TB–UBND" and
 * "37/tb-ubnd" are one.  NULL for a draft's blank number ("/TB-UBND"
 * identifies nothing, dt_notice_number_is_blank()). */
static char *
number_key (const char *number)
{
  g_autofree char *folded = number ? dt_text_fold (number) : NULL;
  GString *key;

  if (dt_notice_number_is_blank (number))
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

void
_dt_import_earlier_clear (DtImportEarlier *e)
{
  g_clear_pointer (&e->exact, g_hash_table_unref);
  g_clear_pointer (&e->by_place, g_hash_table_unref);
  g_clear_pointer (&e->taken, g_hash_table_unref);
  g_clear_pointer (&e->source_text, g_free);
  g_clear_pointer (&e->squeezed_source, g_free);
  g_clear_object (&e->catalog);
  g_clear_pointer (&e->as_read, g_hash_table_unref);
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

void
_dt_import_earlier_init (DtImportEarlier *e,
                         DtStore         *store,
                         DtNotice        *notice,
                         DtUnitCatalog   *catalog)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (store);
  gint64 notice_id = dt_notice_get_id (notice);
  guint n;

  e->source_text = g_strdup (dt_notice_get_source_text (notice));
  e->catalog = catalog ? g_object_ref (catalog) : dt_unit_catalog_new_default ();

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
take_from (DtImportEarlier *e,
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

DtDirective *
_dt_import_earlier_take_exact (DtImportEarlier *e,
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

DtDirective *
_dt_import_earlier_take_by_place (DtImportEarlier *e,
               const char *ordinal)
{
  if (e->by_place == NULL)
    return NULL;
  return take_from (e, g_hash_table_lookup (e->by_place, ordinal ? ordinal : ""));
}

static char *
as_read_key (const char *ordinal,
             const char *text)
{
  return g_strconcat (ordinal ? ordinal : "", "\x1f", text ? text : "", NULL);
}

/* @text folded (dt_text_fold()) without its white space: a text as the
 * notice has it whatever its line breaks */
static char *
squeezed (const char *text)
{
  g_autofree char *folded = dt_text_fold (text ? text : "");
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

gboolean
_dt_import_earlier_text_was_edited (DtImportEarlier *e,
                                    DtDirective     *d)
{
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;

  if (e->source_text == NULL)
    return TRUE;
  /* words of the notice, as written there: not the user's (a reading of
   * another version of the application may have cut them otherwise) */
  if (e->squeezed_source == NULL)
    e->squeezed_source = squeezed (e->source_text);
  text = squeezed (dt_directive_get_text (d));
  if (*text != '\0' && strstr (e->squeezed_source, text) != NULL)
    return FALSE;
  if (e->as_read == NULL)
    {
      g_autoptr(DtExtractor) extractor = dt_extractor_new (e->catalog);
      g_autoptr(DtExtraction) earlier = dt_extractor_extract (extractor, e->source_text, -1, NULL, NULL);

      e->as_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; earlier != NULL && i < earlier->directives->len; i++)
        {
          const DtExtractedDirective *x = g_ptr_array_index (earlier->directives, i);

          g_hash_table_add (e->as_read, as_read_key (x->ordinal, x->text));
        }
    }
  key = as_read_key (dt_directive_get_ordinal (d), dt_directive_get_text (d));
  return !g_hash_table_contains (e->as_read, key);
}
