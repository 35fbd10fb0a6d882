package io.chorus.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

class LogRecorderTest {

    @TempDir
    Path folder;

    @Test
    void errorsGetOneConsoleLineAndTheFileGetsTheStackTrace() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RollingLogFile file = new RollingLogFile(folder.resolve("logs/chorus.log"), 1_000_000, 2);
        LogRecorder recorder = new LogRecorder(new NoReader(), file, new PrintStream(console, true,
                StandardCharsets.UTF_8));
        Exception failure = new IllegalStateException("activation failed",
                new java.io.FileNotFoundException("/data/brands.json (No such file or directory)"));
        recorder.logged(entry(LogLevel.ERROR, "[io.chorus.Registry(3)] The activate method has thrown an exception",
                failure));
        recorder.logged(entry(LogLevel.INFO, "BundleEvent STARTED", null));
        recorder.logged(entry(LogLevel.WARN, "slow source", null));
        file.close();

        String printed = console.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("ERROR io.chorus.test: [io.chorus.Registry(3)] The activate method has thrown"
                + " an exception - FileNotFoundException: /data/brands.json (No such file or directory)"), printed);
        assertFalse(printed.contains("\tat "), "no stack trace on the console");
        String logged = Files.readString(file.file());
        assertTrue(logged.contains("\tat "), "the file keeps the stack trace");
        assertTrue(logged.contains("WARN  io.chorus.test: slow source"), logged);
        assertFalse(logged.contains("BundleEvent STARTED"), "info entries are not recorded");
    }

    @Test
    void theFileRollsOverAtItsLimit() throws Exception {
        RollingLogFile file = new RollingLogFile(folder.resolve("chorus.log"), 100, 3);
        for (int i = 0; i < 10; i++) {
            file.append("line %02d of forty bytes, more or less..\n".formatted(i));
        }
        file.close();
        assertTrue(Files.size(file.file()) <= 100);
        assertTrue(Files.exists(folder.resolve("chorus.log.1")));
        assertTrue(Files.exists(folder.resolve("chorus.log.2")));
        assertFalse(Files.exists(folder.resolve("chorus.log.3")), "only the configured generations are kept");
        assertTrue(Files.readString(file.file()).contains("line 09"));
    }

    private static LogEntry entry(LogLevel level, String message, Throwable error) {
        Bundle bundle = (Bundle) java.lang.reflect.Proxy.newProxyInstance(LogRecorderTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> method.getName().equals("getSymbolicName")
                        ? "io.chorus.test" : null);
        return new LogEntry() {
            @Override public Bundle getBundle() { return bundle; }
            @Override public ServiceReference<?> getServiceReference() { return null; }
            @Override @Deprecated public int getLevel() { return level.ordinal(); }
            @Override public String getMessage() { return message; }
            @Override public Throwable getException() { return error; }
            @Override public long getTime() { return 0; }
            @Override public LogLevel getLogLevel() { return level; }
            @Override public String getLoggerName() { return "test"; }
            @Override public long getSequence() { return 0; }
            @Override public String getThreadInfo() { return "main"; }
            @Override public StackTraceElement getLocation() { return null; }
        };
    }

    private static final class NoReader implements LogReaderService {
        @Override public void addLogListener(LogListener listener) { }
        @Override public void removeLogListener(LogListener listener) { }
        @Override public Enumeration<LogEntry> getLog() { return java.util.Collections.emptyEnumeration(); }
    }
}
