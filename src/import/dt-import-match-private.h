/* dt-import-match-private.h — a new reading matched with the store's
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-import-save.h"

G_BEGIN_DECLS

/* The earlier import's directives, to be matched with the new reading.
 * First by lead unit, ordinal and text: unchanged, and in the list's order
 * when several are alike.  Then, for the rest, by their place in the
 * notice: the k-th directive numbered "3.2" still unmatched is the k-th
 * new one numbered so.  That survives what the user may have changed in
 * the application (the text, the lead unit), so that a notice imported
 * again updates its directives instead of adding copies. */
typedef struct
{
  GHashTable    *exact;       /* key → GQueue of DtDirective (owned) */
  GHashTable    *by_place;    /* ordinal → GQueue of DtDirective (owned), notice order */
  GHashTable    *taken;       /* DtDirective * set */
  char          *source_text; /* the notice as the earlier import read it */
  char          *squeezed_source; /* folded, without white space; made when needed */
  DtUnitCatalog *catalog;
  GHashTable    *as_read;     /* "ordinal\x1ftext" set: that import's directives */
} DtImportEarlier;

/* The directives of @notice (the store's, with its source text) as the
 * store has them */
void         _dt_import_earlier_init          (DtImportEarlier *e,
                                               DtStore         *store,
                                               DtNotice        *notice,
                                               DtUnitCatalog   *catalog);
void         _dt_import_earlier_clear         (DtImportEarlier *e);
/* Each takes the earlier directive (a new reference) or returns NULL; one
 * taken is never given again */
DtDirective *_dt_import_earlier_take_exact    (DtImportEarlier *e,
                                               gint64           lead_unit_id,
                                               const char      *ordinal,
                                               const char      *text);
DtDirective *_dt_import_earlier_take_by_place (DtImportEarlier *e,
                                               const char      *ordinal);
/* Whether @d's text is the user's, written in the application since the
 * earlier import: neither words of the notice as it stands (whatever the
 * case, accents and line breaks), nor what that import read at its place.
 * The notice's source text, kept in the store, is read again to know (once,
 * and only when asked); a notice without one was typed in by the user.  A
 * correction that only cuts words of the notice is not told apart from
 * the notice's own wording. */
gboolean     _dt_import_earlier_text_was_edited (DtImportEarlier *e,
                                                 DtDirective     *d);

G_END_DECLS
