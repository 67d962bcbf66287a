/* test-render-cache.c — printed pages shape each text once
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-paginate.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define N_ITEMS 24

static guint
count_of (GHashTable *counts,
          const char *text)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, text));
}

static guint
occurrences (const char *haystack,
             const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Three pages wide, every row label is on three pages, and one deadline
 * date on every row: each is shaped once, though drawn many times. */
static void
test_shaped_once (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  DtDate today = dt_date_new (2024, 3, 15);
  DtDate deadline = dt_date_new (2024, 6, 28);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = g_dir_make_tmp ("dt-render-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) page_texts = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  DtTimelineLayout *layout;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *surface;
  cairo_t *cr;
  const char *date_label = NULL;
  guint n_pages, n_labels = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      /* No label inside another ("1. …" is in "11. …"). */
      g_autofree char *task = g_strdup_printf ("Báo cáo tiến độ số %u xong", i + 1);

      g_ptr_array_add (items, fixture_item (i + 1, i % 2 ? "Sở Tài chính" : "Sở Xây dựng", ordinal,
                                            task, dt_date_new (2024, 1, 2) + i, deadline, today));
    }
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = 3;
  setup.printed_on = today;
  pages = dt_timeline_pages_new (items, &o, &setup);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 3);
  n_pages = dt_timeline_pages_get_n_pages (pages);

  _dt_timeline_pages_set_shape_counts (pages, counts);
  surface = cairo_pdf_surface_create (path, setup.page_width, setup.page_height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      dt_timeline_pages_draw_page (pages, cr, i, style);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  text = pdf_text_read (path);
  page_texts = g_strsplit (text, "\f", -1);
  layout = dt_timeline_pages_get_layout (pages);
  for (guint i = 0; i < dt_timeline_layout_get_n_rows (layout); i++)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (layout, i);
      guint on_pages = 0;

      if (row->kind != DT_TIMELINE_ROW_ITEM)
        continue;
      for (guint p = 0; p < n_pages; p++)
        on_pages += strstr (page_texts[p], row->label) != NULL;
      /* On every page across (a band's first row also under the band's
       * "continued" header), shaped for the first. */
      g_assert_cmpuint (on_pages, >=, 3);
      g_assert_cmpuint (count_of (counts, row->label), ==, 1);
      date_label = row->date_label;
      n_labels++;
    }
  g_assert_cmpuint (n_labels, ==, N_ITEMS);

  /* The same deadline on every row: one date, drawn on every row. */
  g_assert_nonnull (date_label);
  g_assert_cmpuint (occurrences (text, date_label), >=, N_ITEMS);
  g_assert_cmpuint (count_of (counts, date_label), ==, 1);
  g_assert_cmpuint (count_of (counts, "Sở Tài chính"), ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline/pages/shaped-once", test_shaped_once);
  return g_test_run ();
}
