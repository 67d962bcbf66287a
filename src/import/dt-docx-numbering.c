/* dt-docx-numbering.c — Word's automatic list numbers, as the page shows them
 *
 * A numbered paragraph names a list instance (w:numId) and a level
 * (w:ilvl), directly or through its style.  The instance points to an
 * abstract list (w:abstractNum) that says, for each of nine levels, the
 * number format, the text around the numbers ("%1.", "%1.%2.", "%1)") and
 * the start value.  As in Word, instances of one abstract list share its
 * counters (the list continues) unless an instance overrides a level
 * (w:lvlOverride, what "Restart numbering" writes): then it counts on its
 * own, from the override.  Using a level restarts the levels below it.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-docx-private.h"

#define N_LEVELS 9
/* far above any list; keeps labels short whatever the file says */
#define MAX_COUNTER 100000
#define MAX_LEVEL_TEXT 64
/* Word's letters go a…z, aa…zz and so on; past this, digits */
#define MAX_LETTER_REPEAT 10
#define MAX_LINK_DEPTH 8

typedef enum
{
  FORMAT_DECIMAL,
  FORMAT_DECIMAL_ZERO,
  FORMAT_LOWER_LETTER,
  FORMAT_UPPER_LETTER,
  FORMAT_LOWER_ROMAN,
  FORMAT_UPPER_ROMAN,
  FORMAT_BULLET,
  FORMAT_NONE,
} NumberFormat;

typedef struct
{
  gboolean      defined;
  NumberFormat  format;
  char         *text;       /* w:lvlText */
  int           start;
  int           restart;    /* w:lvlRestart, -1 when absent */
  gboolean      legal;      /* w:isLgl: every number in decimal */
  gboolean      no_suffix;  /* w:suff "nothing" */
  char         *style;      /* w:pStyle: the style that uses this level */
} Level;

typedef struct
{
  int       value[N_LEVELS];
  gboolean  used[N_LEVELS];
} Counters;

typedef struct
{
  Level     levels[N_LEVELS];
  char     *num_style_link;  /* the definitions are those of this style's list */
  Counters  counters;
} AbstractNum;

typedef struct
{
  int       abstract_id;
  gboolean  overridden;
  int       start_override[N_LEVELS];   /* -1: none */
  Level     levels[N_LEVELS];           /* a w:lvl inside w:lvlOverride */
  Counters  counters;                   /* when overridden */
} Num;

typedef struct
{
  char *based_on;
  int   num_id;    /* -1: not set */
  int   ilvl;      /* -1: not set */
} Style;

struct _DtDocxNumbering
{
  GHashTable *abstracts;      /* int → AbstractNum */
  GHashTable *nums;           /* int → Num */
  GHashTable *styles;         /* styleId → Style */
  char       *default_style;  /* the paragraph style of unstyled paragraphs */
};

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->text, g_free);
  g_clear_pointer (&level->style, g_free);
}

static void
level_init (Level *level)
{
  level_clear (level);
  level->defined = TRUE;
  level->format = FORMAT_DECIMAL;
  level->start = 1;
  level->restart = -1;
  level->legal = FALSE;
  level->no_suffix = FALSE;
}

static void
abstract_num_free (AbstractNum *abstract)
{
  for (int i = 0; i < N_LEVELS; i++)
    level_clear (&abstract->levels[i]);
  g_free (abstract->num_style_link);
  g_free (abstract);
}

static void
num_free (Num *num)
{
  for (int i = 0; i < N_LEVELS; i++)
    level_clear (&num->levels[i]);
  g_free (num);
}

static void
style_free (Style *style)
{
  g_free (style->based_on);
  g_free (style);
}

void
_dt_docx_numbering_free (DtDocxNumbering *self)
{
  g_clear_pointer (&self->abstracts, g_hash_table_unref);
  g_clear_pointer (&self->nums, g_hash_table_unref);
  g_clear_pointer (&self->styles, g_hash_table_unref);
  g_free (self->default_style);
  g_free (self);
}

static NumberFormat
parse_format (const char *name)
{
  static const struct { const char *name; NumberFormat format; } formats[] = {
    { "decimal", FORMAT_DECIMAL },
    { "decimalZero", FORMAT_DECIMAL_ZERO },
    { "lowerLetter", FORMAT_LOWER_LETTER },
    { "upperLetter", FORMAT_UPPER_LETTER },
    { "lowerRoman", FORMAT_LOWER_ROMAN },
    { "upperRoman", FORMAT_UPPER_ROMAN },
    { "bullet", FORMAT_BULLET },
    { "none", FORMAT_NONE },
  };

  for (gsize i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (strcmp (name, formats[i].name) == 0)
      return formats[i].format;
  /* ordinals, words, other scripts: the page shows a number, say it in digits */
  return FORMAT_DECIMAL;
}

/* A property of a level, under the cursor */
static void
read_level_property (DtDocxXml  *xml,
                     const char *name,
                     Level      *level)
{
  g_autofree char *val = _dt_docx_xml_w_attr (xml, "val");

  if (strcmp (name, "numFmt") == 0)
    level->format = parse_format (val);
  else if (strcmp (name, "lvlText") == 0 && val != NULL && strlen (val) <= MAX_LEVEL_TEXT)
    g_set_str (&level->text, val);
  else if (strcmp (name, "start") == 0)
    level->start = _dt_docx_xml_w_int (xml, "val", 0, MAX_COUNTER, 1);
  else if (strcmp (name, "lvlRestart") == 0)
    level->restart = _dt_docx_xml_w_int (xml, "val", 0, N_LEVELS, -1);
  else if (strcmp (name, "isLgl") == 0)
    level->legal = _dt_docx_xml_w_on (xml);
  else if (strcmp (name, "suff") == 0)
    level->no_suffix = g_strcmp0 (val, "nothing") == 0;
  else if (strcmp (name, "pStyle") == 0 && val != NULL)
    g_set_str (&level->style, val);
}

static gboolean
read_numbering (DtDocxNumbering  *self,
                GByteArray       *data,
                GError          **error)
{
  DtDocxXml xml;
  AbstractNum *abstract = NULL;
  Num *num = NULL;
  Level *level = NULL;
  int override_level = -1;
  int ret;

  _dt_docx_xml_open (&xml, data, "word/numbering.xml");
  while ((ret = _dt_docx_xml_next (&xml, error)) == 1)
    {
      const char *name = _dt_docx_xml_w_name (&xml);
      int type = xmlTextReaderNodeType (xml.reader);
      gboolean empty = xmlTextReaderIsEmptyElement (xml.reader);

      if (name == NULL)
        continue;

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (strcmp (name, "abstractNum") == 0)
            abstract = NULL;
          else if (strcmp (name, "num") == 0)
            num = NULL;
          else if (strcmp (name, "lvl") == 0)
            level = NULL;
          else if (strcmp (name, "lvlOverride") == 0)
            override_level = -1;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (strcmp (name, "abstractNum") == 0 && !empty)
        {
          int id = _dt_docx_xml_w_int (&xml, "abstractNumId", 0, G_MAXINT, -1);

          if (id >= 0 && !g_hash_table_contains (self->abstracts, GINT_TO_POINTER (id)))
            {
              abstract = g_new0 (AbstractNum, 1);
              g_hash_table_insert (self->abstracts, GINT_TO_POINTER (id), abstract);
            }
        }
      else if (strcmp (name, "num") == 0 && !empty)
        {
          int id = _dt_docx_xml_w_int (&xml, "numId", 0, G_MAXINT, -1);

          if (id > 0 && !g_hash_table_contains (self->nums, GINT_TO_POINTER (id)))
            {
              num = g_new0 (Num, 1);
              num->abstract_id = -1;
              for (int i = 0; i < N_LEVELS; i++)
                num->start_override[i] = -1;
              g_hash_table_insert (self->nums, GINT_TO_POINTER (id), num);
            }
        }
      else if (num != NULL && strcmp (name, "abstractNumId") == 0)
        num->abstract_id = _dt_docx_xml_w_int (&xml, "val", 0, G_MAXINT, -1);
      else if (num != NULL && strcmp (name, "lvlOverride") == 0 && !empty)
        override_level = _dt_docx_xml_w_int (&xml, "ilvl", 0, N_LEVELS - 1, -1);
      else if (num != NULL && override_level >= 0 && strcmp (name, "startOverride") == 0)
        {
          num->start_override[override_level] = _dt_docx_xml_w_int (&xml, "val", 0, MAX_COUNTER, 1);
          num->overridden = TRUE;
        }
      else if (strcmp (name, "lvl") == 0)
        {
          int ilvl = _dt_docx_xml_w_int (&xml, "ilvl", 0, N_LEVELS - 1, -1);

          level = NULL;
          if (ilvl >= 0 && abstract != NULL)
            level = &abstract->levels[ilvl];
          else if (ilvl >= 0 && num != NULL && override_level >= 0)
            {
              level = &num->levels[ilvl];
              num->overridden = TRUE;
            }
          if (level != NULL)
            level_init (level);
          if (empty)
            level = NULL;
        }
      else if (level != NULL)
        read_level_property (&xml, name, level);
      else if (abstract != NULL && strcmp (name, "numStyleLink") == 0)
        {
          g_autofree char *val = _dt_docx_xml_w_attr (&xml, "val");

          g_set_str (&abstract->num_style_link, val);
        }
    }
  _dt_docx_xml_clear (&xml);
  return ret == 0;
}

static gboolean
read_styles (DtDocxNumbering  *self,
             GByteArray       *data,
             GError          **error)
{
  DtDocxXml xml;
  Style *style = NULL;
  int ret;

  _dt_docx_xml_open (&xml, data, "word/styles.xml");
  while ((ret = _dt_docx_xml_next (&xml, error)) == 1)
    {
      const char *name = _dt_docx_xml_w_name (&xml);
      int type = xmlTextReaderNodeType (xml.reader);

      if (name == NULL)
        continue;
      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (strcmp (name, "style") == 0)
            style = NULL;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (strcmp (name, "style") == 0 && !xmlTextReaderIsEmptyElement (xml.reader))
        {
          g_autofree char *id = _dt_docx_xml_w_attr (&xml, "styleId");
          g_autofree char *kind = _dt_docx_xml_w_attr (&xml, "type");
          g_autofree char *is_default = _dt_docx_xml_w_attr (&xml, "default");

          if (id == NULL || g_hash_table_contains (self->styles, id))
            continue;
          style = g_new0 (Style, 1);
          style->num_id = -1;
          style->ilvl = -1;
          if (g_strcmp0 (kind, "paragraph") == 0
              && (g_strcmp0 (is_default, "1") == 0 || g_strcmp0 (is_default, "true") == 0))
            g_set_str (&self->default_style, id);
          g_hash_table_insert (self->styles, g_steal_pointer (&id), style);
        }
      else if (style != NULL && strcmp (name, "basedOn") == 0)
        {
          g_autofree char *val = _dt_docx_xml_w_attr (&xml, "val");

          g_set_str (&style->based_on, val);
        }
      else if (style != NULL && strcmp (name, "numId") == 0)
        style->num_id = _dt_docx_xml_w_int (&xml, "val", 0, G_MAXINT, -1);
      else if (style != NULL && strcmp (name, "ilvl") == 0)
        style->ilvl = _dt_docx_xml_w_int (&xml, "val", 0, N_LEVELS - 1, -1);
    }
  _dt_docx_xml_clear (&xml);
  return ret == 0;
}

DtDocxNumbering *
_dt_docx_numbering_new (GByteArray  *numbering_xml,
                        GByteArray  *styles_xml,
                        GError     **error)
{
  g_autoptr(DtDocxNumbering) self = g_new0 (DtDocxNumbering, 1);

  self->abstracts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) abstract_num_free);
  self->nums = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) num_free);
  self->styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) style_free);

  if (numbering_xml != NULL && !read_numbering (self, numbering_xml, error))
    return NULL;
  if (styles_xml != NULL && !read_styles (self, styles_xml, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The list instance and level of a style, through the styles it is based on */
static gboolean
style_numbering (DtDocxNumbering *self,
                 const char      *style_id,
                 int             *num_id,
                 int             *ilvl)
{
  *num_id = -1;
  *ilvl = -1;
  for (int depth = 0; style_id != NULL && depth < MAX_LINK_DEPTH; depth++)
    {
      Style *style = g_hash_table_lookup (self->styles, style_id);

      if (style == NULL)
        break;
      if (*ilvl < 0)
        *ilvl = style->ilvl;
      if (style->num_id >= 0)
        {
          *num_id = style->num_id;
          return TRUE;
        }
      style_id = style->based_on;
    }
  return FALSE;
}

/* The abstract list that holds the definitions: a list that only links to
 * a numbering style takes those of the style's list */
static AbstractNum *
resolve_abstract (DtDocxNumbering *self,
                  int              abstract_id)
{
  AbstractNum *abstract = g_hash_table_lookup (self->abstracts, GINT_TO_POINTER (abstract_id));

  for (int depth = 0; abstract != NULL && abstract->num_style_link != NULL && depth < MAX_LINK_DEPTH; depth++)
    {
      int num_id, ilvl;
      Num *num;
      AbstractNum *linked;

      if (!style_numbering (self, abstract->num_style_link, &num_id, &ilvl))
        break;
      num = g_hash_table_lookup (self->nums, GINT_TO_POINTER (num_id));
      linked = num ? g_hash_table_lookup (self->abstracts, GINT_TO_POINTER (num->abstract_id)) : NULL;
      if (linked == NULL || linked == abstract)
        break;
      abstract = linked;
    }
  return abstract;
}

static const Level *
get_level (Num         *num,
           AbstractNum *abstract,
           int          ilvl)
{
  if (num->levels[ilvl].defined)
    return &num->levels[ilvl];
  if (abstract->levels[ilvl].defined)
    return &abstract->levels[ilvl];
  return NULL;
}

static int
start_value (Num         *num,
             AbstractNum *abstract,
             int          ilvl)
{
  const Level *level = get_level (num, abstract, ilvl);

  if (num->start_override[ilvl] >= 0)
    return num->start_override[ilvl];
  return level != NULL ? level->start : 1;
}

static void
append_roman (GString *out,
              int      n,
              gboolean upper)
{
  static const struct { int value; const char *digits; } romans[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (romans); i++)
    for (; n >= romans[i].value; n -= romans[i].value)
      for (const char *p = romans[i].digits; *p != '\0'; p++)
        g_string_append_c (out, upper ? g_ascii_toupper (*p) : *p);
}

static void
append_number (GString      *out,
               int           n,
               NumberFormat  format)
{
  switch (format)
    {
    case FORMAT_NONE:
    case FORMAT_BULLET:
      return;
    case FORMAT_LOWER_LETTER:
    case FORMAT_UPPER_LETTER:
      if (n >= 1 && (n - 1) / 26 < MAX_LETTER_REPEAT)
        {
          char letter = (char) ((format == FORMAT_LOWER_LETTER ? 'a' : 'A') + (n - 1) % 26);

          for (int i = 0; i <= (n - 1) / 26; i++)
            g_string_append_c (out, letter);
          return;
        }
      break;
    case FORMAT_LOWER_ROMAN:
    case FORMAT_UPPER_ROMAN:
      if (n >= 1 && n < 4000)
        {
          append_roman (out, n, format == FORMAT_UPPER_ROMAN);
          return;
        }
      break;
    case FORMAT_DECIMAL_ZERO:
      if (n >= 0 && n < 10)
        g_string_append_c (out, '0');
      break;
    case FORMAT_DECIMAL:
    default:
      break;
    }
  g_string_append_printf (out, "%d", n);
}

/* What a bullet looks like in plain text: Vietnamese notices write "-" for
 * the items of a level and "+" for those below; a symbol-font dot, a dash
 * or a circle is one of the first kind */
static const char *
bullet_text (const Level *level)
{
  g_autofree char *text = g_strstrip (g_strdup (level->text ? level->text : ""));

  return strcmp (text, "+") == 0 ? "+" : "-";
}

char *
_dt_docx_numbering_label (DtDocxNumbering *self,
                          int              num_id,
                          int              ilvl,
                          const char      *style)
{
  Num *num;
  AbstractNum *abstract;
  Counters *counters;
  const Level *level;
  GString *label;
  int style_num_id, style_ilvl;

  g_return_val_if_fail (self != NULL, NULL);

  if (style == NULL)
    style = self->default_style;
  style_numbering (self, style, &style_num_id, &style_ilvl);
  if (num_id < 0)
    num_id = style_num_id;
  if (ilvl < 0)
    ilvl = style_ilvl;
  /* numId 0 takes the numbering off */
  if (num_id <= 0)
    return NULL;

  num = g_hash_table_lookup (self->nums, GINT_TO_POINTER (num_id));
  abstract = num ? resolve_abstract (self, num->abstract_id) : NULL;
  if (abstract == NULL)
    return NULL;

  /* a style that numbers without a level takes the level linked to it */
  if (ilvl < 0 && style != NULL)
    for (int i = 0; i < N_LEVELS && ilvl < 0; i++)
      if (g_strcmp0 (abstract->levels[i].style, style) == 0)
        ilvl = i;
  ilvl = CLAMP (ilvl, 0, N_LEVELS - 1);

  level = get_level (num, abstract, ilvl);
  if (level == NULL)
    return NULL;

  counters = num->overridden ? &num->counters : &abstract->counters;
  if (!counters->used[ilvl])
    counters->value[ilvl] = start_value (num, abstract, ilvl);
  else if (counters->value[ilvl] < MAX_COUNTER)
    counters->value[ilvl]++;
  counters->used[ilvl] = TRUE;

  /* the levels below start again (w:lvlRestart 0: never; n: after level n) */
  for (int below = ilvl + 1; below < N_LEVELS; below++)
    {
      const Level *lower = get_level (num, abstract, below);
      int restart = lower != NULL ? lower->restart : -1;

      if (restart < 0 || (restart > 0 && ilvl <= restart - 1))
        counters->used[below] = FALSE;
    }

  label = g_string_new (NULL);
  if (level->format == FORMAT_BULLET)
    g_string_append (label, bullet_text (level));
  else
    for (const char *p = level->text ? level->text : ""; *p != '\0'; p++)
      {
        if (*p == '%' && p[1] >= '1' && p[1] <= '9')
          {
            int which = p[1] - '1';
            const Level *shown = get_level (num, abstract, which);
            int value = counters->used[which] ? counters->value[which]
                                               : start_value (num, abstract, which);

            append_number (label, value,
                           level->legal || shown == NULL ? FORMAT_DECIMAL : shown->format);
            p++;
          }
        else
          g_string_append_c (label, *p);
      }

  if (label->len == 0 || *g_strstrip (label->str) == '\0')
    {
      g_string_free (label, TRUE);
      return NULL;
    }
  label->len = strlen (label->str);
  if (!level->no_suffix)
    g_string_append_c (label, ' ');
  return g_string_free (label, FALSE);
}
