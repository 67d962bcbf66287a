/* dt-import-dialog.h — "Review Before Saving": an imported notice checked
 * by the user before anything is written
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-import-source.h"
#include "dt-store.h"

G_BEGIN_DECLS

#define DT_TYPE_IMPORT_DIALOG (dt_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DtImportDialog, dt_import_dialog, DT, IMPORT_DIALOG, AdwDialog)

/* Signals:
 *   "imported" (gint64 notice_id, gboolean was_update, guint n_saved,
 *   guint n_updated): after the store committed the import; the dialog
 *   then closes. */

DtImportDialog *dt_import_dialog_new              (DtStore        *store);
/* Reads and extracts off the main loop, showing progress; a failure shows
 * its message in the dialog and writes nothing.  Closing cancels. */
void            dt_import_dialog_load_file        (DtImportDialog *self,
                                                   GFile          *file);
void            dt_import_dialog_load_text        (DtImportDialog *self,
                                                   const char     *text);
/* "loading", "error", "review" */
const char     *dt_import_dialog_get_page         (DtImportDialog *self);
/* The error shown on the "error" page, or NULL */
const char     *dt_import_dialog_get_error_message (DtImportDialog *self);
/* Of DtImportRow, one per extracted directive */
GListModel     *dt_import_dialog_get_rows         (DtImportDialog *self);
/* How the text was read (Windows-1258 and PDF are told in a banner) */
DtImportFormat  dt_import_dialog_get_format       (DtImportDialog *self);
/* The same notice is already in the store: accepting updates it */
gboolean        dt_import_dialog_is_update        (DtImportDialog *self);
/* Saves all rows, or the accepted ones, in one transaction; emits
 * "imported" and closes. */
gboolean        dt_import_dialog_save             (DtImportDialog *self,
                                                   gboolean        selected_only,
                                                   GError        **error);
/* The same, in a thread with a connection of its own, the dialog showing a
 * spinner meanwhile; "imported" once committed, and the window's store
 * emits "changed" for the rows written.  FALSE, doing nothing, when the
 * store cannot be shared with a thread (":memory:"): save on the main loop
 * then.  A failure is shown in the dialog, which stays open. */
gboolean        dt_import_dialog_save_in_thread   (DtImportDialog *self,
                                                   gboolean        selected_only);
/* After saving: the notice and the units the import created (for undo) */
gint64          dt_import_dialog_get_notice_id    (DtImportDialog *self);
const gint64   *dt_import_dialog_get_created_units (DtImportDialog *self,
                                                    guint          *n);


G_END_DECLS
