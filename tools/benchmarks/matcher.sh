#!/bin/sh
# Matcher benchmark: mentions per second of one thread against 1k, 10k and 100k stored rules, side by side in one run
# on the same data: Chorus' matcher (own presearch + Lucene queries), stock lucene-monitor with default settings and
# a naive loop over every rule; the three engines' results are compared and their agreement printed, with the rules'
# compile time and the matcher's heap. Chorus' matcher is timed at steady state (median of 7 passes after 5 s of
# warm-up); the slow engines by their best pass. Prints a markdown table for docs/benchmarks.md.
# Usage: tools/benchmarks/matcher.sh [--quick] [MAVEN_ARGS...]   (--quick: 1k and 10k rules, fewer mentions;
#        -o for an offline build). Set CHORUS_BENCH_BUILD_DIR to build somewhere else than the module's target/.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "matcher: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
sizes=1000,10000,100000
mentions=4000
if [ "${1:-}" = "--quick" ]; then
    shift
    sizes=1000,10000
    mentions=1500
fi
module="$root/bundles/io.chorus.index"
build_dir=${CHORUS_BENCH_BUILD_DIR:-$module/target}
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
echo "Building the benchmark with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.index -am "$@" install -DskipTests \
    -Dindex.build.dir="$build_dir" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.index "$@" -Dindex.build.dir="$build_dir" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
"$CHORUS_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow -Xmx6g \
    -Dbench.rules="$sizes" -Dbench.mentions="$mentions" \
    -cp "$build_dir/test-classes:$build_dir/classes:$(cat "$classpath_file")" \
    io.chorus.index.internal.MatcherBenchmark 2>&1 | grep -v "incubator modules"
