#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks an installed Flatpak of the application, as a user meets it:
#   1. --version, --extract of the bundled sample, --import and
#      --export-timeline to a PDF, each in the sandbox, with a fresh home
#      folder; then every file that changed in that home folder must be in the
#      application's own data, config or cache folder (~/.var/app/ID/…);
#   2. the window through fallback-x11 on the X display in $DISPLAY, with a
#      screenshot (WORKDIR/window.png) and the PDF's first page as a PNG.
# Run by `build-aux/dev flatpak` after flatpak-builder installed the
# application for the user.
#
# usage: flatpak-check.sh APP_ID WORKDIR

set -uo pipefail

app=$1
work=$2
version=$(sed -n "s/^  version: '\(.*\)',$/\1/p" "$(dirname "$0")/../meson.build" | head -n1)
sample=/app/share/directives/samples/nghe-an-ket-luan-2024-01.txt
failures=0

check () {
  local ok=$1 what=$2
  if [ "$ok" = 0 ]; then printf 'ok     %s\n' "$what"; else printf 'FAILED %s\n' "$what"; failures=$((failures + 1)); fi
}

# The user's installation stays where it is while HOME is a fresh folder;
# so is the runtime folder, where flatpak itself keeps its instances' files
# (without one it would keep them in ~/.cache/.flatpak).
user_dir=${FLATPAK_USER_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/flatpak}
home=$(mktemp -d "${TMPDIR:-/tmp}/directives-flatpak-home-XXXXXX")
run_dir=$(mktemp -d "${TMPDIR:-/tmp}/directives-flatpak-run-XXXXXX")
chmod 700 "$run_dir"
touch "$home/.before"
in_app () {
  env -u WAYLAND_DISPLAY -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
    HOME="$home" XDG_RUNTIME_DIR="$run_dir" FLATPAK_USER_DIR="$user_dir" LC_ALL=C.UTF-8 \
    flatpak run --user --command=directives "$app" "$@"
}

out=$(in_app --version 2>&1)
check $? "flatpak run $app --version exits 0"
case $out in *"$version"*) r=0 ;; *) r=1 ;; esac
check $r "--version prints $version (got: $out)"

out=$(in_app --extract "$sample" 2>"$work/extract.err")
check $? "--extract of the bundled sample exits 0"
rows=$(printf '%s\n' "$out" | grep -c 'Sở')
[ "$rows" -ge 10 ]
check $? "--extract prints rows naming lead units ($rows rows with \"Sở\")"

in_app --import "$sample" >"$work/import.out" 2>&1
check $? "--import of the bundled sample exits 0"

# The sandbox sees only the application's own folders of the home folder:
# the PDF goes into its cache folder and is read from outside.
pdf_inside=$home/.var/app/$app/cache/timeline.pdf
in_app --export-timeline "$pdf_inside" >"$work/export.out" 2>&1
check $? "--export-timeline into the application's cache folder exits 0"
[ -s "$pdf_inside" ] && head -c 5 "$pdf_inside" | grep -q '%PDF-'
check $? "the exported timeline is a PDF"
cp "$pdf_inside" "$work/timeline.pdf" 2>/dev/null

# What the commands wrote, relative to the fresh home folder.
( cd "$home" && find . -newer .before \( -type f -o -type l \) ! -name .before | sed 's|^\./||' | sort ) \
  >"$work/written.txt"
outside=$(grep -v -E "^\.var/app/$app/(data|config|cache)/" "$work/written.txt")
[ -z "$outside" ]
check $? "nothing written outside ~/.var/app/$app/{data,config,cache} ($(wc -l <"$work/written.txt") files, listed in $work/written.txt)${outside:+; outside: $outside}"
grep -q -E "^\.var/app/$app/data/directives/directives\.db$" "$work/written.txt"
check $? "the database is ~/.var/app/$app/data/directives/directives.db"

# The window, through fallback-x11 (no Wayland display is given), on the
# database just imported.
if [ -n "${DISPLAY:-}" ]; then
  env -u WAYLAND_DISPLAY HOME="$home" XDG_RUNTIME_DIR="$run_dir" FLATPAK_USER_DIR="$user_dir" \
    LANG=en_US.UTF-8 \
    flatpak run --user "$app" >"$work/window.log" 2>&1 &
  pid=$!
  shown=1
  # bounded wait for the main window to be mapped (not a timed test: a
  # screenshot of whatever is there is taken either way)
  for _ in $(seq 600); do
    if xwininfo -root -tree 2>/dev/null | grep -q -E '"(Directives|Theo dõi nhiệm vụ)'; then shown=0; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  check $shown "the window appears on $DISPLAY through fallback-x11"
  # until the window has drawn itself: the screen is no longer one colour
  drawn=1
  for _ in $(seq 200); do
    import -silent -window root "$work/window.png" 2>/dev/null
    colours=$(convert "$work/window.png" -format %k info: 2>/dev/null || echo 0)
    if [ "${colours:-0}" -gt 16 ]; then drawn=0; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.3
  done
  check $drawn "the window draws itself (${colours:-0} colours on the screen)"
  check 0 "screenshot of the window: $work/window.png"
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  flatpak kill "$app" 2>/dev/null || true
else
  check 1 "a display for the window (DISPLAY is not set)"
fi

rm -rf "$home" "$run_dir"
echo "installed application: $failures failures"
[ "$failures" -eq 0 ]
