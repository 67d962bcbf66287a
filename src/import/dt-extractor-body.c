/* dt-extractor-body.c — the body of a notice as an outline of items
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body is read in two passes.  The first joins lines into paragraphs
 * and nests them by their list markers, the way a reader sees the outline:
 * a marker kind not seen yet ("a)" after "1.") opens a level below the
 * current one, a kind already open ("2." after "1.") closes the levels
 * below it.  A paragraph without a marker belongs to the nearest heading
 * or announcing paragraph above it ("… các nhiệm vụ sau:").
 *
 * The second pass reads each paragraph with what its ancestors say: a
 * heading that names a unit ("1. Sở Công Thương", "2. Bộ Xây dựng:",
 * "Cục X có trách nhiệm:") puts that unit in charge of the items below
 * it; a paragraph that names its own subject ("Giao Sở X …", "Sở X chủ trì
 * …", "Đề nghị X …") is a directive of that unit; a paragraph that only
 * announces its items is not a directive itself; sections that report,
 * evaluate or state purposes give none.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"
#include "dt-text.h"

#define MAX_DEPTH 24

typedef struct
{
  guint     first;         /* lines of the paragraph */
  guint     last;
  gint      parent;        /* node, or -1 at the top */
  guint8    style;         /* LineStyle of its marker */
  guint8    announces : 1; /* ends with ':' */
  guint8    heading   : 1; /* short, no full stop: a title */
  guint8    marked_children : 1;
  guint8    brief     : 1; /* at most a line or two */
  guint8    merged    : 1; /* joined to the paragraph before it */
  guint     n_children;
  guint16   index;         /* among the siblings of its marker kind, from 1 */
} Node;

/* What a paragraph passes on to the paragraphs below it */
typedef struct
{
  GPtrArray  *leads;       /* of DtUnitName: in charge of the items below */
  DtDeadline *deadline;    /* a heading's time frame */
  char       *where;       /* "III.1.a" */
  char       *category;    /* the nearest heading */
  gboolean    skip;        /* results, evaluation, purposes: no directives */
  gboolean    contents;    /* its items list what a report holds */
} Scope;

static void
scope_free (gpointer data)
{
  Scope *scope = data;

  if (scope == NULL)
    return;
  g_clear_pointer (&scope->leads, g_ptr_array_unref);
  g_clear_pointer (&scope->deadline, dt_deadline_free);
  g_free (scope->where);
  g_free (scope->category);
  g_free (scope);
}

char *
_dt_extractor_heading_text (const char *text)
{
  char *heading = _dt_extractor_collapse_spaces (text);
  gsize n = strlen (heading);

  while (n > 0 && (heading[n - 1] == '.' || heading[n - 1] == ':' || heading[n - 1] == ' '))
    heading[--n] = '\0';
  return heading;
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                                */

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

  return c != NULL && (*c == '.' || *c == ':' || *c == '!' || *c == '?' || *c == ';');
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

static GArray *
build_outline (Context *ctx,
               guint    first,
               guint    last)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (Node));
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
                   && !g_unichar_islower (g_utf8_get_char_validated (ctx->text + line->start,
                                                                      line->end - line->start)));
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
             * ("1." does not go under "- ") */
            while (!seen && depth > 0
                   && style_rank (g_array_index (nodes, Node, stack[depth - 1]).style) >= style_rank (node->style))
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
/* Reading the paragraphs                                                    */

static gboolean
starts_with_any (const DtFolded     *f,
                 gsize               p,
                 const char * const *prefixes)
{
  return _dt_extractor_eat_any (f, &p, prefixes);
}

/* Sections and paragraphs that report, evaluate or explain: no tasks */
static gboolean
is_report_heading (const DtFolded *f)
{
  static const char * const report[] = {
    "ket qua", "kho khan", "han che", "ton tai", "danh gia", "tinh hinh", "muc dich",
    "yeu cau", "muc tieu", "quan diem", "can cu", "co so", "ghi nhan", "mot so ton tai",
    "nhung ket qua", "ve tinh hinh", "ve ket qua", "ve trien khai", "pham vi", "doi tuong",
    "nguyen nhan", "bai hoc", NULL
  };
  gsize p = 0;

  if (!starts_with_any (f, p, report))
    return FALSE;
  /* "Kết quả …; nhiệm vụ, giải pháp …" is about the tasks */
  return strstr (f->text, "nhiem vu") == NULL && strstr (f->text, "giai phap") == NULL
         && strstr (f->text, "phuong huong") == NULL && strstr (f->text, "to chuc thuc hien") == NULL;
}

/* "theo dõi, đôn đốc … thực hiện Công điện này" is a task of its own */
static gboolean
monitors (const DtFolded *f,
          gsize           from,
          gsize           to)
{
  static const char * const verbs[] = { "theo doi", "don doc", "kiem tra", "tong hop", NULL };
  g_autofree char *before = g_strndup (f->text + from, to - from);

  for (guint i = 0; verbs[i] != NULL; i++)
    if (strstr (before, verbs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A paragraph that is not a task even if it names a unit: praise,
 * approval, a closing formula */
static gboolean
is_not_a_task (const DtFolded *f,
               gsize           from)
{
  static const char * const openings[] = {
    "ghi nhan", "bieu duong", "danh gia cao", "dong y", "nhat tri", "hoan toan nhat tri",
    "thong nhat voi", "co ban thong nhat", "tran trong thong bao", "thong bao de", "noi nhan",
    "chiu trach nhiem truoc", "trong qua trinh thuc hien, neu", "trong qua trinh to chuc thuc hien",
    "qua trinh thuc hien", NULL
  };
  static const char * const documents[] = {
    "chi thi", "nghi quyet", "ke hoach", "quyet dinh", "thong bao", "cong dien", "cong van",
    "van ban", "cac noi dung neu tren", "cac noi dung tren", "noi dung tren", "cac nhiem vu neu tren",
    "cac nhiem vu tren", NULL
  };
  const char *at;

  if (starts_with_any (f, from, openings))
    return TRUE;
  /* "Văn phòng Chính phủ thông báo để các Bộ … biết, thực hiện./." */
  if (strstr (f->text, "thong bao de") != NULL || strstr (f->text, "biet, thuc hien") != NULL
      || strstr (f->text, "biet va thuc hien") != NULL || strstr (f->text, "biet de thuc hien") != NULL)
    return TRUE;
  /* "… tổ chức thực hiện nghiêm túc Chỉ thị này.", "… có trách nhiệm thực
   * hiện Nghị quyết.": carrying out the document itself */
  if (f->len - from < 300 && (at = strstr (f->text + from, "thuc hien")) != NULL
      && !monitors (f, from, at - f->text))
    {
      gsize q = at - f->text + strlen ("thuc hien");

      _dt_extractor_eat_any (f, &q, (const char *[]) { "nghiem tuc", "nghiem chinh", "nghiem", "tot",
                                                        "day du", "co hieu qua", "hieu qua", NULL });
      /* … and nothing after it: "… và báo cáo kết quả …" is a task */
      if (_dt_extractor_eat_any (f, &q, documents))
        {
          _dt_extractor_eat (f, &q, "nay");
          while (q < f->len && strchr (" ./;", f->text[q]) != NULL)
            q++;
          if (q >= f->len)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
lists_report_contents (const DtFolded *f)
{
  gsize tail = f->len > 160 ? f->len - 160 : 0;
  const char *report = strstr (f->text + tail, "bao cao");

  return report != NULL && strstr (report, "noi dung") != NULL;
}

/* After the subject: nothing but "có trách nhiệm:", "thực hiện các nhiệm
 * vụ sau:" — the tasks are the items below */
static gboolean
rest_announces (const DtFolded *f,
                gsize           p,
                gboolean        announces)
{
  while (p < f->len && (f->text[p] == ' ' || f->text[p] == ',' || f->text[p] == '.'))
    p++;
  if (p >= f->len || (f->text[p] == ':' && p + 2 >= f->len))
    return TRUE;
  return announces && f->len - p <= 90;
}

static void
skip_label (const DtFolded *f,
            gsize          *p)
{
  _dt_extractor_skip_separators (f, p);
  while (*p < f->len && (f->text[*p] == ';' || f->text[*p] == '.'))
    (*p)++;
  _dt_extractor_skip_separators (f, p);
}

static char *
node_where (Context     *ctx,
            const Node  *node,
            const Scope *parent)
{
  char number[LINE_NUMBER_SIZE];
  char buf[16];

  _dt_extractor_line_number (ctx, _dt_extractor_line (ctx, node->first), number);

  if (node->style == STYLE_DASH || node->style == STYLE_PLUS || node->style == STYLE_BULLET)
    {
      g_snprintf (buf, sizeof buf, "%u", node->index);
      if (parent != NULL && parent->where != NULL && parent->where[0] != '\0')
        return g_strdup_printf ("%s-%s", parent->where, buf);
      return g_strdup (buf);
    }
  if (parent == NULL || parent->where == NULL || parent->where[0] == '\0')
    return g_strdup (number);
  if (number[0] == '\0')
    return g_strdup (parent->where);
  if (strchr (number, '.') != NULL)
    {
      /* "3.1" under "I.3": "I.3.1" */
      const char *w = parent->where;
      const char *cut = w;

      while (*cut != '\0' && !g_ascii_isdigit (*cut))
        {
          const char *dot = strchr (cut, '.');

          if (dot == NULL)
            {
              cut += strlen (cut);
              break;
            }
          cut = dot + 1;
        }
      if (cut == w)
        return g_strdup (number);
      return g_strdup_printf ("%.*s%s", (int) (cut - w), w, number);
    }
  return g_strdup_printf ("%s.%s", parent->where, number);
}

static GPtrArray *
copy_leads (GPtrArray *leads)
{
  GPtrArray *copy;

  if (leads == NULL)
    return NULL;
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
  for (guint i = 0; i < leads->len; i++)
    {
      const DtUnitName *unit = g_ptr_array_index (leads, i);
      DtUnitName *c = _dt_extractor_lead_new (unit->kind, unit->name);

      c->vague = unit->vague;
      g_ptr_array_add (copy, c);
    }
  return copy;
}

/* "./.": the end of a Vietnamese administrative text */
static gboolean
ends_document (const DtFolded *f)
{
  gsize n = f->len;

  while (n > 0 && f->text[n - 1] == ' ')
    n--;
  return n >= 3 && memcmp (f->text + n - 3, "./.", 3) == 0;
}

/* "các cơ quan, đơn vị liên quan": nobody in particular */
static gboolean
leads_are_vague (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    if (!((DtUnitName *) g_ptr_array_index (leads, i))->vague)
      return FALSE;
  return TRUE;
}

static gboolean
leads_are_collective (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    if (((DtUnitName *) g_ptr_array_index (leads, i))->kind != DT_UNIT_NAME_COLLECTIVE)
      return FALSE;
  return TRUE;
}

/* A people's committee or the Government directs others: "Đề nghị UBND
 * tỉnh chỉ đạo Sở X …" is Sở X's task */
static gboolean
leads_direct (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    {
      const DtUnitName *unit = g_ptr_array_index (leads, i);
      g_autofree char *f = dt_text_fold (unit->name);

      /* "UBND các tỉnh chỉ đạo Ban quản lý …", "UBND cấp huyện chỉ đạo UBND
       * cấp xã …": each one's own body, nobody in particular */
      if (unit->kind == DT_UNIT_NAME_COLLECTIVE || strstr (f, " cac ") != NULL || strstr (f, " cap ") != NULL)
        return FALSE;
      if (!g_str_has_prefix (f, "uy ban nhan dan") && !g_str_has_prefix (f, "chinh phu"))
        return FALSE;
    }
  return leads != NULL && leads->len > 0;
}

/* "Cơ quan chủ trì: Sở X" → COLUMN_LEAD, *value at "Sở X" */
static Column
field_of (Context    *ctx,
          const Node *node,
          gsize      *value)
{
  const Line *line = _dt_extractor_line (ctx, node->first);
  const char *p = ctx->text + line->content;
  const char *colon = memchr (p, ':', MIN (line->end - line->content, 60));
  g_autofree char *label = NULL;

  if (colon == NULL)
    return COLUMN_UNKNOWN;
  label = g_strndup (p, colon - p);
  *value = colon + 1 - ctx->text;
  return _dt_extractor_column_of (label);
}

static char *
node_text_from (Context    *ctx,
                const Node *node,
                gsize       from)
{
  const Line *last = _dt_extractor_line (ctx, node->last);
  g_autofree char *raw = g_strndup (ctx->text + from, last->end - from);

  return _dt_extractor_collapse_spaces (raw);
}

/* A task written as a block of fields, one item a field: one directive */
static gboolean
read_field_block (Context     *ctx,
                  GArray      *nodes,
                  guint        n,
                  const Scope *up,
                  const Para  *para)
{
  const Node *node = &g_array_index (nodes, Node, n);
  g_autofree char *task = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *coordinating = NULL;
  g_autofree char *time = NULL;
  guint fields = 0;

  for (guint m = n + 1; m < nodes->len && g_array_index (nodes, Node, m).parent >= (gint) n; m++)
    {
      const Node *child = &g_array_index (nodes, Node, m);
      gsize value = 0;
      char **slot = NULL;

      if (child->parent != (gint) n || child->merged)
        continue;
      switch (field_of (ctx, child, &value))
        {
        case COLUMN_TASK: slot = &task; break;
        case COLUMN_LEAD: slot = &lead; break;
        case COLUMN_COORDINATING: slot = &coordinating; break;
        case COLUMN_TIME: slot = &time; break;
        case COLUMN_OTHER: fields++; continue;
        case COLUMN_NUMBER: case COLUMN_UNKNOWN: default: return FALSE;
        }
      if (*slot != NULL)
        return FALSE;
      *slot = node_text_from (ctx, child, value);
      fields++;
    }
  if (fields < 2 || lead == NULL)
    return FALSE;

  {
    Assignment a = { 0 };
    Para cell = { 0 };
    g_autoptr(GPtrArray) coordinators = NULL;
    g_autoptr(DtDeadline) dl = NULL;
    g_autofree char *text = task != NULL ? g_strdup (task) : _dt_extractor_collapse_spaces (para->text);
    g_autofree char *where = node_where (ctx, node, up);
    g_autofree char *id = NULL;

    a.leads = _dt_extractor_cell_units (ctx, lead, TRUE);
    if (a.leads->len == 0)
      {
        _dt_extractor_assignment_clear (&a);
        return FALSE;
      }
    if (coordinating != NULL)
      coordinators = _dt_extractor_cell_units (ctx, coordinating, FALSE);
    if (time != NULL)
      dl = _dt_extractor_time_cell (ctx, time);
    if (dl == NULL)
      dl = dt_deadline_parse (text, -1, ctx->reference, NULL);
    cell.text = text;
    cell.len = strlen (text);
    _dt_folded_init (&cell.folded, cell.text, cell.len);
    cell.source_start = para->source_start;
    cell.source_end = _dt_extractor_line (ctx, g_array_index (nodes, Node, n).last)->end;
    ctx->n_body++;
    id = g_strdup_printf ("B%u", ctx->n_body);
    _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, up ? up->category : NULL,
                                   &cell, &a, coordinators, text, dl, NULL);
    _dt_folded_clear (&cell.folded);
    _dt_extractor_assignment_clear (&a);
  }
  return TRUE;
}

static void
read_node (Context      *ctx,
           GArray       *nodes,
           GPtrArray    *scopes,
           guint         n)
{
  const Node *node = &g_array_index (nodes, Node, n);
  const Scope *up = node->parent >= 0 ? g_ptr_array_index (scopes, node->parent) : NULL;
  Scope *scope = NULL;
  Para para = { 0 };
  Assignment a = { 0 };
  const DtFolded *f;
  gboolean found, directive = FALSE, heading_unit = FALSE, inherited_scope = FALSE;
  g_autoptr(GPtrArray) delegated = NULL;

  if (node->merged)
    return;

  _dt_extractor_para_init (&para, ctx->text, ctx->lines, node->first, node->last, TRUE);
  f = &para.folded;

  if (node->n_children > 0)
    {
      scope = g_new0 (Scope, 1);
      g_ptr_array_index (scopes, n) = scope;
      scope->where = node_where (ctx, node, up);
      scope->category = up ? g_strdup (up->category) : NULL;
      scope->skip = up ? up->skip : FALSE;
      scope->leads = up ? copy_leads (up->leads) : NULL;
      scope->deadline = up && up->deadline ? dt_deadline_copy (up->deadline) : NULL;
      if (node->heading || node->style == STYLE_ROMAN || node->style == STYLE_ARTICLE)
        {
          g_free (scope->category);
          scope->category = _dt_extractor_heading_text (para.text);
        }
    }

  if ((up != NULL && (up->skip || (up->contents && node->style != STYLE_NONE))) || f->len == 0)
    goto out;

  if (node->n_children > 0 && (node->heading || node->style == STYLE_ROMAN) && is_report_heading (f))
    {
      scope->skip = TRUE;
      goto out;
    }

  /* "a) Nhiệm vụ: … b) Cơ quan chủ trì: … c) Thời gian: …" */
  if (node->n_children >= 2 && read_field_block (ctx, nodes, n, up, &para))
    {
      scope->skip = TRUE;
      goto out;
    }

  found = _dt_extractor_find_assignment (ctx, &para, 0, up != NULL && up->leads != NULL, &a);

  /* "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh: …": the unit directed; but
   * under "- Sở Công Thương:", "chỉ đạo Công ty X …" is the Sở's task */
  if (found && !a.guessed && up != NULL && up->leads != NULL && !leads_direct (up->leads)
      && starts_with_any (f, 0, (const char *[]) { "chi dao", NULL }))
    {
      g_clear_pointer (&a.leads, g_ptr_array_unref);
      found = FALSE;
    }
  if (found && !a.guessed && leads_direct (a.leads))
    {
      gsize q = a.text_start;

      if (_dt_extractor_eat (f, &q, "chi dao")
          && (delegated = _dt_extractor_match_unit_list (ctx, &para, &q)) != NULL
          && !leads_are_collective (delegated))
        {
          g_ptr_array_unref (a.leads);
          a.leads = g_steal_pointer (&delegated);
          a.text_start = q;
        }
    }

  if (found && !a.guessed && rest_announces (f, a.text_start, node->announces)
      && !(node->announces && lists_report_contents (f)))
    heading_unit = TRUE;

  if (scope != NULL)
    {
      /* the items below are this paragraph's subject's */
      if (found && (heading_unit || node->announces || (!a.guessed && !leads_are_collective (a.leads))))
        {
          g_clear_pointer (&scope->leads, g_ptr_array_unref);
          scope->leads = copy_leads (a.leads);
        }
      else if (!found && node->heading)
        {
          /* "II. Nhiệm vụ chủ yếu của Bộ X", "Trách nhiệm của Sở Y" */
          const char *of = strstr (f->text, " cua ");

          if (of != NULL)
            {
              gsize q = of - f->text + 5;
              g_autoptr(GPtrArray) owners = _dt_extractor_match_unit_list (ctx, &para, &q);

              if (owners != NULL && !leads_are_collective (owners))
                {
                  g_clear_pointer (&scope->leads, g_ptr_array_unref);
                  scope->leads = g_steal_pointer (&owners);
                }
            }
        }
      /* a heading's time frame: "3. Nhiệm vụ tháng 02 và quý I năm 2024" */
      if (node->brief && (!found || heading_unit || node->announces))
        {
          DtDeadline *dl = dt_deadline_parse_full (para.text, -1, ctx->reference, NULL,
                                                   DT_DEADLINE_PARSE_PRECISE_ONLY);

          if (dl != NULL && dl->date != DT_DATE_NONE)
            {
              g_clear_pointer (&scope->deadline, dt_deadline_free);
              scope->deadline = dl;
            }
          else
            dt_deadline_free (dl);
        }
    }

  /* "… báo cáo cụ thể về một số nội dung sau:": the items are what the
   * report holds, the paragraph is the task */
  if (found && !heading_unit && node->announces && lists_report_contents (f))
    {
      if (scope != NULL)
        scope->contents = TRUE;
    }
  else if (heading_unit)
    goto out;
  else if (node->n_children > 0 && node->announces)
    goto out;   /* "… thực hiện các nhiệm vụ sau:" */
  if (!found && node->n_children > 0 && node->heading)
    goto out;   /* "3.1. Về kinh tế" */

  inherited_scope = !found && up != NULL && up->leads != NULL;
  if (inherited_scope)
    {
      a.leads = copy_leads (up->leads);
      a.text_start = 0;
      found = TRUE;
    }
  if (!found || a.leads == NULL || a.leads->len == 0)
    goto out;
  /* "… yêu cầu các cơ quan, đơn vị … triển khai thực hiện./.": the
   * document's last words, to nobody in particular */
  if (leads_are_vague (a.leads) && ends_document (f))
    goto out;

  {
    gsize start = a.text_start;
    g_autofree char *raw = NULL;
    g_autofree char *text = NULL;
    g_autofree char *where = NULL;
    g_autofree char *id = NULL;
    g_autoptr(DtDeadline) own = NULL;

    /* a topic label before the task: "Về …: " */
    if (start == 0)
      {
        gsize q = 0;

        if (_dt_extractor_eat (f, &q, "ve"))
          {
            const char *colon = memchr (f->text, ':', MIN (f->len, 300));

            if (colon != NULL && (gsize) (colon - f->text) + 2 < f->len)
              start = colon - f->text + 1;
          }
      }
    skip_label (f, &start);
    if (start >= f->len || f->len - start < 8 || is_not_a_task (f, start) || is_not_a_task (f, 0))
      goto out;

    where = node_where (ctx, node, up);
    directive = TRUE;
    /* one paragraph may hold several assignments: "…; Bộ X hướng dẫn …" */
    while (TRUE)
      {
        Assignment next = { 0 };
        gsize next_start = inherited_scope ? 0 : _dt_extractor_next_assignment (ctx, &para, a.text_start, &next);
        gsize stop = next_start > start ? next_start : f->len;

        {
          gsize from = _dt_folded_source (f, start);

          raw = g_strndup (para.text + from, _dt_folded_source (f, stop) - from);
        }
        text = _dt_extractor_collapse_spaces (raw);
        g_clear_pointer (&raw, g_free);   /* a paragraph may be megabytes */
        own = dt_deadline_parse (text, -1, ctx->reference, NULL);
        ctx->n_body++;
        id = g_strdup_printf ("B%u", ctx->n_body);
        _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, up ? up->category : NULL,
                                       &para, &a, NULL, text, own, up ? up->deadline : NULL);
        g_clear_pointer (&raw, g_free);
        g_clear_pointer (&text, g_free);
        g_clear_pointer (&id, g_free);
        g_clear_pointer (&own, dt_deadline_free);
        if (next_start <= start)
          {
            _dt_extractor_assignment_clear (&next);
            break;
          }
        _dt_extractor_assignment_clear (&a);
        a = next;
        start = a.text_start;
        skip_label (f, &start);
        if (start >= f->len)
          break;
      }
  }

out:
  /* a directive's own deadline is not its items' */
  if (directive && scope != NULL)
    g_clear_pointer (&scope->deadline, dt_deadline_free);
  _dt_extractor_assignment_clear (&a);
  _dt_extractor_para_clear (&para);
}

void
_dt_extractor_read_body (Context *ctx,
                         guint    first,
                         guint    last)
{
  g_autoptr(GArray) nodes = build_outline (ctx, first, last);
  g_autoptr(GPtrArray) scopes = g_ptr_array_new_with_free_func (scope_free);

  g_ptr_array_set_size (scopes, nodes->len);
  for (guint n = 0; n < nodes->len; n++)
    {
      read_node (ctx, nodes, scopes, n);
      if (_dt_extractor_check_point (ctx, g_array_index (nodes, Node, n).first))
        break;
    }
}
