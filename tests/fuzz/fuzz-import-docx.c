/* fuzz-import-docx.c — the XML side of Word import: any document, numbering
 * and styles parts (the input split at NUL bytes, which XML cannot hold),
 * read as the reader does once they are out of the ZIP archive.  The
 * archive side is fuzz-import-text's, through the .docx seeds; here no
 * checksum stands between a mutation and the XML.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-docx-private.h"
#include "fuzz-common.h"

/* The next part: up to the next NUL byte, or to the end */
static GByteArray *
next_part (const uint8_t **data,
           size_t         *size)
{
  const uint8_t *end = memchr (*data, '\0', *size);
  size_t length = end ? (size_t) (end - *data) : *size;
  GByteArray *part = g_byte_array_sized_new (length);

  g_byte_array_append (part, *data, length);
  *data += end ? length + 1 : length;
  *size -= end ? length + 1 : length;
  return part;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GByteArray) document = NULL;
  g_autoptr(GByteArray) numbering = NULL;
  g_autoptr(GByteArray) styles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  fuzz_init ();
  document = next_part (&data, &size);
  if (size > 0)
    numbering = next_part (&data, &size);
  if (size > 0)
    styles = next_part (&data, &size);

  text = _dt_docx_read_parts (document, numbering, styles, &error);
  /* text, or an error for the user: never both, never neither */
  g_assert_true ((text == NULL) != (error == NULL));
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
  return 0;
}
