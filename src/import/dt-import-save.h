/* dt-import-save.h — an extraction into the store, in one transaction
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-extraction.h"
#include "dt-store.h"
#include "dt-unit-catalog.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   notice_id;
  gboolean was_update;    /* the same notice was imported before */
  guint    n_saved;       /* directives inserted */
  guint    n_updated;     /* directives of the earlier import updated in place */
  guint    n_skipped;     /* without any lead unit */
  guint    n_new_units;   /* units created (unknown ones, or catalogue units the store lacked) */
} DtImportSaveResult;

/* Adds the store's units and their aliases (the user's) to a catalogue, so
 * that extraction knows them. */
void      dt_unit_catalog_add_store_units    (DtUnitCatalog      *catalog,
                                              DtStore            *store);

/* The notice of the store this extraction is a new reading of: same number
 * and issue date, or the same source text.  NULL if none. */
DtNotice *dt_extraction_find_existing_notice (DtExtraction       *extraction,
                                              DtStore            *store);

/* The notice (the existing one when re-importing) and one DtDirective per
 * extracted directive, lead and coordinating units mapped to the store's
 * (created when missing: catalogue units with their aliases, unknown ones
 * as written).  selected: of DtExtractedDirective, NULL for all. */
gboolean  dt_extraction_to_store_objects     (DtExtraction       *extraction,
                                              DtStore            *store,
                                              DtUnitCatalog      *catalog,
                                              GPtrArray          *selected,
                                              DtNotice          **notice,
                                              GPtrArray         **directives,
                                              DtImportSaveResult *result,
                                              GError            **error);

/* All of the above, then dt_store_save_notice_with_directives() */
gboolean  dt_extraction_save                 (DtExtraction       *extraction,
                                              DtStore            *store,
                                              DtUnitCatalog      *catalog,
                                              GPtrArray          *selected,
                                              DtImportSaveResult *result,
                                              GError            **error);

G_END_DECLS
