package io.chorus.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * The interactive shell on the terminal ({@code --console}). The Gogo shell's own console reads input byte by byte
 * as Latin-1, which garbles every Cyrillic or Japanese word typed; this one reads whole lines as UTF-8 (or the
 * charset named by {@code -Dchorus.console.encoding}) and hands them to a Gogo session, which keeps Gogo's commands,
 * variables and closures. The profile {@code etc/gosh_profile} sets up the session as before. Reading stops after
 * {@code exit}.
 */
final class InteractiveConsole {

    static final String ENCODING = "chorus.console.encoding";
    private static final String DEFAULT_PROMPT = "chorus> ";

    private final BundleContext context;
    private final Runnable awaitStarted;
    private final Path profile;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /** @param awaitStarted returns once every bundle has started, so the profile finds the shell's commands */
    InteractiveConsole(BundleContext context, Runnable awaitStarted, Path profile, InputStream in, PrintStream out,
                       PrintStream err) {
        this.context = context;
        this.awaitStarted = awaitStarted;
        this.profile = profile;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * Reads and runs commands until the input ends or Chorus stops; at the end of the input (Ctrl-D) Chorus stops,
     * as it does for 'exit'.
     */
    void run() {
        awaitStarted.run();
        try (GogoSession session = GogoSession.open(context, out, err)) {
            if (Files.isRegularFile(profile)) {
                report(session.execute("source " + quote(profile.toUri().toString())));
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, charset()));
            while (isRunning()) {
                Object prompt = session.variable("prompt");
                out.print(prompt == null ? DEFAULT_PROMPT : String.valueOf(prompt));
                out.flush();
                String line = lines.readLine();
                if (line == null) {
                    stopChorus();
                    return;
                }
                if (!line.isBlank()) {
                    report(session.execute(line));
                }
            }
        } catch (LauncherException e) {
            err.println("chorus: " + e.getMessage());
        } catch (IOException e) {
            err.println("chorus: the console cannot read its input any more: " + e.getMessage());
        }
    }

    private void report(GogoSession.Outcome outcome) {
        if (outcome.printed() != null) {
            out.println(outcome.printed());
        }
        if (outcome.failure() != null) {
            // on the same stream as the results, so a person (or a pipe) reads them in order
            out.println("chorus: " + outcome.failureMessage() + (outcome.commandNotFound()
                    ? "; 'help' lists the commands" : ""));
        }
        out.flush();
        err.flush();
    }

    private boolean isRunning() {
        try {
            int state = context.getBundle(0).getState();
            return state == Bundle.ACTIVE || state == Bundle.STARTING;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void stopChorus() {
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            // Already stopping.
        }
    }

    static Charset charset() {
        String name = System.getProperty(ENCODING);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            System.err.println("WARNING chorus: -D" + ENCODING + "=" + name + " is not a charset Java knows; "
                    + "reading the console as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    /** A Gogo string literal. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
