#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The importer on the variants of a document that a real import makes, scored against the same gold.

Usage: robustness.py TOOL CORPUS_DIR [--table] [--keep DIR] [--only VARIANT,…]

For every document of CORPUS_DIR that has a gold reading (the corpus and the Nghe An sample), the text is
changed the way a copy from another source changes it, with the words and their order kept:
  wrap         lines longer than 90 characters broken at a space every 60–90 characters (pdftotext)
  wrap-pages   the same, with a page number, a form feed and a running header every ~50 lines
  crlf bom nfd CRLF line ends; a byte order mark; tone marks as combining characters (NFD)
  nbsp         no-break spaces after the list markers and for one space in five
  tabs         list items indented by a tab, and a tab after their marker (a Word list as text)
  markers-dot  "a)" → "a.", "1." → "1)"
  markers-bullet / markers-dash / markers-swap
               "-" → "•" and "+" → "-"; "-" → "–"; "-" ↔ "+"
  case-upper   numbered headings (with the lines they run on to) in capitals;
  case-lower   numbered headings in capitals in sentence case
  docx         the same text as a Word file, one paragraph a line
  pdf          printed as a PDF (TOOL pdf: 12 pt on A4, running header, page numbers), read back by poppler
Every variant is read and extracted by TOOL (as `directives --extract` does) and scored by the scorer
beside the documents (corpus/score-extract, run as it is, against the original text). Prints the micro-
averaged figures of each variant (--table: and of each document) and fails when a family of variants falls
under its floor, or when a variant loses more recall than its family may on one document (FLOORS below).
"""
import contextlib
import io
import os
import random
import re
import runpy
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

# the lowest micro-averaged figures (recall, precision, lead, deadline) over the corpus and the sample a
# family of variants may score, and the most recall one document may lose against its original; the
# originals score 0.988 / 0.963 / 0.988 / 0.984
FLOORS = {
    'text':    (0.98, 0.95, 0.98, 0.98, 0.05),   # crlf bom nfd nbsp tabs
    'wrap':    (0.98, 0.95, 0.98, 0.98, 0.05),   # wrap wrap-pages
    'markers': (0.98, 0.95, 0.98, 0.98, 0.05),   # markers-*
    'case':    (0.93, 0.93, 0.88, 0.93, 0.35),   # case-*
    'docx':    (0.98, 0.95, 0.98, 0.98, 0.05),
    'pdf':     (0.96, 0.94, 0.95, 0.95, 0.12),   # a margin for the fonts' metrics
}

MARKER = r'(?:[-+\u2013\u2022]|\(?[0-9]{1,2}[.)]|\(?[a-zđ][.)]|[IVX]{1,4}\.)'


def family(variant):
    if variant in ('crlf', 'bom', 'nfd', 'nbsp', 'tabs'):
        return 'text'
    return variant.split('-')[0]


def seeded(name):
    return random.Random(sum(ord(c) for c in name))


def wrap(text, rng):
    out = []
    for line in text.split('\n'):
        while len(line) > 90:
            width = rng.randint(60, 90)
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                cut = line.find(' ', width)
                if cut <= 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def running_header(text):
    """the document's first line (after the corpus' "# source:" line), as a PDF's page header"""
    return next((l for l in text.split('\n')[1:] if l.strip() and not l.startswith('|')), '')[:60]


def pages(text, rng, header):
    lines = text.split('\n')
    out, page, at = [], 1, rng.randint(45, 55)
    for i, line in enumerate(lines):
        if i == at:
            page += 1
            out += ['', f'{page - 1}', '\f' + header]
            at += rng.randint(45, 55)
        out.append(line)
    return '\n'.join(out)


def spaces(text, space, rng, inside=True):
    def line(l):
        l = re.sub(r'^(\s*' + MARKER + r') ', lambda m: m.group(1) + space, l)
        return re.sub(' ', lambda m: space if inside and rng.random() < 0.2 else ' ', l)
    return '\n'.join(line(l) for l in text.split('\n'))


def indent(text):
    """a tab before each list item and after its marker, as a Word list copied out as text"""
    return '\n'.join(re.sub(r'^(' + MARKER + r') ', '\t\\1\t', l) for l in text.split('\n'))


def markers(text, kind):
    def line(l):
        if kind == 'dot':
            l = re.sub(r'^(\s*)([a-zđ])\) ', r'\1\2. ', l)
            return re.sub(r'^(\s*)([0-9]{1,2})\. ', r'\1\2) ', l)
        if kind == 'bullet':
            return re.sub(r'^(\s*)([-+]) ', lambda m: m.group(1) + ('\u2022 ' if m.group(2) == '-' else '- '), l)
        if kind == 'dash':
            return re.sub(r'^(\s*)- ', '\\1\u2013 ', l)
        return re.sub(r'^(\s*)([-+]) ', lambda m: m.group(1) + ('+ ' if m.group(2) == '-' else '- '), l)
    lines = text.split('\n')
    out = []
    for i, l in enumerate(lines):
        before = next((x for x in reversed(lines[:i]) if x.strip()), '')
        # "Tập đoàn Công nghiệp -" / "- Viễn thông Quân đội": a dash inside a name, not a marker
        inside = re.match(r'^\s*- ', l) and re.search(r'\w$', before.rstrip()) and not re.match(r'^\s*' + MARKER, before)
        out.append(l if inside else line(l))
    return '\n'.join(out)


SYLLABLE = re.compile(r'^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?'
                      r'[aeiouy]+(ng|nh|ch|[cmnpt])?$')


def fold(word):
    s = unicodedata.normalize('NFD', word.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()


def sentence_case(l):
    words = l.split(' ')
    out = []
    for w in words:
        core = re.sub(r'[^\w&]', '', w)
        # abbreviations (UBND, HĐND, KH&CN, TTg) and roman numerals stay as they are
        if core and (not SYLLABLE.match(fold(core)) or re.fullmatch(r'[IVX]+', core)):
            out.append(w)
        else:
            out.append(w.lower())
    s = ' '.join(out)
    m = re.search(r'[^\W\d_]', s)
    return s[:m.start()] + s[m.start()].upper() + s[m.start() + 1:] if m else s


def heading_lines(lines, i):
    """the lines of the numbered heading at i ("1. Vụ" / "Pháp chế"): up to the next marker or blank line,
    if short and not ending a sentence; None if line i opens none"""
    if not re.match(r'^\s*([IVX]{1,4}|[0-9]{1,2})\. \S', lines[i]):
        return None
    j = i + 1
    while j < len(lines) and lines[j].strip() and not re.match(r'^\s*(' + MARKER + r'|\|)', lines[j]):
        j += 1
    head = ' '.join(lines[i:j])
    return j if len(head) <= 90 and not head.rstrip().endswith((';', '.', ',')) else None


def case(text, kind):
    """upper: numbered headings in capitals; lower: the headings in capitals in sentence case"""
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        j = heading_lines(lines, i)
        if j is None:
            out.append(lines[i])
            i += 1
            continue
        if kind == 'upper':
            out += [x.upper() for x in lines[i:j]]
        else:
            letters = [c for c in ' '.join(lines[i:j]) if c.isalpha()]
            caps = len(letters) >= 6 and all(c.isupper() for c in letters[1:])
            if caps:
                m = re.match(r'^(\s*\S+ )(.*)$', lines[i])
                first = m.group(1) + sentence_case(m.group(2))
                out += [first] + [sentence_case(x)[:1].lower() + sentence_case(x)[1:] for x in lines[i + 1:j]]
            else:
                out += lines[i:j]
        i = j
    return '\n'.join(out)


def docx(text, path):
    from xml.sax.saxutils import escape
    paras = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % escape(re.sub(r'[\x00-\x08\x0b\x0c\x0e-\x1f]', '', l)) for l in text.split('\n'))
    ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                   'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
                   'application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/'
                   'document.xml"/></Relationships>')
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<w:document xmlns:w="{ns}"><w:body>{paras}</w:body></w:document>')


TEXT_VARIANTS = {
    'original': lambda t, r: t,
    'wrap': lambda t, r: wrap(t, r),
    'wrap-pages': lambda t, r: pages(wrap(t, r), r, running_header(t)),
    'crlf': lambda t, r: t.replace('\n', '\r\n'),
    'bom': lambda t, r: '\ufeff' + t,
    'nfd': lambda t, r: unicodedata.normalize('NFD', t),
    'nbsp': lambda t, r: spaces(t, '\u00a0', r),
    'tabs': lambda t, r: indent(t),
    'markers-dot': lambda t, r: markers(t, 'dot'),
    'markers-bullet': lambda t, r: markers(t, 'bullet'),
    'markers-dash': lambda t, r: markers(t, 'dash'),
    'markers-swap': lambda t, r: markers(t, 'swap'),
    'case-upper': lambda t, r: case(t, 'upper'),
    'case-lower': lambda t, r: case(t, 'lower'),
}
VARIANTS = list(TEXT_VARIANTS) + ['docx', 'pdf']


def score(scorer, gold, predicted, document, cache):
    """The scorer's figures, run in this process (as a script, unchanged). What it reads of a prediction
    is its lead units, its deadline and the first words of its text, white space aside: only those are
    kept, and the same are scored once"""
    lines = open(predicted, encoding='utf-8').read().splitlines()
    head = lines[0].split('\t')
    cols = [head.index(c) for c in ('lead_units', 'deadline', 'text')]
    kept = ['lead_units\tdeadline\ttext']
    for line in lines[1:]:
        f = line.split('\t') + [''] * len(head)
        kept.append('\t'.join((f[cols[0]], f[cols[1]], ' '.join(f[cols[2]].split()[:30]))))
    key = (gold, '\n'.join(kept))
    if key not in cache:
        with open(predicted + '.kept', 'w', encoding='utf-8') as fh:
            fh.write(key[1] + '\n')
        out = io.StringIO()
        argv = sys.argv
        sys.argv = [scorer, gold, predicted + '.kept', document]
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_path(scorer, run_name='__main__')
        except SystemExit:
            pass
        finally:
            sys.argv = argv
        m = dict(re.findall(r'(\w+)=([\d.]+)', out.getvalue()))
        cache[key] = (int(m['gold']), int(m['predicted']),
                      *(float(m[k]) for k in ('recall', 'precision', 'lead_acc', 'deadline_acc')))
    return cache[key]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    opts = {a.split('=')[0]: (a.split('=', 1)[1] if '=' in a else True) for a in sys.argv[1:] if a.startswith('--')}
    tool, corpus = args[0], args[1]
    scorer = os.path.join(corpus, 'score-extract')
    variants = opts['--only'].split(',') if '--only' in opts else VARIANTS
    if 'original' not in variants:
        variants = ['original'] + variants
    docs = sorted(f[:-9] for f in os.listdir(corpus) if f.endswith('.gold.tsv'))

    tmp_holder = None if '--keep' in opts else tempfile.TemporaryDirectory()
    tmp = opts['--keep'] if '--keep' in opts else tmp_holder.name
    os.makedirs(tmp, exist_ok=True)
    files, pdfs = {}, []
    for name in docs:
        text = open(os.path.join(corpus, name + '.txt'), encoding='utf-8').read()
        for v in variants:
            path = os.path.join(tmp, f'{name}.{v}')
            if v in TEXT_VARIANTS:
                with open(path + '.txt', 'w', encoding='utf-8', newline='') as fh:
                    fh.write(TEXT_VARIANTS[v](text, seeded(name + v)))
                files[name, v] = path + '.txt'
            elif v == 'docx':
                docx(text, path + '.docx')
                files[name, v] = path + '.docx'
            elif v == 'pdf':
                pdfs += [os.path.join(corpus, name + '.txt'), path + '.pdf']
                files[name, v] = path + '.pdf'
    if pdfs:
        subprocess.run([tool, 'pdf'] + pdfs, check=True)
    outdir = os.path.join(tmp, 'out')
    os.makedirs(outdir, exist_ok=True)
    subprocess.run([tool, 'extract', outdir] + list(files.values()), check=True)

    cache, rows = {}, {}
    for (name, v), path in files.items():
        out = os.path.join(outdir, os.path.basename(path) + '.tsv')
        if open(out, encoding='utf-8').read().startswith('ERROR:'):
            rows[name, v] = None
            continue
        rows[name, v] = score(scorer, os.path.join(corpus, name + '.gold.tsv'), out,
                              os.path.join(corpus, name + '.txt'), cache)

    failures = []
    if '--table' in opts:
        print('recall/precision/lead/deadline of each document and variant')
        print(f"{'variant':15} " + ' '.join(f'{n[:11]:>11}' for n in docs))
        for v in variants:
            cells = []
            for name in docs:
                r = rows[name, v]
                cells.append('      error' if r is None else f'{r[2]:.2f}/{r[5]:.2f}'.rjust(11))
            print(f'{v:15} ' + ' '.join(cells))
        print()
    print(f"{'variant':15} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>6} {'lead':>6} {'deadl':>6}")
    families = {}
    for v in variants:
        t = dict(gold=0, pred=0, rec=0.0, prec=0.0, lead=0.0, dl=0.0)
        for name in docs:
            r = rows[name, v]
            o = rows[name, 'original']
            if r is None:
                failures.append(f'{name} as {v}: not read')
                r = (o[0], 0, 0.0, 0.0, 0.0, 0.0)
            g, p, rec, prec, lead, dl = r
            if v != 'original' and o is not None and rec < o[2] - FLOORS[family(v)][4]:
                failures.append(f'{name} as {v}: recall {rec:.3f}, {o[2]:.3f} as written')
            t['gold'] += g
            t['pred'] += p
            t['rec'] += rec * g
            t['prec'] += prec * p
            t['lead'] += lead * g
            t['dl'] += dl * g
        g = max(1, t['gold'])
        fig = (t['rec'] / g, t['prec'] / max(1, t['pred']), t['lead'] / g, t['dl'] / g)
        print(f"{v:15} {t['gold']:5} {t['pred']:5} {fig[0]:7.3f} {fig[1]:6.3f} {fig[2]:6.3f} {fig[3]:6.3f}")
        if v != 'original':
            families.setdefault(family(v), []).append((v, fig))
    for fam, members in families.items():
        for v, fig in members:
            for what, value, floor in zip(('recall', 'precision', 'lead', 'deadline'), fig, FLOORS[fam][:4]):
                if value < floor:
                    failures.append(f'{v}: {what} {value:.3f} < {floor} (family {fam})')
    for f in failures:
        print('FAIL:', f)
    if tmp_holder:
        tmp_holder.cleanup()
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
