#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What can be checked of the Flatpak manifests without downloading a runtime:
# each parses, names the application ID, command and GNOME 51 runtime, asks
# only for the minimal permissions (nothing that opens the home folder, no
# network, not even at build time), and pins every source (archives by
# sha256, git by tag and commit). The release manifest (as Flathub wants it)
# builds the application from a tag of its repository, the commit of which
# is in this checkout's history; the development one builds the checkout
# itself, and may give its tests a display. Both run the tests and build
# poppler, libglib-testing and libxlsxwriter. `build-aux/dev flatpak` is
# what runs the development manifest to the end.
#
# usage: check-flatpak.py MANIFEST APP_ID [MANIFEST APP_ID]…

import json
import os
import re
import subprocess
import sys

ALLOWED_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}

failures = []

def check(ok, what):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)
    return ok

def check_source(where, source, is_app):
    kind = source.get('type')
    if kind == 'archive' or kind == 'file':
        check(re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')) is not None,
              f'{where}: {kind} source {source.get("url")} pinned by sha256')
        check(source.get('url', '').startswith('https://'), f'{where}: downloaded over https')
    elif kind == 'git':
        check(re.fullmatch(r'[0-9a-f]{40}', source.get('commit', '')) is not None,
              f'{where}: git source {source.get("url")} pinned by commit')
        check(bool(source.get('tag')), f'{where}: git source names its release tag')
        check('branch' not in source, f'{where}: git source follows no branch')
        check(source.get('url', '').startswith('https://'), f'{where}: cloned over https')
    elif kind == 'dir':
        check(is_app, f'{where}: only the application itself is built from a folder')
    elif kind == 'patch':
        check('path' in source, f'{where}: patch is a file of the checkout')
    else:
        check(False, f'{where}: source type {kind!r} is pinned')

def check_manifest(path, app_id):
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        check(False, f'{path} parses as JSON ({e})')
        return
    check(True, f'{path} parses as JSON')

    check((manifest.get('id') or manifest.get('app-id')) == app_id, f'{path}: id is {app_id}')
    check(manifest.get('command') == 'directives', f'{path}: command is directives')
    check(manifest.get('runtime') == 'org.gnome.Platform', f'{path}: runtime is org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', f'{path}: sdk is org.gnome.Sdk')
    check(str(manifest.get('runtime-version')) == '51', f'{path}: runtime version is 51')

    args = manifest.get('finish-args', [])
    check(set(args) == ALLOWED_ARGS and len(args) == len(ALLOWED_ARGS),
          f'{path}: finish-args are exactly {sorted(ALLOWED_ARGS)} (got {args})')
    broad = [a for a in args if a.startswith(('--filesystem', '--persist', '--socket=session-bus',
                                               '--socket=system-bus', '--share=network'))]
    check(not broad, f'{path}: no filesystem, network or bus permission (got {broad})')
    build_args = json.dumps(manifest.get('build-options', {}))
    check('--share=network' not in build_args, f'{path}: no network at build time')

    modules = manifest.get('modules', [])
    check(len(modules) > 0 and isinstance(modules[-1], dict) and modules[-1].get('name') == 'directives',
          f'{path}: the application is the last module')
    names = [m.get('name') for m in modules if isinstance(m, dict)]
    check('poppler' in names, f'{path}: poppler is built for PDF import')
    check('libglib-testing' in names, f'{path}: libglib-testing is built for the tests')
    check('libxlsxwriter' in names, f'{path}: libxlsxwriter is built for the spreadsheet report')
    devel = app_id.endswith('.Devel')

    def walk(mods, parents=()):
        for m in mods:
            if isinstance(m, str):
                check(False, f'{path}: module {m} is inline, not an external file')
                continue
            name = m.get('name', '?')
            where = f'{path}: module {"/".join(parents + (name,))}'
            is_app = name == 'directives' and not parents
            sources = m.get('sources', [])
            check(len(sources) > 0, f'{where} has sources')
            for s in sources:
                if isinstance(s, str):
                    check(False, f'{where}: source {s} is inline')
                else:
                    check_source(where, s, is_app and devel)
            opts = json.dumps(m.get('build-options', {}))
            check('--share=network' not in opts, f'{where}: no network at build time')
            walk(m.get('modules', []), parents + (name,))
    walk(modules)

    if modules and isinstance(modules[-1], dict):
        app = modules[-1]
        check(app.get('buildsystem') == 'meson', f'{path}: the application builds with meson')
        check(app.get('run-tests') is True, f'{path}: the application runs its tests')
        sources = app.get('sources', [])
        if devel:
            check(len(sources) == 1 and sources[0].get('type') == 'dir' and sources[0].get('path') == '..',
                  f'{path}: the application is built from the checkout (dir "..")')
        else:
            check(len(sources) == 1 and sources[0].get('type') == 'git'
                  and sources[0].get('url') == 'https://github.com/chidao/directives.git',
                  f'{path}: the application is built from its repository (git), as Flathub wants')
            check('test-args' not in json.dumps(app.get('build-options', {})),
                  f'{path}: no test-args (Flathub builds refuse them)')
            if sources and sources[0].get('type') == 'git':
                check_release_commit(path, sources[0])
        profile = 'development' if app_id.endswith('.Devel') else 'default'
        check(f'-Dprofile={profile}' in app.get('config-opts', []),
              f'{path}: built with -Dprofile={profile}')

def check_release_commit(path, source):
    """The pinned commit is in this checkout's history, and the tag, where
    it exists here, names it. Outside a git checkout (a tarball) nothing
    more can be said."""
    top = os.path.dirname(os.path.dirname(os.path.abspath(path)))
    def git(*args):
        return subprocess.run(['git', '-C', top, *args], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        if git('rev-parse', '--git-dir').returncode != 0:
            print(f'skip   {path}: not a git checkout; the release commit is not looked up')
            return
    except OSError:
        print(f'skip   {path}: no git; the release commit is not looked up')
        return
    commit, tag = source.get('commit', ''), source.get('tag', '')
    check(git('merge-base', '--is-ancestor', commit, 'HEAD').returncode == 0,
          f'{path}: the release commit {commit[:12]} is in this checkout\'s history')
    tagged = git('rev-parse', '--verify', '--quiet', f'refs/tags/{tag}^{{commit}}')
    if tagged.returncode == 0:
        check(tagged.stdout.strip() == commit, f'{path}: tag {tag} names the pinned commit')
    else:
        print(f'note   {path}: tag {tag} is not in this checkout yet; it must name {commit}')
    version = re.search(r"version: '([^']+)'", git('show', f'{commit}:meson.build').stdout or '')
    check(version is not None and tag.lstrip('v') == version.group(1),
          f'{path}: tag {tag} matches the version of the release commit\'s meson.build')

args = sys.argv[1:]
if len(args) == 0 or len(args) % 2:
    sys.exit('usage: check-flatpak.py MANIFEST APP_ID [MANIFEST APP_ID]…')
for i in range(0, len(args), 2):
    check_manifest(args[i], args[i + 1])
print(f'{len(failures)} failures')
sys.exit(1 if failures else 0)
