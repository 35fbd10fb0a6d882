# Finds a JDK 21 or newer for Chorus. Sourced by bin/chorus and by the build scripts of the source tree.
# After 'chorus_find_java', CHORUS_JAVA_HOME and CHORUS_JAVA_MAJOR are set, or a one-line reason is printed and
# the function returns 1. Looks at JAVA_HOME, the java on PATH, and the usual installation folders (or the folders
# in CHORUS_JDK_DIRS, separated by spaces, when it is set); takes JAVA_HOME when it is new enough, otherwise the
# newest JDK found.

chorus_java_major() {
    if [ -f "$1/release" ]; then
        sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
    else
        "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
    fi
}

chorus_find_java() {
    CHORUS_JAVA_HOME=""
    CHORUS_JAVA_MAJOR=0
    _chorus_seen=""
    _chorus_on_path=""
    if command -v java >/dev/null 2>&1; then
        _chorus_java=$(command -v java)
        _chorus_java=$(readlink -f "$_chorus_java" 2>/dev/null || echo "$_chorus_java")
        _chorus_on_path=$(dirname "$(dirname "$_chorus_java")")
    fi
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        _chorus_major=$(chorus_java_major "$JAVA_HOME")
        if [ "${_chorus_major:-0}" -ge 21 ]; then
            CHORUS_JAVA_HOME=$JAVA_HOME
            CHORUS_JAVA_MAJOR=$_chorus_major
            return 0
        fi
        _chorus_seen="Java ${_chorus_major:-?} at $JAVA_HOME"
    fi
    _chorus_dirs=${CHORUS_JDK_DIRS-"/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home $HOME/.sdkman/candidates/java/* $HOME/.jdks/*"}
    # shellcheck disable=SC2086
    for _chorus_candidate in "$_chorus_on_path" $_chorus_dirs; do
        [ -n "$_chorus_candidate" ] && [ -x "$_chorus_candidate/bin/java" ] && [ -x "$_chorus_candidate/bin/javac" ] \
            || continue
        _chorus_major=$(chorus_java_major "$_chorus_candidate")
        [ -n "$_chorus_major" ] || continue
        if [ "$_chorus_major" -gt "$CHORUS_JAVA_MAJOR" ]; then
            CHORUS_JAVA_MAJOR=$_chorus_major
            CHORUS_JAVA_HOME=$_chorus_candidate
        fi
        case " $_chorus_seen " in *"$_chorus_candidate"*) ;; *) _chorus_seen="$_chorus_seen${_chorus_seen:+, }Java $_chorus_major at $_chorus_candidate" ;; esac
    done
    if [ "$CHORUS_JAVA_MAJOR" -ge 21 ]; then
        return 0
    fi
    echo "chorus: Chorus needs a JDK 21 or newer${_chorus_seen:+ (found only: $_chorus_seen)}; install one (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
}
