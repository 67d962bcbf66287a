/* dt-window.h
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"
#include "dt-directive-list.h"
#include "dt-print-operation.h"

G_BEGIN_DECLS

#define DT_TYPE_WINDOW (dt_window_get_type ())
G_DECLARE_FINAL_TYPE (DtWindow, dt_window, DT, WINDOW, AdwApplicationWindow)

DtWindow        *dt_window_new                (AdwApplication *application,
                                               DtStore        *store);
DtStore         *dt_window_get_store          (DtWindow       *self);
/* what the list shows (sidebar choice, search, sort): the timeline follows it */
DtDirectiveList *dt_window_get_directive_list (DtWindow       *self);
void             dt_window_add_toast          (DtWindow       *self,
                                               const char     *title);

/* For tests and screenshot tools only: win.print hands the print operation
 * it made (what the timeline shows, with the remembered page setup) to
 * @hook instead of running the print dialog; the hook may keep a reference
 * and run it itself (say, exported to a PDF).  NULL restores the dialog. */
typedef void (*DtWindowPrintHook) (DtWindow         *window,
                                   DtPrintOperation *operation,
                                   gpointer          user_data);
void             dt_window_set_print_hook     (DtWindow          *self,
                                               DtWindowPrintHook  hook,
                                               gpointer           user_data);

G_END_DECLS
