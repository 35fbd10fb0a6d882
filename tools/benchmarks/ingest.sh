#!/bin/sh
# Ingest benchmark: mentions per second of ONE thread through the whole pipeline: parse recorded JSON API pages,
# normalise, exact and near duplicates, language detection, matching against a five-brand semantic core with the real
# matcher, durable store in the real Lucene store. Target: 5,000 mentions/s per core.
# Usage: tools/benchmarks/ingest.sh [COUNT] [MAVEN_ARGS...]   (COUNT default 100000; -o for an offline build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
count=${1:-100000}
[ $# -gt 0 ] && shift
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "ingest: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
module="$root/bundles/io.chorus.ingest"
work=$(mktemp -d)
classpath_file="$work/classpath"
trap 'rm -rf "$work"' EXIT
echo "Building the benchmark with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.ingest "$@" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
echo "CPU: $(grep -m1 "model name" /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(nproc) cores; disk: $(df -h "$work" | awk 'NR == 2 { print $1 }')"
"$CHORUS_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow \
    --enable-native-access=ALL-UNNAMED -Xmx2g \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    io.chorus.ingest.internal.IngestBenchmark "$count" "$work" 2>&1 | grep -v "incubator modules\|^WARNING\|^INFO\|PanamaVector\|^[A-Z][a-z][a-z] [0-9]"
