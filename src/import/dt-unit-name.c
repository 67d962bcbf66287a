/* dt-unit-name.c — recognising Vietnamese unit names by their grammar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text after the offset is cut into a few dozen tokens (words and
 * punctuation) on the stack, each with its folded spelling (no diacritics,
 * lower case) and whether it is written capitalised.  A unit starts with a
 * head noun written capitalised ("Sở", "Bộ", "Ủy ban nhân dân", "Cục" …);
 * its name runs on while the words can belong to a name and stops at a verb,
 * a preposition, punctuation or the next unit of a list.  Names keep their
 * lower-case words ("Cục Biến đổi khí hậu") and may hold commas, "và" and
 * dashes ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và
 * Xã hội"): after such a separator the name goes on with a capitalised word
 * that cannot start a unit of its own, unless the name before it is already
 * a complete name of the catalogue.  The catalogue then decides identity:
 * the longest name it knows wins; a known name followed by a place ("Ủy ban
 * nhân dân tỉnh Ninh Bình", "Công an Thành phố") is another unit, a new one.
 *
 * Head nouns, titles and prepositions are compared with their diacritics
 * ("Quý" is not "Quỹ", "tại" is not "Tài"); verbs by their folded spelling.
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"

#define MAX_TOKENS 128
#define SHORT_WINDOW 32
#define MAX_WINDOW 1600
#define MAX_LOWER_RUN 7

typedef enum
{
  TOK_WORD,
  TOK_PUNCT,
} TokKind;

typedef struct
{
  guint32 start;        /* bytes in the text */
  guint32 end;
  guint16 fstart;       /* folded spelling in Toks.fold */
  guint8  flen;
  guint8  kind;
  char    punct;
  guint   upper : 1;    /* first letter upper-case */
  guint   caps : 1;     /* all letters upper-case, two or more of them */
  guint   ascii : 1;
  guint   digit : 1;    /* starts with a digit */
  guint   nl : 1;       /* a line break before it */
} Tok;

typedef struct
{
  const char *text;
  gsize       length;
  guint       n;
  gboolean    truncated;   /* the window ended before the text */
  Tok         tok[MAX_TOKENS];
  guint       flen;
  char        fold[MAX_WINDOW + 8];
} Toks;

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static void
tokenize (Toks       *t,
          const char *text,
          gsize       length,
          gsize       offset,
          guint       max_tokens)
{
  const char *p = text + offset;
  const char *end = text + length;
  gboolean nl = FALSE;

  t->text = text;
  t->length = length;
  t->n = 0;
  t->flen = 0;
  t->truncated = FALSE;
  max_tokens = MIN (max_tokens, MAX_TOKENS);

  while (p < end)
    {
      gunichar c;
      const char *next;

      if (t->n >= max_tokens || t->flen >= MAX_WINDOW - 64)
        {
          t->truncated = TRUE;
          return;
        }
      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          next = p + 1;
        }
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              c = '?';
              next = p + 1;
            }
          else
            next = g_utf8_next_char (p);
        }

      if (c < 0x80 ? g_ascii_isspace (c) : (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF))
        {
          if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
            nl = TRUE;
          p = next;
          continue;
        }

      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c))
        {
          Tok *k = &t->tok[t->n++];
          guint n_letters = 0, n_upper = 0;

          k->start = p - text;
          k->kind = TOK_WORD;
          k->punct = 0;
          k->fstart = t->flen;
          k->flen = 0;
          k->upper = c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
          k->digit = c < 0x80 && g_ascii_isdigit (c);
          k->ascii = TRUE;
          k->nl = nl;
          nl = FALSE;
          while (p < end)
            {
              char f;

              if ((guchar) *p < 0x80)
                {
                  /* the common case, quickly */
                  c = (guchar) *p;
                  if (!g_ascii_isalnum (c))
                    break;
                  if (g_ascii_isalpha (c))
                    {
                      n_letters++;
                      if (g_ascii_isupper (c))
                        n_upper++;
                    }
                  if (t->flen < MAX_WINDOW && t->flen - k->fstart < 250)
                    t->fold[t->flen++] = g_ascii_tolower (c);
                  p++;
                  continue;
                }
              c = g_utf8_get_char_validated (p, end - p);
              if (c == (gunichar) -1 || c == (gunichar) -2)
                break;
              next = g_utf8_next_char (p);
              k->ascii = FALSE;
              if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
                break;
              if (g_unichar_isalpha (c))
                {
                  n_letters++;
                  if (g_unichar_isupper (c))
                    n_upper++;
                }
              f = _dt_fold_char (c);
              if (f != 0 && t->flen < MAX_WINDOW && t->flen - k->fstart < 250)
                t->fold[t->flen++] = f;
              p = next;
            }
          k->end = p - text;
          k->flen = t->flen - k->fstart;
          k->caps = n_letters >= 2 && n_upper == n_letters;
          continue;
        }

      /* punctuation: one token a character */
      {
        Tok *k = &t->tok[t->n++];
        char f = c < 0x80 ? (char) c : _dt_fold_char (c);

        k->start = p - text;
        k->end = next - text;
        k->kind = TOK_PUNCT;
        k->punct = f ? f : '?';
        k->fstart = t->flen;
        k->flen = 0;
        k->upper = k->caps = k->digit = FALSE;
        k->ascii = c < 0x80;
        k->nl = nl;
        nl = FALSE;
        p = next;
      }
    }
}

static inline gboolean
is_word (const Toks *t,
         guint       i)
{
  return i < t->n && t->tok[i].kind == TOK_WORD;
}

static inline gboolean
is_punct (const Toks *t,
          guint       i,
          char        c)
{
  return i < t->n && t->tok[i].kind == TOK_PUNCT && t->tok[i].punct == c;
}

static inline gboolean
is_capital (const Toks *t,
            guint       i)
{
  return is_word (t, i) && (t->tok[i].upper || t->tok[i].caps) && !t->tok[i].digit;
}

/* The folded spelling of a literal word, into buf */
static gsize
fold_literal (const char *word,
              gsize       len,
              char       *buf,
              gsize       size)
{
  const char *p = word, *end = word + len;
  gsize n = 0;

  while (p < end && n < size)
    {
      gunichar c = g_utf8_get_char (p);
      char f = _dt_fold_char (c);

      if (f != 0)
        buf[n++] = f;
      p = g_utf8_next_char (p);
    }
  return n;
}

enum
{
  MATCH_FOLDED = 0,   /* without diacritics */
  MATCH_EXACT = 1,    /* with diacritics, case aside */
  MATCH_HEAD = 2,     /* exact, or a head noun written without any diacritics ("Vu") */
};

/* Token i is the word (len bytes of lower-case UTF-8) */
static gboolean
word_is_n (const Toks *t,
           guint       i,
           const char *word,
           gsize       len,
           int         mode)
{
  const Tok *k;
  char buf[64];
  gsize n;

  if (len == 1 && !g_ascii_isalnum (word[0]))
    return is_punct (t, i, word[0]);
  if (!is_word (t, i))
    return FALSE;
  k = &t->tok[i];
  if (mode == MATCH_EXACT && k->ascii)
    {
      /* a plain word: the same letters, case aside */
      if (len != k->end - k->start)
        return FALSE;
      return g_ascii_strncasecmp (t->text + k->start, word, len) == 0;
    }
  if (mode == MATCH_FOLDED || k->ascii)
    {
      n = fold_literal (word, len, buf, sizeof buf);
      if (n != k->flen || memcmp (buf, t->fold + k->fstart, n) != 0)
        return FALSE;
    }
  if (mode == MATCH_FOLDED)
    return TRUE;
  if (k->ascii)
    return TRUE;   /* a head written without diacritics: "Vu Kế hoạch" */

  /* compare the letters with their marks */
  {
    const char *a = t->text + k->start, *a_end = t->text + k->end;
    const char *b = word, *b_end = word + len;

    while (a < a_end && b < b_end)
      {
        if (g_unichar_tolower (g_utf8_get_char (a)) != g_utf8_get_char (b))
          return FALSE;
        a = g_utf8_next_char (a);
        b = g_utf8_next_char (b);
      }
    return a == a_end && b == b_end;
  }
}

/* How many tokens from i spell the phrase (words separated by one space;
 * "&", "-", "," stand for punctuation tokens), 0 when they don't. */
static guint
phrase_at (const Toks *t,
           guint       i,
           const char *phrase,
           int         mode)
{
  const char *p = phrase;
  guint n = 0;

  while (*p != '\0')
    {
      const char *space = strchr (p, ' ');
      gsize len = space ? (gsize) (space - p) : strlen (p);

      if (!word_is_n (t, i + n, p, len, mode))
        return 0;
      n++;
      p += len;
      if (*p == ' ')
        p++;
    }
  return n;
}

static gboolean
word_is (const Toks *t,
         guint       i,
         const char *word)
{
  return word_is_n (t, i, word, strlen (word), TRUE);
}

/* ------------------------------------------------------------------ */
/* the vocabulary                                                      */

enum
{
  H_NAME   = 1 << 0,   /* needs a name after it */
  H_PLACE  = 1 << 1,   /* a place may follow: "tỉnh", "huyện X", "các xã, phường" */
  H_ALONE  = 1 << 2,   /* a unit by itself */
  H_LOWER  = 1 << 3,   /* its name may start lower-case: "Ban quản lý dự án" */
  H_WEAK   = 1 << 4,   /* only what the catalogue knows: "ngành Thuế" */
  H_PERSON = 1 << 5,   /* a person named by office: "Phó Thủ tướng Trần Hồng Hà" */
};

typedef struct
{
  const char *words;   /* lower case, with diacritics */
  guint       flags;
} Head;

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
  "tư lệnh", "lãnh đạo", "người đứng đầu", "tổng biên tập", NULL
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
  "ba", "bốn", "năm", "và", "cơ bản", "thông qua", "khóa", "khoá", "nhiệm kỳ", "kỳ họp", "trân trọng", "tham dự", NULL
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
  "chấp thuận", "đồng ý", "nhất trí", "ghi nhận", "biểu dương", "hoan nghênh", "dự họp", "dự kiến", "kiểm toán", NULL
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
  gsize n = fold_literal (phrase, space ? (gsize) (space - phrase) : strlen (phrase), buf,
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

  if (!is_word (t, i) || t->tok[i].flen >= sizeof buf)
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
    best = MAX (best, phrase_at (t, i, g_ptr_array_index (list, j), mode));
  return best;
}

static gboolean
is_stop (const Toks *t,
         guint       i)
{
  /* "số 12", "năm 2025" but "Chuyển đổi số", "Trung tâm Quỹ Năm …" */
  if (word_is (t, i, "số"))
    return i + 1 < t->n && t->tok[i + 1].digit;
  return phrase_in (vocabulary ()->stops, t, i, MATCH_EXACT) > 0;
}

static guint
verb_at (const Toks *t,
         guint       i)
{
  return phrase_in (vocabulary ()->verbs, t, i, MATCH_EXACT);
}

static guint
place_at (const Toks *t,
          guint       i)
{
  /* "xã hội" is society, not a commune */
  if (word_is (t, i, "xã") && word_is (t, i + 1, "hội"))
    return 0;
  return phrase_in (vocabulary ()->places, t, i, MATCH_EXACT);
}

static guint
title_at (const Toks *t,
          guint       i)
{
  if (!is_capital (t, i) && !word_is (t, i, "bộ") && !word_is (t, i, "chủ"))
    return 0;
  return phrase_in (vocabulary ()->titles, t, i, MATCH_EXACT);
}

/* The longest head noun at i; capitalised unless lower_ok */
static const Head *
head_at (const Toks *t,
         guint       i,
         gboolean    lower_ok,
         guint      *n_tokens)
{
  const Head *best = NULL;
  guint best_n = 0;

  if (!is_word (t, i) || t->tok[i].digit)
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
        guint n = phrase_at (t, i, head->words, MATCH_HEAD);

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
static gboolean
head_shouting (const Toks *t,
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
static gboolean
alone_in_phrase (const Toks *t,
                 guint       first,
                 guint       flags)
{
  return (flags & H_ALONE) && is_word (t, first) && !is_capital (t, first) && !t->tok[first].digit
         && place_at (t, first) == 0 && verb_at (t, first) == 0 && !is_stop (t, first)
         && !word_is (t, first, "các");
}

/* A name can start at i after a head of these flags */
static gboolean
name_starts (const Toks *t,
             guint       i,
             guint       flags)
{
  if (!is_word (t, i))
    return FALSE;
  /* "Ban Chỉ đạo 35", "Bệnh viện 108"; not "Số 12/…" */
  if (t->tok[i].digit)
    return !t->tok[i].nl && (i + 1 >= t->n || t->tok[i + 1].kind == TOK_WORD);
  if (is_capital (t, i))
    return verb_at (t, i) == 0 || phrase_at (t, i, "xây dựng", TRUE) > 0
           || phrase_at (t, i, "tổ chức", TRUE) > 0 || phrase_at (t, i, "kiểm tra", TRUE) > 0
           || phrase_at (t, i, "hỗ trợ", TRUE) > 0 || phrase_at (t, i, "thông tin", TRUE) > 0
           || !t->tok[i].nl;
  if ((flags & H_PLACE) && place_at (t, i) > 0)
    return TRUE;
  if (flags & H_LOWER)
    return !is_stop (t, i) && verb_at (t, i) == 0;
  return FALSE;
}

static gboolean
collective_noun_at (const Toks *t,
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
static gboolean
class_of_unit (const Toks *t,
               guint       i)
{
  if (!phrase_at (t, i, "cơ quan", MATCH_EXACT) && !phrase_at (t, i, "đơn vị", MATCH_EXACT))
    return FALSE;
  for (guint k = i + 2; k < i + 6 && k < t->n; k++)
    if (word_is (t, k, "thuộc") || phrase_at (t, k, "trực thuộc", MATCH_EXACT))
      return TRUE;
  return FALSE;
}

/* "các" (or "Các") and a collective noun */
static gboolean
collective_starts (const Toks *t,
                   guint       i)
{
  return word_is (t, i, "các") && collective_noun_at (t, i + 1, NULL);
}

/* Something that starts a unit of its own at i (not a continuation) */
static gboolean
unit_starts (const Toks *t,
             guint       i)
{
  guint n;
  const Head *head;

  if (!is_word (t, i))
    return FALSE;
  if (collective_starts (t, i))
    return TRUE;
  if (title_at (t, i) > 0)
    return TRUE;
  head = head_at (t, i, FALSE, &n);
  if (head == NULL || (head->flags & H_WEAK))
    return FALSE;
  if (head->flags & H_ALONE)
    return TRUE;
  return name_starts (t, i + n, head->flags) || word_is (t, i + n, "các");
}

/* ------------------------------------------------------------------ */
/* building names                                                      */

static guint
abbreviation_at (const Toks *t,
                 guint       i,
                 const char **expansion)
{
  /* written as an abbreviation: capitals, or capitals with lower-case
   * letters inside ("TTr") — never a plain lower-case word ("ca", "tp") */
  if (!is_word (t, i) || !t->tok[i].upper || (!t->tok[i].ascii && !t->tok[i].caps))
    return 0;
  if (!t->tok[i].caps && t->tok[i].flen < 3)
    return 0;
  GPtrArray *list = candidates (vocabulary ()->abbreviations, t, i);

  for (guint m = 0; list != NULL && m < list->len; m++)
    {
      guint j = GPOINTER_TO_UINT (g_ptr_array_index (list, m)) - 1;
      guint n = phrase_at (t, i, abbreviations[j].tokens, MATCH_FOLDED);

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
          if (g_str_equal (abbreviations[j].tokens, "tp") && !is_capital (t, i + n)
              && !(is_punct (t, i + n, '.') && is_capital (t, i + n + 1)))
            continue;
          *expansion = abbreviations[j].expansion;
          return n;
        }
    }
  return 0;
}

/* "TP" of "TP. Hồ Chí Minh" */
static gboolean
is_tp (const Toks *t,
       guint       i)
{
  return is_word (t, i) && t->tok[i].caps && t->tok[i].flen == 2
         && memcmp (t->fold + t->tok[i].fstart, "tp", 2) == 0;
}

/* The words of tokens [a, b) as written, white space collapsed,
 * abbreviations expanded */
static void
append_span (GString    *out,
             const Toks *t,
             guint       a,
             guint       b)
{
  for (guint i = a; i < b; )
    {
      const Tok *k = &t->tok[i];
      const char *expansion = NULL;
      guint n = abbreviation_at (t, i, &expansion);
      gboolean space = i > a && t->tok[i - 1].end < k->start;

      if (out->len > 0 && out->str[out->len - 1] != ' ' && (space || (i == a)))
        {
          if (!(k->kind == TOK_PUNCT && (k->punct == ',' || k->punct == ')' || k->punct == ';'
                                         || k->punct == ':')))
            g_string_append_c (out, ' ');
        }
      /* "TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh" */
      if (k->kind == TOK_PUNCT && k->punct == '.' && i > a && is_tp (t, i - 1))
        {
          i++;
          continue;
        }
      /* "&" between words reads "và" */
      if (k->kind == TOK_PUNCT && k->punct == '&' && n == 0)
        {
          if (!space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, "và");
          if (i + 1 < b && t->tok[i + 1].start == k->end)
            g_string_append_c (out, ' ');
          i++;
          continue;
        }
      if (n > 0)
        {
          g_string_append (out, expansion);
          i += n;
          continue;
        }
      g_string_append_len (out, t->text + k->start, k->end - k->start);
      i++;
    }
}

static DtUnitName *
unit_name_new (DtUnitNameKind kind,
               char          *name,
               gsize          start,
               gsize          end)
{
  DtUnitName *u = g_new0 (DtUnitName, 1);

  u->kind = kind;
  u->name = name;
  u->start = start;
  u->end = end;
  return u;
}

void
dt_unit_name_free (DtUnitName *name)
{
  if (name == NULL)
    return;
  g_free (name->name);
  g_free (name);
}

/* The catalogue's name for the words: prefix (e.g. "Bộ") and tokens [a, b) */
static const char *
lookup (DtUnitCatalog *catalog,
        const char    *prefix,
        const Toks    *t,
        guint          a,
        guint          b)
{
  g_autofree char *words = NULL;
  g_autofree char *phrase = NULL;

  if (catalog == NULL || b <= a)
    return NULL;
  words = g_strndup (t->text + t->tok[a].start, t->tok[b - 1].end - t->tok[a].start);
  if (prefix)
    phrase = g_strconcat (prefix, " ", words, NULL);
  return dt_unit_catalog_lookup (catalog, phrase ? phrase : words);
}

/* ------------------------------------------------------------------ */
/* one name                                                            */

/* A name can end before token b: not inside a run of lower-case words
 * ("Cục Biến đổi | khí hậu") */
static gboolean
name_may_end (const Toks *t,
              guint       b)
{
  return b >= t->n || t->tok[b].kind == TOK_PUNCT || t->tok[b].nl || is_capital (t, b)
         || t->tok[b].digit || word_is (t, b, "và") || is_stop (t, b) || verb_at (t, b) > 0
         || place_at (t, b) > 0;
}

typedef enum
{
  SEP_NONE,
  SEP_COMMA,
  SEP_AND,
  SEP_DASH,
  SEP_AMP,
} Sep;

/* "II", "IV": the number of a heading */
static gboolean
is_roman (const Toks *t,
          guint       i)
{
  const Tok *k = &t->tok[i];

  if (!is_word (t, i) || !k->ascii || !(k->caps || k->flen == 1) || !k->upper)
    return FALSE;
  for (guint j = 0; j < k->flen; j++)
    if (strchr ("ivxlc", t->fold[k->fstart + j]) == NULL)
      return FALSE;
  return TRUE;
}

/* Where the name whose first word is at j ends, by grammar alone */
static guint
name_end (const Toks *t,
          guint       j,
          gboolean    stop_at_and)
{
  guint end = j, k = j, words = 0, lower_run = 0, last_capital_end = j;
  Sep sep = SEP_NONE;
  gboolean prev_lower = FALSE, in_place = FALSE;
  guint n_head = 0, name_start = G_MAXUINT;
  const Head *inner;

  while (k < t->n)
    {
      const Tok *tok = &t->tok[k];

      if (tok->kind == TOK_PUNCT)
        {
          /* "UBND TP. Hồ Chí Minh" */
          if (tok->punct == '.' && words > 0 && sep == SEP_NONE && is_tp (t, k - 1)
              && is_capital (t, k + 1))
            {
              k++;
              continue;
            }
          if (words == 0 || sep != SEP_NONE)
            break;
          if (tok->punct == ',' && !stop_at_and)
            sep = SEP_COMMA;
          else if (tok->punct == '-')
            sep = SEP_DASH;
          else if (tok->punct == '&')
            sep = SEP_AMP;
          else
            break;
          k++;
          continue;
        }

      /* "Ban Chỉ đạo 35 tỉnh", "Bệnh viện 108"; not a date, a number on the
       * next line of a table ("Sở Y tế \n 15.") */
      if (tok->digit
          && (sep != SEP_NONE || tok->nl || !is_word (t, k - 1)
              || (k + 1 < t->n && t->tok[k + 1].kind == TOK_PUNCT && t->tok[k + 1].punct != ','
                  && t->tok[k + 1].punct != ';' && t->tok[k + 1].punct != ':')))
        break;
      /* "II" of a heading, but "khu vực XII" */
      if (words > 0 && is_roman (t, k) && !(k >= 2 && phrase_at (t, k - 2, "khu vực", MATCH_EXACT)))
        break;
      if (words > 0 && tok->nl && tok->caps)
        {
          const char *expansion;

          if (abbreviation_at (t, k, &expansion) == 0)
            break;
        }
      /* "a) …", "b) …": a list item follows */
      if (tok->flen == 1 && is_punct (t, k + 1, ')'))
        break;

      if (words > 0)
        {
          if (sep == SEP_AMP)
            {
              if (!tok->caps && !t->tok[k - 2].caps)
                break;
            }
          else if (sep == SEP_COMMA || sep == SEP_AND)
            {
              if (unit_starts (t, k) || phrase_in (vocabulary ()->not_name, t, k, MATCH_EXACT) > 0)
                break;
              if (!is_capital (t, k))
                {
                  if (sep == SEP_COMMA || !prev_lower || is_stop (t, k) || verb_at (t, k) > 0
                      || phrase_in (vocabulary ()->generic_nouns, t, k, MATCH_EXACT) > 0
                      || phrase_at (t, k, "chính quyền", TRUE) > 0
                      || phrase_at (t, k, "nhân dân", TRUE) > 0)
                    break;
                }
              else if (verb_at (t, k) > 0
                       && (tok->nl || phrase_in (vocabulary ()->name_verbs, t, k, MATCH_EXACT) == 0))
                break;
            }
          else if (sep == SEP_DASH)
            {
              if (!is_capital (t, k) || verb_at (t, k) > 0 || unit_starts (t, k)
                  || phrase_at (t, k, "cơ quan", TRUE) > 0 || phrase_at (t, k, "đơn vị", TRUE) > 0)
                break;
            }
          else
            {
              if (word_is (t, k, "và") || phrase_at (t, k, "va", FALSE) == 1)
                {
                  if (stop_at_and || !word_is (t, k, "và"))
                    break;
                  sep = SEP_AND;
                  k++;
                  continue;
                }
              /* a verb ends the name; written capitalised, only at the start
               * of a line or as a phrase that names nothing ("Khẩn
               * trương"), not in "Quỳnh Lập", nor as the first word of a
               * name inside the name ("Thanh tra Sở Xây dựng") */
              if (is_stop (t, k))
                break;
              if (k != name_start && verb_at (t, k) > 0
                  && (!is_capital (t, k) || tok->nl
                      || (verb_at (t, k) >= 2
                          && phrase_in (vocabulary ()->name_verbs, t, k, MATCH_EXACT) == 0)))
                break;
              /* "Ủy ban nhân dân Thành phố | phương án …" */
              if (in_place && !is_capital (t, k) && place_at (t, k) == 0)
                break;
              /* a unit on the next line: two cells of a table */
              if (tok->nl && unit_starts (t, k))
                break;
              if (!is_capital (t, k) && lower_run >= MAX_LOWER_RUN)
                return last_capital_end;
            }
        }

      if (place_at (t, k) > 0
          && !(head_at (t, k, FALSE, &n_head) != NULL && n_head > place_at (t, k)))
        {
          guint n_place = place_at (t, k);

          in_place = TRUE;
          words += n_place;
          lower_run = 0;
          prev_lower = FALSE;
          sep = SEP_NONE;
          end = k += n_place;
          continue;
        }
      /* a head inside the name: the next word starts its name */
      if (words > 0 && (inner = head_at (t, k, FALSE, &n_head)) != NULL)
        {
          words += n_head;
          lower_run = 0;
          prev_lower = FALSE;
          sep = SEP_NONE;
          last_capital_end = end = k += n_head;
          name_start = (inner->flags & H_NAME) ? k : G_MAXUINT;
          continue;
        }
      words++;
      if (is_capital (t, k))
        {
          lower_run = 0;
          last_capital_end = k + 1;
        }
      else
        lower_run++;
      prev_lower = !is_capital (t, k);
      sep = SEP_NONE;
      end = ++k;
    }
  return end;
}

/* The most common family names, which start no place name */
static gboolean
surname_at (const Toks *t,
            guint       i)
{
  static const char * const surnames[] = {
    "nguyễn", "trần", "lê", "phạm", "huỳnh", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương",
    "đinh", "trịnh", "tạ", "lương", "đoàn", "trương", "quách", "lưu", "tăng", "vương", "doãn",
    "nghiêm", "khúc", "từ", NULL
  };

  for (guint j = 0; surnames[j] != NULL; j++)
    if (word_is (t, i, surnames[j]))
      return TRUE;
  return FALSE;
}

/* How long a place qualifier at i runs ("tỉnh Ninh Bình", "Thành phố",
 * "huyện Vị Xuyên"); after_place: the words before were a place word, so a
 * bare capitalised name is the place.  A person's name often follows
 * ("Chủ tịch UBND tỉnh Ninh Bình Trần Huy Tuấn"): places have at most
 * three words, so the last three of a longer run are the person's. */
static guint
place_end (const Toks *t,
           guint       i,
           guint       limit,
           gboolean    after_place)
{
  guint k = i, run = 0;
  guint n = place_at (t, i);

  if (n > 0)
    {
      /* "chi nhánh tỉnh", "khu vực XII" */
      k += n;
      while (k < limit && place_at (t, k) > 0)
        k += place_at (t, k);
      if (k < limit && k >= 2 && phrase_at (t, k - 2, "khu vực", MATCH_EXACT) && is_roman (t, k))
        k++;
    }
  else if (!after_place)
    return 0;

  while (k + run < limit && is_capital (t, k + run) && verb_at (t, k + run) == 0
         && !unit_starts (t, k + run))
    {
      /* no place is named like a person: "Chủ tịch UBND tỉnh Nguyễn Đức Trung" */
      if (run + 1 < limit - k && is_capital (t, k + run + 1) && surname_at (t, k + run))
        break;
      run++;
    }
  if (n == 0 && run == 0)
    return 0;
  if (run > 3)
    run -= 3;
  return k + run;
}

static gboolean
ends_with_place (const Toks *t,
                 guint       a,
                 guint       b)
{
  for (guint i = a; i < b; i++)
    {
      guint n = place_at (t, i);

      if (n > 0 && i + n == b)
        return TRUE;
    }
  return FALSE;
}

/* "các cơ quan liên quan", "các cơ quan, đơn vị": no coordinator */
static gboolean
is_vague (const char *name)
{
  static const char * const generic[] = {
    "cac", "bo", "nganh", "co", "quan", "don", "vi", "dia", "phuong", "to", "chuc", "ca",
    "nhan", "cap", "so", "ban", "va", "khac", NULL
  };
  DtFolded folded;
  gboolean vague = TRUE;

  _dt_folded_init (&folded, name, -1);
  if (strstr (folded.text, "lien quan") != NULL)
    {
      _dt_folded_clear (&folded);
      return TRUE;
    }
  for (char *p = folded.text; *p != '\0' && vague; )
    {
      char *start;
      char saved;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (g_ascii_isalnum (*p))
        p++;
      saved = *p;
      *p = '\0';
      if (!g_strv_contains (generic, start))
        vague = FALSE;
      *p = saved;
    }
  _dt_folded_clear (&folded);
  return vague;
}

static char *
capitalize (char *text)
{
  gunichar c = g_utf8_get_char (text);
  char buf[8];
  char *result;

  if (!g_unichar_islower (c))
    return text;
  buf[g_unichar_to_utf8 (g_unichar_toupper (c), buf)] = '\0';
  result = g_strconcat (buf, g_utf8_next_char (text), NULL);
  g_free (text);
  return result;
}

/* A collective at i ("các Bộ, ngành liên quan", "Các đơn vị có thủ tục
 * hành chính", "Ủy ban nhân dân các xã, phường"): where it ends.  first is
 * the token after "các". */
static guint
collective_end (const Toks *t,
                guint       first)
{
  guint k = first, end = first, words = 0;
  gboolean specific = FALSE, after_unit = FALSE;

  while (k < t->n && words < 24)
    {
      guint n = 0;

      /* "cơ quan chuyên môn thuộc Bộ X | và các địa phương" */
      if (after_unit && (is_punct (t, k, ',') || word_is (t, k, "và")))
        break;
      if (is_punct (t, k, ','))
        {
          guint r = k + 1;

          if (word_is (t, r, "các"))
            r++;
          if (!collective_noun_at (t, r, &n) || (r == k + 1 && unit_starts (t, r)))
            break;
          /* "các Tập đoàn, Tổng công ty, đơn vị liên quan": the vague rest
           * is a collective of its own */
          if (specific && phrase_in (vocabulary ()->generic_nouns, t, r, MATCH_EXACT) > 0
              && (phrase_at (t, r + n, "liên quan", TRUE) || phrase_at (t, r + n, "có liên quan", TRUE)))
            break;
          k = r;
          continue;
        }
      if (word_is (t, k, "và"))
        {
          guint r = k + 1;

          if (word_is (t, r, "các"))
            r++;
          if (!collective_noun_at (t, r, &n) || unit_starts (t, r))
            break;
          /* "các nhà thầu và các bộ, cơ quan liên quan": two classes */
          if (specific && phrase_in (vocabulary ()->generic_nouns, t, r, MATCH_EXACT) > 0)
            break;
          k = r;
          continue;
        }
      if (!is_word (t, k) || t->tok[k].digit)
        break;
      /* "… Trung ương\na) …", a unit on the next line of a table */
      if (t->tok[k].flen == 1 && is_punct (t, k + 1, ')'))
        break;
      if (k > first && t->tok[k].nl && is_capital (t, k) && !word_is (t, k - 1, "thuộc"))
        break;
      if (collective_noun_at (t, k, &n)
          && (k == first || !is_word (t, k - 1) || word_is (t, k - 1, "các")
              || word_is (t, k - 1, "và") || word_is (t, k - 1, "là")))
        {
          if (phrase_in (vocabulary ()->generic_nouns, t, k, MATCH_EXACT) == 0)
            specific = TRUE;
          k += n;
          end = k;
          words += n;
          continue;
        }
      /* relative words of a class: "có thủ tục hành chính", "là tổ chức",
       * "thuộc Bộ Tài chính", "trực thuộc Trung ương", "ngang bộ" */
      if (phrase_at (t, k, "có trách nhiệm", TRUE) || phrase_at (t, k, "có ý kiến", TRUE)
          || phrase_at (t, k, "có văn bản", TRUE))
        break;
      if (word_is (t, k, "thuộc") || phrase_at (t, k, "trực thuộc", TRUE))
        {
          /* "thuộc Bộ Tài nguyên và Môi trường", "trực thuộc Trung ương" */
          guint r = k + (word_is (t, k, "thuộc") ? 1 : 2);
          guint n_head = 0;

          if (r >= t->n)
            break;

          if (place_at (t, r) > 0)
            r += place_at (t, r);
          else if (head_at (t, r, FALSE, &n_head) != NULL)
            {
              r = name_starts (t, r + n_head, H_NAME) ? name_end (t, r + n_head, FALSE) : r + n_head;
              after_unit = TRUE;
            }
          else
            while (is_capital (t, r) && verb_at (t, r) == 0)
              r++;
          k = end = r;
          words++;
          continue;
        }
      if (phrase_at (t, k, "liên quan", TRUE))
        {
          /* "các Bộ, ngành liên quan (khác)" ends there */
          k += 2;
          if (word_is (t, k, "khác"))
            k++;
          end = k;
          if (word_is (t, k, "thuộc") || phrase_at (t, k, "trực thuộc", TRUE))
            continue;
          break;
        }
      if ((word_is (t, k, "có") || word_is (t, k, "là"))
          && (!is_word (t, k + 1) || verb_at (t, k + 1) > 0 || is_stop (t, k + 1))
          && !collective_noun_at (t, k + 1, NULL))
        break;
      if (word_is (t, k, "có") || word_is (t, k, "là") || word_is (t, k, "ngang")
          || word_is (t, k, "khác"))
        {
          k++;
          end = k;
          words++;
          continue;
        }
      /* "các sở, ngành cấp tỉnh" */
      if (place_at (t, k) > 0)
        {
          k += place_at (t, k);
          end = k;
          words++;
          continue;
        }
      if (is_stop (t, k) || verb_at (t, k) > 0)
        break;
      if (t->tok[k].nl && is_capital (t, k))
        break;
      /* a unit inside: "thuộc Bộ Tài nguyên và Môi trường" */
      if (unit_starts (t, k) && !word_is (t, k - 1, "thuộc"))
        {
          if (!(k > first && (word_is (t, k - 1, "thuộc") || word_is (t, k - 1, "ngang")
                              || phrase_at (t, k - 2, "trực thuộc", TRUE))))
            break;
        }
      k++;
      end = k;
      words++;
    }
  return end;
}

/* ------------------------------------------------------------------ */
/* elements: one unit, a list "các Bộ: A, B", an official, a collective */

typedef struct
{
  DtUnitCatalog *catalog;
  const Toks    *t;
  GPtrArray     *out;     /* of DtUnitName */
  const char    *head;    /* the head noun of the last unit, for "Sở Y tế, Tài chính" */
} Parse;

static void
add (Parse         *ps,
     DtUnitNameKind kind,
     char          *name,
     guint          a,
     guint          b)
{
  DtUnitName *u = unit_name_new (kind, name, ps->t->tok[a].start, ps->t->tok[b - 1].end);

  if (kind == DT_UNIT_NAME_COLLECTIVE)
    {
      u->name = capitalize (u->name);
      u->vague = is_vague (u->name);
    }
  g_ptr_array_add (ps->out, u);
}

/* The named unit whose head is at h; returns the token after it, or 0 */
static guint
parse_named (Parse    *ps,
             guint     h,
             gboolean  from_title)
{
  const Toks *t = ps->t;
  const Head *head;
  guint n_head, first, grammar, best = 0, limit;
  const char *known = NULL;

  head = head_at (t, h, FALSE, &n_head);
  if (head == NULL)
    return 0;
  first = h + n_head;

  if (head->flags & H_PERSON)
    {
      /* "Phó Thủ tướng Chính phủ Trần Hồng Hà" */
      guint k = first, run = 0;

      if (t->tok[h].caps)
        return 0;

      if (phrase_at (t, k, "chính phủ", TRUE))
        k += 2;
      while (is_capital (t, k + run) && !is_stop (t, k + run) && verb_at (t, k + run) == 0)
        run++;
      if (run < 2 || run > 4)
        return 0;
      {
        GString *s = g_string_new (NULL);

        append_span (s, t, h, k + run);
        add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, k + run);
      }
      return k + run;
    }

  if (head_shouting (t, h, head)
      || (is_word (t, first) && t->tok[first].caps && !t->tok[first].ascii
          && abbreviation_at (t, first, &(const char *) { NULL }) == 0))
    {
      /* a heading in capitals names a unit only as the catalogue knows it */
      guint k = h;

      while (k < t->n && (t->tok[k].caps || word_is (t, k, "VÀ") || t->tok[k].kind == TOK_PUNCT)
             && !is_punct (t, k, ':') && !is_punct (t, k, '.'))
        k++;
      for (guint b = k; b > first; b--)
        if ((known = lookup (ps->catalog, NULL, t, h, b)) != NULL)
          {
            add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, b);
            ps->head = head->words;
            return b;
          }
      return 0;
    }

  /* "Ủy ban nhân dân các xã, phường", "Công an các phường, xã, đặc khu",
   * "Công an phường, xã, đặc khu" */
  if ((head->flags & H_PLACE) && (word_is (t, first, "các")
                                  || (place_at (t, first) > 0
                                      && is_punct (t, first + place_at (t, first), ',')
                                      && place_at (t, first + place_at (t, first) + 1) > 0)))
    {
      guint p = word_is (t, first, "các") ? first + 1 : first;
      guint n_place = place_at (t, p);
      GString *s;
      guint end;

      if (n_place > 0 && (is_punct (t, p + n_place, ':') || is_capital (t, p + n_place))
          && !phrase_at (t, p + n_place, "trực thuộc", TRUE))
        return 0;   /* a list: "UBND các tỉnh: A, B" — the caller expands it */
      if (n_place == 0 && !collective_noun_at (t, p, NULL))
        return 0;
      end = collective_end (t, p);
      if (end <= p)
        return 0;
      /* kept as written, even where the catalogue has the class */
      s = g_string_new (NULL);
      append_span (s, t, h, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), h, end);
      return end;
    }

  if (!(head->flags & H_ALONE) && !name_starts (t, first, head->flags))
    return 0;
  if (alone_in_phrase (t, first, head->flags))
    return 0;
  if (head->flags & H_WEAK && ps->catalog == NULL)
    return 0;

  grammar = name_starts (t, first, head->flags) ? name_end (t, first, FALSE) : first;
  if (grammar <= first && !(head->flags & H_ALONE))
    return 0;

  /* the longest name the catalogue knows, up to some words past the
   * grammar's end ("Ban Quản lý dự án đầu tư xây dựng công trình …") */
  limit = grammar;
  if (grammar < t->n && t->tok[grammar].kind == TOK_WORD && !t->tok[grammar].nl)
    limit = MIN (t->n, grammar + 8);
  for (guint k = first; k < limit; k++)
    if (t->tok[k].kind == TOK_PUNCT && t->tok[k].punct != ',' && t->tok[k].punct != '-'
        && t->tok[k].punct != '&')
      {
        limit = k;
        break;
      }
  limit = MAX (limit, grammar);
  /* the grammar's name first: most often known, or new; then a longer
   * known name, then a shorter one */
  if ((known = lookup (ps->catalog, NULL, t, h, grammar)) != NULL)
    best = grammar;
  for (guint b = limit; known == NULL && b > h; b--)
    {
      if (b == grammar || (t->tok[b - 1].kind == TOK_PUNCT && t->tok[b - 1].punct != ')'))
        continue;
      if (!name_may_end (t, b))
        continue;
      if ((known = lookup (ps->catalog, NULL, t, h, b)) != NULL)
        best = b;
    }

  if (head->flags & H_WEAK)
    {
      if (known == NULL)
        return 0;
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
      return best;
    }

  if (known != NULL && best < grammar)
    {
      /* a known name and more: a place makes it another unit ("Công an
       * Thành phố", "Ủy ban nhân dân tỉnh Ninh Bình"), and so do more
       * capitalised words ("Ban Quản lý Khu kinh tế Đông Nam") unless an
       * official's name follows his body ("Bộ trưởng Bộ Y tế Đào Hồng
       * Lan"); what follows a separator ("Bộ Xây dựng - Cơ quan Thường
       * trực", "Bộ Tài chính, Xây dựng") or a lower-case word is not part
       * of the name */
      guint p = place_end (t, best, grammar, ends_with_place (t, first, best));

      if (p > best)
        grammar = p;
      else if (!from_title && is_capital (t, best) && t->tok[best].start > t->tok[best - 1].end)
        ;
      else
        grammar = best;
    }

  if (known != NULL && best >= grammar)
    {
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
      ps->head = head->words;
      return best;
    }

  if (grammar <= first && (head->flags & H_ALONE) && known == NULL)
    {
      /* "Ủy ban nhân dân" alone, with no catalogue entry */
      GString *s = g_string_new (NULL);

      if (from_title || is_punct (t, first, ',') || first >= t->n || verb_at (t, first) > 0
          || is_stop (t, first) || is_punct (t, first, ':') || is_punct (t, first, '.'))
        {
          append_span (s, t, h, first);
          add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, first);
          return first;
        }
      g_string_free (s, TRUE);
      return 0;
    }

  {
    GString *s;
    DtUnitNameKind kind = DT_UNIT_NAME_NEW;

    /* a person after a place: "Chủ tịch UBND huyện Vị Xuyên Nguyễn Văn A" */
    for (guint k = first; k < grammar; k++)
      if (place_at (t, k) > 0 && (k == first || !is_capital (t, k)))
        {
          guint p = place_end (t, k, grammar, FALSE);

          if (p > k && p < grammar && is_capital (t, p))
            grammar = p;
          break;
        }
    /* "Bí thư Tỉnh ủy Ninh Bình Đặng Xuân Phong": the last three words of
     * a long run of capitalised words after an official are his name */
    if (from_title)
      {
        guint run = 0;

        while (grammar - run > first && is_capital (t, grammar - run - 1))
          run++;
        for (guint j = grammar - run; j + 1 < grammar; j++)
          if (surname_at (t, j))
            {
              run = 0;
              grammar = j;
              break;
            }
        if (run > 3)
          grammar -= 3;
      }
    if (t->truncated && grammar >= t->n)
      return 0;
    for (guint k = first; k < grammar; k++)
      if (word_is (t, k, "các") || phrase_at (t, k, "cấp", TRUE))
        kind = DT_UNIT_NAME_COLLECTIVE;
    s = g_string_new (NULL);
    append_span (s, t, h, grammar);
    add (ps, kind, g_string_free (s, FALSE), h, grammar);
    ps->head = head->words;
    return grammar;
  }
}

/* A head that is a whole item of a list: "Công an" in "các Bộ: Quốc
 * phòng, Công an và …" */
static gboolean
bare_head (const Toks *t,
           guint       k)
{
  guint n;
  const Head *head = head_at (t, k, FALSE, &n);

  return head != NULL && (k + n >= t->n || t->tok[k + n].kind == TOK_PUNCT
                          || word_is (t, k + n, "và") || verb_at (t, k + n) > 0 || is_stop (t, k + n));
}

/* The item of a list at k with the head prefix ("Bộ", "Ủy ban nhân dân
 * tỉnh", "Tập đoàn"): returns the token after it, 0 when none */
static guint
parse_item (Parse      *ps,
            const char *prefix,
            guint       k,
            gboolean    unknown_ok,
            guint       mention_start)
{
  const Toks *t = ps->t;
  guint longest, first_end, b;
  const char *known = NULL;

  /* "(i) Văn hóa …" */
  if (is_punct (t, k, '(') && is_word (t, k + 1) && is_punct (t, k + 2, ')'))
    k += 3;
  if (!is_capital (t, k) || is_stop (t, k))
    return 0;

  longest = name_end (t, k, FALSE);
  first_end = name_end (t, k, TRUE);
  /* a name holds a comma or two at most: "Văn hóa, Thể thao và Du lịch" */
  for (guint j = k, commas = 0; j < longest; j++)
    if (is_punct (t, j, ',') && ++commas == 2)
      {
        longest = j;
        break;
      }
  for (b = longest; b > k; b--)
    {
      if (t->tok[b - 1].kind == TOK_PUNCT)
        continue;
      if (b != longest && b != first_end && !is_punct (t, b, ',') && !word_is (t, b, "và")
          && !is_punct (t, b, '-'))
        continue;
      if ((known = lookup (ps->catalog, prefix, t, k, b)) != NULL)
        break;
    }
  /* a short name written alone: "các Tập đoàn: PVN, VNPT, Viettel" */
  if (known == NULL && (known = lookup (ps->catalog, NULL, t, k, first_end)) != NULL)
    b = first_end;
  if (t->truncated && MAX (b, first_end) >= t->n)
    return 0;   /* cut by the end of the window */
  if (known != NULL)
    {
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), mention_start ? mention_start : k, b);
      return b;
    }
  if (!unknown_ok || (unit_starts (t, k) && !bare_head (t, k)) || verb_at (t, k) > 0
      || first_end <= k)
    return 0;
  {
    GString *s = g_string_new (prefix);

    append_span (s, t, k, first_end);
    add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), mention_start ? mention_start : k,
         first_end);
  }
  return first_end;
}

/* Items after a list's head: "Công an, Tài chính và Xây dựng" */
static guint
parse_items (Parse      *ps,
             const char *prefix,
             guint       k,
             guint       mention_start)
{
  const Toks *t = ps->t;
  guint end = 0, n = 0;

  while (k < t->n)
    {
      guint next = parse_item (ps, prefix, k, TRUE, n == 0 ? mention_start : 0);

      if (next == 0)
        break;
      end = next;
      n++;
      k = next;
      if (is_punct (t, k, ','))
        k++;
      if (word_is (t, k, "và"))
        k++;
      if (k == next)
        break;
    }
  return n > 0 ? end : 0;
}

/* The singular of a list's head: "các Bộ" → "Bộ", "UBND các tỉnh" →
 * "Ủy ban nhân dân tỉnh" */
static char *
list_prefix (const Toks *t,
             guint       a,
             guint       b)
{
  GString *s = g_string_new (NULL);

  append_span (s, t, a, b);
  return capitalize (g_string_free (s, FALSE));
}

static guint parse_element (Parse *ps, guint i, gboolean from_title);

/* What only the catalogue knows at k: "ngành Thuế", "Hải quan", "Đài
 * truyền hình Việt Nam" */
static guint
catalogue_element (Parse *ps,
                   guint  k)
{
  const Toks *t = ps->t;
  const char *canonical = NULL;
  gsize stop;
  guint b = k;

  guint last = MIN (t->n, k + 12);

  /* a heading in capitals is no unit ("VĂN PHÒNG", "BÁO CÁO") */
  if (ps->catalog == NULL || !is_word (t, k) || (t->tok[k].caps && !t->tok[k].ascii))
    return 0;
  stop = dt_unit_catalog_match_prefix (ps->catalog, t->text + t->tok[k].start,
                                       t->tok[last - 1].end - t->tok[k].start, &canonical);
  if (stop == 0)
    return 0;
  stop += t->tok[k].start;
  while (b < t->n && t->tok[b].end <= stop)
    b++;
  if (b == k)
    return 0;
  add (ps, DT_UNIT_NAME_KNOWN, g_strdup (canonical), k, b);
  return b;
}

/* After "các" at c: a list "các Bộ: A, B", "các bộ Công an, Xây dựng", or
 * a collective "các Bộ, ngành liên quan" */
static guint
parse_cac (Parse *ps,
           guint  c,
           guint  mention_start)
{
  const Toks *t = ps->t;
  const Head *head;
  guint n_head, k, end;

  head = head_at (t, c + 1, TRUE, &n_head);
  if (head != NULL && !(head->flags & (H_WEAK | H_PERSON)))
    {
      k = c + 1 + n_head;
      /* "các Bộ, cơ quan: Quốc phòng, …" */
      if (is_punct (t, k, ',') && phrase_at (t, k + 1, "cơ quan", TRUE) && is_punct (t, k + 3, ':'))
        k += 3;
      if (is_punct (t, k, ':') || is_capital (t, k))
        {
          g_autofree char *prefix = list_prefix (t, c + 1, c + 1 + n_head);
          guint items = is_punct (t, k, ':') ? k + 1 : k;

          end = parse_items (ps, prefix, items, mention_start);
          if (end > 0)
            return end;
        }
    }

  if (!collective_noun_at (t, c + 1, NULL))
    return 0;
  end = collective_end (t, c + 1);
  if (end <= c + 1)
    return 0;
  {
    GString *s = g_string_new (NULL);

    append_span (s, t, c, end);
    add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), mention_start, end);
  }
  return end;
}

/* One element at i; returns the token after it, 0 when none */
static guint
parse_element (Parse    *ps,
               guint     i,
               gboolean  from_title)
{
  const Toks *t = ps->t;
  guint k = i, n;
  gboolean minister_alone = FALSE, titled = from_title, consumed = FALSE;

  if (!is_word (t, i))
    return 0;

  if (class_of_unit (t, i))
    {
      guint end = collective_end (t, i);
      GString *s;

      if (end <= i + 2)
        return 0;
      s = g_string_new (NULL);
      append_span (s, t, i, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
      return end;
    }

  /* "các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ" */
  if (word_is (t, k, "các") && title_at (t, k + 1) > 0)
    k++;

  /* "Đồng chí Bộ trưởng Bộ Y tế" */
  if (phrase_at (t, k, "đồng chí", TRUE) && title_at (t, k + 2) > 0)
    k += 2;

  /* officials: "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ", "Chủ tịch
   * Hội đồng thành viên, Tổng giám đốc các Tập đoàn" */
  while ((n = title_at (t, k)) > 0)
    {
      const Head *head = head_at (t, k, FALSE, NULL);
      guint n_head = 0;

      /* "Chủ tịch Ủy ban nhân dân" is an official; "Trưởng Ban Dân tộc" too;
       * but "Bộ Chỉ huy", "Ban …" are heads */
      if (head != NULL)
        {
          head_at (t, k, FALSE, &n_head);
          if (n_head >= n)
            break;
        }
      titled = consumed = TRUE;
      if (phrase_at (t, k, "bộ trưởng", TRUE) && is_punct (t, k + n, ','))
        minister_alone = TRUE;
      k += n;
      if (word_is (t, k, "kiêm") && title_at (t, k + 1) > 0)
        k++;
      else if (is_punct (t, k, ',') && title_at (t, k + 1) > 0)
        k++;
    }

  /* "Tổng giám đốc: Đài truyền hình Việt Nam, …" */
  if (consumed && is_punct (t, k, ':'))
    k++;
  if (word_is (t, k, "các") && !t->tok[k].caps && (titled || is_word (t, k)))
    {
      guint before = ps->out->len;
      guint end = parse_cac (ps, k, titled ? k : i);

      if (end > 0 && minister_alone && ps->out->len == before + 1)
        {
          DtUnitName *u = g_ptr_array_index (ps->out, before);

          if (u->kind == DT_UNIT_NAME_COLLECTIVE && g_str_has_prefix (u->name, "Các "))
            {
              char *name = g_strconcat ("Các bộ, ", u->name + strlen ("Các "), NULL);

              g_free (u->name);
              u->name = name;
            }
        }
      return end;
    }

  if (consumed && collective_noun_at (t, k, NULL) && head_at (t, k, FALSE, NULL) == NULL)
    {
      /* "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" */
      guint end = collective_end (t, k);
      GString *s;

      if (end <= k)
        return 0;
      s = g_string_new (minister_alone ? "Các bộ, " : "Các ");
      append_span (s, t, k, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
      return end;
    }
  if (consumed)
    {
      /* "Chủ tịch UBND các tỉnh: A, B và C" */
      guint end = parse_element (ps, k, TRUE);

      return end;
    }

  /* "UBND các tỉnh: Đắk Lắk, Khánh Hòa" */
  {
    const Head *head = head_at (t, k, FALSE, &n);

    if (head == NULL || (head->flags & H_WEAK))
      return catalogue_element (ps, k);
    if ((head->flags & H_PLACE) && word_is (t, k + n, "các"))
      {
        guint p = k + n + 1;
        guint n_place = place_at (t, p);

        if (n_place > 0 && (is_punct (t, p + n_place, ':') || is_capital (t, p + n_place))
            && !phrase_at (t, p + n_place, "trực thuộc", TRUE))
          {
            g_autofree char *head_text = list_prefix (t, k, k + n);
            g_autofree char *place_text = NULL;
            g_autofree char *prefix = NULL;
            GString *s = g_string_new (NULL);
            guint items = is_punct (t, p + n_place, ':') ? p + n_place + 1 : p + n_place;
            guint end;

            append_span (s, t, p, p + n_place);
            place_text = g_string_free (s, FALSE);
            /* "các tỉnh" → "tỉnh" already singular */
            prefix = g_strconcat (head_text, " ", place_text, NULL);
            end = parse_items (ps, prefix, items, i);
            if (end > 0)
              return end;
          }
      }
    {
      guint end = parse_named (ps, k, titled);

      /* "Đài truyền hình Việt Nam" as the catalogue has it; but not "Công
       * an nhân dân" */
      return end > 0 ? end : (head->flags & H_ALONE) ? 0 : catalogue_element (ps, k);
    }
  }
}

/* ------------------------------------------------------------------ */
/* the public functions                                                */

/* The word before offset is a head that takes a name: "Công an" in "Bộ
 * Công an" is not a unit of its own */
static gboolean
inside_name (const char *text,
             gsize       offset)
{
  const char *p = text + offset;
  const char *word_end, *word;
  static const char * const name_heads[] = {
    "Bộ", "Sở", "Cục", "Vụ", "Ban", "Viện", "Tổng cục", "Chi cục", "Trường", "Học viện", NULL
  };

  while (p > text && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  word_end = p;
  while (p > text && !g_ascii_isspace (p[-1]) && p[-1] != ',' && p[-1] != ';' && p[-1] != ':'
         && p[-1] != '(' && p[-1] != '"')
    p--;
  word = p;
  if (word == word_end)
    return FALSE;
  for (guint i = 0; name_heads[i] != NULL; i++)
    if (strlen (name_heads[i]) == (gsize) (word_end - word)
        && memcmp (name_heads[i], word, word_end - word) == 0)
      return TRUE;
  return FALSE;
}

/* "Quyết định số 58/QĐ-UBND": the letters after a number's dash or slash
 * name an office in a document number, not a unit */
static gboolean
in_document_number (const char *text,
                    gsize       offset)
{
  const char *p = text + offset;

  while (p > text && (p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\r' || p[-1] == '\t'))
    p--;
  if (p - text < 2 || (p[-1] != '-' && p[-1] != '/'))
    return FALSE;
  return g_ascii_isupper (p[-2]) || g_ascii_isdigit (p[-2]) || ((guchar) p[-2] >= 0x80 && p - 1 > text);
}

static gsize
skip_space (const char *text,
            gsize       length,
            gsize       offset)
{
  while (offset < length)
    {
      gunichar c = g_utf8_get_char_validated (text + offset, length - offset);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        break;
      offset = g_utf8_next_char (text + offset) - text;
    }
  return offset;
}

gboolean
dt_unit_name_starts_at (const char *text,
                        gsize       length,
                        gsize       offset)
{
  Toks t;
  guint n;
  const Head *head;

  g_return_val_if_fail (text != NULL, FALSE);

  offset = skip_space (text, length, offset);
  if (offset >= length)
    return FALSE;
  /* most words start no unit: a quick look at the first letter, which is
   * a capital, or the "c" of "các" */
  {
    gunichar c = g_utf8_get_char_validated (text + offset, length - offset);

    if (c == (gunichar) -1 || c == (gunichar) -2)
      return FALSE;
    if (!g_unichar_isupper (c) && c != 'c' && c != 'n')
      return FALSE;
  }

  tokenize (&t, text, length, offset, 7);
  if (t.n == 0 || t.tok[0].kind != TOK_WORD)
    return FALSE;
  /* "ngành Thuế", "ngành Y tế": a sector names its department */
  if (word_is (&t, 0, "ngành"))
    return is_capital (&t, 1) && !inside_name (text, offset);
  if (class_of_unit (&t, 0))
    return !inside_name (text, offset);
  if (!t.tok[0].upper && !word_is (&t, 0, "các"))
    return FALSE;

  if (word_is (&t, 0, "các"))
    return collective_noun_at (&t, 1, NULL) || head_at (&t, 1, TRUE, NULL) != NULL;
  if (phrase_at (&t, 0, "đồng chí", TRUE) && title_at (&t, 2) > 0)
    return TRUE;
  if (title_at (&t, 0) > 0)
    return TRUE;
  head = head_at (&t, 0, FALSE, &n);
  if (head == NULL)
    return FALSE;
  if (inside_name (text, offset) || (t.tok[0].caps && in_document_number (text, offset)))
    return FALSE;
  if (head->flags & H_PERSON)
    return TRUE;
  if (head->flags & H_ALONE)
    return !alone_in_phrase (&t, n, head->flags);
  if (name_starts (&t, n, head->flags) || word_is (&t, n, "các"))
    return TRUE;
  /* "Đài truyền hình Việt Nam" is how the catalogue may have it */
  return is_word (&t, n) && !t.tok[n].caps
         && (is_capital (&t, n + 1) || is_capital (&t, n + 2) || is_capital (&t, n + 3));
}

/* The units after the first of a list: ", Sở Y tế", "và các Bộ, ngành" */
static guint
parse_rest (Parse    *ps,
            guint     next,
            gboolean  list)
{
  const Toks *t = ps->t;

  while (next > 0 && list)
    {
      guint k = next;
      guint got = 0;

      if (is_punct (t, k, ',') || is_punct (t, k, ';'))
        k++;
      if (word_is (t, k, "và"))
        k++;
      /* a cell of a table: units on lines of their own */
      if (k == next && !(k < t->n && t->tok[k].nl && unit_starts (t, k)))
        break;
      if (unit_starts (t, k) || (word_is (t, k, "các") && head_at (t, k + 1, TRUE, NULL)))
        got = parse_element (ps, k, FALSE);
      else if (ps->head != NULL && is_capital (t, k))
        {
          /* "Sở Y tế, Tài chính và Xây dựng": the head is left out */
          g_autofree char *prefix = capitalize (g_strdup (ps->head));

          got = parse_item (ps, prefix, k, FALSE, 0);
        }
      if (got == 0 && (is_capital (t, k) || word_is (t, k, "ngành")))
        got = parse_element (ps, k, FALSE);
      if (got == 0)
        break;
      next = got;
    }

  return next;
}

static GPtrArray *
match_all (DtUnitCatalog *catalog,
           const char    *text,
           gsize          length,
           gsize          offset,
           gboolean       list,
           gsize         *end)
{
  g_autoptr(GPtrArray) out = NULL;
  g_autofree Toks *t = NULL;
  Parse ps;
  guint next;

  offset = skip_space (text, length, offset);
  if (end)
    *end = offset;
  if (offset >= length || inside_name (text, offset))
    return NULL;
  if (!dt_unit_name_starts_at (text, length, offset))
    {
      /* what only the catalogue knows: "ngành Thuế", "Hải quan" */
      if (catalog == NULL
          || dt_unit_catalog_match_prefix (catalog, text + offset, length - offset, NULL) == 0)
        return NULL;
    }

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
  t = g_new (Toks, 1);
  ps.catalog = catalog;
  ps.t = t;
  ps.out = out;

  /* most names take a few words: read a short window first, and the long
   * one only when what was found reaches the end of the short one */
  for (guint window = SHORT_WINDOW; ; window = MAX_TOKENS)
    {
      tokenize (t, text, length, offset, window);
      ps.head = NULL;
      g_ptr_array_set_size (out, 0);
      next = parse_element (&ps, 0, FALSE);
      next = parse_rest (&ps, next, list);
      if (!t->truncated || window == MAX_TOKENS || next + 14 < t->n)
        break;
    }

  if (out->len == 0)
    return NULL;
  if (end)
    *end = list ? t->tok[next - 1].end : ((DtUnitName *) g_ptr_array_index (out, 0))->end;

  /* duplicates: "Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế" */
  for (guint a = 0; a < out->len; a++)
    for (guint b = out->len - 1; b > a; b--)
      if (g_strcmp0 (((DtUnitName *) out->pdata[a])->name,
                     ((DtUnitName *) out->pdata[b])->name) == 0)
        g_ptr_array_remove_index (out, b);

  return g_steal_pointer (&out);
}

DtUnitName *
dt_unit_name_match (DtUnitCatalog *catalog,
                    const char    *text,
                    gsize          length,
                    gsize          offset,
                    gsize         *end)
{
  g_autoptr(GPtrArray) all = NULL;
  DtUnitName *first;

  g_return_val_if_fail (catalog == NULL || DT_IS_UNIT_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  all = match_all (catalog, text, length, offset, FALSE, end);
  if (all == NULL)
    return NULL;
  first = g_ptr_array_steal_index (all, 0);
  if (end)
    *end = first->end;
  return first;
}

GPtrArray *
dt_unit_name_match_list (DtUnitCatalog *catalog,
                         const char    *text,
                         gsize          length,
                         gsize          offset,
                         gsize         *end)
{
  g_return_val_if_fail (catalog == NULL || DT_IS_UNIT_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return match_all (catalog, text, length, offset, TRUE, end);
}
