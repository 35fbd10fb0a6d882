package io.chorus.launcher;

import java.io.PrintStream;

/** Runs one Gogo command for {@code chorus --headless --command}. */
final class ShellCommand {

    private ShellCommand() {
    }

    /** Runs {@code command}; returns the exit status: 0 done, 1 the command failed, 2 no such command. */
    static int run(org.osgi.framework.BundleContext context, String command, PrintStream out, PrintStream err) {
        try (GogoSession session = GogoSession.open(context, out, err)) {
            GogoSession.Outcome outcome = session.execute(command);
            if (outcome.printed() != null) {
                out.println(outcome.printed());
            }
            out.flush();
            if (outcome.failure() == null) {
                return 0;
            }
            if (outcome.commandNotFound()) {
                err.println("chorus: " + outcome.failureMessage() + "; list the commands with --command help");
                return LauncherException.USAGE;
            }
            err.println("chorus: " + outcome.failureMessage());
            return LauncherException.FAILURE;
        } catch (LauncherException e) {
            err.println("chorus: " + e.getMessage());
            return LauncherException.FAILURE;
        }
    }
}
