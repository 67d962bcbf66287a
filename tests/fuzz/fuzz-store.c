/* fuzz-store.c — opening any file as the database: refused with an error,
 * or opened; never a crash, and a refused file is left as it was
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dt-store.h"
#include "fuzz-common.h"

static char *dir;

static void
remove_files (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (dir, "/directives.db", suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
remove_dir (void)
{
  remove_files ();
  g_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  gsize after_len = 0;

  fuzz_init ();
  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("dt-fuzz-store-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_dir);
    }
  path = g_build_filename (dir, "directives.db", NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, &error));

  store = dt_store_open (path, &error);
  if (store == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
      g_assert_cmpmem (data, size, after, after_len);
    }
  else
    {
      /* reads what is there */
      dt_store_get_schema_version (store);
      dt_store_is_empty (store);
    }
  g_clear_object (&store);

  remove_files ();
  return 0;
}
