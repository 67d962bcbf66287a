/* dt-docx-xml.c — one XML part of a Word document, read as a stream
 *
 * libxml2's reader, with what a Word part needs and nothing it must not
 * do: no network, no DTD, no entity substitution.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <string.h>

#include "dt-docx-private.h"
#include "dt-import-source.h"

#define W_NAMESPACE "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NAMESPACE_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"

static void
#if LIBXML_VERSION >= 21200
on_xml_error (void *user_data, const xmlError *error)
#else
on_xml_error (void *user_data, xmlErrorPtr error)
#endif
{
  DtDocxXml *xml = user_data;

  if (xml->error == NULL && error != NULL && error->level >= XML_ERR_ERROR)
    {
      g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : ""));

      xml->error = g_strdup_printf ("%s, line %d: %s", xml->part, error->line, message);
    }
}

void
_dt_docx_xml_open (DtDocxXml  *xml,
                   GByteArray *data,
                   const char *part)
{
  memset (xml, 0, sizeof *xml);
  xml->part = part;
  /* no XML_PARSE_NOENT (it would substitute entities), no DTD loading,
   * no XML_PARSE_HUGE: libxml2's limits on depth and sizes stay */
  xml->reader = xmlReaderForMemory ((const char *) data->data, (int) data->len, part, NULL,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (xml->reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (xml->reader, on_xml_error, xml);
}

void
_dt_docx_xml_clear (DtDocxXml *xml)
{
  g_clear_pointer (&xml->reader, xmlFreeTextReader);
  g_clear_pointer (&xml->error, g_free);
}

void
_dt_docx_set_damaged (GError     **error,
                      const char  *detail)
{
  /* Translators: %s is what the ZIP or XML library found wrong, in English */
  g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_DAMAGED,
               _("The Word document is damaged and cannot be read (%s). Open it in Word or "
                 "LibreOffice, save it again, and import the new copy."), detail);
}

int
_dt_docx_xml_next (DtDocxXml  *xml,
                   GError    **error)
{
  int ret = xml->reader != NULL ? xmlTextReaderRead (xml->reader) : -1;

  if (ret == 1 && xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      g_autofree char *detail = g_strdup_printf ("%s: a document type declaration", xml->part);

      _dt_docx_set_damaged (error, detail);
      return -1;
    }
  if (ret < 0)
    {
      g_autofree char *detail = xml->error ? g_strdup (xml->error)
                                           : g_strdup_printf ("%s: not well-formed XML", xml->part);

      _dt_docx_set_damaged (error, detail);
      return -1;
    }
  return ret;
}

const char *
_dt_docx_xml_w_name (DtDocxXml *xml)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (xml->reader);

  if (ns == NULL || (strcmp (ns, W_NAMESPACE) != 0 && strcmp (ns, W_NAMESPACE_STRICT) != 0))
    return NULL;
  return (const char *) xmlTextReaderConstLocalName (xml->reader);
}

char *
_dt_docx_xml_w_attr (DtDocxXml  *xml,
                     const char *name)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (xml->reader, BAD_CAST name, BAD_CAST W_NAMESPACE);
  char *copy;

  if (value == NULL)
    value = xmlTextReaderGetAttributeNs (xml->reader, BAD_CAST name, BAD_CAST W_NAMESPACE_STRICT);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

gboolean
_dt_docx_xml_w_on (DtDocxXml *xml)
{
  g_autofree char *val = _dt_docx_xml_w_attr (xml, "val");

  return val == NULL || !(strcmp (val, "0") == 0 || strcmp (val, "false") == 0 || strcmp (val, "off") == 0);
}

int
_dt_docx_xml_w_int (DtDocxXml  *xml,
                    const char *name,
                    int         min,
                    int         max,
                    int         fallback)
{
  g_autofree char *val = _dt_docx_xml_w_attr (xml, name);
  char *end = NULL;
  gint64 n;

  if (val == NULL)
    return fallback;
  n = g_ascii_strtoll (val, &end, 10);
  if (end == val || *end != '\0')
    return fallback;
  return (int) CLAMP (n, (gint64) min, (gint64) max);
}
