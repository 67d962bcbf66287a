/* dt-unit.h — an office that directives are assigned to (Sở, Ban, UBND huyện …)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_TYPE_UNIT (dt_unit_get_type ())
G_DECLARE_FINAL_TYPE (DtUnit, dt_unit, DT, UNIT, GObject)

/* Properties: id (gint64), name (canonical), short-name, merged-into (gint64,
 * 0 = none).  Aliases are a string list kept with the unit. */
DtUnit       *dt_unit_new               (const char  *name);
gint64        dt_unit_get_id            (DtUnit      *self);
const char   *dt_unit_get_name          (DtUnit      *self);
void          dt_unit_set_name          (DtUnit      *self,
                                         const char  *name);
const char   *dt_unit_get_short_name    (DtUnit      *self);
void          dt_unit_set_short_name    (DtUnit      *self,
                                         const char  *short_name);
gint64        dt_unit_get_merged_into   (DtUnit      *self);
const char * const *dt_unit_get_aliases (DtUnit      *self);
void          dt_unit_set_aliases       (DtUnit      *self,
                                         const char * const *aliases);
void          dt_unit_add_alias         (DtUnit      *self,
                                         const char  *alias);

G_END_DECLS
