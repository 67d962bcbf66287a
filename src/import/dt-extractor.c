/* dt-extractor.c — reading the directives out of a notice's text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is what a user gets copying out of a PDF: one line per printed
 * line, table cells on lines of their own, page-top headers repeated.  The
 * reader works line by line in one pass:
 *
 *   header     up to "… kết luận như sau:" or the first section (I., 1.)
 *   body       numbered sections; paragraphs, "- " items and "+ " sub-items
 *   closing    "Trên đây là …", "Nơi nhận:", the signature block
 *   appendix   a table "TT | Nhiệm vụ | Đơn vị chủ trì" with group headings
 *
 * Every rule is about the structure and the vocabulary of such notices
 * (unit names come from the catalogue), never about one notice's content.
 * The lines and their kinds are made in dt-extractor-lines.c.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "dt-date.h"
#include "dt-deadline.h"
#include "dt-extractor-private.h"

struct _DtExtractor
{
  GObject        parent_instance;

  DtUnitCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (DtExtractor, dt_extractor, G_TYPE_OBJECT)
G_DEFINE_QUARK (dt-extractor-error-quark, dt_extractor_error)

/* A notice has a few thousand lines of some forty characters.  Millions of
 * lines of a word or two are no notice: each would be read as a paragraph
 * of its own, some ten microseconds apiece, so they are refused at once */
#define MAX_SHORT_LINES     250000
#define MIN_MEAN_LINE_CHARS 12
/* Nor are more than a hundred lines of a character or three (the line
 * break counted, under five): each line costs the extractor some forty
 * bytes (its Line, its paragraph's Node), which lines of five bytes or more
 * keep under ten bytes a byte of text */
#define MAX_TINY_LINES      100
#define MIN_TINY_LINE_CHARS 5

static void
dt_extractor_finalize (GObject *object)
{
  DtExtractor *self = DT_EXTRACTOR (object);

  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (dt_extractor_parent_class)->finalize (object);
}

static void
dt_extractor_class_init (DtExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dt_extractor_finalize;
}

static void
dt_extractor_init (DtExtractor *self)
{
}

DtExtractor *
dt_extractor_new (DtUnitCatalog *catalog)
{
  DtExtractor *self = g_object_new (DT_TYPE_EXTRACTOR, NULL);

  g_return_val_if_fail (catalog == NULL || DT_IS_UNIT_CATALOG (catalog), NULL);

  self->catalog = catalog ? g_object_ref (catalog) : dt_unit_catalog_new_default ();

  return self;
}

DtUnitCatalog *
dt_extractor_get_catalog (DtExtractor *self)
{
  g_return_val_if_fail (DT_IS_EXTRACTOR (self), NULL);

  return self->catalog;
}

gboolean
dt_extractor_check_shape (const char  *text,
                          gsize        length,
                          GError     **error)
{
  const char *end = text + length;
  gsize n_lines = 0, n_chars = 0;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  /* byte by byte, which the compiler makes a vector loop: memchr() once a
   * line costs a call for each of millions of short lines */
  for (const char *p = text; p < end; p++)
    n_lines += *p == '\n';
  /* a character is at most four bytes */
  if (n_lines <= MAX_TINY_LINES || n_lines * MIN_MEAN_LINE_CHARS * 4 <= length
      || (n_lines <= MAX_SHORT_LINES && n_lines * MIN_TINY_LINE_CHARS * 4 <= length))
    return TRUE;
  /* characters, not bytes: "Sở Y tế" is 7 characters in 11 bytes */
  for (const char *p = text; p < end; p++)
    n_chars += ((guchar) *p & 0xC0) != 0x80;
  if (n_lines * MIN_TINY_LINE_CHARS <= n_chars
      && (n_lines <= MAX_SHORT_LINES || n_lines * MIN_MEAN_LINE_CHARS <= n_chars))
    return TRUE;
  g_set_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE,
               _("The text has %u lines of %.1f characters on average: it is not a notice and "
                 "cannot be read as one."),
               (guint) MIN (n_lines, G_MAXUINT), (double) n_chars / n_lines);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* The parts of a notice                                                     */

static gboolean
ends_with_any (const char         *folded,
               gsize               length,
               const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gsize n = strlen (suffixes[i]);

      if (length >= n && strcmp (folded + length - n, suffixes[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "THÔNG BÁO", "KẾT LUẬN CỦA …": a title in capitals */
static gboolean
is_title_line (const char *text,
               const Line *line)
{
  for (const char *p = text + line->start; p < text + line->end; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

DtExtraction *
dt_extractor_extract (DtExtractor   *self,
                      const char    *text,
                      gssize         length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return dt_extractor_extract_with_progress (self, text, length, NULL, NULL, cancellable, error);
}

DtExtraction *
dt_extractor_extract_with_progress (DtExtractor             *self,
                                    const char              *text,
                                    gssize                   length,
                                    DtExtractorProgressFunc  progress,
                                    gpointer                 user_data,
                                    GCancellable            *cancellable,
                                    GError                 **error)
{
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(GArray) lines = NULL;
  Context ctx = { 0 };
  guint body_start = G_MAXUINT, header_end = G_MAXUINT, closing = G_MAXUINT, table = G_MAXUINT;
  guint n;

  g_return_val_if_fail (DT_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (!dt_extractor_check_shape (text, length, error))
    return NULL;
  /* a line keeps its place in 32 bits; the importer reads at most 256 MB */
  if ((gsize) length >= G_MAXUINT32)
    {
      g_set_error_literal (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE,
                           _("The text is too large to be a notice."));
      return NULL;
    }

  extraction = dt_extraction_new ();
  extraction->source_text = g_strndup (text, length);
  lines = _dt_extractor_split_lines (extraction->source_text, length);
  n = lines->len;

  ctx.self = self;
  ctx.text = extraction->source_text;
  ctx.lines = lines;
  ctx.extraction = extraction;
  ctx.cancellable = cancellable;
  ctx.progress = progress;
  ctx.progress_data = user_data;
  if (progress != NULL)
    progress (0.1, user_data);
  _dt_extractor_mark_page_furniture (&ctx);

  /* where the parts are */
  for (guint i = 0; i < n; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      _dt_extractor_read_issuing_body (&ctx, i);
      if (body_start != G_MAXUINT)
        continue;
      if (line->kind == LINE_ROMAN && line->marker_dot)
        body_start = i;
      else
        {
          /* the line may be a whole paragraph: look at its own end */
          const char *end = extraction->source_text + line->end;
          const char *tail = MAX (extraction->source_text + line->start, end - 40);
          char folded_tail[40 + 1];

          while (tail > extraction->source_text + line->start && ((guchar) *tail & 0xC0) == 0x80)
            tail--;
          _dt_extractor_fold_prefix (tail, end, folded_tail, sizeof folded_tail - 1);
          if (ends_with_any (folded_tail, strlen (folded_tail),
                             (const char *[]) { "nhu sau:", "ket luan:", "chi dao:", "y kien:", "yeu cau:",
                                                "de nghi:", "sau day:", "viec sau:", "vu sau:", "dung sau:",
                                                "phap sau:", "cu the:", "giao:", NULL }))
            {
              /* from where that paragraph begins: it may name who is asked */
              guint j = i;

              while (j > 0 && i - j < 12)
                {
                  const Line *before = &g_array_index (lines, Line, j - 1);
                  const Line *here = &g_array_index (lines, Line, j);
                  const char *e = extraction->source_text + before->end;

                  if (before->kind != LINE_TEXT || line->kind != LINE_TEXT || e[-1] == '.' || e[-1] == ':'
                      || e[-1] == ';' || here->indent > before->indent || is_title_line (extraction->source_text, before))
                    break;
                  j--;
                }
              body_start = line->kind == LINE_TEXT ? j : i + 1;
              header_end = i + 1;   /* "Ngày 10/3, … kết luận như sau:" holds the meeting date */
            }
        }
    }
  if (body_start == G_MAXUINT)
    {
      /* no section and no "như sau:": the first numbered or "- " line, or
       * the table if that comes first (a pasted appendix) */
      gboolean recipients = FALSE;

      for (guint i = 0; i < n && body_start == G_MAXUINT; i++)
        {
          Line *line = &g_array_index (lines, Line, i);

          /* "Kính gửi: - Bộ X; - Sở Y." are the addressees */
          if (_dt_extractor_line_has_prefix (&ctx, line, "kinh gui"))
            recipients = TRUE;
          else if (recipients && line->kind != LINE_ITEM && line->kind != LINE_CELL
                   && extraction->source_text[line->start] != '|')
            recipients = g_unichar_islower (g_utf8_get_char (extraction->source_text + line->start));
          if (recipients)
            continue;
          if (line->kind == LINE_NUMBERED || line->kind == LINE_ITEM || _dt_extractor_is_table_header (&ctx, line))
            body_start = i;
        }
      if (body_start == G_MAXUINT)
        body_start = 0;
    }
  for (guint i = body_start; i < n; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      char folded[16 + 1];

      _dt_extractor_fold_prefix (extraction->source_text + line->start, extraction->source_text + line->end, folded,
                   sizeof folded - 1);
      if (closing == G_MAXUINT)
        {
          if (g_str_has_prefix (folded, "tren day la") || g_str_has_prefix (folded, "noi nhan")
              || g_str_has_prefix (folded, "tl. chu tich") || g_str_has_prefix (folded, "kt. chu tich")
              || g_str_has_prefix (folded, "tm. uy ban"))
            closing = i;
          else if (_dt_extractor_is_table_header (&ctx, line))
            closing = table = i;
          continue;
        }
      if (table == G_MAXUINT && _dt_extractor_is_table_header (&ctx, line))
        table = i;
      if (g_str_has_prefix (folded, "(kem theo") || g_str_has_prefix (folded, "kem theo"))
        _dt_extractor_read_number (&ctx, line);
    }
  if (closing == G_MAXUINT)
    closing = n;

  _dt_extractor_read_header (&ctx, MIN (header_end != G_MAXUINT ? header_end : body_start, n));
  ctx.reference = dt_extraction_get_reference_date (extraction);
  /* mark page-top headers repeated inside the body as noise */
  for (guint i = body_start; i < n; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (_dt_extractor_is_page_header (&ctx, line) || (i != table && _dt_extractor_is_table_header (&ctx, line)))
        line->kind = LINE_NOISE;
    }
  _dt_extractor_mark_tables (&ctx);
  _dt_extractor_read_body (&ctx, body_start, closing);
  if (closing < n)
    _dt_extractor_read_closing (&ctx, closing, table != G_MAXUINT ? table : n);
  /* a table whose cells are marked is read by the cells' reader */
  if (table != G_MAXUINT && !g_array_index (lines, Line, table).in_table)
    _dt_extractor_read_appendix (&ctx, table, n);
  _dt_extractor_read_tables (&ctx);
  g_clear_pointer (&ctx.tables, g_array_unref);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&extraction);
}
