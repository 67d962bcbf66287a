#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-report-cli.py DIRECTIVES LOCALEDIR SAMPLE — `directives
# --export-report`, as a user types it: the three files written whole, exit
# 0 only then; an empty period, a database without directives and a path
# that cannot be written refused with a clear message (in the user's
# language), nothing half-written, and a file already there left as it was.

import os
import tempfile

from clitest import check, finish, run, sample


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.startswith('.')]


with tempfile.TemporaryDirectory(prefix='dt-report-cli-') as tmp:
    db = os.path.join(tmp, 'sample.db')
    out_dir = os.path.join(tmp, 'out')
    os.mkdir(out_dir)
    rc, err = run(tmp, ['--database', db, '--import', sample])
    check('sample imported', rc == 0, err)

    period = ['--period', '2024-02', '--as-of', '05/03/2024']
    for ext, magic in (('pdf', b'%PDF'), ('xlsx', b'PK\x03\x04'), ('csv', b'\xef\xbb\xbf')):
        out = os.path.join(out_dir, 'report.' + ext)
        rc, err = run(tmp, ['--database', db, '--export-report', out] + period)
        with open(out, 'rb') if os.path.exists(out) else open(os.devnull, 'rb') as f:
            head = f.read(4)
        check(f'{ext} written, exit 0', rc == 0 and head.startswith(magic), err)
        check(f'{ext}: what was written is said', 'report.' + ext in run.stdout, run.stdout)
    check('no temporary file left', leftovers(out_dir) == [], str(leftovers(out_dir)))

    rc, err = run(tmp, ['--database', db, '--export-report', os.path.join(out_dir, 'q.csv'),
                        '--from', '01/01/2024', '--to', '31/03/2024', '--as-of', '05/03/2024'])
    check('two dates', rc == 0, err)

    # an empty period: refused, and the file already there left as it was
    old = os.path.join(out_dir, 'old.pdf')
    with open(old, 'wb') as f:
        f.write(b'before')
    rc, err = run(tmp, ['--database', db, '--export-report', old, '--period', '2023-06'])
    check('empty period refused', rc == 1 and 'No directive falls in June 2023' in err, err)
    with open(old, 'rb') as f:
        check('empty period: the file there is untouched', f.read() == b'before')
    rc, err = run(tmp, ['--database', db, '--export-report', old, '--period', '2023-06'], vietnamese=True)
    check('empty period refused in Vietnamese',
          rc == 1 and 'Không có nhiệm vụ nào trong tháng 06/2023' in err, err)

    # a database without directives
    empty = os.path.join(tmp, 'empty.db')
    open(empty, 'wb').close()
    out = os.path.join(out_dir, 'none.pdf')
    rc, err = run(tmp, ['--database', empty, '--export-report', out, '--period', '2024-02'])
    check('database without directives refused', rc == 1 and 'holds no directives' in err, err)
    check('nothing written from it', not os.path.exists(out))
    rc, err = run(tmp, ['--database', empty, '--export-report', out], vietnamese=True)
    check('database without directives refused in Vietnamese', rc == 1 and 'chưa có nhiệm vụ nào' in err, err)

    # a path that cannot be written
    bad = os.path.join(tmp, 'no-such-folder', 'r.xlsx')
    rc, err = run(tmp, ['--database', db, '--export-report', bad] + period)
    check('unwritable path refused', rc == 1 and 'Cannot write the report' in err and 'r.xlsx' in err, err)
    rc, err = run(tmp, ['--database', db, '--export-report', bad] + period, vietnamese=True)
    check('unwritable path refused in Vietnamese', rc == 1 and 'Không ghi được báo cáo' in err, err)

    # bad values
    rc, err = run(tmp, ['--database', db, '--export-report', os.path.join(out_dir, 'x.doc')])
    check('unknown format refused', rc == 2 and '.xlsx' in err, err)
    rc, err = run(tmp, ['--database', db, '--export-report', os.path.join(out_dir, 'x.pdf'),
                        '--period', '2024-13'])
    check('bad period refused', rc == 2 and '2024-13' in err, err)
    rc, err = run(tmp, ['--database', db, '--export-report', os.path.join(out_dir, 'x.pdf'),
                        '--period', '2024-02', '--from', '01/02/2024'])
    check('period and dates refused together', rc == 2, err)
    rc, err = run(tmp, ['--database', db, '--export-report', os.path.join(out_dir, 'x.pdf'),
                        '--notice', 'no-such-notice'] + period)
    check('unknown notice refused', rc == 2 and 'no-such-notice' in err, err)
    check('nothing written for bad values', not os.path.exists(os.path.join(out_dir, 'x.pdf')))

    # a database that does not exist is not made
    missing = os.path.join(tmp, 'missing.db')
    rc, err = run(tmp, ['--database', missing, '--export-report', os.path.join(out_dir, 'm.pdf')])
    check('missing database refused', rc != 0 and not os.path.exists(missing), err)

finish()
