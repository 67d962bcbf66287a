#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/vi.po translates every string of the current sources: the template is
# extracted afresh from po/POTFILES (as meson's i18n "glib" preset does),
# merged with vi.po, and msgfmt must report neither fuzzy nor untranslated
# messages. Nothing in the source tree is written.
set -eu
top=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$top/po"
xgettext --package-name=directives --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  -D "$top" -f POTFILES -o "$tmp/directives.pot"

msgmerge --quiet --no-fuzzy-matching "$top/po/vi.po" "$tmp/directives.pot" -o "$tmp/vi.po"
msgfmt --check --check-accelerators=_ --statistics -o /dev/null "$tmp/vi.po" 2>"$tmp/stats" || {
  cat "$tmp/stats"; echo "vi.po does not compile cleanly (msgfmt --check, one _ mnemonic wherever the msgid has one)"; exit 1; }
cat "$tmp/stats"

status=0
if grep -q 'fuzzy' "$tmp/stats"; then
  echo "fuzzy translations in vi.po:"
  msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/vi.po" | grep -E '^(#:|msgid )' | head -n 40
  status=1
fi
if grep -q 'untranslated' "$tmp/stats"; then
  echo "untranslated strings in vi.po (the first 20):"
  msgattrib --untranslated --no-obsolete --no-wrap "$tmp/vi.po" | grep -E '^(#:|msgid )' | head -n 40
  status=1
fi
exit $status
