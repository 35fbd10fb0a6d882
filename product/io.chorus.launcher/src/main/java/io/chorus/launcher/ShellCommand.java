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
 * Runs one Gogo command for {@code chorus --headless --command}. The launcher's class loader cannot see Gogo's
 * types (they live in a bundle), so the session is driven through reflection on Gogo's public interfaces.
 */
final class ShellCommand {

    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";

    private ShellCommand() {
    }

    /** Runs {@code command}; returns the exit status: 0 done, 1 the command failed, 2 no such command. */
    static int run(BundleContext context, String command, PrintStream out, PrintStream err) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, PROCESSOR, null);
        tracker.open();
        try {
            Object processor = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (processor == null) {
                err.println("chorus: the shell is not available (the Gogo runtime bundle did not start); see the"
                        + " errors above");
                return LauncherException.FAILURE;
            }
            ServiceReference<Object> reference = tracker.getServiceReference();
            Class<?> processorType = reference.getBundle().loadClass(PROCESSOR);
            Class<?> sessionType = reference.getBundle().loadClass(SESSION);
            Method createSession = processorType.getMethod("createSession", java.io.InputStream.class,
                    java.io.OutputStream.class, java.io.OutputStream.class);
            Object session = createSession.invoke(processor, new ByteArrayInputStream(new byte[0]), out, err);
            try {
                Object result = sessionType.getMethod("execute", CharSequence.class).invoke(session, command);
                if (result != null) {
                    // Format as the interactive shell would (Converter.INSPECT).
                    Object text = sessionType.getMethod("format", Object.class, int.class).invoke(session, result, 0);
                    out.println(text);
                }
                out.flush();
                return 0;
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                out.flush();
                String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
                if (message.startsWith("Command not found")) {
                    err.println("chorus: " + message + "; list the commands with --command help");
                    return LauncherException.USAGE;
                }
                err.println("chorus: " + message);
                return LauncherException.FAILURE;
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LauncherException.FAILURE;
        } catch (ReflectiveOperationException e) {
            err.println("chorus: cannot drive the shell: " + e);
            return LauncherException.FAILURE;
        } finally {
            tracker.close();
        }
    }
}
