#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-cli.py DIRECTIVES LOCALEDIR SAMPLE — the command line, as a user
# types it: a command that only reads refuses a database that does not
# exist (and creates nothing), and what it says is in the user's language,
# GLib's English included.

import os
import tempfile

from clitest import check, finish, run, sample


with tempfile.TemporaryDirectory(prefix='dt-cli-') as tmp:
    out = os.path.join(tmp, 'out.pdf')

    # a mistyped folder: nothing made, neither the folder nor the PDF
    nodir = os.path.join(tmp, 'nodir', 'x.db')
    rc, err = run(tmp, ['--database', nodir, '--export-timeline', out])
    check('missing folder refused', rc != 0 and 'does not exist' in err, err)
    check('missing folder not made', not os.path.exists(os.path.dirname(nodir)))
    check('no PDF from a missing folder', not os.path.exists(out))

    # a mistyped file name in a folder that exists
    missing = os.path.join(tmp, 'x.db')
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out])
    check('missing database refused', rc != 0 and 'database' in err and 'does not exist' in err, err)
    check('missing database not made', not os.path.exists(missing))
    check('no PDF from a missing database', not os.path.exists(out))

    # the default database, never made yet
    rc, err = run(tmp, ['--export-timeline', out])
    check('missing default database refused', rc != 0 and 'does not exist' in err, err)
    check('no PDF from the missing default database', not os.path.exists(out))

    rc, err = run(tmp, ['--database', missing, '--export-timeline', out], vietnamese=True)
    check('missing database refused in Vietnamese',
          rc != 0 and 'Cơ sở dữ liệu' in err and 'does not exist' not in err, err)

    # a missing notice to import: the reason is ours, translated
    rc, err = run(tmp, ['--database', missing, '--import', os.path.join(tmp, 'none.txt')],
                  vietnamese=True)
    check('missing notice refused in Vietnamese',
          rc != 0 and 'Tệp không tồn tại' in err and 'Error' not in err and 'No such file' not in err,
          err)
    check('nothing made for a missing notice', not os.path.exists(missing))

    # --import makes the database; then the timeline reads it
    rc, err = run(tmp, ['--database', missing, '--import', sample])
    check('import creates the database', rc == 0 and os.path.exists(missing), err)
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out])
    check('export from an existing database', rc == 0 and os.path.exists(out), err)
    everything = run.stdout

    # the meeting's presets: documented, translated, and they narrow the chart
    rc, err = run(tmp, ['--help'])
    check('--preset documented', rc == 0 and '--preset' in run.stdout and 'overdue-30' in run.stdout,
          run.stdout)
    rc, err = run(tmp, ['--help'], vietnamese=True)
    check('--preset documented in Vietnamese',
          rc == 0 and 'overdue-30' in run.stdout and 'quá hạn' in run.stdout, run.stdout)
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out, '--as-of', '20/02/2024',
                        '--preset', 'overdue-30'])
    count_of = lambda text: int(text.split(': ')[1].split(' ')[0]) if ': ' in text else -1
    check('overdue-30 keeps fewer directives',
          rc == 0 and 0 < count_of(run.stdout) < count_of(everything), run.stdout + everything + err)
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out,
                        '--preset', 'unit:Sở Y tế', '--preset', 'notice:xyz'], vietnamese=True)
    check('missing preset notice refused in Vietnamese', rc == 2 and 'xyz' in err and 'No notice' not in err,
          err)
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out, '--preset', 'soon'],
                  vietnamese=True)
    check('unknown preset refused in Vietnamese', rc == 2 and 'soon' in err and 'Unknown' not in err, err)

    # Every error is told the same way, "directives: " and the reason, in
    # the user's language: a notice that is no text, one without a
    # directive, a missing one, a database that cannot be opened, a bad
    # value, a missing database.
    notext = os.path.join(tmp, 'scan.pdf')
    with open(notext, 'wb') as f:
        f.write(bytes(range(256)) * 8)
    nothing = os.path.join(tmp, 'letter.txt')
    with open(nothing, 'w', encoding='utf-8') as f:
        f.write('Kính gửi các đồng chí.\n')
    fresh = os.path.join(tmp, 'fresh.db')
    failing = {
        'import of a file that is no text': (['--database', fresh, '--import', notext], 'scan.pdf'),
        'import of a notice without directives': (['--database', fresh, '--import', nothing],
                                                  'letter.txt'),
        'import of a missing file': (['--database', fresh, '--import', os.path.join(tmp, 'none.txt')],
                                     'none.txt'),
        'import into a missing folder': (['--database', os.path.join(tmp, 'nodir', 'x.db'),
                                          '--import', sample], 'nodir'),
        'extract of a file that is no text': (['--extract', notext], 'scan.pdf'),
        'export with a bad value': (['--database', missing, '--export-timeline', out,
                                     '--scale', 'decade'], 'decade'),
        'export from a missing database': (['--database', os.path.join(tmp, 'never.db'),
                                            '--export-timeline', out], 'never.db'),
    }
    for name, (args, named) in failing.items():
        for vietnamese in (False, True):
            rc, err = run(tmp, args, vietnamese=vietnamese)
            lines = [line for line in err.splitlines() if line.strip()]
            told = lines[-1] if lines else ''
            english = ('Cannot', 'No ', 'The ', 'Unknown', 'does not exist')
            check(f'{name}: told as "directives: …"' + (' in Vietnamese' if vietnamese else ''),
                  rc != 0 and told.startswith('directives: ') and named in told
                  and (not vietnamese or not any(word in told for word in english)), err)

    # a failed import leaves no database behind (a later command would take
    # an empty one for the user's), and one that was there stays as it was
    for args in (['--import', nothing], ['--import', notext]):
        rc, err = run(tmp, ['--database', fresh] + args)
        check(f'no database left by a failed {" ".join(args)}',
              rc != 0 and not any(os.path.exists(fresh + s) for s in ('', '-wal', '-shm', '-journal')),
              err)
    with open(missing, 'rb') as f:
        kept = f.read()
    rc, err = run(tmp, ['--database', missing, '--import', nothing])
    with open(missing, 'rb') as f:
        check('a failed import keeps the existing database', rc != 0 and f.read() == kept, err)
    rc, err = run(tmp, ['--database', missing, '--export-timeline', out])
    check('the existing database still exports', rc == 0, err)

finish()
