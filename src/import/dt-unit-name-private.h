/* dt-unit-name-private.h — the words of unit names, shared by the grammar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dt-unit-name-tokens.c cuts a text into tokens; dt-unit-name-words.c knows
 * the vocabulary (head nouns, officials' titles, verbs, prepositions,
 * places, kinds of bodies, abbreviations); dt-unit-name.c and its parts
 * (below) read names, lists and collectives from the tokens.
 */

#pragma once

#include <glib.h>

#include "dt-unit-catalog.h"
#include "dt-unit-name.h"

G_BEGIN_DECLS

#define MAX_TOKENS 128
#define MAX_WINDOW 1600

typedef enum
{
  TOK_WORD,
  TOK_PUNCT,
} TokKind;

typedef struct
{
  guint32 start;        /* bytes in the text */
  guint32 end;
  guint16 fstart;       /* folded spelling in Toks.fold */
  guint8  flen;
  guint8  kind;
  char    punct;
  guint   upper : 1;    /* first letter upper-case */
  guint   caps : 1;     /* all letters upper-case, two or more of them */
  guint   ascii : 1;
  guint   digit : 1;    /* starts with a digit */
  guint   nl : 1;       /* a line break before it */
} Tok;

typedef struct
{
  const char *text;
  gsize       length;
  guint       n;
  gboolean    truncated;   /* the window ended before the text */
  Tok         tok[MAX_TOKENS];
  guint       flen;
  char        fold[MAX_WINDOW + 8];
} Toks;

enum
{
  MATCH_FOLDED = 0,   /* without diacritics */
  MATCH_EXACT = 1,    /* with diacritics, case aside */
  MATCH_HEAD = 2,     /* exact, or a head noun written without any diacritics ("Vu") */
};

enum
{
  H_NAME   = 1 << 0,   /* needs a name after it */
  H_PLACE  = 1 << 1,   /* a place may follow: "tỉnh", "huyện X", "các xã, phường" */
  H_ALONE  = 1 << 2,   /* a unit by itself */
  H_LOWER  = 1 << 3,   /* its name may start lower-case: "Ban quản lý dự án" */
  H_WEAK   = 1 << 4,   /* only what the catalogue knows: "ngành Thuế" */
  H_PERSON = 1 << 5,   /* a person named by office: "Phó Thủ tướng Trần Hồng Hà" */
};

typedef struct
{
  const char *words;   /* lower case, with diacritics */
  guint       flags;
} Head;

static inline gboolean
_dt_unit_is_word (const Toks *t,
                  guint       i)
{
  return i < t->n && t->tok[i].kind == TOK_WORD;
}

static inline gboolean
_dt_unit_is_punct (const Toks *t,
                   guint       i,
                   char        c)
{
  return i < t->n && t->tok[i].kind == TOK_PUNCT && t->tok[i].punct == c;
}

static inline gboolean
_dt_unit_is_capital (const Toks *t,
                     guint       i)
{
  return _dt_unit_is_word (t, i) && (t->tok[i].upper || t->tok[i].caps) && !t->tok[i].digit;
}

void _dt_unit_tokenize (Toks       *t,
                        const char *text,
                        gsize       length,
                        gsize       offset,
                        guint       max_tokens);

gboolean _dt_unit_word_is (const Toks *t,
                           guint       i,
                           const char *word);

/* How many tokens from i spell the phrase (words separated by one space;
 * "&", "-", "," stand for punctuation tokens), 0 when they don't. */
guint _dt_unit_phrase_at (const Toks *t,
                          guint       i,
                          const char *phrase,
                          int         mode);

gboolean _dt_unit_is_stop (const Toks *t,
                           guint       i);

guint _dt_unit_verb_at (const Toks *t,
                        guint       i);

guint _dt_unit_place_at (const Toks *t,
                         guint       i);

guint _dt_unit_title_at (const Toks *t,
                         guint       i);

/* The longest head noun at i; capitalised unless lower_ok */
const Head *_dt_unit_head_at (const Toks *t,
                              guint       i,
                              gboolean    lower_ok,
                              guint      *n_tokens);

/* An all-capital head ("BÁO CÁO", "HỘI NGHỊ", "BỘ TÀI CHÍNH") is a heading;
 * it names a unit only as the catalogue knows it.  Abbreviations ("UBND")
 * are not headings. */
gboolean _dt_unit_head_shouting (const Toks *t,
                                 guint       i,
                                 const Head *head);

/* "lực lượng Công an nhân dân", "Thanh tra viên": a head that can stand
 * alone, followed by a lower-case word that is no place, verb or
 * preposition, is a common noun */
gboolean _dt_unit_alone_in_phrase (const Toks *t,
                                   guint       first,
                                   guint       flags);

/* A name can start at i after a head of these flags */
gboolean _dt_unit_name_starts (const Toks *t,
                               guint       i,
                               guint       flags);

gboolean _dt_unit_collective_noun_at (const Toks *t,
                                      guint       i,
                                      guint      *n);

/* "cơ quan chuyên môn thuộc Bộ Tài chính": a class of a unit's bodies,
 * without "các" */
gboolean _dt_unit_class_of_unit (const Toks *t,
                                 guint       i);

/* Something that starts a unit of its own at i (not a continuation) */
gboolean _dt_unit_starts (const Toks *t,
                          guint       i);

guint _dt_unit_abbreviation_at (const Toks *t,
                                guint       i,
                                const char **expansion);

/* "TP" of "TP. Hồ Chí Minh" */
gboolean _dt_unit_is_tp (const Toks *t,
                         guint       i);

/* "II", "IV": the number of a heading */
gboolean _dt_unit_is_roman (const Toks *t,
                            guint       i);

/* The most common family names, which start no place name */
gboolean _dt_unit_surname_at (const Toks *t,
                              guint       i);

/* "cơ quan", "đơn vị": a kind of body that says nothing of which */
guint _dt_unit_generic_noun_at (const Toks *t,
                                guint       i);

/* "Xây dựng", "Đào tạo": a verb that is also a word of names */
guint _dt_unit_name_verb_at (const Toks *t,
                             guint       i);

/* "Dự án", "Nghị quyết": no part of a name after "và" or a comma */
guint _dt_unit_not_name_at (const Toks *t,
                            guint       i);

/* The grammar reading the units of a window of tokens */
typedef struct
{
  DtUnitCatalog *catalog;
  const Toks    *t;
  GPtrArray     *out;     /* of DtUnitName */
  const char    *head;    /* the head noun of the last unit, for "Sở Y tế, Tài chính" */
} Parse;

/* The grammar's parts, each in a file of its own: dt-unit-name.c builds
 * names and holds the public functions, dt-unit-name-end.c says where a name
 * ends, dt-unit-name-named.c reads one named unit, dt-unit-name-list.c lists,
 * officials and collectives */

/* The words of tokens [a, b) as written, white space collapsed,
 * abbreviations expanded */
void
_dt_unit_append_span (GString    *out,
                      const Toks *t,
                      guint       a,
                      guint       b);

DtUnitName *
_dt_unit_name_new (DtUnitNameKind kind,
                   char          *name,
                   gsize          start,
                   gsize          end);

/* The catalogue's name for the words: prefix (e.g. "Bộ") and tokens [a, b) */
const char *
_dt_unit_lookup (DtUnitCatalog *catalog,
                 const char    *prefix,
                 const Toks    *t,
                 guint          a,
                 guint          b);

/* A name can end before token b: not inside a run of lower-case words
 * ("Cục Biến đổi | khí hậu") */
gboolean
_dt_unit_name_may_end (const Toks *t,
                       guint       b);

/* Where the name whose first word is at j ends, by grammar alone */
guint
_dt_unit_name_end (const Toks *t,
                   guint       j,
                   gboolean    stop_at_and);

/* How long a place qualifier at i runs ("tỉnh Ninh Bình", "Thành phố",
 * "huyện Vị Xuyên"); after_place: the words before were a place word, so a
 * bare capitalised name is the place.  A person's name often follows
 * ("Chủ tịch UBND tỉnh Ninh Bình Trần Huy Tuấn"): places have at most
 * three words, so the last three of a longer run are the person's. */
guint
_dt_unit_place_end (const Toks *t,
                    guint       i,
                    guint       limit,
                    gboolean    after_place);

gboolean
_dt_unit_ends_with_place (const Toks *t,
                          guint       a,
                          guint       b);

/* "các cơ quan liên quan", "các cơ quan, đơn vị": no coordinator */
gboolean
_dt_unit_is_vague (const char *name);

char *
_dt_unit_capitalize (char *text);

/* A collective at i ("các Bộ, ngành liên quan", "Các đơn vị có thủ tục
 * hành chính", "Ủy ban nhân dân các xã, phường"): where it ends.  first is
 * the token after "các". */
guint
_dt_unit_collective_end (const Toks *t,
                         guint       first);

void
_dt_unit_add (Parse         *ps,
              DtUnitNameKind kind,
              char          *name,
              guint          a,
              guint          b);

/* The named unit whose head is at h; returns the token after it, or 0 */
guint
_dt_unit_parse_named (Parse    *ps,
                      guint     h,
                      gboolean  from_title);

/* The item of a list at k with the head prefix ("Bộ", "Ủy ban nhân dân
 * tỉnh", "Tập đoàn"): returns the token after it, 0 when none */
guint
_dt_unit_parse_item (Parse      *ps,
                     const char *prefix,
                     guint       k,
                     gboolean    unknown_ok,
                     guint       mention_start);

/* One element at i; returns the token after it, 0 when none */
guint
_dt_unit_parse_element (Parse    *ps,
                        guint     i,
                        gboolean  from_title);

/* dt-unit-name-tokens.c */
/* The folded spelling of a literal word, into buf */
gsize
_dt_unit_fold_literal (const char *word,
                       gsize       len,
                       char       *buf,
                       gsize       size);

G_END_DECLS
