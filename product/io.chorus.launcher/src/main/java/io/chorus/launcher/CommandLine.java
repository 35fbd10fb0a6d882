package io.chorus.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the user asked for on the command line. */
sealed interface CommandLine {

    String USAGE = """
            Usage:
              chorus [options]                       start Chorus: the window, or headless without a display
              chorus features list                   the features of this distribution and which are installed
              chorus features install FILE|NAME      install a feature file (.json), a feature archive (.zip),
                                                     or a feature this distribution already knows, by name
              chorus features remove NAME            take a feature out of the installed set (workspaces stay)
              chorus features check [NAME...]        resolve features with the OSGi resolver, headless and with
                                                     the window, and name every missing requirement
              chorus registry import FILE [--dry-run] import a semantic core (.csv or .json) into the workspace
              chorus registry export [--format csv]   print the workspace's semantic cores (JSON or CSV)
              chorus analyze --input F --output G     match mentions (one JSON object per line) against the
                                                     semantic core; writes the brands and rules each matches
              chorus SCOPE COMMAND [ARGS...]          any shell command, headless: chorus registry brands
              chorus --help | --version

            Options:
              --workspace DIR    the workspace folder (default: ~/chorus-workspace; ~/chorus-demo with --demo)
              --demo             the demo workspace, with sample data from the installed modules
              --headless         no window: a service with a console (also the default without a display)
              --features A,B     start only these features and those they need (default: the installed set)
              --command "CMD"    headless: run one shell command, print its result, exit with its status
              --console          offer the shell on standard input even when it is not a terminal,
                                 or next to the window
            """;

    /** Start Chorus. */
    record Run(Optional<Path> workspace, boolean demo, boolean headless, Optional<List<String>> features,
               Optional<String> command, boolean console) implements CommandLine {
    }

    /** {@code chorus features ...}. */
    record Features(String action, List<String> arguments) implements CommandLine {
    }

    /**
     * A shell command run headless, as {@code chorus registry import F --workspace W} for
     * {@code chorus --headless --workspace W --command "registry:import F"}.
     */
    record Shortcut(Run run) implements CommandLine {
    }

    /** {@code --help}. */
    record Help() implements CommandLine {
    }

    /** {@code --version}. */
    record ShowVersion() implements CommandLine {
    }

    static CommandLine parse(String... args) throws LauncherException {
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty() && list.get(0).equals("features")) {
            return features(list.subList(1, list.size()));
        }
        if (!list.isEmpty() && List.of("help", "--help", "-h", "-?").contains(list.get(0))) {
            return new Help();
        }
        if (!list.isEmpty() && List.of("--version", "version").contains(list.get(0))) {
            return new ShowVersion();
        }
        if (!list.isEmpty() && !list.get(0).startsWith("-")) {
            return shortcut(list);
        }
        Path workspace = null;
        boolean demo = false;
        boolean headless = false;
        List<String> features = null;
        String command = null;
        boolean console = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                inlineValue = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            switch (arg) {
                case "--workspace", "-data" -> {
                    String value = inlineValue != null ? inlineValue : value(args, ++i, arg, "a folder");
                    workspace = Path.of(value);
                }
                case "--demo" -> demo = true;
                case "--headless" -> headless = true;
                case "--console" -> console = true;
                case "--features" -> {
                    String value = inlineValue != null ? inlineValue : value(args, ++i, arg,
                            "feature names separated by commas, for example reputation,source-rss");
                    features = new ArrayList<>();
                    for (String name : value.split(",")) {
                        if (!name.isBlank()) {
                            features.add(name.strip());
                        }
                    }
                    if (features.isEmpty()) {
                        throw new LauncherException("--features needs at least one feature name; see "
                                + "'chorus features list'", LauncherException.USAGE);
                    }
                }
                case "--command", "-c" -> command = inlineValue != null ? inlineValue
                        : value(args, ++i, arg, "a shell command in quotes, for example \"chorus:status\"");
                default -> throw new LauncherException("unknown option '" + args[i] + "'\n\n" + USAGE,
                        LauncherException.USAGE);
            }
        }
        if (command != null) {
            headless = true;
        }
        return new Run(Optional.ofNullable(workspace), demo, headless, Optional.ofNullable(features),
                Optional.ofNullable(command), console);
    }

    /** Launcher options are taken out wherever they are; everything else is the command and its arguments. */
    private static CommandLine shortcut(List<String> args) throws LauncherException {
        List<String> launcherOptions = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (List.of("--workspace", "-data", "--features").contains(name)) {
                launcherOptions.add(arg);
                if (!arg.contains("=") && i + 1 < args.size()) {
                    launcherOptions.add(args.get(++i));
                }
            } else if (List.of("--demo", "--console", "--headless").contains(arg)) {
                launcherOptions.add(arg);
            } else {
                command.add(arg);
            }
        }
        String first = command.get(0);
        String name;
        int consumed;
        if (first.contains(":")) {
            name = first;
            consumed = 1;
        } else if (command.size() > 1 && !command.get(1).startsWith("-") && !first.equals("analyze")) {
            name = first + ":" + command.get(1);
            consumed = 2;
        } else {
            name = "chorus:" + first;
            consumed = 1;
        }
        StringBuilder line = new StringBuilder(name);
        for (String arg : command.subList(consumed, command.size())) {
            line.append(' ').append(quote(arg));
        }
        launcherOptions.add("--command");
        launcherOptions.add(line.toString());
        CommandLine parsed = parse(launcherOptions.toArray(String[]::new));
        return new Shortcut((Run) parsed);
    }

    /** An argument as a Gogo string literal: options and plain words as they are, anything else in quotes. */
    static String quote(String arg) {
        if (arg.matches("[A-Za-z0-9._/:@=+-]+") && !arg.isEmpty()) {
            return arg;
        }
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    private static String value(String[] args, int index, String option, String what) throws LauncherException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new LauncherException(option + " needs " + what, LauncherException.USAGE);
        }
        return args[index];
    }

    private static CommandLine features(List<String> args) throws LauncherException {
        if (args.isEmpty()) {
            throw new LauncherException("'chorus features' needs an action: list, install, remove or check\n\n"
                    + USAGE, LauncherException.USAGE);
        }
        String action = args.get(0);
        List<String> rest = List.copyOf(args.subList(1, args.size()));
        switch (action) {
            case "list" -> {
                if (!rest.isEmpty()) {
                    throw new LauncherException("'chorus features list' takes no arguments",
                            LauncherException.USAGE);
                }
            }
            case "install", "remove" -> {
                if (rest.size() != 1) {
                    throw new LauncherException("'chorus features " + action + "' needs exactly one "
                            + (action.equals("install") ? "feature file or name" : "feature name"),
                            LauncherException.USAGE);
                }
            }
            case "check" -> {
                // Any number of names; none means the installed set.
            }
            default -> throw new LauncherException("unknown action 'features " + action
                    + "'; use list, install, remove or check", LauncherException.USAGE);
        }
        return new Features(action, rest);
    }
}
