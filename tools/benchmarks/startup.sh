#!/bin/sh
# Start-up benchmark: starts the distribution RUNS times in a row and reports, from process start (taken by
# bin/chorus before the JVM starts):
#   first-paint  the first painted window (workbench mode, needs a display; a private Xvfb when there is none)
#   ready        every start level up, headless
# Usage: tools/benchmarks/startup.sh [RUNS] (default 11). Build first: ./chorus --version
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
dist="$root/product/io.chorus.product/target/chorus"
runs=${1:-11}
[ -x "$dist/bin/chorus" ] || { echo "build the distribution first: ./chorus --version" >&2; exit 1; }
workspace=$(mktemp -d)/bench-workspace
xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null 2>&1 || { echo "no DISPLAY and no Xvfb: apt-get install xvfb" >&2; exit 1; }
    Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    while [ ! -S /tmp/.X11-unix/X77 ]; do sleep 0.1; done
    export DISPLAY=:77
fi
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid"; rm -rf "$(dirname "$workspace")"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
p90() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.9 + 0.999); if (i > NR) i = NR; print v[i] }'; }

measure() { # mode value-name
    # One warm-up start fills the class-data-sharing archive and the bundle cache, as any second start would.
    CHORUS_OPTS="-Dchorus.startup.report=exit" "$dist/bin/chorus" --workspace "$workspace" $1 >/dev/null 2>&1 || true
    i=0
    while [ $i -lt "$runs" ]; do
        CHORUS_OPTS="-Dchorus.startup.report=exit" "$dist/bin/chorus" --workspace "$workspace" $1 2>/dev/null \
            | sed -n "s/^chorus.startup $2-ms=\([0-9]*\).*/\1/p"
        i=$((i + 1))
    done
}

echo "Chorus start-up, $runs runs each, $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
paint=$(measure "" first-paint)
echo "first painted window (all installed features): median $(echo "$paint" | median) ms, p90 $(echo "$paint" | p90) ms, runs: $(echo $paint)"
ready=$(measure --headless ready)
echo "headless ready:                                 median $(echo "$ready" | median) ms, p90 $(echo "$ready" | p90) ms, runs: $(echo $ready)"
