/* dt-unit-name-words.c — the vocabulary of Vietnamese unit names
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Head nouns, officials' titles, verbs, prepositions, places, kinds of
 * bodies and abbreviations, and the questions the grammar asks of a token
 * about them ("is a head noun at i?", "does a verb end the name here?").
 * Head nouns, titles and prepositions are compared with their diacritics
 * ("Quý" is not "Quỹ", "tại" is not "Tài"), through an index of the
 * vocabulary by the folded first word of each phrase.  One concept in
 * under 700 lines, most of them word lists: it reads better whole, each
 * list beside the questions asked of it.  The tokens are cut in
 * dt-unit-name-tokens.c.
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name-private.h"

/* the vocabulary                                                      */

static const Head heads[] = {
  { "ủy ban nhân dân", H_PLACE | H_ALONE },
  { "uỷ ban nhân dân", H_PLACE | H_ALONE },
  { "ubnd", H_PLACE | H_ALONE },
  { "hội đồng nhân dân", H_PLACE | H_ALONE },
  { "hđnd", H_PLACE | H_ALONE },
  { "ủy ban", H_NAME },
  { "uỷ ban", H_NAME },
  { "thường trực", H_NAME },
  { "tỉnh ủy", H_ALONE | H_PLACE },
  { "tỉnh uỷ", H_ALONE | H_PLACE },
  { "thành ủy", H_ALONE | H_PLACE },
  { "thành uỷ", H_ALONE | H_PLACE },
  { "huyện ủy", H_ALONE | H_PLACE },
  { "huyện uỷ", H_ALONE | H_PLACE },
  { "đảng ủy", H_ALONE | H_PLACE },
  { "đảng uỷ", H_ALONE | H_PLACE },
  { "tỉnh đoàn", H_ALONE },
  { "thành đoàn", H_ALONE },
  { "bộ chỉ huy", H_NAME | H_PLACE },
  { "bộ tư lệnh", H_NAME },
  { "bch", H_NAME | H_PLACE },
  { "bộ", H_NAME },
  { "sở", H_NAME },
  { "ban quản lý", H_NAME | H_LOWER | H_PLACE },
  { "bql", H_NAME | H_LOWER | H_PLACE },
  { "ban chỉ đạo", H_NAME | H_LOWER },
  { "ban", H_NAME },
  { "văn phòng", H_NAME },
  { "vp", H_NAME },
  { "tổng cục", H_NAME },
  { "chi cục", H_NAME | H_PLACE },
  { "cục", H_NAME },
  { "vụ", H_NAME },
  { "công an", H_PLACE | H_ALONE },
  { "thanh tra", H_PLACE | H_ALONE },
  { "kho bạc nhà nước", H_PLACE | H_ALONE },
  { "kho bạc", H_PLACE | H_ALONE },
  { "kbnn", H_PLACE | H_ALONE },
  { "ngân hàng nhà nước", H_PLACE | H_ALONE },
  { "nhnn", H_PLACE | H_ALONE },
  { "ngân hàng", H_NAME },
  { "bảo hiểm xã hội", H_PLACE | H_ALONE },
  { "bhxh", H_PLACE | H_ALONE },
  { "kiểm toán nhà nước", H_ALONE | H_PLACE },
  { "tòa án nhân dân", H_PLACE | H_ALONE },
  { "toà án nhân dân", H_PLACE | H_ALONE },
  { "viện kiểm sát nhân dân", H_PLACE | H_ALONE },
  { "học viện", H_NAME },
  { "viện", H_NAME },
  { "trường", H_NAME },
  { "đại học", H_NAME },
  { "bệnh viện", H_NAME | H_PLACE },
  { "đài", H_NAME },
  { "báo", H_NAME | H_PLACE },
  { "tạp chí", H_NAME },
  { "thông tấn xã", H_NAME },
  { "hội", H_NAME },
  { "hiệp hội", H_NAME },
  { "liên đoàn", H_NAME },
  { "liên minh", H_NAME },
  { "mặt trận", H_NAME },
  { "đoàn đại biểu quốc hội", H_ALONE | H_PLACE },
  { "đoàn", H_NAME },
  { "tập đoàn", H_NAME },
  { "tổng công ty", H_NAME },
  { "công ty", H_NAME },
  { "trung tâm", H_NAME | H_PLACE },
  { "quỹ", H_NAME },
  { "phòng", H_NAME | H_PLACE },
  { "hạt", H_NAME | H_PLACE },
  { "đội", H_NAME | H_PLACE },
  { "trạm", H_NAME | H_PLACE },
  { "cảng vụ", H_NAME },
  { "bộ tư lệnh", H_NAME },
  { "cổng thông tin điện tử", H_ALONE | H_PLACE },
  { "phó thủ tướng", H_PERSON },
  { "ngành", H_WEAK },
};

/* Officials who name their body: "Bộ trưởng Bộ Tài chính" */
static const char * const titles[] = {
  "bộ trưởng", "thứ trưởng", "chủ tịch hội đồng thành viên", "chủ tịch hđtv",
  "chủ tịch kiêm tổng giám đốc", "phó chủ tịch", "chủ tịch", "phó giám đốc", "tổng giám đốc",
  "giám đốc", "thủ trưởng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng",
  "viện trưởng", "hiệu trưởng", "chánh", "phó chánh", "trưởng", "phó trưởng",
  "tổng cục trưởng", "chi cục trưởng", "thống đốc", "bí thư", "phó bí thư", "chỉ huy trưởng",
  "tư lệnh", "lãnh đạo", "người đứng đầu", "tổng biên tập", "chủ nhiệm", "phó chủ nhiệm",
  "tổng", NULL
};

/* Words after which a name has ended (compared with diacritics) */
static const char * const stops[] = {
  "theo", "tại", "trong", "để", "về", "với", "của", "cho", "từ", "đến", "trên", "khi", "nếu",
  "do", "bởi", "là", "có", "được", "đã", "đang", "sẽ", "cần", "phải", "không", "chưa", "cũng",
  "vẫn", "đều", "thì", "mà", "nhằm", "như", "gồm", "trước", "sau", "ngay", "sớm", "cùng",
  "hoặc", "nhưng", "vì", "qua", "thuộc", "trực thuộc", "đối với", "nêu trên", "này", "đó",
  "nhất là", "đồng thời", "kịp thời", "nghiêm túc", "quyết liệt", "thường xuyên", "định kỳ",
  "hằng", "hàng", "ngày", "tháng", "năm", "quý", "quí", "giai đoạn", "đợt", "lần", "chậm nhất",
  "tiếp", "đề nghị", "yêu cầu", "giao", "kiêm", "các", "những", "mọi", "toàn", "một", "hai",
  "ba", "bốn", "và", "cơ bản", "thông qua", "khóa", "khoá", "nhiệm kỳ", "kỳ họp", "trân trọng",
  "tham dự", NULL
};

/* Verbs that end a name (compared with diacritics; those that are also
 * words of names, "Xây dựng", "Đào tạo", are read as names right after a
 * head or a separator) */
static const char * const verbs[] = {
  "chủ trì", "phối hợp", "khẩn trương", "thực hiện", "có trách nhiệm", "chịu trách nhiệm",
  "báo cáo", "tiếp tục", "chỉ đạo", "tập trung", "nghiên cứu", "rà soát", "hướng dẫn", "tổ chức",
  "xây dựng", "chủ động", "theo dõi", "kiểm tra", "đôn đốc", "căn cứ", "tham mưu", "đề xuất",
  "xem xét", "làm việc", "hoàn thành", "hoàn thiện", "triển khai", "trình", "tăng cường",
  "đẩy mạnh", "duy trì", "bám sát", "định hướng", "cập nhật", "phát huy", "khắc phục",
  "giải quyết", "tuyên truyền", "thẩm định", "lập", "tiếp thu", "thông báo", "trả lời", "cam kết",
  "ban hành", "bố trí", "sửa đổi", "trao đổi", "xử lý", "làm", "chuẩn bị", "phân công", "gửi",
  "tham gia", "thống nhất", "tổng hợp", "hoàn tất", "đánh giá", "giám sát", "ưu tiên", "nắm bắt",
  "quán triệt", "khẩn cấp", "lãnh đạo", "bảo đảm", "đảm bảo", "huy động", "tiến hành", "cung cấp",
  "quan tâm", "chia sẻ", "điều chỉnh", "điều hành", "thực thi", "hỗ trợ", "nâng cao", "tích cực",
  "rút kinh nghiệm", "thúc đẩy", "tạo điều kiện", "bổ sung", "thành lập", "xác định", "nghiêm cấm",
  "kiên quyết", "tiếp nhận", "vận động", "đưa", "đảm nhận", "đăng ký", "điều tra", "thống kê",
  "ứng dụng", "ký", "mở", "cấp", "chịu", "tuân thủ", "đạt", "nhận", "có ý kiến", "đề nghị",
  "yêu cầu", "trực tiếp", "phụ trách", "hoàn chỉnh", "thẩm tra", "phê duyệt", "thanh tra",
  "kiểm soát", "tháo gỡ", "đối chiếu", "làm sạch", "chuẩn hóa", "chuẩn hoá", "công bố", "cắt giảm",
  "đơn giản hóa", "đơn giản hoá", "thu hồi", "kêu gọi", "mời", "dừng", "chấm dứt", "thẩm quyền",
  "chuyển", "lựa chọn", "thiết lập", "vận hành", "thí điểm", "tập huấn", "đào tạo", "phản ánh",
  "phổ biến", "kiện toàn", "sắp xếp", "giao", "nghiêm túc", "khẩn", "thu thập", "xin", "dự thảo",
  "soạn thảo", "ghi nhận", "tiếp", "đề ra", "góp ý", "lấy ý kiến", "sớm", "quy định", "cho phép",
  "chấp thuận", "đồng ý", "nhất trí", "biểu dương", "hoan nghênh", "dự họp", "dự kiến",
  "kiểm toán", NULL
};

/* Verbs that are also words of names after "và" or a comma: "Giáo dục và
 * Đào tạo", "Cục Xuất bản, In và Phát hành" */
static const char * const name_verbs[] = {
  "xây dựng", "đào tạo", "phát hành", "triển lãm", "thông tin", "tổ chức", "kiểm tra", "hỗ trợ",
  "thanh tra", "kiểm soát", "giám sát", "thẩm định", "đăng ký", "điều tra", "thống kê",
  "tuyên truyền", "ứng dụng", "vận hành", "đánh giá", "cấp", "chuyển", "đưa", "mở", "nhận",
  "lập", "làm", "ký", "đạt", "phổ biến", "công bố", "thực thi", "điều hành", "cung cấp",
  "huy động", "vận động", "tiếp nhận", "xử lý", "giải quyết", "bảo đảm", "đảm bảo", NULL
};

/* Nouns that start no part of a name after "và" or a comma: "Bệnh viện
 * Bạch Mai và Dự án …" */
static const char * const not_name[] = {
  "dự án", "đề án", "chương trình", "công trình", "nghị quyết", "nghị định", "quyết định",
  "thông tư", "chỉ thị", "luật", "văn bản", "công văn", "thông báo", "tờ trình", "báo cáo",
  "kế hoạch số", "lãnh đạo", "nhân dân", "người", "đại biểu", "đồng chí", NULL
};

/* Words that begin like a head noun and are none: "Báo cáo", "Ban hành" */
static const char * const not_head[] = {
  "báo cáo", "ban hành", "hội nghị", "hội thảo", "hội chợ", "hội viên", "hội đồng thẩm định",
  "đoàn kết", "trường hợp", "quỹ đất", "cục bộ", "viện dẫn", "bộ luật", "bộ phận", "bộ tiêu chí",
  "bộ hồ sơ", "bộ máy", "bộ đội", "sở hữu", "sở dĩ", "đài tưởng niệm", "trung tâm thương mại",
  "công ty con", "ngân hàng thương mại", "ban chấp hành", "vụ việc", "vụ án", NULL
};

/* Not a kind of body after "các": "các trường hợp", "các hội nghị" */
static const char * const not_collective[] = {
  "trường hợp", "hội nghị", "hội thảo", "hội chợ", "hội viên", "ngành công nghiệp", "ngành nghề",
  "ngành hàng", "cơ sở dữ liệu", "bộ phận", "bộ luật", "bộ tiêu chí", "bộ hồ sơ", "ban hành",
  "cục bộ", "quỹ đất", "đoàn kết", NULL
};

/* Words that name a kind of body in a collective: "các sở, ban, ngành" */
static const char * const collective_nouns[] = {
  "bộ", "ngành", "sở", "ban", "cơ quan", "đơn vị", "địa phương", "cấp", "tập đoàn",
  "tổng công ty", "công ty", "doanh nghiệp", "lực lượng", "chủ rừng", "chủ đầu tư", "tổ chức",
  "hội", "hiệp hội", "đoàn thể", "viện", "trường", "bệnh viện", "cục", "vụ", "chi cục", "tỉnh",
  "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "đặc khu", "nhà thầu",
  "ngân hàng", "quỹ", "trung tâm", "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd",
  "hợp tác xã", "thành viên", "phòng", "chi nhánh", "cơ sở", "nhà đầu tư", "ban quản lý",
  "tổ công tác", "cơ quan chuyên môn", "cơ quan thông tấn", "báo chí", "tổ chức tín dụng",
  "học viện", "đại học", "thanh tra", "công an", "tổ chức chính trị - xã hội", NULL
};

/* Collective nouns that say nothing about which bodies they are */
static const char * const generic_nouns[] = {
  "bộ", "ngành", "cơ quan", "đơn vị", "địa phương", "tổ chức", "cá nhân", "cấp", "sở", "ban",
  NULL
};

static const char * const places[] = {
  "thành phố trực thuộc trung ương", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã",
  "phường", "thị trấn", "đặc khu", "tp", "trung ương", "cấp tỉnh", "cấp huyện", "cấp xã",
  "khu vực", "chi nhánh", NULL
};

/* Abbreviations written in names, expanded (source tokens, folded) */
static const struct
{
  const char *tokens;
  const char *expansion;
} abbreviations[] = {
  { "ubnd", "Ủy ban nhân dân" },
  { "hdnd", "Hội đồng nhân dân" },
  { "tn & mt", "tài nguyên và môi trường" },
  { "tnmt", "tài nguyên và môi trường" },
  { "kh & cn", "Khoa học và Công nghệ" },
  { "khcn", "Khoa học và Công nghệ" },
  { "kh & dt", "Kế hoạch và Đầu tư" },
  { "kh - dt", "Kế hoạch và Đầu tư" },
  { "khdt", "Kế hoạch và Đầu tư" },
  { "nn & ptnt", "Nông nghiệp và Phát triển nông thôn" },
  { "nnptnt", "Nông nghiệp và Phát triển nông thôn" },
  { "ptnt", "Phát triển nông thôn" },
  { "nn & mt", "Nông nghiệp và Môi trường" },
  { "nnmt", "Nông nghiệp và Môi trường" },
  { "gd & dt", "Giáo dục và Đào tạo" },
  { "gddt", "Giáo dục và Đào tạo" },
  { "tt & tt", "Thông tin và Truyền thông" },
  { "tttt", "Thông tin và Truyền thông" },
  { "ld - tb & xh", "Lao động - Thương binh và Xã hội" },
  { "ldtb & xh", "Lao động - Thương binh và Xã hội" },
  { "ldtbxh", "Lao động - Thương binh và Xã hội" },
  { "vhttdl", "Văn hóa, Thể thao và Du lịch" },
  { "vh & tt", "Văn hóa và Thể thao" },
  { "dt & tg", "Dân tộc và Tôn giáo" },
  { "gtvt", "Giao thông vận tải" },
  { "bchqs", "Bộ Chỉ huy Quân sự" },
  { "chqs", "Chỉ huy Quân sự" },
  { "bch", "Bộ Chỉ huy" },
  { "bdbp", "Bộ đội Biên phòng" },
  { "qs", "Quân sự" },
  { "bql", "Ban Quản lý" },
  { "qlda", "Quản lý dự án" },
  { "kkt", "Khu kinh tế" },
  { "kcn", "Khu công nghiệp" },
  { "ccn", "Cụm công nghiệp" },
  { "nhnn", "Ngân hàng Nhà nước" },
  { "kbnn", "Kho bạc Nhà nước" },
  { "bhxh", "Bảo hiểm xã hội" },
  { "tp", "Thành phố" },
  { "tw", "Trung ương" },
  { "mttq", "Mặt trận Tổ quốc" },
  { "htx", "Hợp tác xã" },
  { "vp", "Văn phòng" },
  { "tthc", "thủ tục hành chính" },
  { "dbqh", "đại biểu Quốc hội" },
  { "hdtv", "Hội đồng thành viên" },
  { "cp", "Chính phủ" },
  { "ttr", "Thanh tra" },
  { "pt - th", "Phát thanh - Truyền hình" },
  { "ptth", "Phát thanh - Truyền hình" },
};

/* The vocabulary indexed by the folded first word of each phrase, so that
 * a word is checked against the few phrases that can start with it */
typedef struct
{
  GHashTable *stops, *verbs, *places, *titles, *collective_nouns, *generic_nouns;
  GHashTable *name_verbs, *not_collective, *not_name, *not_head;
  GHashTable *heads;           /* first word → GPtrArray of Head* */
  GHashTable *abbreviations;   /* first word → GPtrArray of indices + 1 */
} Vocabulary;

static void
index_add (GHashTable *index,
           const char *phrase,
           gpointer    data)
{
  char buf[64];
  const char *space = strchr (phrase, ' ');
  gsize n = _dt_unit_fold_literal (phrase, space ? (gsize) (space - phrase) : strlen (phrase), buf,
                          sizeof buf - 1);
  GPtrArray *list;

  buf[n] = '\0';
  list = g_hash_table_lookup (index, buf);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index, g_strdup (buf), list);
    }
  g_ptr_array_add (list, data);
}

static GHashTable *
index_new (const char * const *phrases)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; phrases != NULL && phrases[i] != NULL; i++)
    index_add (index, phrases[i], (gpointer) phrases[i]);
  return index;
}

static gpointer
vocabulary_new (gpointer data)
{
  Vocabulary *v = g_new0 (Vocabulary, 1);

  v->stops = index_new (stops);
  v->verbs = index_new (verbs);
  v->places = index_new (places);
  v->titles = index_new (titles);
  v->collective_nouns = index_new (collective_nouns);
  v->generic_nouns = index_new (generic_nouns);
  v->name_verbs = index_new (name_verbs);
  v->not_collective = index_new (not_collective);
  v->not_name = index_new (not_name);
  v->not_head = index_new (not_head);
  v->heads = index_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    index_add (v->heads, heads[i].words, (gpointer) &heads[i]);
  v->abbreviations = index_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    index_add (v->abbreviations, abbreviations[i].tokens, GUINT_TO_POINTER (i + 1));
  return v;
}

static const Vocabulary *
vocabulary (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, vocabulary_new, NULL);
}

/* The phrases of an index that can start at token i */
static GPtrArray *
candidates (GHashTable *index,
            const Toks *t,
            guint       i)
{
  char buf[64];
  const Tok *k;

  if (!_dt_unit_is_word (t, i) || t->tok[i].flen >= sizeof buf)
    return NULL;
  k = &t->tok[i];
  memcpy (buf, t->fold + k->fstart, k->flen);
  buf[k->flen] = '\0';
  return g_hash_table_lookup (index, buf);
}

static guint
phrase_in (GHashTable *index,
           const Toks *t,
           guint       i,
           int         mode)
{
  GPtrArray *list = candidates (index, t, i);
  guint best = 0;

  for (guint j = 0; list != NULL && j < list->len; j++)
    best = MAX (best, _dt_unit_phrase_at (t, i, g_ptr_array_index (list, j), mode));
  return best;
}

gboolean
_dt_unit_is_stop (const Toks *t,
                  guint       i)
{
  /* "Công văn số 12/SYT", but "Chuyển đổi số", "Đội Quản lý thị trường
   * số 1" */
  if (_dt_unit_word_is (t, i, "số"))
    return i + 1 < t->n && t->tok[i + 1].digit && i + 2 < t->n && t->tok[i + 2].kind == TOK_PUNCT
           && t->tok[i + 2].punct != ',' && t->tok[i + 2].punct != ';' && t->tok[i + 2].punct != ':';
  /* "giao thông" is traffic, not "giao" (assign) */
  if (_dt_unit_word_is (t, i, "giao") && _dt_unit_word_is (t, i + 1, "thông"))
    return FALSE;
  return phrase_in (vocabulary ()->stops, t, i, MATCH_EXACT) > 0;
}

guint
_dt_unit_verb_at (const Toks *t,
                  guint       i)
{
  if (_dt_unit_word_is (t, i, "giao") && _dt_unit_word_is (t, i + 1, "thông"))
    return 0;
  return phrase_in (vocabulary ()->verbs, t, i, MATCH_EXACT);
}

guint
_dt_unit_place_at (const Toks *t,
                   guint       i)
{
  /* "xã hội" is society, not a commune */
  if (_dt_unit_word_is (t, i, "xã") && _dt_unit_word_is (t, i + 1, "hội"))
    return 0;
  return phrase_in (vocabulary ()->places, t, i, MATCH_EXACT);
}

guint
_dt_unit_title_at (const Toks *t,
                   guint       i)
{
  if (!_dt_unit_is_capital (t, i) && !_dt_unit_word_is (t, i, "bộ")
      && !_dt_unit_word_is (t, i, "chủ"))
    return 0;
  /* "Tổng Thanh tra Chính phủ", "Tổng Kiểm toán Nhà nước"; not "Tổng hợp" */
  if (_dt_unit_word_is (t, i, "tổng") && !_dt_unit_word_is (t, i + 1, "thanh")
      && !_dt_unit_word_is (t, i + 1, "kiểm") && !_dt_unit_word_is (t, i + 1, "giám")
      && !_dt_unit_word_is (t, i + 1, "biên") && !_dt_unit_word_is (t, i + 1, "cục"))
    return 0;
  return phrase_in (vocabulary ()->titles, t, i, MATCH_EXACT);
}

/* The longest head noun at i; capitalised unless lower_ok */
const Head *
_dt_unit_head_at (const Toks *t,
                  guint       i,
                  gboolean    lower_ok,
                  guint      *n_tokens)
{
  const Head *best = NULL;
  guint best_n = 0;

  if (!_dt_unit_is_word (t, i) || t->tok[i].digit)
    return NULL;
  if (!lower_ok && !t->tok[i].upper)
    return NULL;
  if (phrase_in (vocabulary ()->not_head, t, i, MATCH_EXACT) > 0)
    return NULL;

  {
    GPtrArray *list = candidates (vocabulary ()->heads, t, i);

    for (guint j = 0; list != NULL && j < list->len; j++)
      {
        const Head *head = g_ptr_array_index (list, j);
        guint n = _dt_unit_phrase_at (t, i, head->words, MATCH_HEAD);

        if (n > best_n)
          {
            best = head;
            best_n = n;
          }
      }
  }
  if (best && n_tokens)
    *n_tokens = best_n;
  return best;
}

/* An all-capital head ("BÁO CÁO", "HỘI NGHỊ", "BỘ TÀI CHÍNH") is a heading;
 * it names a unit only as the catalogue knows it.  Abbreviations ("UBND")
 * are not headings. */
gboolean
_dt_unit_head_shouting (const Toks *t,
                        guint       i,
                        const Head *head)
{
  static const char * const abbreviated[] = {
    "ubnd", "hđnd", "bch", "bql", "vp", "kbnn", "nhnn", "bhxh", NULL
  };

  return t->tok[i].caps && !g_strv_contains (abbreviated, head->words);
}

/* "lực lượng Công an nhân dân", "Thanh tra viên": a head that can stand
 * alone, followed by a lower-case word that is no place, verb or
 * preposition, is a common noun */
gboolean
_dt_unit_alone_in_phrase (const Toks *t,
                          guint       first,
                          guint       flags)
{
  return (flags & H_ALONE) && _dt_unit_is_word (t, first) && !_dt_unit_is_capital (t, first)
  && !t->tok[first].digit
         && _dt_unit_place_at (t, first) == 0 && _dt_unit_verb_at (t, first) == 0
         && !_dt_unit_is_stop (t, first)
         && !_dt_unit_word_is (t, first, "các");
}

/* A name can start at i after a head of these flags */
gboolean
_dt_unit_name_starts (const Toks *t,
                      guint       i,
                      guint       flags)
{
  if (!_dt_unit_is_word (t, i))
    return FALSE;
  /* "Ban Chỉ đạo 35", "Bệnh viện 108"; not "Số 12/…" */
  if (t->tok[i].digit)
    return !t->tok[i].nl && (i + 1 >= t->n || t->tok[i + 1].kind == TOK_WORD);
  if (_dt_unit_is_capital (t, i))
    return _dt_unit_verb_at (t, i) == 0 || _dt_unit_phrase_at (t, i, "xây dựng", TRUE) > 0
           || _dt_unit_phrase_at (t, i, "tổ chức", TRUE) > 0
           || _dt_unit_phrase_at (t, i, "kiểm tra", TRUE) > 0
           || _dt_unit_phrase_at (t, i, "hỗ trợ", TRUE) > 0
           || _dt_unit_phrase_at (t, i, "thông tin", TRUE) > 0
           || !t->tok[i].nl;
  if ((flags & H_PLACE) && _dt_unit_place_at (t, i) > 0)
    return TRUE;
  if (flags & H_LOWER)
    return !_dt_unit_is_stop (t, i) && _dt_unit_verb_at (t, i) == 0;
  return FALSE;
}

gboolean
_dt_unit_collective_noun_at (const Toks *t,
                             guint       i,
                             guint      *n)
{
  guint m = phrase_in (vocabulary ()->collective_nouns, t, i, MATCH_EXACT);

  if (m > 0 && phrase_in (vocabulary ()->not_collective, t, i, MATCH_EXACT) > 0)
    m = 0;

  if (n)
    *n = m;
  return m > 0;
}

/* "cơ quan chuyên môn thuộc Bộ Tài chính": a class of a unit's bodies,
 * without "các" */
gboolean
_dt_unit_class_of_unit (const Toks *t,
                        guint       i)
{
  if (!_dt_unit_phrase_at (t, i, "cơ quan", MATCH_EXACT)
      && !_dt_unit_phrase_at (t, i, "đơn vị", MATCH_EXACT))
    return FALSE;
  for (guint k = i + 2; k < i + 6 && k < t->n; k++)
    if (_dt_unit_word_is (t, k, "thuộc") || _dt_unit_phrase_at (t, k, "trực thuộc", MATCH_EXACT))
      return TRUE;
  return FALSE;
}

/* "các" (or "Các") and a collective noun */
static gboolean
collective_starts (const Toks *t,
                   guint       i)
{
  return _dt_unit_word_is (t, i, "các") && _dt_unit_collective_noun_at (t, i + 1, NULL);
}

/* Something that starts a unit of its own at i (not a continuation) */
gboolean
_dt_unit_starts (const Toks *t,
                 guint       i)
{
  guint n;
  const Head *head;

  if (!_dt_unit_is_word (t, i))
    return FALSE;
  if (collective_starts (t, i))
    return TRUE;
  if (_dt_unit_title_at (t, i) > 0)
    return TRUE;
  head = _dt_unit_head_at (t, i, FALSE, &n);
  if (head == NULL || (head->flags & H_WEAK))
    return FALSE;
  if (head->flags & H_ALONE)
    return TRUE;
  return _dt_unit_name_starts (t, i + n, head->flags) || _dt_unit_word_is (t, i + n, "các");
}

guint
_dt_unit_abbreviation_at (const Toks *t,
                          guint       i,
                          const char **expansion)
{
  /* written as an abbreviation: capitals, or capitals with lower-case
   * letters inside ("TTr") — never a plain lower-case word ("ca", "tp") */
  if (!_dt_unit_is_word (t, i) || !t->tok[i].upper || (!t->tok[i].ascii && !t->tok[i].caps))
    return 0;
  if (!t->tok[i].caps && t->tok[i].flen < 3)
    return 0;
  GPtrArray *list = candidates (vocabulary ()->abbreviations, t, i);

  for (guint m = 0; list != NULL && m < list->len; m++)
    {
      guint j = GPOINTER_TO_UINT (g_ptr_array_index (list, m)) - 1;
      guint n = _dt_unit_phrase_at (t, i, abbreviations[j].tokens, MATCH_FOLDED);

      if (n > 0)
        {
          /* every word of it in capitals */
          gboolean caps = TRUE;

          for (guint k = i; k < i + n; k++)
            if (t->tok[k].kind == TOK_WORD && !t->tok[k].caps
                && !(k == i && t->tok[k].upper))
              caps = FALSE;
          if (!caps)
            continue;
          /* "TP Hà Nội" is a city; "Các Bộ: TC, TP" the Ministry of Justice */
          if (g_str_equal (abbreviations[j].tokens, "tp") && !_dt_unit_is_capital (t, i + n)
              && !(_dt_unit_is_punct (t, i + n, '.') && _dt_unit_is_capital (t, i + n + 1)))
            continue;
          *expansion = abbreviations[j].expansion;
          return n;
        }
    }
  return 0;
}

/* "TP" of "TP. Hồ Chí Minh" */
gboolean
_dt_unit_is_tp (const Toks *t,
                guint       i)
{
  return _dt_unit_is_word (t, i) && t->tok[i].caps && t->tok[i].flen == 2
         && memcmp (t->fold + t->tok[i].fstart, "tp", 2) == 0;
}

/* "II", "IV": the number of a heading */
gboolean
_dt_unit_is_roman (const Toks *t,
                   guint       i)
{
  const Tok *k = &t->tok[i];

  if (!_dt_unit_is_word (t, i) || !k->ascii || !(k->caps || k->flen == 1) || !k->upper)
    return FALSE;
  for (guint j = 0; j < k->flen; j++)
    if (strchr ("ivxlc", t->fold[k->fstart + j]) == NULL)
      return FALSE;
  return TRUE;
}

/* The most common family names, which start no place name */
gboolean
_dt_unit_surname_at (const Toks *t,
                     guint       i)
{
  static const char * const surnames[] = {
    "nguyễn", "trần", "lê", "phạm", "huỳnh", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương",
    "đinh", "trịnh", "tạ", "lương", "đoàn", "trương", "quách", "lưu", "tăng", "vương", "doãn",
    "nghiêm", "khúc", "từ", NULL
  };

  for (guint j = 0; surnames[j] != NULL; j++)
    if (_dt_unit_word_is (t, i, surnames[j]))
      return TRUE;
  return FALSE;
}

/* "cơ quan", "đơn vị": a kind of body that says nothing of which */
guint
_dt_unit_generic_noun_at (const Toks *t,
                          guint       i)
{
  return phrase_in (vocabulary ()->generic_nouns, t, i, MATCH_EXACT);
}

/* "Xây dựng", "Đào tạo": a verb that is also a word of names */
guint
_dt_unit_name_verb_at (const Toks *t,
                       guint       i)
{
  return phrase_in (vocabulary ()->name_verbs, t, i, MATCH_EXACT);
}

/* "Dự án", "Nghị quyết": no part of a name after "và" or a comma */
guint
_dt_unit_not_name_at (const Toks *t,
                      guint       i)
{
  return phrase_in (vocabulary ()->not_name, t, i, MATCH_EXACT);
}
