package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chorus without a window: one-shot commands for scripts, the service mode, and stopping with SIGTERM. */
class HeadlessIT {

    @TempDir
    static Path folder;

    private static TestDistribution distribution;

    @BeforeAll
    static void distribution() throws IOException {
        distribution = TestDistribution.copyInto(folder);
    }

    private static String workspace(String name) {
        return folder.resolve("workspaces").resolve(name).toString();
    }

    @Test
    void statusRunsOnceAndExitsWithSuccess() throws Exception {
        ChorusProcess.Result result = distribution.run("--headless", "--workspace", workspace("status"),
                "--command", "chorus:status");
        assertEquals(0, result.exitStatus(), result.all());
        assertTrue(result.stdout().contains("(headless)"), result.all());
        assertTrue(result.stdout().contains("status:    healthy"), result.all());
        assertTrue(result.stdout().contains("features:  core, crowd, reputation, smm, "
                + TestDistribution.CONNECTORS), result.all());
        assertTrue(Files.isRegularFile(Path.of(workspace("status"), "workspace.json")), "the workspace was created");
    }

    @Test
    void featuresOptionStartsOnlyThoseAndWhatTheyNeed() throws Exception {
        ChorusProcess.Result result = distribution.run("--headless", "--workspace", workspace("features"),
                "--features", "reputation,source-rss", "--command", "chorus:features");
        assertEquals(0, result.exitStatus(), result.all());
        assertActive(result.stdout(), "core", true);
        assertActive(result.stdout(), "reputation", true);
        assertActive(result.stdout(), "source-rss", true);
        assertActive(result.stdout(), "smm", false);
        assertActive(result.stdout(), "crowd", false);
        assertActive(result.stdout(), "ui", false);
    }

    private static void assertActive(String table, String feature, boolean active) {
        Matcher row = Pattern.compile("(?m)^" + Pattern.quote(feature) + "\\s+\\S+\\s+(yes|no)\\s+(yes|no)").matcher(table);
        assertTrue(row.find(), "no row for " + feature + " in\n" + table);
        assertEquals(active ? "yes" : "no", row.group(2), feature + " in\n" + table);
    }

    @Test
    void bundlesListsWhichFeatureBroughtEachBundle() throws Exception {
        ChorusProcess.Result result = distribution.run("--headless", "--workspace", workspace("bundles"),
                "--command", "chorus:bundles");
        assertEquals(0, result.exitStatus(), result.all());
        assertTrue(result.stdout().matches("(?s).*\\bactive\\s+\\d+\\s+io\\.chorus\\.runtime\\s+\\S+\\s+core.*"),
                result.all());
        assertFalse(result.stdout().contains("io.chorus.ui.workbench"), "no window bundles headless:\n" + result.all());
    }

    @Test
    void anUnknownCommandExitsWithUsageStatus() throws Exception {
        ChorusProcess.Result result = distribution.run("--headless", "--workspace", workspace("unknown"),
                "--command", "chorus:nonsense");
        assertEquals(2, result.exitStatus(), result.all());
        assertTrue(result.stderr().contains("Command not found: chorus:nonsense"), result.all());
    }

    @Test
    void aFailingCommandExitsWithFailureStatus() throws Exception {
        ChorusProcess.Result result = distribution.run("--headless", "--workspace", workspace("failing"),
                "--command", "chorus:features too many arguments");
        assertEquals(1, result.exitStatus(), result.all());
        assertTrue(result.stderr().startsWith("chorus: "), "one line that says what went wrong:\n" + result.all());
        assertFalse(result.stderr().contains("\tat "), "no stack trace:\n" + result.all());
    }

    @Test
    void wrongCommandLinesAreExplained() throws Exception {
        ChorusProcess.Result option = distribution.run("--frobnicate");
        assertEquals(2, option.exitStatus(), option.all());
        assertTrue(option.stderr().contains("unknown option '--frobnicate'"), option.all());
        assertTrue(option.stderr().contains("Usage:"), option.all());

        ChorusProcess.Result feature = distribution.run("--headless", "--workspace", workspace("nofeature"),
                "--features", "reputation,nosuch", "--command", "chorus:status");
        assertEquals(2, feature.exitStatus(), feature.all());
        assertTrue(feature.stderr().contains("there is no feature \"nosuch\"; known features: core, crowd,"
                + " reputation, smm, " + TestDistribution.CONNECTORS + ", ui"), feature.all());

        ChorusProcess.Result missing = distribution.run("--workspace");
        assertEquals(2, missing.exitStatus(), missing.all());
        assertTrue(missing.stderr().contains("--workspace needs a folder"), missing.all());
    }

    @Test
    void withoutAJdk21TheScriptSaysWhatToInstall() throws Exception {
        // A JDK 17 as JAVA_HOME, no java on the path, no other JDK folders to search.
        Path oldJdk = folder.resolve("jdk-17");
        Files.createDirectories(oldJdk.resolve("bin"));
        Files.writeString(oldJdk.resolve("release"), "JAVA_VERSION=\"17.0.12\"\n");
        for (String tool : new String[] {"java", "javac"}) {
            Path script = Files.writeString(oldJdk.resolve("bin").resolve(tool), "#!/bin/sh\nexit 0\n");
            script.toFile().setExecutable(true);
        }
        Path tools = Files.createDirectories(folder.resolve("tools-without-java"));
        for (String tool : new String[] {"date", "dirname", "readlink", "sed", "head", "cut", "cksum", "tr", "mkdir"}) {
            for (String directory : new String[] {"/usr/bin", "/bin"}) {
                Path binary = Path.of(directory, tool);
                if (Files.isExecutable(binary) && !Files.exists(tools.resolve(tool))) {
                    Files.createSymbolicLink(tools.resolve(tool), binary);
                }
            }
        }
        try (ChorusProcess chorus = distribution.start(Map.of("JAVA_HOME", oldJdk.toString(),
                "PATH", tools.toString(), "CHORUS_JDK_DIRS", ""), "--headless")) {
            ChorusProcess.Result result = chorus.awaitExit(WAIT_LONG);
            assertEquals(1, result.exitStatus(), result.all());
            assertEquals("chorus: Chorus needs a JDK 21 or newer (found only: Java 17 at " + oldJdk + "); install one"
                    + " (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it.", result.stderr().strip());
        }
    }

    private static final Duration WAIT_LONG = Duration.ofSeconds(60);

    @Test
    void withoutADisplayTheDefaultIsHeadless() throws Exception {
        try (ChorusProcess chorus = distribution.start(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""),
                "--workspace", workspace("nodisplay"))) {
            chorus.awaitLineContaining("No display is available", Duration.ofSeconds(60));
            chorus.awaitLineContaining("is running headless", Duration.ofSeconds(60));
            chorus.terminate();
            chorus.awaitExit(Duration.ofSeconds(30));
        }
    }

    @Test
    void sigtermStopsCleanlyAndReleasesTheWorkspace() throws Exception {
        String workspace = workspace("service");
        try (ChorusProcess service = distribution.start(Map.of(), "--headless", "--workspace", workspace)) {
            service.awaitLineContaining("is running headless", Duration.ofSeconds(60));
            try (ChorusProcess second = distribution.start(Map.of(), "--headless", "--workspace", workspace,
                    "--command", "chorus:status")) {
                ChorusProcess.Result refused = second.awaitExit(Duration.ofSeconds(60));
                assertEquals(1, refused.exitStatus(), refused.all());
                assertTrue(refused.stderr().contains("is in use by another Chorus (process " + service.pid() + ")"),
                        refused.all());
            }
            service.terminate();
            ChorusProcess.Result stopped = service.awaitExit(Duration.ofSeconds(30));
            // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks, which stop the framework.
            assertEquals(143, stopped.exitStatus(), stopped.all());
            assertFalse(stopped.stderr().contains("Exception"), stopped.all());
        }
        ChorusProcess.Result after = distribution.run("--headless", "--workspace", workspace, "--command",
                "chorus:status");
        assertEquals(0, after.exitStatus(), "the lock was released:\n" + after.all());
    }

    @Test
    void theConsoleRunsCommandsAndExitStopsChorus() throws Exception {
        try (ChorusProcess console = distribution.start(Map.of(), "--headless", "--console", "--workspace",
                workspace("console"))) {
            console.awaitLineContaining("is running headless", Duration.ofSeconds(60));
            String status = console.command("status", Duration.ofSeconds(30));
            assertTrue(status.contains("status:    healthy"), status);
            String features = console.command("features", Duration.ofSeconds(30));
            assertTrue(features.contains("reputation"), features);
            // Typed Cyrillic and Japanese reach the commands intact (UTF-8, not byte by byte).
            assertEquals("Сбербанк ソニー", console.command("echo Сбербанк ソニー", Duration.ofSeconds(30)).strip());
            String unknown = console.command("nosuchcommand", Duration.ofSeconds(30));
            assertTrue(unknown.contains("chorus: Command not found: nosuchcommand; 'help' lists the commands"),
                    unknown);
            console.exit();
            ChorusProcess.Result result = console.awaitExit(Duration.ofSeconds(30));
            assertEquals(0, result.exitStatus(), result.all());
        }
    }
}
