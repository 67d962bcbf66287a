/* dt-directive-list-private.h — what the parts of DtDirectiveList share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-directive-list.h"

G_BEGIN_DECLS

/* rows loaded together when one is asked for */
#define BATCH_SIZE 256
/* pages held after loading */
#define N_HELD_BATCHES 4
#define PRUNE_AT_LEAST (4 * BATCH_SIZE * N_HELD_BATCHES)

struct _DtDirectiveList
{
  GObject          parent_instance;

  DtStore         *store;
  GArray          *rows;        /* gint64 ids */
  GArray          *base_rows;   /* the same without a short search, or NULL */
  GHashTable      *items;       /* gint64 id → GWeakRef to DtDirective */
  GPtrArray       *held[N_HELD_BATCHES]; /* the last pages loaded, strong refs */
  guint            next_held;
  guint            prune_at;    /* size of items at which to forget the dead */

  gint64           notice_id;
  gint64           unit_id;
  guint            status_flags;
  char            *search;      /* folded, NULL for none */
  DtDate           from;
  DtDate           to;
  DtDirectiveSort  sort;
  gboolean         descending;
};

/* dt-directive-list-query.c */

/* The ids of the rows matching the filters, in order; NULL when the read
 * failed (the store said so, with "read-failed"). */
GArray *_dt_directive_list_query_rows      (DtDirectiveList *self);

G_END_DECLS
