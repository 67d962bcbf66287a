/* dt-unit-name.h — recognising Vietnamese unit names by their grammar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A unit is named by a head noun (Sở, Bộ, Ban, Ủy ban nhân dân/UBND, Văn
 * phòng, Cục, Tổng cục, Vụ, Công an, Bộ Chỉ huy, Thanh tra, Kho bạc, Ngân
 * hàng, Bảo hiểm xã hội, Viện, Trường, Đài, Báo, Tạp chí, Hội, Hiệp hội,
 * Liên đoàn, Liên minh, Mặt trận, Đoàn, Tập đoàn, Tổng công ty, Công ty,
 * Trung tâm, Quỹ, Kiểm toán Nhà nước, Tòa án, Viện kiểm sát, Thường trực …)
 * followed by its name up to where the name ends: a verb (chủ trì, phối hợp,
 * khẩn trương, thực hiện, có trách nhiệm, báo cáo, tiếp tục, chỉ đạo …), a
 * colon or semicolon, the next unit of a list.  The catalogue
 * (DtUnitCatalog) only decides identity: a name it knows is returned as its
 * canonical name; a name it does not know is a new unit, never a different
 * known one.
 */

#pragma once

#include "dt-unit-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  DT_UNIT_NAME_KNOWN,       /* in the catalogue: name is the canonical name */
  DT_UNIT_NAME_NEW,         /* a unit by its grammar that the catalogue lacks */
  DT_UNIT_NAME_COLLECTIVE,  /* "các Bộ, ngành", "UBND các xã, phường": as written */
} DtUnitNameKind;

typedef struct
{
  DtUnitNameKind kind;
  char          *name;    /* canonical (KNOWN), or as written with abbreviations
                           * expanded ("UBND" → "Ủy ban nhân dân", "TN&MT" → "tài
                           * nguyên và môi trường"), white space collapsed and an
                           * official's title dropped; a list's item gets its
                           * head ("các Bộ: Công an" → "Bộ Công an", "UBND các
                           * tỉnh: Gia Lai" → "Ủy ban nhân dân tỉnh Gia Lai");
                           * a collective starts with a capital ("Các sở, ngành") */
  gsize          start;   /* byte span of this mention in the text (a list's
                           * first item starts at "các" or at the official) */
  gsize          end;
  gboolean       vague;   /* "… liên quan", "các cơ quan, đơn vị": not a coordinator */
} DtUnitName;

void        dt_unit_name_free       (DtUnitName    *name);

/* TRUE when a unit name (or an official's title that names a body, or a
 * collective such as "các Bộ", or "ngành X") may begin at text + offset: a
 * cheap test for scanning a sentence word by word, without allocation on
 * the way to "no" (most words are lower-case and rejected at once).  It may
 * say yes where the match finds nothing ("Bộ trưởng (để báo cáo)"); it says
 * no inside a name ("Công an" in "Bộ Công an"), in a document number
 * ("58/QĐ-UBND") and for words shaped like a head noun ("Báo cáo", "Ban
 * hành", "Quý I").  Aliases of the catalogue that start with no head noun
 * ("Hải quan", "Viettel") are found by the match functions even where this
 * says no. */
gboolean    dt_unit_name_starts_at  (const char    *text,
                                     gsize          length,
                                     gsize          offset);

/* The unit named at text + offset (after white space), or NULL.  *end is
 * where the name ends (before a following verb, ':' or ','); for a list it
 * is the first unit of the list and where that one ends.  catalogue may be
 * NULL: units are then NEW or COLLECTIVE. */
DtUnitName *dt_unit_name_match      (DtUnitCatalog *catalog,
                                     const char    *text,
                                     gsize          length,
                                     gsize          offset,
                                     gsize         *end);

/* One or more units named at text + offset, a list expanded: "Sở Y tế, Sở
 * Tài chính và Công an tỉnh" → three; "các Bộ: Công an, Tài chính, Xây
 * dựng" and "các Bộ Công an, Tài chính" → Bộ Công an, Bộ Tài chính, Bộ Xây
 * dựng; "Chủ tịch UBND các tỉnh: A, B và C" → Ủy ban nhân dân tỉnh A, B, C;
 * "Bộ trưởng Bộ Tài chính" → Bộ Tài chính; "Sở Y tế, Tài chính" → Sở Y tế,
 * Sở Tài chính (where the catalogue knows the second); "Viện A; Viện B";
 * collectives in the list ("Bộ Xây dựng và các cơ quan liên quan") are
 * items of their own; units on lines of their own (a table cell) too;
 * duplicates removed.  The list stops at a verb, a colon, or a word that
 * starts no unit.  NULL when no unit starts there; *end is where the whole
 * list ends. */
GPtrArray  *dt_unit_name_match_list (DtUnitCatalog *catalog,
                                     const char    *text,
                                     gsize          length,
                                     gsize          offset,
                                     gsize         *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtUnitName, dt_unit_name_free)

G_END_DECLS
