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

  for (const char *p = text; p < end && (p = memchr (p, '\n', end - p)) != NULL; p++)
    n_lines++;
  if (n_lines <= MAX_SHORT_LINES || n_lines * MIN_MEAN_LINE_CHARS * 4 <= length)
    return TRUE;
  /* characters, not bytes: "Sở Y tế" is 7 characters in 11 bytes */
  for (const char *p = text; p < end; p++)
    n_chars += ((guchar) *p & 0xC0) != 0x80;
  if (n_lines * MIN_MEAN_LINE_CHARS <= n_chars)
    return TRUE;
  g_set_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE,
               _("The text has %u lines of %.1f characters on average: it is not a notice and "
                 "cannot be read as one."),
               (guint) MIN (n_lines, G_MAXUINT), (double) n_chars / n_lines);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Lines                                                                     */

static gboolean
is_space_at (const char *p,
             const char *end,
             gsize      *width)
{
  if (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v'))
    {
      *width = 1;
      return TRUE;
    }
  if (p + 1 < end && (guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
    {
      *width = 2;
      return TRUE;
    }
  if (p + 2 < end && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    {
      *width = 3;   /* a stray BOM */
      return TRUE;
    }
  return FALSE;
}

/* The first characters of p…end folded, at most limit bytes (limit ≤
 * FOLD_PREFIX); a shorter limit gives a prefix of what a longer one gives,
 * but for a trailing space */
static void
fold_prefix (const char *p,
             const char *end,
             char       *out,
             gsize       limit)
{
  gsize n = 0;
  gboolean space = TRUE;

  while (p < end && n < limit)
    {
      char f = _dt_fold_char (_dt_next_char (p, end, &p));

      if (f == 0)
        continue;
      if (f == ' ')
        {
          if (!space)
            out[n++] = ' ';
          space = TRUE;
          continue;
        }
      out[n++] = f;
      space = FALSE;
    }
  while (n > 0 && out[n - 1] == ' ')
    n--;
  out[n] = '\0';
}

gboolean
_dt_extractor_starts_upper (const char *p,
                            const char *end)
{
  gunichar c;

  if (p >= end)
    return FALSE;
  c = g_utf8_get_char_validated (p, end - p);
  return c != (gunichar) -1 && c != (gunichar) -2 && (g_unichar_isupper (c) || g_unichar_istitle (c));
}

/* g_str_has_prefix() measures the whole rest of the text: not in a loop
 * over the lines of a 50 MB file */
static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && memcmp (p, prefix, n) == 0;
}

static const char * const romans[] = {
  "XV", "XIV", "XIII", "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I", NULL
};

static const char *
skip_spaces (const char *p,
             const char *end)
{
  gsize w;

  while (is_space_at (p, end, &w))
    p += w;
  return p;
}

/* The kind of a line, its marker and where its content begins; its number
 * into number (LINE_NUMBER_SIZE bytes) */
static void
classify_line (const char *text,
               Line       *line,
               char        number[LINE_NUMBER_SIZE])
{
  const char *p = text + line->start;
  const char *end = text + line->end;
  const char *q;
  char folded[24 + 1];

  line->kind = LINE_TEXT;
  line->style = STYLE_NONE;
  line->content = line->start;
  number[0] = '\0';
  line->marker_dot = FALSE;
  fold_prefix (p, end, folded, sizeof folded - 1);

  /* a table: "|" alone (one cell a line) or "| a | b |" (a row) */
  if (*p == '|')
    {
      line->kind = LINE_CELL;
      return;
    }
  /* "Điều 2." */
  if (g_str_has_prefix (folded, "dieu ") && g_ascii_isdigit (folded[5]))
    {
      const char *d = folded + 5;

      while (g_ascii_isdigit (*d))
        d++;
      if (*d == '.' || *d == ':' || *d == '\0')
        {
          line->kind = LINE_ROMAN;
          line->style = STYLE_ARTICLE;
          line->marker_dot = TRUE;
          /* "Điều 2" as written: the word, a space, the digits */
          {
            const char *digits = p;

            while (digits < end && !g_ascii_isdigit (*digits))
              digits++;
            while (digits < end && g_ascii_isdigit (*digits))
              digits++;
            g_strlcpy (number, p, MIN (LINE_NUMBER_SIZE, (gsize) (digits - p) + 1));
          }
          q = p;
          while (q < end && *q != '.' && *q != ':')
            q++;
          line->content = skip_spaces (MIN (q + 1, end), end) - text;
          return;
        }
    }
  /* "(1) …", "(a) …", "(iii) …" */
  if (*p == '(')
    {
      q = p + 1;
      while (q < end && q - p < 6 && (g_ascii_isalnum (*q)))
        q++;
      if (q > p + 1 && q < end && *q == ')' && q + 1 < end && q[1] == ' ')
        {
          gsize n = q - p - 1;
          gboolean digits = TRUE, roman = TRUE;

          for (const char *c = p + 1; c < q; c++)
            {
              digits = digits && g_ascii_isdigit (*c);
              roman = roman && strchr ("ivx", *c) != NULL;
            }
          if (digits || roman || n == 1)
            {
              line->kind = LINE_ITEM;
              line->style = digits ? STYLE_PAREN_NUM : (roman && (n > 1 || *p == 'i')) ? STYLE_PAREN_ROMAN
                                                                                     : STYLE_PAREN_LETTER;
              g_strlcpy (number, p, MIN (LINE_NUMBER_SIZE, n + 3));
              line->content = skip_spaces (q + 1, end) - text;
              return;
            }
        }
    }

  if (g_str_has_prefix (folded, "http:") || g_str_has_prefix (folded, "https:")
      || g_str_has_prefix (folded, "www."))
    {
      line->kind = LINE_NOISE;
      return;
    }

  /* "- item", "– item", "• item" */
  if (*p == '-' || *p == '*' || has_prefix (p, end, "–") || has_prefix (p, end, "—")
      || has_prefix (p, end, "•"))
    {
      q = g_utf8_next_char (p);
      if (q < end && (*q == ' ' || _dt_extractor_starts_upper (q, end)))
        {
          line->kind = LINE_ITEM;
          line->style = (*p == '-' || has_prefix (p, end, "–") || has_prefix (p, end, "—")) ? STYLE_DASH
                                                                                              : STYLE_BULLET;
          line->content = skip_spaces (q, end) - text;
        }
      return;
    }
  /* "a) …", "b) …", "đ) …" */
  if (g_ascii_islower (*p) && p + 2 < end && p[1] == ')' && p[2] == ' ')
    {
      line->kind = LINE_ITEM;
      line->style = STYLE_LETTER;
      number[0] = *p;
      number[1] = '\0';
      line->content = skip_spaces (p + 2, end) - text;
      return;
    }
  if (has_prefix (p, end, "đ) "))
    {
      line->kind = LINE_ITEM;
      line->style = STYLE_LETTER;
      g_strlcpy (number, "đ", LINE_NUMBER_SIZE);
      line->content = skip_spaces (p + strlen ("đ)"), end) - text;
      return;
    }
  /* "a. …" but not "v.v." or an abbreviation */
  if (g_ascii_islower (*p) && p + 3 < end && p[1] == '.' && p[2] == ' ' && _dt_extractor_starts_upper (p + 3, end))
    {
      line->kind = LINE_ITEM;
      line->style = STYLE_LETTER_DOT;
      number[0] = *p;
      number[1] = '\0';
      line->content = skip_spaces (p + 2, end) - text;
      return;
    }
  if (*p == '+')
    {
      line->kind = LINE_SUBITEM;
      line->style = STYLE_PLUS;
      line->content = skip_spaces (p + 1, end) - text;
      return;
    }

  /* "I. Heading", "IV Group heading" */
  for (guint i = 0; romans[i] != NULL; i++)
    {
      gsize n = strlen (romans[i]);

      if (strncmp (p, romans[i], n) != 0)
        continue;
      q = p + n;
      if (q < end && (*q == '.' || *q == ')'))
        {
          line->marker_dot = TRUE;
          q++;
        }
      if (q < end && *q != ' ' && !line->marker_dot)
        break;
      q = skip_spaces (q, end);
      if (q > p + n && _dt_extractor_starts_upper (q, end))
        {
          line->kind = LINE_ROMAN;
          line->style = STYLE_ROMAN;
          line->content = q - text;
          g_strlcpy (number, romans[i], LINE_NUMBER_SIZE);
        }
      return;
    }

  /* "3.", "3.1.", "3.1 ", "12.  " */
  if (g_ascii_isdigit (*p))
    {
      GString *digits_seen = g_string_new (NULL);
      guint components = 0;
      gboolean ok = TRUE;

      q = p;
      while (q < end && g_ascii_isdigit (*q))
        {
          const char *digits = q;

          while (q < end && g_ascii_isdigit (*q))
            q++;
          if (q - digits > 2)
            {
              ok = FALSE;
              break;
            }
          if (digits_seen->len > 0)
            g_string_append_c (digits_seen, '.');
          g_string_append_len (digits_seen, digits, q - digits);
          components++;
          if (q < end && (*q == '.' || *q == ')'))
            {
              line->marker_dot = TRUE;
              q++;
              if (*(q - 1) == ')')
                break;
            }
          else
            {
              line->marker_dot = FALSE;
              break;
            }
        }
      if (ok && (line->marker_dot || components > 1)
          && (q >= end || *q == ' ' || _dt_extractor_starts_upper (q, end)))
        {
          gboolean paren = q > p && q[-1] == ')';

          q = skip_spaces (q, end);
          if (q >= end || _dt_extractor_starts_upper (q, end) || *q == '"' || has_prefix (q, end, "“"))
            {
              line->kind = LINE_NUMBERED;
              line->style = paren ? STYLE_NUM_PAREN : STYLE_NUM1 + MIN (components, 4) - 1;
              line->content = q - text;
              g_strlcpy (number, digits_seen->str, LINE_NUMBER_SIZE);
            }
        }
      g_string_free (digits_seen, TRUE);
    }
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

/* The trimmed span of the line at p, and where the next one begins */
static const char *
trim_line (const char  *p,
           const char  *end,
           const char **s_out,
           const char **e_out,
           guint       *indent_out)
{
  const char *nl = memchr (p, '\n', end - p);
  const char *s = p, *e = nl ? nl : end;
  guint indent = 0;
  gsize w;

  while (is_space_at (s, e, &w))
    {
      s += w;
      indent++;
    }
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
    e--;
  while (e - 2 > s && (guchar) e[-2] == 0xC2 && (guchar) e[-1] == 0xA0)
    e -= 2;
  *s_out = s;
  *e_out = e;
  *indent_out = indent;
  return nl ? nl + 1 : end;
}

/* The lines that are not blank, counted first so that the array is made
 * once at its size */
static GArray *
split_lines (const char *text,
             gsize       length)
{
  const char *end = text + length;
  const char *s, *e;
  guint indent;
  guint n = 0;
  gboolean blank = FALSE;
  GArray *lines;

  for (const char *p = text; p < end; )
    {
      p = trim_line (p, end, &s, &e, &indent);
      n += e > s;
    }
  lines = g_array_sized_new (FALSE, FALSE, sizeof (Line), n);

  for (const char *p = text; p < end; )
    {
      p = trim_line (p, end, &s, &e, &indent);
      if (e > s)
        {
          Line line = { 0 };
          char number[LINE_NUMBER_SIZE];

          line.start = s - text;
          line.end = e - text;
          line.indent = MIN (indent, 255);
          line.blank_before = blank;
          classify_line (text, &line, number);
          g_array_append_val (lines, line);
          blank = FALSE;
        }
      else
        blank = TRUE;
    }

  return lines;
}

const char *
_dt_extractor_line_fold (Context    *ctx,
                         const Line *line,
                         char        out[FOLD_PREFIX + 1])
{
  fold_prefix (ctx->text + line->start, ctx->text + line->end, out, FOLD_PREFIX);
  return out;
}

gboolean
_dt_extractor_line_has_prefix (Context    *ctx,
                               const Line *line,
                               const char *folded_prefix)
{
  char folded[FOLD_PREFIX + 1];
  gsize n = strlen (folded_prefix);

  g_assert (n < FOLD_PREFIX);
  fold_prefix (ctx->text + line->start, ctx->text + line->end, folded, n + 1);
  return strncmp (folded, folded_prefix, n) == 0;
}

gboolean
_dt_extractor_line_is (Context    *ctx,
                       const Line *line,
                       const char *folded_text)
{
  char folded[FOLD_PREFIX + 1];
  gsize n = strlen (folded_text);

  /* one character more than the prefix test: "uy ban nhan dan c…" is not
   * "uy ban nhan dan", though its first 16 folded characters trimmed are */
  g_assert (n + 1 < FOLD_PREFIX);
  fold_prefix (ctx->text + line->start, ctx->text + line->end, folded, n + 2);
  return strcmp (folded, folded_text) == 0;
}

const char *
_dt_extractor_line_number (Context    *ctx,
                           const Line *line,
                           char        out[LINE_NUMBER_SIZE])
{
  Line copy = *line;

  classify_line (ctx->text, &copy, out);
  return out;
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
  lines = split_lines (extraction->source_text, length);
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
          fold_prefix (tail, end, folded_tail, sizeof folded_tail - 1);
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

      fold_prefix (extraction->source_text + line->start, extraction->source_text + line->end, folded,
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
