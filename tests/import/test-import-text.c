/* test-import-text.c — the importer's folded text and its scanner
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"

/* One byte a character: the one folding rule (dt_text_fold_char), with
 * what is left beyond ASCII narrowed to the punctuation the matchers read */
static void
test_fold_char (void)
{
  g_assert_cmpint (_dt_fold_char ('S'), ==, 's');
  g_assert_cmpint (_dt_fold_char (0x1EDF), ==, 'o');   /* ở */
  g_assert_cmpint (_dt_fold_char (0x0110), ==, 'd');   /* Đ */
  g_assert_cmpint (_dt_fold_char (0x2014), ==, '-');   /* — */
  g_assert_cmpint (_dt_fold_char (0x00A0), ==, ' ');
  g_assert_cmpint (_dt_fold_char (0x201C), ==, '"');   /* “ */
  g_assert_cmpint (_dt_fold_char (0x2019), ==, '\'');  /* ’ */
  g_assert_cmpint (_dt_fold_char (0x2026), ==, '.');   /* … */
  g_assert_cmpint (_dt_fold_char (0x0301), ==, 0);     /* a combining mark */
  g_assert_cmpint (_dt_fold_char (0x4E2D), ==, '?');   /* 中 */
}

/* A folded copy gives back, for every folded byte, where in the source its
 * character is, whatever the text (it keeps one offset in eight and folds
 * again from there) */
static void
test_folded_source (void)
{
  const char *source = "  Ủy ban\t\tnhân  dân\u00A0tỉnh Nghệ An: “Sở Y tế” – 31/3/2024 …  ";
  DtFolded f;
  gsize expected = 0;

  _dt_folded_init (&f, source, -1);
  g_assert_cmpstr (f.text, ==, "uy ban nhan dan tinh nghe an: \"so y te\" - 31/3/2024 .");
  for (gsize i = 0; i < f.len; i++)
    {
      gsize at = _dt_folded_source (&f, i);
      const char *next;
      gunichar c = _dt_next_char (source + at, source + strlen (source), &next);

      g_assert_cmpuint (at, >=, expected);
      g_assert_cmpint (_dt_fold_char (c), ==, f.text[i]);
      expected = at + 1;
    }
  /* the end: after the last character folded, not the trailing spaces */
  g_assert_cmpuint (_dt_folded_source (&f, f.len), ==, strstr (source, "…") - source + strlen ("…"));
  /* and back: the first folded byte at or after a source offset */
  for (gsize i = 0; i < f.len; i++)
    g_assert_cmpuint (_dt_folded_position (&f, _dt_folded_source (&f, i), 0), ==, i);
  g_assert_cmpuint (_dt_folded_position (&f, strstr (source, "ban") - source, 0), ==, 3);
  /* inside the collapsed white space: the next folded byte */
  g_assert_cmpuint (_dt_folded_position (&f, strstr (source, "\t\tnh") - source + 1, 0), ==, 7);
  g_assert_cmpuint (_dt_folded_position (&f, strlen (source), 0), ==, f.len);
  _dt_folded_clear (&f);
}

/* The scanner reads folded words: a space in the phrase is an optional
 * space in the text, and a match ends on a word boundary */
static void
test_scan_eat (void)
{
  const char *text = "truoc ngay 31/3; trong nam 2024, namdinh phoihop voi";
  DtScan sc = { text, strlen (text) };
  gsize p = 0;

  g_assert_true (_dt_scan_eat (&sc, &p, "truoc ngay"));
  g_assert_cmpuint (p, ==, strlen ("truoc ngay"));
  /* an optional space before the phrase */
  g_assert_true (_dt_scan_eat (&sc, &p, "31/3"));
  g_assert_cmpstr (text + p, ==, "; trong nam 2024, namdinh phoihop voi");

  p = strstr (text, "trong") - text;
  g_assert_false (_dt_scan_eat (&sc, &p, "truoc"));
  g_assert_cmpuint (p, ==, strstr (text, "trong") - text);   /* unmoved */
  g_assert_true (_dt_scan_eat_any (&sc, &p, (const char *[]) { "truoc", "trong", NULL }));
  g_assert_true (_dt_scan_eat (&sc, &p, "nam"));

  /* a word is not the start of a longer one */
  p = strstr (text, "namdinh") - text;
  g_assert_false (_dt_scan_eat (&sc, &p, "nam"));
  /* a space in the phrase may be missing in the text */
  p = strstr (text, "phoihop") - text;
  g_assert_true (_dt_scan_eat (&sc, &p, "phoi hop voi"));
  g_assert_cmpuint (p, ==, sc.len);
  /* nothing past the end */
  g_assert_false (_dt_scan_eat (&sc, &p, "voi"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-text/fold-char", test_fold_char);
  g_test_add_func ("/import-text/folded-source", test_folded_source);
  g_test_add_func ("/import-text/scan-eat", test_scan_eat);

  return g_test_run ();
}
