/* dt-unit-catalog.c — the units of a province, and matching names to them
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dt-import-resources.h"
#include "dt-import-text-private.h"
#include "dt-unit-catalog.h"

#define MAX_NAME_TOKENS 18
#define MAX_NAME_BYTES  320

struct _DtUnitCatalog
{
  GObject     parent_instance;

  GPtrArray  *entries;   /* of DtUnitCatalogEntry */
  GHashTable *keys;      /* unit key → DtUnitCatalogEntry (borrowed) */
  GHashTable *names;     /* canonical name → DtUnitCatalogEntry (borrowed) */
  GHashTable *first_words; /* the first word of every key: a quick "no" */
};

G_DEFINE_FINAL_TYPE (DtUnitCatalog, dt_unit_catalog, G_TYPE_OBJECT)
G_DEFINE_QUARK (dt-unit-catalog-error-quark, dt_unit_catalog_error)

static void
entry_free (gpointer data)
{
  DtUnitCatalogEntry *entry = data;

  g_free (entry->name);
  g_free (entry->short_name);
  g_strfreev (entry->aliases);
  g_free (entry);
}

static void
dt_unit_catalog_finalize (GObject *object)
{
  DtUnitCatalog *self = DT_UNIT_CATALOG (object);

  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->first_words, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (dt_unit_catalog_parent_class)->finalize (object);
}

static void
dt_unit_catalog_class_init (DtUnitCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dt_unit_catalog_finalize;
}

static void
dt_unit_catalog_init (DtUnitCatalog *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->first_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

DtUnitCatalog *
dt_unit_catalog_new (void)
{
  return g_object_new (DT_TYPE_UNIT_CATALOG, NULL);
}

DtUnitCatalog *
dt_unit_catalog_new_default (void)
{
  g_autoptr(DtUnitCatalog) self = dt_unit_catalog_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (dt_import_get_resource (),
                                  "/io/github/chidao/Directives/import/units.tsv",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  /* compiled in: a failure is a build bug */
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  if (!dt_unit_catalog_load_data (self, data, size, &error))
    g_error ("Built-in unit catalogue: %s", error->message);

  return g_steal_pointer (&self);
}

static void
add_key (DtUnitCatalog      *self,
         const char         *phrase,
         DtUnitCatalogEntry *entry)
{
  char *key = _dt_unit_key (phrase, -1);

  if (*key == '\0' || g_hash_table_contains (self->keys, key))
    {
      /* the first unit to claim a name keeps it */
      g_free (key);
      return;
    }
  g_hash_table_add (self->first_words, g_strndup (key, strcspn (key, " ")));
  g_hash_table_insert (self->keys, key, entry);
}

void
dt_unit_catalog_add (DtUnitCatalog      *self,
                     const char         *name,
                     const char         *short_name,
                     const char * const *aliases)
{
  DtUnitCatalogEntry *entry;

  g_return_if_fail (DT_IS_UNIT_CATALOG (self));
  g_return_if_fail (name != NULL && *name != '\0');

  entry = g_hash_table_lookup (self->names, name);
  if (entry == NULL)
    {
      entry = g_new0 (DtUnitCatalogEntry, 1);
      entry->name = g_strdup (name);
      entry->short_name = (short_name && *short_name) ? g_strdup (short_name) : NULL;
      entry->aliases = g_new0 (char *, 1);
      g_ptr_array_add (self->entries, entry);
      g_hash_table_insert (self->names, entry->name, entry);
      add_key (self, name, entry);
      if (entry->short_name)
        add_key (self, entry->short_name, entry);
    }

  if (aliases != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      g_strv_builder_addv (builder, (const char **) entry->aliases);
      for (guint i = 0; aliases[i] != NULL; i++)
        {
          g_autofree char *alias = g_strstrip (g_strdup (aliases[i]));

          if (*alias == '\0' || g_strv_contains ((const char * const *) entry->aliases, alias))
            continue;
          g_strv_builder_add (builder, alias);
          add_key (self, alias, entry);
        }
      g_strfreev (entry->aliases);
      entry->aliases = g_strv_builder_end (builder);
    }
}

gboolean
dt_unit_catalog_load_data (DtUnitCatalog  *self,
                           const char     *tsv,
                           gssize          length,
                           GError        **error)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);

  copy = length < 0 ? g_strdup (tsv) : g_strndup (tsv, length);
  if (!g_utf8_validate (copy, -1, NULL))
    {
      g_set_error (error, DT_UNIT_CATALOG_ERROR, DT_UNIT_CATALOG_ERROR_INVALID,
                   _("The unit list is not UTF-8 text"));
      return FALSE;
    }

  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) aliases = NULL;
      char *line = g_strchomp (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      fields = g_strsplit (line, "\t", 3);
      if (*g_strstrip (fields[0]) == '\0')
        {
          g_set_error (error, DT_UNIT_CATALOG_ERROR, DT_UNIT_CATALOG_ERROR_INVALID,
                       _("Line %u of the unit list has no unit name"), i + 1);
          return FALSE;
        }
      if (fields[1] != NULL && fields[2] != NULL)
        aliases = g_strsplit (fields[2], ";", -1);
      dt_unit_catalog_add (self, fields[0], fields[1] ? g_strstrip (fields[1]) : NULL,
                           (const char * const *) aliases);
    }

  return TRUE;
}

gboolean
dt_unit_catalog_load_file (DtUnitCatalog  *self,
                           const char     *path,
                           GError        **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return dt_unit_catalog_load_data (self, contents, length, error);
}

guint
dt_unit_catalog_get_n_entries (DtUnitCatalog *self)
{
  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), 0);

  return self->entries->len;
}

const DtUnitCatalogEntry *
dt_unit_catalog_get_entry (DtUnitCatalog *self,
                           guint          position)
{
  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, position);
}

const DtUnitCatalogEntry *
dt_unit_catalog_find_entry (DtUnitCatalog *self,
                            const char    *name)
{
  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->names, name);
}

const char *
dt_unit_catalog_lookup (DtUnitCatalog *self,
                        const char    *phrase)
{
  g_autofree char *key = NULL;
  DtUnitCatalogEntry *entry;

  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), NULL);
  g_return_val_if_fail (phrase != NULL, NULL);

  key = _dt_unit_key (phrase, -1);
  entry = g_hash_table_lookup (self->keys, key);

  return entry ? entry->name : NULL;
}

static gboolean
is_hard_stop (char c)
{
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')'
         || c == '"' || c == '?' || c == '!' || c == '+';
}

gsize
dt_unit_catalog_match_prefix (DtUnitCatalog  *self,
                              const char     *text,
                              gsize           length,
                              const char    **canonical)
{
  DtFolded folded;
  gsize ends[MAX_NAME_TOKENS];
  guint n_ends = 0;
  gsize result = 0;
  gsize full_length = length;

  g_return_val_if_fail (DT_IS_UNIT_CATALOG (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  if (canonical)
    *canonical = NULL;

  length = MIN (length, MAX_NAME_BYTES);
  /* don't cut a character in two */
  while (length > 0 && length < full_length && ((guchar) text[length] & 0xC0) == 0x80)
    length--;

  _dt_folded_init (&folded, text, length);
  for (gsize p = 0; p < folded.len && n_ends < MAX_NAME_TOKENS; )
    {
      char c = folded.text[p];

      if (_dt_is_word_char (c))
        {
          while (p < folded.len && _dt_is_word_char (folded.text[p]))
            p++;
          ends[n_ends++] = p;
        }
      else if (is_hard_stop (c))
        break;
      else
        p++;
    }

  /* a name whose end was cut by the byte limit is not a name */
  if (n_ends > 0 && ends[n_ends - 1] == folded.len && length == MAX_NAME_BYTES)
    n_ends--;

  /* most places name no unit: check the first word before the rest */
  if (n_ends > 0)
    {
      g_autofree char *head = _dt_unit_key (folded.text, ends[MIN (n_ends, 4) - 1]);

      head[strcspn (head, " ")] = '\0';
      if (!g_hash_table_contains (self->first_words, head))
        n_ends = 0;
    }

  for (guint i = n_ends; i > 0; i--)
    {
      g_autofree char *key = _dt_unit_key (folded.text, ends[i - 1]);
      DtUnitCatalogEntry *entry = g_hash_table_lookup (self->keys, key);

      if (entry != NULL)
        {
          result = _dt_folded_source (&folded, ends[i - 1]);
          if (canonical)
            *canonical = entry->name;
          break;
        }
    }

  _dt_folded_clear (&folded);

  return result;
}
