/* pdf-text.c — what a PDF the application wrote says, read with poppler-glib
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pdf-text.h"

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

char *
pdf_text_read (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_document (path);
  GString *text = g_string_new (NULL);
  int n = poppler_document_get_n_pages (doc);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text ? page_text : "");
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

#endif /* HAVE_POPPLER */
