/* dt-ordinal.c — the order of a notice's numbering
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-ordinal.h"

/* Digits in a run shorter than this are padded to it: numbers of up to six
 * digits compare as numbers.  Stored in every database's ordinal keys: do
 * not change it without a migration that recomputes them. */
#define NUMBER_WIDTH 6

/* Reads the key of an ordinal a byte at a time */
typedef struct
{
  const char *p;
  guint       zeros;       /* padding still to give */
  gboolean    in_digits;
} KeyReader;

static guchar
key_next (KeyReader *r)
{
  if (r->zeros > 0)
    {
      r->zeros--;
      return '0';
    }
  if (*r->p == '\0')
    return '\0';
  if (g_ascii_isdigit (*r->p))
    {
      if (!r->in_digits)
        {
          guint n = 0;

          while (g_ascii_isdigit (r->p[n]))
            n++;
          r->in_digits = TRUE;
          if (n < NUMBER_WIDTH)
            {
              r->zeros = NUMBER_WIDTH - n - 1;
              return '0';
            }
        }
      return *r->p++;
    }
  r->in_digits = FALSE;
  return g_ascii_tolower (*r->p++);
}

char *
dt_ordinal_key (const char *ordinal)
{
  GString *key = g_string_new (NULL);
  KeyReader r = { ordinal ? ordinal : "", 0, FALSE };
  guchar c;

  while ((c = key_next (&r)) != '\0')
    g_string_append_c (key, c);
  return g_string_free (key, FALSE);
}

int
dt_ordinal_compare (const char *a,
                    const char *b)
{
  KeyReader ra = { a ? a : "", 0, FALSE };
  KeyReader rb = { b ? b : "", 0, FALSE };

  if (a == b)
    return 0;   /* interned strings: the same pointer */
  while (TRUE)
    {
      guchar ca = key_next (&ra);
      guchar cb = key_next (&rb);

      if (ca != cb)
        return ca < cb ? -1 : 1;
      if (ca == '\0')
        return 0;
    }
}
