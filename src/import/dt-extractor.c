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
#include "dt-extractor.h"
#include "dt-import-text-private.h"

struct _DtExtractor
{
  GObject        parent_instance;

  DtUnitCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (DtExtractor, dt_extractor, G_TYPE_OBJECT)

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

/* ------------------------------------------------------------------------ */
/* Lines                                                                     */

typedef enum
{
  LINE_TEXT,
  LINE_ROMAN,        /* "I. …", "II …" */
  LINE_NUMBERED,     /* "3.", "3.1.", "12.  " */
  LINE_ITEM,         /* "- …" */
  LINE_SUBITEM,      /* "+ …" */
  LINE_NOISE,        /* links, repeated page headers */
} LineKind;

#define FOLD_PREFIX 120

typedef struct
{
  gsize     start;          /* trimmed span in the text */
  gsize     end;
  gsize     content;        /* after the marker */
  guint     indent;         /* leading spaces */
  LineKind  kind;
  gboolean  marker_dot;     /* "I." rather than "I" */
  char      number[16];     /* "I", "3.1", "12" */
  char      folded[FOLD_PREFIX + 1];
} Line;

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

static void
fold_prefix (const char *p,
             const char *end,
             char       *out)
{
  gsize n = 0;
  gboolean space = TRUE;

  while (p < end && n < FOLD_PREFIX)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      char f;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          c = '?';
          p++;
        }
      else
        p = g_utf8_next_char (p);
      f = _dt_fold_char (c);
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

static gboolean
starts_upper (const char *p,
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

static void
classify_line (const char *text,
               Line       *line)
{
  const char *p = text + line->start;
  const char *end = text + line->end;
  const char *q;

  line->kind = LINE_TEXT;
  line->content = line->start;
  line->number[0] = '\0';
  line->marker_dot = FALSE;
  fold_prefix (p, end, line->folded);

  if (g_str_has_prefix (line->folded, "http:") || g_str_has_prefix (line->folded, "https:")
      || g_str_has_prefix (line->folded, "www."))
    {
      line->kind = LINE_NOISE;
      return;
    }

  /* "- item", "– item", "• item" */
  if (*p == '-' || *p == '*' || has_prefix (p, end, "–") || has_prefix (p, end, "—")
      || has_prefix (p, end, "•"))
    {
      q = g_utf8_next_char (p);
      if (q < end && (*q == ' ' || starts_upper (q, end)))
        {
          line->kind = LINE_ITEM;
          line->content = skip_spaces (q, end) - text;
        }
      return;
    }
  /* "a) …", "b) …", "đ) …" */
  if (g_ascii_islower (*p) && p + 2 < end && p[1] == ')' && p[2] == ' ')
    {
      line->kind = LINE_ITEM;
      line->content = skip_spaces (p + 2, end) - text;
      return;
    }
  if (has_prefix (p, end, "đ) "))
    {
      line->kind = LINE_ITEM;
      line->content = skip_spaces (p + strlen ("đ)"), end) - text;
      return;
    }
  if (*p == '+')
    {
      line->kind = LINE_SUBITEM;
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
      if (q > p + n && starts_upper (q, end))
        {
          line->kind = LINE_ROMAN;
          line->content = q - text;
          g_strlcpy (line->number, romans[i], sizeof line->number);
        }
      return;
    }

  /* "3.", "3.1.", "3.1 ", "12.  " */
  if (g_ascii_isdigit (*p))
    {
      GString *number = g_string_new (NULL);
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
          if (number->len > 0)
            g_string_append_c (number, '.');
          g_string_append_len (number, digits, q - digits);
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
      if (ok && (line->marker_dot || components > 1) && (q >= end || *q == ' ' || starts_upper (q, end)))
        {
          q = skip_spaces (q, end);
          if (q >= end || starts_upper (q, end) || *q == '"' || has_prefix (q, end, "“"))
            {
              line->kind = LINE_NUMBERED;
              line->content = q - text;
              g_strlcpy (line->number, number->str, sizeof line->number);
            }
        }
      g_string_free (number, TRUE);
    }
}

/* ------------------------------------------------------------------------ */
/* Matching inside a paragraph                                               */

typedef struct
{
  DtExtractor  *self;
  const char   *text;        /* the whole notice */
  GPtrArray    *lines;       /* of Line */
  DtExtraction *extraction;
  DtDate        reference;
  guint         n_body;      /* directives numbered so far */
  GCancellable *cancellable;
  DtExtractorProgressFunc progress;
  gpointer      progress_data;
} Context;

/* every few thousand lines: cancelled?  and how far along */
static gboolean
check_point (Context *ctx,
             guint    line)
{
  if ((line & 0xFFF) != 0)
    return FALSE;
  if (ctx->progress != NULL && ctx->lines->len > 0)
    ctx->progress (0.1 + 0.9 * line / ctx->lines->len, ctx->progress_data);
  return g_cancellable_is_cancelled (ctx->cancellable);
}

typedef struct
{
  char     *text;        /* joined lines */
  gsize     len;
  DtFolded  folded;
  gsize     source_start;
  gsize     source_end;
  GArray   *line_starts; /* of gsize: where each line after the first begins in text */
} Para;

static void
para_init (Para        *para,
           const char  *text,
           GPtrArray   *lines,
           guint        first,
           guint        last,
           gboolean     from_content)
{
  GString *joined = g_string_new (NULL);

  para->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = first; i <= last; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      gsize start = (i == first && from_content) ? line->content : line->start;

      if (line->kind == LINE_NOISE)
        continue;
      if (joined->len > 0)
        {
          /* "2023-" or "152/QĐ-" at a line end: the word goes on */
          gboolean glue = joined->str[joined->len - 1] == '-' && joined->len > 1
                          && joined->str[joined->len - 2] != ' ';

          if (!glue)
            g_string_append_c (joined, ' ');
          g_array_append_val (para->line_starts, joined->len);
        }
      g_string_append_len (joined, text + start, line->end - start);
    }

  para->len = joined->len;
  para->text = g_string_free (joined, FALSE);
  _dt_folded_init (&para->folded, para->text, para->len);
  para->source_start = ((Line *) g_ptr_array_index (lines, first))->start;
  para->source_end = ((Line *) g_ptr_array_index (lines, last))->end;
}

static void
para_clear (Para *para)
{
  g_clear_pointer (&para->text, g_free);
  g_clear_pointer (&para->line_starts, g_array_unref);
  _dt_folded_clear (&para->folded);
}

/* folded position of a source offset at or after it */
static gsize
folded_pos (const DtFolded *f,
            gsize           source_offset,
            gsize           from)
{
  gsize p = from;

  while (p < f->len && f->map[p] < source_offset)
    p++;
  return p;
}

/* Word-sequence match on the folded text (see dt-deadline.c's eat()) */
static gboolean
eat (const DtFolded *f,
     gsize          *p,
     const char     *lit)
{
  gsize q = *p;
  const char *l;

  if (q < f->len && f->text[q] == ' ')
    q++;
  for (l = lit; *l != '\0'; l++)
    {
      if (*l == ' ')
        {
          if (q < f->len && f->text[q] == ' ')
            q++;
          continue;
        }
      if (q >= f->len || f->text[q] != *l)
        return FALSE;
      q++;
    }
  if (l > lit && g_ascii_isalnum (l[-1]) && q < f->len && g_ascii_isalnum (f->text[q]))
    return FALSE;
  *p = q;
  return TRUE;
}

static gboolean
eat_any (const DtFolded     *f,
         gsize              *p,
         const char * const *lits)
{
  for (guint i = 0; lits[i] != NULL; i++)
    if (eat (f, p, lits[i]))
      return TRUE;
  return FALSE;
}

static void
skip_separators (const DtFolded *f,
                 gsize          *p)
{
  while (*p < f->len && (f->text[*p] == ' ' || f->text[*p] == ':' || f->text[*p] == ','
                         || f->text[*p] == '-'))
    (*p)++;
}

/* One unit of the catalogue at p: returns its canonical name */
static const char *
match_unit (Context        *ctx,
            const Para     *para,
            gsize          *p)
{
  const char *canonical = NULL;
  gsize q = *p, source, n;

  if (q < para->folded.len && para->folded.text[q] == ' ')
    q++;
  if (q >= para->folded.len)
    return NULL;
  source = para->folded.map[q];
  n = dt_unit_catalog_match_prefix (ctx->self->catalog, para->text + source,
                                    para->len - source, &canonical);
  if (n == 0)
    return NULL;
  *p = folded_pos (&para->folded, source + n, q);
  return canonical;
}

/* "Sở X, Sở Y và Ban Z": the names, in order */
static GPtrArray *
match_unit_list (Context    *ctx,
                 const Para *para,
                 gsize      *p)
{
  GPtrArray *units = g_ptr_array_new ();
  gsize q = *p;
  const char *unit;

  while ((unit = match_unit (ctx, para, &q)) != NULL)
    {
      gsize r = q;
      gboolean separated = FALSE;

      if (!g_ptr_array_find_with_equal_func (units, unit, g_str_equal, NULL))
        g_ptr_array_add (units, (gpointer) unit);
      *p = q;
      if (r < para->folded.len && para->folded.text[r] == ' ')
        r++;
      if (r < para->folded.len && (para->folded.text[r] == ',' || para->folded.text[r] == ';'))
        {
          r++;
          separated = TRUE;
        }
      if (eat (&para->folded, &r, "va"))
        separated = TRUE;
      /* "Sở X Sở Y" are two cells of a table, not one list */
      if (!separated)
        break;
      q = r;
    }

  if (units->len == 0)
    g_clear_pointer (&units, g_ptr_array_unref);
  return units;
}

/* "Các cấp, các ngành", "Các sở, ban, ngành", "các chủ đầu tư" … */
static gboolean
match_collective (const DtFolded *f,
                  gsize           p,
                  gsize          *end)
{
  static const char * const nouns[] = {
    "cap", "nganh", "so", "ban", "dia phuong", "don vi", "chu dau tu", "co quan", "huyen",
    "thanh pho", "thi xa", "xa", "phuong", "thi tran", "doanh nghiep", "to chuc", "doan the",
    "hoi", "bo", "tinh", "thanh, thi", "thanh thi", "dia phuong lien quan", NULL
  };
  gsize q = p, last = 0;

  if (!eat (f, &q, "cac"))
    return FALSE;
  while (eat_any (f, &q, nouns))
    {
      gsize r;

      eat_any (f, &q, (const char *[]) { "co lien quan", "lien quan", NULL });
      last = q;
      r = q;
      if (r < f->len && f->text[r] == ',')
        r++;
      eat (f, &r, "va");
      eat (f, &r, "cac");
      q = r;
    }
  if (last == 0)
    return FALSE;
  *end = last;
  return TRUE;
}

static const char * const predicate_words[] = {
  "chu tri", "phoi hop", "tiep tuc", "tap trung", "thuong xuyen", "khan truong", "chi dao",
  "tang cuong", "huong dan", "ra soat", "tham muu", "nghien cuu", "kiem tra", "trien khai",
  "thuc hien", "xay dung", "don doc", "bam sat", "theo doi", "chiu trach nhiem",
  "co trach nhiem", "duy tri", "to chuc", "hoan thien", "hoan thanh", "bao cao", "day manh",
  "phan cong", "can cu", "chu dong", "dam bao", "bao dam", "lam viec", "cung cap", "de xuat",
  "trinh", "quan ly", "giai quyet", "xu ly", "uu tien", "sap xep", "gui", "lap", "cap nhat",
  "khan cap", "nghiem tuc", "som", "kip thoi", NULL
};

static const char * const unit_heads[] = {
  "so", "ban quan ly", "ban", "cuc", "chi cuc", "trung tam", "van phong", "uy ban", "ubnd",
  "bo chi huy", "cong an", "kho bac", "ngan hang", "dai", "thanh tra", "benh vien", "vien",
  "tinh doan", "lien doan", "tong cong ty", "cong ty", "bao hiem", NULL
};

/* A subject that looks like a unit the catalogue doesn't know: a unit
 * word ("Sở", "Ban", "Trung tâm" …) up to the verb or a colon. */
static gboolean
match_unknown_unit (const Para *para,
                    gsize       p,
                    gsize      *end)
{
  const DtFolded *f = &para->folded;
  gsize q = p, last;
  guint words = 0;

  if (q < f->len && f->text[q] == ' ')
    q++;
  if (!starts_upper (para->text + f->map[q], para->text + para->len))
    return FALSE;
  if (eat_any (f, &(gsize) { q }, (const char *[]) { "ban hanh", "bao cao", "so sanh", "so luong",
                                                     "dai dien", "vien chuc", "cong an xa", NULL }))
    return FALSE;
  if (!eat_any (f, &q, unit_heads))
    return FALSE;

  last = q;
  while (q < f->len && words < 10)
    {
      gsize r = q;

      if (f->text[q] == ':' || (f->text[q] == ' ' && q + 1 < f->len && f->text[q + 1] == ':'))
        {
          *end = last;
          return words > 0;
        }
      if (eat_any (f, &r, predicate_words))
        {
          *end = last;
          return words > 0;
        }
      r = q;
      if (r < f->len && f->text[r] == ' ')
        r++;
      if (r >= f->len || !(g_ascii_isalnum (f->text[r]) || f->text[r] == '-' || f->text[r] == '&'))
        return FALSE;
      while (r < f->len && f->text[r] != ' ' && f->text[r] != ',' && f->text[r] != '.'
             && f->text[r] != ':' && f->text[r] != ';')
        r++;
      q = last = r;
      words++;
    }
  return FALSE;
}

typedef struct
{
  GPtrArray *leads;        /* of char* (borrowed canonical or owned in unknown) */
  char      *unknown;      /* a lead as written, not in the catalogue */
  char      *collective;   /* a collective subject as written */
  gsize      text_start;   /* folded position where the task begins */
  gboolean   guessed;
  gboolean   context_only; /* "Đối với …:" — a heading for sub-items */
} Assignment;

static void
assignment_clear (Assignment *a)
{
  g_clear_pointer (&a->leads, g_ptr_array_unref);
  g_clear_pointer (&a->unknown, g_free);
  g_clear_pointer (&a->collective, g_free);
}

static char *
source_span (const Para *para,
             gsize       from,
             gsize       to)
{
  gsize a = para->folded.map[from];
  gsize b = para->folded.map[to];

  return g_strstrip (g_strndup (para->text + a, b - a));
}

/* "các sở, ngành" after "Yêu cầu" → "Các sở, ngành" */
static char *
capitalize (char *text)
{
  gunichar c = g_utf8_get_char (text);
  char buf[8];
  char *result;

  if (!g_unichar_islower (c))
    return text;
  buf[g_unichar_to_utf8 (g_unichar_toupper (c), buf)] = '\0';
  result = g_strconcat (buf, g_utf8_next_char (text), NULL);
  g_free (text);
  return result;
}

static const char * const assign_verbs[] = { "giao cho", "giao", "yeu cau", "de nghi", NULL };

static gboolean
is_sentence_start (const DtFolded *f,
                   gsize           p)
{
  gsize q = p;

  while (q > 0 && f->text[q - 1] == ' ')
    q--;
  return q == 0 || f->text[q - 1] == '.' || f->text[q - 1] == ':' || f->text[q - 1] == ';';
}

/* Who is assigned in a paragraph, and where its task begins */
static gboolean
find_assignment (Context    *ctx,
                 const Para *para,
                 gboolean    allow_unknown,
                 gboolean    search_sentences,
                 Assignment *a)
{
  const DtFolded *f = &para->folded;
  gsize p = 0, q, end;

  memset (a, 0, sizeof *a);

  /* "Đối với 03 Chương trình …: Giao …" */
  if (eat (f, &(gsize) { 0 }, "doi voi"))
    {
      const char *colon = memchr (f->text, ':', MIN (f->len, 300));

      if (colon == NULL)
        return FALSE;
      p = colon - f->text + 1;
      skip_separators (f, &p);
      if (p >= f->len)
        {
          a->context_only = TRUE;
          return FALSE;
        }
    }

  q = p;
  eat_any (f, &q, assign_verbs);

  if (match_collective (f, q, &end))
    {
      a->collective = capitalize (source_span (para, q, end));
      a->text_start = end;
      return TRUE;
    }
  if ((a->leads = match_unit_list (ctx, para, &q)) != NULL)
    {
      a->text_start = q;
      return TRUE;
    }

  /* "Cơ quan thường trực … gồm: Sở X, Sở Y …" */
  {
    const char *gom = g_strstr_len (f->text + p, MIN (f->len - p, 200), "gom:");

    if (gom != NULL && (gom == f->text || !g_ascii_isalnum (gom[-1])))
      {
        q = gom - f->text + 4;
        if ((a->leads = match_unit_list (ctx, para, &q)) != NULL)
          {
            a->text_start = q;
            a->guessed = TRUE;
            return TRUE;
          }
      }
  }

  /* "… chuẩn bị. Giao Sở X phối hợp …" */
  for (gsize i = p; search_sentences && i + 5 < f->len; i++)
    {
      if (f->text[i] != 'g' || (i > 0 && g_ascii_isalnum (f->text[i - 1]))
          || !is_sentence_start (f, i))
        continue;
      q = i;
      if (!eat_any (f, &q, assign_verbs))
        continue;
      if (match_collective (f, q, &end))
        {
          a->collective = capitalize (source_span (para, q, end));
          a->text_start = end;
          return TRUE;
        }
      if ((a->leads = match_unit_list (ctx, para, &q)) != NULL)
        {
          a->text_start = q;
          return TRUE;
        }
    }

  q = p;
  eat_any (f, &q, assign_verbs);
  if (allow_unknown && match_unknown_unit (para, q, &end))
    {
      a->unknown = source_span (para, q, end);
      a->text_start = end;
      a->guessed = TRUE;
      return TRUE;
    }

  return FALSE;
}

static char **
find_coordinators (Context    *ctx,
                   const Para *para,
                   gsize       from,
                   GPtrArray  *leads)
{
  const DtFolded *f = &para->folded;
  GPtrArray *found = g_ptr_array_new ();

  for (gsize p = from; p + 8 <= f->len; p++)
    {
      gsize q = p;
      g_autoptr(GPtrArray) units = NULL;

      if (f->text[p] != 'p' || (p > 0 && g_ascii_isalnum (f->text[p - 1])))
        continue;
      if (!eat (f, &q, "phoi hop"))
        continue;
      eat (f, &q, "chat che");
      eat (f, &q, "voi");
      units = match_unit_list (ctx, para, &q);
      for (guint i = 0; units && i < units->len; i++)
        {
          const char *unit = g_ptr_array_index (units, i);

          if (!g_ptr_array_find_with_equal_func (found, unit, g_str_equal, NULL)
              && !(leads && g_ptr_array_find_with_equal_func (leads, unit, g_str_equal, NULL)))
            g_ptr_array_add (found, (gpointer) unit);
        }
      p = q;
    }

  g_ptr_array_add (found, NULL);
  {
    char **names = g_strdupv ((char **) found->pdata);

    g_ptr_array_unref (found);
    return names;
  }
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
seems_to_give_deadline (const char *text)
{
  DtFolded f;
  gboolean result;

  _dt_folded_init (&f, text, -1);
  result = strstr (f.text, "cham nhat") != NULL || strstr (f.text, "truoc ngay") != NULL
           || strstr (f.text, "thoi han") != NULL || strstr (f.text, "han chot") != NULL;
  _dt_folded_clear (&f);
  return result;
}

static void
apply_deadline (DtExtractedDirective *d,
                const DtDeadline     *own,
                const DtDeadline     *heading)
{
  const DtDeadline *dl = own;
  g_autoptr(DtDeadline) inherited = NULL;

  if (dl == NULL && heading != NULL)
    dl = inherited = dt_deadline_inherit (heading);

  if (dl != NULL)
    {
      d->deadline_phrase = g_strdup (dl->phrase);
      d->deadline = dl->date;
      d->approximate = dl->approximate;
      d->inherited = dl->inherited;
      d->ongoing = dl->ongoing;
      d->recurrence = dl->recurrence;
      d->recurrence_interval = dl->recurrence_interval;
      if (dl->impossible)
        d->doubts |= DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE;
    }
  else if (seems_to_give_deadline (d->text))
    d->doubts |= DT_EXTRACTION_DOUBT_NO_DEADLINE;
}

/* One directive per lead unit, all from the same paragraph */
static void
emit_directives (Context          *ctx,
                 DtExtractionPart  part,
                 const char       *id_prefix,
                 const char       *where,
                 const char       *category,
                 const Para       *para,
                 const Assignment *a,
                 GPtrArray        *more_coordinators,
                 const char       *text,
                 const DtDeadline *own_deadline,
                 const DtDeadline *heading_deadline)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_auto(GStrv) coordinators = NULL;
  guint n;

  if (a->collective)
    g_ptr_array_add (names, a->collective);
  else if (a->unknown)
    g_ptr_array_add (names, a->unknown);
  else
    for (guint i = 0; i < a->leads->len; i++)
      g_ptr_array_add (names, g_ptr_array_index (a->leads, i));

  coordinators = find_coordinators (ctx, para, a->text_start, a->leads);
  for (guint i = 0; more_coordinators && i < more_coordinators->len; i++)
    {
      const char *unit = g_ptr_array_index (more_coordinators, i);

      if (!g_strv_contains ((const char * const *) coordinators, unit))
        {
          guint len = g_strv_length (coordinators);

          coordinators = g_renew (char *, coordinators, len + 2);
          coordinators[len] = g_strdup (unit);
          coordinators[len + 1] = NULL;
        }
    }
  n = names->len;

  for (guint i = 0; i < n; i++)
    {
      DtExtractedDirective *d = dt_extracted_directive_new ();

      if (n > 1)
        d->id = g_strdup_printf ("%s%c", id_prefix, 'a' + (i % 26));
      else
        d->id = g_strdup (id_prefix);
      d->part = part;
      d->where = g_strdup (where);
      d->ordinal = g_strdup (where);
      d->category = g_strdup (category);
      d->lead_unit = g_strdup (g_ptr_array_index (names, i));
      d->lead_unit_known = a->collective == NULL && a->unknown == NULL;
      d->collective = a->collective != NULL;
      g_strfreev (d->coordinating_units);
      d->coordinating_units = g_strdupv (coordinators);
      d->text = g_strdup (text);
      d->source_start = para->source_start;
      d->source_end = para->source_end;
      if (a->collective)
        d->doubts |= DT_EXTRACTION_DOUBT_COLLECTIVE;
      if (a->unknown)
        d->doubts |= DT_EXTRACTION_DOUBT_UNKNOWN_UNIT;
      if (a->guessed)
        d->doubts |= DT_EXTRACTION_DOUBT_GUESSED_SPLIT;
      apply_deadline (d, own_deadline, heading_deadline);
      g_ptr_array_add (ctx->extraction->directives, d);
    }
}

/* ------------------------------------------------------------------------ */
/* Body                                                                      */

#define MAX_LEVELS 6

typedef struct
{
  char       *number;
  char       *heading;
  DtDeadline *deadline;
  gboolean    report;      /* results, difficulties: no directives */
} Level;

typedef struct
{
  Level      levels[MAX_LEVELS];
  gboolean   have_roman;
  /* "- Sở X:" followed by "+ task" sub-items */
  GPtrArray *item_leads;
  gboolean   item_context;
} BodyState;

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->number, g_free);
  g_clear_pointer (&level->heading, g_free);
  g_clear_pointer (&level->deadline, dt_deadline_free);
  level->report = FALSE;
}

static int
innermost_level (BodyState *state)
{
  for (int i = MAX_LEVELS - 1; i >= 0; i--)
    if (state->levels[i].number != NULL)
      return i;
  return -1;
}

static char *
section_path (BodyState *state)
{
  GString *path = g_string_new (NULL);

  for (int i = 0; i < MAX_LEVELS; i++)
    if (state->levels[i].number != NULL)
      {
        if (path->len > 0)
          g_string_append_c (path, '.');
        g_string_append (path, state->levels[i].number);
      }
  return g_string_free (path, FALSE);
}

static const char *
section_category (BodyState *state)
{
  int inner = innermost_level (state);

  for (int i = inner - 1; i >= 0; i--)
    if (state->levels[i].heading != NULL)
      return state->levels[i].heading;
  /* a numbered paragraph at the top is a task, not a group */
  return inner == 0 && state->have_roman ? state->levels[0].heading : NULL;
}

static const DtDeadline *
section_deadline (BodyState *state)
{
  for (int i = MAX_LEVELS - 1; i >= 0; i--)
    if (state->levels[i].deadline != NULL)
      return state->levels[i].deadline;
  return NULL;
}

static gboolean
section_is_report (BodyState *state)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    if (state->levels[i].report)
      return TRUE;
  return FALSE;
}

static char *
heading_text (const char *text)
{
  char *heading = collapse_spaces (text);
  gsize n = strlen (heading);

  while (n > 0 && (heading[n - 1] == '.' || heading[n - 1] == ':' || heading[n - 1] == ' '))
    heading[--n] = '\0';
  return heading;
}

static gboolean
is_report_heading (const char *heading)
{
  DtFolded f;
  gboolean report;

  _dt_folded_init (&f, heading, -1);
  report = (g_str_has_prefix (f.text, "ket qua") || g_str_has_prefix (f.text, "kho khan")
            || g_str_has_prefix (f.text, "han che") || g_str_has_prefix (f.text, "ton tai")
            || g_str_has_prefix (f.text, "danh gia") || g_str_has_prefix (f.text, "tinh hinh"))
           && strstr (f.text, "nhiem vu") == NULL && strstr (f.text, "giai phap") == NULL
           && strstr (f.text, "phuong huong") == NULL;
  _dt_folded_clear (&f);
  return report;
}

static void
enter_section (Context    *ctx,
               BodyState  *state,
               const Line *line,
               const Para *para)
{
  int level;
  g_auto(GStrv) parts = NULL;

  if (line->kind == LINE_ROMAN)
    {
      state->have_roman = TRUE;
      parts = g_new0 (char *, 2);
      parts[0] = g_strdup (line->number);
      level = 0;
    }
  else
    {
      parts = g_strsplit (line->number, ".", -1);
      level = state->have_roman ? 1 : 0;
    }

  for (guint i = 0; parts[i] != NULL && level < MAX_LEVELS; i++, level++)
    {
      Level *l = &state->levels[level];

      if (parts[i + 1] == NULL || g_strcmp0 (l->number, parts[i]) != 0)
        {
          for (int j = level; j < MAX_LEVELS; j++)
            level_clear (&state->levels[j]);
          l->number = g_strdup (parts[i]);
        }
      if (parts[i + 1] == NULL)
        {
          DtDeadline *dl;

          l->heading = heading_text (para->text);
          l->report = is_report_heading (l->heading);
          dl = dt_deadline_parse_full (para->text, -1, ctx->reference, NULL,
                                       DT_DEADLINE_PARSE_PRECISE_ONLY);
          if (dl != NULL && dl->date != DT_DATE_NONE)
            l->deadline = dl;
          else
            dt_deadline_free (dl);
        }
    }

  g_clear_pointer (&state->item_leads, g_ptr_array_unref);
  state->item_context = FALSE;
}

static void
body_paragraph (Context   *ctx,
                BodyState *state,
                guint      first,
                guint      last)
{
  const Line *line = g_ptr_array_index (ctx->lines, first);
  Para para = { 0 };
  Assignment a = { 0 };
  g_autofree char *where = NULL;
  g_autofree char *id = NULL;
  gboolean found;

  para_init (&para, ctx->text, ctx->lines, first, last, TRUE);

  if (line->kind == LINE_ROMAN || line->kind == LINE_NUMBERED)
    {
      enter_section (ctx, state, line, &para);
      /* a numbered paragraph may itself assign a task: "2. Giao Sở X …" */
      if (line->kind == LINE_ROMAN)
        goto out;
    }
  else if (line->kind == LINE_ITEM)
    {
      g_clear_pointer (&state->item_leads, g_ptr_array_unref);
      state->item_context = FALSE;
    }

  if (section_is_report (state) || para.folded.len == 0)
    goto out;

  found = find_assignment (ctx, &para, TRUE,
                           !(line->kind == LINE_SUBITEM && state->item_leads != NULL), &a);

  if (line->kind == LINE_NUMBERED && (!found || a.collective != NULL))
    goto out;   /* a heading: its subject, if any, is collective */

  if (!found && line->kind == LINE_ITEM && a.context_only)
    {
      state->item_context = TRUE;
      goto out;
    }
  if (!found && line->kind == LINE_SUBITEM && state->item_leads != NULL)
    {
      a.leads = g_ptr_array_ref (state->item_leads);
      a.text_start = 0;
      found = TRUE;
    }
  if (!found)
    goto out;

  {
    gsize start = a.text_start;
    g_autofree char *raw = NULL;
    g_autofree char *text = NULL;
    g_autoptr(DtDeadline) own = NULL;

    skip_separators (&para.folded, &start);
    if (start >= para.folded.len)
      {
        /* "- Sở X:" — the tasks follow as "+" sub-items */
        if ((line->kind == LINE_ITEM || line->kind == LINE_NUMBERED) && a.leads != NULL)
          state->item_leads = g_ptr_array_ref (a.leads);
        goto out;
      }

    raw = g_strdup (para.text + para.folded.map[start]);
    text = collapse_spaces (raw);
    own = dt_deadline_parse (text, -1, ctx->reference, NULL);

    where = section_path (state);
    ctx->n_body++;
    id = g_strdup_printf ("B%u", ctx->n_body);
    emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, section_category (state),
                     &para, &a, NULL, text, own, section_deadline (state));
  }

out:
  assignment_clear (&a);
  para_clear (&para);
}

static gboolean
ends_sentence (const Line *line,
               const char *text)
{
  const char *end = text + line->end;

  while (end > text + line->start && (end[-1] == ' '))
    end--;
  if (end == text + line->start)
    return FALSE;
  return end[-1] == '.' || end[-1] == ':' || end[-1] == '!' || end[-1] == '?';
}

static void
read_body (Context *ctx,
           guint    first,
           guint    last)
{
  BodyState state = { 0 };
  guint start = G_MAXUINT;
  guint prev = G_MAXUINT;

  for (guint i = first; i < last; i++)
    {
      Line *line = g_ptr_array_index (ctx->lines, i);
      gboolean new_para;

      if (line->kind == LINE_NOISE)
        continue;

      new_para = line->kind != LINE_TEXT
                 || prev == G_MAXUINT
                 || (ends_sentence (g_ptr_array_index (ctx->lines, prev), ctx->text)
                     && starts_upper (ctx->text + line->start, ctx->text + line->end));
      if (new_para && start != G_MAXUINT)
        body_paragraph (ctx, &state, start, prev);
      if (new_para)
        start = i;
      prev = i;

      if (check_point (ctx, i))
        break;
    }
  if (start != G_MAXUINT)
    body_paragraph (ctx, &state, start, prev);

  for (int i = 0; i < MAX_LEVELS; i++)
    level_clear (&state.levels[i]);
  g_clear_pointer (&state.item_leads, g_ptr_array_unref);
}

/* ------------------------------------------------------------------------ */
/* Appendix table                                                            */

static gboolean
is_table_header (const Line *line)
{
  const char *f = line->folded;

  return (g_str_has_prefix (f, "tt ") || g_str_has_prefix (f, "stt ")) && strlen (f) < 120
         && (strstr (f, "nhiem vu") != NULL || strstr (f, "noi dung") != NULL
             || strstr (f, "cong viec") != NULL)
         && (strstr (f, "don vi") != NULL || strstr (f, "chu tri") != NULL
             || strstr (f, "co quan") != NULL || strstr (f, "thuc hien") != NULL);
}

static gboolean
is_page_header (const Line *line)
{
  static const char * const headers[] = {
    "uy ban nhan dan", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
    "hoi dong nhan dan", NULL
  };

  for (guint i = 0; headers[i] != NULL; i++)
    if (strcmp (line->folded, headers[i]) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean coordinating_column;   /* "Đơn vị phối hợp" */
  gboolean deadline_column;       /* "Thời hạn", "Thời gian hoàn thành" */
} TableLayout;

static void
skip_cell_separators (const DtFolded *f,
                      gsize          *q)
{
  while (*q < f->len && (f->text[*q] == ' ' || f->text[*q] == '.' || f->text[*q] == ','
                         || f->text[*q] == ';'))
    (*q)++;
}

/* A deadline cell: "31/3/2024", "Tháng 3/2024", "Quý I/2024", "Trước ngày …",
 * "Thường xuyên" — the whole cell must be the phrase. */
static DtDeadline *
parse_deadline_cell (Context    *ctx,
                     const char *cell)
{
  static const char * const prefixes[] = { "", "trong ", "trước ngày ", NULL };
  g_autofree char *trimmed = g_strstrip (g_strdup (cell));
  gsize n = strlen (trimmed);

  while (n > 0 && trimmed[n - 1] == '.')
    trimmed[--n] = '\0';
  if (n == 0)
    return NULL;

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      g_autofree char *text = g_strconcat (prefixes[i], trimmed, NULL);
      DtDeadline *dl = dt_deadline_parse (text, -1, ctx->reference, NULL);
      gsize skip = strlen (prefixes[i]);

      if (dl != NULL && dl->start <= (gssize) skip && (gsize) dl->end >= skip + n - 1)
        {
          g_free (dl->phrase);
          dl->phrase = g_strdup (trimmed);
          dl->start = dl->end = -1;
          return dl;
        }
      dt_deadline_free (dl);
    }
  return NULL;
}

/* Does the rest of the row, from p, consist of the unit cells only (lead
 * units, then the coordinating units and the deadline if the table has
 * those columns)? */
static gboolean
is_unit_cell (Context            *ctx,
              const Para         *para,
              gsize               p,
              const TableLayout  *layout,
              Assignment         *a,
              GPtrArray         **coordinators,
              DtDeadline        **deadline)
{
  const DtFolded *f = &para->folded;
  gsize q = p, end;
  g_autoptr(GPtrArray) coords = NULL;
  g_autoptr(DtDeadline) cell_deadline = NULL;

  if (match_collective (f, q, &end))
    {
      a->collective = source_span (para, q, end);
      q = end;
    }
  else if ((a->leads = match_unit_list (ctx, para, &q)) == NULL)
    return FALSE;
  skip_cell_separators (f, &q);

  if (layout->coordinating_column && q < f->len)
    {
      if ((coords = match_unit_list (ctx, para, &q)) == NULL && match_collective (f, q, &end))
        q = end;
      eat_any (f, &q, (const char *[]) { "co lien quan", "lien quan", NULL });
      skip_cell_separators (f, &q);
    }
  if (layout->deadline_column && q < f->len)
    {
      g_autofree char *cell = source_span (para, q, f->len);

      if ((cell_deadline = parse_deadline_cell (ctx, cell)) != NULL)
        q = f->len;
    }

  if (q == f->len)
    {
      if (coordinators)
        *coordinators = g_steal_pointer (&coords);
      if (deadline)
        *deadline = g_steal_pointer (&cell_deadline);
      return TRUE;
    }
  g_clear_pointer (&a->leads, g_ptr_array_unref);
  g_clear_pointer (&a->collective, g_free);
  return FALSE;
}

static guint
count_words (const char *s)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (; *s; s++)
    {
      gboolean space = *s == ' ';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* the longest unit cell: several names */
#define MAX_CELL 600

static void
appendix_row (Context    *ctx,
              const char *number,
              const char *category,
              guint       first,
              guint       last,
              const TableLayout *layout)
{
  Para para = { 0 };
  Assignment a = { 0 };
  const DtFolded *f;
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GPtrArray) cell_coordinators = NULL;
  g_autoptr(DtDeadline) cell_deadline = NULL;
  gsize cut = 0;

  para_init (&para, ctx->text, ctx->lines, first, last, TRUE);
  f = &para.folded;

  /* where the unit cell may begin: after a sentence, or at a line start,
   * near the end of the row */
  {
    gsize pos = 0;

    for (guint i = 0; i < para.line_starts->len; i++)
      {
        pos = folded_pos (f, g_array_index (para.line_starts, gsize, i), pos);
        if (pos + MAX_CELL >= f->len)
          g_array_append_val (cuts, pos);
      }
  }
  for (gsize p = f->len > MAX_CELL ? f->len - MAX_CELL : 1; p + 1 < f->len; p++)
    if ((f->text[p] == '.' || f->text[p] == ';') && f->text[p + 1] == ' ')
      {
        gsize pos = p + 2;

        g_array_append_val (cuts, pos);
      }

  /* the earliest cut after which only unit names follow: first where a
   * line or a sentence begins, then at any capitalised word */
  for (guint pass = 0; pass < 2 && cut == 0; pass++)
  {
    gsize best = G_MAXSIZE;

    if (pass == 1)
      {
        g_array_set_size (cuts, 0);
        for (gsize p = f->len > MAX_CELL ? f->len - MAX_CELL : 1; p < f->len; p++)
          if (f->text[p - 1] == ' ' && g_ascii_isalpha (f->text[p])
              && starts_upper (para.text + f->map[p], para.text + para.len))
            g_array_append_val (cuts, p);
      }

    for (guint i = 0; i < cuts->len; i++)
      {
        gsize c = g_array_index (cuts, gsize, i);
        Assignment trial = { 0 };
        GPtrArray *coords = NULL;
        DtDeadline *dl = NULL;

        if (c == 0 || c >= f->len || c >= best)
          continue;
        if (is_unit_cell (ctx, &para, c, layout, &trial, &coords, &dl))
          {
            assignment_clear (&a);
            a = trial;
            best = c;
            g_clear_pointer (&cell_coordinators, g_ptr_array_unref);
            g_clear_pointer (&cell_deadline, dt_deadline_free);
            cell_coordinators = coords;
            cell_deadline = dl;
          }
        else
          assignment_clear (&trial);
      }
    cut = best != G_MAXSIZE ? best : 0;
    if (cut > 0 && pass == 1)
      a.guessed = TRUE;
  }

  /* not in the catalogue: the words after the last sentence, as written */
  if (cut == 0)
    {
      gsize last_sentence = 0;

      for (guint i = 0; i < cuts->len; i++)
        {
          gsize c = g_array_index (cuts, gsize, i);

          if (c > 0 && c < f->len && c > last_sentence && c >= 2 && f->text[c - 2] == '.')
            last_sentence = c;
        }
      if (last_sentence > 0)
        {
          g_autofree char *cell = source_span (&para, last_sentence, f->len);
          guint words = count_words (cell);

          if (words >= 2 && words <= 10 && starts_upper (cell, cell + strlen (cell)))
            {
              gsize n = strlen (cell);

              while (n > 0 && (cell[n - 1] == '.' || cell[n - 1] == ' '))
                cell[--n] = '\0';
              a.unknown = g_steal_pointer (&cell);
              cut = last_sentence;
            }
        }
      a.guessed = TRUE;
    }

  if (cut > 0)
    {
      g_autofree char *raw = source_span (&para, 0, cut);
      g_autofree char *text = collapse_spaces (raw);
      g_autofree char *id = g_strdup_printf ("A%s", number);
      g_autoptr(DtDeadline) own = NULL;
      Para task = { 0 };

      if (cell_deadline != NULL)
        own = g_steal_pointer (&cell_deadline);
      else
        own = dt_deadline_parse_full (text, -1, ctx->reference, NULL,
                                      layout->deadline_column ? DT_DEADLINE_PARSE_DEFAULT
                                                              : DT_DEADLINE_PARSE_PRECISE_ONLY);
      /* coordinators are searched in the task text only */
      task.text = text;
      task.len = strlen (text);
      _dt_folded_init (&task.folded, text, task.len);
      task.source_start = para.source_start;
      task.source_end = para.source_end;
      a.text_start = 0;
      emit_directives (ctx, DT_EXTRACTION_PART_APPENDIX, id, number, category, &task, &a,
                       cell_coordinators, text, own, NULL);
      _dt_folded_clear (&task.folded);
    }
  else
    {
      /* no unit found at all: keep the task, flagged for review */
      g_autofree char *text = collapse_spaces (para.text);
      DtExtractedDirective *d = dt_extracted_directive_new ();

      d->id = g_strdup_printf ("A%s", number);
      d->part = DT_EXTRACTION_PART_APPENDIX;
      d->where = g_strdup (number);
      d->ordinal = g_strdup (number);
      d->category = g_strdup (category);
      d->lead_unit = g_strdup ("");
      d->text = g_steal_pointer (&text);
      d->source_start = para.source_start;
      d->source_end = para.source_end;
      d->doubts = DT_EXTRACTION_DOUBT_UNKNOWN_UNIT | DT_EXTRACTION_DOUBT_GUESSED_SPLIT;
      g_ptr_array_add (ctx->extraction->directives, d);
    }

  assignment_clear (&a);
  para_clear (&para);
}

static void
line_set_noise (Line *line)
{
  line->kind = LINE_NOISE;
}

static void
read_appendix (Context *ctx,
               guint    header,
               guint    last)
{
  const Line *header_line = g_ptr_array_index (ctx->lines, header);
  g_autoptr(GString) header_text = g_string_new (header_line->folded);
  TableLayout layout;

  /* a header wrapped over a line or two: "… Đơn vị phối" / "hợp Thời gian" */
  for (guint i = header + 1; i < last && i <= header + 2; i++)
    {
      const Line *line = g_ptr_array_index (ctx->lines, i);

      if (line->kind != LINE_TEXT || strlen (line->folded) > 60)
        break;
      g_string_append_printf (header_text, " %s", line->folded);
      if (line->kind == LINE_TEXT && (strstr (line->folded, "hop") || strstr (line->folded, "thoi")
                                      || strstr (line->folded, "hoan thanh")))
        line_set_noise ((Line *) line);
    }
  layout.coordinating_column = strstr (header_text->str, "phoi hop") != NULL;
  layout.deadline_column = strstr (header_text->str, "thoi han") != NULL
                           || strstr (header_text->str, "thoi gian") != NULL;
  g_autofree char *category = NULL;
  g_autofree char *number = NULL;
  guint row_first = G_MAXUINT, row_last = 0;
  int expected = 1;

  for (guint i = header + 1; i < last; i++)
    {
      Line *line = g_ptr_array_index (ctx->lines, i);
      gboolean row_start = FALSE, group = FALSE;

      if (check_point (ctx, i))
        break;
      if (line->kind == LINE_NOISE || is_page_header (line))
        continue;
      if (is_table_header (line))
        continue;

      if (line->kind == LINE_ROMAN)
        group = TRUE;
      else if (line->kind == LINE_NUMBERED && strchr (line->number, '.') == NULL)
        row_start = TRUE;
      else if (line->kind == LINE_TEXT && g_ascii_isdigit (ctx->text[line->start])
               && atoi (line->folded) == expected
               && (line->folded[strspn (line->folded, "0123456789")] == '\0'
                   || (line->folded[strspn (line->folded, "0123456789")] == ' '
                       && starts_upper (ctx->text + line->start + strspn (line->folded, "0123456789") + 1,
                                        ctx->text + line->end))))
        {
          row_start = TRUE;
          line->content = line->start + strspn (line->folded, "0123456789");
          while (line->content < line->end && ctx->text[line->content] == ' ')
            line->content++;
          g_snprintf (line->number, sizeof line->number, "%d", expected);
        }

      if ((group || row_start) && row_first != G_MAXUINT)
        {
          appendix_row (ctx, number, category, row_first, row_last, &layout);
          row_first = G_MAXUINT;
        }

      if (group)
        {
          g_autofree char *raw = g_strndup (ctx->text + line->content, line->end - line->content);

          g_free (category);
          category = heading_text (raw);
        }
      else if (row_start)
        {
          g_free (number);
          number = g_strdup (line->number[0] ? line->number : line->folded);
          expected = atoi (number) + 1;
          row_first = row_last = i;
        }
      else if (row_first != G_MAXUINT)
        row_last = i;
    }
  if (row_first != G_MAXUINT)
    appendix_row (ctx, number, category, row_first, row_last, &layout);
}

/* ------------------------------------------------------------------------ */
/* Header fields                                                             */

static DtDate
find_date (const char *text,
           gsize       length,
           gboolean    require_ngay)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  DtDate date = DT_DATE_NONE;

  if (g_once_init_enter_pointer (&regex))
    g_once_init_leave_pointer (&regex,
                               g_regex_new ("(?i)(ngày\\s+)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})"
                                            "\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})",
                                            G_REGEX_OPTIMIZE, 0, NULL));

  if (g_regex_match_full (regex, text, length, 0, 0, &match, NULL))
    {
      while (g_match_info_matches (match))
        {
          g_autofree char *ngay = g_match_info_fetch (match, 1);
          g_autofree char *d = g_match_info_fetch (match, 2);
          g_autofree char *m = g_match_info_fetch (match, 3);
          g_autofree char *y = g_match_info_fetch (match, 4);

          if ((!require_ngay || (ngay && *ngay)) && dt_date_is_valid (atoi (y), atoi (m), atoi (d)))
            {
              date = dt_date_new (atoi (y), atoi (m), atoi (d));
              break;
            }
          g_match_info_next (match, NULL);
        }
    }
  return date;
}

static char *
title_case_place (const char *caps)
{
  /* "TỈNH NGHỆ AN" → "tỉnh Nghệ An" */
  g_autofree char *lower = g_utf8_strdown (caps, -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (lower), " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i == 0)
        g_string_append (out, words[i]);
      else
        {
          gunichar c = g_unichar_totitle (g_utf8_get_char (words[i]));
          char buf[8];

          buf[g_unichar_to_utf8 (c, buf)] = '\0';
          g_string_append (out, buf);
          g_string_append (out, g_utf8_next_char (words[i]));
        }
    }
  return g_string_free (out, FALSE);
}

static char *
line_text (Context    *ctx,
           const Line *line)
{
  return g_strstrip (g_strndup (ctx->text + line->start, line->end - line->start));
}

static void
read_number (Context    *ctx,
             const Line *line)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;

  if (ctx->extraction->number != NULL)
    return;
  if (g_once_init_enter_pointer (&regex))
    g_once_init_leave_pointer (&regex,
                               g_regex_new ("(?:Số|số|SỐ)\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{Lu}Đ][\\p{Lu}Đ0-9]*(?:-[\\p{Lu}Đ0-9]+)*)",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match_full (regex, ctx->text + line->start, line->end - line->start, 0, 0, &match, NULL))
    {
      g_autofree char *num = g_match_info_fetch (match, 1);
      g_autofree char *sym = g_match_info_fetch (match, 2);

      ctx->extraction->number = g_strdup_printf ("%s/%s", num, sym);
    }
}

static gboolean
is_all_caps (Context    *ctx,
             const Line *line)
{
  gboolean letters = FALSE;

  for (const char *p = ctx->text + line->start; p < ctx->text + line->end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        letters = TRUE;
    }
  return letters;
}

static void
read_issuing_body (Context *ctx,
                   guint    i)
{
  Line *line = g_ptr_array_index (ctx->lines, i);
  const Line *next = i + 1 < ctx->lines->len ? g_ptr_array_index (ctx->lines, i + 1) : NULL;
  g_autofree char *raw = NULL;
  g_autofree char *place = NULL;

  if (ctx->extraction->issuing_body != NULL || !g_str_has_prefix (line->folded, "uy ban nhan dan")
      || !is_all_caps (ctx, line))
    return;

  /* "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" on one line */
  if (g_str_has_prefix (line->folded, "uy ban nhan dan tinh ")
      || g_str_has_prefix (line->folded, "uy ban nhan dan thanh pho "))
    {
      g_autofree char *whole = line_text (ctx, line);
      const char *rest = whole;

      for (guint words = 0; words < 4 && rest != NULL; words++)
        {
          rest = strchr (rest, ' ');
          if (rest != NULL)
            rest++;
        }
      if (rest != NULL)
        {
          place = title_case_place (rest);
          ctx->extraction->issuing_body = g_strdup_printf ("Ủy ban nhân dân %s", place);
        }
      return;
    }
  if (next == NULL)
    return;
  if (!g_str_has_prefix (next->folded, "tinh ") && !g_str_has_prefix (next->folded, "thanh pho ")
      && !g_str_has_prefix (next->folded, "huyen "))
    return;
  raw = line_text (ctx, next);
  place = title_case_place (raw);
  ctx->extraction->issuing_body = g_strdup_printf ("Ủy ban nhân dân %s", place);
}

static DtNoticeKind
kind_from_folded (const char *folded)
{
  if (g_str_has_prefix (folded, "thong bao"))
    return DT_NOTICE_KIND_CONCLUSION;
  if (g_str_has_prefix (folded, "chi thi"))
    return DT_NOTICE_KIND_DIRECTIVE;
  if (g_str_has_prefix (folded, "ke hoach"))
    return DT_NOTICE_KIND_PLAN;
  if (g_str_has_prefix (folded, "quyet dinh"))
    return DT_NOTICE_KIND_DECISION;
  if (g_str_has_prefix (folded, "cong van"))
    return DT_NOTICE_KIND_OFFICIAL_LETTER;
  return DT_NOTICE_KIND_OTHER;
}

static void
read_header (Context *ctx,
             guint    body_start)
{
  DtExtraction *e = ctx->extraction;
  guint kind_line = G_MAXUINT;

  for (guint i = 0; i < body_start; i++)
    {
      Line *line = g_ptr_array_index (ctx->lines, i);

      if (line->kind == LINE_NOISE)
        continue;
      if (g_str_has_prefix (line->folded, "so:") || g_str_has_prefix (line->folded, "so "))
        read_number (ctx, line);
      if (e->issue_date == DT_DATE_NONE && strstr (line->folded, ", ngay ") != NULL
          && strstr (line->folded, " thang ") != NULL)
        e->issue_date = find_date (ctx->text + line->start, line->end - line->start, TRUE);
      if (kind_line == G_MAXUINT && is_all_caps (ctx, line)
          && kind_from_folded (line->folded) != DT_NOTICE_KIND_OTHER && strlen (line->folded) < 40)
        {
          kind_line = i;
          e->kind = kind_from_folded (line->folded);
        }
    }

  /* the title: the lines under the kind, up to the first paragraph */
  if (kind_line != G_MAXUINT)
    {
      GString *title = g_string_new (NULL);
      guint last_title = kind_line;

      for (guint i = kind_line + 1; i < body_start && i <= kind_line + 4; i++)
        {
          Line *line = g_ptr_array_index (ctx->lines, i);
          g_autofree char *raw = NULL;

          if (line->indent >= 4 || g_str_has_prefix (line->folded, "ngay ")
              || g_str_has_prefix (line->folded, "can cu") || g_str_has_prefix (line->folded, "vao ngay")
              || g_str_has_prefix (line->folded, "sang ngay") || g_str_has_prefix (line->folded, "chieu ngay")
              || strspn (line->folded, "-_=*. ") == strlen (line->folded))
            break;
          raw = line_text (ctx, line);
          if (title->len > 0)
            g_string_append_c (title, ' ');
          g_string_append (title, raw);
          last_title = i;
        }
      if (title->len > 0)
        {
          DtFolded f;
          const char *of, *at;

          e->title = collapse_spaces (title->str);
          _dt_folded_init (&f, e->title, -1);
          of = strstr (f.text, "ket luan cua ");
          if (of == NULL)
            of = strstr (f.text, "chi dao cua ");
          at = of ? strstr (of, " tai ") : NULL;
          if (of != NULL && at != NULL)
            {
              gsize from = (strstr (of, "cua ") - f.text) + 4;

              e->concluded_by = g_strstrip (g_strndup (e->title + f.map[from],
                                                       f.map[at - f.text] - f.map[from]));
            }
          _dt_folded_clear (&f);
        }
      g_string_free (title, TRUE);

      /* the meeting: the first date in the opening paragraph */
      for (guint i = last_title + 1; i < body_start && e->meeting_date == DT_DATE_NONE; i++)
        {
          Line *line = g_ptr_array_index (ctx->lines, i);

          e->meeting_date = find_date (ctx->text + line->start, line->end - line->start, FALSE);
        }
      if (e->meeting_date == DT_DATE_NONE && e->title != NULL)
        e->meeting_date = find_date (e->title, strlen (e->title), FALSE);
    }
}

static void
read_closing (Context *ctx,
              guint    first,
              guint    last)
{
  static const char * const titles[] = {
    "tl. chu tich", "kt. chu tich", "tm. uy ban nhan dan", "tm. ubnd", "chu tich", "pho chu tich",
    "chanh van phong", "pho chanh van phong", "giam doc", "q. chu tich", NULL
  };
  gboolean after_title = FALSE;

  for (guint i = first; i < last; i++)
    {
      Line *line = g_ptr_array_index (ctx->lines, i);

      if (line->kind == LINE_NOISE)
        continue;
      if (g_strv_contains (titles, line->folded))
        {
          after_title = TRUE;
          continue;
        }
      if (after_title && ctx->extraction->signer == NULL && !is_all_caps (ctx, line)
          && line->kind == LINE_TEXT && strpbrk (line->folded, "0123456789:()") == NULL
          && !g_str_has_prefix (line->folded, "da ky"))
        {
          g_autofree char *raw = line_text (ctx, line);
          guint words = count_words (raw);

          if (words >= 2 && words <= 6)
            {
              ctx->extraction->signer = g_steal_pointer (&raw);
              return;
            }
        }
    }
}

/* ------------------------------------------------------------------------ */

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

static GPtrArray *
split_lines (const char *text,
             gsize       length)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = text, *end = text + length;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;
      const char *s = p, *e = line_end;
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
      if (e > s)
        {
          Line *line = g_new (Line, 1);

          line->start = s - text;
          line->end = e - text;
          line->indent = indent;
          classify_line (text, line);
          g_ptr_array_add (lines, line);
        }
      p = nl ? nl + 1 : end;
    }

  return lines;
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
  g_autoptr(GPtrArray) lines = NULL;
  Context ctx = { 0 };
  guint body_start = G_MAXUINT, closing = G_MAXUINT, table = G_MAXUINT;
  guint n;

  g_return_val_if_fail (DT_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

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
      Line *line = g_ptr_array_index (lines, i);

      read_issuing_body (&ctx, i);
      if (body_start != G_MAXUINT)
        continue;
      if (line->kind == LINE_ROMAN && line->marker_dot)
        body_start = i;
      else
        {
          /* the line may be a whole paragraph: look at its own end */
          const char *end = extraction->source_text + line->end;
          const char *tail = MAX (extraction->source_text + line->start, end - 40);
          char folded_tail[FOLD_PREFIX + 1];

          while (tail > extraction->source_text + line->start && ((guchar) *tail & 0xC0) == 0x80)
            tail--;
          fold_prefix (tail, end, folded_tail);
          if (ends_with_any (folded_tail, strlen (folded_tail),
                             (const char *[]) { "nhu sau:", "ket luan:", "chi dao:", "y kien:", NULL }))
            body_start = i + 1;
        }
    }
  if (body_start == G_MAXUINT)
    {
      /* no section and no "như sau:": the first numbered or "- " line, or
       * the table if that comes first (a pasted appendix) */
      for (guint i = 0; i < n && body_start == G_MAXUINT; i++)
        {
          Line *line = g_ptr_array_index (lines, i);

          if (line->kind == LINE_NUMBERED || line->kind == LINE_ITEM || is_table_header (line))
            body_start = i;
        }
      if (body_start == G_MAXUINT)
        body_start = 0;
    }
  for (guint i = body_start; i < n; i++)
    {
      Line *line = g_ptr_array_index (lines, i);

      if (closing == G_MAXUINT)
        {
          if (g_str_has_prefix (line->folded, "tren day la") || g_str_has_prefix (line->folded, "noi nhan")
              || g_str_has_prefix (line->folded, "tl. chu tich") || g_str_has_prefix (line->folded, "kt. chu tich")
              || g_str_has_prefix (line->folded, "tm. uy ban"))
            closing = i;
          else if (is_table_header (line))
            closing = table = i;
          continue;
        }
      if (table == G_MAXUINT && is_table_header (line))
        table = i;
      if (g_str_has_prefix (line->folded, "(kem theo") || g_str_has_prefix (line->folded, "kem theo"))
        read_number (&ctx, line);
    }
  if (closing == G_MAXUINT)
    closing = n;

  read_header (&ctx, MIN (body_start, n));
  ctx.reference = dt_extraction_get_reference_date (extraction);
  /* mark page-top headers repeated inside the body as noise */
  for (guint i = body_start; i < n; i++)
    {
      Line *line = g_ptr_array_index (lines, i);

      if (is_page_header (line) || (i != table && is_table_header (line)))
        line->kind = LINE_NOISE;
    }
  read_body (&ctx, body_start, closing);
  if (closing < n)
    read_closing (&ctx, closing, table != G_MAXUINT ? table : n);
  if (table != G_MAXUINT)
    read_appendix (&ctx, table, n);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&extraction);
}
