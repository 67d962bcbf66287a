/* dt-timeline-page-header.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words at the top of every printed page of a timeline: its title, the
 * range and count of what it shows, the dates of the data and of the
 * print, and the page number.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dt-date.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-page-header.h"

/* A layout for the page's own text: glyphs where the font puts them, as
 * the chart's (see _dt_render_cache_new). */
static PangoLayout *
create_paper_layout (cairo_t *cr)
{
  PangoLayout *pl = pango_cairo_create_layout (cr);

  pango_context_set_round_glyph_positions (pango_layout_get_context (pl), FALSE);
  pango_layout_context_changed (pl);
  return pl;
}

static void
show_text (cairo_t                    *cr,
           PangoLayout                *pl,
           const PangoFontDescription *font,
           const char                 *text,
           double                      x,
           double                      y,
           double                      width,
           PangoAlignment              align)
{
  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  pango_layout_set_width (pl, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (pl, align);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pl);
}

/* How wide @text is on one line, in points. */
static double
text_width (PangoLayout                *pl,
            const PangoFontDescription *font,
            const char                 *text)
{
  int w = 0;

  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, text, -1);
  pango_layout_set_width (pl, -1);
  pango_layout_get_size (pl, &w, NULL);
  return (double) w / PANGO_SCALE;
}

static PangoFontDescription *
header_font (const DtTimelineStyle *style,
             gboolean               title)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family);
  if (title)
    {
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_font_description_set_absolute_size (font, style->font_size * 1.45 * PANGO_SCALE);
    }
  else
    pango_font_description_set_absolute_size (font, style->font_size * PANGO_SCALE);
  return font;
}

/* The page header but its page number: the same on every page. */
void
_dt_timeline_page_header_draw (cairo_t               *cr,
                               const DtTimelineStyle *style,
                               DtTimelineLayout      *layout,
                               const char            *title_text,
                               const char            *subtitle,
                               DtDate                 printed_on,
                               double                 width,
                               double                 height)
{
  PangoLayout *pl = create_paper_layout (cr);
  PangoFontDescription *title = header_font (style, TRUE);
  PangoFontDescription *small = header_font (style, FALSE);
  double line = ceil (style->font_size * 1.6);
  g_autofree char *from = dt_date_format (dt_timeline_layout_get_from (layout));
  g_autofree char *to = dt_date_format (dt_timeline_layout_get_to (layout));
  g_autofree char *date_text = NULL;
  g_autofree char *range_text = NULL;
  guint n_items = dt_timeline_layout_get_n_items (layout);
  double date_w;

  date_text = dt_timeline_format_as_of (dt_timeline_layout_get_today (layout),
                                        printed_on);
  /* Translators: the time range of a printed timeline and how many directives it shows */
  range_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %s to %s · %u directive",
                                             "From %s to %s · %u directives", n_items),
                                from, to, n_items);
  if (subtitle != NULL)
    {
      char *with = g_strdup_printf ("%s · %s", subtitle, range_text);

      g_free (range_text);
      range_text = with;
    }

  dt_timeline_style_set_source (cr, &style->foreground);
  show_text (cr, pl, title, title_text, 0, 0, width * 0.7, PANGO_ALIGN_LEFT);
  dt_timeline_style_set_source (cr, &style->dim_foreground);
  /* The dates of the data and of the print are read whole: they take what
   * they need (up to 60 % of the width), the range and subtitle the rest. */
  date_w = MIN (ceil (text_width (pl, small, date_text)) + 1, width * 0.6);
  show_text (cr, pl, small, range_text, 0, line + 2, width - date_w - style->font_size, PANGO_ALIGN_LEFT);
  show_text (cr, pl, small, date_text, width - date_w, line + 2, date_w, PANGO_ALIGN_RIGHT);

  dt_timeline_style_set_source (cr, &style->grid_major);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, height - 0.5);
  cairo_line_to (cr, width, height - 0.5);
  cairo_stroke (cr);

  pango_font_description_free (title);
  pango_font_description_free (small);
  g_object_unref (pl);
}

void
_dt_timeline_page_number_draw (cairo_t               *cr,
                               PangoLayout          **number_layout,
                               const DtTimelineStyle *style,
                               guint                  page,
                               guint                  n_pages,
                               double                 width)
{
  PangoFontDescription *title = header_font (style, TRUE);
  g_autofree char *page_text = NULL;

  /* One layout for every page's number (but the text). */
  if (*number_layout == NULL)
    *number_layout = create_paper_layout (cr);
  /* Translators: the page number on a printed timeline, "Trang 2/5" */
  page_text = g_strdup_printf (_("Page %u/%u"), page + 1, n_pages);
  dt_timeline_style_set_source (cr, &style->foreground);
  show_text (cr, *number_layout, title, page_text, width * 0.7, 0, width * 0.3, PANGO_ALIGN_RIGHT);
  pango_font_description_free (title);
}
