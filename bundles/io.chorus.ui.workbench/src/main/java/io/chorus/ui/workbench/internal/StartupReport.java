package io.chorus.ui.workbench.internal;

/**
 * Start-up timing for the benchmark in docs/benchmarks.md. With the framework property {@value #PROPERTY} set to
 * {@code print}, the window prints how long after process start it first painted; with {@code exit}, it also closes
 * itself right after, so a benchmark can start Chorus many times in a row.
 */
final class StartupReport {

    static final String PROPERTY = "chorus.startup.report";

    private StartupReport() {
    }

    static String line(long processStartMillis, long firstPaintMillis) {
        return "chorus.startup first-paint-ms=" + (firstPaintMillis - processStartMillis);
    }
}
