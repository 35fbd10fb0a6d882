package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin developer copies a jar into dropins/ while Chorus runs: it starts; taking it out stops and removes it;
 * a jar that is broken is reported and Chorus carries on.
 */
class DropinsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void pluginsComeAndGoWhileChorusRunsAndBrokenJarsAreReported() throws Exception {
        TestDistribution distribution = TestDistribution.copyInto(folder);
        Files.copy(TestDistribution.testBundle("probe"), distribution.dropins().resolve("probe.jar"));
        try (ChorusProcess chorus = distribution.start(Map.of(), "--headless", "--console", "--workspace",
                folder.resolve("ws").toString())) {
            chorus.awaitLineContaining("is running headless", WAIT);
            chorus.awaitLineContaining("dropins/probe.jar: io.chorus.itests.probe", WAIT);

            // A plugin arrives: FileInstall installs and starts it.
            Path plugin = distribution.dropins().resolve("service.jar");
            Files.copy(TestDistribution.testBundle("service"), plugin);
            String started = chorus.command("probe:awaitBundle io.chorus.itests.service active 30000", WAIT);
            assertTrue(started.contains("io.chorus.itests.service is active"), started);
            chorus.awaitLine(line -> line.startsWith("dropins/service.jar: io.chorus.itests.service")
                    && line.endsWith("started"), WAIT);

            // Jars that are not bundles, or cannot resolve, are reported in one line each.
            Path notABundle = distribution.dropins().resolve("library.jar");
            TestDistribution.jar(notABundle, Map.of("Implementation-Title", "a plain library"));
            Path truncated = Files.write(distribution.dropins().resolve("truncated.jar"), new byte[] {'P', 'K', 3});
            Path needy = TestDistribution.jar(folder.resolve("needy.jar"), Map.of("Bundle-ManifestVersion", "2",
                    "Bundle-SymbolicName", "com.example.needy", "Bundle-Version", "1.0.0",
                    "Import-Package", "com.example.nowhere"));
            Files.copy(needy, distribution.dropins().resolve("needy.jar"), StandardCopyOption.REPLACE_EXISTING);
            chorus.awaitLine(line -> line.startsWith("ERROR") && line.contains("dropins/library.jar is not a plugin"
                    + " Chorus can run: its manifest has no Bundle-SymbolicName"), WAIT);
            chorus.awaitLine(line -> line.contains("dropins/truncated.jar is not a plugin Chorus can run: it is not"
                    + " a valid jar"), WAIT);
            chorus.awaitLine(line -> line.contains("dropins/needy.jar: com.example.needy 1.0.0")
                    && line.contains("cannot start: it needs package com.example.nowhere, which no installed bundle"
                            + " exports"), WAIT);

            // Chorus keeps running and says what is wrong.
            String status = chorus.command("status", WAIT);
            assertTrue(status.contains("bundle com.example.needy 1.0.0"), status);
            assertTrue(status.contains("does not resolve: it needs package com.example.nowhere"), status);
            assertTrue(chorus.isAlive());

            // The plugin leaves: it is stopped and uninstalled.
            Files.delete(plugin);
            String gone = chorus.command("probe:awaitBundle io.chorus.itests.service uninstalled 30000", WAIT);
            assertTrue(gone.contains("io.chorus.itests.service is uninstalled"), gone);
            chorus.awaitLine(line -> line.startsWith("dropins/service.jar: io.chorus.itests.service")
                    && line.endsWith("was removed"), WAIT);

            // Once the broken jars are gone too, Chorus is healthy again.
            Files.delete(distribution.dropins().resolve("needy.jar"));
            chorus.command("probe:awaitBundle com.example.needy uninstalled 30000", WAIT);
            String healthy = chorus.command("status", WAIT);
            assertTrue(healthy.contains("status:    healthy"), healthy);

            chorus.exit();
            ChorusProcess.Result result = chorus.awaitExit(WAIT);
            assertEquals(0, result.exitStatus(), result.all());
            assertFalse(result.stderr().contains("\tat "), "no stack traces on the console:\n" + result.stderr());
            assertTrue(Files.readString(folder.resolve("ws/.chorus/logs/chorus.log")).contains("needy.jar"),
                    "the log file keeps the details");
        }
    }
}
