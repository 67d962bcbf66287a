/* bench-extract-util.c — what the import benchmarks share: the sample
 * notice, and the peak memory of the process
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "bench-extract-util.h"

gsize
bench_peak_reset (void)
{
  g_autofree char *status = NULL;
  const char *rss;
  int fd;

#ifdef __GLIBC__
  /* what was freed goes back to the system, so that the next peak is not
   * reached on pages that are already there */
  malloc_trim (0);
#endif
  /* "5" resets the peak to the present size (Linux 4.0); written in place
   * (g_file_set_contents() would write a new file and rename it, which
   * /proc refuses, and the peak would be the process's highest) */
  fd = open ("/proc/self/clear_refs", O_WRONLY);
  if (fd < 0 || write (fd, "5", 1) != 1)
    {
      if (fd >= 0)
        close (fd);
      return 0;
    }
  close (fd);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (rss = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (rss + strlen ("VmRSS:"), NULL, 10) * 1024;
}

gsize
bench_peak_read (void)
{
  g_autofree char *status = NULL;
  const char *hwm;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (hwm = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (hwm + strlen ("VmHWM:"), NULL, 10) * 1024;
}

char *
bench_describe (gint64 start,
                gsize  base,
                gsize  length)
{
  double seconds = (g_get_monotonic_time () - start) / 1e6;
  gsize peak = bench_peak_read ();
  gsize beyond = peak > base ? peak - base : 0;

  if (base == 0 || peak == 0)
    return g_strdup_printf ("%.3f s (no /proc: memory not measured)", seconds);
  return g_strdup_printf ("%.3f s, peak %.1f bytes a byte beyond the text (%.1f MB)",
                          seconds, (double) beyond / MAX (length, 1), beyond / (1024.0 * 1024.0));
}

char *
bench_load_sample (gsize *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"),
                                            "nghe-an-ket-luan-2024-01.txt", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, NULL));
  return text;
}
