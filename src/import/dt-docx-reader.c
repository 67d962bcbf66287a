/* dt-docx-reader.c — the text of a Word document (.docx)
 *
 * A .docx is a ZIP archive (read with libarchive) of XML parts (read with
 * libxml2's streaming reader, dt-docx-xml.c).  The text is in word/document.xml: w:p
 * paragraphs of w:r runs of w:t text, w:tbl tables of w:tr rows of w:tc
 * cells.  Automatic list numbers are not in the text: they come from
 * word/numbering.xml and word/styles.xml (dt-docx-numbering.c).
 *
 * The text comes out as a person copying it from Word would get it, in the
 * shape the extractor reads: a line a paragraph, its list number in front;
 * a line a table row, the cells joined with " | " and the paragraphs of a
 * cell with a space.  A line break (Shift+Enter) ends the line as on the
 * page, except in a table cell, where it is a space so that the row stays
 * one line; a tab is a space.  Deleted revisions, field codes, hidden text
 * and the fallback copies of text boxes are not text.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>   /* xmlInitParser */
#include <string.h>

#include "dt-docx-private.h"
#include "dt-docx-reader.h"
#include "dt-import-source.h"

#define MC_NAMESPACE "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* a Word document has a few dozen parts, a large one a few thousand */
#define MAX_ENTRIES 65536
#define CHUNK_SIZE 65536
/* wider than any table Word makes (it allows 63 columns) */
#define MAX_COLUMNS 1024

/* The archive ----------------------------------------------------------------- */

typedef struct
{
  GByteArray *document;
  GByteArray *numbering;
  GByteArray *styles;
} Parts;

static void
parts_clear (Parts *parts)
{
  g_clear_pointer (&parts->document, g_byte_array_unref);
  g_clear_pointer (&parts->numbering, g_byte_array_unref);
  g_clear_pointer (&parts->styles, g_byte_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parts, parts_clear)

static void
set_too_large (GError **error)
{
  g_autofree char *limit = g_format_size (DT_DOCX_MAX_EXPANDED_SIZE);

  g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_TOO_LARGE,
               _("The Word document expands to more than %s when unpacked: it is not a notice, "
                 "or it is damaged."), limit);
}

static void
set_not_word (GError **error)
{
  g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_WORD,
                       _("This file is an archive, not a Word document. Import a Word document "
                         "(.docx), a PDF or a plain text file; save an OpenDocument text (.odt) "
                         "as .docx first."));
}

static void
set_archive_damaged (struct archive  *archive,
                     GError         **error)
{
  const char *detail = archive != NULL ? archive_error_string (archive) : NULL;

  _dt_docx_set_damaged (error, detail != NULL ? detail : "ZIP");
}

static GByteArray **
part_slot (Parts      *parts,
           const char *name)
{
  /* names in the package are case-insensitive */
  if (g_ascii_strcasecmp (name, "word/document.xml") == 0)
    return &parts->document;
  if (g_ascii_strcasecmp (name, "word/numbering.xml") == 0)
    return &parts->numbering;
  if (g_ascii_strcasecmp (name, "word/styles.xml") == 0)
    return &parts->styles;
  return NULL;
}

static gboolean
read_entry (struct archive  *archive,
            GByteArray      *into,
            gsize           *budget,
            GError         **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);

  for (;;)
    {
      la_ssize_t n = archive_read_data (archive, buffer, CHUNK_SIZE);

      if (n == 0)
        return TRUE;
      if (n < 0)
        {
          set_archive_damaged (archive, error);
          return FALSE;
        }
      /* counted on what comes out, whatever the header claims */
      if ((gsize) n > *budget)
        {
          set_too_large (error);
          return FALSE;
        }
      *budget -= n;
      g_byte_array_append (into, buffer, n);
    }
}

static gboolean
read_parts (GBytes   *bytes,
            Parts    *parts,
            GError  **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize budget = DT_DOCX_MAX_EXPANDED_SIZE;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  gboolean ok = TRUE;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, size) != ARCHIVE_OK)
    {
      set_archive_damaged (archive, error);
      archive_read_free (archive);
      return FALSE;
    }

  for (guint n_entries = 0; ok; n_entries++)
    {
      const char *name;
      GByteArray **slot;
      int ret = archive_read_next_header (archive, &entry);

      if (ret == ARCHIVE_EOF)
        break;
      if (ret < ARCHIVE_WARN || n_entries >= MAX_ENTRIES)
        {
          /* past MAX_ENTRIES: no Word document has that many parts */
          set_archive_damaged (ret < ARCHIVE_WARN ? archive : NULL, error);
          ok = FALSE;
          break;
        }

      name = archive_entry_pathname (entry);
      slot = name ? part_slot (parts, name) : NULL;
      if (slot == NULL || *slot != NULL)
        continue;

      if (archive_entry_is_encrypted (entry))
        {
          g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PROTECTED,
                               _("This Word document is protected by a password. Open it in Word, "
                                 "remove the password, save it, and import it again."));
          ok = FALSE;
          break;
        }
      *slot = g_byte_array_new ();
      ok = read_entry (archive, *slot, &budget, error);
    }

  archive_read_free (archive);
  return ok;
}

/* The document ---------------------------------------------------------------- */

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
                  set_not_word (error);
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
          set_too_large (error);
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

gboolean
dt_docx_reader_is_zip (const guint8 *data,
                       gsize         size)
{
  /* a local file header, or the end record of an empty archive */
  return size >= 4 && data[0] == 'P' && data[1] == 'K'
         && ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
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

char *
dt_docx_reader_read (GBytes  *bytes,
                     GError **error)
{
  g_auto(Parts) parts = { NULL, };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_parts (bytes, &parts, error))
    return NULL;
  if (parts.document == NULL)
    {
      set_not_word (error);
      return NULL;
    }
  return _dt_docx_read_parts (parts.document, parts.numbering, parts.styles, error);
}
