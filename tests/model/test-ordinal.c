/* test-ordinal.c — the one order of ordinals, for the list and the timeline
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-ordinal.h"

static int
sign (int c)
{
  return (c > 0) - (c < 0);
}

/* a before b both ways: by the comparison and by the keys */
static void
assert_before (const char *a,
               const char *b)
{
  g_autofree char *ka = dt_ordinal_key (a);
  g_autofree char *kb = dt_ordinal_key (b);

  g_assert_cmpint (dt_ordinal_compare (a, b), <, 0);
  g_assert_cmpint (dt_ordinal_compare (b, a), >, 0);
  g_assert_cmpint (strcmp (ka, kb), <, 0);
}

static void
assert_same (const char *a,
             const char *b)
{
  g_autofree char *ka = dt_ordinal_key (a);
  g_autofree char *kb = dt_ordinal_key (b);

  g_assert_cmpint (dt_ordinal_compare (a, b), ==, 0);
  g_assert_cmpstr (ka, ==, kb);
}

/* Numbers as numbers, letters without case */
static void
test_order (void)
{
  assert_before ("I.3.9", "I.3.10");
  assert_before ("2", "10");
  assert_before ("2.1", "2.1.1");
  assert_before ("2.9.5", "2.10");
  assert_before ("I", "II");
  assert_before ("I.3.a", "I.3.b");
  assert_before ("I.3.a", "I.3.B");
  assert_before ("B9", "B12");
  assert_before ("", "1");
  assert_before (NULL, "1");
  assert_same ("I.3.A", "i.3.a");
  assert_same ("3.01", "3.1");
  assert_same (NULL, "");
}

/* The key the list sorts by in SQL, as every database stores it */
static void
test_key (void)
{
  g_autofree char *k1 = dt_ordinal_key ("I.3.10");
  g_autofree char *k2 = dt_ordinal_key ("Điều 2");
  g_autofree char *k3 = dt_ordinal_key ("1234567");

  g_assert_cmpstr (k1, ==, "i.000003.000010");
  g_assert_cmpstr (k2, ==, "Điều 000002");   /* what is not ASCII is kept */
  g_assert_cmpstr (k3, ==, "1234567");
}

/* The comparison is the keys' order, for any pair */
static void
test_compare_is_key_order (void)
{
  const char *ordinals[] = {
    "", "1", "01", "9", "10", "1.2", "1.10", "I", "i", "II", "I.3.a", "I.3.B", "a)", "A.1",
    "123456", "1234567", "999999", "B12", "b9", "Điều 2", "Điều 10", "3.1.", "3.1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ordinals); j++)
      {
        g_autofree char *ki = dt_ordinal_key (ordinals[i]);
        g_autofree char *kj = dt_ordinal_key (ordinals[j]);

        g_assert_cmpint (sign (dt_ordinal_compare (ordinals[i], ordinals[j])), ==, sign (strcmp (ki, kj)));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ordinal/order", test_order);
  g_test_add_func ("/ordinal/key", test_key);
  g_test_add_func ("/ordinal/compare-is-key-order", test_compare_is_key_order);

  return g_test_run ();
}
