/* dt-timeline-item.h — what the timeline needs to know about one directive
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-types.h"
#include "dt-status.h"

G_BEGIN_DECLS

/* A plain copy of the fields of a DtDirective the timeline draws, so that
 * the layout is a pure function of plain data (and tests build items by
 * hand).  Strings are owned.  A chart holds one for every directive shown
 * (100,000 of them at most): kept small, 88 bytes. */
typedef struct
{
  gint64        id;
  char         *ordinal;           /* "20", "3.3" */
  char         *text;
  char         *unit;              /* lead unit name */
  char         *notice;            /* notice label, "37/TB-UBND" */
  char         *section;
  char         *deadline_phrase;   /* as written: "trong quý I/2024", for tooltips */
  DtDate        assigned;
  DtDate        deadline;          /* current (after extensions) */
  DtDate        original_deadline; /* as first set; == deadline when not extended */
  DtDate        completed;
  DtStatusRule  status_rule;       /* the directive's (its store's) */
  guint         recurrence_interval;
  DtRecurrence  recurrence : 8;
  DtStatus      status : 8;
  guint         approximate : 1;
  guint         cancelled : 1;
  /* ordinal, unit, notice and section are g_intern_string ()s, shared, not
   * owned (dt_timeline_items_from_list_brief ()) */
  guint         interned : 1;
} DtTimelineItem;

DtTimelineItem *dt_timeline_item_new                (void);
DtTimelineItem *dt_timeline_item_copy               (const DtTimelineItem *item);
void            dt_timeline_item_free               (DtTimelineItem       *item);
/* Its status on a day, by dt_status_compute() and its rule */
DtStatus        dt_timeline_item_status_on          (const DtTimelineItem *item,
                                                     DtDate                day);
/* Fills an item from a directive; lives in its own object file
 * (dt-timeline-directive.c) so that the layout links without the model. */
DtTimelineItem *dt_timeline_item_new_from_directive (DtDirective          *directive);
/* A GPtrArray of DtTimelineItem (owning) from a GListModel of DtDirective. */
GPtrArray      *dt_timeline_items_from_model        (GListModel           *directives);
/* The same from the application's list, fast and small for a chart of
 * thousands: without their text and deadline phrase (NULL), which
 * dt_timeline_item_load_text () reads when the row is shown. */
GPtrArray      *dt_timeline_items_from_list_brief   (DtDirectiveList      *list);
/* Reads the text and deadline phrase of an item made without them; FALSE
 * when its directive is gone (they are left empty). */
gboolean        dt_timeline_item_load_text          (DtTimelineItem       *item,
                                                     DtStore              *store);
/* Each item's status as it stood on a reporting date (the list's rules):
 * what is overdue at a meeting held on as_of. */
void            dt_timeline_items_set_as_of         (GPtrArray            *items,
                                                     DtDate                as_of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtTimelineItem, dt_timeline_item_free)

G_END_DECLS
