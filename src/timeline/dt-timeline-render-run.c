/* dt-timeline-render-run.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a PangoLayout does with one line of text, for the simple case, step
 * by step as Pango 1.5x does it: itemized and shaped by Pango's own
 * functions, ellipsized at the end as pango/ellipsize.c does (a gap grown
 * from the end, cluster by cluster, until the rest and the ellipsis fit;
 * the ellipsis then takes what room is left), and drawn as the cairo
 * renderer draws a layout's runs (pango/pangocairo-render.c).  A test
 * compares both ways glyph for glyph (test-render-cache.c).
 */

#include "config.h"

#include <string.h>

#include "dt-timeline-render-run.h"

#define ELLIPSIS "\342\200\246"   /* U+2026 */

typedef struct
{
  gboolean       ok;        /* FALSE: text in this font goes through a layout */
  int            baseline;  /* Pango units below the layout's top */
  int            height;    /* of a line */
  PangoGlyphInfo ellipsis;
  guint8         has[0x20c1];  /* simple characters: 0 not asked, 1 in the font, 2 not */
} FontInfo;

/* What a layout in one font description itemizes with, and the items it
 * makes of simple text (its primary font, which covers it all). */
typedef struct
{
  PangoAttrList *attrs;
  PangoItem     *latin;
  PangoItem     *common;    /* digits, punctuation */
} Desc;

struct _DtRenderShaper
{
  PangoContext   *context;
  PangoShapeFlags flags;
  GHashTable     *descs;    /* PangoFontDescription* → Desc */
  GHashTable     *fonts;    /* PangoFont* (a reference) → FontInfo */
};

struct _DtRenderRun
{
  PangoFont            *font;
  PangoGlyphString     *glyphs;       /* the text's (up to where shaping stopped) */
  cairo_text_cluster_t *clusters;     /* of the glyphs drawn before the ellipsis */
  int                   n_clusters;
  int                   n_glyphs;     /* drawn before the ellipsis */
  int                   n_bytes;      /* of the text they stand for */
  int                   text_len;
  int                   width;        /* of those glyphs, Pango units */
  int                   baseline;
  gboolean              ellipsized;
  PangoGlyphInfo        ellipsis;
};

typedef struct
{
  int start_glyph;
  int start_byte;
  int end_byte;
  int n_glyphs;
  int width;
} Cluster;

static void
desc_free (gpointer data)
{
  Desc *d = data;

  pango_attr_list_unref (d->attrs);
  g_clear_pointer (&d->latin, pango_item_free);
  g_clear_pointer (&d->common, pango_item_free);
  g_free (d);
}

DtRenderShaper *
_dt_render_shaper_new (PangoContext *context)
{
  DtRenderShaper *self = g_new0 (DtRenderShaper, 1);

  self->context = g_object_ref (context);
  /* As a layout shapes in this context. */
  self->flags = pango_context_get_round_glyph_positions (context) ? PANGO_SHAPE_ROUND_POSITIONS
                                                                  : PANGO_SHAPE_NONE;
  self->descs = g_hash_table_new_full (NULL, NULL, NULL, desc_free);
  self->fonts = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  return self;
}

void
_dt_render_shaper_free (DtRenderShaper *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->descs);
  g_hash_table_unref (self->fonts);
  g_object_unref (self->context);
  g_free (self);
}

void
_dt_render_run_free (DtRenderRun *run)
{
  if (run == NULL)
    return;
  g_object_unref (run->font);
  pango_glyph_string_free (run->glyphs);
  g_free (run->clusters);
  g_free (run);
}

/* Each character a grapheme, a cluster boundary on either side, no
 * control, no mark, no bidi, left to right: Basic Latin, Latin-1, Latin
 * Extended-A and -B, the Vietnamese letters of Latin Extended Additional,
 * and the common punctuation and currency signs.  Pango itemizes such
 * text as one run, in Latin script if it has a letter, else in Common. */
static gboolean
is_simple (const char *text,
           int         len,
           int        *n_chars,
           gboolean   *latin)
{
  const char *p;

  *n_chars = 0;
  *latin = FALSE;
  if (len == 0 || !g_utf8_validate (text, len, NULL))
    return FALSE;
  for (p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script;

      if (!((c >= 0x20 && c < 0x7f)
            || (c >= 0xa0 && c < 0x250 && c != 0xad)
            || (c >= 0x1e00 && c < 0x1f00)
            || (c >= 0x2010 && c < 0x2028)
            || (c >= 0x2030 && c < 0x205f)
            || (c >= 0x20a0 && c < 0x20c1)))
        return FALSE;
      script = g_unichar_get_script (c);
      if (script == G_UNICODE_SCRIPT_LATIN)
        *latin = TRUE;
      else if (script != G_UNICODE_SCRIPT_COMMON)
        return FALSE;
      (*n_chars)++;
    }
  return TRUE;
}

static PangoItem *
itemize_one (DtRenderShaper *self,
             const char     *text,
             PangoAttrList  *attrs)
{
  GList *items = pango_itemize (self->context, text, 0, strlen (text), attrs, NULL);
  PangoItem *item = NULL;

  if (items != NULL && items->next == NULL)
    {
      item = items->data;
      g_clear_pointer (&items, g_list_free);
    }
  g_list_free_full (items, (GDestroyNotify) pango_item_free);
  return item;
}

/* The attributes a layout with font, single paragraph, itemizes with, and
 * the items it makes of a letter and of a digit. */
static Desc *
get_desc (DtRenderShaper             *self,
          const PangoFontDescription *font)
{
  Desc *d = g_hash_table_lookup (self->descs, font);

  if (d == NULL)
    {
      d = g_new0 (Desc, 1);
      d->attrs = pango_attr_list_new ();
      pango_attr_list_insert (d->attrs, pango_attr_font_desc_new (font));
      pango_attr_list_insert (d->attrs, pango_attr_show_new (PANGO_SHOW_LINE_BREAKS));
      d->latin = itemize_one (self, "a", d->attrs);
      d->common = itemize_one (self, "0", d->attrs);
      if (d->latin != NULL && d->common != NULL
          && (d->latin->analysis.font != d->common->analysis.font
              || d->latin->analysis.script != PANGO_SCRIPT_LATIN
              || d->common->analysis.script != PANGO_SCRIPT_COMMON
              || (d->latin->analysis.level & 1) || (d->common->analysis.level & 1)))
        {
          g_clear_pointer (&d->latin, pango_item_free);
          g_clear_pointer (&d->common, pango_item_free);
        }
      g_hash_table_insert (self->descs, (gpointer) font, d);
    }
  return d;
}

/* The line metrics of font, and the ellipsis a layout shapes in it: U+2026
 * in the font itself (no fallback), or text in this font goes through a
 * layout. */
static FontInfo *
get_font_info (DtRenderShaper             *self,
               PangoFont                  *font,
               const PangoFontDescription *desc,
               PangoGlyph                  glyph)
{
  FontInfo *info = g_hash_table_lookup (self->fonts, font);
  PangoAttrList *attrs;
  PangoAttribute *fallback;
  PangoRectangle logical;
  PangoGlyphString *glyphs;
  GList *items;

  if (info != NULL)
    return info;

  info = g_new0 (FontInfo, 1);
  g_hash_table_insert (self->fonts, g_object_ref (font), info);

  /* Every glyph's logical extents are the font's line. */
  pango_font_get_glyph_extents (font, glyph, NULL, &logical);
  info->baseline = -logical.y;
  info->height = logical.height;

  attrs = pango_attr_list_copy (get_desc (self, desc)->attrs);
  fallback = pango_attr_fallback_new (FALSE);
  pango_attr_list_insert (attrs, fallback);
  items = pango_itemize (self->context, ELLIPSIS, 0, strlen (ELLIPSIS), attrs, NULL);
  pango_attr_list_unref (attrs);
  if (items != NULL && items->next == NULL
      && ((PangoItem *) items->data)->analysis.font == font
      && pango_font_has_char (font, 0x2026))
    {
      glyphs = pango_glyph_string_new ();
      pango_shape_with_flags (ELLIPSIS, strlen (ELLIPSIS), ELLIPSIS, strlen (ELLIPSIS),
                              &((PangoItem *) items->data)->analysis, glyphs, self->flags);
      if (glyphs->num_glyphs == 1
          && glyphs->glyphs[0].glyph != PANGO_GLYPH_EMPTY
          && !(glyphs->glyphs[0].glyph & PANGO_GLYPH_UNKNOWN_FLAG))
        {
          info->ellipsis = glyphs->glyphs[0];
          info->ok = TRUE;
        }
      pango_glyph_string_free (glyphs);
    }
  g_list_free_full (items, (GDestroyNotify) pango_item_free);
  return info;
}

/* Where shaping can stop for text ellipsized at width (Pango units): the
 * first space after as many characters as fit at 0.38 em each (about four
 * fifths of Vietnamese text's), or len.  What is drawn before the ellipsis
 * then comes from glyphs shaped well before the cut, the same as when the
 * whole text is shaped (_dt_render_shaper_shape checks that it is so). */
/* pango_font_has_char () asks fontconfig each time. */
static gboolean
font_has_char (FontInfo  *info,
               PangoFont *font,
               gunichar   c)
{
  if (c >= G_N_ELEMENTS (info->has))
    return pango_font_has_char (font, c);
  if (info->has[c] == 0)
    info->has[c] = pango_font_has_char (font, c) ? 1 : 2;
  return info->has[c] == 1;
}

static int
shaping_end (const PangoFontDescription *desc,
             const char                 *text,
             int                         len,
             int                         n_chars,
             int                         width)
{
  int size = pango_font_description_get_size (desc);
  int n;
  const char *p;

  if (width < 0 || size <= 0)
    return len;
  n = (int) (width / (size * 0.38)) + 1;
  if (n >= n_chars)
    return len;
  p = g_utf8_offset_to_pointer (text, n);
  p = memchr (p, ' ', text + len - p);
  return p != NULL ? p - text : len;
}

DtRenderRun *
_dt_render_shaper_shape (DtRenderShaper             *self,
                         const PangoFontDescription *desc,
                         const char                 *text,
                         int                         width,
                         PangoRectangle             *logical)
{
  int len = strlen (text);
  g_autoptr(GArray) clusters = NULL;
  PangoGlyphString *glyphs = NULL;
  PangoGlyphItem glyph_item;
  PangoGlyphItemIter iter;
  FontInfo *info;
  DtRenderRun *run = NULL;
  PangoItem *item;
  Desc *d;
  int total = 0, k, gap_x, current, n_chars, end, sure_end = 0, sure_width = 0, n_sure = 0;
  int n_clusters = 0;
  gboolean latin;

  if (!is_simple (text, len, &n_chars, &latin))
    return NULL;

  /* The item Pango would make: the one of a letter (or a digit) in the
   * primary font, over the whole text, as long as that font has a glyph
   * for every character (else Pango would take another for those). */
  d = get_desc (self, desc);
  item = latin ? d->latin : d->common;
  if (item == NULL)
    return NULL;
  /* Long text ellipsized: shaped up to a space well past the width, with
   * the rest as context; the clusters before the last word are then those
   * of the whole text's shaping (the glyphs a word makes depend on it and
   * its neighbours only).  If they turn out narrower than width, the
   * whole text is shaped after all. */
  end = shaping_end (desc, text, len, n_chars, width);
  if (end < len)
    {
      const char *space = g_utf8_find_prev_char (text, text + end);

      while (space != NULL && *space != ' ')
        space = g_utf8_find_prev_char (text, space);
      if (space != NULL)
        sure_end = space + 1 - text;
      else
        end = len;
    }

shape:
  item->offset = 0;
  item->length = end;
  item->num_chars = end < len ? g_utf8_strlen (text, end) : n_chars;

  glyphs = pango_glyph_string_new ();
  pango_shape_item (item, text, len, NULL, glyphs, self->flags);
  if (glyphs->num_glyphs == 0)
    goto out;
  for (int i = 0; i < glyphs->num_glyphs; i++)
    if (glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY
        || glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
      goto out;

  info = get_font_info (self, item->analysis.font, desc, glyphs->glyphs[0].glyph);
  if (!info->ok)
    goto out;
  /* The font has a glyph for the rest too, as for what was shaped (else
   * Pango would take another font for it). */
  for (const char *q = text + end; q < text + len; q = g_utf8_next_char (q))
    if (!font_has_char (info, item->analysis.font, g_utf8_get_char (q)))
      goto out;

  /* The clusters, as the renderer and the ellipsizer walk them. */
  /* At most one a character (each spans at least one): filled in place. */
  clusters = g_array_sized_new (FALSE, FALSE, sizeof (Cluster), item->num_chars);
  g_array_set_size (clusters, item->num_chars);
  glyph_item.item = item;
  glyph_item.glyphs = glyphs;
  glyph_item.y_offset = 0;
  glyph_item.start_x_offset = 0;
  glyph_item.end_x_offset = 0;
  if (pango_glyph_item_iter_init_start (&iter, &glyph_item, text))
    do
      {
        Cluster c = { iter.start_glyph, iter.start_index, iter.end_index,
                      iter.end_glyph - iter.start_glyph, 0 };

        if (c.n_glyphs < 1 || c.end_byte <= c.start_byte || n_clusters >= (int) clusters->len)
          goto out;
        for (int i = iter.start_glyph; i < iter.end_glyph; i++)
          c.width += glyphs->glyphs[i].geometry.width;
        total += c.width;
        if (c.end_byte <= sure_end)
          {
            sure_width += c.width;
            n_sure++;
          }
        ((Cluster *) (void *) clusters->data)[n_clusters++] = c;
      }
    while (pango_glyph_item_iter_next_cluster (&iter));
  g_array_set_size (clusters, n_clusters);
  if (clusters->len == 0)
    goto out;
  /* The ellipsis falls before the last word only if what comes before it
   * is wider than width: the gap below then grows over the same clusters
   * as with the whole text, and stops at the same one. */
  if (end < len && (sure_width <= width || n_sure >= (int) clusters->len))
    {
      end = len;
      sure_end = 0;
      total = sure_width = n_sure = n_clusters = 0;
      g_clear_pointer (&clusters, g_array_unref);
      g_clear_pointer (&glyphs, pango_glyph_string_free);
      goto shape;
    }

  run = g_new0 (DtRenderRun, 1);
  run->font = g_object_ref (item->analysis.font);
  run->baseline = info->baseline;
  run->text_len = len;
  k = clusters->len;
  logical->x = 0;
  logical->y = 0;
  logical->height = info->height;
  logical->width = total;

  if (width >= 0 && total > width)
    {
      /* The gap starts as the last cluster and grows towards the start
       * while what is left and the ellipsis are wider than width. */
      k = clusters->len - 1;
      gap_x = total - g_array_index (clusters, Cluster, k).width;
      current = gap_x + info->ellipsis.geometry.width;
      while (current > width)
        {
          int j = k, x = gap_x, w = 0;

          do
            {
              if (j == 0)
                break;
              j--;
              w = g_array_index (clusters, Cluster, j).width;
              x -= w;
            }
          while (w == 0);
          if (x == gap_x)
            break;
          k = j;
          gap_x = x;
          current = gap_x + info->ellipsis.geometry.width;
        }
      run->ellipsized = TRUE;
      run->ellipsis = info->ellipsis;
      run->ellipsis.geometry.width += MAX (width - current, 0);
      logical->width = current + MAX (width - current, 0);
    }

  run->n_clusters = k;
  run->clusters = g_new (cairo_text_cluster_t, MAX (k, 1));
  run->width = 0;
  for (int i = 0; i < k; i++)
    {
      const Cluster *c = &g_array_index (clusters, Cluster, i);

      run->clusters[i].num_bytes = c->end_byte - c->start_byte;
      run->clusters[i].num_glyphs = c->n_glyphs;
      run->width += c->width;
    }
  run->n_glyphs = k < (int) clusters->len ? g_array_index (clusters, Cluster, k).start_glyph
                                          : glyphs->num_glyphs;
  run->n_bytes = k < (int) clusters->len ? g_array_index (clusters, Cluster, k).start_byte : len;
  run->glyphs = g_steal_pointer (&glyphs);

out:
  if (glyphs != NULL)
    pango_glyph_string_free (glyphs);
  return run;
}

/* One run as pango_cairo_renderer_show_text_glyphs() draws it. */
static void
show_glyphs (cairo_t                    *cr,
             cairo_scaled_font_t        *font,
             const char                 *text,
             int                         text_len,
             const PangoGlyphInfo       *glyphs,
             int                         n_glyphs,
             const cairo_text_cluster_t *clusters,
             int                         n_clusters,
             double                      base_x,
             double                      base_y)
{
  cairo_glyph_t stack[128];
  cairo_glyph_t *cairo_glyphs = n_glyphs > (int) G_N_ELEMENTS (stack) ? g_new (cairo_glyph_t, n_glyphs)
                                                                      : stack;
  int x_position = 0;

  for (int i = 0; i < n_glyphs; i++)
    {
      const PangoGlyphInfo *gi = &glyphs[i];

      cairo_glyphs[i].index = gi->glyph;
      cairo_glyphs[i].x = base_x + (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE;
      cairo_glyphs[i].y = gi->geometry.y_offset == 0 ? base_y
                                                     : base_y + (double) (gi->geometry.y_offset) / PANGO_SCALE;
      x_position += gi->geometry.width;
    }
  cairo_save (cr);
  cairo_set_scaled_font (cr, font);
  cairo_show_text_glyphs (cr, text, text_len, cairo_glyphs, n_glyphs, clusters, n_clusters, 0);
  cairo_restore (cr);
  if (cairo_glyphs != stack)
    g_free (cairo_glyphs);
}

void
_dt_render_run_show (const DtRenderRun *run,
                     cairo_t           *cr,
                     const char        *text)
{
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->font));
  gboolean had_point = cairo_has_current_point (cr);
  double x = 0, y = 0, base_y;

  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
    return;

  cairo_get_current_point (cr, &x, &y);
  base_y = y + (double) run->baseline / PANGO_SCALE;
  if (run->n_glyphs > 0)
    show_glyphs (cr, font, text, run->n_bytes, run->glyphs->glyphs, run->n_glyphs,
                 run->clusters, run->n_clusters, x + (double) 0 / PANGO_SCALE, base_y);
  if (run->ellipsized)
    {
      /* One glyph for the text it stands for (a PDF's copied text). */
      cairo_text_cluster_t cluster = { run->text_len - run->n_bytes, 1 };

      show_glyphs (cr, font, text + run->n_bytes, run->text_len - run->n_bytes, &run->ellipsis, 1,
                   &cluster, 1, x + (double) run->width / PANGO_SCALE, base_y);
    }
  if (had_point)
    cairo_move_to (cr, x, y);
  else
    cairo_new_sub_path (cr);
}
