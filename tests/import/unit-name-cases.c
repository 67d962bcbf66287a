/* unit-name-cases.c — phrases with the units they name, checked as the
 * corpus scorer compares units (test-unit-name, test-unit-name-shapes)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dt-import-text-private.h"
#include "unit-name-cases.h"

/* The scorer's unit(): folded, its abbreviations expanded, " - " spaced,
 * a trailing "tinh" dropped */
static char *
scorer_unit (const char *name)
{
  static const struct { const char *pattern, *replacement; } abbreviations[] = {
    { "\\bubnd\\b", "uy ban nhan dan" }, { "\\bptnt\\b", "phat trien nong thon" },
    { "\\bbch\\b", "bo chi huy" }, { "\\bbql\\b", "ban quan ly" },
    { "\\bld-?tb ?& ?xh\\b", "lao dong - thuong binh va xa hoi" },
    { "\\btt ?& ?tt\\b", "thong tin va truyen thong" }, { "\\bkh ?& ?dt\\b", "ke hoach va dau tu" },
    { "\\bvp\\b", "van phong" }, { "\\bkkt\\b", "khu kinh te" }, { "\\bbdbp\\b", "bo doi bien phong" },
  };
  DtFolded folded;
  char *s;

  _dt_folded_init (&folded, name, -1);
  s = g_strdup (folded.text);
  _dt_folded_clear (&folded);
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (abbreviations[i].pattern, 0, 0, NULL);
      char *r = g_regex_replace (regex, s, -1, 0, abbreviations[i].replacement, 0, NULL);
      g_free (s);
      s = r;
    }
  {
    g_autoptr(GRegex) dash = g_regex_new ("\\s*-\\s*", 0, 0, NULL);
    g_autoptr(GRegex) tinh = g_regex_new ("\\btinh$", 0, 0, NULL);
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    char *r = g_regex_replace_literal (dash, s, -1, 0, " - ", 0, NULL);

    g_free (s);
    s = g_regex_replace_literal (tinh, r, -1, 0, "", 0, NULL);
    g_free (r);
    r = g_regex_replace_literal (spaces, g_strstrip (s), -1, 0, " ", 0, NULL);
    g_free (s);
    s = g_strstrip (r);
  }
  return s;
}

/* A failure: as a test message, or on stdout with DT_UNIT_NAME_VERBOSE
 * (test messages lose the Vietnamese letters where the locale is ASCII) */
void
unit_name_report (const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (g_getenv ("DT_UNIT_NAME_VERBOSE"))
    printf ("%s\n", message);
  else
    g_test_message ("%s", message);
}

guint
unit_name_check_cases (DtUnitCatalog *catalog,
                       const Case    *cases,
                       guint          n_cases,
                       guint         *n_wrong_span)
{
  guint n_wrong = 0;

  *n_wrong_span = 0;
  for (guint i = 0; i < n_cases; i++)
    {
      const Case *c = &cases[i];
      gsize end = 0;
      g_autoptr(GPtrArray) units = dt_unit_name_match_list (catalog, c->text, strlen (c->text), 0, &end);
      g_autoptr(GString) got = g_string_new (NULL);
      g_autoptr(GString) got_key = g_string_new (NULL);
      g_autoptr(GString) want_key = g_string_new (NULL);

      for (guint j = 0; units != NULL && j < units->len; j++)
        {
          DtUnitName *u = g_ptr_array_index (units, j);
          g_autofree char *key = scorer_unit (u->name);

          g_string_append_printf (got, "%s%s", j ? "; " : "", u->name);
          g_string_append_printf (got_key, "%s%s", j ? "; " : "", key);
        }
      if (c->units != NULL)
        {
          g_auto(GStrv) want = g_strsplit (c->units, "; ", -1);

          for (guint j = 0; want[j] != NULL; j++)
            {
              g_autofree char *key = scorer_unit (want[j]);

              g_string_append_printf (want_key, "%s%s", j ? "; " : "", key);
            }
        }

      if (!g_str_equal (got_key->str, want_key->str))
        {
          n_wrong++;
          unit_name_report ("WRONG  \"%s\"\n   want [%s]\n   got  [%s]", c->text,
                                    c->units ? c->units : "", got->str);
        }
      else if (c->span != NULL && (end != strlen (c->span) || strncmp (c->text, c->span, end) != 0))
        {
          (*n_wrong_span)++;
          unit_name_report ("SPAN   \"%s\"\n   want [%s]\n   got  [%.*s]", c->text, c->span,
                                    (int) end, c->text);
        }
      /* the quick test never says no where a unit is found */
      if (units != NULL && !dt_unit_name_starts_at (c->text, strlen (c->text), 0)
          && ((DtUnitName *) g_ptr_array_index (units, 0))->kind != DT_UNIT_NAME_KNOWN)
        {
          n_wrong++;
          unit_name_report ("STARTS \"%s\": starts_at says no", c->text);
        }
    }
  return n_wrong;
}
