/* dt-timeline-layout-groups.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows' order: items sorted into their groups (lead unit, notice,
 * section or status), groups in their names' order, within a group by
 * deadline then as numbered in the notice; a header row before each group.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dt-ordinal.h"
#include "dt-timeline-layout-private.h"
#include "dt-timeline-style.h"

/* Order of the status groups: what needs attention first. */
static const int status_rank[DT_N_STATUSES] = {
  [DT_STATUS_OVERDUE] = 0,
  [DT_STATUS_DUE_SOON] = 1,
  [DT_STATUS_NO_DEADLINE] = 2,
  [DT_STATUS_IN_PROGRESS] = 3,
  [DT_STATUS_ONGOING] = 4,
  [DT_STATUS_COMPLETED_LATE] = 5,
  [DT_STATUS_COMPLETED_ON_TIME] = 6,
  [DT_STATUS_CANCELLED] = 7,
};

/* What the sort compares, 16 bytes a row: numbers, but for the ordinals
 * of two directives of one notice with the same deadline. */
typedef struct
{
  guint64 key;      /* the group's place (its status's rank, then its name's
                     * order) above, the deadline below (G_MAXUINT32 for none:
                     * last) */
  guint   notice;   /* the notice's name's place */
  guint   index;    /* into the items */
} SortEntry;

#define ENTRY_GROUP(e) ((guint) ((e)->key >> 32))

/* A name once, however many rows have it: sorted once, then a number */
typedef struct
{
  const char *name;
  char       *key;
  guint       order;
} Name;

typedef const char *(*NameFunc) (const DtTimelineItem *item,
                                 DtTimelineGroup       group);

/* Names found by their pointer lately: most rows find theirs here without
 * hashing (a chart has a few dozen units, a few thousand notices) */
#define NAMES_CACHE 1024

typedef struct
{
  const char *s;
  Name       *name;
} NameSlot;

/* The names of the places rows are numbered by, and their order. */
typedef struct
{
  GHashTable *by_name;   /* const char * → Name */
  NameSlot   *cache;     /* [NAMES_CACHE] when names are found by pointer */
  const char *last;      /* neighbours often share their name */
  guint       last_order;
  guint       n;
  gboolean    by_pointer;
} Names;

static const char *
nonempty (const char *s)
{
  return (s != NULL && *s != '\0') ? s : NULL;
}

/* NULL: the "none" group, last */
static const char *
group_name_of (const DtTimelineItem *item,
               DtTimelineGroup       group)
{
  switch (group)
    {
    case DT_TIMELINE_GROUP_NOTICE:
      return nonempty (item->notice);
    case DT_TIMELINE_GROUP_SECTION:
      return nonempty (item->section);
    case DT_TIMELINE_GROUP_STATUS:
      return dt_timeline_status_label (item->status);
    case DT_TIMELINE_GROUP_UNIT:
    default:
      return nonempty (item->unit);
    }
}

static const char *
notice_of (const DtTimelineItem *item,
           DtTimelineGroup       group)
{
  return item->notice != NULL ? item->notice : "";
}

static guint
group_rank (const DtTimelineItem *item,
            DtTimelineGroup       group)
{
  if (group != DT_TIMELINE_GROUP_STATUS)
    return 0;
  return item->status < DT_N_STATUSES ? (guint) status_rank[item->status] : DT_N_STATUSES;
}

/* "I.3.10" after "I.3.9" for sections and notices; names in the locale's
 * order otherwise */
static int
compare_names_natural (gconstpointer pa,
                       gconstpointer pb)
{
  const Name *a = *(Name * const *) pa, *b = *(Name * const *) pb;
  int c = dt_ordinal_compare (a->key, b->key);

  return c != 0 ? c : strcmp (a->key, b->key);
}

static int
compare_names (gconstpointer pa,
               gconstpointer pb)
{
  const Name *a = *(Name * const *) pa, *b = *(Name * const *) pb;

  return strcmp (a->key, b->key);
}

static void
name_free (gpointer data)
{
  Name *name = data;

  g_free (name->key);
  g_free (name);
}

static inline NameSlot *
names_slot (Names      *names,
            const char *s)
{
  gsize p = GPOINTER_TO_SIZE (s);

  return &names->cache[(p ^ (p >> 10)) & (NAMES_CACHE - 1)];
}

static Name *
names_find (Names      *names,
            const char *s)
{
  NameSlot *slot;

  if (names->cache == NULL)
    return g_hash_table_lookup (names->by_name, s);
  slot = names_slot (names, s);
  if (slot->s != s)
    {
      slot->s = s;
      slot->name = g_hash_table_lookup (names->by_name, s);
    }
  return slot->name;
}

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->by_name, g_hash_table_unref);
  g_clear_pointer (&names->cache, g_free);
}

/* Numbers the distinct names of the items in their order, in the natural
 * order of numbers ("I.3.10" after "I.3.9") when @natural.  With @merge,
 * names that dt_ordinal_compare () finds equal share a number: the sort
 * then goes on to the ordinals, as comparing the names would. */
static void
names_init (Names           *names,
            GPtrArray       *items,
            NameFunc         name_of,
            DtTimelineGroup  group,
            gboolean         natural,
            gboolean         merge)
{
  /* Names that are interned (brief items) or static (statuses) are the same
   * string exactly when they are the same pointer. */
  gboolean by_pointer = items->len > 0
                        && (((DtTimelineItem *) items->pdata[0])->interned
                            || (name_of == group_name_of && group == DT_TIMELINE_GROUP_STATUS));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  const char *last = NULL;

  names->by_name = by_pointer ? g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, name_free)
                              : g_hash_table_new_full (g_str_hash, g_str_equal, NULL, name_free);
  names->last = NULL;
  names->n = 0;
  names->by_pointer = by_pointer;
  names->cache = by_pointer ? g_new0 (NameSlot, NAMES_CACHE) : NULL;

  for (guint i = 0; i < items->len; i++)
    {
      const char *s = name_of (items->pdata[i], group);
      Name *name;

      if (s == NULL || s == last || (last != NULL && !by_pointer && strcmp (last, s) == 0))
        continue;
      last = s;
      if (names_find (names, s) != NULL)
        continue;
      name = g_new0 (Name, 1);
      name->name = s;
      name->key = natural ? g_strdup (s) : g_utf8_collate_key (s, -1);
      g_hash_table_insert (names->by_name, (gpointer) s, name);
      if (names->cache != NULL)
        *names_slot (names, s) = (NameSlot) { s, name };
      g_ptr_array_add (sorted, name);
    }

  g_ptr_array_sort (sorted, natural ? compare_names_natural : compare_names);
  for (guint i = 0; i < sorted->len; i++)
    {
      Name *name = g_ptr_array_index (sorted, i);

      if (i > 0 && merge
          && dt_ordinal_compare (name->key, ((Name *) g_ptr_array_index (sorted, i - 1))->key) == 0)
        name->order = names->n - 1;
      else
        name->order = names->n++;
    }
}

/* The place of @s among the names; names->n for NULL (last). */
static guint
names_order (Names      *names,
             const char *s)
{
  if (s == NULL)
    return names->n;
  if (s != names->last && (names->by_pointer || names->last == NULL || strcmp (s, names->last) != 0))
    {
      names->last = s;
      names->last_order = names_find (names, s)->order;
    }
  return names->last_order;
}

static inline gboolean
entry_before (const SortEntry *a,
              const SortEntry *b,
              GPtrArray       *items)
{
  int c;

  if (a->key != b->key)
    return a->key < b->key;
  /* Within a group, on one deadline: as numbered in the notice. */
  if (a->notice != b->notice)
    return a->notice < b->notice;
  if ((c = dt_ordinal_compare (((DtTimelineItem *) items->pdata[a->index])->ordinal,
                               ((DtTimelineItem *) items->pdata[b->index])->ordinal)) != 0)
    return c < 0;
  return a->index < b->index;
}

/* A merge sort of the entries with the comparison inline (g_sort_array ()
 * calls a function for each and copies entries through memcpy (): it was
 * half the layout of 100,000 rows).  The order is total (the index last),
 * so it is the one any sort gives. */
static void
sort_entries (SortEntry *entries,
              guint      n,
              GPtrArray *items)
{
  enum { RUN = 16 };
  g_autofree SortEntry *buffer = NULL;
  SortEntry *src = entries, *dst;

  for (guint lo = 0; lo < n; lo += RUN)
    {
      guint hi = MIN (lo + RUN, n);

      for (guint i = lo + 1; i < hi; i++)
        {
          SortEntry e = entries[i];
          guint j = i;

          for (; j > lo && entry_before (&e, &entries[j - 1], items); j--)
            entries[j] = entries[j - 1];
          entries[j] = e;
        }
    }
  if (n <= RUN)
    return;

  dst = buffer = g_new (SortEntry, n);
  for (guint width = RUN; width < n; width *= 2)
    {
      SortEntry *swap;

      for (guint lo = 0; lo < n; lo += 2 * width)
        {
          guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);
          guint i = lo, j = mid, k = lo;

          while (i < mid && j < hi)
            dst[k++] = entry_before (&src[j], &src[i], items) ? src[j++] : src[i++];
          while (i < mid)
            dst[k++] = src[i++];
          while (j < hi)
            dst[k++] = src[j++];
        }
      swap = src;
      src = dst;
      dst = swap;
    }
  if (src != entries)
    memcpy (entries, src, n * sizeof *entries);
}

static const char *
none_group_label (DtTimelineGroup group)
{
  switch (group)
    {
    case DT_TIMELINE_GROUP_NOTICE:
      return _("No notice");
    case DT_TIMELINE_GROUP_SECTION:
      return _("No section");
    case DT_TIMELINE_GROUP_UNIT:
    case DT_TIMELINE_GROUP_STATUS:
    default:
      return _("No lead unit");
    }
}

void
_dt_timeline_layout_place_rows (DtTimelineLayout *self)
{
  GPtrArray *items = self->items;
  const DtTimelineOptions *options = &self->options;
  DtTimelineGroup group = options->group;
  gboolean natural = group == DT_TIMELINE_GROUP_SECTION || group == DT_TIMELINE_GROUP_NOTICE;
  g_autofree SortEntry *entries = NULL;
  Names groups, notices;
  guint current = G_MAXUINT;
  double y = 0;

  names_init (&groups, items, group_name_of, group, natural, FALSE);
  names_init (&notices, items, notice_of, group, TRUE, TRUE);

  entries = g_new (SortEntry, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    {
      const DtTimelineItem *item = items->pdata[i];

      guint place = group_rank (item, group) * (groups.n + 1)
                    + names_order (&groups, group_name_of (item, group));

      entries[i].key = ((guint64) place << 32) | (item->deadline ? item->deadline : G_MAXUINT32);
      entries[i].notice = names_order (&notices, notice_of (item, group));
      entries[i].index = i;
    }
  names_clear (&notices);
  sort_entries (entries, items->len, items);

  for (guint i = 0; i < items->len; i++)
    {
      const SortEntry *e = &entries[i];
      RowSlot slot;

      if (ENTRY_GROUP (e) != current)
        {
          const char *name = group_name_of (items->pdata[e->index], group);
          RowSlot header = { y, options->group_height, self->groups->len, -1, DT_TIMELINE_ROW_GROUP };

          current = ENTRY_GROUP (e);
          g_ptr_array_add (self->groups, g_strdup (name ? name : none_group_label (group)));
          y += header.height;
          g_array_append_val (self->slots, header);
        }

      slot.kind = DT_TIMELINE_ROW_ITEM;
      slot.y = y;
      slot.height = options->row_height;
      slot.group = self->groups->len - 1;
      slot.item = e->index;
      y += slot.height;
      g_array_append_val (self->slots, slot);
    }
  names_clear (&groups);
  self->content_height = y;
}
