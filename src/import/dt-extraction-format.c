/* dt-extraction-format.c — an extraction as TSV or JSON
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-import-cli.h"

#define TEXT_START_WORDS 10

static const char * const columns[] = {
  "id", "part", "where", "category", "lead_units", "coordinating_units",
  "deadline_phrase", "deadline", "recurrence", "text_start", "text", NULL
};

static char *
text_start (const char *text)
{
  const char *p = text;
  guint words = 0;

  while (*p != '\0')
    {
      if (*p == ' ' && ++words == TEXT_START_WORDS)
        break;
      p++;
    }
  return g_strndup (text, p - text);
}

/* the values of one directive, in column order */
static GStrv
directive_values (const DtExtractedDirective *d)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char buffer[DT_RECURRENCE_CODE_SIZE];
  GStrv values;

  g_strv_builder_add (builder, d->id);
  g_strv_builder_add (builder, d->part == DT_EXTRACTION_PART_APPENDIX ? "appendix" : "body");
  g_strv_builder_take (builder, d->collective && d->part == DT_EXTRACTION_PART_BODY
                                ? g_strconcat (d->where, " collective", NULL)
                                : g_strdup (d->where));
  g_strv_builder_add (builder, d->category ? d->category : "");
  g_strv_builder_add (builder, d->lead_unit ? d->lead_unit : "");
  g_strv_builder_take (builder, g_strjoinv (";", d->coordinating_units));
  g_strv_builder_add (builder, d->deadline_phrase ? d->deadline_phrase : "");
  g_strv_builder_take (builder, dt_extracted_directive_dup_deadline_string (d));
  g_strv_builder_add (builder, dt_extracted_directive_get_recurrence_code (d, buffer));
  g_strv_builder_take (builder, text_start (d->text ? d->text : ""));
  g_strv_builder_add (builder, d->text ? d->text : "");

  values = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return values;
}

static void
append_tsv_field (GString    *out,
                  const char *value)
{
  for (const char *p = value; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

char *
dt_extraction_to_tsv (DtExtraction *extraction)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (extraction != NULL, NULL);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_string_append (out, columns[i]);
      g_string_append_c (out, columns[i + 1] ? '\t' : '\n');
    }
  for (guint i = 0; i < extraction->directives->len; i++)
    {
      g_auto(GStrv) values = directive_values (g_ptr_array_index (extraction->directives, i));

      for (guint j = 0; values[j] != NULL; j++)
        {
          append_tsv_field (out, values[j]);
          g_string_append_c (out, values[j + 1] ? '\t' : '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static void
append_json_string (GString    *out,
                    const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json_date (GString *out,
                  DtDate   date)
{
  g_autofree char *iso = dt_date_to_iso (date);

  append_json_string (out, iso);
}

char *
dt_extraction_to_json (DtExtraction *extraction)
{
  static const char * const kinds[] = { "conclusion", "directive", "plan", "official-letter",
                                        "decision", "other" };
  GString *out = g_string_new ("{\n  \"notice\": {");

  g_return_val_if_fail (extraction != NULL, NULL);

  g_string_append (out, "\n    \"issuing_body\": ");
  append_json_string (out, extraction->issuing_body);
  g_string_append (out, ",\n    \"kind\": ");
  append_json_string (out, kinds[MIN ((guint) extraction->kind, G_N_ELEMENTS (kinds) - 1)]);
  g_string_append (out, ",\n    \"number\": ");
  append_json_string (out, extraction->number);
  g_string_append (out, ",\n    \"title\": ");
  append_json_string (out, extraction->title);
  g_string_append (out, ",\n    \"concluded_by\": ");
  append_json_string (out, extraction->concluded_by);
  g_string_append (out, ",\n    \"meeting_date\": ");
  append_json_date (out, extraction->meeting_date);
  g_string_append (out, ",\n    \"issue_date\": ");
  append_json_date (out, extraction->issue_date);
  g_string_append (out, ",\n    \"signer\": ");
  append_json_string (out, extraction->signer);
  g_string_append (out, "\n  },\n  \"directives\": [");

  for (guint i = 0; i < extraction->directives->len; i++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (extraction->directives, i);
      g_auto(GStrv) values = directive_values (d);

      g_string_append (out, i > 0 ? ",\n    {" : "\n    {");
      for (guint j = 0; values[j] != NULL; j++)
        {
          g_string_append_printf (out, "%s\"%s\": ", j > 0 ? ", " : "", columns[j]);
          if (j == 5)
            {
              /* coordinating units as an array */
              g_string_append_c (out, '[');
              for (guint k = 0; d->coordinating_units[k] != NULL; k++)
                {
                  if (k > 0)
                    g_string_append (out, ", ");
                  append_json_string (out, d->coordinating_units[k]);
                }
              g_string_append_c (out, ']');
            }
          else
            append_json_string (out, values[j]);
        }
      g_string_append_printf (out, ", \"lead_unit_known\": %s, \"approximate\": %s, "
                              "\"inherited\": %s, \"doubts\": %u, \"source_start\": %" G_GSIZE_FORMAT
                              ", \"source_end\": %" G_GSIZE_FORMAT "}",
                              d->lead_unit_known ? "true" : "false",
                              d->approximate ? "true" : "false",
                              d->inherited ? "true" : "false",
                              (guint) d->doubts, d->source_start, d->source_end);
    }
  g_string_append (out, "\n  ]\n}\n");

  return g_string_free (out, FALSE);
}
