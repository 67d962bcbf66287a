/* dt-file-util.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "dt-file-util.h"

static void
set_errno_error (GError **error,
                 int      saved)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
}

char *
dt_file_create_temp_beside (const char  *path,
                            GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tmp = NULL;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name = g_strdup_printf (".%s-XXXXXX", base);
  tmp = g_build_filename (dir, name, NULL);
  /* as a new file would be made (the umask applies), or as the old one was */
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (g_stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 0777);
  g_close (fd, NULL);
  return g_steal_pointer (&tmp);
}

gboolean
dt_file_finish_temp (const char  *tmp,
                     const char  *path,
                     gboolean     ok,
                     GError     **error)
{
  g_return_val_if_fail (tmp != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (ok && g_rename (tmp, path) != 0)
    {
      set_errno_error (error, errno);
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}
