package io.chorus.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void runOptions() throws LauncherException {
        CommandLine.Run run = (CommandLine.Run) CommandLine.parse("--workspace", "/data/acme", "--features",
                "reputation, source-rss,", "--console");
        assertEquals(Optional.of(Path.of("/data/acme")), run.workspace());
        assertEquals(Optional.of(List.of("reputation", "source-rss")), run.features());
        assertTrue(run.console());
        assertEquals(false, run.headless());
    }

    @Test
    void aCommandImpliesHeadlessAndInlineValuesWork() throws LauncherException {
        CommandLine.Run run = (CommandLine.Run) CommandLine.parse("--command=chorus:status", "--workspace=/w");
        assertTrue(run.headless());
        assertEquals(Optional.of("chorus:status"), run.command());
        assertEquals(Optional.of(Path.of("/w")), run.workspace());
    }

    @Test
    void featuresActions() throws LauncherException {
        CommandLine.Features install = (CommandLine.Features) CommandLine.parse("features", "install", "smm");
        assertEquals("install", install.action());
        assertEquals(List.of("smm"), install.arguments());
        assertInstanceOf(CommandLine.Help.class, CommandLine.parse("--help"));
        assertInstanceOf(CommandLine.ShowVersion.class, CommandLine.parse("--version"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsExpected() {
        LauncherException unknown = assertThrows(LauncherException.class, () -> CommandLine.parse("--wrkspace", "x"));
        assertEquals(LauncherException.USAGE, unknown.exitStatus());
        assertTrue(unknown.getMessage().startsWith("unknown option '--wrkspace'"));
        assertTrue(assertThrows(LauncherException.class, () -> CommandLine.parse("--features")).getMessage()
                .contains("--features needs feature names"));
        assertTrue(assertThrows(LauncherException.class, () -> CommandLine.parse("--features", ",")).getMessage()
                .contains("at least one feature name"));
        assertTrue(assertThrows(LauncherException.class, () -> CommandLine.parse("features")).getMessage()
                .contains("needs an action"));
        assertTrue(assertThrows(LauncherException.class, () -> CommandLine.parse("features", "remove"))
                .getMessage().contains("exactly one feature name"));
        assertTrue(assertThrows(LauncherException.class, () -> CommandLine.parse("features", "list", "x"))
                .getMessage().contains("takes no arguments"));
    }

    @Test
    void shortcutsRunAShellCommandHeadlessWithTheLauncherOptionsTakenOut() throws LauncherException {
        CommandLine.Shortcut importing = (CommandLine.Shortcut) CommandLine.parse("registry", "import", "core.csv",
                "--workspace", "/w", "--dry-run");
        assertEquals(Optional.of("registry:import core.csv --dry-run"), importing.run().command());
        assertEquals(Optional.of(Path.of("/w")), importing.run().workspace());
        assertTrue(importing.run().headless());

        CommandLine.Shortcut analyze = (CommandLine.Shortcut) CommandLine.parse("analyze", "--workspace", "/w",
                "--input", "my mentions.jsonl", "--output", "out.jsonl");
        assertEquals(Optional.of("chorus:analyze --input \"my mentions.jsonl\" --output out.jsonl"),
                analyze.run().command());

        CommandLine.Shortcut check = (CommandLine.Shortcut) CommandLine.parse("registry", "query-check",
                "@acme AND \"robot $1\"");
        assertEquals(Optional.of("registry:query-check \"@acme AND \\\"robot \\$1\\\"\""), check.run().command());
        assertEquals(Optional.of("registry:brands"), ((CommandLine.Shortcut) CommandLine.parse("registry:brands"))
                .run().command());
    }
}
