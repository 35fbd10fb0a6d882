#!/bin/sh
# Matcher benchmark: how fast rules parse, expand and compile to Lucene, how long the rule index takes to build,
# and how many mentions per second one thread matches, on a generated workspace of 20 brands in Russian, English and
# Japanese with reviewed variants and five rules each. Prints a markdown table for docs/benchmarks.md.
# Usage: tools/benchmarks/matcher.sh [MAVEN_ARGS...]   (for example -o for an offline build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "matcher: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
module="$root/bundles/io.chorus.index"
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
echo "Building the benchmark with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.index -am "$@" install -DskipTests >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.index "$@" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
"$CHORUS_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow -Xmx1g \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    io.chorus.index.internal.MatcherBenchmark 2>&1 | grep -v "incubator modules"
