#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test that needs a display: under its own Xvfb where xvfb-run is
# installed (the build root, CI); otherwise on the display the tests were
# given (DISPLAY or WAYLAND_DISPLAY: a GNOME SDK has no Xvfb, so under
# flatpak-builder that is the display of the module's test-args), one such
# test at a time; otherwise the test reports itself skipped, with the reason.
#
# usage: with-display.sh tap|exitcode PROGRAM [ARGS…]

protocol=$1
shift

if command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s '-screen 0 1400x900x24' "$@"
fi

if [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${DISPLAY:-}" ]; then
  # Windows of tests run side by side on one display would take each
  # other's focus.
  if command -v flock >/dev/null 2>&1; then
    exec flock "${TMPDIR:-/tmp}/directives-test-display.lock" "$@"
  fi
  exec "$@"
fi

reason="no display server: neither xvfb-run nor DISPLAY or WAYLAND_DISPLAY"
if [ "$protocol" = tap ]; then
  echo "1..0 # SKIP $reason"
  exit 0
fi
echo "SKIP: $reason" >&2
exit 77
