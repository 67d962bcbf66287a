/* dt-import-row.h — one extracted directive as a row of the review dialog
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-extraction.h"
#include "dt-unit-catalog.h"

G_BEGIN_DECLS

#define DT_TYPE_IMPORT_ROW (dt_import_row_get_type ())
G_DECLARE_FINAL_TYPE (DtImportRow, dt_import_row, DT, IMPORT_ROW, GObject)

/* Properties: accepted (gboolean), lead-unit (string), lead-unit-known
 * (gboolean, read-only), deadline-text (string, "dd/mm/yyyy" or ""),
 * doubts (DtExtractionDoubt as guint, read-only), user-text (string: the
 * text the user corrected since the earlier import, when re-importing;
 * see dt_extraction_find_user_texts()), keep-user-text (gboolean, TRUE by
 * default).  Edits write through to the extracted directive, which the
 * extraction owns. */
DtImportRow          *dt_import_row_new               (DtExtractedDirective *directive,
                                                       DtUnitCatalog        *catalog);
DtExtractedDirective *dt_import_row_get_directive     (DtImportRow          *self);
gboolean              dt_import_row_get_accepted      (DtImportRow          *self);
void                  dt_import_row_set_accepted      (DtImportRow          *self,
                                                       gboolean              accepted);
const char           *dt_import_row_get_lead_unit     (DtImportRow          *self);
void                  dt_import_row_set_lead_unit     (DtImportRow          *self,
                                                       const char           *name);
gboolean              dt_import_row_get_lead_unit_known (DtImportRow        *self);
char                 *dt_import_row_dup_deadline_text (DtImportRow          *self);
/* dd/mm/yyyy, or "" for none; FALSE (and nothing changed) when not a date */
gboolean              dt_import_row_set_deadline_text (DtImportRow          *self,
                                                       const char           *text);
guint                 dt_import_row_get_doubts        (DtImportRow          *self);
/* Why the row is doubtful, one reason a line, translated; NULL when not */
char                 *dt_import_row_dup_doubt_text    (DtImportRow          *self);
const char           *dt_import_row_get_user_text     (DtImportRow          *self);
void                  dt_import_row_set_user_text     (DtImportRow          *self,
                                                       const char           *text);
/* Whether the user's text is kept rather than the notice's (when there is one) */
gboolean              dt_import_row_get_keep_user_text (DtImportRow         *self);
void                  dt_import_row_set_keep_user_text (DtImportRow         *self,
                                                        gboolean             keep);
/* What saving writes as the directive's text: the user's when kept */
const char           *dt_import_row_get_text_to_save  (DtImportRow          *self);

G_END_DECLS
