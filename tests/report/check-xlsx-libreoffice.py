#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-xlsx-libreoffice.py DIRECTIVES SAMPLE — the report's .xlsx opened by
# a real spreadsheet program: LibreOffice (headless) converts each of its
# sheets to CSV, and every number must be the one our own .csv holds, the
# table by unit (with its total row) and the appendix of overdue
# directives.  Reports itself skipped (a TAP plan of 0) when soffice is absent:
# LibreOffice is too big for the CI's build root.

import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile

exe, sample = sys.argv[1:3]
soffice = shutil.which('soffice') or shutil.which('libreoffice')
if soffice is None:
    print('1..0 # SKIP soffice (LibreOffice) is not installed')
    sys.exit(0)

failures = 0
count = 0


def check(name, condition, detail=''):
    global failures, count
    count += 1
    if condition:
        print(f'ok - {name}')
    else:
        failures += 1
        print(f'not ok - {name}')
        for line in str(detail).splitlines()[:40]:
            print(f'# {line}')


def run(args, tmp):
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'data'),
               XDG_CONFIG_HOME=os.path.join(tmp, 'config'), HOME=tmp)
    return subprocess.run(args, env=env, capture_output=True, timeout=300)


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f))


def numbers(row, columns):
    return [int(float(row[c])) if row[c].strip() else None for c in columns]


with tempfile.TemporaryDirectory(prefix='dt-xlsx-') as tmp:
    db = os.path.join(tmp, 'sample.db')
    p = run([exe, '--database', db, '--import', sample], tmp)
    check('sample imported', p.returncode == 0, p.stderr.decode())
    period = ['--period', '2024-02', '--as-of', '05/03/2024']
    ours_path = os.path.join(tmp, 'report.csv')
    xlsx = os.path.join(tmp, 'report.xlsx')
    for out in (ours_path, xlsx):
        p = run([exe, '--database', db, '--export-report', out] + period, tmp)
        check(f'{os.path.basename(out)} written', p.returncode == 0, p.stderr.decode())

    # every sheet to its own CSV file, UTF-8, comma-separated
    conv = os.path.join(tmp, 'conv')
    os.mkdir(conv)
    p = run([soffice, '--headless', '--norestore', '--convert-to',
             'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
             '--outdir', conv, xlsx], tmp)
    sheets = sorted(glob.glob(os.path.join(conv, '*.csv')))
    check('LibreOffice converted both sheets', p.returncode == 0 and len(sheets) == 2,
          p.stdout.decode() + p.stderr.decode() + str(sheets))

    ours = read_csv(ours_path)
    blank = ours.index([])
    our_units = ours[2:blank]           # title, header, rows…, total
    our_appendix = ours[blank + 3:]     # blank, title, header, rows
    if len(sheets) == 2:
        # the sheets in the workbook's order: by unit, then overdue
        by_unit = [r for r in read_csv(sheets[0])]
        overdue = [r for r in read_csv(sheets[1])]
        if 'Overdue' in sheets[0] or 'Qu' in os.path.basename(sheets[0]):
            by_unit, overdue = overdue, by_unit
        lo_units = by_unit[3:3 + len(our_units)]
        check('as many unit rows (and the total)', len(lo_units) == len(our_units),
              f'{len(lo_units)} != {len(our_units)}')
        mismatches = []
        for ours_row, lo_row in zip(our_units, lo_units):
            if ours_row[1] != lo_row[1] or numbers(ours_row, range(2, 8)) != numbers(lo_row, range(2, 8)):
                mismatches.append(f'{ours_row} != {lo_row}')
        check('every number of the table by unit read back the same', not mismatches, '\n'.join(mismatches))
        check('the total row', lo_units and lo_units[-1][1] == our_units[-1][1],
              lo_units[-1] if lo_units else '')

        lo_appendix = overdue[3:3 + len(our_appendix)]
        check('as many overdue directives', len(lo_appendix) == len(our_appendix),
              f'{len(lo_appendix)} != {len(our_appendix)}')
        mismatches = []
        for ours_row, lo_row in zip(our_appendix, lo_appendix):
            if (numbers(ours_row, [0, 6]) != numbers(lo_row, [0, 6])
                    or ours_row[1] != lo_row[1] or ours_row[5] != lo_row[5]):
                mismatches.append(f'{ours_row[:7]} != {lo_row[:7]}')
        check('every overdue directive read back: unit, deadline, days overdue', not mismatches,
              '\n'.join(mismatches))
        print(f'# {len(our_units) - 1} units and the total, {len(our_appendix)} overdue directives compared')

print(f'1..{count}')
sys.exit(1 if failures else 0)
