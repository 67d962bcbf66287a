/* import-save-fixture.h — the sample notice the import-save tests save
 * (test-import-save, test-import-save-cli, test-import-save-undo)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-extractor.h"

G_BEGIN_DECLS

/* The path of the sample notice's text, in DT_SAMPLES_DIR */
char         *import_save_sample_path    (void);

/* The sample notice as @catalog's extractor reads it */
DtExtraction *import_save_extract_sample (DtUnitCatalog *catalog);

G_END_DECLS
