#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `meson install` into a temporary folder gives a working application: the
# binary, desktop file, metainfo, icons, schema, Vietnamese translation and
# the sample notice are where a desktop looks for them, and the installed
# binary starts (--version) and reads the sample notice (--extract).
#
# usage: check-install.py MESON BUILDDIR PREFIX BINDIR DATADIR LOCALEDIR APP_ID VERSION

import os
import shutil
import subprocess
import sys
import tempfile

meson, builddir, prefix, bindir, datadir, localedir, app_id, version = sys.argv[1:9]

# flatpak-builder runs the tests inside the SDK before it installs anything;
# there the installed application is checked afterwards, from outside, by
# `build-aux/dev flatpak`. Exit 77: meson counts the test as skipped.
if os.environ.get('FLATPAK_BUILDER_BUILDDIR') or os.path.exists('/.flatpak-info'):
    print('SKIP: inside a Flatpak build sandbox, where flatpak-builder runs the tests before '
          'installing; build-aux/dev flatpak checks the installed application instead')
    sys.exit(77)

failures = []

def check(ok, what):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)
    return ok

def under(root, folder, *parts):
    # Meson's install paths are absolute or relative to the prefix.
    if not os.path.isabs(folder):
        folder = os.path.join(prefix, folder)
    return os.path.join(root + folder, *parts)

tmp = tempfile.mkdtemp(prefix='directives-install-')
try:
    destdir = os.path.join(tmp, 'dest')
    result = subprocess.run([meson, 'install', '-C', builddir, '--no-rebuild',
                             '--quiet', '--destdir', destdir],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if not check(result.returncode == 0, 'meson install --destdir succeeds'):
        print(result.stdout)
        sys.exit(1)

    binary = under(destdir, bindir, 'directives')
    expected = [
        (binary, 'the binary'),
        (under(destdir, datadir, 'applications', app_id + '.desktop'), 'the desktop file'),
        (under(destdir, datadir, 'metainfo', app_id + '.metainfo.xml'), 'the metainfo'),
        (under(destdir, datadir, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
         'the full-colour icon'),
        (under(destdir, datadir, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg'),
         'the symbolic icon'),
        (under(destdir, datadir, 'glib-2.0', 'schemas', app_id + '.gschema.xml'), 'the GSettings schema'),
        (under(destdir, localedir, 'vi', 'LC_MESSAGES', 'directives.mo'), 'the Vietnamese translation'),
        (under(destdir, datadir, 'directives', 'samples', 'nghe-an-ket-luan-2024-01.txt'),
         'the sample notice'),
    ]
    for path, what in expected:
        check(os.path.isfile(path), f'{what}: {os.path.relpath(path, destdir)}')
    check(os.access(binary, os.X_OK), 'the binary is executable')

    desktop = expected[1][0]
    if os.path.isfile(desktop):
        with open(desktop, encoding='utf-8') as f:
            text = f.read()
        check('Name[vi]=' in text, 'the desktop file carries its Vietnamese name')
        check(f'Icon={app_id}\n' in text, 'the desktop file names the installed icon')
    metainfo = expected[2][0]
    if os.path.isfile(metainfo):
        with open(metainfo, encoding='utf-8') as f:
            text = f.read()
        check('xml:lang="vi"' in text, 'the metainfo carries Vietnamese text')
        check(f'<launchable type="desktop-id">{app_id}.desktop</launchable>' in text,
              'the metainfo launches the installed desktop file')

    if not os.path.isfile(binary):
        sys.exit(1)

    # The installed binary runs without a display and without the build tree.
    home = os.path.join(tmp, 'home')
    os.makedirs(home)
    env = dict(os.environ)
    for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'GSETTINGS_SCHEMA_DIR', 'LD_LIBRARY_PATH'):
        env.pop(var, None)
    env.update(HOME=home, XDG_DATA_HOME=os.path.join(home, 'data'),
               XDG_CONFIG_HOME=os.path.join(home, 'config'),
               XDG_CACHE_HOME=os.path.join(home, 'cache'),
               GSETTINGS_BACKEND='memory', LC_ALL='C.UTF-8')

    def run(*args):
        return subprocess.run([binary, *args], env=env, cwd=tmp, timeout=120,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    result = run('--version')
    check(result.returncode == 0 and version in result.stdout,
          f'`directives --version` prints {version} (got {result.returncode}: {result.stdout.strip()!r})')

    result = run('--help')
    check(result.returncode == 0, '`directives --help` succeeds')
    if '--extract' not in result.stdout:
        check(False, '`directives --help` lists --extract (the import module has not added '
              'it to src/dt-cli.c yet)')
    else:
        sample = expected[7][0]
        result = run('--extract', sample)
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        ok = check(result.returncode == 0, f'`directives --extract` on the installed sample '
                   f'exits 0 (got {result.returncode})')
        if not ok:
            print(result.stderr[-2000:])
        # A header line and the rows: the notice holds 62 directives; a
        # working importer finds most of them and names the lead units.
        check(len(lines) >= 11, f'--extract prints a header and at least 10 rows '
              f'(got {len(lines)} lines)')
        check(any('Sở' in line for line in lines[1:]),
              '--extract rows name lead units ("Sở …")')
        if lines:
            print('# ' + lines[0][:200])
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print(f'{len(failures)} failures')
sys.exit(1 if failures else 0)
