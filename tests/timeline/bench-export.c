/* bench-export.c — the time of a printed timeline, a page at a time
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-export [--keep DIR] [--long] [N…]: the PDF of N directives (1,000 and
 * 20,000 by default) on A4 one page wide, the default of every export,
 * written by dt_timeline_export() from the items to the finished file.
 * --long: texts as long as a notice's (about 240 characters, where the
 * fixture's are 55; a row label keeps 90 of them).  Each N runs in a
 * process of its own so that its peak memory is its own.  Prints pages a
 * second and ms a page, of CPU (the machine may be shared) and of wall time,
 * and the peak memory; never fails on slowness (targets: under 2 ms a page,
 * 20,000 directives in under 2 s).
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-timeline-export.h"
#include "timeline-fixtures.h"

static double
cpu_ms (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
tv_ms (const struct timeval *tv)
{
  return tv->tv_sec * 1000.0 + tv->tv_usec / 1000.0;
}

/* Sentences of a notice's length, each directive's a different mix. */
static const char *const long_parts[] = {
  "Chủ trì, phối hợp với các sở, ngành, địa phương liên quan ",
  "khẩn trương rà soát, hoàn thiện hồ sơ thủ tục đầu tư ",
  "tổ chức triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp ",
  "theo đúng chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản số 1234/UBND-TH; ",
  "tổng hợp, báo cáo kết quả và đề xuất tháo gỡ khó khăn, vướng mắc ",
  "bảo đảm tiến độ, chất lượng, hiệu quả, không để chậm trễ, ",
};

static void
make_long (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      DtTimelineItem *item = g_ptr_array_index (items, i);
      GString *text = g_string_new (NULL);

      for (guint j = 0; j < 4; j++)
        g_string_append (text, long_parts[(i + j * (i % 5 + 1)) % G_N_ELEMENTS (long_parts)]);
      g_free (item->text);
      item->text = g_string_free (text, FALSE);
    }
}

static void
run (guint       n,
     const char *keep,
     gboolean    long_texts)
{
  g_autoptr(GError) error = NULL;
  DtDate today = dt_date_new (2024, 9, 15);
  g_autoptr(GPtrArray) items = fixture_many (n, today);
  g_autofree char *dir = keep ? g_strdup (keep) : g_dir_make_tmp ("dt-bench-XXXXXX", &error);
  g_autofree char *name = g_strdup_printf ("bench-%u.pdf", n);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(DtTimelinePages) pages = NULL;
  DtTimelinePageSetup setup;
  DtTimelineOptions o;
  struct rusage usage, usage0;
  GStatBuf st = { 0 };
  gint64 t0;
  double c0, t0_thread, wall, cpu, thread;
  guint n_pages;

  g_assert_no_error (error);
  if (long_texts)
    make_long (items);
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.printed_on = today;
  pages = dt_timeline_pages_new (items, &o, &setup);
  n_pages = dt_timeline_pages_get_n_pages (pages);
  g_clear_pointer (&pages, dt_timeline_pages_unref);

  getrusage (RUSAGE_SELF, &usage0);
  c0 = cpu_ms (CLOCK_PROCESS_CPUTIME_ID);
  t0_thread = cpu_ms (CLOCK_THREAD_CPUTIME_ID);
  t0 = g_get_monotonic_time ();
  if (!dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error))
    g_error ("%s", error->message);
  wall = (g_get_monotonic_time () - t0) / 1000.0;
  cpu = cpu_ms (CLOCK_PROCESS_CPUTIME_ID) - c0;
  thread = cpu_ms (CLOCK_THREAD_CPUTIME_ID) - t0_thread;
  getrusage (RUSAGE_SELF, &usage);
  g_stat (path, &st);

  g_print ("%6u directives%s, A4 one page wide: %4u pages, %.0f KB\n"
           "        CPU  %7.0f ms: %5.2f ms a page, %5.0f pages a second\n"
           "        wall %7.0f ms: %5.2f ms a page, %5.0f pages a second\n"
           "        of which user %.0f ms, system %.0f ms; other threads (Pango's fontconfig) %.1f ms;\n"
           "        %ld page faults\n"
           "        peak memory %ld MB (targets: under 2 ms a page; 20,000 under 2 s)\n",
           n, long_texts ? " (long texts)" : "", n_pages, st.st_size / 1024.0,
           cpu, cpu / MAX (n_pages, 1), n_pages * 1000.0 / MAX (cpu, 0.001),
           wall, wall / MAX (n_pages, 1), n_pages * 1000.0 / MAX (wall, 0.001),
           tv_ms (&usage.ru_utime) - tv_ms (&usage0.ru_utime),
           tv_ms (&usage.ru_stime) - tv_ms (&usage0.ru_stime), cpu - thread,
           usage.ru_minflt - usage0.ru_minflt,
           usage.ru_maxrss / 1024);
  if (keep == NULL)
    {
      g_remove (path);
      g_rmdir (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *keep = NULL;
  gboolean long_texts = FALSE;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int i = 1; i < argc; i++)
    {
      guint n;

      if (g_str_equal (argv[i], "--keep") && i + 1 < argc)
        keep = argv[++i];
      else if (g_str_equal (argv[i], "--long"))
        long_texts = TRUE;
      else if ((n = (guint) atoi (argv[i])) > 0)
        g_array_append_val (sizes, n);
    }
  if (sizes->len == 0)
    {
      guint defaults[] = { 1000, 20000 };

      g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));
    }

  for (guint i = 0; i < sizes->len; i++)
    {
      pid_t pid = fork ();
      int status = 0;

      if (pid < 0)
        g_error ("fork: %s", g_strerror (errno));
      if (pid == 0)
        {
          run (g_array_index (sizes, guint, i), keep, long_texts);
          fflush (stdout);
          _exit (0);
        }
      waitpid (pid, &status, 0);
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        return 1;
    }
  return 0;
}
