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
  guint    n_kept_texts;  /* directives whose text the user corrected, kept as they wrote it */
  /* Filled by dt_extraction_save() once committed, else NULL; of gint64.
   * Free with dt_import_save_result_clear(). */
  GArray  *unit_ids;      /* the units created */
  GArray  *directive_ids; /* the directives inserted */
  GArray  *updated_ids;   /* the directives of the earlier import updated */
} DtImportSaveResult;

void      dt_import_save_result_clear        (DtImportSaveResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DtImportSaveResult, dt_import_save_result_clear)

/* Adds the store's units and their aliases (the user's) to a catalogue, so
 * that extraction knows them. */
gboolean  dt_unit_catalog_add_store_units    (DtUnitCatalog      *catalog,
                                              DtStore            *store,
                                              GError            **error);

/* The notice of the store this extraction is a new reading of, whichever
 * file each came from (PDF, text, Word): the same number and issue date;
 * without a number, the same issuer, kind, dates and title; else the same
 * source text.  NULL if none, or with @error set when the notices cannot
 * be read. */
DtNotice *dt_extraction_find_existing_notice (DtExtraction       *extraction,
                                              DtStore            *store,
                                              GError            **error);

/* The notice (the existing one when re-importing) and one DtDirective per
 * extracted directive, lead and coordinating units mapped to the store's.
 * Writes nothing: the units the store lacks (catalogue units with their
 * aliases, unknown ones as written) go to new_units, and directives refer
 * to new_units[k] by the id -(k + 1), as dt_store_save_import() takes them.
 * selected: of DtExtractedDirective, NULL for all.  result's counts are
 * set; its arrays are left NULL. */
gboolean  dt_extraction_to_store_objects     (DtExtraction       *extraction,
                                              DtStore            *store,
                                              DtUnitCatalog      *catalog,
                                              GPtrArray          *selected,
                                              DtNotice          **notice,
                                              GPtrArray         **directives,
                                              GPtrArray         **new_units,
                                              DtImportSaveResult *result,
                                              GError            **error);

/* For each directive read (parallel to extraction->directives), the text
 * the store holds for it when re-importing would meet a correction of the
 * user's: the earlier import's directive at that place whose text the user
 * changed in the application, and the notice now reads otherwise.  NULL
 * where there is none.  Saving keeps such a text unless the directive's
 * replace_user_text is set (the review asks).  Writes nothing. */
GPtrArray *dt_extraction_find_user_texts     (DtExtraction       *extraction,
                                              DtStore            *store,
                                              DtUnitCatalog      *catalog,
                                              GError            **error);

/* All of the above, then dt_store_save_import(): units, notice and
 * directives in one transaction; on failure nothing is written.  result
 * (may be NULL) gets what was created: clear it after. */
gboolean  dt_extraction_save                 (DtExtraction       *extraction,
                                              DtStore            *store,
                                              DtUnitCatalog      *catalog,
                                              GPtrArray          *selected,
                                              DtImportSaveResult *result,
                                              GError            **error);

/* dt_extraction_save() on a connection of its own in a thread (for a
 * database file; an in-memory one is saved on @store's), @store then told
 * what was written; the callback runs in the caller's context
 * (dt-import-save-async.c). */
void      dt_extraction_save_async           (DtExtraction        *extraction,
                                              DtStore             *store,
                                              DtUnitCatalog       *catalog,
                                              GPtrArray           *selected,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  dt_extraction_save_finish          (DtStore             *store,
                                              GAsyncResult        *result,
                                              DtImportSaveResult  *out,
                                              GError             **error);

G_END_DECLS
