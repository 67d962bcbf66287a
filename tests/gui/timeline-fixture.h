/* timeline-fixture.h — the window on its timeline page over a filled store,
 * for the timeline's tests (test-timeline-view, test-timeline-print)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-timeline-view.h"
#include "dt-window.h"

G_BEGIN_DECLS

typedef struct
{
  char            *dir;
  char            *path;
  DtStore         *store;
  DtWindow        *window;
  DtTimelineView  *view;
  DtTimelineChart *chart;
} Fixture;

/* A window 1300×800 on a filled store in a temporary file, on its
 * timeline page, drawn. */
void            fixture_setup    (Fixture       *f,
                                  gconstpointer  data);
void            fixture_teardown (Fixture       *f,
                                  gconstpointer  data);
/* The timeline page's view, made when the page is first shown. */
DtTimelineView *timeline_view    (Fixture       *f);
/* What the list shows (and so the timeline). */
GListModel     *shown            (Fixture       *f);

G_END_DECLS
