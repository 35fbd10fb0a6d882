package io.chorus.itests;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * An X display for window tests: the one in $DISPLAY, or a private Xvfb started for the test. Without either the
 * test is skipped with the reason, unless CHORUS_REQUIRE_DISPLAY=1 (set by CI), which makes it fail instead.
 */
final class XDisplay implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private XDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    String name() {
        return name;
    }

    static XDisplay acquire() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new XDisplay(existing, null);
        }
        Path binary = Path.of("/usr/bin/Xvfb");
        if (!Files.isExecutable(binary)) {
            String reason = "no X display (DISPLAY is not set) and no Xvfb at " + binary
                    + "; install it with 'apt-get install xvfb' to run the window tests";
            if ("1".equals(System.getenv("CHORUS_REQUIRE_DISPLAY"))) {
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
        Path sockets = Path.of("/tmp/.X11-unix");
        Files.createDirectories(sockets);
        for (int number = 90; number < 130; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock")) || Files.exists(sockets.resolve("X" + number))) {
                continue;
            }
            try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
                sockets.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
                Process process = new ProcessBuilder(binary.toString(), ":" + number, "-screen", "0", "1280x800x24",
                        "-nolisten", "tcp").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Path socket = sockets.resolve("X" + number);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!Files.exists(socket) && process.isAlive() && System.nanoTime() < deadline) {
                    WatchKey key = watcher.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                }
                if (Files.exists(socket) && process.isAlive()) {
                    return new XDisplay(":" + number, process);
                }
                process.destroyForcibly();
            }
        }
        throw new AssertionError("could not start Xvfb on any display from :90 to :129");
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
            try {
                xvfb.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
