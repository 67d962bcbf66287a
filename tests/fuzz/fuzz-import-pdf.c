/* fuzz-import-pdf.c — PDF import through poppler: inputs that do not start
 * as a PDF are skipped, so the fuzzer stays on that path
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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
  if (size < 5 || memcmp (data, "%PDF-", 5) != 0)
    return 0;
  bytes = g_bytes_new (data, size);
  text = dt_import_read_bytes (bytes, &format, &error);
  g_assert_true ((text == NULL) != (error == NULL));
  if (text != NULL)
    {
      g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_PDF);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
  return 0;
}
