package io.chorus.feature;

import static io.chorus.feature.FeatureFixtures.READER;
import static io.chorus.feature.FeatureFixtures.deposit;
import static io.chorus.feature.FeatureFixtures.feature;
import static io.chorus.feature.FeatureFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchPlannerTest {

    @TempDir
    Path folder;

    private Path features;
    private BundleRepository repository;

    @BeforeEach
    void distribution() throws Exception {
        features = folder.resolve("features");
        repository = new BundleRepository(folder.resolve("bundles"));
        write(features, "core.json", """
                {"id": "io.chorus.feature:core:osgifeature:1.0.0",
                 "bundles": [{"id": "org.apache.felix:org.apache.felix.scr:2.2.18", "start-order": 2},
                             {"id": "io.chorus:io.chorus.api:1.0.0"}],
                 "configurations": {"io.chorus.log": {"level": "error"}}}
                """);
        write(features, "ui.json", """
                {"id": "io.chorus.feature:ui:osgifeature:1.0.0", "categories": ["chorus:workbench"],
                 "bundles": [{"id": "io.chorus:io.chorus.ui.workbench:1.0.0"}],
                 "extensions": {"chorus.requires": {"type": "json", "json": {"features": ["core"]}}}}
                """);
        write(features, "smm.json", """
                {"id": "io.chorus.feature:smm:osgifeature:1.0.0",
                 "bundles": [{"id": "io.chorus:io.chorus.smm:1.0.0"}, {"id": "io.chorus:io.chorus.api:1.1.0"}],
                 "configurations": {"io.chorus.log": {"level": "warn"}},
                 "extensions": {
                   "chorus.requires": {"type": "json", "json": {"features": ["core"]}},
                   "chorus.workbench-bundles": {"type": "artifacts", "artifacts": [{"id": "io.chorus:io.chorus.smm.ui:1.0.0"}]}
                 }}
                """);
        deposit(repository.root(), "org.apache.felix", "org.apache.felix.scr", "2.2.18");
        deposit(repository.root(), "io.chorus", "io.chorus.api", "1.0.0");
        deposit(repository.root(), "io.chorus", "io.chorus.api", "1.1.0");
        deposit(repository.root(), "io.chorus", "io.chorus.ui.workbench", "1.0.0");
        deposit(repository.root(), "io.chorus", "io.chorus.smm", "1.0.0");
        deposit(repository.root(), "io.chorus", "io.chorus.smm.ui", "1.0.0");
    }

    @Test
    void headlessLeavesTheWindowOut() throws Exception {
        LaunchPlan plan = LaunchPlanner.plan(FeatureCatalog.read(features, READER), repository,
                List.of("smm", "ui"), false);
        assertEquals(List.of("core", "smm"), plan.featureNames());
        List<String> artifacts = plan.bundles().stream().map(bundle -> bundle.id().getArtifactId()).toList();
        assertEquals(List.of("org.apache.felix.scr", "io.chorus.api", "io.chorus.smm"), artifacts);
        assertTrue(plan.notes().stream().anyMatch(note -> note.contains("\"ui\" is part of the window")));
        assertTrue(plan.problems().isEmpty(), plan.problems().toString());
    }

    @Test
    void theWorkbenchAddsWindowBundlesAndTheNewestVersionWins() throws Exception {
        LaunchPlan plan = LaunchPlanner.plan(FeatureCatalog.read(features, READER), repository,
                List.of("smm", "ui"), true);
        assertEquals(List.of("core", "smm", "ui"), plan.featureNames());
        List<String> ids = plan.bundles().stream().map(bundle -> bundle.id().toString()).toList();
        assertEquals(List.of("org.apache.felix:org.apache.felix.scr:2.2.18", "io.chorus:io.chorus.api:1.1.0",
                "io.chorus:io.chorus.smm:1.0.0", "io.chorus:io.chorus.smm.ui:1.0.0",
                "io.chorus:io.chorus.ui.workbench:1.0.0"), ids);
        assertTrue(plan.notes().stream().anyMatch(note -> note.contains("starting 1.1.0")), plan.notes().toString());
        assertEquals("warn", plan.configurations().get("io.chorus.log").getValues().get("level"));
    }

    @Test
    void aMissingBundleIsAProblemTheRunSurvives() throws Exception {
        write(features, "crowd.json", """
                {"id": "io.chorus.feature:crowd:osgifeature:1.0.0",
                 "bundles": [{"id": "io.chorus:io.chorus.crowd:1.0.0"}]}
                """);
        LaunchPlan plan = LaunchPlanner.plan(FeatureCatalog.read(features, READER), repository, List.of("crowd"),
                false);
        assertEquals(1, plan.problems().size());
        assertTrue(plan.problems().get(0).toString().contains("crowd.json: bundle io.chorus:io.chorus.crowd:1.0.0 is"
                + " missing"), plan.problems().get(0).toString());
        assertTrue(plan.bundles().isEmpty());
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(LaunchPlanner.compareVersions("1.10.0", "1.9.2") > 0);
        assertTrue(LaunchPlanner.compareVersions("2.0", "2.0.0") == 0);
        assertTrue(LaunchPlanner.compareVersions("1.0.0-SNAPSHOT", "1.0.1") < 0);
    }
}
