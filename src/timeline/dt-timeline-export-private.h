/* dt-timeline-export-private.h — for tests
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dt-timeline-paginate.h"

G_BEGIN_DECLS

/* Makes every PDF export fail once it has written n pages (0: never). */
void _dt_timeline_export_set_fail_after_pages (guint n);

/* Counts in counts (text → times, as GUINT_TO_POINTER) every text pages
 * shape from now on; NULL: stops counting. */
void _dt_timeline_pages_set_shape_counts (DtTimelinePages *pages,
                                          GHashTable      *counts);

G_END_DECLS
