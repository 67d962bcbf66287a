/* import-fixture.h — a window on an empty store with the import review on
 * it, for the tests that import (test-import-dialog, test-import-files)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-import-dialog.h"
#include "dt-import-row.h"
#include "dt-window.h"

G_BEGIN_DECLS

typedef struct
{
  DtStore  *store;
  DtWindow *window;
  char     *dir;
} Fixture;

/* A window on an empty store in memory, and a temporary folder (@dir). */
void            fixture_setup     (Fixture        *f,
                                   gconstpointer   data);
void            fixture_teardown  (Fixture        *f,
                                   gconstpointer   data);

/* Runs the main loop until the dialog leaves the "loading" page (however
 * slow the machine: only a hang fails) */
void            wait_loaded       (DtImportDialog *dialog);
/* @file dropped on the window: the review dialog it opens */
DtImportDialog *import_file       (DtWindow       *window,
                                   GFile          *file);
/* The empty state's "Open Sample Notice": the review dialog on the
 * window, read (a new reference) */
DtImportDialog *open_sample       (Fixture        *f);
/* Activates @action ("import.accept-all") and waits for the window */
void            accept            (DtImportDialog *dialog,
                                   const char     *action);
/* @window shows a dialog (a GuiTestCondition) */
gboolean        window_has_dialog (gpointer        window);

guint           n_notices         (Fixture        *f);
guint           n_units           (Fixture        *f);
/* The store's one notice (asserted) */
DtNotice       *only_notice       (Fixture        *f);
DtImportRow    *row_at            (DtImportDialog *dialog,
                                   guint           i);
/* Rows with a lead unit: the ones the importer saves */
guint           n_savable         (DtImportDialog *dialog);

G_END_DECLS
