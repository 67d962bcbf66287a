/* dt-extractor-assign.c — who is assigned what in one paragraph of a notice
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

/* every few thousand lines: cancelled?  and how far along */
gboolean
_dt_extractor_check_point (Context *ctx,
                           guint    line)
{
  if ((line & 0xFFF) != 0)
    return FALSE;
  if (ctx->progress != NULL && ctx->lines->len > 0)
    ctx->progress (0.1 + 0.9 * line / ctx->lines->len, ctx->progress_data);
  return g_cancellable_is_cancelled (ctx->cancellable);
}

void
_dt_extractor_para_init (Para        *para,
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

void
_dt_extractor_para_clear (Para *para)
{
  g_clear_pointer (&para->text, g_free);
  g_clear_pointer (&para->line_starts, g_array_unref);
  _dt_folded_clear (&para->folded);
}

/* folded position of a source offset at or after it */
gsize
_dt_extractor_folded_pos (const DtFolded *f,
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

gboolean
_dt_extractor_eat_any (const DtFolded     *f,
                       gsize              *p,
                       const char * const *lits)
{
  for (guint i = 0; lits[i] != NULL; i++)
    if (eat (f, p, lits[i]))
      return TRUE;
  return FALSE;
}

void
_dt_extractor_skip_separators (const DtFolded *f,
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
  n = dt_unit_catalog_match_prefix (dt_extractor_get_catalog (ctx->self), para->text + source,
                                    para->len - source, &canonical);
  if (n == 0)
    return NULL;
  *p = _dt_extractor_folded_pos (&para->folded, source + n, q);
  return canonical;
}

/* "Sở X, Sở Y và Ban Z": the names, in order */
GPtrArray *
_dt_extractor_match_unit_list (Context    *ctx,
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
gboolean
_dt_extractor_match_collective (const DtFolded *f,
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
  while (_dt_extractor_eat_any (f, &q, nouns))
    {
      gsize r;

      _dt_extractor_eat_any (f, &q, (const char *[]) { "co lien quan", "lien quan", NULL });
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
  if (!_dt_extractor_starts_upper (para->text + f->map[q], para->text + para->len))
    return FALSE;
  if (_dt_extractor_eat_any (f, &(gsize) { q },
                             (const char *[]) { "ban hanh", "bao cao", "so sanh", "so luong",
                                                "dai dien", "vien chuc", "cong an xa", NULL }))
    return FALSE;
  if (!_dt_extractor_eat_any (f, &q, unit_heads))
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
      if (_dt_extractor_eat_any (f, &r, predicate_words))
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

void
_dt_extractor_assignment_clear (Assignment *a)
{
  g_clear_pointer (&a->leads, g_ptr_array_unref);
  g_clear_pointer (&a->unknown, g_free);
  g_clear_pointer (&a->collective, g_free);
}

char *
_dt_extractor_source_span (const Para *para,
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
gboolean
_dt_extractor_find_assignment (Context    *ctx,
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
      _dt_extractor_skip_separators (f, &p);
      if (p >= f->len)
        {
          a->context_only = TRUE;
          return FALSE;
        }
    }

  q = p;
  _dt_extractor_eat_any (f, &q, assign_verbs);

  if (_dt_extractor_match_collective (f, q, &end))
    {
      a->collective = capitalize (_dt_extractor_source_span (para, q, end));
      a->text_start = end;
      return TRUE;
    }
  if ((a->leads = _dt_extractor_match_unit_list (ctx, para, &q)) != NULL)
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
        if ((a->leads = _dt_extractor_match_unit_list (ctx, para, &q)) != NULL)
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
      if (!_dt_extractor_eat_any (f, &q, assign_verbs))
        continue;
      if (_dt_extractor_match_collective (f, q, &end))
        {
          a->collective = capitalize (_dt_extractor_source_span (para, q, end));
          a->text_start = end;
          return TRUE;
        }
      if ((a->leads = _dt_extractor_match_unit_list (ctx, para, &q)) != NULL)
        {
          a->text_start = q;
          return TRUE;
        }
    }

  q = p;
  _dt_extractor_eat_any (f, &q, assign_verbs);
  if (allow_unknown && match_unknown_unit (para, q, &end))
    {
      a->unknown = _dt_extractor_source_span (para, q, end);
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
      units = _dt_extractor_match_unit_list (ctx, para, &q);
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

char *
_dt_extractor_collapse_spaces (const char *text)
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
      d->recurrence_anchors = dl->recurrence_anchors;
      if (dl->impossible)
        d->doubts |= DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE;
    }
  else if (seems_to_give_deadline (d->text))
    d->doubts |= DT_EXTRACTION_DOUBT_NO_DEADLINE;
}

/* One directive per lead unit, all from the same paragraph */
void
_dt_extractor_emit_directives (Context          *ctx,
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
