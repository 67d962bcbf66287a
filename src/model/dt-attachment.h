/* dt-attachment.h — what hangs off a directive: a deadline extension or a
 * progress report
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

#define DT_TYPE_ATTACHMENT (dt_attachment_get_type ())
G_DECLARE_DERIVABLE_TYPE (DtAttachment, dt_attachment, DT, ATTACHMENT, GObject)

/* Abstract: a row of its own (id, 0 until stored) that belongs to a
 * directive (directive-id), the two things the store treats alike in
 * DtExtension and DtProgressReport.  Properties: id (read-only),
 * directive-id (construct-only). */
struct _DtAttachmentClass
{
  GObjectClass parent_class;
};

gint64 dt_attachment_get_id           (DtAttachment *self);
gint64 dt_attachment_get_directive_id (DtAttachment *self);

G_END_DECLS
