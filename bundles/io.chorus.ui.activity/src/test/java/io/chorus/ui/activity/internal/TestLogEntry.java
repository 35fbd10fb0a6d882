package io.chorus.ui.activity.internal;

import java.lang.reflect.Proxy;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

/** A log entry as Felix Log would hand it over. */
record TestLogEntry(long sequence, LogLevel level, long time, String message, String bundleName, Throwable error)
        implements LogEntry {

    /** A bundle that only knows its name, which is all the view reads. */
    private static Bundle bundleNamed(String name) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    case "toString" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public Bundle getBundle() {
        return bundleName == null ? null : bundleNamed(bundleName);
    }

    @Override
    public ServiceReference<?> getServiceReference() {
        return null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public int getLevel() {
        return level.ordinal();
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public Throwable getException() {
        return error;
    }

    @Override
    public long getTime() {
        return time;
    }

    @Override
    public LogLevel getLogLevel() {
        return level;
    }

    @Override
    public String getLoggerName() {
        return "test";
    }

    @Override
    public long getSequence() {
        return sequence;
    }

    @Override
    public String getThreadInfo() {
        return "main";
    }

    @Override
    public StackTraceElement getLocation() {
        return null;
    }
}
