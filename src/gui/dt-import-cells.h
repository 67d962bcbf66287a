/* dt-import-cells.h — the cells of the import review's column view
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  DT_IMPORT_COLUMN_ACCEPT,        /* check box bound to DtImportRow:accepted */
  DT_IMPORT_COLUMN_ORDINAL,       /* with the doubt marker and its reasons */
  DT_IMPORT_COLUMN_TEXT,
  DT_IMPORT_COLUMN_LEAD_UNIT,     /* editable in a popover; unknown ones marked "New" */
  DT_IMPORT_COLUMN_COORDINATORS,
  DT_IMPORT_COLUMN_DEADLINE,      /* editable, dd/mm/yyyy */
  DT_IMPORT_COLUMN_PHRASE,        /* the deadline as written */
} DtImportColumn;

/* A factory for the cells of one column, over items of DtImportRow */
GtkListItemFactory *dt_import_cell_factory_new (DtImportColumn column);

G_END_DECLS
