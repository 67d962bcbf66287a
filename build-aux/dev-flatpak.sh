# SPDX-License-Identifier: GPL-3.0-or-later
#
# `build-aux/dev flatpak`: build the development manifest with flatpak-builder
# (its tests run inside the SDK), install it for the user, and check the
# installed application: --version, --extract of the bundled sample,
# --export-timeline to a PDF, that it writes nothing outside its own data,
# config and cache folders, and a window under Xvfb through fallback-x11.
#
# Sourced by build-aux/dev, whose build root (in_root, prepare_root, $root)
# it uses. The GNOME 51 runtime comes from Flathub when this machine can
# install it; otherwise a stand-in org.gnome.Platform//51 and org.gnome.Sdk//51
# is made from the build root (Debian testing's GNOME 51 packages), kept in a
# cache folder beside it and reused while its recipe and the root are the
# same. The stand-in is an approximation of the real runtime: same GTK,
# libadwaita and GLib series, Debian's builds of them.
#
# Sources the machine cannot download (no network but Debian's archive) are
# handed to flatpak-builder from Debian's copies when those are byte-identical
# to upstream's (the sha256 the manifest pins is checked by flatpak-builder
# itself); a module whose source cannot be had at all is replaced, in a copy
# of the manifest used only here, by Debian's build of the same version, and
# the log says so.

fp_arch=x86_64
fp_branch=51
fp_manifest=$top/flatpak/io.github.chidao.Directives.Devel.json
fp_app=io.github.chidao.Directives.Devel

# What the stand-in SDK adds to the build root and takes away from it, so
# that it holds what the GNOME SDK holds: build tools and the libraries the
# manifest's modules need, but not poppler, libglib-testing or libxlsxwriter
# (the manifest builds those), nor poppler-utils or Xvfb (no GNOME SDK has
# them).
fp_rt_add=(cmake libjpeg-dev libtiff-dev liblcms2-dev libopenjp2-7-dev zlib1g-dev git)
fp_rt_remove=(
  poppler-utils libpoppler-glib-dev libpoppler-dev 'libpoppler-glib8*' 'libpoppler[0-9]*'
  gir1.2-poppler-0.18 libglib-testing-0-dev libglib-testing-dev 'libglib-testing-0-0*'
  libxlsxwriter-dev 'libxlsxwriter[0-9]*' xvfb xauth clang llvm libclang-rt-dev
)
fp_rt_recipe=2

fp_log () { printf 'dev flatpak: %s\n' "$*" >&2; }

fp_ensure_tools () {
  local need=()
  command -v flatpak >/dev/null 2>&1 || need+=(flatpak)
  command -v flatpak-builder >/dev/null 2>&1 || need+=(flatpak-builder)
  command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
  command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
  command -v import >/dev/null 2>&1 || need+=(imagemagick)
  # flatpak-builder strips the modules with the host's eu-strip
  command -v eu-strip >/dev/null 2>&1 || need+=(elfutils)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || { fp_log "please install: ${need[*]}"; return 1; }
  fp_log "installing ${need[*]} on the host"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# The real runtime, when Flathub answers.
fp_real_runtime () {
  timeout 30 flatpak --user remote-add --if-not-exists flathub \
    https://dl.flathub.org/repo/flathub.flatpakrepo >/dev/null 2>&1 || return 1
  flatpak --user install -y --noninteractive flathub \
    "org.gnome.Platform//$fp_branch" "org.gnome.Sdk//$fp_branch" >&2 || return 1
  fp_runtime_kind="the GNOME $fp_branch runtime from Flathub"
}

# The stand-in runtime: a copy of the build root made to look like the SDK,
# exported twice (Sdk and Platform) into an OSTree repository in the cache.
fp_standin_runtime () {
  local key dir work saved
  key=$(printf '%s\n' "$(basename "$root")" "$fp_rt_recipe" "${fp_rt_add[@]}" -- "${fp_rt_remove[@]}" |
    sha256sum | cut -c1-16)
  dir=$cache_root/flatpak-runtime-$key
  exec {fp_rt_lock}>>"$dir.lock"
  flock -x "$fp_rt_lock"
  if [ ! -f "$dir/.dt-ready" ]; then
    work=$dir.partial
    rm -rf --one-file-system "$work"
    mkdir -p "$work"
    fp_log "making a stand-in GNOME $fp_branch runtime from $root in $dir (a few minutes)"
    cp -a "$root" "$work/tree"
    rm -f "$work/tree/.dt-ready"
    saved=$root
    root=$work/tree
    {
      in_root --unshare-pid env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      in_root --unshare-pid env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${fp_rt_add[@]}" &&
      in_root --unshare-pid env DEBIAN_FRONTEND=noninteractive \
        apt-get purge -y -qq "${fp_rt_remove[@]}" &&
      in_root apt-get clean
    } >"$work/apt.log" 2>&1 || {
      root=$saved; fp_log "preparing the stand-in runtime failed; see $work/apt.log"
      tail -n 20 "$work/apt.log" >&2; return 1; }
    root=$saved
    # A runtime is /usr; its /etc travels as /usr/etc.
    local kind
    for kind in Sdk Platform; do
      printf '[Runtime]\nname=org.gnome.%s\nruntime=org.gnome.Platform/%s/%s\nsdk=org.gnome.Sdk/%s/%s\n' \
        "$kind" "$fp_arch" "$fp_branch" "$fp_arch" "$fp_branch" >"$work/metadata.$kind"
    done
    rm -rf "$work/tree/usr/etc"
    cp -a "$work/tree/etc" "$work/tree/usr/etc"
    for kind in Sdk Platform; do
      flatpak build-export --runtime --arch="$fp_arch" --files=tree/usr --metadata="metadata.$kind" \
        --subject="stand-in org.gnome.$kind made from $(basename "$root")" \
        "$work/repo" "$work" "$fp_branch" >>"$work/export.log" 2>&1 || {
        fp_log "exporting the stand-in $kind failed; see $work/export.log"; return 1; }
    done
    rm -rf --one-file-system "$work/tree"
    touch "$work/.dt-ready"
    mv "$work" "$dir"
  fi
  flatpak --user remote-add --if-not-exists --no-gpg-verify directives-standin "file://$dir/repo" >&2
  flatpak --user remote-modify --url="file://$dir/repo" directives-standin >&2
  local kind have want
  for kind in Platform Sdk; do
    want=$(flatpak --user remote-info -c directives-standin "org.gnome.$kind//$fp_branch")
    have=$(flatpak --user info -c "org.gnome.$kind//$fp_branch" 2>/dev/null || true)
    [ "$have" = "$want" ] && continue
    flatpak --user uninstall -y --noninteractive "org.gnome.$kind//$fp_branch" >/dev/null 2>&1 || true
    flatpak --user install -y --noninteractive directives-standin "org.gnome.$kind//$fp_branch" >&2 || return 1
  done
  exec {fp_rt_lock}>&-
  fp_runtime_kind="a stand-in GNOME $fp_branch runtime made from the Debian testing build root $(basename "$root")"
}

fp_runtime () {
  fp_real_runtime && return 0
  fp_log "Flathub cannot be reached from here; using the stand-in runtime"
  fp_standin_runtime
}

# Debian's copies of upstream archives, byte for byte (checked by sha256
# before use): the sha256 the manifest pins, and the file in Debian's pool.
fp_debian_copies=(
  "304832f48f8a47fdca90c6b6d1f684e68f37c10c9a0726f345f4ca9df4ca01e2 p/poppler/poppler_26.07.0.orig.tar.xz"
)
# Debian's builds of a module's pinned version, for when its source cannot
# be had here at all: module name, version, binary packages.
fp_debian_builds=(
  "libglib-testing 0.2.0 libglib-testing-0-0 libglib-testing-dev"
  "libxlsxwriter 1.2.4 libxlsxwriter11 libxlsxwriter-dev"
)

# Puts every archive of the manifest into $fp_sources/downloads/SHA/NAME
# (flatpak-builder's --extra-sources layout), from upstream or Debian;
# prints the names of the modules whose archive could not be had.
fp_fetch_sources () {
  local manifest=$1 mirror line sha url name module file dest got
  mirror=$(host_mirror)
  python3 -c '
import json, sys
for m in json.load(open(sys.argv[1]))["modules"]:
    for s in m.get("sources", []):
        if s.get("type") == "archive":
            print(m["name"], s["sha256"], s["url"])' "$manifest" |
  while read -r module sha url; do
    name=${url##*/}
    dest=$fp_sources/downloads/$sha/$name
    if [ -f "$dest" ] && [ "$(sha256sum <"$dest" | cut -c1-64)" = "$sha" ]; then
      continue
    fi
    mkdir -p "${dest%/*}"
    got=
    if curl -fsSL --max-time 120 -o "$dest.part" "$url" 2>/dev/null; then
      got=$url
    else
      for line in "${fp_debian_copies[@]}"; do
        [ "${line%% *}" = "$sha" ] || continue
        file=${line#* }
        curl -fsSL --max-time 300 -o "$dest.part" "$mirror/pool/main/$file" 2>/dev/null && got="Debian's $file"
      done
    fi
    if [ -n "$got" ] && [ "$(sha256sum <"$dest.part" | cut -c1-64)" = "$sha" ]; then
      mv "$dest.part" "$dest"
      fp_log "source of $module: $name from $got, sha256 $sha as pinned"
    else
      [ -n "$got" ] && fp_log "source of $module: $got does not have the pinned sha256; not used"
      rm -f "$dest.part"
      echo "$module"
    fi
  done
}

# Debian's build of a module's pinned version, laid out under /app, in
# $fp_cache/debian-builds/NAME; prints that folder.
fp_debian_build () {
  local module=$1 line version pkgs dir deb
  for line in "${fp_debian_builds[@]}"; do
    [ "${line%% *}" = "$module" ] || continue
    read -r _ version pkgs <<<"$line"
    dir=$fp_cache/debian-builds/$module-$version
    if [ ! -f "$dir/.done" ]; then
      rm -rf "$dir" && mkdir -p "$dir/debs" "$dir/x"
      (cd "$dir/debs" && in_root sh -c 'cd "$1" && shift && apt-get download "$@"' sh "$dir/debs" $pkgs) >&2 ||
        return 1
      for deb in "$dir"/debs/*.deb; do
        case $(dpkg-deb -f "$deb" Version) in
          "$version"-*) ;;
          *) fp_log "Debian's $(basename "$deb") is not version $version"; return 1 ;;
        esac
        dpkg-deb -x "$deb" "$dir/x"
      done
      mkdir -p "$dir/app/lib"
      cp -a "$dir"/x/usr/lib/*-linux-gnu/. "$dir/app/lib/"
      cp -a "$dir/x/usr/include" "$dir/app/include"
      sed -i -e 's|^prefix=.*|prefix=/app|' -e 's|/lib/[a-z0-9_]*-linux-gnu|/lib|g' "$dir"/app/lib/pkgconfig/*.pc
      rm -rf "$dir/x" "$dir/debs"
      touch "$dir/.done"
    fi
    printf '%s\n' "$dir/app"
    return 0
  done
  return 1
}

# The manifest flatpak-builder runs here: the manifest, with the checkout
# as an absolute path (development) or the release's git repository replaced
# by a local mirror of this checkout's (release), and (stand-in runtime
# only) no appstream compose step (the SDK's appstream-compose is not in
# Debian) and Debian's builds for the modules whose source could not be
# fetched.
fp_local_manifest () {
  local out=$1 missing=$2 standin=$3 mirror=${4:-} module dir subst=()
  for module in $missing; do
    dir=$(fp_debian_build "$module") || {
      fp_log "no source for $module and no Debian build of its version"; return 1; }
    fp_log "WARNING: the source of $module cannot be fetched here (neither upstream nor Debian's archive answer for it); using Debian's build of the same version, from $dir"
    subst+=("$module=$dir")
  done
  python3 - "$fp_manifest" "$out" "$top" "$standin" "$mirror" "${subst[@]}" <<'PY'
import json, sys
src, out, top, standin, mirror, *subst = sys.argv[1:]
subst = dict(s.split('=', 1) for s in subst)
m = json.load(open(src, encoding='utf-8'))
if standin == 'yes':
    m['appstream-compose'] = False
mods = []
for mod in m['modules']:
    if mod['name'] in subst:
        mod = {'name': mod['name'], 'buildsystem': 'simple',
               'build-commands': ['cp -a lib include /app/'],
               'sources': [{'type': 'dir', 'path': subst[mod['name']]}]}
    for s in mod.get('sources', []):
        if s.get('type') == 'dir' and s.get('path') == '..':
            s['path'] = top
        if s.get('type') == 'git' and mirror:
            s['url'] = 'file://' + mirror
    mods.append(mod)
m['modules'] = mods
json.dump(m, open(out, 'w', encoding='utf-8'), indent=2, ensure_ascii=False)
PY
}

fp_main () {
  local start status=0
  [ "$(uname -m)" = x86_64 ] || { fp_log "only x86_64 is set up"; return 1; }
  start=$(date +%s)
  fp_ensure_tools || return 1
  prepare_root
  fp_runtime || return 1
  fp_log "runtime: $fp_runtime_kind"
  case ${1:-} in
    --runtime-only) return 0 ;;
    --release)
      # The release manifest, its git source from a local mirror of this
      # checkout's repository, where the release tag is made if it is not
      # there yet.
      fp_manifest=$top/flatpak/io.github.chidao.Directives.json
      fp_app=io.github.chidao.Directives ;;
  esac

  # What can be said of the manifests before building (on the host: it
  # has git, to look the release commit up).
  python3 "$top/tests/data/check-flatpak.py" \
    "$top/flatpak/io.github.chidao.Directives.json" io.github.chidao.Directives \
    "$fp_manifest" "$fp_app" | grep -v '^ok' >&2 || true
  python3 "$top/tests/data/check-flatpak.py" \
    "$top/flatpak/io.github.chidao.Directives.json" io.github.chidao.Directives \
    "$fp_manifest" "$fp_app" >/dev/null || { fp_log "the manifests fail their static check"; return 1; }

  fp_cache=$cache_root/flatpak
  fp_sources=$fp_cache/sources
  local work=${DT_FLATPAK_DIR:-$top/_flatpak} missing standin=no
  mkdir -p "$fp_cache" "$work"
  case $fp_runtime_kind in *stand-in*) standin=yes ;; esac
  missing=$(fp_fetch_sources "$fp_manifest") || return 1
  local mirror=
  if [ "$fp_app" = io.github.chidao.Directives ]; then
    mirror=$work/release-mirror.git
    local tag commit
    read -r tag commit < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["modules"][-1]["sources"][0]
print(s["tag"], s["commit"])' "$fp_manifest")
    rm -rf "$mirror"
    git clone -q --bare "$top" "$mirror" || return 1
    if ! git -C "$mirror" rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
      fp_log "tag $tag is not in the repository yet: made at $commit in the local mirror only"
      git -C "$mirror" tag "$tag" "$commit" || return 1
    fi
  fi
  # (named after the application: flatpak-builder keeps its cache of built
  # modules per manifest file name)
  fp_local_manifest "$work/$fp_app.json" "$missing" "$standin" "$mirror" || return 1

  # A display for the tests inside the SDK (the manifest's test-args share
  # it), and later for the window.
  local xvfb_pid n
  for n in $(seq 90 130); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 300); do [ -S "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  [ -S "/tmp/.X11-unix/X$n" ] || { fp_log "Xvfb did not start; see $work/xvfb.log"; return 1; }
  export DISPLAY=:$n
  unset WAYLAND_DISPLAY
  fp_log "Xvfb on $DISPLAY (pid $xvfb_pid)"

  local fuse=()
  [ -w /dev/fuse ] && command -v rofiles-fuse >/dev/null 2>&1 || fuse=(--disable-rofiles-fuse)
  local t0=$(date +%s)
  exec {fp_state_lock}>>"$fp_cache/state.lock"
  flock -x "$fp_state_lock"
  fp_log "flatpak-builder: log in $work/flatpak-builder.log"
  if ! flatpak-builder --user --install --force-clean --keep-build-dirs "${fuse[@]}" \
       --state-dir="$fp_cache/state" --extra-sources="$fp_sources" \
       "$work/build" "$work/$fp_app.json" >"$work/flatpak-builder.log" 2>&1; then
    status=1
    fp_log "flatpak-builder FAILED; the end of its log:"
    tail -n 60 "$work/flatpak-builder.log" >&2
  fi
  fp_log "flatpak-builder took $(( $(date +%s) - t0 )) s"
  fp_test_summary "$fp_cache/state/build/directives/_flatpak_build/meson-logs/testlog.json" || status=1
  flock -u "$fp_state_lock"
  if [ $status -eq 0 ]; then
    "$top/build-aux/flatpak-check.sh" "$fp_app" "$work" || status=1
  fi
  kill "$xvfb_pid" 2>/dev/null || true
  fp_log "$([ $status -eq 0 ] && echo 'all checks passed' || echo FAILED) ($(( $(date +%s) - start )) s in all; runtime: $fp_runtime_kind)"
  return $status
}

# The tests flatpak-builder ran inside the SDK: counts, and every skip with
# its reason.
fp_test_summary () {
  [ -f "$1" ] || { fp_log "no test log from inside flatpak-builder ($1)"; return 1; }
  python3 - "$1" <<'PY'
import json, re, sys
ok = bad = skip = 0
skips = []
for line in open(sys.argv[1], encoding='utf-8'):
    t = json.loads(line)
    r = t.get('result', '')
    out = (t.get('stdout') or '') + '\n' + (t.get('stderr') or '')
    if r in ('OK', 'EXPECTEDFAIL'):
        ok += 1
    elif r == 'SKIP':
        skip += 1
        m = re.search(r'(?:# SKIP|SKIP:)\s*(.*)', out)
        skips.append(f"{t['name']}: {m.group(1).strip() if m else 'skipped'}")
    else:
        bad += 1
        skips.append(f"{t['name']}: {r}")
    for m in re.finditer(r'^ok \d+ (\S+) # SKIP ?(.*)$', t.get('stdout') or '', re.M):
        skips.append(f"{t['name']} {m.group(1)}: {m.group(2).strip() or 'skipped'}")
print('tests inside flatpak-builder:')
for s in skips:
    print('  skipped ' + s if 'FAIL' not in s and 'ERROR' not in s and 'TIMEOUT' not in s else '  ' + s)
print(f'{ok} passed, {bad} failed, {skip} skipped')
sys.exit(1 if bad else 0)
PY
}
