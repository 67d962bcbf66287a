/* dt-timeline-layout-private.h — the layout's state, shared by its files:
 * dt-timeline-layout.c (making it, reading it, hit-testing),
 * dt-timeline-layout-axis.c (the dates: range, columns, shaded spans),
 * dt-timeline-layout-groups.c (the rows' order and their groups) and
 * dt-timeline-layout-rows.c (a row's marks and labels, made when first read)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-timeline-layout.h"

G_BEGIN_DECLS

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
  GArray            *item_rows;  /* guint: each item's row, made when first asked for */
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

static inline double
_dt_timeline_layout_x_of (DtTimelineLayout *self,
                          DtDate            date)
{
  return ((double) date - (double) self->from) * self->options.px_per_day;
}

/* dt-timeline-layout-axis.c: from, to, one_year, content_width, columns,
 * major and spans, from the items' dates and the options. */
void            _dt_timeline_layout_compute_axis (DtTimelineLayout *self);

/* dt-timeline-layout-groups.c: groups, slots and content_height: the items
 * sorted into their groups, a header row before each group. */
void            _dt_timeline_layout_place_rows   (DtTimelineLayout *self);

/* dt-timeline-layout-rows.c */
void            _dt_timeline_layout_free_page    (gpointer          page);
DtTimelineItem *_dt_timeline_layout_ensure_text  (DtTimelineLayout *self,
                                                  guint             index);

G_END_DECLS
