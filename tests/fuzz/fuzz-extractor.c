/* fuzz-extractor.c — the extractor on any text, with the default catalogue
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-extraction.h"
#include "dt-extractor.h"
#include "dt-unit-catalog.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static DtExtractor *extractor;
  g_autofree char *text = NULL;
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  if (extractor == NULL)
    {
      g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();

      extractor = dt_extractor_new (catalog);
    }

  /* the importer hands the extractor valid UTF-8 */
  text = g_utf8_make_valid ((const char *) data, (gssize) size);
  extraction = dt_extractor_extract (extractor, text, -1, NULL, &error);
  /* read, or refused by its shape alone (many lines of a character or
   * three), never both nor neither */
  if (extraction == NULL)
    {
      g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
      g_clear_error (&error);
      g_assert_false (dt_extractor_check_shape (text, strlen (text), NULL));
    }
  else
    g_assert_no_error (error);
  return 0;
}
