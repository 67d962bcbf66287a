/* import-save-fixture.c — the sample notice the import-save tests save
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "import-save-fixture.h"

char *
import_save_sample_path (void)
{
  return g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
}

DtExtraction *
import_save_extract_sample (DtUnitCatalog *catalog)
{
  g_autofree char *path = import_save_sample_path ();
  g_autofree char *text = NULL;
  g_autoptr(DtExtractor) extractor = dt_extractor_new (catalog);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return dt_extractor_extract (extractor, text, -1, NULL, NULL);
}
