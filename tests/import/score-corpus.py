#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the importer on every real document of tests/import/corpus against its gold reading.

Usage: score-corpus.py DIRECTIVES CORPUS_DIR

Each document is extracted with `directives --extract` and scored by corpus/score-extract (a copy of the
scorer shipped beside the project in shared/tools, same rules). Prints the figures of every document and
the corpus totals (micro-averaged over the gold rows), then fails when the importer falls below what
users were promised: corpus recall, lead-unit accuracy >= 0.95, deadline accuracy >= 0.90, precision
>= 0.90, no document under 0.80 recall, the Nghe An sample >= 0.98 on recall, lead and deadline accuracy.
"""
import os
import re
import subprocess
import sys
import tempfile

directives, corpus = sys.argv[1], sys.argv[2]
scorer = os.path.join(corpus, 'score-extract')
SAMPLE = 'nghe-an-ket-luan-2024-01'

docs = sorted(f[:-4] for f in os.listdir(corpus) if f.endswith('.txt'))
totals = dict(gold=0, predicted=0, matched=0.0, correct_pred=0.0, lead=0.0, deadline=0.0)
failures = []
print(f"{'document':45} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>6} {'lead':>6} {'deadl':>6}")
with tempfile.TemporaryDirectory() as tmp:
    for name in docs:
        doc = os.path.join(corpus, name + '.txt')
        gold = os.path.join(corpus, name + '.gold.tsv')
        if not os.path.exists(gold):
            continue
        out = os.path.join(tmp, name + '.tsv')
        with open(out, 'w', encoding='utf-8') as fh:
            r = subprocess.run([directives, '--extract', doc], stdout=fh, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            failures.append(f'{name}: --extract failed: {r.stderr.strip()}')
            continue
        score = subprocess.run([sys.executable, scorer, gold, out, doc], capture_output=True, text=True)
        m = dict(re.findall(r'(\w+)=([\d.]+)', score.stdout))
        if 'recall' not in m:
            failures.append(f'{name}: the scorer failed: {score.stderr.strip()}')
            continue
        g, p = int(m['gold']), int(m['predicted'])
        rec, prec, lead, dl = (float(m[k]) for k in ('recall', 'precision', 'lead_acc', 'deadline_acc'))
        print(f'{name:45} {g:5} {p:5} {rec:7.3f} {prec:6.3f} {lead:6.3f} {dl:6.3f}')
        if name == SAMPLE:
            for what, value, floor in (('recall', rec, 0.98), ('lead accuracy', lead, 0.98),
                                       ('deadline accuracy', dl, 0.98), ('precision', prec, 0.90)):
                if value < floor:
                    failures.append(f'the sample notice: {what} {value:.3f} < {floor}')
            continue
        if rec < 0.80:
            failures.append(f'{name}: recall {rec:.3f} < 0.80')
        totals['gold'] += g
        totals['predicted'] += p
        totals['matched'] += rec * g
        totals['correct_pred'] += prec * p
        totals['lead'] += lead * g
        totals['deadline'] += dl * g

g = max(1, totals['gold'])
corpus_figures = dict(recall=totals['matched'] / g,
                      precision=totals['correct_pred'] / max(1, totals['predicted']),
                      lead=totals['lead'] / g, deadline=totals['deadline'] / g)
print(f"{'corpus (micro-averaged)':45} {totals['gold']:5} {totals['predicted']:5} "
      f"{corpus_figures['recall']:7.3f} {corpus_figures['precision']:6.3f} "
      f"{corpus_figures['lead']:6.3f} {corpus_figures['deadline']:6.3f}")
for what, floor in (('recall', 0.95), ('lead', 0.95), ('deadline', 0.90), ('precision', 0.90)):
    if corpus_figures[what] < floor:
        failures.append(f'corpus {what} {corpus_figures[what]:.3f} < {floor}')
for f in failures:
    print('FAIL:', f)
sys.exit(1 if failures else 0)
