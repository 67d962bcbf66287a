/* dt-extractor-outline.c — the body of a notice as an outline of paragraphs
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first pass over the body (dt-extractor-body.c reads what it gives):
 * lines are joined into paragraphs and nested by their list markers, the
 * way a reader sees the outline.  A marker kind not seen yet ("a)" after
 * "1.") opens a level below the current one, a kind already open ("2."
 * after "1.") closes the levels below it; a paragraph without a marker
 * belongs to the nearest heading or announcing paragraph above it.
 */

#include "config.h"

#include <string.h>

#include "dt-extractor-private.h"
#include "dt-unit-name.h"

#define MAX_DEPTH 24

static const char *
line_last_char (Context    *ctx,
                const Line *line)
{
  const char *end = ctx->text + line->end;

  while (end > ctx->text + line->start && (end[-1] == ' ' || end[-1] == '*' || end[-1] == '_'))
    end--;
  return end > ctx->text + line->start ? end - 1 : NULL;
}

static gboolean
ends_sentence (Context    *ctx,
               const Line *line)
{
  const char *c = line_last_char (ctx, line);

  if (c != NULL && *c == ';')
    {
      /* "… Nông nghiệp; Văn hóa; Tài nguyên và Môi trường;": a line that
       * parts items by ";" inside itself is an enumeration in running
       * text, broken at the line's width; its last ";" parts one more */
      for (const char *p = ctx->text + line->start; p + 1 < c; p++)
        if (*p == ';' && p[1] == ' ')
          return FALSE;
      return TRUE;
    }
  return c != NULL && (*c == '.' || *c == ':' || *c == '!' || *c == '?');
}

/* "… thủ trưởng các sở, ngành:" / "Tài chính; Xây dựng; Y tế đã …": a
 * line without a marker that parts items by ";" inside itself, after a
 * line that ends in ":", is the enumeration the colon opens, in running
 * text broken at the line's width (items of a list each have a line) */
static gboolean
continues_enumeration (Context    *ctx,
                       const Line *prev,
                       const Line *line)
{
  const char *c = line_last_char (ctx, prev);

  if (c == NULL || *c != ':' || line->style != STYLE_NONE)
    return FALSE;
  for (const char *p = ctx->text + line->start; p + 1 < ctx->text + line->end; p++)
    if (*p == ';' && p[1] == ' ')
      return TRUE;
  /* "… hỗ trợ các tỉnh:" / "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng để …":
   * "các" and a noun before the colon name the class of the names it
   * lists in the sentence */
  {
    gsize from = prev->end - prev->start > 40 ? prev->end - 40 : prev->start;
    DtFolded f;
    gboolean listed = FALSE;

    _dt_folded_init (&f, ctx->text + from, prev->end - from);
    if (f.len >= 2 && f.text[f.len - 1] == ':')
      {
        gssize e = (gssize) f.len - 1, b;

        /* the noun, then "các" before it */
        b = e;
        while (b > 0 && f.text[b - 1] != ' ')
          b--;
        if (b >= 5 && b < e && memcmp (f.text + b - 5, " cac ", 5) == 0)
          listed = TRUE;
        else if (b == 4 && memcmp (f.text, "cac ", 4) == 0)
          listed = TRUE;
      }
    _dt_folded_clear (&f);
    if (listed && _dt_extractor_starts_upper (ctx->text + line->start, ctx->text + line->end))
      return TRUE;
  }
  return FALSE;
}

static gboolean
ends_word (Context    *ctx,
           const Line *line)
{
  const char *c = line_last_char (ctx, line);

  return c != NULL && (g_ascii_isalnum (*c) || ((guchar) *c & 0x80) != 0);
}

/* Documents written one paragraph a line (from Word, from a web page)
 * rather than wrapped like a PDF copy: their lines are long */
static gboolean
one_paragraph_a_line (Context *ctx,
                      guint    first,
                      guint    last)
{
  guint n = 0, long_lines = 0;

  for (guint i = first; i < last; i++)
    {
      const Line *line = _dt_extractor_line (ctx, i);

      if (line->kind == LINE_NOISE || line->kind == LINE_CELL || line->in_table)
        continue;
      n++;
      if (line->end - line->start > 200)
        long_lines++;
    }
  return n > 0 && long_lines * 4 >= n;
}

/* Empty lines part paragraphs, unless a copy put one after every line:
 * then many of them fall in the middle of a sentence, before a word in
 * lower case */
static gboolean
blank_lines_separate (Context *ctx,
                      guint    first,
                      guint    last)
{
  guint blank = 0, inside = 0;

  for (guint i = first; i < last; i++)
    {
      const Line *line = _dt_extractor_line (ctx, i);

      if (!line->blank_before || line->kind == LINE_CELL || line->in_table || line->style != STYLE_NONE)
        continue;
      blank++;
      if (g_unichar_islower (g_utf8_get_char_validated (ctx->text + line->start, line->end - line->start)))
        inside++;
    }
  return inside * 4 < blank;
}

static const char *
para_last_char (Context *ctx,
                guint    last)
{
  return line_last_char (ctx, _dt_extractor_line (ctx, last));
}

static guint
count_words_in (const char *p,
                const char *end)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (; p < end; p++)
    {
      gboolean space = *p == ' ' || *p == '\t';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* The words of a paragraph, counted up to `most` */
static guint
para_words (Context    *ctx,
            const Node *node,
            guint       most)
{
  guint words = 0;

  for (guint i = node->first; i <= node->last && words < most; i++)
    {
      const Line *line = _dt_extractor_line (ctx, i);
      gsize start = i == node->first ? line->content : line->start;

      words += count_words_in (ctx->text + start, ctx->text + line->end);
    }
  return words;
}

static void
node_finish (Context *ctx,
             Node    *node)
{
  const char *c = para_last_char (ctx, node->last);
  const Line *first = _dt_extractor_line (ctx, node->first);
  guint words = para_words (ctx, node, 40);

  node->announces = c != NULL && *c == ':';
  node->brief = words <= 30;
  node->heading = c != NULL && *c != '.' && *c != ';' && words <= 30
                  && (first->style != STYLE_NONE || node->announces);
}

/* The order of levels in an administrative text: Điều, I., A., 1., 1.1.,
 * (1), a), (i), then "-" and "+" */
static guint
style_rank (guint8 style)
{
  static const guint8 ranks[N_STYLES] = {
    [STYLE_NONE] = 0,
    [STYLE_ARTICLE] = 1,
    [STYLE_ROMAN] = 2,
    [STYLE_UPPER] = 3,
    [STYLE_NUM1] = 4,
    [STYLE_NUM2] = 5,
    [STYLE_NUM3] = 6,
    [STYLE_NUM4] = 7,
    [STYLE_NUM_PAREN] = 8,
    [STYLE_PAREN_NUM] = 8,
    [STYLE_LETTER] = 9,
    [STYLE_LETTER_DOT] = 9,
    [STYLE_PAREN_LETTER] = 9,
    [STYLE_PAREN_ROMAN] = 10,
    [STYLE_DASH] = 11,
    [STYLE_PLUS] = 12,
    [STYLE_BULLET] = 12,
  };

  return ranks[style];
}

static gboolean
is_bullet (guint8 style)
{
  return style == STYLE_DASH || style == STYLE_PLUS || style == STYLE_BULLET;
}

static gboolean
takes_unmarked (const Node *node)
{
  if (node->style == STYLE_NONE)
    return node->announces && !node->marked_children;
  return node->heading || node->announces
         || node->style == STYLE_ROMAN || node->style == STYLE_ARTICLE || node->style == STYLE_UPPER;
}

/* Does a line open with a subject of its own ("Giao …", "Sở X …")? */
static gboolean
line_names_subject (Context    *ctx,
                    const Line *line)
{
  static const char * const formulas[] = {
    "giao", "de nghi", "yeu cau", "chi dao", "phan cong", "tren day", "noi nhan", "trong qua trinh", NULL
  };
  DtFolded f;
  gsize p = 0;
  gboolean subject;

  if (dt_unit_name_starts_at (ctx->text, line->end, line->content))
    return TRUE;
  _dt_folded_init (&f, ctx->text + line->content, MIN (line->end - line->content, 40));
  subject = _dt_extractor_eat_any (&f, &p, formulas);
  _dt_folded_clear (&f);
  return subject;
}

static gboolean
names_subject (Context    *ctx,
               const Node *node)
{
  return line_names_subject (ctx, _dt_extractor_line (ctx, node->first));
}

static gboolean
has_lower (Context    *ctx,
           const Line *line)
{
  const char *end = ctx->text + line->end;

  for (const char *p = ctx->text + line->start; p < end; )
    if (g_unichar_islower (_dt_next_char (p, end, &p)))
      return TRUE;
  return FALSE;
}

/* A line of two words or more in capitals, and of no lower-case letter
 * ("TÂM THỜI GIAN TỚI"; not "UBND") */
static gboolean
in_capitals (Context    *ctx,
             const Line *line)
{
  const char *end = ctx->text + line->end;
  guint letters = 0, spaces = 0;

  for (const char *p = ctx->text + line->content; p < end; )
    {
      gunichar c = _dt_next_char (p, end, &p);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isalpha (c);
      spaces += c == ' ';
    }
  return letters >= 8 && spaces >= 1;
}

/* "3. Sở Công Thương": a marked line that is a unit's name and nothing
 * else (but a colon) */
static gboolean
names_unit_alone (Context    *ctx,
                  const Line *line)
{
  g_autoptr(DtUnitName) unit = NULL;
  gsize end = line->content;

  if (line->style == STYLE_NONE || !_dt_extractor_starts_upper (ctx->text + line->content, ctx->text + line->end))
    return FALSE;
  unit = dt_unit_name_match (dt_extractor_get_catalog (ctx->self), ctx->text, line->end, line->content, &end);
  if (unit == NULL)
    return FALSE;
  while (end < line->end && (ctx->text[end] == ' ' || ctx->text[end] == ':'))
    end++;
  return end >= line->end;
}

/* "2. Về công tác …": a topic, which items follow */
static gboolean
opens_topic (Context    *ctx,
             const Node *node)
{
  const Line *line = _dt_extractor_line (ctx, node->first);
  DtFolded f;
  gsize p = 0;
  gboolean topic;

  _dt_folded_init (&f, ctx->text + line->content, MIN (line->end - line->content, 20));
  topic = _dt_extractor_eat_any (&f, &p, (const char *[]) { "ve", "doi voi", NULL });
  _dt_folded_clear (&f);
  return topic;
}

GArray *
_dt_extractor_build_outline (Context *ctx,
               guint    first,
               guint    last)
{
  /* at most a paragraph a line: made once, never grown (the pages not
   * used are never touched) */
  GArray *nodes = g_array_sized_new (FALSE, FALSE, sizeof (Node), last > first ? last - first : 1);
  guint stack[MAX_DEPTH];
  guint depth = 0;
  gboolean line_paragraphs = one_paragraph_a_line (ctx, first, last);
  gboolean blank_lines_part = blank_lines_separate (ctx, first, last);
  gint open = -1;   /* the paragraph being joined */
  guint prev = G_MAXUINT;

  for (guint i = first; i < last; i++)
    {
      Line *line = _dt_extractor_line (ctx, i);
      gboolean starts;

      if (_dt_extractor_check_point (ctx, i))
        break;
      if (line->kind == LINE_NOISE)
        continue;
      if (line->kind == LINE_CELL || line->in_table)
        {
          open = -1;
          prev = G_MAXUINT;
          continue;
        }

      starts = open < 0 || line->style != STYLE_NONE || (line->blank_before && blank_lines_part) || line_paragraphs
               || (ends_sentence (ctx, _dt_extractor_line (ctx, prev))
                   && !continues_enumeration (ctx, _dt_extractor_line (ctx, prev), line)
                   && !g_unichar_islower (g_utf8_get_char_validated (ctx->text + line->start,
                                                                      line->end - line->start)));
      /* "3. Sở Công Thương" / "Hỗ trợ cho các doanh nghiệp …": a unit's
       * name alone on its numbered line heads the text below it, which a
       * PDF's text does not set apart by an empty line (but a line in
       * capitals goes on with a heading in capitals: "SỞ KHOA HỌC VÀ CÔNG"
       * / "NGHỆ") */
      if (!starts && open >= 0 && g_array_index (nodes, Node, open).first == prev
          && _dt_extractor_starts_upper (ctx->text + line->start, ctx->text + line->end)
          && has_lower (ctx, line)
          && names_unit_alone (ctx, _dt_extractor_line (ctx, prev)))
        starts = TRUE;
      /* "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM THỜI GIAN TỚI" / "Đề nghị …": a
       * heading in capitals ends where the capitals do */
      if (!starts && open >= 0 && has_lower (ctx, line)
          && _dt_extractor_starts_upper (ctx->text + line->start, ctx->text + line->end)
          && in_capitals (ctx, _dt_extractor_line (ctx, prev))
          && in_capitals (ctx, _dt_extractor_line (ctx, g_array_index (nodes, Node, open).first)))
        starts = TRUE;
      /* "… các Tập đoàn: Công nghiệp" / "- Viễn thông Quân đội …": a dash
       * inside a name, wrapped to the start of a line */
      if (starts && open >= 0 && !line_paragraphs && !(line->blank_before && blank_lines_part)
          && line->style == STYLE_DASH
          && ends_word (ctx, _dt_extractor_line (ctx, prev))
          && g_array_index (nodes, Node, open).last > g_array_index (nodes, Node, open).first
          && para_words (ctx, &g_array_index (nodes, Node, open), 12) >= 12
          && !opens_topic (ctx, &g_array_index (nodes, Node, open)) && !line_names_subject (ctx, line))
        starts = FALSE;

      if (!starts)
        {
          g_array_index (nodes, Node, open).last = i;
          prev = i;
          continue;
        }

      if (open >= 0)
        node_finish (ctx, &g_array_index (nodes, Node, open));

      {
        Node node = { 0 };

        node.first = node.last = i;
        node.style = line->style;
        node.parent = -1;
        g_array_append_val (nodes, node);
        open = nodes->len - 1;
        prev = i;
      }
    }
  if (open >= 0)
    node_finish (ctx, &g_array_index (nodes, Node, open));

  /* nest them: a marker kind already seen below an open paragraph goes
   * back under it; a new kind opens a level below the current one */
  {
    guint32 child_styles[MAX_DEPTH + 1] = { 0 };   /* [0]: the top level */
    guint16 last_index[MAX_DEPTH + 1] = { 0 };

    for (guint n = 0; n < nodes->len; n++)
      {
        Node *node = &g_array_index (nodes, Node, n);

        if (node->style != STYLE_NONE)
          {
            gboolean seen = FALSE;

            for (guint k = depth + 1; k > 0 && !seen; k--)
              if (child_styles[k - 1] & (1u << node->style))
                {
                  depth = k - 1;
                  seen = TRUE;
                }
            /* a new kind: never below a kind of the same or a lower rank
             * ("1." does not go under "- "); but the bullets ("-", "+",
             * "•") have no order of their own: the one a document uses
             * first is the outer one ("• Sở X:" / "- task") */
            while (!seen && depth > 0
                   && style_rank (g_array_index (nodes, Node, stack[depth - 1]).style) >= style_rank (node->style)
                   && !(is_bullet (g_array_index (nodes, Node, stack[depth - 1]).style) && is_bullet (node->style)))
              depth--;
          }
        else
          {
            Node *prev_node = n > 0 ? &g_array_index (nodes, Node, n - 1) : NULL;

            /* "4. Cục X\nKhẩn trương …\nĐảm bảo hoàn thành trong quý I." in
             * a wrapped copy: a sentence without a subject of its own goes
             * on with the item before it */
            if (!line_paragraphs && prev_node != NULL && prev_node->style != STYLE_NONE
                && prev_node->n_children == 0 && !prev_node->heading && !prev_node->announces
                && !node->announces && !names_subject (ctx, node))
              {
                prev_node->last = node->last;
                node->merged = TRUE;
                continue;
              }
            while (depth > 0 && !takes_unmarked (&g_array_index (nodes, Node, stack[depth - 1])))
              depth--;
          }

        if (depth > 0)
          {
            Node *parent = &g_array_index (nodes, Node, stack[depth - 1]);

            node->parent = stack[depth - 1];
            if (parent->n_children < 3)
              parent->n_children++;
            if (node->style != STYLE_NONE)
              parent->marked_children = TRUE;
          }
        if (node->style != STYLE_NONE)
          {
            /* "- " items are numbered by their place: "2.3-1", "2.3-2" */
            if (!(child_styles[depth] & (1u << node->style)))
              last_index[depth] = 0;
            node->index = ++last_index[depth];
          }
        if (node->style != STYLE_NONE)
          child_styles[depth] |= 1u << node->style;
        if (node->style != STYLE_NONE || node->announces)
          {
            if (depth == MAX_DEPTH)
              depth--;
            stack[depth++] = n;
            child_styles[depth] = 0;
            last_index[depth] = 0;
          }
      }
  }

  return nodes;
}

/* ------------------------------------------------------------------------ */
