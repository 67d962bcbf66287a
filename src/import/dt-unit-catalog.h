/* dt-unit-catalog.h — the units of a province, and matching names to them
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_UNIT_CATALOG_ERROR (dt_unit_catalog_error_quark ())

typedef enum
{
  DT_UNIT_CATALOG_ERROR_INVALID,   /* a malformed line in the data */
} DtUnitCatalogError;

GQuark dt_unit_catalog_error_quark (void);

typedef struct
{
  char  *name;         /* canonical */
  char  *short_name;   /* may be NULL */
  char **aliases;      /* NULL-terminated */
} DtUnitCatalogEntry;

#define DT_TYPE_UNIT_CATALOG (dt_unit_catalog_get_type ())
G_DECLARE_FINAL_TYPE (DtUnitCatalog, dt_unit_catalog, DT, UNIT_CATALOG, GObject)

DtUnitCatalog *dt_unit_catalog_new          (void);
/* A new catalogue with the built-in units (data/units.tsv, compiled in) */
DtUnitCatalog *dt_unit_catalog_new_default  (void);
gboolean       dt_unit_catalog_load_data    (DtUnitCatalog       *self,
                                             const char          *tsv,
                                             gssize               length,
                                             GError             **error);
gboolean       dt_unit_catalog_load_file    (DtUnitCatalog       *self,
                                             const char          *path,
                                             GError             **error);
/* Adds a unit, or the aliases to the unit of that canonical name (e.g. the
 * units and aliases of the database) */
void           dt_unit_catalog_add          (DtUnitCatalog       *self,
                                             const char          *name,
                                             const char          *short_name,
                                             const char * const  *aliases);
guint          dt_unit_catalog_get_n_entries (DtUnitCatalog      *self);
/* The entries, in file order: what the store seeds a new database with */
const DtUnitCatalogEntry *
               dt_unit_catalog_get_entry    (DtUnitCatalog       *self,
                                             guint                position);

/* The entry of a canonical name, or NULL */
const DtUnitCatalogEntry *
               dt_unit_catalog_find_entry   (DtUnitCatalog       *self,
                                             const char          *name);

/* The canonical name of a unit phrase ("Sở NN&PTNT", "sở nông nghiệp và
 * ptnt tỉnh"), or NULL when the phrase names no unit of the catalogue. */
const char    *dt_unit_catalog_lookup       (DtUnitCatalog       *self,
                                             const char          *phrase);
/* The longest unit name at the start of text (a following "tỉnh" included):
 * returns the number of bytes it takes, 0 when none, and its canonical
 * name in *canonical. */
gsize          dt_unit_catalog_match_prefix (DtUnitCatalog       *self,
                                             const char          *text,
                                             gsize                length,
                                             const char         **canonical);

G_END_DECLS
