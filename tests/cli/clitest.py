# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the command-line checks share: their arguments (DIRECTIVES LOCALEDIR
# SAMPLE), running `directives` as a user would (its own data and config
# folders, in English or in Vietnamese), and the TAP lines.

import os
import subprocess
import sys

exe, localedir, sample = sys.argv[1:4]
failures = 0
count = 0


def run(tmp, args, vietnamese=False):
    env = dict(os.environ)
    env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
    env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
    if vietnamese:
        env.update(LANGUAGE='vi', LANG='vi_VN.UTF-8', LC_ALL='vi_VN.UTF-8', DT_LOCALEDIR=localedir)
    p = subprocess.run([exe] + args, env=env, capture_output=True, timeout=120)
    run.stdout = p.stdout.decode('utf-8', 'replace')
    return p.returncode, p.stderr.decode('utf-8', 'replace')


def check(name, condition, detail=''):
    global failures, count
    count += 1
    if condition:
        print(f'ok - {name}')
    else:
        failures += 1
        print(f'not ok - {name}')
        for line in detail.splitlines():
            print(f'# {line}')


def finish():
    print(f'1..{count}')
    sys.exit(1 if failures else 0)
