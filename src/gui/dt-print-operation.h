/* dt-print-operation.h — printing the timeline
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dt-timeline-layout.h"
#include "dt-timeline-paginate.h"

G_BEGIN_DECLS

#define DT_TYPE_PRINT_OPERATION (dt_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (DtPrintOperation, dt_print_operation, DT, PRINT_OPERATION, GtkPrintOperation)

/* Prints items (a GPtrArray of DtTimelineItem, kept) laid out with the
 * scale and grouping of options, on the page setup the user chose last
 * (A4 landscape at first), under title. */
/* The page setup is read from @settings (the application's) and saved
 * there when the user prints. */
DtPrintOperation *dt_print_operation_new            (GPtrArray               *items,
                                                     const DtTimelineOptions *options,
                                                     const char              *title,
                                                     GSettings               *settings);
/* Fit the time range to N pages wide; 0: by scale. */
guint             dt_print_operation_get_pages_wide (DtPrintOperation        *self);
void              dt_print_operation_set_pages_wide (DtPrintOperation        *self,
                                                     guint                    pages_wide);
DtTimelineTypeSize dt_print_operation_get_type_size (DtPrintOperation       *self);
void              dt_print_operation_set_type_size  (DtPrintOperation        *self,
                                                     DtTimelineTypeSize      type_size);
void              dt_print_operation_set_paper      (DtPrintOperation        *self,
                                                     DtTimelinePaper          paper,
                                                     gboolean                 landscape);
/* The title over every page, as the user wrote it (NULL: "Timeline of
 * directives — " and the title), and a subtitle: the meeting and its date. */
void              dt_print_operation_set_heading    (DtPrintOperation        *self,
                                                     const char              *heading);
void              dt_print_operation_set_subtitle   (DtPrintOperation        *self,
                                                     const char              *subtitle);
/* After begin-print: the pages being printed. */
DtTimelinePages  *dt_print_operation_get_pages      (DtPrintOperation        *self);

G_END_DECLS
