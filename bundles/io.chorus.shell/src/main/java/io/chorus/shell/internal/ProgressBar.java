package io.chorus.shell.internal;

import java.util.Locale;

/** The progress bar every shell command draws, and whether it may redraw it in place. */
final class ProgressBar {

    static final int WIDTH = 30;

    private ProgressBar() {
    }

    /** {@code [===============               ]  50%} for {@code done} of {@code total} (total at least 1). */
    static String bar(long done, long total) {
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%", "=".repeat(filled), " ".repeat(WIDTH - filled),
                Math.min(100, done * 100 / total));
    }

    /**
     * Whether the output is a terminal, where a bar is redrawn in place with {@code \r}; elsewhere (a pipe, a log
     * file, a script's {@code --command}) redraws would pile up on one line.
     */
    static boolean toTerminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(System.console());
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
