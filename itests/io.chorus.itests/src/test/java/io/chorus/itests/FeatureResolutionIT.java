package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every combination of the module features, with and without the window, resolves with the OSGi resolver; and when
 * something is missing, the check names the requirement.
 */
class FeatureResolutionIT {

    private static final List<String> MODULES = List.of("reputation", "smm", "crowd");

    @TempDir
    static Path folder;

    private static TestDistribution distribution;

    @BeforeAll
    static void distribution() throws IOException {
        distribution = TestDistribution.copyInto(folder);
    }

    static Stream<Arguments> combinations() {
        List<Arguments> combinations = new ArrayList<>();
        for (int mask = 0; mask < 1 << MODULES.size(); mask++) {
            for (boolean window : List.of(false, true)) {
                List<String> features = new ArrayList<>();
                for (int i = 0; i < MODULES.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        features.add(MODULES.get(i));
                    }
                }
                if (features.isEmpty()) {
                    features.add("core");
                }
                if (window) {
                    features.add("ui");
                }
                combinations.add(Arguments.of(features));
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void resolves(List<String> features) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("features", "check"));
        arguments.addAll(features);
        ChorusProcess.Result result = distribution.run(arguments.toArray(String[]::new));
        assertEquals(0, result.exitStatus(), result.all());
        assertTrue(result.stdout().contains(" resolve"), result.all());
        if (features.contains("ui")) {
            assertTrue(result.stdout().contains("headless and with the window"), result.all());
        }
    }

    /** Every first-party connector, installed alone beside core, resolves with and without the window. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source-rss", "source-mastodon", "source-bluesky", "source-hackernews", "source-reddit",
            "source-vk", "source-telegram", "source-file"})
    void aConnectorResolvesAlone(String connector) throws Exception {
        ChorusProcess.Result result = distribution.run("features", "check", connector, "ui");
        assertEquals(0, result.exitStatus(), result.all());
        assertTrue(result.stdout().contains("headless and with the window"), result.all());
    }

    @Test
    void aMissingPackageIsNamed() throws Exception {
        ChorusProcess.Result result = checkFeatureWithBundle("needy", Map.of(
                "Import-Package", "com.example.nowhere;version=\"[2.0,3)\""));
        assertTrue(result.stdout().contains("bundle com.example:needy:1.0.0 (feature \"needy\") does not resolve:"
                + " missing requirement osgi.wiring.package"), result.all());
        assertTrue(result.stdout().contains("osgi.wiring.package=com.example.nowhere"), result.all());
    }

    @Test
    void aMissingServiceIsNamed() throws Exception {
        ChorusProcess.Result result = checkFeatureWithBundle("lonely", Map.of(
                "Require-Capability", "osgi.service;filter:=\"(objectClass=com.example.Missing)\";effective:=active"));
        assertTrue(result.stdout().contains("needs a service no bundle provides: (objectClass=com.example.Missing)"),
                result.all());
    }

    /** Adds a feature of one bundle with these extra headers to the distribution and checks it; it must fail. */
    private static ChorusProcess.Result checkFeatureWithBundle(String name, Map<String, String> headers)
            throws Exception {
        Map<String, String> manifest = new java.util.HashMap<>(headers);
        manifest.putAll(Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "com.example." + name,
                "Bundle-Version", "1.0.0"));
        TestDistribution.jar(distribution.home().resolve("bundles/com/example/" + name + "/1.0.0/" + name
                + "-1.0.0.jar"), manifest);
        Files.writeString(distribution.home().resolve("features/" + name + ".json"), """
                {"id": "com.example:%1$s:osgifeature:1.0.0",
                 "bundles": [{"id": "com.example:%1$s:1.0.0"}],
                 "extensions": {"chorus.requires": {"type": "json", "json": {"features": ["core"]}}}}
                """.formatted(name));
        ChorusProcess.Result result = distribution.run("features", "check", name);
        assertEquals(1, result.exitStatus(), result.all());
        return result;
    }
}
