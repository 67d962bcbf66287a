/* dt-file-util.h — writing a file whole or not at all
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every export is written to a temporary file beside the destination and
 * renamed over it only once complete: a failed export leaves the previous
 * file as it was, and no temporary file behind.  Errors are G_IO_ERROR with
 * the system's reason as message, for the caller to say what it was
 * writing. */

/* Makes an empty temporary file beside path, with the permissions a new
 * file would get (the umask applies) or those of the file it will replace;
 * returns its name. */
char     *dt_file_create_temp_beside (const char  *path,
                                      GError     **error);
/* When ok, renames tmp over path; when not (or the rename fails), removes
 * tmp.  Returns whether path now holds the new file; an error is set only
 * for a failed rename. */
gboolean  dt_file_finish_temp        (const char  *tmp,
                                      const char  *path,
                                      gboolean     ok,
                                      GError     **error);

G_END_DECLS
