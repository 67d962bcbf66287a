#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench-launch.py — how long the application takes to open, against the floor

Launches the floor program (launch-floor: an AdwApplicationWindow with a header
bar and a GtkColumnView of 1,000 rows, nothing else) and the application
(launch-app) on generated databases of several sizes, interleaved, with
GSK_RENDERER=cairo and with the default renderer, and prints for each:

  first frame  the first frame that shows the rows (printed by the program,
               CLOCK_MONOTONIC, against the moment it was started)
  idle         the last moment the process used CPU before a whole second
               without any (user + system time from /proc/PID/stat, read
               every 10 ms; ticks are 10 ms)
  cpu          the CPU time (user + system) it used until then: what a
               machine loaded by other work does not stretch
  peak         VmHWM, the peak resident memory, read once idle

and their ratios to the floor's; then, for each size, the switch to the
Timeline page once the launch is over: the time from the switch to the
frame that shows it, the CPU time it took (to 10 ms) and the peak memory it
adds.  Run it under Xvfb
(meson's `benchmark` does, through xvfb-run).  It prints; it never fails
on time.

  bench-launch.py --floor EXE --app EXE --bench-store EXE [--sizes 1000,20000]
                  [--runs 2] [--renderers cairo,default] [--data DIR] [--before EXE]
"""

import argparse
import os
import select
import signal
import statistics
import subprocess
import sys
import time

IDLE_SECONDS = 1.0
POLL = 0.01
GIVE_UP = 300.0


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state): utime is field 14, stime 15
    return int(fields[11]) + int(fields[12])


def vm_hwm_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def launch(argv, env):
    """Returns (first frame s, idle s, peak MiB, cpu s) of one launch."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, bufsize=1)
    first = None
    last = -1
    last_change = t0
    try:
        while True:
            now = time.monotonic()
            if first is None:
                ready, _, _ = select.select([proc.stdout], [], [], 0)
                if ready:
                    line = proc.stdout.readline()
                    if line.startswith("first-frame "):
                        first = int(line.split()[1]) / 1e6 - t0
            if proc.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited with {proc.returncode}")
            try:
                ticks = cpu_ticks(proc.pid)
            except OSError:
                ticks = last
            if ticks != last:
                last = ticks
                last_change = now
            elif first is not None and now - last_change >= IDLE_SECONDS:
                peak = vm_hwm_kib(proc.pid) / 1024
                return first, last_change - t0, peak, last / os.sysconf("SC_CLK_TCK")
            if now - t0 > GIVE_UP:
                raise RuntimeError(f"{argv[0]} never became idle")
            time.sleep(POLL)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def launch_timeline(argv, env):
    """Returns (ms, added KiB, cpu ms) of the switch to the Timeline page.

    The CPU time is read from outside every 10 ms (so that an older build's
    launch-app gives it too): the ticks at the frame less those at the
    switch, which the program dates by the milliseconds it prints."""
    proc = subprocess.Popen(argv + ["--timeline"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, bufsize=1)
    t0 = time.monotonic()
    ticks = []   # (monotonic s, ticks)
    try:
        while time.monotonic() - t0 < GIVE_UP:
            try:
                ticks.append((time.monotonic(), cpu_ticks(proc.pid)))
            except OSError:
                pass
            ready, _, _ = select.select([proc.stdout], [], [], POLL)
            if not ready:
                continue
            now = time.monotonic()
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{argv[0]} exited with {proc.wait()}")
            if line.startswith("timeline-frame "):
                ms, kib = line.split()[1:3]
                switched = now - float(ms) / 1000
                before = [t for when, t in ticks if when <= switched]
                at_frame = cpu_ticks(proc.pid)
                cpu = (at_frame - (before[-1] if before else 0)) * 1000 / os.sysconf("SC_CLK_TCK")
                return float(ms), int(kib), cpu
        raise RuntimeError(f"{argv[0]} never showed the timeline")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def ensure_database(bench_store, data, n):
    path = os.path.join(data, f"launch-{n}.db")
    if not os.path.exists(path):
        print(f"# generating {n} directives into {path}", flush=True)
        subprocess.run([bench_store, "--generate", path, "--directives", str(n),
                        "--units", "60", "--notices", str(max(1, n // 50))],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--bench-store", required=True)
    parser.add_argument("--before", help="another build's launch-app, interleaved with the"
                                         " others (\"before N\"), for a comparison")
    parser.add_argument("--before-bench-store",
                        help="that build's bench-store: its databases (in DATA/before) are"
                             " made in its own format, which the newer build would migrate")
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--renderers", default="cairo,default")
    parser.add_argument("--data", default=os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                       "dt-bench-launch"))
    args = parser.parse_args()

    os.makedirs(args.data, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    programs = [("floor", [args.floor])]
    for n in sizes:
        db = ensure_database(args.bench_store, args.data, n)
        programs.append((f"app {n}", [args.app, "--database", db]))
        if args.before:
            before_data = os.path.join(args.data, "before")
            os.makedirs(before_data, exist_ok=True)
            before_db = ensure_database(args.before_bench_store or args.bench_store, before_data, n)
            programs.append((f"before {n}", [args.before, "--database", before_db]))
    renderers = [r for r in args.renderers.split(",") if r]

    base_env = dict(os.environ)
    base_env.update({"NO_AT_BRIDGE": "1", "GTK_A11Y": "none", "GSETTINGS_BACKEND": "memory"})
    # the build's compiled schema (_build/data), as the tests have it
    base_env.setdefault("GSETTINGS_SCHEMA_DIR",
                        os.path.join(os.path.dirname(os.path.abspath(args.app)), "..", "..", "data"))
    base_env.pop("G_DEBUG", None)

    results = {}   # (renderer, name) -> list of (first, idle, peak)
    for run in range(args.runs):
        for renderer in renderers:
            env = dict(base_env)
            if renderer == "default":
                env.pop("GSK_RENDERER", None)
            else:
                env["GSK_RENDERER"] = renderer
            for name, argv in programs:
                r = launch(argv, env)
                results.setdefault((renderer, name), []).append(r)
                print(f"# run {run + 1} {renderer:7} {name:13} first frame {r[0]:.3f} s, "
                      f"idle {r[1]:.3f} s, peak {r[2]:.0f} MiB, cpu {r[3]:.2f} s", flush=True)

    print()
    print(f"{'renderer':8} {'program':13} {'first frame s':>14} {'idle s':>13} {'peak MiB':>10}"
          f" {'idle/floor':>10} {'MiB-floor':>9} {'cpu s':>11} {'cpu/floor':>9}")
    for renderer in renderers:
        floor = results[(renderer, "floor")]
        floor_idle = statistics.median(r[1] for r in floor)
        floor_peak = statistics.median(r[2] for r in floor)
        floor_cpu = statistics.median(r[3] for r in floor)
        for name, _ in programs:
            rs = results[(renderer, name)]
            first = [r[0] for r in rs]
            idle = [r[1] for r in rs]
            peak = [r[2] for r in rs]
            cpu = [r[3] for r in rs]
            fmt = lambda xs: "–".join(f"{x:.2f}" for x in sorted({min(xs), max(xs)}))
            print(f"{renderer:8} {name:13} {fmt(first):>14} {fmt(idle):>13} "
                  f"{statistics.median(peak):10.0f} {statistics.median(idle) / floor_idle:10.2f}"
                  f" {statistics.median(peak) - floor_peak:+9.0f} {fmt(cpu):>11}"
                  f" {statistics.median(cpu) / floor_cpu:9.2f}")

    print()
    print(f"{'renderer':8} {'program':13} {'timeline ms':>12} {'added MiB':>10} {'cpu ms':>8}")
    for renderer in renderers:
        env = dict(base_env)
        if renderer == "default":
            env.pop("GSK_RENDERER", None)
        else:
            env["GSK_RENDERER"] = renderer
        for run in range(args.runs):
            for name, argv in programs[1:]:
                ms, kib, cpu = launch_timeline(argv, env)
                print(f"{renderer:8} {name:13} {ms:12.0f} {kib / 1024:10.1f} {cpu:8.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
