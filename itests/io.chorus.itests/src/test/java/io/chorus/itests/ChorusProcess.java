package io.chorus.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Chorus running as its own process, started by bin/chorus like a user would. Its output is collected line by
 * line; waiting for a line wakes up on each new line, so tests never sleep.
 */
final class ChorusProcess implements AutoCloseable {

    private static final String PROMPT = "chorus> ";

    /** What a finished process left behind. */
    record Result(int exitStatus, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final Writer stdin;
    private final AtomicInteger markers = new AtomicInteger();
    private final Thread[] readers = new Thread[2];

    private ChorusProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        readers[0] = reader(process.getInputStream(), stdout, "stdout");
        readers[1] = reader(process.getErrorStream(), stderr, "stderr");
    }

    static ChorusProcess start(List<String> command, Map<String, String> environment, java.nio.file.Path directory)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        // Forced to English so assertions on messages hold on any machine.
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        return new ChorusProcess(builder.start());
    }

    private Thread reader(InputStream stream, List<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    // The console prompt has no line end; it prefixes the next output line.
                    while (line.startsWith(PROMPT)) {
                        line = line.substring(PROMPT.length());
                    }
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // The process ended.
            }
            synchronized (this) {
                notifyAll();
            }
        }, "chorus-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    synchronized String stdout() {
        return String.join("\n", stdout);
    }

    synchronized String stderr() {
        return String.join("\n", stderr);
    }

    synchronized String output() {
        return stdout() + "\n" + stderr();
    }

    /** Waits for a line on stdout or stderr that matches; fails with everything printed so far. */
    synchronized String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checkedOut = 0;
        int checkedErr = 0;
        while (true) {
            for (; checkedOut < stdout.size(); checkedOut++) {
                if (match.test(stdout.get(checkedOut))) {
                    return stdout.get(checkedOut);
                }
            }
            for (; checkedErr < stderr.size(); checkedErr++) {
                if (match.test(stderr.get(checkedErr))) {
                    return stderr.get(checkedErr);
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || (!process.isAlive() && !readers[0].isAlive() && !readers[1].isAlive())) {
                throw new AssertionError("no such line within " + timeout + (process.isAlive() ? ""
                        : " (Chorus ended with " + process.exitValue() + ")") + "; it printed:\n" + output());
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
    }

    String awaitLineContaining(String text, Duration timeout) throws InterruptedException {
        return awaitLine(line -> line.contains(text), timeout);
    }

    /**
     * Types a command at the Chorus console and returns what it printed on stdout, up to a marker echoed after it.
     * The console prints a command's error (chorus: ...) there too.
     */
    String command(String command, Duration timeout) throws IOException, InterruptedException {
        String marker = "__done_" + markers.incrementAndGet() + "__";
        int fromOut;
        synchronized (this) {
            fromOut = stdout.size();
        }
        stdin.write(command + "\n" + "echo " + marker + "\n");
        stdin.flush();
        awaitLine(line -> line.equals(marker), timeout);
        synchronized (this) {
            List<String> lines = new ArrayList<>();
            for (String line : stdout.subList(fromOut, stdout.size())) {
                if (line.equals(marker)) {
                    break;
                }
                lines.add(line);
            }
            return String.join("\n", lines);
        }
    }

    /** Types {@code exit}, which stops Chorus: the console reads nothing after it. */
    void exit() throws IOException {
        stdin.write("exit\n");
        stdin.flush();
    }

    /** Closes standard input and waits for the process to end. */
    Result awaitExit(Duration timeout) throws InterruptedException, IOException {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already closed by the process.
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chorus did not end within " + timeout + "; it printed:\n" + output());
        }
        readers[0].join(TimeUnit.SECONDS.toMillis(10));
        readers[1].join(TimeUnit.SECONDS.toMillis(10));
        return new Result(process.exitValue(), stdout(), stderr());
    }

    /** Sends SIGTERM, as a service manager stopping Chorus would. */
    void terminate() {
        process.destroy();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
