/* bench-timeline.c — the time of a layout and of a full-screen redraw
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-timeline [N]: N directives (10 000 by default).  Prints figures,
 * never fails on slowness (targets: layout < 50 ms, redraw < 8 ms).
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <glib/gstdio.h>

#include "dt-date.h"
#include "dt-timeline-export.h"
#include "dt-timeline-render.h"
#include "timeline-fixtures.h"

#define REDRAWS 20

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  DtDate today = dt_date_new (2024, 9, 15);
  g_autoptr(GPtrArray) items = fixture_many (n, today);
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  DtTimelineOptions o;
  DtTimelineLayout *layout = NULL;
  DtTimelineViewport vp = { 0, 0, 1920, 1080 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 t0, best_layout = G_MAXINT64, best_draw = G_MAXINT64, total_draw = 0;

  dt_timeline_options_init (&o);
  o.today = today;

  for (int i = 0; i < 5; i++)
    {
      t0 = g_get_monotonic_time ();
      g_clear_pointer (&layout, dt_timeline_layout_unref);
      layout = dt_timeline_layout_new (items, &o);
      best_layout = MIN (best_layout, g_get_monotonic_time () - t0);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cr = cairo_create (surface);
  dt_timeline_render (cr, layout, &vp, style);   /* warm the font caches */

  for (int i = 0; i < REDRAWS; i++)
    {
      /* Scroll through the data, as a user would. */
      vp.x = (dt_timeline_layout_get_content_width (layout) - 1000) * i / REDRAWS;
      vp.y = MAX (dt_timeline_layout_get_content_height (layout) - 1000, 0) * i / REDRAWS;
      t0 = g_get_monotonic_time ();
      dt_timeline_render (cr, layout, &vp, style);
      cairo_surface_flush (surface);
      t0 = g_get_monotonic_time () - t0;
      best_draw = MIN (best_draw, t0);
      total_draw += t0;
    }

  g_print ("directives: %u, rows: %u, content: %.0f x %.0f px\n", n,
           dt_timeline_layout_get_n_rows (layout),
           dt_timeline_layout_get_content_width (layout),
           dt_timeline_layout_get_content_height (layout));
  g_print ("layout: %.2f ms (target < 50 ms)\n", best_layout / 1000.0);
  g_print ("redraw 1920x1080: best %.2f ms, mean %.2f ms (target < 8 ms)\n",
           best_draw / 1000.0, total_draw / 1000.0 / REDRAWS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  dt_timeline_layout_unref (layout);

  /* Printing: a PDF one page wide on A4, the default of every export. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("dt-bench-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "bench.pdf", NULL);
    g_autoptr(DtTimelinePages) pages = NULL;
    DtTimelinePageSetup setup;
    DtTimelineOptions po;
    struct rusage usage;
    guint n_pages;
    clock_t cpu;
    double ms, cpu_ms;

    g_assert_no_error (error);
    dt_timeline_options_init_print (&po);
    po.today = today;
    dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
    pages = dt_timeline_pages_new (items, &po, &setup);
    n_pages = dt_timeline_pages_get_n_pages (pages);

    /* CPU time: the machine may be shared */
    cpu = clock ();
    t0 = g_get_monotonic_time ();
    if (!dt_timeline_export (items, &po, &setup, DT_TIMELINE_FORMAT_PDF, path, &error))
      g_error ("%s", error->message);
    ms = (g_get_monotonic_time () - t0) / 1000.0;
    cpu_ms = (double) (clock () - cpu) * 1000.0 / CLOCKS_PER_SEC;
    getrusage (RUSAGE_SELF, &usage);
    g_print ("print A4 one page wide: %u pages, %.0f ms of CPU (%.0f ms elapsed): "
             "%.2f ms a page, %.0f pages a second (target < 2 ms a page); peak memory %ld MB\n",
             n_pages, cpu_ms, ms, cpu_ms / MAX (n_pages, 1), n_pages * 1000.0 / MAX (cpu_ms, 0.001),
             usage.ru_maxrss / 1024);
    g_remove (path);
    g_rmdir (dir);
  }
  return 0;
}
