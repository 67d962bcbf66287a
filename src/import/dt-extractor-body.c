/* dt-extractor-body.c — the body of a notice as an outline of items
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body is read in two passes.  The first (dt-extractor-outline.c) joins lines into paragraphs
 * and nests them by their list markers, the way a reader sees the outline:
 * a marker kind not seen yet ("a)" after "1.") opens a level below the
 * current one, a kind already open ("2." after "1.") closes the levels
 * below it.  A paragraph without a marker belongs to the nearest heading
 * or announcing paragraph above it ("… các nhiệm vụ sau:").
 *
 * The second pass reads each paragraph with what its ancestors say: a
 * heading that names a unit ("1. Sở Công Thương", "2. Bộ Xây dựng:",
 * "Cục X có trách nhiệm:") puts that unit in charge of the items below
 * it; a paragraph that names its own subject ("Giao Sở X …", "Sở X chủ trì
 * …", "Đề nghị X …") is a directive of that unit; a paragraph that only
 * announces its items is not a directive itself; sections that report,
 * evaluate or state purposes give none.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"
#include "dt-text.h"

static gboolean
elaborates (const char *clause)
{
  /* "; nhất là …", "; trong đó …": the clause says more of the task
   * before it, it is not a task of its own */
  static const char *const words[] = {
    "nhất là", "đặc biệt là", "trong đó", "kể cả", "bao gồm", "cụ thể", "như ", "nhằm", "để ",
  };
  g_autofree char *head = NULL;
  const char *end;

  while (*clause == ' ')
    clause++;
  /* its first characters, whole */
  end = clause;
  for (guint i = 0; i < 16 && *end != '\0'; i++)
    end = g_utf8_find_next_char (end, NULL);
  head = g_utf8_strdown (clause, end - clause);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (head, words[i]))
      return TRUE;
  return FALSE;
}

/* the shortest clause read as a task of its own: "lập hồ sơ trước ngày
 * 30/6" has 24 characters; less is a date with a word or two */
#define MIN_TASK_CHARS 24

/* a date of its own (not a season's or a holiday's guess), and words
 * enough for a task */
static gboolean
is_dated_task (Context    *ctx,
               const char *clause)
{
  g_autoptr(DtDeadline) dl = dt_deadline_parse_full (clause, -1, ctx->reference, NULL, 0);

  return dl != NULL && dl->date != DT_DATE_NONE && !dl->inherited && !dl->approximate
         && dl->recurrence == DT_RECURRENCE_NONE && g_utf8_strlen (clause, -1) >= MIN_TASK_CHARS;
}

/* "… xong trong Quý IV năm 2017; công trình Y hoàn thành trong tháng 3
 * năm 2018; khẩn trương sửa Z xong trước ngày 30/8/2017.": one item that
 * lists several tasks, each with a date of its own, is that many
 * directives.  Cut after each clause (up to a ";" outside brackets and
 * quotes) that gives a date; clauses without one go with the task before
 * them, or the first with the next.  Each clause is read once (a
 * paragraph may be megabytes).  NULL unless it makes two tasks or more. */
static GPtrArray *
split_dated_tasks (Context    *ctx,
                   const char *text)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_free);
  const char *from = text;     /* the task being gathered */
  const char *clause_start = text;
  const char *p = text;
  int depth = 0;
  gboolean quoted = FALSE;

  for (;; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (*p == '"')
        quoted = !quoted;
      else if (g_str_has_prefix (p, "\u201c"))   /* “ … ” */
        quoted = TRUE;
      else if (g_str_has_prefix (p, "\u201d"))
        quoted = FALSE;
      else if (*p == '\0' || (*p == ';' && depth == 0 && !quoted))
        {
          g_autofree char *clause = NULL;

          if (*p == '\0')
            break;
          clause = g_strstrip (g_strndup (clause_start, p - clause_start));
          if (is_dated_task (ctx, clause) && !elaborates (p + 1))
            {
              g_ptr_array_add (tasks, g_strndup (from, p + 1 - from));
              from = p + 1;
            }
          clause_start = p + 1;
        }
    }
  if (tasks->len == 0)
    return NULL;
  /* what follows the last cut: a task of its own when its last clause
   * gives a date, else the end of the task before */
  {
    g_autofree char *rest = g_strstrip (g_strdup (from));
    g_autofree char *last_clause = g_strstrip (g_strdup (clause_start));

    if (*rest != '\0')
      {
        if (is_dated_task (ctx, last_clause))
          g_ptr_array_add (tasks, g_strdup (from));
        else
          {
            char *last = g_ptr_array_index (tasks, tasks->len - 1);

            tasks->pdata[tasks->len - 1] = g_strconcat (last, from, NULL);
            g_free (last);
          }
      }
  }
  if (tasks->len < 2)
    return NULL;
  for (guint i = 0; i < tasks->len; i++)
    {
      char *task = g_ptr_array_index (tasks, i);
      gsize len;

      g_strstrip (task);
      len = strlen (task);
      /* the clause's ";" is not the task's */
      if (len > 0 && task[len - 1] == ';')
        task[len - 1] = '\0';
      g_strchomp (task);
    }
  return g_steal_pointer (&tasks);
}

static void
scope_free (gpointer data)
{
  Scope *scope = data;

  if (scope == NULL)
    return;
  g_clear_pointer (&scope->leads, g_ptr_array_unref);
  g_clear_pointer (&scope->deadline, dt_deadline_free);
  g_free (scope->where);
  g_free (scope->category);
  g_free (scope);
}

char *
_dt_extractor_heading_text (const char *text)
{
  char *heading = _dt_extractor_collapse_spaces (text);
  gsize n = strlen (heading);

  while (n > 0 && (heading[n - 1] == '.' || heading[n - 1] == ':' || heading[n - 1] == ' '))
    heading[--n] = '\0';
  return heading;
}

/* ------------------------------------------------------------------------ */
/* Reading the paragraphs                                                    */

static gboolean
starts_with_any (const DtFolded     *f,
                 gsize               p,
                 const char * const *prefixes)
{
  return _dt_extractor_eat_any (f, &p, prefixes);
}

/* Sections and paragraphs that report, evaluate or explain: no tasks */
static gboolean
is_report_heading (const DtFolded *f)
{
  static const char * const report[] = {
    "ket qua", "kho khan", "han che", "ton tai", "danh gia", "tinh hinh", "muc dich",
    "yeu cau", "muc tieu", "quan diem", "can cu", "co so", "ghi nhan", "mot so ton tai",
    "nhung ket qua", "ve tinh hinh", "ve ket qua", "ve trien khai", "pham vi", "doi tuong",
    "nguyen nhan", "bai hoc", NULL
  };
  gsize p = 0;

  if (!starts_with_any (f, p, report))
    return FALSE;
  /* "Kết quả …; nhiệm vụ, giải pháp …" is about the tasks */
  return strstr (f->text, "nhiem vu") == NULL && strstr (f->text, "giai phap") == NULL
         && strstr (f->text, "phuong huong") == NULL && strstr (f->text, "to chuc thuc hien") == NULL;
}

/* "theo dõi, đôn đốc … thực hiện Công điện này" is a task of its own */
static gboolean
monitors (const DtFolded *f,
          gsize           from,
          gsize           to)
{
  static const char * const verbs[] = { "theo doi", "don doc", "kiem tra", "tong hop", NULL };
  g_autofree char *before = g_strndup (f->text + from, to - from);

  for (guint i = 0; verbs[i] != NULL; i++)
    if (strstr (before, verbs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A paragraph that is not a task even if it names a unit: praise,
 * approval, a closing formula */
static gboolean
is_not_a_task (const DtFolded *f,
               gsize           from)
{
  static const char * const openings[] = {
    "ghi nhan", "bieu duong", "danh gia cao", "dong y", "nhat tri", "hoan toan nhat tri",
    "thong nhat voi", "co ban thong nhat", "tran trong thong bao", "thong bao de", "noi nhan",
    "chiu trach nhiem truoc", "trong qua trinh thuc hien, neu", "trong qua trinh to chuc thuc hien",
    "qua trinh thuc hien", NULL
  };
  static const char * const documents[] = {
    "chi thi", "nghi quyet", "ke hoach", "quyet dinh", "thong bao", "cong dien", "cong van",
    "van ban", "cac noi dung neu tren", "cac noi dung tren", "noi dung tren", "cac nhiem vu neu tren",
    "cac nhiem vu tren", NULL
  };
  const char *at;

  if (starts_with_any (f, from, openings))
    return TRUE;
  /* "Văn phòng Chính phủ thông báo để các Bộ … biết, thực hiện./." */
  if (strstr (f->text, "thong bao de") != NULL || strstr (f->text, "biet, thuc hien") != NULL
      || strstr (f->text, "biet va thuc hien") != NULL || strstr (f->text, "biet de thuc hien") != NULL)
    return TRUE;
  /* "… tổ chức thực hiện nghiêm túc Chỉ thị này.", "… có trách nhiệm thực
   * hiện Nghị quyết.": carrying out the document itself */
  if (f->len - from < 300 && (at = strstr (f->text + from, "thuc hien")) != NULL
      && !monitors (f, from, at - f->text))
    {
      gsize q = at - f->text + strlen ("thuc hien");

      _dt_extractor_eat_any (f, &q, (const char *[]) { "nghiem tuc", "nghiem chinh", "nghiem", "tot",
                                                        "day du", "co hieu qua", "hieu qua", NULL });
      /* … and nothing after it: "… và báo cáo kết quả …" is a task */
      if (_dt_extractor_eat_any (f, &q, documents))
        {
          _dt_extractor_eat (f, &q, "nay");
          while (q < f->len && strchr (" ./;", f->text[q]) != NULL)
            q++;
          if (q >= f->len)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
lists_report_contents (const DtFolded *f)
{
  gsize tail = f->len > 160 ? f->len - 160 : 0;
  const char *report = strstr (f->text + tail, "bao cao");

  return report != NULL && strstr (report, "noi dung") != NULL;
}

/* After the subject: nothing but "có trách nhiệm:", "thực hiện các nhiệm
 * vụ sau:" — the tasks are the items below */
static gboolean
rest_announces (const DtFolded *f,
                gsize           p,
                gboolean        announces)
{
  while (p < f->len && (f->text[p] == ' ' || f->text[p] == ',' || f->text[p] == '.'))
    p++;
  if (p >= f->len || (f->text[p] == ':' && p + 2 >= f->len))
    return TRUE;
  return announces && f->len - p <= 90;
}

static void
skip_label (const DtFolded *f,
            gsize          *p)
{
  _dt_extractor_skip_separators (f, p);
  while (*p < f->len && (f->text[*p] == ';' || f->text[*p] == '.'))
    (*p)++;
  _dt_extractor_skip_separators (f, p);
}

char *
_dt_extractor_node_where (Context     *ctx,
            const Node  *node,
            const Scope *parent)
{
  char number[LINE_NUMBER_SIZE];
  char buf[16];

  _dt_extractor_line_number (ctx, _dt_extractor_line (ctx, node->first), number);

  if (node->style == STYLE_DASH || node->style == STYLE_PLUS || node->style == STYLE_BULLET)
    {
      g_snprintf (buf, sizeof buf, "%u", node->index);
      if (parent != NULL && parent->where != NULL && parent->where[0] != '\0')
        return g_strdup_printf ("%s-%s", parent->where, buf);
      return g_strdup (buf);
    }
  if (parent == NULL || parent->where == NULL || parent->where[0] == '\0')
    return g_strdup (number);
  if (number[0] == '\0')
    return g_strdup (parent->where);
  if (strchr (number, '.') != NULL)
    {
      /* "3.1" under "I.3": "I.3.1" */
      const char *w = parent->where;
      const char *cut = w;

      while (*cut != '\0' && !g_ascii_isdigit (*cut))
        {
          const char *dot = strchr (cut, '.');

          if (dot == NULL)
            {
              cut += strlen (cut);
              break;
            }
          cut = dot + 1;
        }
      if (cut == w)
        return g_strdup (number);
      return g_strdup_printf ("%.*s%s", (int) (cut - w), w, number);
    }
  return g_strdup_printf ("%s.%s", parent->where, number);
}

static GPtrArray *
copy_leads (GPtrArray *leads)
{
  GPtrArray *copy;

  if (leads == NULL)
    return NULL;
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
  for (guint i = 0; i < leads->len; i++)
    {
      const DtUnitName *unit = g_ptr_array_index (leads, i);
      DtUnitName *c = _dt_extractor_lead_new (unit->kind, unit->name);

      c->vague = unit->vague;
      g_ptr_array_add (copy, c);
    }
  return copy;
}

/* "./.": the end of a Vietnamese administrative text */
static gboolean
ends_document (const DtFolded *f)
{
  gsize n = f->len;

  while (n > 0 && f->text[n - 1] == ' ')
    n--;
  return n >= 3 && memcmp (f->text + n - 3, "./.", 3) == 0;
}

/* "các cơ quan, đơn vị liên quan": nobody in particular */
static gboolean
leads_are_vague (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    if (!((DtUnitName *) g_ptr_array_index (leads, i))->vague)
      return FALSE;
  return TRUE;
}

static gboolean
leads_are_collective (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    if (((DtUnitName *) g_ptr_array_index (leads, i))->kind != DT_UNIT_NAME_COLLECTIVE)
      return FALSE;
  return TRUE;
}

/* A people's committee or the Government directs others: "Đề nghị UBND
 * tỉnh chỉ đạo Sở X …" is Sở X's task */
static gboolean
leads_direct (GPtrArray *leads)
{
  for (guint i = 0; leads != NULL && i < leads->len; i++)
    {
      const DtUnitName *unit = g_ptr_array_index (leads, i);
      g_autofree char *f = dt_text_fold (unit->name);

      /* "UBND các tỉnh chỉ đạo Ban quản lý …", "UBND cấp huyện chỉ đạo UBND
       * cấp xã …": each one's own body, nobody in particular */
      if (unit->kind == DT_UNIT_NAME_COLLECTIVE || strstr (f, " cac ") != NULL || strstr (f, " cap ") != NULL)
        return FALSE;
      if (!g_str_has_prefix (f, "uy ban nhan dan") && !g_str_has_prefix (f, "chinh phu"))
        return FALSE;
    }
  return leads != NULL && leads->len > 0;
}

/* The scopes of the paragraphs around the one being read, outermost first,
 * and their nodes: the outline lists a paragraph's descendants right after
 * it, so those of the paragraphs read before that are not around it are
 * done with */
typedef struct
{
  GPtrArray *scopes;   /* of Scope */
  GArray    *owners;   /* of guint: node numbers */
} ScopeStack;

static const Scope *
scope_stack_find (ScopeStack *stack,
                  gint        node)
{
  while (stack->owners->len > 0
         && (node < 0 || g_array_index (stack->owners, guint, stack->owners->len - 1) != (guint) node))
    {
      g_ptr_array_set_size (stack->scopes, stack->scopes->len - 1);
      g_array_set_size (stack->owners, stack->owners->len - 1);
    }
  return stack->scopes->len > 0 ? g_ptr_array_index (stack->scopes, stack->scopes->len - 1) : NULL;
}

static void
read_node (Context      *ctx,
           GArray       *nodes,
           ScopeStack   *stack,
           guint         n)
{
  const Node *node = &g_array_index (nodes, Node, n);
  const Scope *up;
  Scope *scope = NULL;
  Para para = { 0 };
  Assignment a = { 0 };
  const DtFolded *f;
  gboolean found, directive = FALSE, heading_unit = FALSE, inherited_scope = FALSE;
  g_autoptr(GPtrArray) delegated = NULL;

  if (node->merged)
    return;
  up = scope_stack_find (stack, node->parent);

  _dt_extractor_para_init (&para, ctx->text, ctx->lines, node->first, node->last, TRUE);
  f = &para.folded;

  if (node->n_children > 0)
    {
      scope = g_new0 (Scope, 1);
      g_ptr_array_add (stack->scopes, scope);
      g_array_append_val (stack->owners, n);
      scope->where = _dt_extractor_node_where (ctx, node, up);
      scope->category = up ? g_strdup (up->category) : NULL;
      scope->skip = up ? up->skip : FALSE;
      scope->leads = up ? copy_leads (up->leads) : NULL;
      scope->deadline = up && up->deadline ? dt_deadline_copy (up->deadline) : NULL;
      if (node->heading || node->style == STYLE_ROMAN || node->style == STYLE_ARTICLE)
        {
          g_free (scope->category);
          scope->category = _dt_extractor_heading_text (para.text);
        }
    }

  if ((up != NULL && (up->skip || (up->contents && node->style != STYLE_NONE))) || f->len == 0)
    goto out;

  if (node->n_children > 0 && (node->heading || node->style == STYLE_ROMAN) && is_report_heading (f))
    {
      scope->skip = TRUE;
      goto out;
    }

  /* "a) Nhiệm vụ: … b) Cơ quan chủ trì: … c) Thời gian: …" */
  if (node->n_children >= 2 && _dt_extractor_read_field_block (ctx, nodes, n, up, &para))
    {
      scope->skip = TRUE;
      goto out;
    }

  found = _dt_extractor_find_assignment (ctx, &para, 0, up != NULL && up->leads != NULL, &a);

  /* "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh: …": the unit directed; but
   * under "- Sở Công Thương:", "chỉ đạo Công ty X …" is the Sở's task */
  if (found && !a.guessed && up != NULL && up->leads != NULL && !leads_direct (up->leads)
      && starts_with_any (f, 0, (const char *[]) { "chi dao", NULL }))
    {
      g_clear_pointer (&a.leads, g_ptr_array_unref);
      found = FALSE;
    }
  if (found && !a.guessed && leads_direct (a.leads))
    {
      gsize q = a.text_start;

      if (_dt_extractor_eat (f, &q, "chi dao")
          && (delegated = _dt_extractor_match_unit_list (ctx, &para, &q)) != NULL
          && !leads_are_collective (delegated))
        {
          g_ptr_array_unref (a.leads);
          a.leads = g_steal_pointer (&delegated);
          a.text_start = q;
        }
    }

  if (found && !a.guessed && rest_announces (f, a.text_start, node->announces)
      && !(node->announces && lists_report_contents (f)))
    heading_unit = TRUE;

  if (scope != NULL)
    {
      /* the items below are this paragraph's subject's */
      if (found && (heading_unit || node->announces || (!a.guessed && !leads_are_collective (a.leads))))
        {
          g_clear_pointer (&scope->leads, g_ptr_array_unref);
          scope->leads = copy_leads (a.leads);
        }
      else if (!found && node->heading)
        {
          /* "II. Nhiệm vụ chủ yếu của Bộ X", "Trách nhiệm của Sở Y" */
          const char *of = strstr (f->text, " cua ");

          if (of != NULL)
            {
              gsize q = of - f->text + 5;
              g_autoptr(GPtrArray) owners = _dt_extractor_match_unit_list (ctx, &para, &q);

              if (owners != NULL && !leads_are_collective (owners))
                {
                  g_clear_pointer (&scope->leads, g_ptr_array_unref);
                  scope->leads = g_steal_pointer (&owners);
                }
            }
        }
      /* a heading's time frame: "3. Nhiệm vụ tháng 02 và quý I năm 2024" */
      if (node->brief && (!found || heading_unit || node->announces))
        {
          DtDeadline *dl = dt_deadline_parse_full (para.text, -1, ctx->reference, NULL,
                                                   DT_DEADLINE_PARSE_PRECISE_ONLY);

          if (dl != NULL && dl->date != DT_DATE_NONE)
            {
              g_clear_pointer (&scope->deadline, dt_deadline_free);
              scope->deadline = dl;
            }
          else
            dt_deadline_free (dl);
        }
    }

  /* "… báo cáo cụ thể về một số nội dung sau:": the items are what the
   * report holds, the paragraph is the task */
  if (found && !heading_unit && node->announces && lists_report_contents (f))
    {
      if (scope != NULL)
        scope->contents = TRUE;
    }
  else if (heading_unit)
    goto out;
  else if (node->n_children > 0 && node->announces)
    goto out;   /* "… thực hiện các nhiệm vụ sau:" */
  if (!found && node->n_children > 0 && node->heading)
    goto out;   /* "3.1. Về kinh tế" */

  inherited_scope = !found && up != NULL && up->leads != NULL;
  if (inherited_scope)
    {
      a.leads = copy_leads (up->leads);
      a.text_start = 0;
      found = TRUE;
    }
  if (!found || a.leads == NULL || a.leads->len == 0)
    goto out;
  /* "… yêu cầu các cơ quan, đơn vị … triển khai thực hiện./.": the
   * document's last words, to nobody in particular */
  if (leads_are_vague (a.leads) && ends_document (f))
    goto out;

  {
    gsize start = a.text_start;
    g_autofree char *raw = NULL;
    g_autofree char *text = NULL;
    g_autofree char *where = NULL;
    g_autofree char *id = NULL;
    g_autoptr(DtDeadline) own = NULL;

    /* a topic label before the task: "Về …: " */
    if (start == 0)
      {
        gsize q = 0;

        if (_dt_extractor_eat (f, &q, "ve"))
          {
            const char *colon = memchr (f->text, ':', MIN (f->len, 300));

            if (colon != NULL && (gsize) (colon - f->text) + 2 < f->len)
              start = colon - f->text + 1;
          }
      }
    skip_label (f, &start);
    if (start >= f->len || f->len - start < 8 || is_not_a_task (f, start) || is_not_a_task (f, 0))
      goto out;

    where = _dt_extractor_node_where (ctx, node, up);
    directive = TRUE;
    /* one paragraph may hold several assignments: "…; Bộ X hướng dẫn …" */
    while (TRUE)
      {
        Assignment next = { 0 };
        gsize next_start = inherited_scope ? 0 : _dt_extractor_next_assignment (ctx, &para, a.text_start, &next);
        gsize stop = next_start > start ? next_start : f->len;

        {
          gsize from = _dt_folded_source (f, start);

          raw = g_strndup (para.text + from, _dt_folded_source (f, stop) - from);
        }
        text = _dt_extractor_collapse_spaces (raw);
        g_clear_pointer (&raw, g_free);   /* a paragraph may be megabytes */
        {
          g_autoptr(GPtrArray) tasks = split_dated_tasks (ctx, text);
          guint n_tasks = tasks != NULL ? tasks->len : 1;

          for (guint t = 0; t < n_tasks; t++)
            {
              const char *task = tasks != NULL ? g_ptr_array_index (tasks, t) : text;

              own = dt_deadline_parse (task, -1, ctx->reference, NULL);
              ctx->n_body++;
              id = g_strdup_printf ("B%u", ctx->n_body);
              _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, up ? up->category : NULL,
                                             &para, &a, NULL, task, own, up ? up->deadline : NULL);
              g_clear_pointer (&id, g_free);
              g_clear_pointer (&own, dt_deadline_free);
            }
        }
        g_clear_pointer (&raw, g_free);
        g_clear_pointer (&text, g_free);
        g_clear_pointer (&id, g_free);
        g_clear_pointer (&own, dt_deadline_free);
        if (next_start <= start)
          {
            _dt_extractor_assignment_clear (&next);
            break;
          }
        _dt_extractor_assignment_clear (&a);
        a = next;
        start = a.text_start;
        skip_label (f, &start);
        if (start >= f->len)
          break;
      }
  }

out:
  /* a directive's own deadline is not its items' */
  if (directive && scope != NULL)
    g_clear_pointer (&scope->deadline, dt_deadline_free);
  _dt_extractor_assignment_clear (&a);
  _dt_extractor_para_clear (&para);
}

void
_dt_extractor_read_body (Context *ctx,
                         guint    first,
                         guint    last)
{
  g_autoptr(GArray) nodes = _dt_extractor_build_outline (ctx, first, last);
  g_autoptr(GPtrArray) scopes = g_ptr_array_new_with_free_func (scope_free);
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (guint));
  ScopeStack stack = { scopes, owners };

  for (guint n = 0; n < nodes->len; n++)
    {
      read_node (ctx, nodes, &stack, n);
      if (_dt_extractor_check_point (ctx, g_array_index (nodes, Node, n).first))
        break;
    }
}
