/* dt-timeline-layout.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is a pure function of (items, options): computed once per
 * change of data, scale or size, then only read, by the renderer, the
 * hit-test and the paginator, so that drawing and picking cannot disagree.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dt-date.h"
#include "dt-lunar.h"
#include "dt-ordinal.h"
#include "dt-timeline-layout.h"
#include "dt-timeline-style.h"

/* Ticks closer than this would be a grey smear: left out. */
#define MIN_TICK_SPACING 3.0
/* Weekends are shaded at the week scale, when a day is this wide. */
#define MIN_WEEKEND_PX_PER_DAY 6.0
#define LABEL_MAX_CHARS 90

struct _DtTimelineLayout
{
  gatomicrefcount    ref_count;
  GPtrArray         *items;
  DtTimelineOptions  options;
  DtDate             from;
  DtDate             to;
  double             content_width;
  double             content_height;
  GArray            *slots;      /* RowSlot: where each row is, in order */
  GPtrArray         *pages;      /* DtTimelineRow[ROW_PAGE], made when first asked for */
  GPtrArray         *groups;     /* char * */
  GArray            *ticks;      /* double */
  GArray            *columns;    /* DtTimelineColumn, minor */
  GArray            *major;      /* DtTimelineColumn */
  GArray            *spans;      /* DtTimelineSpan */
  gboolean           one_year;   /* from and to in the same year: dates without it */
  /* A row's label and date are made when it is first asked for (most rows
   * of a long chart are never shown); the text of an item made without
   * it is read then too. */
  DtTimelineTextFunc text_func;
  gpointer           text_data;
  GDestroyNotify     text_destroy;
};

/* A row as laid out: where it is and what it shows.  The rest of a
 * DtTimelineRow (its marks' geometry, label and date) is made for a page of
 * rows at a time when one of them is first asked for: a chart of 100,000
 * directives shows forty. */
typedef struct
{
  double            y;
  double            height;
  guint             group;
  int               item;
  DtTimelineRowKind kind;
} RowSlot;

#define ROW_PAGE 256

G_DEFINE_BOXED_TYPE (DtTimelineLayout, dt_timeline_layout,
                     dt_timeline_layout_ref, dt_timeline_layout_unref)

static const char * const group_ids[] = { "unit", "notice", "section", "status" };

const char *
dt_timeline_group_to_id (DtTimelineGroup group)
{
  g_return_val_if_fail (group <= DT_TIMELINE_GROUP_STATUS, NULL);
  return group_ids[group];
}

gboolean
dt_timeline_group_from_id (const char      *id,
                           DtTimelineGroup *group)
{
  g_return_val_if_fail (group != NULL, FALSE);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (group_ids); i++)
    if (g_ascii_strcasecmp (id, group_ids[i]) == 0)
      {
        *group = (DtTimelineGroup) i;
        return TRUE;
      }
  return FALSE;
}

void
dt_timeline_options_init (DtTimelineOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = DT_TIMELINE_SCALE_MONTH;
  options->group = DT_TIMELINE_GROUP_UNIT;
  options->row_height = 26;
  options->group_height = 28;
  options->header_height = 44;
  options->label_width = 300;
  options->show_holidays = TRUE;
}

void
dt_timeline_options_init_print (DtTimelineOptions *options)
{
  dt_timeline_options_init (options);
  options->row_height = 15;
  options->group_height = 16;
  options->header_height = 28;
  options->label_width = 220;
}

void
dt_timeline_options_init_print_from (DtTimelineOptions       *options,
                                     const DtTimelineOptions *screen)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (screen != NULL);

  dt_timeline_options_init_print (options);
  options->scale = screen->scale;
  options->group = screen->group;
  options->from = screen->from;
  options->to = screen->to;
  options->today = screen->today;
}

static void
clear_row (gpointer data)
{
  g_free (((DtTimelineRow *) data)->label);
  g_free (((DtTimelineRow *) data)->date_label);
}

static void
free_page (gpointer data)
{
  DtTimelineRow *rows = data;

  if (rows == NULL)
    return;   /* never asked for */
  for (guint i = 0; i < ROW_PAGE; i++)
    clear_row (&rows[i]);
  g_free (rows);
}

static void
clear_column (gpointer data)
{
  g_free (((DtTimelineColumn *) data)->label);
}

DtTimelineLayout *
dt_timeline_layout_ref (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dt_timeline_layout_unref (DtTimelineLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->major, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  if (self->text_destroy != NULL)
    self->text_destroy (self->text_data);
  g_free (self);
}

/* --- sorting --------------------------------------------------------- */

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

/* --- geometry -------------------------------------------------------- */

static double
x_of (DtTimelineLayout *self,
      DtDate            date)
{
  return ((double) date - (double) self->from) * self->options.px_per_day;
}

static char *
make_label (const DtTimelineItem *item)
{
  const char *src = item->text ? item->text : "";
  const char *end = src;
  GString *label;

  /* The renderer ellipsizes to the column; keep the string short anyway
   * (without measuring all of a long text: this runs for every row). */
  for (guint n = 0; n < LABEL_MAX_CHARS && *end != '\0'; n++)
    end = g_utf8_next_char (end);

  label = g_string_sized_new ((end - src) + 16);
  if (nonempty (item->ordinal))
    {
      g_string_append (label, item->ordinal);
      g_string_append (label, ". ");
    }
  for (const char *p = src; p < end; p++)
    g_string_append_c (label, (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p);
  if (*end != '\0')
    g_string_append (label, "…");
  return g_string_free (label, FALSE);
}

static DtDate
next_occurrence (const DtTimelineItem *item,
                 DtDate                start,
                 guint                 k)
{
  guint n = MAX (item->recurrence_interval, 1);

  switch (item->recurrence)
    {
    case DT_RECURRENCE_DAYS:
      return start + k * n;
    case DT_RECURRENCE_WEEKLY:
      return start + k * 7 * n;
    case DT_RECURRENCE_MONTHLY:
      return dt_date_add_months (start, k * n);
    case DT_RECURRENCE_QUARTERLY:
      return dt_date_add_months (start, 3 * k * n);
    case DT_RECURRENCE_YEARLY:
      return dt_date_add_months (start, 12 * k * n);
    case DT_RECURRENCE_NONE:
    default:
      return DT_DATE_NONE;
    }
}

static void
add_ticks (DtTimelineLayout     *self,
           DtTimelineRow        *row,
           const DtTimelineItem *item)
{
  DtDate start = item->assigned ? item->assigned : self->from;
  DtDate end = self->to;
  DtDate second;

  if (item->deadline && item->deadline < end)
    end = item->deadline;
  if (item->completed && item->completed < end)
    end = item->completed;

  second = next_occurrence (item, start, 1);
  if (second == DT_DATE_NONE || second <= start)
    return;
  if ((second - start) * self->options.px_per_day < MIN_TICK_SPACING)
    return;   /* too dense to read: the bar alone says "recurring" */

  row->first_tick = self->ticks->len;
  for (guint k = 1; ; k++)
    {
      DtDate d = next_occurrence (item, start, k);
      double x;

      if (d > end || d == DT_DATE_NONE)
        break;
      if (d < self->from)
        continue;
      x = x_of (self, d) + self->options.px_per_day / 2;
      g_array_append_val (self->ticks, x);
    }
  row->n_ticks = self->ticks->len - row->first_tick;
}

static void
layout_item_row (DtTimelineLayout     *self,
                 DtTimelineRow        *row,
                 const DtTimelineItem *item)
{
  double ppd = self->options.px_per_day;

  row->status = item->status;

  if (item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_MILESTONE;
      row->milestone_x = x_of (self, item->deadline + 1);
      if (item->approximate)
        row->marks |= DT_TIMELINE_MARK_APPROXIMATE;
    }

  if (item->assigned && item->deadline && item->assigned <= item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_BAR;
      row->bar_x0 = x_of (self, item->assigned);
      row->bar_x1 = row->milestone_x;
    }
  else if (!item->deadline)
    {
      /* Ongoing: a bar to the edge of the chart, fading out. */
      DtDate start = item->assigned ? item->assigned : self->from;

      row->marks |= DT_TIMELINE_MARK_BAR;
      row->bar_x0 = MAX (x_of (self, start), 0);
      if (item->completed)
        row->bar_x1 = MAX (row->bar_x0, x_of (self, item->completed + 1));
      else
        {
          row->marks |= DT_TIMELINE_MARK_OPEN_END;
          row->bar_x1 = self->content_width;
        }
    }

  if (item->original_deadline && item->deadline
      && item->original_deadline != item->deadline)
    {
      row->marks |= DT_TIMELINE_MARK_EXTENDED;
      row->original_x = x_of (self, item->original_deadline + 1);
    }

  if (item->completed)
    {
      row->marks |= DT_TIMELINE_MARK_COMPLETED;
      row->completed_x = x_of (self, item->completed) + ppd / 2;
      if (item->status == DT_STATUS_COMPLETED_LATE
          || (item->deadline && item->completed > item->deadline))
        {
          row->marks |= DT_TIMELINE_MARK_LATE;
          if (item->deadline)
            {
              row->marks |= DT_TIMELINE_MARK_OVERDUE_TAIL;
              row->tail_x = row->completed_x;
            }
        }
    }
  else if (item->status == DT_STATUS_OVERDUE && item->deadline
           && self->options.today > item->deadline)
    {
      /* How late it is: a line from the deadline to today. */
      row->marks |= DT_TIMELINE_MARK_OVERDUE_TAIL;
      row->tail_x = x_of (self, self->options.today) + ppd / 2;
    }

  if (item->cancelled || item->status == DT_STATUS_CANCELLED)
    row->marks |= DT_TIMELINE_MARK_CANCELLED;

  /* a standing duty ("thường xuyên") does not repeat: no ticks */
  if (item->recurrence != DT_RECURRENCE_NONE && item->recurrence != DT_RECURRENCE_ONGOING)
    {
      row->marks |= DT_TIMELINE_MARK_RECURRING;
      add_ticks (self, row, item);
    }
}

static void
compute_range (DtTimelineLayout *self)
{
  DtTimelineScale scale = self->options.scale;
  DtDate lo = G_MAXUINT32, hi = 0;
  int pad;

  for (guint i = 0; i < self->items->len; i++)
    {
      const DtTimelineItem *item = g_ptr_array_index (self->items, i);
      DtDate dates[] = { item->assigned, item->deadline, item->original_deadline, item->completed };

      for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
        if (dates[k] != DT_DATE_NONE)
          {
            lo = MIN (lo, dates[k]);
            hi = MAX (hi, dates[k]);
          }
    }

  if (hi == 0)
    {
      lo = dt_date_add_months (self->options.today, -3);
      hi = dt_date_add_months (self->options.today, 3);
    }
  /* Always the reporting date and the month after it: what is late is seen
   * against it, deadlines two years past still end at the today line, and
   * what falls due next shows. */
  lo = MIN (lo, self->options.today);
  hi = MAX (hi, self->options.today + 30);   /* and what falls due next */
  if (hi - lo < 28)
    {
      lo -= 14;
      hi += 14;
    }

  pad = scale == DT_TIMELINE_SCALE_WEEK ? 3
      : scale == DT_TIMELINE_SCALE_MONTH ? 10
      : scale == DT_TIMELINE_SCALE_QUARTER ? 20 : 45;

  self->from = self->options.from ? self->options.from
                                  : dt_timeline_scale_unit_start (scale, lo - pad);
  self->to = self->options.to ? self->options.to
                              : dt_timeline_scale_unit_next (scale, hi + pad) - 1;
  if (self->to < self->from)
    self->to = self->from;
}

static void
add_columns (DtTimelineLayout *self,
             GArray           *columns,
             DtTimelineScale   scale,
             gboolean          major)
{
  for (DtDate d = dt_timeline_scale_unit_start (scale, self->from);
       d <= self->to;
       d = dt_timeline_scale_unit_next (scale, d))
    {
      DtDate next = dt_timeline_scale_unit_next (scale, d);
      DtTimelineColumn col;
      double x0 = MAX (x_of (self, d), 0);
      double x1 = MIN (x_of (self, next), self->content_width);

      col.x = x0;
      col.width = x1 - x0;
      col.start = d;
      col.label = major ? dt_timeline_scale_format_major (scale, d)
                        : dt_timeline_scale_format_unit (scale, d);
      g_array_append_val (columns, col);
    }
}

static void
add_span (DtTimelineLayout   *self,
          DtTimelineSpanKind  kind,
          DtDate              first,
          DtDate              last)
{
  DtTimelineSpan span;

  if (first == DT_DATE_NONE || last < self->from || first > self->to)
    return;
  span.kind = kind;
  span.x0 = MAX (x_of (self, first), 0);
  span.x1 = MIN (x_of (self, last + 1), self->content_width);
  g_array_append_val (self->spans, span);
}

static void
compute_spans (DtTimelineLayout *self)
{
  if (self->options.scale == DT_TIMELINE_SCALE_WEEK
      && self->options.px_per_day >= MIN_WEEKEND_PX_PER_DAY)
    {
      DtDate saturday = self->from + (6 - dt_date_get_weekday (self->from) + 7) % 7;

      for (DtDate d = saturday > self->from + 1 ? saturday - 7 : saturday; d <= self->to; d += 7)
        add_span (self, DT_TIMELINE_SPAN_WEEKEND, MAX (d, self->from), d + 1);
    }

  if (self->options.show_holidays)
    {
      int y0 = dt_date_get_year (self->from);
      int y1 = dt_date_get_year (self->to);

      for (int y = y0; y <= y1; y++)
        {
          DtDate first = DT_DATE_NONE, last = DT_DATE_NONE;

          dt_lunar_tet_holiday (y, &first, &last);
          if (first != DT_DATE_NONE && last >= first)
            add_span (self, DT_TIMELINE_SPAN_HOLIDAY, first, last);
        }
    }
}

DtTimelineLayout *
dt_timeline_layout_new (GPtrArray               *items,
                        const DtTimelineOptions *options)
{
  DtTimelineLayout *self;
  g_autofree SortEntry *entries = NULL;
  DtTimelineScale major_scale;
  const char *current_name = NULL;
  gboolean have_group = FALSE;
  double y = 0;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (DtTimelineLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_ref (items);
  self->options = *options;
  if (self->options.today == DT_DATE_NONE)
    self->options.today = dt_date_today ();
  if (self->options.px_per_day <= 0)
    self->options.px_per_day = dt_timeline_scale_default_px_per_day (options->scale);

  self->slots = g_array_sized_new (FALSE, TRUE, sizeof (RowSlot), items->len + 16);
  self->pages = g_ptr_array_new_with_free_func (free_page);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (double));
  self->columns = g_array_new (FALSE, TRUE, sizeof (DtTimelineColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->major = g_array_new (FALSE, TRUE, sizeof (DtTimelineColumn));
  g_array_set_clear_func (self->major, clear_column);
  self->spans = g_array_new (FALSE, FALSE, sizeof (DtTimelineSpan));

  compute_range (self);
  self->one_year = dt_date_get_year (self->from) == dt_date_get_year (self->to);
  self->content_width = ((double) self->to - self->from + 1) * self->options.px_per_day;

  add_columns (self, self->columns, options->scale, FALSE);
  if (dt_timeline_scale_get_major (options->scale, &major_scale))
    add_columns (self, self->major, major_scale, TRUE);
  compute_spans (self);

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
  g_ptr_array_set_size (self->pages, (self->slots->len + ROW_PAGE - 1) / ROW_PAGE);

  return self;
}

const DtTimelineOptions *
dt_timeline_layout_get_options (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->options;
}

DtDate
dt_timeline_layout_get_from (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->from;
}

DtDate
dt_timeline_layout_get_to (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->to;
}

DtDate
dt_timeline_layout_get_today (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);
  return self->options.today;
}

double
dt_timeline_layout_get_px_per_day (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->options.px_per_day;
}

double
dt_timeline_layout_get_content_width (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->content_width;
}

double
dt_timeline_layout_get_content_height (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->content_height;
}

double
dt_timeline_layout_date_to_x (DtTimelineLayout *self,
                              DtDate            date)
{
  g_return_val_if_fail (self != NULL, 0);
  return x_of (self, date);
}

DtDate
dt_timeline_layout_x_to_date (DtTimelineLayout *self,
                              double            x)
{
  double d;

  g_return_val_if_fail (self != NULL, DT_DATE_NONE);

  d = floor (x / self->options.px_per_day) + self->from;
  if (d < 1)
    return DT_DATE_NONE;
  return (DtDate) d;
}

static DtTimelineItem *
ensure_text (DtTimelineLayout *self,
             guint             index)
{
  DtTimelineItem *item = g_ptr_array_index (self->items, index);

  if (item->text == NULL && self->text_func != NULL)
    self->text_func (item, self->text_data);
  return item;
}

guint
dt_timeline_layout_get_n_items (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const DtTimelineItem *
dt_timeline_layout_get_item (DtTimelineLayout *self,
                             guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return ensure_text (self, index);
}

guint
dt_timeline_layout_get_n_rows (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slots->len;
}

/* The rows of page n, their marks laid out (labels come later). */
static DtTimelineRow *
get_page (DtTimelineLayout *self,
          guint             n)
{
  DtTimelineRow *rows = g_ptr_array_index (self->pages, n);

  if (rows != NULL)
    return rows;

  rows = g_new0 (DtTimelineRow, ROW_PAGE);
  for (guint i = n * ROW_PAGE; i < MIN ((n + 1) * ROW_PAGE, self->slots->len); i++)
    {
      const RowSlot *slot = &g_array_index (self->slots, RowSlot, i);
      DtTimelineRow *row = &rows[i - n * ROW_PAGE];

      row->kind = slot->kind;
      row->y = slot->y;
      row->height = slot->height;
      row->group = slot->group;
      row->item = slot->item;
      if (slot->kind == DT_TIMELINE_ROW_GROUP)
        row->label = g_strdup (g_ptr_array_index (self->groups, slot->group));
      else
        layout_item_row (self, row, g_ptr_array_index (self->items, slot->item));
    }
  self->pages->pdata[n] = rows;
  return rows;
}

const DtTimelineRow *
dt_timeline_layout_get_row (DtTimelineLayout *self,
                            guint             index)
{
  DtTimelineRow *row;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->slots->len, NULL);

  row = get_page (self, index / ROW_PAGE) + index % ROW_PAGE;
  if (row->label == NULL && row->kind == DT_TIMELINE_ROW_ITEM)
    {
      const DtTimelineItem *item = ensure_text (self, row->item);

      row->label = make_label (item);
      if (item->deadline)
        {
          int y, m, d;

          dt_date_get_ymd (item->deadline, &y, &m, &d);
          if (self->one_year)
            row->date_label = g_strdup_printf ("%02d/%02d", d, m);
          else
            row->date_label = g_strdup_printf ("%02d/%02d/%04d", d, m, y);
        }
    }
  return row;
}

void
dt_timeline_layout_set_text_func (DtTimelineLayout   *self,
                                  DtTimelineTextFunc  func,
                                  gpointer            data,
                                  GDestroyNotify      destroy)
{
  g_return_if_fail (self != NULL);

  if (self->text_destroy != NULL)
    self->text_destroy (self->text_data);
  self->text_func = func;
  self->text_data = data;
  self->text_destroy = destroy;
}

guint
dt_timeline_layout_row_at_y (DtTimelineLayout *self,
                             double            y)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  hi = self->slots->len;
  if (y < 0)
    return 0;
  /* First row whose bottom is below y. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const RowSlot *row = &g_array_index (self->slots, RowSlot, mid);

      if (row->y + row->height <= y)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
dt_timeline_layout_find_item_row (DtTimelineLayout *self,
                                  gint64            item_id,
                                  guint            *row)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->slots->len; i++)
    {
      const RowSlot *r = &g_array_index (self->slots, RowSlot, i);
      const DtTimelineItem *item;

      if (r->item < 0)
        continue;
      item = g_ptr_array_index (self->items, r->item);
      if (item->id == item_id)
        {
          if (row)
            *row = i;
          return TRUE;
        }
    }
  return FALSE;
}

guint
dt_timeline_layout_get_n_groups (DtTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->groups->len;
}

const char *
dt_timeline_layout_get_group_label (DtTimelineLayout *self,
                                    guint             group)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, group);
}

const double *
dt_timeline_layout_get_row_ticks (DtTimelineLayout    *self,
                                  const DtTimelineRow *row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row != NULL, NULL);
  return (const double *) self->ticks->data + row->first_tick;
}

const double *
dt_timeline_layout_get_ticks (DtTimelineLayout *self,
                              guint            *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* every row's: each page of rows adds its own as it is made */
  for (guint i = 0; i < self->pages->len; i++)
    get_page (self, i);
  if (n_ticks)
    *n_ticks = self->ticks->len;
  return (const double *) self->ticks->data;
}

const DtTimelineColumn *
dt_timeline_layout_get_columns (DtTimelineLayout *self,
                                gboolean          major,
                                guint            *n_columns)
{
  GArray *columns;

  g_return_val_if_fail (self != NULL, NULL);
  columns = major ? self->major : self->columns;
  if (n_columns)
    *n_columns = columns->len;
  return (const DtTimelineColumn *) columns->data;
}

const DtTimelineSpan *
dt_timeline_layout_get_spans (DtTimelineLayout *self,
                              guint            *n_spans)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_spans)
    *n_spans = self->spans->len;
  return (const DtTimelineSpan *) self->spans->data;
}

gboolean
dt_timeline_layout_hit_test (DtTimelineLayout         *self,
                             const DtTimelineViewport *viewport,
                             double                    x,
                             double                    y,
                             DtTimelineHit            *hit)
{
  const DtTimelineOptions *o;
  const DtTimelineRow *row;
  double cx, cy, half;
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (viewport != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  o = &self->options;
  memset (hit, 0, sizeof *hit);
  hit->item = -1;

  if (x < 0 || y < 0 || x >= viewport->width || y >= viewport->height)
    return FALSE;

  cx = x - o->label_width + viewport->x;
  if (x >= o->label_width)
    hit->date = dt_timeline_layout_x_to_date (self, cx);

  if (y < o->header_height)
    {
      hit->kind = DT_TIMELINE_HIT_HEADER;
      return TRUE;
    }

  cy = y - o->header_height + viewport->y;
  index = dt_timeline_layout_row_at_y (self, cy);
  if (index >= self->slots->len)
    return FALSE;

  row = dt_timeline_layout_get_row (self, index);
  hit->row = index;
  hit->item = row->item;
  if (row->kind == DT_TIMELINE_ROW_GROUP)
    {
      hit->kind = DT_TIMELINE_HIT_GROUP;
      return TRUE;
    }
  if (x < o->label_width)
    {
      hit->kind = DT_TIMELINE_HIT_LABEL;
      return TRUE;
    }

  /* Same extents the renderer uses: the bar and the milestone's diamond. */
  half = row->height * 0.35;
  hit->kind = DT_TIMELINE_HIT_ROW;
  if (((row->marks & DT_TIMELINE_MARK_BAR) && cx >= row->bar_x0 && cx <= row->bar_x1)
      || ((row->marks & DT_TIMELINE_MARK_MILESTONE) && fabs (cx - row->milestone_x) <= half)
      || ((row->marks & DT_TIMELINE_MARK_OVERDUE_TAIL) && cx >= row->milestone_x && cx <= row->tail_x)
      || ((row->marks & DT_TIMELINE_MARK_COMPLETED) && fabs (cx - row->completed_x) <= half))
    hit->kind = DT_TIMELINE_HIT_BAR;
  return TRUE;
}
