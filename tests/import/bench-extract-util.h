/* bench-extract-util.h — what the import benchmarks share: the sample
 * notice, and the peak memory of the process (bench-extract,
 * bench-extract-lines)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The present size of the process, its peak reset to it (VmHWM, from
 * /proc); 0 where there is none */
gsize  bench_peak_reset  (void);

/* The peak size since the last reset; 0 where there is none */
gsize  bench_peak_read   (void);

/* "0.412 s, 5.3 bytes a byte beyond the text (27.6 MB)": the time since
 * @start, the peak beyond @base per byte of a text of @length */
char  *bench_describe    (gint64  start,
                          gsize   base,
                          gsize   length);

/* The sample notice's text, from DT_SAMPLES_DIR */
char  *bench_load_sample (gsize  *length);

G_END_DECLS
