/* robustness-tool.c — the two things tests/import/robustness.py cannot do
 * in Python: print a text as a PDF (as an office prints a notice), and
 * read many files as the importer does, in one process.
 *
 *   robustness-tool pdf IN.txt OUT.pdf [IN.txt OUT.pdf …]
 *     each line of IN a paragraph, set in 12 pt serif on A4 with 2 cm
 *     margins, wrapped at the page width; a running header (the first
 *     line of text, on one line) and the page number on every page
 *   robustness-tool extract OUTDIR FILE…
 *     OUTDIR/<name of FILE>.tsv: what `directives --extract FILE` prints
 *     (dt_import_read_file, then the extractor), or a line "ERROR: …"
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "dt-extractor.h"
#include "dt-import-cli.h"
#include "dt-import-source.h"

#define PAGE_WIDTH  595.0   /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      57.0    /* 2 cm */

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *text,
            double      width,
            PangoAlignment alignment)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Serif 12");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       y)
{
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
}

static void
page_furniture (cairo_t    *cr,
                const char *header,
                int         page)
{
  double width = PAGE_WIDTH - 2 * MARGIN;
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autoptr(PangoLayout) top = new_layout (cr, header, width, PANGO_ALIGN_CENTER);

  /* a running header is one line */
  pango_layout_set_ellipsize (top, PANGO_ELLIPSIZE_END);
  g_autoptr(PangoLayout) bottom = new_layout (cr, number, width, PANGO_ALIGN_CENTER);

  show_at (cr, top, MARGIN / 2);
  show_at (cr, bottom, PAGE_HEIGHT - MARGIN / 1.5);
}

static gboolean
make_pdf (const char *in,
          const char *out)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double y = MARGIN, width = PAGE_WIDTH - 2 * MARGIN;
  const char *header = "";
  int page = 1;

  if (!g_file_get_contents (in, &text, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  lines = g_strsplit (text, "\n", -1);
  /* the document's first line (not the corpus' "# source:" line, not a
   * table's) heads every page */
  for (guint i = 0; lines[i] != NULL && *header == '\0'; i++)
    if (lines[i][0] != '#' && lines[i][0] != '|' && lines[i][strspn (lines[i], " \t")] != '\0')
      header = lines[i];

  surface = cairo_pdf_surface_create (out, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);
  page_furniture (cr, header, page);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      if (lines[i][0] == '\0')
        {
          y += 8;
          continue;
        }
      layout = new_layout (cr, lines[i], width, PANGO_ALIGN_LEFT);
      pango_layout_set_justify (layout, TRUE);
      /* a paragraph longer than what is left of the page goes on to the
       * next one line by line */
      for (PangoLayoutIter *iter = pango_layout_get_iter (layout); iter != NULL; )
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (y + logical.height / (double) PANGO_SCALE > PAGE_HEIGHT - MARGIN)
            {
              cairo_show_page (cr);
              page_furniture (cr, header, ++page);
              y = MARGIN;
            }
          cairo_move_to (cr, MARGIN + logical.x / (double) PANGO_SCALE,
                         y + (baseline - logical.y) / (double) PANGO_SCALE);
          pango_cairo_show_layout_line (cr, line);
          y += logical.height / (double) PANGO_SCALE;
          if (!pango_layout_iter_next_line (iter))
            {
              pango_layout_iter_free (iter);
              iter = NULL;
            }
        }
      y += 4;
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: %s\n", out, cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_surface_destroy (surface);
  return TRUE;
}

static char *
extract (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) extraction = NULL;
  g_autofree char *text = NULL;

  text = dt_import_read_file (file, NULL, NULL, &error);
  if (text != NULL)
    extraction = dt_extractor_extract (extractor, text, -1, NULL, &error);
  if (extraction == NULL)
    return g_strdup_printf ("ERROR: %s\n", error->message);
  return dt_extraction_to_tsv (extraction);
}

int
main (int   argc,
      char *argv[])
{
  if (argc >= 4 && strcmp (argv[1], "pdf") == 0 && argc % 2 == 0)
    {
      for (int i = 2; i + 1 < argc; i += 2)
        if (!make_pdf (argv[i], argv[i + 1]))
          return 1;
      return 0;
    }
  if (argc >= 3 && strcmp (argv[1], "extract") == 0)
    {
      for (int i = 3; i < argc; i++)
        {
          g_autofree char *base = g_path_get_basename (argv[i]);
          g_autofree char *name = g_strconcat (base, ".tsv", NULL);
          g_autofree char *out = g_build_filename (argv[2], name, NULL);
          g_autofree char *tsv = extract (argv[i]);
          g_autoptr(GError) error = NULL;

          if (!g_file_set_contents (out, tsv, -1, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
        }
      return 0;
    }
  fprintf (stderr, "usage: %s pdf IN.txt OUT.pdf …\n"
                   "       %s extract OUTDIR FILE…\n", argv[0], argv[0]);
  return 2;
}
