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

typedef struct
{
  guint                 index;
  const DtTimelineItem *item;
  const char           *group_name;  /* NULL: the "none" group, last */
  guint                 group_order; /* of the group's name among all names */
  int                   group_rank;
} SortEntry;

/* A group's name once, however many rows: sorted once, compared as a number */
typedef struct
{
  const char *name;
  char       *key;
  guint       order;
} GroupName;

static int
compare_entries (gconstpointer pa,
                 gconstpointer pb,
                 gpointer      user_data)
{
  const SortEntry *a = pa, *b = pb;
  DtDate da, db;
  int c;

  if (a->group_rank != b->group_rank)
    return a->group_rank < b->group_rank ? -1 : 1;
  if ((a->group_name == NULL) != (b->group_name == NULL))
    return a->group_name == NULL ? 1 : -1;
  if (a->group_order != b->group_order)
    return a->group_order < b->group_order ? -1 : 1;

  /* Within a group: by deadline, none last; then as numbered in the notice. */
  da = a->item->deadline ? a->item->deadline : G_MAXUINT32;
  db = b->item->deadline ? b->item->deadline : G_MAXUINT32;
  if (da != db)
    return da < db ? -1 : 1;
  if ((c = dt_ordinal_compare (a->item->notice, b->item->notice)) != 0)
    return c;
  if ((c = dt_ordinal_compare (a->item->ordinal, b->item->ordinal)) != 0)
    return c;
  return a->index < b->index ? -1 : (a->index > b->index);
}

static const char *
nonempty (const char *s)
{
  return (s != NULL && *s != '\0') ? s : NULL;
}

static void
fill_group (SortEntry       *entry,
            DtTimelineGroup  group)
{
  const DtTimelineItem *item = entry->item;

  entry->group_rank = 0;
  switch (group)
    {
    case DT_TIMELINE_GROUP_NOTICE:
      entry->group_name = nonempty (item->notice);
      break;
    case DT_TIMELINE_GROUP_SECTION:
      entry->group_name = nonempty (item->section);
      break;
    case DT_TIMELINE_GROUP_STATUS:
      entry->group_name = dt_timeline_status_label (item->status);
      entry->group_rank = item->status < DT_N_STATUSES ? status_rank[item->status] : 99;
      break;
    case DT_TIMELINE_GROUP_UNIT:
    default:
      entry->group_name = nonempty (item->unit);
      break;
    }
}

/* "I.3.10" after "I.3.9" for sections and notices; names in the locale's
 * order otherwise */
static int
compare_group_names_natural (gconstpointer pa,
                             gconstpointer pb)
{
  const GroupName *a = *(GroupName * const *) pa, *b = *(GroupName * const *) pb;
  int c = dt_ordinal_compare (a->key, b->key);

  return c != 0 ? c : strcmp (a->key, b->key);
}

static int
compare_group_names (gconstpointer pa,
                     gconstpointer pb)
{
  const GroupName *a = *(GroupName * const *) pa, *b = *(GroupName * const *) pb;

  return strcmp (a->key, b->key);
}

static void
group_name_free (gpointer data)
{
  GroupName *name = data;

  g_free (name->key);
  g_free (name);
}

/* Numbers the distinct group names of the entries in their order. */
static void
order_groups (SortEntry       *entries,
              guint            n,
              DtTimelineGroup  group)
{
  gboolean natural = group == DT_TIMELINE_GROUP_SECTION || group == DT_TIMELINE_GROUP_NOTICE;
  /* Names that are interned (brief items) or static (statuses) are the same
   * string exactly when they are the same pointer. */
  gboolean by_pointer = n > 0 && (entries[0].item->interned || group == DT_TIMELINE_GROUP_STATUS);
  g_autoptr(GHashTable) by_name = by_pointer ? g_hash_table_new (g_direct_hash, g_direct_equal)
                                             : g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (group_name_free);
  const char *last = NULL;

  for (guint i = 0; i < n; i++)
    {
      GroupName *name;

      if (entries[i].group_name == NULL)
        continue;
      /* neighbours often share their group (the list is sorted) */
      if (last != NULL && (last == entries[i].group_name || strcmp (last, entries[i].group_name) == 0))
        continue;
      last = entries[i].group_name;
      name = g_hash_table_lookup (by_name, last);
      if (name == NULL)
        {
          name = g_new0 (GroupName, 1);
          name->name = last;
          name->key = natural ? g_strdup (last) : g_utf8_collate_key (last, -1);
          g_hash_table_insert (by_name, (gpointer) last, name);
          g_ptr_array_add (names, name);
        }
    }

  g_ptr_array_sort (names, natural ? compare_group_names_natural : compare_group_names);
  for (guint i = 0; i < names->len; i++)
    ((GroupName *) g_ptr_array_index (names, i))->order = i;

  for (guint i = 0; i < n; i++)
    if (entries[i].group_name != NULL)
      entries[i].group_order = ((GroupName *) g_hash_table_lookup (by_name, entries[i].group_name))->order;
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
  g_autofree SortEntry *entries = NULL;
  const char *current_name = NULL;
  gboolean have_group = FALSE;
  double y = 0;

  entries = g_new0 (SortEntry, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    {
      entries[i].index = i;
      entries[i].item = g_ptr_array_index (items, i);
      fill_group (&entries[i], options->group);
    }
  order_groups (entries, items->len, options->group);
  g_sort_array (entries, items->len, sizeof (SortEntry), compare_entries, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      SortEntry *e = &entries[i];
      RowSlot slot;

      if (!have_group || g_strcmp0 (e->group_name, current_name) != 0)
        {
          const char *name = e->group_name ? e->group_name : none_group_label (options->group);
          RowSlot header = { y, options->group_height, self->groups->len, -1, DT_TIMELINE_ROW_GROUP };

          have_group = TRUE;
          current_name = e->group_name;
          g_ptr_array_add (self->groups, g_strdup (name));
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
  self->content_height = y;
}
