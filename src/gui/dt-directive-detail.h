/* dt-directive-detail.h — every field of one directive, editable in place
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"

G_BEGIN_DECLS

#define DT_TYPE_DIRECTIVE_DETAIL (dt_directive_detail_get_type ())
G_DECLARE_FINAL_TYPE (DtDirectiveDetail, dt_directive_detail, DT, DIRECTIVE_DETAIL, AdwBin)

/* Signals: "closed" (void), "show-notice" (gint64 notice id). */
GtkWidget   *dt_directive_detail_new           (void);
/* @units: the window's live list of the store's units (dt_gui_live_units),
 * shared rather than read again after every write. */
void         dt_directive_detail_set_store     (DtDirectiveDetail *self,
                                                DtStore           *store,
                                                GListModel        *units);
DtDirective *dt_directive_detail_get_directive (DtDirectiveDetail *self);
void         dt_directive_detail_set_directive (DtDirectiveDetail *self,
                                                DtDirective       *directive);
/* Re-reads the shown directive's fields, extensions and reports. */
void         dt_directive_detail_reload        (DtDirectiveDetail *self);

G_END_DECLS
