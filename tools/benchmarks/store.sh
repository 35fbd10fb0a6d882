#!/bin/sh
# Mention store benchmark: stores COUNT generated short mentions (default 1,000,000; Russian, English and Japanese,
# 5 brands, 8 platforms, a sentiment label, a year of dates, seeded) durably in batches of 1,000, then reports
# mentions per second, size on disk, heap used by the open store, and p50/p95/p99 of a dashboard: facets by
# brand, platform, language and sentiment with a day histogram by sentiment over 30 days for one brand, and a page
# of the 50 newest matching a query text. The index goes to a temporary folder, deleted afterwards.
# Usage: tools/benchmarks/store.sh [COUNT [MAVEN_ARGS...]]   (for example: 10000000 -o)
# BUILD_DIR=/somewhere builds the module there instead of its target folder.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
count=${1:-1000000}
[ $# -gt 0 ] && shift
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "store: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
module="$root/bundles/io.chorus.index"
build="${BUILD_DIR:-$module/target}"
work=$(mktemp -d)
classpath_file="$work/classpath"
trap 'rm -rf "$work"' EXIT
echo "Building the benchmark with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.index -Dindex.build.dir="$build" "$@" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
echo "Memory: $(free -g | awk '/^Mem:/ { print $2 " GB" }'), disk: $(df -h "$work" | awk 'NR == 2 { print $1 }')"
"$CHORUS_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow \
    --enable-native-access=ALL-UNNAMED -Xmx2g \
    -cp "$build/test-classes:$build/classes:$(cat "$classpath_file")" \
    io.chorus.index.internal.store.StoreBenchmark "$count" "$work/store" 2>&1 \
    | grep -v "incubator modules\|^WARNING\|^INFO\|PanamaVector\|^[A-Z][a-z][a-z] [0-9]"
