/* dt-extractor-lines.c — a notice's text as lines of a kind
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each line that is not blank becomes a Line of 16 bytes: where it is, its
 * indent, whether a blank line comes before it, and the kind of list
 * marker it opens with ("I.", "3.1.", "a)", "- ", "|" …).  What it says
 * folded and its number are read again from the text when asked.
 */

#include "config.h"

#include <string.h>

#include "dt-extractor-private.h"

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
void
_dt_extractor_fold_prefix (const char *p,
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

/* A space after a list marker: ' ', a tab (a Word list copied as text) … */
static gboolean
space_after (const char *p,
             const char *end)
{
  gsize w;

  return is_space_at (p, end, &w);
}

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
  _dt_extractor_fold_prefix (p, end, folded, sizeof folded - 1);

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
      if (q > p + 1 && q < end && *q == ')' && space_after (q + 1, end))
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
      if (q < end && (space_after (q, end) || _dt_extractor_starts_upper (q, end)))
        {
          line->kind = LINE_ITEM;
          line->style = (*p == '-' || has_prefix (p, end, "–") || has_prefix (p, end, "—")) ? STYLE_DASH
                                                                                              : STYLE_BULLET;
          line->content = skip_spaces (q, end) - text;
        }
      return;
    }
  /* "a) …", "b) …", "đ) …" */
  if (g_ascii_islower (*p) && p + 2 < end && p[1] == ')' && space_after (p + 2, end))
    {
      line->kind = LINE_ITEM;
      line->style = STYLE_LETTER;
      number[0] = *p;
      number[1] = '\0';
      line->content = skip_spaces (p + 2, end) - text;
      return;
    }
  if (has_prefix (p, end, "đ)") && space_after (p + strlen ("đ)"), end))
    {
      line->kind = LINE_ITEM;
      line->style = STYLE_LETTER;
      g_strlcpy (number, "đ", LINE_NUMBER_SIZE);
      line->content = skip_spaces (p + strlen ("đ)"), end) - text;
      return;
    }
  /* "a. …" but not "v.v." or an abbreviation */
  if (g_ascii_islower (*p) && p + 3 < end && p[1] == '.' && space_after (p + 2, end)
      && _dt_extractor_starts_upper (skip_spaces (p + 2, end), end))
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
      if (q < end && !space_after (q, end) && !line->marker_dot)
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
          && (q >= end || space_after (q, end) || _dt_extractor_starts_upper (q, end)))
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
GArray *
_dt_extractor_split_lines (const char *text,
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
  _dt_extractor_fold_prefix (ctx->text + line->start, ctx->text + line->end, out, FOLD_PREFIX);
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
  _dt_extractor_fold_prefix (ctx->text + line->start, ctx->text + line->end, folded, n + 1);
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
  _dt_extractor_fold_prefix (ctx->text + line->start, ctx->text + line->end, folded, n + 2);
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
