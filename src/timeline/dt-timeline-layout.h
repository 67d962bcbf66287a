/* dt-timeline-layout.h — where everything of a timeline goes, without drawing
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"
#include "dt-timeline-item.h"
#include "dt-timeline-options.h"
#include "dt-timeline-scale.h"

G_BEGIN_DECLS

typedef enum
{
  DT_TIMELINE_ROW_GROUP,
  DT_TIMELINE_ROW_ITEM,
} DtTimelineRowKind;

typedef enum
{
  DT_TIMELINE_MARK_BAR            = 1 << 0, /* bar_x0 … bar_x1 */
  DT_TIMELINE_MARK_OPEN_END       = 1 << 1, /* no deadline: bar fades out at bar_x1 */
  DT_TIMELINE_MARK_MILESTONE      = 1 << 2, /* diamond at milestone_x */
  DT_TIMELINE_MARK_APPROXIMATE    = 1 << 3, /* "≈", dashed diamond */
  DT_TIMELINE_MARK_EXTENDED       = 1 << 4, /* faint original deadline at original_x */
  DT_TIMELINE_MARK_COMPLETED      = 1 << 5, /* completion mark at completed_x */
  DT_TIMELINE_MARK_LATE           = 1 << 6, /* completed after the deadline */
  DT_TIMELINE_MARK_OVERDUE_TAIL   = 1 << 7, /* thin line from the deadline to tail_x */
  DT_TIMELINE_MARK_RECURRING      = 1 << 8, /* ticks */
  DT_TIMELINE_MARK_CANCELLED      = 1 << 9,
} DtTimelineMarks;

/* All x are content coordinates: 0 is the first day's left edge; y are
 * content coordinates below the scale header. */
typedef struct
{
  DtTimelineRowKind kind;
  double            y;
  double            height;
  guint             group;        /* index of its group */
  int               item;         /* index into the items, -1 for a group header */
  char             *label;        /* "20. Tập trung …", or the group's name */
  char             *date_label;   /* the deadline, "29/02" (or "29/02/2024" over several years) */
  DtStatus          status;
  DtTimelineMarks   marks;
  double            bar_x0;
  double            bar_x1;
  double            milestone_x;
  double            original_x;
  double            completed_x;
  double            tail_x;
  guint             first_tick;   /* into dt_timeline_layout_get_ticks () */
  guint             n_ticks;
} DtTimelineRow;

/* A column of the scale header. */
typedef struct
{
  double  x;
  double  width;
  DtDate  start;
  char   *label;
} DtTimelineColumn;

typedef enum
{
  DT_TIMELINE_SPAN_WEEKEND,
  DT_TIMELINE_SPAN_HOLIDAY,
} DtTimelineSpanKind;

typedef struct
{
  DtTimelineSpanKind kind;
  double             x0;
  double             x1;
} DtTimelineSpan;

/* The part of a layout shown in an area of width × height: the unit column
 * (options.label_width) stays at the left and the scale header
 * (options.header_height) at the top; x and y scroll the chart behind them. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} DtTimelineViewport;

typedef enum
{
  DT_TIMELINE_HIT_NONE,
  DT_TIMELINE_HIT_HEADER,      /* the scale header */
  DT_TIMELINE_HIT_GROUP,       /* a group's header row */
  DT_TIMELINE_HIT_LABEL,       /* a directive's label in the unit column */
  DT_TIMELINE_HIT_ROW,         /* a directive's row, away from its marks */
  DT_TIMELINE_HIT_BAR,         /* its bar or milestone */
} DtTimelineHitKind;

typedef struct
{
  DtTimelineHitKind kind;
  guint             row;       /* valid unless NONE or HEADER */
  int               item;      /* index into the items, or -1 */
  DtDate            date;      /* the day under the point (chart area), or NONE */
} DtTimelineHit;

typedef struct _DtTimelineLayout DtTimelineLayout;

#define DT_TYPE_TIMELINE_LAYOUT (dt_timeline_layout_get_type ())
GType                    dt_timeline_layout_get_type       (void) G_GNUC_CONST;

/* items: a GPtrArray of DtTimelineItem, kept (referenced) by the layout. */
DtTimelineLayout        *dt_timeline_layout_new            (GPtrArray               *items,
                                                            const DtTimelineOptions *options);
DtTimelineLayout        *dt_timeline_layout_ref            (DtTimelineLayout        *self);
void                     dt_timeline_layout_unref          (DtTimelineLayout        *self);

const DtTimelineOptions *dt_timeline_layout_get_options    (DtTimelineLayout        *self);
DtDate                   dt_timeline_layout_get_from       (DtTimelineLayout        *self);
DtDate                   dt_timeline_layout_get_to         (DtTimelineLayout        *self);
DtDate                   dt_timeline_layout_get_today      (DtTimelineLayout        *self);
double                   dt_timeline_layout_get_px_per_day (DtTimelineLayout        *self);
double                   dt_timeline_layout_get_content_width  (DtTimelineLayout    *self);
double                   dt_timeline_layout_get_content_height (DtTimelineLayout    *self);

double                   dt_timeline_layout_date_to_x      (DtTimelineLayout        *self,
                                                            DtDate                   date); /* left edge of the day */
DtDate                   dt_timeline_layout_x_to_date      (DtTimelineLayout        *self,
                                                            double                   x);

guint                    dt_timeline_layout_get_n_items    (DtTimelineLayout        *self);
const DtTimelineItem    *dt_timeline_layout_get_item       (DtTimelineLayout        *self,
                                                            guint                    index);
guint                    dt_timeline_layout_get_n_rows     (DtTimelineLayout        *self);
/* A row's label and date_label are made when it is first asked for here:
 * read rows through this function, not from a copy. */
const DtTimelineRow     *dt_timeline_layout_get_row        (DtTimelineLayout        *self,
                                                            guint                    index);
/* Items without their text (NULL: dt_timeline_items_from_list_brief ())
 * get it from func when their row or the item is first asked for. */
typedef void (*DtTimelineTextFunc) (DtTimelineItem *item,
                                    gpointer        data);
void                     dt_timeline_layout_set_text_func  (DtTimelineLayout        *self,
                                                            DtTimelineTextFunc       func,
                                                            gpointer                 data,
                                                            GDestroyNotify           destroy);
/* The row containing content y (binary search), or n_rows when below the last. */
guint                    dt_timeline_layout_row_at_y       (DtTimelineLayout        *self,
                                                            double                   y);
/* The row of an item (for keyboard navigation and "show this directive"). */
gboolean                 dt_timeline_layout_find_item_row  (DtTimelineLayout        *self,
                                                            gint64                   item_id,
                                                            guint                   *row);
/* The row of the item at index (into the items), without making rows:
 * FALSE when the item has none. */
gboolean                 dt_timeline_layout_get_item_row   (DtTimelineLayout        *self,
                                                            guint                    item,
                                                            guint                   *row);
/* The item (index) a row shows, -1 for a group header, without making it. */
int                      dt_timeline_layout_get_row_item   (DtTimelineLayout        *self,
                                                            guint                    row);
guint                    dt_timeline_layout_get_n_groups   (DtTimelineLayout        *self);
const char              *dt_timeline_layout_get_group_label (DtTimelineLayout       *self,
                                                             guint                   group);
/* Every row's ticks (rows point into them with first_tick). */
const double            *dt_timeline_layout_get_ticks      (DtTimelineLayout        *self,
                                                            guint                   *n_ticks);
/* The n_ticks ticks of one row, without making every row: valid until
 * another row is asked for. */
const double            *dt_timeline_layout_get_row_ticks  (DtTimelineLayout        *self,
                                                            const DtTimelineRow     *row);
const DtTimelineColumn  *dt_timeline_layout_get_columns    (DtTimelineLayout        *self,
                                                            gboolean                 major,
                                                            guint                   *n_columns);
const DtTimelineSpan    *dt_timeline_layout_get_spans      (DtTimelineLayout        *self,
                                                            guint                   *n_spans);

/* What is under the point (x, y) of an area showing viewport: the same
 * geometry the renderer draws with. */
gboolean                 dt_timeline_layout_hit_test       (DtTimelineLayout        *self,
                                                            const DtTimelineViewport *viewport,
                                                            double                   x,
                                                            double                   y,
                                                            DtTimelineHit           *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtTimelineLayout, dt_timeline_layout_unref)

G_END_DECLS
