/* dt-extractor-pages.c — the page number and running header a PDF's text
 * carries at every page break
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PDF's text has a form feed where a page begins (the PDF reader writes
 * one, as pdftotext does).  Around it stand lines that are no part of the
 * notice and cut its sentences: the page number (the last line of a page
 * or the first of the next: "3", "- 3 -", "Trang 3", "3/12") and the
 * running header (the first line of a page that is also the first line of
 * another page, or a line of the document's top).  They become noise,
 * which the paragraphs read through.
 */

#include "config.h"

#include <string.h>

#include "dt-extractor-private.h"

/* no notice has more pages: past them, page breaks are not looked at */
#define MAX_PAGES 10000
/* the lines of the first page's top a running header may repeat */
#define TOP_LINES 30
/* a running header is a short line */
#define MAX_HEADER_BYTES 120

static gboolean
is_page_number (Context    *ctx,
                const Line *line)
{
  char folded[FOLD_PREFIX + 1];
  const char *p;
  gsize digits;

  if (line->end - line->start > 24)
    return FALSE;
  p = _dt_extractor_line_fold (ctx, line, folded);
  if (g_str_has_prefix (p, "trang "))
    p += strlen ("trang ");
  p += strspn (p, "- ");
  digits = strspn (p, "0123456789");
  if (digits == 0 || digits > 3)
    return FALSE;
  p += digits;
  /* "3/12", "3 / 12" */
  if (p[strspn (p, " ")] == '/')
    {
      p += strspn (p, " ") + 1;
      p += strspn (p, " ");
      digits = strspn (p, "0123456789");
      if (digits == 0 || digits > 3)
        return FALSE;
      p += digits;
    }
  p += strspn (p, "- ");
  return *p == '\0';
}

/* whether a form feed stands between line i - 1 and line i */
static gboolean
page_begins (Context *ctx,
             guint    i)
{
  const Line *line = _dt_extractor_line (ctx, i);
  gsize from = i > 0 ? _dt_extractor_line (ctx, i - 1)->end : 0;

  return memchr (ctx->text + from, '\f', line->start - from) != NULL;
}

static gboolean
same_text (Context    *ctx,
           const Line *a,
           const Line *b)
{
  return a->end - a->start == b->end - b->start
         && memcmp (ctx->text + a->start, ctx->text + b->start, a->end - a->start) == 0;
}

static gboolean
may_be_header (const Line *line)
{
  return line->end - line->start <= MAX_HEADER_BYTES
         && (line->kind == LINE_TEXT || line->kind == LINE_ROMAN || line->kind == LINE_NOISE);
}

void
_dt_extractor_mark_page_furniture (Context *ctx)
{
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = ctx->lines->len;

  /* where pages begin, after their page number if it is on top */
  for (guint i = 1; i < n && tops->len < MAX_PAGES; i++)
    if (page_begins (ctx, i))
      {
        Line *before = _dt_extractor_line (ctx, i - 1);
        Line *top = _dt_extractor_line (ctx, i);

        if (is_page_number (ctx, before))
          before->kind = LINE_NOISE;
        if (is_page_number (ctx, top))
          {
            top->kind = LINE_NOISE;
            if (i + 1 >= n)
              break;
            i++;
          }
        g_array_append_val (tops, i);
      }

  /* a page's first line that is the first line of another page, or one
   * of the first page's top */
  for (guint k = 0; k < tops->len; k++)
    {
      Line *top = _dt_extractor_line (ctx, g_array_index (tops, guint, k));
      gboolean repeated = FALSE;

      if (!may_be_header (top))
        continue;
      for (guint j = 0; j < MIN (n, TOP_LINES) && !repeated; j++)
        repeated = _dt_extractor_line (ctx, j) != top && same_text (ctx, _dt_extractor_line (ctx, j), top);
      /* the page tops before and after: a header repeats on every page */
      if (!repeated && k > 0)
        repeated = same_text (ctx, _dt_extractor_line (ctx, g_array_index (tops, guint, k - 1)), top);
      if (!repeated && k + 1 < tops->len)
        repeated = same_text (ctx, _dt_extractor_line (ctx, g_array_index (tops, guint, k + 1)), top);
      if (repeated)
        top->kind = LINE_NOISE;
    }
}
