/* dt-export-dialog.h — export the timeline to PDF, SVG or PNG
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-timeline-export.h"

G_BEGIN_DECLS

#define DT_TYPE_EXPORT_DIALOG (dt_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DtExportDialog, dt_export_dialog, DT, EXPORT_DIALOG, AdwDialog)

/* items: a GPtrArray of DtTimelineItem (kept); options: the screen's scale
 * and grouping; title: the notice or the filter, for the page header. */
/* The paper choices are read from @settings (the application's, shared
 * with printing) and saved there on export. */
DtExportDialog *dt_export_dialog_new            (GPtrArray               *items,
                                                 const DtTimelineOptions *options,
                                                 const char              *title,
                                                 GSettings               *settings);
void            dt_export_dialog_set_format     (DtExportDialog          *self,
                                                 DtTimelineFormat         format);
DtTimelineFormat dt_export_dialog_get_format    (DtExportDialog          *self);
/* Exports to file in a thread with the dialog's choices; emits "exported"
 * with the file when written (and closes), or reports the error. */
void            dt_export_dialog_export_to_file (DtExportDialog          *self,
                                                 GFile                   *file);

G_END_DECLS
