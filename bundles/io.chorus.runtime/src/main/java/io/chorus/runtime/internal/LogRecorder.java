package io.chorus.runtime.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

import io.chorus.api.runtime.LaunchProperties;
import io.chorus.api.runtime.Workspace;

/**
 * Declarative Services, the Configurator and FileInstall report failures only to the OSGi log, where nobody looks.
 * This recorder prints every ERROR entry on the console in one line a person can act on, and AUDIT entries (notices
 * such as a plugin starting) as they are; it writes warnings, errors and notices with their stack traces to
 * {@code .chorus/logs/chorus.log} in the workspace.
 */
@Component(immediate = true, service = {})
public final class LogRecorder implements LogListener {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LogReaderService reader;
    private final RollingLogFile logFile;
    private final PrintStream console;

    @Activate
    public LogRecorder(BundleContext context, @Reference LogReaderService reader) {
        this(reader, logFileOf(context), System.err);
        // Entries logged before this bundle started are in the reader's history, newest first.
        List<LogEntry> history = new ArrayList<>();
        for (Enumeration<LogEntry> entries = reader.getLog(); entries.hasMoreElements();) {
            history.add(entries.nextElement());
        }
        Collections.reverse(history);
        history.forEach(this::logged);
        reader.addLogListener(this);
    }

    LogRecorder(LogReaderService reader, RollingLogFile logFile, PrintStream console) {
        this.reader = reader;
        this.logFile = logFile;
        this.console = console;
    }

    private static RollingLogFile logFileOf(BundleContext context) {
        String workspace = context.getProperty(LaunchProperties.WORKSPACE);
        Path root = workspace == null ? Path.of(System.getProperty("user.home"), ".chorus") : Path.of(workspace);
        return new RollingLogFile(root.resolve(Workspace.METADATA_FOLDER).resolve("logs").resolve("chorus.log"),
                5L * 1024 * 1024, 3);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
        logFile.close();
    }

    @Override
    public void logged(LogEntry entry) {
        LogLevel level = entry.getLogLevel();
        if (level != LogLevel.ERROR && level != LogLevel.WARN && level != LogLevel.AUDIT) {
            return;
        }
        if (level == LogLevel.ERROR) {
            console.println(consoleLine(entry) + (entry.getException() == null ? ""
                    : " (details: " + logFile.file() + ")"));
        } else if (level == LogLevel.AUDIT) {
            // Notices meant for the person at the console, such as a plugin from dropins/ starting.
            console.println(entry.getMessage());
        }
        try {
            logFile.append(fileRecord(entry));
        } catch (IOException e) {
            console.println("ERROR chorus: cannot write the log file " + logFile.file() + ": " + e.getMessage());
        }
    }

    /** One line: who, what, and the root cause in words; the stack trace goes to the file only. */
    static String consoleLine(LogEntry entry) {
        StringBuilder line = new StringBuilder("ERROR ").append(source(entry)).append(": ")
                .append(entry.getMessage());
        Throwable cause = rootCause(entry.getException());
        if (cause != null) {
            String detail = cause.getMessage() == null ? cause.getClass().getName()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            if (entry.getMessage() == null || !entry.getMessage().contains(detail)) {
                line.append(" - ").append(detail);
            }
        }
        return line.toString();
    }

    static String fileRecord(LogEntry entry) {
        StringWriter record = new StringWriter();
        PrintWriter out = new PrintWriter(record);
        out.printf("%s %-5s %s: %s%n", TIMESTAMP.format(Instant.ofEpochMilli(entry.getTime())),
                entry.getLogLevel(), source(entry), entry.getMessage());
        if (entry.getException() != null) {
            entry.getException().printStackTrace(out);
        }
        out.flush();
        return record.toString();
    }

    private static String source(LogEntry entry) {
        Bundle bundle = entry.getBundle();
        return bundle == null || bundle.getSymbolicName() == null ? "chorus" : bundle.getSymbolicName();
    }

    static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
