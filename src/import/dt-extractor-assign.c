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
                         GArray      *lines,
                         guint        first,
                         guint        last,
                         gboolean     from_content)
{
  GString *joined;
  gsize size = 1;

  /* made at their size: a paragraph of a hundred thousand short lines
   * must not cost twice its bytes in slack */
  for (guint i = first; i <= last; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      size += line->end - ((i == first && from_content) ? line->content : line->start) + 1;
    }
  joined = g_string_sized_new (size);
  para->line_starts = g_array_sized_new (FALSE, FALSE, sizeof (guint32), last - first);
  for (guint i = first; i <= last; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      gsize start = (i == first && from_content) ? line->content : line->start;

      if (line->kind == LINE_NOISE)
        continue;
      if (joined->len > 0)
        {
          /* "2023-" or "152/QĐ-" at a line end: the word goes on */
          gboolean glue = joined->str[joined->len - 1] == '-' && joined->len > 1
                          && joined->str[joined->len - 2] != ' ';
          guint32 at;

          if (!glue)
            g_string_append_c (joined, ' ');
          at = joined->len;
          g_array_append_val (para->line_starts, at);
        }
      g_string_append_len (joined, text + start, line->end - start);
    }

  para->len = joined->len;
  para->text = g_string_free (joined, FALSE);
  _dt_folded_init (&para->folded, para->text, para->len);
  para->source_start = g_array_index (lines, Line, first).start;
  para->source_end = g_array_index (lines, Line, last).end;
}

void
_dt_extractor_para_clear (Para *para)
{
  g_clear_pointer (&para->text, g_free);
  g_clear_pointer (&para->line_starts, g_array_unref);
  g_clear_pointer (&para->helpers, g_array_unref);
  _dt_folded_clear (&para->folded);
}

/* folded position of a source offset at or after it */
gsize
_dt_extractor_folded_pos (const DtFolded *f,
                          gsize           source_offset,
                          gsize           from)
{
  return _dt_folded_position (f, source_offset, from);
}

/* The scanner of dt-import-text-private.h on a paragraph */
static gboolean
eat (const DtFolded *f,
     gsize          *p,
     const char     *lit)
{
  DtScan sc = _dt_scan_of_folded (f);

  return _dt_scan_eat (&sc, p, lit);
}

gboolean
_dt_extractor_eat_any (const DtFolded     *f,
                       gsize              *p,
                       const char * const *lits)
{
  DtScan sc = _dt_scan_of_folded (f);

  return _dt_scan_eat_any (&sc, p, lits);
}

void
_dt_extractor_skip_separators (const DtFolded *f,
                               gsize          *p)
{
  while (*p < f->len && (f->text[*p] == ' ' || f->text[*p] == ':' || f->text[*p] == ','
                         || f->text[*p] == '-'))
    (*p)++;
}

gboolean
_dt_extractor_eat (const DtFolded *f,
                   gsize          *p,
                   const char     *lit)
{
  return eat (f, p, lit);
}

DtUnitName *
_dt_extractor_lead_new (DtUnitNameKind  kind,
                        const char     *name)
{
  DtUnitName *unit = g_new0 (DtUnitName, 1);

  unit->kind = kind;
  unit->name = g_strdup (name);
  return unit;
}

/* The units named at p ("Sở X, Sở Y và Ban Z", "các Bộ: A, B"), by the
 * grammar of unit names; p moves past the list */
GPtrArray *
_dt_extractor_match_unit_list (Context    *ctx,
                               const Para *para,
                               gsize      *p)
{
  const DtFolded *f = &para->folded;
  gsize q = *p, end = 0;
  GPtrArray *units;

  if (q < f->len && f->text[q] == ' ')
    q++;
  if (q >= f->len)
    return NULL;
  units = dt_unit_name_match_list (dt_extractor_get_catalog (ctx->self), para->text, para->len,
                                   _dt_folded_source (f, q), &end);
  if (units == NULL)
    return NULL;
  *p = _dt_extractor_folded_pos (f, end, q);
  return units;
}

void
_dt_extractor_assignment_clear (Assignment *a)
{
  g_clear_pointer (&a->leads, g_ptr_array_unref);
}

char *
_dt_extractor_source_span (const Para *para,
                           gsize       from,
                           gsize       to)
{
  gsize a = _dt_folded_source (&para->folded, from);
  gsize b = _dt_folded_source (&para->folded, to);

  return g_strstrip (g_strndup (para->text + a, b - a));
}

/* The formulas that put a unit in charge: "Giao Sở X …", "Đề nghị …" */
static const char * const assign_verbs[] = {
  "giao nhiem vu cho", "giao trach nhiem cho", "giao cho", "giao", "yeu cau", "de nghi",
  "chi dao", "phan cong", "tran trong de nghi", NULL
};

/* What the issuer of a document does: it speaks, the others act */
static const char * const speech_verbs[] = {
  "ban hanh", "thong bao", "ket luan", "yeu cau", "de nghi", "giao", "chi thi", "quyet dinh",
  "co y kien", "tran trong", "xin", "gui", "cong dien", "ra nghi quyet", "nghi quyet",
  "thong nhat", "co ban thong nhat", "dong y", "nhat tri", "chap thuan", "ghi nhan", "bieu duong", "danh gia cao", NULL
};

/* What a subject does: the words that end a unit's name in a sentence */
static const char * const predicate_words[] = {
  "chu tri", "phoi hop", "tiep tuc", "tap trung", "thuong xuyen", "khan truong", "chi dao",
  "tang cuong", "huong dan", "ra soat", "tham muu", "nghien cuu", "kiem tra", "trien khai",
  "thuc hien", "xay dung", "don doc", "bam sat", "theo doi", "chiu trach nhiem",
  "co trach nhiem", "duy tri", "to chuc", "hoan thien", "hoan thanh", "bao cao", "day manh",
  "phan cong", "can cu", "chu dong", "dam bao", "bao dam", "lam viec", "cung cap", "de xuat",
  "trinh", "quan ly", "giai quyet", "xu ly", "uu tien", "sap xep", "gui", "lap", "cap nhat",
  "khan cap", "nghiem tuc", "som", "kip thoi", "theo chuc nang", "trong pham vi", "can",
  "phai", "khan", "co y kien", "quan tam", "xem xet", "bo tri", "dieu hanh", "phat huy",
  "nang cao", "tuyen truyen", "ho tro", "thuc thi", "quyet liet", "tich cuc", "rut kinh nghiem",
  "nghiem tuc", "chuan bi", "tong hop", "doi moi", "lanh dao", NULL
};

static gboolean
is_sentence_start (const DtFolded *f,
                   gsize           p)
{
  gsize q = p;

  while (q > 0 && f->text[q - 1] == ' ')
    q--;
  return q == 0 || f->text[q - 1] == '.' || f->text[q - 1] == ':' || f->text[q - 1] == ';';
}

/* A subject at `from`, perhaps after a formula ("Giao", "Đề nghị"):
 * its units, and the task after them */
static gboolean predicate_follows (const DtFolded *f,
                                   gsize           q);
static gboolean clause_subject    (Context        *ctx,
                                   const Para     *para,
                                   gsize           p,
                                   Assignment     *a);

/* strict: the subject must be asked ("Giao", "Đề nghị") or act (a
 * predicate follows), not only be named, as in a later sentence */
static gboolean
find_subject (Context    *ctx,
              const Para *para,
              gsize       from,
              gboolean    strict,
              Assignment *a)
{
  const DtFolded *f = &para->folded;
  gsize q = from;
  GPtrArray *units;
  gboolean formula;

  formula = _dt_extractor_eat_any (f, &q, assign_verbs);
  if (formula && q < f->len && f->text[q] == ':')
    q++;   /* "Đề nghị: Hội A, Hội B" */
  units = _dt_extractor_match_unit_list (ctx, para, &q);
  if (units == NULL)
    return FALSE;
  /* "Bộ X yêu cầu: …", "UBND tỉnh ban hành Kế hoạch …": the one who
   * speaks, not the one asked */
  {
    gsize r = q;

    if (r < f->len && f->text[r] == ',')
      r++;
    if (_dt_extractor_eat_any (f, &r, speech_verbs))
      {
        g_ptr_array_unref (units);
        if (r < f->len && (f->text[r] == ':' || f->text[r] == ','))
          r++;
        return find_subject (ctx, para, r, FALSE, a);
      }
  }
  if (strict && !formula && !predicate_follows (f, q))
    {
      g_ptr_array_unref (units);
      return FALSE;
    }
  g_clear_pointer (&a->leads, g_ptr_array_unref);
  a->leads = units;
  a->text_start = q;
  return TRUE;
}

/* After a unit list in the middle of a sentence: does a predicate follow? */
static gboolean
predicate_follows (const DtFolded *f,
                   gsize           q)
{
  if (q < f->len && f->text[q] == ',')
    q++;
  return _dt_extractor_eat_any (f, &q, predicate_words);
}

/* Who is assigned in a paragraph, and where its task begins */
gboolean
_dt_extractor_find_assignment (Context    *ctx,
                               const Para *para,
                               gsize       from,
                               gboolean    inherited,
                               Assignment *a)
{
  const DtFolded *f = &para->folded;
  gsize p = from;

  memset (a, 0, sizeof *a);

  /* "Về …: giao Sở X …", "Đối với …: Sở X …" — a topic label first */
  {
    gsize q = p;

    if (eat (f, &q, "ve") || eat (f, &q, "doi voi"))
      {
        const char *colon = memchr (f->text + p, ':', MIN (f->len - p, 400));

        if (colon != NULL)
          {
            gsize r = colon - f->text + 1;

            if (r < f->len && f->text[r] == ' ')
              r++;
            if (find_subject (ctx, para, r, FALSE, a))
              return TRUE;
            p = r;
          }
      }
  }

  if (find_subject (ctx, para, p, FALSE, a))
    return TRUE;
  /* an item under a unit's heading is that unit's, whoever it mentions */
  if (inherited)
    return FALSE;

  /* "… chuẩn bị. Giao Sở X phối hợp …", "… . HĐND tỉnh đề nghị UBND tỉnh
   * …": a later sentence that names its subject */
  for (gsize i = p + 1; i + 5 < f->len; i++)
    {
      if (!g_ascii_isalpha (f->text[i]) || g_ascii_isalnum (f->text[i - 1]) || !is_sentence_start (f, i))
        continue;
      if (find_subject (ctx, para, i, TRUE, a))
        return TRUE;
    }

  return clause_subject (ctx, para, p, a);
}

/* "Trên cơ sở …, Sở X chủ trì …", "Để …, yêu cầu Sở X …", "… gồm: Sở X,
 * Sở Y chủ trì …": a subject in the middle of the sentence that begins at p */
static gboolean
clause_subject (Context    *ctx,
                const Para *para,
                gsize       p,
                Assignment *a)
{
  const DtFolded *f = &para->folded;

  for (gsize i = p + 2; i + 5 < f->len; i++)
    {
      gsize q = i;
      g_autoptr(GPtrArray) units = NULL;
      gboolean formula;

      if (f->text[i - 1] != ' ' || !g_ascii_isalpha (f->text[i]))
        continue;
      if (f->text[i - 2] == '.' || f->text[i - 2] == ';')
        break;   /* the first sentence only */
      formula = _dt_extractor_eat_any (f, &q, assign_verbs);
      if (!formula && f->text[i - 2] != ',' && f->text[i - 2] != ':')
        continue;
      if (!formula && !dt_unit_name_starts_at (para->text, para->len, _dt_folded_source (f, i)))
        continue;
      units = _dt_extractor_match_unit_list (ctx, para, &q);
      if (units == NULL || (!formula && !predicate_follows (f, q)))
        continue;
      a->leads = g_steal_pointer (&units);
      /* "… gồm: Sở X, Sở Y chủ trì …": the task after the list; "Trên
       * cơ sở …, Sở X chủ trì …": the whole sentence */
      a->text_start = f->text[i - 2] == ':' ? q : p;
      a->guessed = TRUE;
      return TRUE;
    }

  return FALSE;
}

/* Another assignment in the same paragraph, after `from`: "…; Bộ X hướng
 * dẫn …", ". Giao Sở Y …".  Returns where its sentence begins, or 0. */
gsize
_dt_extractor_next_assignment (Context    *ctx,
                               const Para *para,
                               gsize       from,
                               Assignment *next)
{
  const DtFolded *f = &para->folded;

  memset (next, 0, sizeof *next);
  for (gsize i = from + 1; i + 5 < f->len; i++)
    {
      if (!g_ascii_isalpha (f->text[i]) || g_ascii_isalnum (f->text[i - 1]) || !is_sentence_start (f, i))
        continue;
      if (find_subject (ctx, para, i, TRUE, next) || clause_subject (ctx, para, i, next))
        {
          gboolean vague = TRUE;

          for (guint k = 0; k < next->leads->len && vague; k++)
            vague = ((DtUnitName *) g_ptr_array_index (next->leads, k))->vague;
          if (!vague)
            return i;
          _dt_extractor_assignment_clear (next);
        }
    }
  return 0;
}
