#!/bin/sh
# Variant recall benchmark: how many real misspellings the four variant generators (typo, keyboard-layout,
# transliteration, japanese) propose together at budgets 10, 50 and 200, and how often the variants of ~60 brand
# names turn up as ordinary words. Prints a markdown table for docs/benchmarks.md, with the machine and JDK.
# Data (read where it lies, never copied): codespell's dictionary, RuLexNorm, TweetEval sentiment validation.
# Usage: tools/benchmarks/variant-recall.sh [DATA_DIR [MAVEN_ARGS...]]   (default DATA_DIR: ../shared/data beside the
# repository; MAVEN_ARGS go to the build, for example -o)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
data=${1:-$root/../shared/data}
[ $# -gt 0 ] && shift
if [ ! -f "$data/codespell-dictionary/dictionary.txt" ] || [ ! -d "$data/rulexnorm-ru-twitter" ] \
        || [ ! -d "$data/tweeteval-sentiment-val" ]; then
    echo "variant-recall: no evaluation data at $data (needs codespell-dictionary, rulexnorm-ru-twitter and tweeteval-sentiment-val); nothing measured."
    exit 0
fi
data=$(cd "$data" && pwd -P)
. "$root/product/io.chorus.product/src/main/dist/bin/find-java.sh"
chorus_find_java || exit 1
command -v mvn >/dev/null 2>&1 || { echo "variant-recall: Maven is needed; install Apache Maven 3.8.6 or newer" >&2; exit 1; }
module="$root/bundles/io.chorus.registry.variants"
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
echo "Building the evaluation with Java $CHORUS_JAVA_MAJOR at $CHORUS_JAVA_HOME" >&2
JAVA_HOME=$CHORUS_JAVA_HOME MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -f "$root/pom.xml" -pl bundles/io.chorus.registry.variants "$@" \
    test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
"$CHORUS_JAVA_HOME/bin/java" -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    io.chorus.registry.variants.internal.VariantRecallEvaluation "$data"
