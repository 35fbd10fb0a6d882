package io.chorus.feature;

import static io.chorus.feature.FeatureFixtures.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureReaderTest {

    private static final Path FILE = Path.of("features/test.json");

    @Test
    void readsTheStandardFormatWithChorusExtensionsAndComments() throws FeatureException {
        CatalogEntry entry = READER.read(FILE, """
                {
                  // the module
                  "feature-resource-version": "1.0",
                  "id": "io.chorus.feature:reputation:osgifeature:1.2.0",
                  "name": "Reputation", /* shown in the module manager */
                  "description": "Inbox, SLA and replies",
                  "bundles": [
                    {"id": "io.chorus:io.chorus.reputation:1.2.0", "start-order": 12}
                  ],
                  "configurations": {"io.chorus.reputation.sla": {"hours:Integer": 24}},
                  "extensions": {
                    "chorus.requires": {"kind": "mandatory", "type": "json", "json": {"features": ["core"]}},
                    "chorus.workbench-bundles": {"kind": "optional", "type": "artifacts",
                      "artifacts": [{"id": "io.chorus:io.chorus.reputation.ui:1.2.0"}]}
                  }
                }
                """);
        assertEquals("reputation", entry.name());
        assertEquals("Reputation", entry.title());
        assertEquals("1.2.0", entry.version());
        assertEquals(List.of("core"), entry.requires());
        assertEquals("io.chorus:io.chorus.reputation:1.2.0", entry.bundles().get(0).getID().toString());
        assertEquals(12, LaunchPlanner.startOrder(entry.bundles().get(0).getMetadata()));
        assertEquals("io.chorus.reputation.ui", entry.workbenchBundles().get(0).getID().getArtifactId());
        assertEquals(24, entry.feature().getConfigurations().get("io.chorus.reputation.sla").getValues().get("hours"));
    }

    @Test
    void aBundleWrittenAsAPlainStringIsAnErrorNotASilentOmission() {
        FeatureException error = assertThrows(FeatureException.class, () -> READER.read(FILE, """
                {
                  "id": "io.chorus.feature:core:osgifeature:1.0.0",
                  "bundles": [
                    "org.apache.felix:org.apache.felix.scr:2.2.18"
                  ]
                }
                """));
        FeatureProblem problem = error.problems().get(0);
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("{\"id\": \"org.apache.felix:org.apache.felix.scr:2.2.18\"}"),
                problem.message());
        assertTrue(problem.toString().startsWith("features/test.json:4:"), problem.toString());
    }

    @Test
    void syntaxErrorsNameTheLineAndWhatWasExpected() {
        FeatureException error = assertThrows(FeatureException.class, () -> READER.read(FILE, """
                {
                  "id": "io.chorus.feature:core:osgifeature:1.0.0"
                  "name": "Core"
                }
                """));
        FeatureProblem problem = error.problems().get(0);
        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.message().contains("expected ','"), problem.message());
    }

    @Test
    void truncatedFilesAreReported() {
        FeatureException error = assertThrows(FeatureException.class,
                () -> READER.read(FILE, "{\n  \"id\": \"a:b:1\",\n  \"bundles\": [\n"));
        assertTrue(error.getMessage().contains("ends too early"), error.getMessage());
    }

    @Test
    void reportsEveryMistakeAtOnceWithPositions() {
        FeatureException error = assertThrows(FeatureException.class, () -> READER.read(FILE, """
                {
                  "id": "not-coordinates",
                  "bundle": [],
                  "bundles": [{"id": "a:b:1", "start-order": "soon"}, 5, {"version": "1"}],
                  "configurations": {"pid": 3},
                  "extensions": {
                    "chorus.requires": {"kind": "mandatory", "type": "json", "json": {"features": ["Core!"]}},
                    "vendor.magic": {"kind": "mandatory", "type": "text", "text": "x"},
                    "other": {"kind": "sometimes", "text": "x", "json": {}}
                  }
                }
                """));
        List<String> messages = error.problems().stream().map(FeatureProblem::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("features/test.json:2:")
                && m.contains("not Maven coordinates")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains(":3:") && m.contains("did you mean \"bundles\"")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"start-order\" must be a whole number")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("not a number")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("has no \"id\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("configuration \"pid\" must be an object")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"Core!\" is not a feature name")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("needs extension \"vendor.magic\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"kind\" must be")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("exactly one of")), messages.toString());
    }

    @Test
    void refusesOtherResourceVersionsAndNonObjects() {
        assertTrue(assertThrows(FeatureException.class, () -> READER.read(FILE,
                "{\"feature-resource-version\": \"2.0\", \"id\": \"a:b:1\"}")).getMessage().contains("version 1.x"));
        assertTrue(assertThrows(FeatureException.class, () -> READER.read(FILE, "[1, 2]")).getMessage()
                .contains("one JSON object"));
        assertTrue(assertThrows(FeatureException.class, () -> READER.read(FILE, "")).getMessage().contains("empty"));
    }

    @Test
    void feature_namesMustBeTypeable() {
        FeatureException error = assertThrows(FeatureException.class,
                () -> READER.read(FILE, "{\"id\": \"io.chorus.feature:My Feature:1.0\"}"));
        assertTrue(error.getMessage().contains("not Maven coordinates"), error.getMessage());
        FeatureException upper = assertThrows(FeatureException.class,
                () -> READER.read(FILE, "{\"id\": \"io.chorus.feature:Core:1.0\"}"));
        assertTrue(upper.getMessage().contains("lower-case"), upper.getMessage());
    }
}
