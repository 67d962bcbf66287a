/* gui-test-data.h — a store filled from the sample notice's reference reading
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

/* Fills @store with the sample notice (37/TB-UBND, its source text and the
 * directives of its gold reading: units, deadlines, recurrences), a few of
 * them completed or with reports, and a second small notice.  Returns the
 * number of directives written. */
guint gui_test_fill_store (DtStore *store);

G_END_DECLS
