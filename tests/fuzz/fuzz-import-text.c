/* fuzz-import-text.c — reading any bytes as a notice: encodings, binary
 * files, PDF and Word (.docx), as a file dropped on the window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-import-source.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DtImportFormat format;

  fuzz_init ();
  bytes = g_bytes_new (data, size);
  text = dt_import_read_bytes (bytes, &format, &error);
  /* text, or an error for the user: never both, never neither */
  g_assert_true ((text == NULL) != (error == NULL));
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
  return 0;
}
