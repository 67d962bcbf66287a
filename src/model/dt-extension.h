/* dt-extension.h — a deadline extension (gia hạn)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-attachment.h"

G_BEGIN_DECLS

#define DT_TYPE_EXTENSION (dt_extension_get_type ())
G_DECLARE_FINAL_TYPE (DtExtension, dt_extension, DT, EXTENSION, DtAttachment)

/* Properties (besides DtAttachment's id and directive-id): new-deadline, granted-date, reason. */
DtExtension *dt_extension_new                (gint64       directive_id,
                                              DtDate       new_deadline,
                                              DtDate       granted_date,
                                              const char  *reason);
gint64       dt_extension_get_id             (DtExtension *self);
gint64       dt_extension_get_directive_id   (DtExtension *self);
DtDate       dt_extension_get_new_deadline   (DtExtension *self);
DtDate       dt_extension_get_granted_date   (DtExtension *self);
const char  *dt_extension_get_reason         (DtExtension *self);

G_END_DECLS
