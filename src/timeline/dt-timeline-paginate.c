/* dt-timeline-paginate.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages are cut from one layout and drawn by the one renderer: a page is a
 * viewport (a time column × a band of rows) framed by a page header and the
 * legend.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dt-date.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-page-header.h"
#include "dt-timeline-paginate.h"
#include "dt-timeline-render.h"
#include "dt-timeline-render-private.h"

#define GAP 6.0

typedef struct
{
  double x;        /* content x of the column's left edge */
  double width;
} PageColumn;

typedef struct
{
  guint  first_row;
  double y;        /* viewport y */
  double height;   /* of the body */
} PageBand;

struct _DtTimelinePages
{
  gatomicrefcount     ref_count;
  DtTimelineLayout   *layout;
  DtTimelinePageSetup setup;
  char               *title;
  char               *subtitle;
  DtTimelineStyle     style;     /* the print palette at the page's type size */
  double              bleed;     /* room right of the chart for marks at a seam */
  GArray             *columns;   /* PageColumn */
  GArray             *bands;     /* PageBand */
  double              header_h;  /* the page header */
  double              legend_h;
  gboolean            as_of;         /* the red line is a reporting date, not today */
  /* What is the same on many pages is drawn once (the first page drawn
   * with that style), then replayed; a PDF holds it once: the legend and
   * the page header (but its page number) on every page, the scale header
   * on every page of a column of pages. */
  cairo_surface_t    *legend;
  cairo_surface_t    *page_header;
  GPtrArray          *scale_headers;   /* cairo_surface_t, by column of pages */
  const DtTimelineStyle *recorded_style;
  /* Text shaped once for every page; and the page number's layout. */
  DtRenderCache      *cache;
  PangoLayout        *number_layout;
  GHashTable         *shape_counts;    /* for tests */
};

G_DEFINE_BOXED_TYPE (DtTimelinePages, dt_timeline_pages,
                     dt_timeline_pages_ref, dt_timeline_pages_unref)

DtTimelinePages *
dt_timeline_pages_ref (DtTimelinePages *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
dt_timeline_pages_unref (DtTimelinePages *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->layout, dt_timeline_layout_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->legend, cairo_surface_destroy);
  g_clear_pointer (&self->page_header, cairo_surface_destroy);
  g_clear_pointer (&self->scale_headers, g_ptr_array_unref);
  g_clear_pointer (&self->cache, _dt_render_cache_free);
  g_clear_object (&self->number_layout);
  g_clear_pointer (&self->shape_counts, g_hash_table_unref);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self);
}

static double
measure_legend (const DtTimelineStyle *style,
                gboolean               as_of,
                double                 width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double h = dt_timeline_render_legend (cr, style, as_of, 0, 0, width, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return h;
}

static void
cut_columns (DtTimelinePages *self,
             double           page_w)
{
  double content_w = dt_timeline_layout_get_content_width (self->layout);
  const DtTimelineColumn *cols;
  guint n_cols;
  double start = 0;

  cols = dt_timeline_layout_get_columns (self->layout, FALSE, &n_cols);
  while (start < content_w - 0.5)
    {
      PageColumn pc;
      double end = MIN (start + page_w, content_w);

      /* By scale, break at a unit of the scale, never inside a month. */
      if (self->setup.pages_wide == 0 && end < content_w)
        {
          double best = start;

          for (guint i = 0; i < n_cols; i++)
            if (cols[i].x > start + 0.5 && cols[i].x <= end + 0.01)
              best = cols[i].x;
          if (best > start)
            end = best;
        }
      pc.x = start;
      pc.width = end - start;
      g_array_append_val (self->columns, pc);
      start = end;
    }
  if (self->columns->len == 0)
    {
      PageColumn pc = { 0, MAX (content_w, 1) };
      g_array_append_val (self->columns, pc);
    }
}

static gboolean
is_group (DtTimelineLayout *layout,
          guint             row)
{
  return dt_timeline_layout_get_row_item (layout, row) < 0;
}

static void
cut_bands (DtTimelinePages *self,
           double           body_h)
{
  const DtTimelineOptions *o = dt_timeline_layout_get_options (self->layout);
  guint n_rows = dt_timeline_layout_get_n_rows (self->layout);
  guint i = 0;

  while (i < n_rows)
    {
      const DtTimelineRow *row = dt_timeline_layout_get_row (self->layout, i);
      gboolean continued = row->kind == DT_TIMELINE_ROW_ITEM && i > 0;
      double reserved = continued ? o->group_height : 0;
      PageBand band = { i, row->y - reserved, reserved };
      guint j = i;

      while (j < n_rows)
        {
          const DtTimelineRow *r = dt_timeline_layout_get_row (self->layout, j);

          if (band.height + r->height > body_h + 0.01 && j > i)
            break;
          band.height += r->height;
          j++;
        }
      /* A group's header never ends a page, nor stands over only its
       * first row at a page's foot when the group goes on: it goes to the
       * next page, and this one ends a little short.  Nor does a group's
       * last row go on alone under its "(continued)" header: the row
       * before goes with it. */
      if (j < n_rows)
        {
          guint keep = j;

          if (!is_group (self->layout, j)
              && (j + 1 == n_rows || is_group (self->layout, j + 1))
              && !is_group (self->layout, j - 1))
            keep = j - 1;
          if (keep >= 1 && is_group (self->layout, keep - 1))
            keep = keep - 1;
          else if (keep >= 2 && is_group (self->layout, keep - 2)
                   && !is_group (self->layout, keep))
            keep = keep - 2;
          if (keep > i)
            {
              for (; j > keep; j--)
                band.height -= dt_timeline_layout_get_row (self->layout, j - 1)->height;
            }
        }
      g_array_append_val (self->bands, band);
      i = j;
    }
  if (self->bands->len == 0)
    {
      PageBand band = { 0, 0, 0 };
      g_array_append_val (self->bands, band);
    }
}

DtTimelinePages *
dt_timeline_pages_new (GPtrArray                 *items,
                       const DtTimelineOptions   *options,
                       const DtTimelinePageSetup *setup)
{
  DtTimelinePages *self;
  DtTimelineOptions opts;
  const DtTimelineStyle *style;
  g_autofree char *heading = NULL;
  g_autofree char *subtitle = NULL;
  double inner_w, inner_h, chart_w, body_h, k;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (setup != NULL, NULL);
  g_return_val_if_fail (setup->page_width > 0 && setup->page_height > 0, NULL);

  self = g_new0 (DtTimelinePages, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->setup = *setup;
  self->style = *dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  self->style.font_size = dt_timeline_page_font_size (setup);
  style = &self->style;
  heading = g_strstrip (g_strdup (setup->heading ? setup->heading : ""));
  subtitle = g_strstrip (g_strdup (setup->subtitle ? setup->subtitle : ""));
  self->title = *heading ? g_steal_pointer (&heading) : dt_timeline_pages_make_title (setup->title);
  self->subtitle = *subtitle ? g_steal_pointer (&subtitle) : NULL;
  self->setup.title = self->title;
  self->setup.heading = NULL;
  self->setup.subtitle = self->subtitle;
  if (self->setup.printed_on == DT_DATE_NONE)
    self->setup.printed_on = dt_date_today ();
  self->columns = g_array_new (FALSE, FALSE, sizeof (PageColumn));
  self->bands = g_array_new (FALSE, FALSE, sizeof (PageBand));
  self->scale_headers = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);

  inner_w = setup->page_width - 2 * setup->margin;
  inner_h = setup->page_height - 2 * setup->margin;
  opts = *options;
  /* Rows and headers grow with the type (the options are sized for the
   * print palette's own size). */
  k = style->font_size / dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT)->font_size;
  opts.row_height = round (opts.row_height * k);
  opts.group_height = round (opts.group_height * k);
  opts.header_height = round (opts.header_height * k);
  opts.label_width *= k;
  /* The unit column: wider on a wider sheet, at most a third of it. */
  opts.label_width = MIN (MAX (opts.label_width, inner_w / 4), inner_w / 3);
  chart_w = MAX (inner_w - opts.label_width, 36);

  self->header_h = ceil (style->font_size * 1.6) * 2 + 4;
  /* the layout's today: the options', or without one the day itself */
  self->as_of = dt_timeline_is_other_day (options->today ? options->today : dt_date_today (),
                                          self->setup.printed_on);
  self->legend_h = measure_legend (style, self->as_of, inner_w);
  body_h = inner_h - self->header_h - GAP - opts.header_height - GAP - self->legend_h;
  body_h = MAX (body_h, opts.group_height + opts.row_height);

  if (setup->pages_wide == 0)
    {
      /* By scale; but rather than a last page with a sliver of time on
       * it, narrow the scale a little (by a fifth at most); and what fits
       * on one page is spread over its width. */
      g_autoptr(DtTimelineLayout) probe = dt_timeline_layout_new (items, &opts);
      double content_w = dt_timeline_layout_get_content_width (probe);
      guint n = (guint) ceil (content_w / chart_w - 0.001);

      if (n <= 1)
        self->setup.pages_wide = 1;
      else if (content_w - (n - 1) * chart_w < chart_w / 3
               && content_w <= (n - 1) * chart_w * 1.2)
        self->setup.pages_wide = n - 1;
    }

  /* More than one page across: a strip right of each page's chart where
   * a deadline at the seam is drawn whole. */
  if (self->setup.pages_wide != 1)
    {
      self->bleed = ceil (opts.row_height * 0.9);
      chart_w = MAX (chart_w - self->bleed, 36);
    }

  if (self->setup.pages_wide > 0)
    {
      /* Fit the time range to N pages: the range first, then the zoom. */
      g_autoptr(DtTimelineLayout) probe = dt_timeline_layout_new (items, &opts);
      DtDate from = dt_timeline_layout_get_from (probe);
      DtDate to = dt_timeline_layout_get_to (probe);

      opts.from = from;
      opts.to = to;
      opts.px_per_day = self->setup.pages_wide * chart_w / ((double) to - from + 1);
    }
  self->layout = dt_timeline_layout_new (items, &opts);

  cut_columns (self, chart_w);
  cut_bands (self, body_h);
  return self;
}

guint
dt_timeline_pages_get_n_pages (DtTimelinePages *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len * self->bands->len;
}

guint
dt_timeline_pages_get_n_across (DtTimelinePages *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

guint
dt_timeline_pages_get_n_down (DtTimelinePages *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->bands->len;
}

DtTimelineLayout *
dt_timeline_pages_get_layout (DtTimelinePages *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->layout;
}

/* A recording of what draw (self, cr, …) draws in (0, 0, width, height). */
typedef void (*RecordFunc) (DtTimelinePages       *self,
                            cairo_t               *cr,
                            const DtTimelineStyle *style,
                            gpointer               data);

static cairo_surface_t *
record (DtTimelinePages       *self,
        double                 width,
        double                 height,
        RecordFunc             draw,
        const DtTimelineStyle *style,
        gpointer               data)
{
  cairo_rectangle_t extents = { 0, 0, width, height };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (surface);

  draw (self, cr, style, data);
  cairo_destroy (cr);
  return surface;
}

static void
replay (cairo_t         *cr,
        cairo_surface_t *surface,
        double           x,
        double           y)
{
  cairo_set_source_surface (cr, surface, x, y);
  cairo_paint (cr);
}

static void
record_legend (DtTimelinePages       *self,
               cairo_t               *cr,
               const DtTimelineStyle *style,
               gpointer               data)
{
  _dt_timeline_render_legend_cached (cr, style, self->cache, self->as_of, 0, 0, *(double *) data, TRUE);
}

static void
record_page_header (DtTimelinePages       *self,
                    cairo_t               *cr,
                    const DtTimelineStyle *style,
                    gpointer               data)
{
  _dt_timeline_page_header_draw (cr, style, self->layout, self->title, self->subtitle,
                                 self->setup.printed_on, *(double *) data, self->header_h);
}

static void
record_scale_header (DtTimelinePages       *self,
                     cairo_t               *cr,
                     const DtTimelineStyle *style,
                     gpointer               data)
{
  _dt_timeline_render_page_parts (cr, self->layout, data, style, self->cache, 0, DT_RENDER_PART_HEADER);
}

void
dt_timeline_pages_draw_page (DtTimelinePages       *self,
                             cairo_t               *cr,
                             guint                  page,
                             const DtTimelineStyle *style)
{
  const DtTimelineOptions *o;
  const PageColumn *col;
  const PageBand *band;
  DtTimelineViewport viewport;
  DtTimelineStyle page_style;
  const DtTimelineStyle *caller_style;
  double m, inner_w, inner_h;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < dt_timeline_pages_get_n_pages (self));

  /* The caller's palette, at the page's type size. */
  caller_style = style;
  page_style = style ? *style : self->style;
  page_style.font_size = self->style.font_size;
  style = &page_style;

  o = dt_timeline_layout_get_options (self->layout);
  col = &g_array_index (self->columns, PageColumn, page % self->columns->len);
  band = &g_array_index (self->bands, PageBand, page / self->columns->len);
  m = self->setup.margin;
  inner_w = self->setup.page_width - 2 * m;
  inner_h = self->setup.page_height - 2 * m;

  /* Recorded with another palette (the printer's, then the screen's for
   * a preview): recorded again. */
  if (self->recorded_style != caller_style)
    {
      g_clear_pointer (&self->legend, cairo_surface_destroy);
      g_clear_pointer (&self->page_header, cairo_surface_destroy);
      g_ptr_array_set_size (self->scale_headers, 0);
      g_clear_pointer (&self->cache, _dt_render_cache_free);
      g_clear_object (&self->number_layout);
      self->recorded_style = caller_style;
    }
  if (self->cache == NULL)
    {
      /* A band of rows is drawn on every page across before the next
       * one: room for a few bands, and for the dates of years of them. */
      self->cache = _dt_render_cache_new (cr, style, 1024, TRUE);
      if (self->shape_counts != NULL)
        _dt_render_cache_set_counting (self->cache, self->shape_counts);
    }
  g_ptr_array_set_size (self->scale_headers, self->columns->len);

  viewport.x = col->x;
  viewport.y = band->y;
  viewport.width = o->label_width + col->width;
  viewport.height = o->header_height + band->height;

  cairo_save (cr);
  dt_timeline_style_set_source (cr, &style->background);
  cairo_paint (cr);
  cairo_translate (cr, m, m);

  if (self->page_header == NULL)
    self->page_header = record (self, inner_w, self->header_h, record_page_header, style, &inner_w);
  replay (cr, self->page_header, 0, 0);
  _dt_timeline_page_number_draw (cr, &self->number_layout, style, page,
                                 dt_timeline_pages_get_n_pages (self), inner_w);

  cairo_save (cr);
  cairo_translate (cr, 0, self->header_h + GAP);
  _dt_timeline_render_page_parts (cr, self->layout, &viewport, style, self->cache,
                                  col->x + col->width < dt_timeline_layout_get_content_width (self->layout) - 0.5
                                  ? self->bleed : 0, DT_RENDER_PART_ROWS);
  if (self->scale_headers->pdata[page % self->columns->len] == NULL)
    self->scale_headers->pdata[page % self->columns->len] =
      record (self, viewport.width, o->header_height, record_scale_header, style, &viewport);
  replay (cr, self->scale_headers->pdata[page % self->columns->len], 0, 0);
  dt_timeline_style_set_source (cr, &style->grid_major);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, 0, 0, viewport.width, viewport.height);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (self->legend == NULL)
    self->legend = record (self, inner_w, self->legend_h, record_legend, style, &inner_w);
  replay (cr, self->legend, 0, inner_h - self->legend_h);
  cairo_restore (cr);
}

void
_dt_timeline_pages_set_shape_counts (DtTimelinePages *self,
                                     GHashTable      *counts)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->shape_counts, g_hash_table_unref);
  self->shape_counts = counts ? g_hash_table_ref (counts) : NULL;
  if (self->cache != NULL)
    _dt_render_cache_set_counting (self->cache, counts);
}
