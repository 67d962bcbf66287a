/* pdf-text.c — what a PDF the application wrote says, read with poppler-glib
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pdf-text.h"

guint
pdf_text_count (const char *text,
                const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

#if HAVE_POPPLER

#include <poppler.h>

static PopplerDocument *
open_document (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

typedef struct {
  double x1, y1, x2, y2;
  gunichar c;
} Glyph;

static int
by_middle (gconstpointer a,
           gconstpointer b)
{
  const Glyph *ga = a, *gb = b;
  double ma = (ga->y1 + ga->y2) / 2, mb = (gb->y1 + gb->y2) / 2;

  return ma < mb ? -1 : ma > mb;
}

static int
by_x (gconstpointer a,
      gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1;
}

static void
append_line (GString *out,
             GArray  *line)
{
  g_array_sort (line, by_x);
  for (guint i = 0; i < line->len; i++)
    {
      const Glyph *g = &g_array_index (line, Glyph, i);

      /* the text's own spaces are glyphs too; a gap wider than the type's
       * height (between columns) is one more */
      if (i > 0)
        {
          const Glyph *prev = &g_array_index (line, Glyph, i - 1);

          if (g->x1 - prev->x2 > g->y2 - g->y1 && prev->c != ' ' && g->c != ' ')
            g_string_append_c (out, ' ');
          if (g->c == ' ' && prev->c == ' ')
            continue;
        }
      g_string_append_unichar (out, g->c);
    }
  g_string_append_c (out, '\n');
  g_array_set_size (line, 0);
}

/* The page's text line by line as it is laid out on the page (what
 * pdftotext -layout gives, less the column alignment): the glyphs sorted
 * top to bottom, those whose middles are within half a glyph's height on
 * one line, each line left to right. */
static char *
page_text (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  g_autoptr(GArray) line = g_array_new (FALSE, FALSE, sizeof (Glyph));
  GString *out = g_string_new (NULL);
  guint n_rects = 0, i = 0;
  double line_middle = 0;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return g_string_free (out, FALSE);
  /* one rectangle per character of the text */
  for (const char *p = text; *p && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      Glyph g = { rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2, g_utf8_get_char (p) };

      if (g.c != '\n')
        g_array_append_val (glyphs, g);
    }
  g_array_sort (glyphs, by_middle);
  for (i = 0; i < glyphs->len; i++)
    {
      const Glyph *g = &g_array_index (glyphs, Glyph, i);
      double middle = (g->y1 + g->y2) / 2;

      if (line->len > 0 && middle - line_middle > (g->y2 - g->y1) / 2)
        append_line (out, line);
      if (line->len == 0)
        line_middle = middle;
      g_array_append_val (line, *g);
    }
  if (line->len > 0)
    append_line (out, line);
  return g_string_free (out, FALSE);
}

char *
pdf_text_read (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  GString *text = g_string_new (NULL);
  int n = poppler_document_get_n_pages (doc);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text_ = page_text (page);

      g_string_append (text, page_text_);
      g_string_append_c (text, '\f');
    }
  return g_string_free (text, FALSE);
}

guint
pdf_text_count_pages (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_document (path);

  return (guint) poppler_document_get_n_pages (doc);
}

char *
pdf_text_dup_info (const char *path,
                   const char *field)
{
  g_autoptr(PopplerDocument) doc = open_document (path);

  if (g_str_equal (field, "title"))
    return poppler_document_get_title (doc);
  if (g_str_equal (field, "creator"))
    return poppler_document_get_creator (doc);
  if (g_str_equal (field, "creation-date"))
    {
      g_autoptr(GDateTime) date = poppler_document_get_creation_date_time (doc);

      return date ? g_date_time_format_iso8601 (date) : NULL;
    }
  g_assert_not_reached ();
}

void
pdf_text_assert_fonts_embedded (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  PopplerFontInfo *info = poppler_font_info_new (doc);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  /* one scan over every page */
  while (poppler_font_info_scan (info, poppler_document_get_n_pages (doc), &iter))
    {
      do
        {
          if (!poppler_fonts_iter_is_embedded (iter))
            g_error ("font %s of %s is not embedded", poppler_fonts_iter_get_name (iter), path);
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      g_clear_pointer (&iter, poppler_fonts_iter_free);
    }
  poppler_font_info_free (info);
  g_assert_cmpuint (n_fonts, >=, 1);
}

double
pdf_text_get_drawn_width (const char *path,
                          const char *needle)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  int n = poppler_document_get_n_pages (doc);
  glong needle_len = g_utf8_strlen (needle, -1);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      const char *at;
      glong first;

      if (text == NULL || (at = strstr (text, needle)) == NULL
          || !poppler_page_get_text_layout (page, &rects, &n_rects))
        continue;
      first = g_utf8_pointer_to_offset (text, at);
      if (first + needle_len > (glong) n_rects)
        continue;
      return rects[first + needle_len - 1].x2 - rects[first].x1;
    }
  return -1;
}

GArray *
pdf_text_get_word_gaps (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  GArray *gaps = g_array_new (FALSE, FALSE, sizeof (PdfTextGap));
  int n = poppler_document_get_n_pages (doc);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0, k = 0;
      gunichar prev = 0;

      if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
        continue;
      /* poppler gives the space between two words of a line the box from
       * one word's end to the next one's start */
      for (const char *p = text; *p && k + 1 < n_rects; p = g_utf8_next_char (p), k++)
        {
          gunichar c = g_utf8_get_char (p);
          gunichar next = g_utf8_get_char (g_utf8_next_char (p));

          if (c == ' ' && prev != 0 && !g_unichar_isspace (prev) && next != 0 && !g_unichar_isspace (next))
            {
              PdfTextGap gap = { (guint) i, rects[k].x1, rects[k].y1, rects[k].x2 - rects[k].x1,
                                 rects[k - 1].y2 - rects[k - 1].y1, prev, next };

              /* wider than the type is high: a gap between columns */
              if (gap.width < gap.height)
                g_array_append_val (gaps, gap);
            }
          prev = c;
        }
    }
  return gaps;
}

guint
pdf_text_count_found (const char *path,
                      const char *needle,
                      guint      *n_pages)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  int n = poppler_document_get_n_pages (doc);
  guint found = 0, pages = 0;

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *matches = poppler_page_find_text (page, needle);

      found += g_list_length (matches);
      pages += matches != NULL;
      g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
    }
  if (n_pages != NULL)
    *n_pages = pages;
  return found;
}

#endif /* HAVE_POPPLER */
