#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every GSettings key the sources read or write exists in the schema: an
# unknown key aborts the application at run time, far from any test.
#
# usage: check-settings-keys.py TOP SCHEMA.xml

import os
import re
import sys
import xml.etree.ElementTree as ET

top, schema_path = sys.argv[1:3]

keys = {key.get('name') for key in ET.parse(schema_path).getroot().iter('key')}

call = re.compile(r'g_settings_(?:get|set|bind|reset|create_action|is_writable|get_user_value|'
                  r'get_default_value|get_value|set_value)\w*\s*\(\s*[^,;()]+(?:\([^()]*\))?\s*,'
                  r'\s*"([A-Za-z0-9-]+)"', re.S)

used = {}
for root, dirs, files in os.walk(os.path.join(top, 'src')):
    dirs[:] = sorted(dirs)
    for name in sorted(files):
        if not name.endswith('.c'):
            continue
        path = os.path.join(root, name)
        with open(path, encoding='utf-8') as f:
            for match in call.finditer(f.read()):
                used.setdefault(match.group(1), []).append(os.path.relpath(path, top))

failures = 0
for key, where in sorted(used.items()):
    if key in keys:
        print(f'ok     {key} ({", ".join(sorted(set(where)))})')
    else:
        print(f'FAILED {key} is used in {", ".join(sorted(set(where)))} but not in the schema')
        failures += 1
print(f'{len(used)} keys used, {len(keys)} in the schema, {failures} missing')
sys.exit(1 if failures else 0)
