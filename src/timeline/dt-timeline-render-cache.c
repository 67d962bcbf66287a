/* dt-timeline-render-cache.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shaping is most of what a page of text costs: a printed timeline of
 * 20,000 directives draws the same dates, group names and scale labels
 * thousands of times, and a chart several pages wide each row label once
 * per page across.  One Pango context and one set of fonts serve every
 * page, and each text is shaped once.  The hatching of bars is most of the
 * numbers a page of bars holds: each bar's is the same lines from its
 * start, recorded once and replayed (a PDF holds them once).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dt-timeline-render-cache.h"
#include "dt-timeline-render-private.h"
#include "dt-timeline-render-run.h"

typedef struct
{
  const PangoFontDescription *font;
  int                         width;   /* Pango units, -1: none */
  PangoAlignment              align;
  char                       *text;
} Key;

typedef struct
{
  DtStatus         status;
  double           h;
  double           length;
  cairo_surface_t *surface;
} Hatch;

struct _DtRenderCacheText
{
  Key             key;
  PangoLayout    *layout;    /* or */
  DtRenderRun    *run;
  PangoRectangle  logical;
  GList           link;      /* in the cache's queue, most recent first */
};

typedef DtRenderCacheText Entry;

struct _DtRenderCache
{
  PangoContext         *context;
  DtRenderShaper       *shaper;
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *small;
  GHashTable           *entries;   /* Key → Entry */
  GQueue                queue;
  guint                 capacity;
  GArray               *hatches;   /* Hatch */
  GHashTable           *counts;    /* text → shapes, for tests */
  GHashTable           *layouts;   /* text → layouts made, for tests */
  gboolean              no_runs;   /* for tests */
};

static guint
key_hash (gconstpointer data)
{
  const Key *k = data;

  return g_str_hash (k->text) ^ g_direct_hash (k->font) ^ ((guint) k->width * 31u) ^ (guint) k->align;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *ka = a, *kb = b;

  return ka->font == kb->font && ka->width == kb->width && ka->align == kb->align
         && strcmp (ka->text, kb->text) == 0;
}

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_clear_object (&e->layout);
  _dt_render_run_free (e->run);
  g_free (e->key.text);
  g_free (e);
}

static PangoFontDescription *
make_font (const DtTimelineStyle *style,
           double                 scale,
           PangoWeight            weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family);
  pango_font_description_set_absolute_size (font, style->font_size * scale * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  return font;
}

DtRenderCache *
_dt_render_cache_new (cairo_t               *cr,
                      const DtTimelineStyle *style,
                      guint                  capacity,
                      gboolean               paper)
{
  DtRenderCache *self = g_new0 (DtRenderCache, 1);
  cairo_font_options_t *options;

  self->context = pango_cairo_create_context (cr);
  /* Metrics that do not depend on the device: what is measured on screen
   * fits on paper too. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  /* The screen keeps glyphs on whole pixels, where they are sharp. */
  pango_context_set_round_glyph_positions (self->context, !paper);
  self->shaper = _dt_render_shaper_new (self->context);
  self->font = make_font (style, 1.0, PANGO_WEIGHT_NORMAL);
  self->bold = make_font (style, 1.0, PANGO_WEIGHT_BOLD);
  self->small = make_font (style, 0.85, PANGO_WEIGHT_NORMAL);
  self->entries = g_hash_table_new_full (key_hash, key_equal, NULL, entry_free);
  g_queue_init (&self->queue);
  self->capacity = MAX (capacity, 1);
  self->hatches = g_array_new (FALSE, FALSE, sizeof (Hatch));
  return self;
}

void
_dt_render_cache_free (DtRenderCache *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->entries);
  for (guint i = 0; i < self->hatches->len; i++)
    cairo_surface_destroy (g_array_index (self->hatches, Hatch, i).surface);
  g_array_unref (self->hatches);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  _dt_render_shaper_free (self->shaper);
  pango_font_description_free (self->font);
  pango_font_description_free (self->bold);
  pango_font_description_free (self->small);
  g_object_unref (self->context);
  g_free (self);
}

const PangoFontDescription *
_dt_render_cache_get_font (DtRenderCache *self)
{
  return self->font;
}

const PangoFontDescription *
_dt_render_cache_get_bold (DtRenderCache *self)
{
  return self->bold;
}

const PangoFontDescription *
_dt_render_cache_get_small (DtRenderCache *self)
{
  return self->small;
}

void
_dt_render_cache_set_counting (DtRenderCache *self,
                               GHashTable    *counts)
{
  g_clear_pointer (&self->counts, g_hash_table_unref);
  self->counts = counts ? g_hash_table_ref (counts) : NULL;
}

void
_dt_render_cache_set_layout_counting (DtRenderCache *self,
                                      GHashTable    *layouts,
                                      gboolean       runs)
{
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  self->layouts = layouts ? g_hash_table_ref (layouts) : NULL;
  self->no_runs = !runs;
}

static void
count (GHashTable *counts,
       const char *text)
{
  if (counts != NULL)
    g_hash_table_replace (counts, g_strdup (text),
                          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, text)) + 1));
}

const DtRenderCacheText *
_dt_render_cache_get_text (DtRenderCache              *self,
                           const PangoFontDescription *font,
                           const char                 *text,
                           double                      width,
                           PangoAlignment              align,
                           PangoRectangle             *logical)
{
  Key key = { font, width > 0 ? (int) (width * PANGO_SCALE) : -1, align, (char *) text };
  Entry *e = g_hash_table_lookup (self->entries, &key);

  if (e != NULL)
    {
      /* The most recent first. */
      g_queue_unlink (&self->queue, &e->link);
      g_queue_push_head_link (&self->queue, &e->link);
      *logical = e->logical;
      return e;
    }

  if (self->queue.length >= self->capacity)
    {
      GList *oldest = g_queue_pop_tail_link (&self->queue);

      g_hash_table_remove (self->entries, &((Entry *) oldest->data)->key);
    }

  e = g_new0 (Entry, 1);
  e->key = key;
  e->key.text = g_strdup (text);
  /* Most text (row labels, dates) is one simple run: shaped without a
   * layout, as a layout would. */
  if (align == PANGO_ALIGN_LEFT && !self->no_runs)
    e->run = _dt_render_shaper_shape (self->shaper, font, text, key.width, &e->logical);
  if (e->run == NULL)
    {
      e->layout = pango_layout_new (self->context);
      pango_layout_set_single_paragraph_mode (e->layout, TRUE);
      pango_layout_set_font_description (e->layout, font);
      pango_layout_set_text (e->layout, text, -1);
      if (key.width > 0)
        {
          pango_layout_set_width (e->layout, key.width);
          pango_layout_set_ellipsize (e->layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_set_alignment (e->layout, align);
      pango_layout_get_extents (e->layout, NULL, &e->logical);
      count (self->layouts, text);
    }
  e->link.data = e;
  g_queue_push_head_link (&self->queue, &e->link);
  g_hash_table_add (self->entries, e);
  count (self->counts, text);

  *logical = e->logical;
  return e;
}

void
_dt_render_cache_text_show (const DtRenderCacheText *text,
                            cairo_t                 *cr)
{
  if (text->run != NULL)
    _dt_render_run_show (text->run, cr, text->key.text);
  else
    pango_cairo_show_layout (cr, text->layout);
}

cairo_surface_t *
_dt_render_cache_get_hatch (DtRenderCache         *self,
                            const DtTimelineStyle *style,
                            DtStatus               status,
                            double                 h,
                            double                 length)
{
  DtTimelinePattern pattern = style->status_pattern[status];
  cairo_rectangle_t extents;
  cairo_t *cr;
  Hatch hatch;
  double l = 32;

  /* Slanted lines only.  Ruled lines are snapped to the pixels by a
   * viewer (poppler's Splash: Okular, pdftoppm) on a page but not inside
   * a form, where they would show a shade lighter on screen; dots are
   * offset row by row from the bar's end.  Both are drawn one by one. */
  if (pattern != DT_TIMELINE_PATTERN_DIAGONAL && pattern != DT_TIMELINE_PATTERN_CROSS)
    return NULL;

  /* A few lengths, each twice the last: a short bar replays few lines. */
  while (l < length)
    l *= 2;
  for (guint i = 0; i < self->hatches->len; i++)
    {
      Hatch *c = &g_array_index (self->hatches, Hatch, i);

      if (c->status == status && fabs (c->h - h) < 1e-9 && c->length == l)
        return c->surface;
    }

  extents = (cairo_rectangle_t) { 0, 0, l, h };
  hatch.status = status;
  hatch.h = h;
  hatch.length = l;
  hatch.surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (hatch.surface);
  _dt_render_set_color_alpha (cr, &style->status_edge[status], 0.8);
  _dt_render_hatch_lines (cr, pattern, 0, 0, l, h);
  cairo_destroy (cr);
  g_array_append_val (self->hatches, hatch);
  return hatch.surface;
}
