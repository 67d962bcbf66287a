/* TEMPORARY: catalogue-only stand-in for dt-unit-name.c until it lands */
#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"

void
dt_unit_name_free (DtUnitName *name)
{
  if (name == NULL)
    return;
  g_free (name->name);
  g_free (name);
}

static const char * const heads[] = {
  "so ", "bo ", "ban ", "uy ban", "ubnd", "van phong", "cuc ", "chi cuc", "tong cuc", "vu ", "cong an",
  "thanh tra", "kho bac", "ngan hang", "bao hiem", "vien ", "truong ", "dai ", "bao ", "tap chi", "hoi ",
  "hiep hoi", "lien doan", "lien minh", "mat tran", "doan ", "tap doan", "tong cong ty", "cong ty",
  "trung tam", "quy ", "thuong truc", "cac ", "dong chi", "chu tich", "bo truong", "giam doc", NULL
};

gboolean
dt_unit_name_starts_at (const char *text,
                        gsize       length,
                        gsize       offset)
{
  char buf[24];
  DtFolded f;
  gboolean r = FALSE;

  _dt_folded_init (&f, text + offset, MIN (length - offset, 20));
  g_strlcpy (buf, f.text, sizeof buf);
  _dt_folded_clear (&f);
  for (guint i = 0; heads[i]; i++)
    if (g_str_has_prefix (buf, heads[i]))
      r = TRUE;
  return r;
}

static const char * const stops[] = {
  " chu tri", " phoi hop", " khan truong", " thuc hien", " co trach nhiem", " bao cao", " tiep tuc",
  " chi dao", " tap trung", " nghien cuu", " ra soat", " huong dan", " to chuc", " xay dung",
  " chu dong", " theo ", " trong ", " de ", " ve ", " tham muu", " can ", " kiem tra", " tang cuong",
  " don doc", " lien quan", NULL
};

DtUnitName *
dt_unit_name_match (DtUnitCatalog *catalog,
                    const char    *text,
                    gsize          length,
                    gsize          offset,
                    gsize         *end)
{
  const char *canonical = NULL;
  gsize n;

  while (offset < length && text[offset] == ' ')
    offset++;
  n = dt_unit_catalog_match_prefix (catalog, text + offset, length - offset, &canonical);
  if (n > 0)
    {
      DtUnitName *u = g_new0 (DtUnitName, 1);

      u->kind = DT_UNIT_NAME_KNOWN;
      u->name = g_strdup (canonical);
      u->start = offset;
      u->end = offset + n;
      *end = u->end;
      return u;
    }
  if (!dt_unit_name_starts_at (text, length, offset) || !g_unichar_isupper (g_utf8_get_char (text + offset)))
    return NULL;
  {
    gsize q = offset;
    DtFolded f;
    gsize stop = G_MAXSIZE;

    while (q < length && text[q] != ',' && text[q] != ':' && text[q] != ';' && text[q] != '.'
           && text[q] != '(' && q - offset < 120)
      q++;
    _dt_folded_init (&f, text + offset, q - offset);
    for (guint i = 0; stops[i]; i++)
      {
        const char *s = strstr (f.text, stops[i]);

        if (s && (gsize) (s - f.text) < stop)
          stop = s - f.text;
      }
    if (stop != G_MAXSIZE)
      q = offset + f.map[stop];
    _dt_folded_clear (&f);
    while (q > offset && text[q - 1] == ' ')
      q--;
    if (q == offset)
      return NULL;
    {
      DtUnitName *u = g_new0 (DtUnitName, 1);
      g_autofree char *folded = NULL;

      u->name = g_strndup (text + offset, q - offset);
      folded = g_utf8_strdown (u->name, -1);
      u->kind = g_str_has_prefix (folded, "các") ? DT_UNIT_NAME_COLLECTIVE : DT_UNIT_NAME_NEW;
      u->vague = strstr (folded, "liên quan") != NULL;
      u->start = offset;
      u->end = q;
      *end = q;
      return u;
    }
  }
}

GPtrArray *
dt_unit_name_match_list (DtUnitCatalog *catalog,
                         const char    *text,
                         gsize          length,
                         gsize          offset,
                         gsize         *end)
{
  GPtrArray *list = NULL;
  gsize q = offset, e;
  DtUnitName *u;

  while ((u = dt_unit_name_match (catalog, text, length, q, &e)) != NULL)
    {
      if (list == NULL)
        list = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
      g_ptr_array_add (list, u);
      *end = e;
      q = e;
      while (q < length && text[q] == ' ')
        q++;
      if (q < length && (text[q] == ',' || text[q] == ';'))
        q++;
      else if (length - q > 3 && strncmp (text + q, "và ", 4) == 0)
        q += 4;
      else
        break;
    }
  return list;
}
