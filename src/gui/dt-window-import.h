/* dt-window-import.h — importing notices into the main window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-import-dialog.h"
#include "dt-window.h"

G_BEGIN_DECLS

/* win.import (Ctrl+O), win.import-clipboard (Ctrl+Shift+V),
 * win.open-sample; an import goes on the window's undo stack */
void            _dt_window_class_add_import_actions (GtkWidgetClass *widget_class);
/* The drop target on the window; call from init */
void            _dt_window_setup_import     (DtWindow       *self);
void            _dt_window_update_import_actions (DtWindow  *self);

/* Opens the review dialog on a file or a text; returns it (owned by the
 * window while shown) */
DtImportDialog *_dt_window_import_file      (DtWindow       *self,
                                             GFile          *file);
DtImportDialog *_dt_window_import_text      (DtWindow       *self,
                                             const char     *text);
/* The sample notice: $DT_SAMPLES_DIR, else PKGDATADIR/samples; NULL when
 * neither has it */
GFile          *_dt_window_find_sample_notice (void);

G_END_DECLS
