/* test-timeline-page-breaks.c — where a printed timeline's pages end,
 * read from the exported PDF
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-timeline-export.h"
#include "dt-timeline-paginate.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define D(y, m, d) dt_date_new (y, m, d)

static DtDate today;

/* Unit A with n_first directives, then B with n_second, then C with 3;
 * each directive's label is "B7. Nhiệm vụ số 7". */
static GPtrArray *
three_units (guint n_first,
             guint n_second)
{
  GPtrArray *items = fixture_new_items ();
  const struct { const char *unit; char letter; guint n; } units[] = {
    { "Phòng A", 'A', n_first }, { "Phòng B", 'B', n_second }, { "Phòng C", 'C', 3 },
  };
  gint64 id = 1;

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint i = 1; i <= units[u].n; i++)
      {
        g_autofree char *ordinal = g_strdup_printf ("%c%u", units[u].letter, i);
        g_autofree char *text = g_strdup_printf ("Nhiệm vụ số %u", i);

        g_ptr_array_add (items, fixture_item (id++, units[u].unit, ordinal, text,
                                              D (2024, 1, 25), D (2024, 2, 1) + i, today));
      }
  return items;
}

/* The unit letter of a line of the unit column: a heading "Phòng B" (or
 * "Phòng B (continued)"), or a directive "B7. Nhiệm vụ số 7"; 0 for any
 * other line. */
static char
line_unit (const char *line,
           gboolean   *heading,
           gboolean   *continued)
{
  const char *p = line + strspn (line, " ");

  *continued = strstr (line, "(continued)") != NULL;
  *heading = g_str_has_prefix (p, "Phòng ");
  if (*heading)
    return p[strlen ("Phòng ")];
  if (strstr (p, ". Nhiệm vụ số") != NULL && g_ascii_isupper (p[0]))
    return p[0];
  return 0;
}

/* Every page of the PDF: no unit's heading is the last line of the unit
 * column, nor over only its first directive when the unit goes on over
 * the page; a unit going on from the page before ("(continued)") has at
 * least two directives under it; every directive is printed once.
 * Returns the number of pages. */
static guint
assert_page_ends (const char *path,
                  guint       n_rows)
{
  g_autofree char *text = pdf_text_read (path);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  guint n_pages = g_strv_length (pages) - 1;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < n_pages; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      char last_heading = 0, continued_unit = 0;
      guint rows_after = 0, rows_continued = 0;

      for (guint l = 0; lines[l] != NULL; l++)
        {
          gboolean heading, continued;
          char unit = line_unit (lines[l], &heading, &continued);

          if (unit == 0)
            continue;
          if (heading && continued)
            continued_unit = unit;
          else if (heading)
            {
              last_heading = unit;
              rows_after = 0;
            }
          else if (!heading)
            {
              const char *label = lines[l] + strspn (lines[l], " ");
              g_autofree char *ordinal = g_strndup (label, strcspn (label, "."));

              g_assert_false (g_hash_table_contains (seen, ordinal));
              g_hash_table_add (seen, g_steal_pointer (&ordinal));
              if (unit == last_heading)
                rows_after++;
              if (unit == continued_unit)
                rows_continued++;
            }
        }
      if (continued_unit != 0)
        {
          g_test_message ("page %u: %c going on, %u rows", p + 1, continued_unit, rows_continued);
          g_assert_cmpuint (rows_continued, >=, 2);
        }
      if (last_heading == 0)
        continue;
      g_test_message ("page %u: heading %c, then %u rows", p + 1, last_heading, rows_after);
      /* a heading ends no page */
      g_assert_cmpuint (rows_after, >, 0);
      /* nor stands over one directive when its unit goes on */
      if (rows_after == 1 && p + 1 < n_pages)
        {
          g_autofree char *goes_on = g_strdup_printf ("Phòng %c (continued)", last_heading);

          g_assert_null (strstr (pages[p + 1], goes_on));
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n_rows);
  return n_pages;
}

/* The print options and an A4 sheet, and about how many rows a page
 * holds. */
static guint
print_setup (DtTimelineOptions   *o,
             DtTimelinePageSetup *setup)
{
  g_autoptr(GPtrArray) items = three_units (200, 40);
  g_autoptr(DtTimelinePages) pages = NULL;

  dt_timeline_options_init_print (o);
  o->today = today;
  dt_timeline_page_setup_init (setup, DT_TIMELINE_PAPER_A4, TRUE);
  pages = dt_timeline_pages_new (items, o, setup);
  return 243 / dt_timeline_pages_get_n_down (pages);
}

/* Unit B's heading and first directive at every place down a page in
 * turn (A grows by one directive each time): wherever the page ends, the
 * heading stays with at least two of B's directives, or goes on to the
 * next page with them; a page without such a break is as before. */
static void
test_page_breaks_keep_heading (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-page-breaks-XXXXXX", &error);
  g_autofree char *path = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  guint per_page = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "timeline.pdf", NULL);
  per_page = print_setup (&o, &setup);
  g_assert_cmpuint (per_page, >, 10);

  /* From B's heading well up the first page to its going on to the next:
   * one row at a time, so through its every place at the foot. */
  for (guint n = per_page - 8; ; n++)
    {
      g_autoptr(GPtrArray) items = three_units (n, 40);
      g_autofree char *text = NULL;
      g_autofree char *first_page = NULL;

      g_test_message ("unit A with %u directives", n);
      g_assert_cmpuint (n, <=, per_page + 8);
      g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);
      assert_page_ends (path, items->len);

      text = pdf_text_read (path);
      first_page = g_strndup (text, strcspn (text, "\f"));
      if (n == per_page - 8)
        g_assert_nonnull (strstr (first_page, "B3. Nhiệm vụ"));
      if (strstr (first_page, "Phòng B") == NULL)
        break;
    }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* Unit B of twelve directives ending at every place about a page's foot
 * in turn: its last directive never goes on alone under "Phòng B
 * (continued)"; the one before goes with it. */
static void
test_page_breaks_keep_last (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dt-page-breaks-XXXXXX", &error);
  g_autofree char *path = NULL;
  DtTimelineOptions o;
  DtTimelinePageSetup setup;
  guint per_page = 0, n_continued = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "timeline.pdf", NULL);
  per_page = print_setup (&o, &setup);
  g_assert_cmpuint (per_page, >, 16);

  /* B's end from well up the first page to past its foot */
  for (guint n = per_page - 16; n <= per_page + 2; n++)
    {
      g_autoptr(GPtrArray) items = three_units (n, 12);
      g_autofree char *text = NULL;

      g_test_message ("unit A with %u directives", n);
      g_assert_true (dt_timeline_export (items, &o, &setup, DT_TIMELINE_FORMAT_PDF, path, &error));
      g_assert_no_error (error);
      assert_page_ends (path, items->len);
      text = pdf_text_read (path);
      if (strstr (text, "Phòng B (continued)") != NULL)
        n_continued++;
    }
  /* B did go on over a page, at several places */
  g_assert_cmpuint (n_continued, >=, 3);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  today = fixture_set_today ();

  g_test_add_func ("/timeline/export/page-breaks/keep-heading", test_page_breaks_keep_heading);
  g_test_add_func ("/timeline/export/page-breaks/keep-last", test_page_breaks_keep_last);

  return g_test_run ();
}
