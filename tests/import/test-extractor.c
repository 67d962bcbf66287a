/* test-extractor.c — the notice reader, measured against the gold reading
 * of the sample notice (notices of other shapes: test-extractor-shapes.c)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-extractor.h"
#include "dt-import-text-private.h"

#define SAMPLE "nghe-an-ket-luan-2024-01"

/* What the extractor reaches today, less a small margin: a change that
 * makes it read worse fails here. */
#define MIN_LEAD_RECALL        0.97
#define MIN_LEAD_PRECISION     0.97
#define MIN_DEADLINE_RECALL    0.95
#define MIN_DEADLINE_PRECISION 0.95

typedef struct
{
  char  *id;
  char  *part;
  char  *where;
  char  *category;
  char **leads;
  char **coordinators;
  char  *deadline;
  char  *recurrence;
  char  *text_start;
  gboolean collective;
} GoldRow;

static void
gold_row_free (GoldRow *row)
{
  g_free (row->id);
  g_free (row->part);
  g_free (row->where);
  g_free (row->category);
  g_strfreev (row->leads);
  g_strfreev (row->coordinators);
  g_free (row->deadline);
  g_free (row->recurrence);
  g_free (row->text_start);
  g_free (row);
}

static char *
sample_path (const char *suffix)
{
  const char *dir = g_getenv ("DT_SAMPLES_DIR");

  g_assert_nonnull (dir);
  return g_strdup_printf ("%s/%s%s", dir, SAMPLE, suffix);
}

static GPtrArray *
load_gold (void)
{
  g_autofree char *path = sample_path (".gold.tsv");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) gold_row_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      GoldRow *row;

      if (*lines[i] == '#' || *lines[i] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 10);
      row = g_new0 (GoldRow, 1);
      row->id = g_strdup (f[0]);
      row->part = g_strdup (f[1]);
      row->where = g_strdup (f[2]);
      /* "Các chủ đầu tư" in the table is a collective too */
      row->collective = strstr (f[2], "collective") != NULL || g_str_has_prefix (f[4], "Các ");
      row->category = g_strdup (f[3]);
      row->leads = g_strsplit (f[4], ";", -1);
      row->coordinators = *f[5] ? g_strsplit (f[5], ";", -1) : g_new0 (char *, 1);
      row->deadline = g_strdup (f[7]);
      row->recurrence = g_strdup (f[8]);
      row->text_start = g_strdup (f[9]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static DtExtraction *
extract_sample (void)
{
  g_autofree char *path = sample_path (".txt");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  DtExtraction *extraction;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  extraction = dt_extractor_extract (extractor, text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (extraction);
  return extraction;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *ka = _dt_unit_key (a, -1);
  g_autofree char *kb = _dt_unit_key (b, -1);

  return strcmp (ka, kb) == 0;
}

static gboolean
starts_with_folded (const char *text,
                    const char *prefix)
{
  DtFolded ft, fp;
  gboolean result;

  _dt_folded_init (&ft, text, -1);
  _dt_folded_init (&fp, prefix, -1);
  result = fp.len > 0 && g_str_has_prefix (ft.text, fp.text);
  _dt_folded_clear (&ft);
  _dt_folded_clear (&fp);
  return result;
}

static gboolean
matches_row (const DtExtractedDirective *d,
             const GoldRow              *row)
{
  const char *part = d->part == DT_EXTRACTION_PART_APPENDIX ? "appendix" : "body";

  return strcmp (part, row->part) == 0 && starts_with_folded (d->text, row->text_start);
}

static char *
deadline_key (const char *deadline,
              const char *recurrence)
{
  if (*deadline == '\0' && *recurrence == '\0')
    return NULL;
  return g_strdup_printf ("%s|%s", deadline, recurrence);
}

static char *
directive_deadline_key (const DtExtractedDirective *d)
{
  g_autofree char *deadline = dt_extracted_directive_dup_deadline_string (d);
  char buffer[DT_RECURRENCE_CODE_SIZE];

  return deadline_key (deadline, dt_extracted_directive_get_recurrence_code (d, buffer));
}

static const GoldRow *
find_gold_row (GPtrArray                  *gold,
               const DtExtractedDirective *d)
{
  for (guint i = 0; i < gold->len; i++)
    if (matches_row (d, g_ptr_array_index (gold, i)))
      return g_ptr_array_index (gold, i);
  return NULL;
}

static void
test_sample_header (void)
{
  g_autoptr(DtExtraction) e = extract_sample ();

  g_assert_cmpint (e->kind, ==, DT_NOTICE_KIND_CONCLUSION);
  g_assert_cmpstr (e->issuing_body, ==, "Ủy ban nhân dân tỉnh Nghệ An");
  /* a draft: the number is left blank */
  g_assert_cmpstr (e->number, ==, "/TB-UBND");
  g_assert_cmpuint (e->meeting_date, ==, dt_date_new (2024, 1, 25));
  g_assert_cmpuint (e->issue_date, ==, DT_DATE_NONE);
  g_assert_cmpstr (e->concluded_by, ==, "Chủ tịch UBND tỉnh Nguyễn Đức Trung");
  g_assert_cmpstr (e->signer, ==, "Đặng Thanh Tùng");
  g_assert_true (g_str_has_prefix (e->title, "Kết luận của Chủ tịch UBND tỉnh"));
  g_assert_true (g_str_has_suffix (e->title, "tháng 01 năm 2024"));
}

/* every appendix row: its lead unit, group and deadline */
static void
test_sample_appendix (void)
{
  g_autoptr(DtExtraction) e = extract_sample ();
  g_autoptr(GPtrArray) gold = load_gold ();
  guint n_rows = 0, n_right = 0;

  for (guint i = 0; i < gold->len; i++)
    {
      const GoldRow *row = g_ptr_array_index (gold, i);
      guint found = 0;

      if (strcmp (row->part, "appendix") != 0)
        continue;
      n_rows++;
      for (guint j = 0; j < e->directives->len; j++)
        {
          const DtExtractedDirective *d = g_ptr_array_index (e->directives, j);
          g_autofree char *deadline = NULL;

          if (!matches_row (d, row))
            continue;
          found++;
          deadline = dt_extracted_directive_dup_deadline_string (d);
          g_test_message ("row %s: %s | %s | %s", row->where, d->lead_unit, d->category, deadline);
          g_assert_cmpstr (d->where, ==, row->where);
          g_assert_true (same_name (d->lead_unit, row->leads[0]));
          g_assert_cmpstr (d->category, ==, row->category);
          g_assert_cmpstr (deadline, ==, row->deadline);
          n_right++;
        }
      g_assert_cmpuint (found, ==, 1);
    }
  g_assert_cmpuint (n_rows, ==, 28);
  g_assert_cmpuint (n_right, ==, 28);
}

static void
test_sample_quality (void)
{
  g_autoptr(DtExtraction) e = extract_sample ();
  g_autoptr(GPtrArray) gold = load_gold ();
  guint gold_leads = 0, found_leads = 0;
  guint named = 0, named_right = 0;
  guint gold_deadlines = 0, found_deadlines = 0;
  guint given_deadlines = 0, given_right = 0;
  guint gold_coord = 0, found_coord = 0;
  double lead_recall, lead_precision, deadline_recall, deadline_precision;

  /* recall: each gold (row, lead unit) pair */
  for (guint i = 0; i < gold->len; i++)
    {
      const GoldRow *row = g_ptr_array_index (gold, i);
      g_autofree char *gold_key = deadline_key (row->deadline, row->recurrence);

      if (row->collective)
        continue;
      for (guint k = 0; row->leads[k] != NULL; k++)
        {
          const DtExtractedDirective *hit = NULL;

          gold_leads++;
          for (guint j = 0; j < e->directives->len && hit == NULL; j++)
            {
              const DtExtractedDirective *d = g_ptr_array_index (e->directives, j);

              if (!d->collective && matches_row (d, row) && same_name (d->lead_unit, row->leads[k]))
                hit = d;
            }
          if (hit != NULL)
            found_leads++;
          else
            g_test_message ("missed: %s %s", row->id, row->leads[k]);

          for (guint c = 0; row->coordinators[c] != NULL; c++)
            {
              gold_coord++;
              for (guint h = 0; hit && hit->coordinating_units[h] != NULL; h++)
                if (same_name (hit->coordinating_units[h], row->coordinators[c]))
                  {
                    found_coord++;
                    break;
                  }
            }

          if (gold_key != NULL)
            {
              g_autofree char *key = hit ? directive_deadline_key (hit) : NULL;

              gold_deadlines++;
              if (g_strcmp0 (key, gold_key) == 0)
                found_deadlines++;
              else
                g_test_message ("deadline missed: %s %s (%s)", row->id, gold_key, key);
            }
        }
    }

  /* precision: each directive with a named lead unit */
  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (e->directives, j);
      const GoldRow *row = find_gold_row (gold, d);
      g_autofree char *key = directive_deadline_key (d);
      gboolean right_lead = FALSE;

      if (d->collective)
        {
          /* never pinned on one unit */
          g_assert_true (row == NULL || row->collective);
          continue;
        }
      named++;
      for (guint k = 0; row && row->leads[k] != NULL; k++)
        if (same_name (d->lead_unit, row->leads[k]))
          right_lead = TRUE;
      if (right_lead)
        named_right++;
      else
        g_test_message ("extra: %s %s", d->id, d->lead_unit);

      if (key != NULL)
        {
          g_autofree char *gold_key = row ? deadline_key (row->deadline, row->recurrence) : NULL;

          given_deadlines++;
          if (g_strcmp0 (key, gold_key) == 0)
            given_right++;
          else
            g_test_message ("deadline wrong: %s %s (gold %s)", d->id, key, gold_key);
        }
    }

  lead_recall = (double) found_leads / gold_leads;
  lead_precision = named ? (double) named_right / named : 0;
  deadline_recall = (double) found_deadlines / gold_deadlines;
  deadline_precision = given_deadlines ? (double) given_right / given_deadlines : 0;

  g_test_message ("lead units: recall %.3f (%u/%u), precision %.3f (%u/%u)",
                  lead_recall, found_leads, gold_leads, lead_precision, named_right, named);
  g_test_message ("deadlines: recall %.3f (%u/%u), precision %.3f (%u/%u)",
                  deadline_recall, found_deadlines, gold_deadlines,
                  deadline_precision, given_right, given_deadlines);
  g_test_message ("coordinating units: recall %.3f (%u/%u)",
                  gold_coord ? (double) found_coord / gold_coord : 1.0, found_coord, gold_coord);

  g_assert_cmpfloat (lead_recall, >=, MIN_LEAD_RECALL);
  g_assert_cmpfloat (lead_precision, >=, MIN_LEAD_PRECISION);
  g_assert_cmpfloat (deadline_recall, >=, MIN_DEADLINE_RECALL);
  g_assert_cmpfloat (deadline_precision, >=, MIN_DEADLINE_PRECISION);
}

/* links, the signature and the recipients are no directives */
static void
test_sample_noise (void)
{
  g_autoptr(DtExtraction) e = extract_sample ();

  for (guint j = 0; j < e->directives->len; j++)
    {
      const DtExtractedDirective *d = g_ptr_array_index (e->directives, j);

      g_assert_null (strstr (d->text, "http"));
      g_assert_null (strstr (d->text, "Nơi nhận"));
      g_assert_null (strstr (d->text, "TT Nhiệm vụ"));
      g_assert_null (strstr (d->text, "CHÁNH VĂN PHÒNG"));
      g_assert_cmpuint (d->source_end, >, d->source_start);
      g_assert_cmpuint (d->source_end, <=, strlen (e->source_text));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extractor/sample-header", test_sample_header);
  g_test_add_func ("/extractor/sample-appendix", test_sample_appendix);
  g_test_add_func ("/extractor/sample-quality", test_sample_quality);
  g_test_add_func ("/extractor/sample-noise", test_sample_noise);

  return g_test_run ();
}
