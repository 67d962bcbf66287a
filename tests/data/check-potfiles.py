#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/POTFILES lists every file with translatable strings: each C file under
# src/ that calls _(), N_(), C_(), ngettext and friends, each .ui under
# resources/ with translatable="yes", and the data/*.in files. Every listed
# file exists (xgettext fails otherwise).

import os
import re
import sys

top = sys.argv[1]
potfiles_path = os.path.join(top, 'po', 'POTFILES')

with open(potfiles_path, encoding='utf-8') as f:
    listed = [line.strip() for line in f
              if line.strip() and not line.lstrip().startswith('#')]

c_marks = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|'
                     r'g_dpgettext2?|g_dcgettext|g_dgettext)\s*\(')
ui_marks = re.compile(r'translatable\s*=\s*"(yes|true|1)"')

def wanted(relpath, text):
    if relpath.endswith(('.c', '.h')):
        # Ignore comments so that a mention of _() in prose does not count.
        code = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        code = re.sub(r'//[^\n]*', '', code)
        return c_marks.search(code) is not None
    if relpath.endswith('.ui'):
        return ui_marks.search(text) is not None
    return False

found = []
for folder in ('src', 'resources'):
    for root, dirs, files in os.walk(os.path.join(top, folder)):
        dirs[:] = sorted(d for d in dirs if not d.startswith(('.', '_build')))
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, top)
            try:
                with open(path, encoding='utf-8') as f:
                    text = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            if wanted(rel, text):
                found.append(rel)

for name in os.listdir(os.path.join(top, 'data')):
    if name.endswith(('.desktop.in', '.metainfo.xml.in', '.gschema.xml.in')):
        found.append(os.path.join('data', name))

failures = 0
missing = [rel for rel in found if rel not in listed]
for rel in missing:
    print(f'not in po/POTFILES but has translatable strings: {rel}')
    failures += 1
for rel in listed:
    if not os.path.isfile(os.path.join(top, rel)):
        print(f'listed in po/POTFILES but does not exist: {rel}')
        failures += 1
dups = sorted({rel for rel in listed if listed.count(rel) > 1})
for rel in dups:
    print(f'listed twice in po/POTFILES: {rel}')
    failures += 1

print(f'{len(found)} files with strings, {len(listed)} listed, {failures} problems')
sys.exit(1 if failures else 0)
