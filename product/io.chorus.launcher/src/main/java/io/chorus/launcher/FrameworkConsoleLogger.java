package io.chorus.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;

import org.apache.felix.framework.Logger;

/**
 * Felix's own messages (a bundle that does not resolve, an activator that throws) as one readable console line;
 * the stack trace goes to {@code .chorus/logs/framework.log} in the workspace.
 */
final class FrameworkConsoleLogger extends Logger {

    private final PrintStream console;
    private final Path logFile;

    FrameworkConsoleLogger(PrintStream console, Path logFile) {
        this.console = console;
        this.logFile = logFile;
        setLogLevel(LOG_WARNING);
    }

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference reference, int level,
                         String message, Throwable error) {
        if (level > LOG_WARNING) {
            return;
        }
        String source = bundle == null || bundle.getSymbolicName() == null ? "framework" : bundle.getSymbolicName();
        String line = (level == LOG_ERROR ? "ERROR " : "WARNING ") + source + ": " + describe(message, error);
        console.println(line);
        StringWriter record = new StringWriter();
        PrintWriter out = new PrintWriter(record);
        out.println(Instant.now() + " " + line);
        if (error != null) {
            error.printStackTrace(out);
        }
        out.flush();
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, record.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            console.println("WARNING chorus: cannot write " + logFile + ": " + e.getMessage());
        }
    }

    static String describe(String message, Throwable error) {
        if (error == null) {
            return message;
        }
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof BundleException)) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        return message == null || message.contains(detail) ? detail : message + ": " + detail;
    }
}
