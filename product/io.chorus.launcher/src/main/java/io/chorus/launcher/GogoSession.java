package io.chorus.launcher;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One Gogo command session, driven from the launcher. The launcher's class loader cannot see Gogo's types (they
 * live in a bundle), so the session is reached through reflection on Gogo's public interfaces.
 */
final class GogoSession implements AutoCloseable {

    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";

    /** What one command did: its text to print (or null), or its failure. */
    record Outcome(String printed, Throwable failure) {
        boolean commandNotFound() {
            return failure != null && String.valueOf(failure.getMessage()).startsWith("Command not found");
        }

        String failureMessage() {
            return failure.getMessage() == null ? failure.toString() : failure.getMessage();
        }
    }

    private final ServiceTracker<Object, Object> tracker;
    private final Object session;
    private final Method execute;
    private final Method format;
    private final Method put;
    private final Method get;
    private final Method close;

    private GogoSession(ServiceTracker<Object, Object> tracker, Object session, Class<?> sessionType)
            throws NoSuchMethodException {
        this.tracker = tracker;
        this.session = session;
        this.execute = sessionType.getMethod("execute", CharSequence.class);
        this.format = sessionType.getMethod("format", Object.class, int.class);
        this.put = sessionType.getMethod("put", String.class, Object.class);
        this.get = sessionType.getMethod("get", String.class);
        this.close = sessionType.getMethod("close");
    }

    /**
     * Opens a session that writes to {@code out} and {@code err}; throws {@link LauncherException} when the Gogo
     * runtime does not come up within 30 seconds.
     */
    static GogoSession open(BundleContext context, PrintStream out, PrintStream err) throws LauncherException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, PROCESSOR, null);
        tracker.open();
        try {
            Object processor = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (processor == null) {
                throw new LauncherException("the shell is not available (the Gogo runtime bundle did not start); see"
                        + " the errors above");
            }
            ServiceReference<Object> reference = tracker.getServiceReference();
            Class<?> processorType = reference.getBundle().loadClass(PROCESSOR);
            Class<?> sessionType = reference.getBundle().loadClass(SESSION);
            Method createSession = processorType.getMethod("createSession", java.io.InputStream.class,
                    java.io.OutputStream.class, java.io.OutputStream.class);
            // Commands get no standard input: the launcher reads it (as UTF-8) for the console.
            Object session = createSession.invoke(processor, new ByteArrayInputStream(new byte[0]), out, err);
            return new GogoSession(tracker, session, sessionType);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tracker.close();
            throw new LauncherException("interrupted while waiting for the shell");
        } catch (ReflectiveOperationException e) {
            tracker.close();
            throw new LauncherException("cannot drive the shell: " + e);
        }
    }

    /** Runs one command line; its result is formatted as the Gogo shell would print it. */
    Outcome execute(String commandLine) {
        try {
            Object result = execute.invoke(session, commandLine);
            return new Outcome(result == null ? null : String.valueOf(format.invoke(session, result, 0)), null);
        } catch (InvocationTargetException e) {
            try {
                put.invoke(session, "exception", e.getCause());
            } catch (ReflectiveOperationException ignored) {
                // Only a convenience for 'e', which prints the last stack trace.
            }
            return new Outcome(null, e.getCause());
        } catch (IllegalAccessException e) {
            return new Outcome(null, e);
        }
    }

    /** A session variable ({@code prompt}, {@code SCOPE}), or null. */
    Object variable(String name) {
        try {
            return get.invoke(session, name);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            close.invoke(session);
        } catch (ReflectiveOperationException e) {
            // The framework is stopping and took the session with it.
        } finally {
            tracker.close();
        }
    }
}
