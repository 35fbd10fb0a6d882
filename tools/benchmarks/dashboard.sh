#!/bin/sh
# Overview dashboard benchmark: builds (or reuses) a store of COUNT generated mentions (default 1,000,000 over 90
# days: 3 brands, 4 platforms, 3 languages, sentiments incl. unrated, seeded), then computes the four overview tiles
# against it and draws them into tile-sized images, 20 runs after 5 warm-up runs, for all brands and one brand over
# 30 and 90 days, one tile after another and on 4 threads as the view does; prints p50/p95 in ms.
# Target: a dashboard over 1M mentions renders in under 500 ms.
# Usage: tools/benchmarks/dashboard.sh [COUNT [MAVEN_ARGS...]]   (for example: 1000000 -o)
# STORE_DIR=/somewhere keeps the store there (default: the module's target/dashboard-store-COUNT, reused next time).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
count=${1:-1000000}
[ $# -gt 0 ] && shift
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "dashboard: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
module="$root/bundles/io.chorus.ui.dashboard"
store="${STORE_DIR:-$module/target/dashboard-store-$count}"
work=$(mktemp -d)
classpath_file="$work/classpath"
trap 'rm -rf "$work"' EXIT
echo "Building the benchmark with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.ui.dashboard "$@" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
# Snapshot jars of Chorus modules: other builds may reinstall them in ~/.m2 while the benchmark runs.
mkdir "$work/lib"
classpath=""
for jar in $(tr ':' ' ' < "$classpath_file"); do
    case "$jar" in
        */io/chorus/*) cp "$jar" "$work/lib/" && jar="$work/lib/$(basename "$jar")" ;;
    esac
    classpath="$classpath:$jar"
done
echo "CPU: $(nproc) x $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), memory: $(free -g | awk '/^Mem:/ { print $2 " GB" }')"
"$CHORUS_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow \
    --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Xmx2g \
    -cp "$module/target/test-classes:$module/target/classes$classpath" \
    io.chorus.ui.dashboard.internal.DashboardBenchmark "$count" "$store" 2>&1 \
    | grep -v "incubator modules\|^WARNING\|^INFO\|PanamaVector\|^[A-Z][a-z][a-z] [0-9]"
