/* dt-docx-document.c — word/document.xml of a Word document as text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document part is walked with libxml2's streaming reader
 * (dt-docx-xml.c) into the shape the extractor reads (see dt-docx-reader.c):
 * a line a paragraph with its list number in front (dt-docx-numbering.c), a
 * line a table row with the cells joined by " | ".
 */

#include "config.h"

#include <libxml/parser.h>   /* xmlInitParser */
#include <string.h>

#include "dt-docx-private.h"
#include "dt-docx-reader.h"
#include "dt-import-source.h"

#define MC_NAMESPACE "http://schemas.openxmlformats.org/markup-compatibility/2006"
/* wider than any table Word makes (it allows 63 columns) */
#define MAX_COLUMNS 1024

typedef struct
{
  GString  *text;
  GString  *deferred;   /* the paragraphs of its text boxes, a line each */
  char     *style;
  int       num_id;
  int       ilvl;
  gboolean  hidden;     /* a paragraph whose text is all hidden: not shown */
  gboolean  has_visible;
  /* where the paragraph that holds it was, for a text box's paragraph */
  int       outer_ppr_depth;
  int       outer_run_depth;
  gboolean  outer_in_run_properties;
  gboolean  outer_run_hidden;
  gboolean  outer_in_text;
} Paragraph;

static void
paragraph_free (Paragraph *paragraph)
{
  g_string_free (paragraph->text, TRUE);
  g_string_free (paragraph->deferred, TRUE);
  g_free (paragraph->style);
  g_free (paragraph);
}

typedef struct
{
  DtDocxXml        xml;
  DtDocxNumbering *numbering;
  GString         *out;
  GPtrArray       *paragraphs;   /* open ones, the innermost last (text boxes nest) */
  GString         *row;          /* the row of the outermost table */
  GString         *cell;
  guint            n_cells;
  /* vertically merged cells: the text above, by grid column, repeated in
   * each row the cell spans (so each task row keeps its lead unit) */
  GPtrArray       *merged_above;  /* of char *, NULL where nothing is merged */
  guint            column;        /* the grid column of the cell */
  guint            cell_span;
  gboolean         cell_continues;
  int              table_depth;
  int              ppr_depth;     /* inside w:pPr */
  int              run_depth;     /* inside w:r */
  gboolean         in_run_properties;
  gboolean         run_hidden;
  gboolean         in_text;       /* inside w:t */
  int              skip_depth;    /* inside an element that is not text: its depth; -1 */
  gsize            produced;      /* bytes of text made so far */
} Walk;

static Paragraph *
current_paragraph (Walk *walk)
{
  return walk->paragraphs->len > 0 ? g_ptr_array_index (walk->paragraphs, walk->paragraphs->len - 1)
                                   : NULL;
}

/* Elements whose content is not text the page shows */
static gboolean
is_skipped (Walk       *walk,
            const char *w_name)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (walk->xml.reader);

  if (ns != NULL && strcmp (ns, MC_NAMESPACE) == 0)
    /* the text of a text box is in mc:Choice, and again in mc:Fallback */
    return strcmp ((const char *) xmlTextReaderConstLocalName (walk->xml.reader), "Fallback") == 0;
  if (w_name == NULL)
    return FALSE;
  return strcmp (w_name, "del") == 0 || strcmp (w_name, "moveFrom") == 0
         || strcmp (w_name, "delText") == 0 || strcmp (w_name, "instrText") == 0
         || strcmp (w_name, "delInstrText") == 0
         /* the former properties of a tracked change (pPrChange, rPrChange…) */
         || g_str_has_suffix (w_name, "Change");
}

static void
append_text (Walk       *walk,
             const char *text)
{
  Paragraph *paragraph = current_paragraph (walk);

  if (paragraph == NULL || walk->run_hidden)
    return;
  g_string_append (paragraph->text, text);
  paragraph->has_visible = TRUE;
}

static void
add_to_cell (Walk       *walk,
             const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  /* the paragraphs of a cell, and its line breaks, are joined with a space;
   * a paragraph of only spaces (no-break ones too) adds nothing */
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (end == start)
    return;

  if (walk->cell->len > 0)
    g_string_append_c (walk->cell, ' ');
  for (const char *p = start; p < end; p++)
    if (*p != '\n')
      g_string_append_c (walk->cell, *p);
    else if (walk->cell->str[walk->cell->len - 1] != ' ')
      g_string_append_c (walk->cell, ' ');
}

static void
end_paragraph (Walk *walk)
{
  Paragraph *paragraph = current_paragraph (walk);
  Paragraph *outer;
  g_autofree char *label = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean shown;

  if (paragraph == NULL)
    return;
  g_ptr_array_steal_index (walk->paragraphs, walk->paragraphs->len - 1);
  walk->ppr_depth = paragraph->outer_ppr_depth;
  walk->run_depth = paragraph->outer_run_depth;
  walk->in_run_properties = paragraph->outer_in_run_properties;
  walk->run_hidden = paragraph->outer_run_hidden;
  walk->in_text = paragraph->outer_in_text;

  /* a paragraph whose every run is hidden is not on the page, nor its number */
  shown = !(paragraph->hidden && !paragraph->has_visible);
  if (shown)
    {
      label = _dt_docx_numbering_label (walk->numbering, paragraph->num_id, paragraph->ilvl,
                                        paragraph->style);
      if (label != NULL)
        g_string_append (line, label);
      g_string_append_len (line, paragraph->text->str, paragraph->text->len);
      g_string_append_c (line, '\n');
    }
  g_string_append_len (line, paragraph->deferred->str, paragraph->deferred->len);
  /* counted wherever it goes: list numbers on empty paragraphs must not
   * make more text than the limit */
  walk->produced += line->len;

  outer = current_paragraph (walk);
  if (outer != NULL)
    /* a text box's paragraph: after the paragraph that holds it */
    g_string_append_len (outer->deferred, line->str, line->len);
  else if (walk->cell != NULL)
    add_to_cell (walk, line->str);
  else
    g_string_append_len (walk->out, line->str, line->len);
  paragraph_free (paragraph);
}

static void end_element (Walk       *walk,
                         const char *name);

static void
start_element (Walk       *walk,
               const char *name,
               gboolean    empty)
{
  Paragraph *paragraph = current_paragraph (walk);

  if (strcmp (name, "p") == 0)
    {
      Paragraph *opened = g_new0 (Paragraph, 1);

      opened->text = g_string_new (NULL);
      opened->deferred = g_string_new (NULL);
      opened->num_id = -1;
      opened->ilvl = -1;
      opened->outer_ppr_depth = walk->ppr_depth;
      opened->outer_run_depth = walk->run_depth;
      opened->outer_in_run_properties = walk->in_run_properties;
      opened->outer_run_hidden = walk->run_hidden;
      opened->outer_in_text = walk->in_text;
      g_ptr_array_add (walk->paragraphs, opened);
      walk->ppr_depth = 0;
      walk->run_depth = 0;
      walk->in_run_properties = FALSE;
      walk->run_hidden = FALSE;
      walk->in_text = FALSE;
      if (empty)
        end_paragraph (walk);
    }
  else if (empty && (strcmp (name, "tbl") == 0 || strcmp (name, "tr") == 0 || strcmp (name, "pPr") == 0
                     || strcmp (name, "r") == 0 || strcmp (name, "rPr") == 0 || strcmp (name, "t") == 0))
    /* nothing in it */
    return;
  else if (strcmp (name, "tbl") == 0)
    {
      if (walk->table_depth++ == 0)
        g_ptr_array_set_size (walk->merged_above, 0);
    }
  else if (strcmp (name, "tr") == 0 && walk->table_depth == 1 && walk->row == NULL && paragraph == NULL)
    {
      walk->row = g_string_new (NULL);
      walk->n_cells = 0;
      walk->column = 0;
    }
  else if (strcmp (name, "tc") == 0 && walk->row != NULL && walk->table_depth == 1 && walk->cell == NULL)
    {
      walk->cell = g_string_new (NULL);
      walk->cell_span = 1;
      walk->cell_continues = FALSE;
      if (empty)
        end_element (walk, name);
    }
  else if (walk->table_depth == 1 && walk->row != NULL && paragraph == NULL
           && (strcmp (name, "gridBefore") == 0 || strcmp (name, "gridSpan") == 0
               || strcmp (name, "vMerge") == 0))
    {
      if (strcmp (name, "vMerge") == 0)
        {
          g_autofree char *val = _dt_docx_xml_w_attr (&walk->xml, "val");

          walk->cell_continues = walk->cell != NULL && g_strcmp0 (val, "restart") != 0;
        }
      else if (walk->cell != NULL)
        walk->cell_span = _dt_docx_xml_w_int (&walk->xml, "val", 1, MAX_COLUMNS, 1);
      else
        walk->column += _dt_docx_xml_w_int (&walk->xml, "val", 0, MAX_COLUMNS, 0);
    }
  else if (strcmp (name, "pPr") == 0 && paragraph != NULL)
    walk->ppr_depth++;
  else if (walk->ppr_depth > 0 && paragraph != NULL)
    {
      if (strcmp (name, "numId") == 0)
        paragraph->num_id = _dt_docx_xml_w_int (&walk->xml, "val", 0, G_MAXINT, -1);
      else if (strcmp (name, "ilvl") == 0)
        paragraph->ilvl = _dt_docx_xml_w_int (&walk->xml, "val", 0, 8, -1);
      else if (strcmp (name, "pStyle") == 0)
        {
          g_free (paragraph->style);
          paragraph->style = _dt_docx_xml_w_attr (&walk->xml, "val");
        }
      else if (strcmp (name, "vanish") == 0)
        paragraph->hidden = _dt_docx_xml_w_on (&walk->xml);
    }
  else if (strcmp (name, "r") == 0)
    {
      walk->run_depth++;
      walk->run_hidden = FALSE;
    }
  else if (walk->run_depth == 0)
    return;
  else if (strcmp (name, "rPr") == 0)
    walk->in_run_properties = TRUE;
  else if (walk->in_run_properties)
    {
      if (strcmp (name, "vanish") == 0 || strcmp (name, "specVanish") == 0)
        walk->run_hidden = _dt_docx_xml_w_on (&walk->xml);
    }
  else if (strcmp (name, "t") == 0)
    walk->in_text = TRUE;
  else if (strcmp (name, "tab") == 0 || strcmp (name, "ptab") == 0)
    append_text (walk, " ");
  else if (strcmp (name, "br") == 0 || strcmp (name, "cr") == 0)
    append_text (walk, walk->cell != NULL ? " " : "\n");
  else if (strcmp (name, "noBreakHyphen") == 0)
    append_text (walk, "-");
}

static void
end_element (Walk       *walk,
             const char *name)
{
  if (strcmp (name, "p") == 0)
    end_paragraph (walk);
  else if (strcmp (name, "tbl") == 0 && walk->table_depth > 0)
    walk->table_depth--;
  else if (strcmp (name, "tc") == 0 && walk->table_depth == 1 && walk->cell != NULL
           && current_paragraph (walk) == NULL)
    {
      g_autoptr(GString) cell = g_steal_pointer (&walk->cell);
      guint column = MIN (walk->column, MAX_COLUMNS);
      const char *above;

      if (walk->merged_above->len <= column)
        g_ptr_array_set_size (walk->merged_above, column + 1);
      above = g_ptr_array_index (walk->merged_above, column);
      if (walk->cell_continues && cell->len == 0 && above != NULL)
        {
          g_string_append (cell, above);
          walk->produced += cell->len;
        }
      else if (!walk->cell_continues)
        {
          g_free (g_ptr_array_index (walk->merged_above, column));
          g_ptr_array_index (walk->merged_above, column) = g_strdup (cell->str);
        }
      walk->column = column + walk->cell_span;

      if (walk->n_cells++ > 0)
        g_string_append (walk->row, " | ");
      g_string_append_len (walk->row, cell->str, cell->len);
    }
  else if (strcmp (name, "tr") == 0 && walk->table_depth == 1 && walk->row != NULL
           && current_paragraph (walk) == NULL)
    {
      g_autoptr(GString) row = g_steal_pointer (&walk->row);

      /* a row of empty cells is only layout */
      if (strspn (row->str, " |") < row->len)
        {
          g_string_append_len (walk->out, row->str, row->len);
          g_string_append_c (walk->out, '\n');
        }
    }
  else if (strcmp (name, "pPr") == 0 && walk->ppr_depth > 0)
    walk->ppr_depth--;
  else if (strcmp (name, "r") == 0 && walk->run_depth > 0)
    {
      walk->run_depth--;
      walk->run_hidden = FALSE;
      walk->in_run_properties = FALSE;
    }
  else if (strcmp (name, "rPr") == 0)
    walk->in_run_properties = FALSE;
  else if (strcmp (name, "t") == 0)
    walk->in_text = FALSE;
}

static gboolean
walk_document (Walk     *walk,
               GError  **error)
{
  gboolean seen_root = FALSE;
  int ret;

  while ((ret = _dt_docx_xml_next (&walk->xml, error)) == 1)
    {
      xmlTextReaderPtr reader = walk->xml.reader;
      int type = xmlTextReaderNodeType (reader);
      int depth = xmlTextReaderDepth (reader);
      const char *name;

      if (walk->skip_depth >= 0)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && depth == walk->skip_depth)
            walk->skip_depth = -1;
          continue;
        }

      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          name = _dt_docx_xml_w_name (&walk->xml);
          if (!seen_root)
            {
              /* an .xlsx or a stray document.xml has another root */
              if (g_strcmp0 (name, "document") != 0)
                {
                  _dt_docx_set_not_word (error);
                  return FALSE;
                }
              seen_root = TRUE;
            }
          if (is_skipped (walk, name))
            {
              if (!xmlTextReaderIsEmptyElement (reader))
                walk->skip_depth = depth;
              break;
            }
          if (name != NULL)
            start_element (walk, name, xmlTextReaderIsEmptyElement (reader));
          break;

        case XML_READER_TYPE_END_ELEMENT:
          name = _dt_docx_xml_w_name (&walk->xml);
          if (name != NULL)
            end_element (walk, name);
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          if (walk->in_text)
            append_text (walk, (const char *) xmlTextReaderConstValue (reader));
          break;

        default:
          break;
        }

      if (walk->produced > DT_DOCX_MAX_EXPANDED_SIZE)
        {
          _dt_docx_set_too_large (error);
          return FALSE;
        }
    }
  return ret == 0;
}

/* libxml2 2.9 wants its first initialisation done once, not raced by two
 * imports in threads */

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

char *
_dt_docx_read_parts (GByteArray  *document,
                     GByteArray  *numbering_xml,
                     GByteArray  *styles_xml,
                     GError     **error)
{
  static GOnce libxml_once = G_ONCE_INIT;
  g_autoptr(DtDocxNumbering) numbering = NULL;
  Walk walk = { 0, };
  gboolean ok;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_once (&libxml_once, init_libxml, NULL);

  numbering = _dt_docx_numbering_new (numbering_xml, styles_xml, error);
  if (numbering == NULL)
    return NULL;

  walk.numbering = numbering;
  walk.out = g_string_new (NULL);
  walk.paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  walk.merged_above = g_ptr_array_new_with_free_func (g_free);
  walk.skip_depth = -1;
  _dt_docx_xml_open (&walk.xml, document, "word/document.xml");

  ok = walk_document (&walk, error);

  _dt_docx_xml_clear (&walk.xml);
  g_ptr_array_unref (walk.paragraphs);
  g_ptr_array_unref (walk.merged_above);
  if (walk.row != NULL)
    g_string_free (walk.row, TRUE);
  if (walk.cell != NULL)
    g_string_free (walk.cell, TRUE);
  if (!ok)
    {
      g_string_free (walk.out, TRUE);
      return NULL;
    }
  return g_string_free (walk.out, FALSE);
}
