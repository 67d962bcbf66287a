/* test-timeline-pages.c — drawing the chart on screen, and cutting it
 * into printed pages
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "dt-date.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render.h"
#include "timeline-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtDate today;

/* --- render ----------------------------------------------------------- */

static void
assert_pixel (cairo_surface_t       *surface,
              int                    x,
              int                    y,
              const DtTimelineColor *expected)
{
  guint32 *data = (guint32 *) (cairo_image_surface_get_data (surface)
                               + y * cairo_image_surface_get_stride (surface));
  guint32 px = data[x];
  int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

  g_assert_cmpint (abs (r - (int) lround (expected->red * 255)), <=, 2);
  g_assert_cmpint (abs (g - (int) lround (expected->green * 255)), <=, 2);
  g_assert_cmpint (abs (b - (int) lround (expected->blue * 255)), <=, 2);
}

static void
test_render_pixels (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 900, 300 };
  cairo_surface_t *surface;
  cairo_t *cr;
  const DtTimelineRow *row;
  int today_x, mid_x, mid_y;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 6, 30), today);
  g_ptr_array_add (items, fixture_item (1, "Sở Nông nghiệp và Phát triển nông thôn", "1",
                                        "Chỉ đạo thu hoạch", D (2024, 1, 10), D (2024, 2, 29), today));
  g_ptr_array_add (items, fixture_item (2, "Sở Nông nghiệp và Phát triển nông thôn", "2",
                                        "Xây dựng mô hình", D (2024, 2, 1), D (2024, 5, 31), today));
  layout = dt_timeline_layout_new (items, &o);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cr = cairo_create (surface);
  dt_timeline_render (cr, layout, &vp, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Today's line, at the middle of 15/03/2024, below the header. */
  today_x = (int) (o.label_width + floor (dt_timeline_layout_date_to_x (layout, today) + 2));
  assert_pixel (surface, today_x, 250, &style->today);
  assert_pixel (surface, today_x - 1, 250, &style->today);

  /* The overdue bar's middle has the overdue colour. */
  row = fixture_row_of_item (layout, 1);
  g_assert_cmpint (row->status, ==, DT_STATUS_OVERDUE);
  mid_x = (int) (o.label_width + (row->bar_x0 + row->bar_x1) / 2) + 3;
  mid_y = (int) (o.header_height + row->y + row->height / 2) + 2;
  assert_pixel (surface, mid_x, mid_y, &style->status[DT_STATUS_OVERDUE]);

  /* The other one is in progress, in its own colour. */
  row = fixture_row_of_item (layout, 2);
  g_assert_cmpint (row->status, ==, DT_STATUS_IN_PROGRESS);
  mid_x = (int) (o.label_width + row->bar_x0 + 10);
  mid_y = (int) (o.header_height + row->y + row->height / 2) + 2;
  assert_pixel (surface, mid_x, mid_y, &style->status[DT_STATUS_IN_PROGRESS]);

  /* Nothing drawn past the viewport's chart: the background under the
   * header's corner is the header's. */
  assert_pixel (surface, 2, 2, &style->header_background);

  /* Scrolled horizontally, the unit column stays: same label pixels. */
  cairo_surface_destroy (surface);
}

/* A group's name runs over the whole width of its band: the unit column's
 * edge stops at the band rather than cut through the name (a phone-width
 * column is narrower than most units' names); beside directives it stays. */
static void
test_render_group_band (void)
{
  g_autoptr(GPtrArray) items = fixture_new_items ();
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 0, 0, 360, 200 };
  cairo_surface_t *surface;
  cairo_t *cr;
  const DtTimelineRow *group, *row;
  int edge_x;

  fixture_init_options (&o, D (2024, 1, 1), D (2024, 6, 30), today);
  o.label_width = 120;
  g_ptr_array_add (items, fixture_item (1, "Ban Quản lý Khu kinh tế Đông Nam", "1",
                                        "Chỉ đạo thu hoạch", D (2024, 1, 10), D (2024, 2, 29), today));
  layout = dt_timeline_layout_new (items, &o);
  group = dt_timeline_layout_get_row (layout, 0);
  g_assert_cmpint (group->kind, ==, DT_TIMELINE_ROW_GROUP);
  row = fixture_row_of_item (layout, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 360, 200);
  cr = cairo_create (surface);
  dt_timeline_render (cr, layout, &vp, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  edge_x = (int) floor (o.label_width) - 1;
  assert_pixel (surface, edge_x, (int) (o.header_height + group->y) + 2, &style->group_background);
  assert_pixel (surface, edge_x, (int) (o.header_height + row->y + row->height / 2), &style->grid_major);
  cairo_surface_destroy (surface);
}

static void
test_render_scrolled_consistent (void)
{
  g_autoptr(GPtrArray) items = fixture_many (500, today);
  g_autoptr(DtTimelineLayout) layout = NULL;
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_DARK);
  DtTimelineOptions o;
  DtTimelineViewport vp = { 300, 2000, 800, 500 };
  cairo_surface_t *surface;
  cairo_t *cr;
  DtTimelineHit hit;

  dt_timeline_options_init (&o);
  o.today = today;
  layout = dt_timeline_layout_new (items, &o);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 500);
  cr = cairo_create (surface);
  dt_timeline_render_selected (cr, layout, &vp, style, 80);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  /* Below the sticky group name, the row the hit-test finds is the row
   * the content y falls in. */
  g_assert_true (dt_timeline_layout_hit_test (layout, &vp, 100, o.header_height + 200, &hit));
  g_assert_cmpuint (hit.row, ==, dt_timeline_layout_row_at_y (layout, 2200));
  cairo_surface_destroy (surface);
}

/* --- pagination ------------------------------------------------------ */

static void
test_paginate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autoptr(GPtrArray) many = fixture_many (400, today);
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  guint down_a4, down_a3;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, >=, 50);
  dt_timeline_options_init_print (&o);
  o.today = today;

  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  for (guint wide = 1; wide <= 3; wide++)
    {
      g_autoptr(DtTimelinePages) pages = NULL;

      setup.pages_wide = wide;
      pages = dt_timeline_pages_new (items, &o, &setup);
      g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, wide);
      g_assert_cmpuint (dt_timeline_pages_get_n_pages (pages), ==,
                        wide * dt_timeline_pages_get_n_down (pages));
    }

  /* Rows flow down: more directives, more pages; a bigger sheet, fewer. */
  setup.pages_wide = 1;
  {
    g_autoptr(DtTimelinePages) few = dt_timeline_pages_new (items, &o, &setup);
    g_autoptr(DtTimelinePages) lots = dt_timeline_pages_new (many, &o, &setup);

    down_a4 = dt_timeline_pages_get_n_down (lots);
    g_assert_cmpuint (down_a4, >, dt_timeline_pages_get_n_down (few));
    g_assert_cmpuint (down_a4, >=, 400 * o.row_height / setup.page_height);
  }
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A3, TRUE);
  setup.pages_wide = 1;
  {
    g_autoptr(DtTimelinePages) lots = dt_timeline_pages_new (many, &o, &setup);

    down_a3 = dt_timeline_pages_get_n_down (lots);
    g_assert_cmpuint (down_a3, <, down_a4);
  }

  /* By scale: the week's width is kept (narrowed by a fifth at most, to
   * save a page with a sliver of time), the pages follow the range. */
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  g_assert_cmpuint (setup.pages_wide, ==, 1);   /* one page wide unless asked */
  setup.pages_wide = 0;
  o.scale = DT_TIMELINE_SCALE_WEEK;
  o.px_per_day = 0;
  {
    g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (many, &o, &setup);
    DtTimelineLayout *layout = dt_timeline_pages_get_layout (pages);
    double chart_w = setup.page_width - 2 * setup.margin
                     - dt_timeline_layout_get_options (layout)->label_width;
    double ppd = dt_timeline_layout_get_px_per_day (layout);
    double content_w = dt_timeline_layout_get_content_width (layout);

    g_assert_cmpfloat (ppd, <=, dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_WEEK));
    g_assert_cmpfloat (ppd, >=, 0.8 * dt_timeline_scale_default_px_per_day (DT_TIMELINE_SCALE_WEEK));
    g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), >=, 20);
    g_assert_cmpfloat (dt_timeline_pages_get_n_across (pages) * chart_w, >=, content_w - 0.01);
    /* Pages break between weeks, and keep a strip for marks at the seam
     * (a row's height): each page loses less than a week and the strip. */
    g_assert_cmpfloat ((dt_timeline_pages_get_n_across (pages) - 1)
                       * (chart_w - 7 * ppd - dt_timeline_layout_get_options (layout)->row_height),
                       <, content_w);
  }

  /* Five months at the month scale on A4: a little more than a page, so
   * narrowed onto one rather than a second page with May alone. */
  o.scale = DT_TIMELINE_SCALE_MONTH;
  o.from = D (2024, 1, 1);
  o.to = D (2024, 5, 31);
  {
    g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (items, &o, &setup);

    g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 1);
  }
}


static void
test_paginate_seam (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = fixture_sample_notice (today, &error);
  g_autoptr(DtTimelinePages) probe = NULL;
  g_autoptr(DtTimelinePages) pages = NULL;
  const DtTimelineStyle *print = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  const DtTimelineColor *edge = &print->status_edge[DT_STATUS_COMPLETED_ON_TIME];
  DtTimelineLayout *layout;
  DtTimelineItem *seam_item;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  cairo_surface_t *left, *right;
  double lw, chart_w, seam, r;
  DtDate on_seam;
  int frame_x;
  guint n_over = 0;

  g_assert_no_error (error);
  dt_timeline_options_init_print (&o);
  o.today = today;
  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  setup.pages_wide = 2;

  probe = dt_timeline_pages_new (items, &o, &setup);
  layout = dt_timeline_pages_get_layout (probe);
  seam = dt_timeline_layout_get_content_width (layout) / 2;
  /* the deadline's diamond is centred on the right edge of its day */
  on_seam = dt_timeline_layout_x_to_date (layout, seam) - 1;

  seam_item = fixture_item (5000, "Ủy ban nhân dân huyện Diễn Châu", "99", "on the seam",
                            DT_DATE_NONE, on_seam, today);
  seam_item->completed = on_seam - 3;
  seam_item->status = DT_STATUS_COMPLETED_ON_TIME;
  g_ptr_array_add (items, seam_item);
  pages = dt_timeline_pages_new (items, &o, &setup);
  layout = dt_timeline_pages_get_layout (pages);
  g_assert_cmpuint (dt_timeline_pages_get_n_across (pages), ==, 2);
  g_assert_cmpfloat (fabs (dt_timeline_layout_date_to_x (layout, on_seam + 1) - seam), <, 2);

  lw = dt_timeline_layout_get_options (layout)->label_width;
  r = dt_timeline_layout_get_options (layout)->row_height * 0.32;
  chart_w = seam;
  frame_x = (int) ceil (setup.margin + lw + chart_w);

  for (guint band = 0; band < dt_timeline_pages_get_n_down (pages); band++)
    {
      left = fixture_draw_page (pages, &setup, 2 * band);
      right = fixture_draw_page (pages, &setup, 2 * band + 1);
      /* Right of the left page's chart: the diamond's right half. */
      n_over += fixture_count_color (left, frame_x + 1, frame_x + (int) r, 0, (int) setup.page_height, edge);
      /* Right of the right page's unit column: no half diamond. */
      g_assert_cmpuint (fixture_count_color (right, (int) ceil (setup.margin + lw) + 1,
                                     (int) (setup.margin + lw + r), 0, (int) setup.page_height, edge),
                        ==, 0);
      cairo_surface_destroy (left);
      cairo_surface_destroy (right);
    }
  g_assert_cmpuint (n_over, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  today = fixture_set_today ();

  g_test_add_func ("/timeline/render/pixels", test_render_pixels);
  g_test_add_func ("/timeline/render/group-band", test_render_group_band);
  g_test_add_func ("/timeline/render/scrolled", test_render_scrolled_consistent);
  g_test_add_func ("/timeline/paginate", test_paginate);
  g_test_add_func ("/timeline/paginate/seam", test_paginate_seam);

  return g_test_run ();
}

