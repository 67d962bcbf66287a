/* dt-timeline-export.h — a timeline to PDF, SVG or PNG
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-timeline-layout.h"
#include "dt-timeline-paginate.h"

G_BEGIN_DECLS

typedef enum
{
  DT_TIMELINE_FORMAT_PDF,   /* paginated */
  DT_TIMELINE_FORMAT_SVG,   /* the whole chart as one picture */
  DT_TIMELINE_FORMAT_PNG,
} DtTimelineFormat;

/* From the file name's extension. */
gboolean dt_timeline_format_from_path (const char                *path,
                                       DtTimelineFormat          *format);

/* Writes items laid out with options to path: a PDF of pages cut as setup
 * says (printing palette, fonts embedded), or one SVG/PNG picture of the
 * whole chart with the title and the legend. */
gboolean dt_timeline_export           (GPtrArray                 *items,
                                       const DtTimelineOptions   *options,
                                       const DtTimelinePageSetup *setup,
                                       DtTimelineFormat           format,
                                       const char                *path,
                                       GError                   **error);
/* The same in a thread; items are copied, so the caller may change them. */
void     dt_timeline_export_async     (GPtrArray                 *items,
                                       const DtTimelineOptions   *options,
                                       const DtTimelinePageSetup *setup,
                                       DtTimelineFormat           format,
                                       const char                *path,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data);
gboolean dt_timeline_export_finish    (GAsyncResult              *result,
                                       GError                   **error);

G_END_DECLS
