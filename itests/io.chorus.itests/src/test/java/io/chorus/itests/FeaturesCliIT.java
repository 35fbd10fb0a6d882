package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus features list | install | remove | check}: an administrator choosing modules, offline. */
class FeaturesCliIT {

    @TempDir
    Path folder;

    private TestDistribution distribution;

    @BeforeEach
    void distribution() throws IOException {
        distribution = TestDistribution.copyInto(folder);
    }

    private String installed() throws IOException {
        return Files.readString(distribution.home().resolve("conf/installed-features.json"));
    }

    @Test
    void listShowsEveryFeatureAndWhetherItIsInstalled() throws Exception {
        ChorusProcess.Result result = distribution.run("features", "list");
        assertEquals(0, result.exitStatus(), result.all());
        assertTrue(result.stdout().matches("(?s)NAME\\s+VERSION\\s+INSTALLED\\s+REQUIRES\\s+BUNDLES\\s+TITLE.*"),
                result.all());
        assertTrue(result.stdout().matches("(?s).*\\ncore\\s+\\S+\\s+yes\\s+-\\s+\\d+\\s+Chorus core.*"),
                result.all());
        assertTrue(result.stdout().matches("(?s).*\\nui\\s+\\S+\\s+yes\\s+core\\s+13\\s+Chorus workbench.*"),
                result.all());
    }

    @Test
    void removingKeepsWorkspacesAndRefusesWhatOthersNeed() throws Exception {
        Path workspace = folder.resolve("workspace");
        ChorusProcess.Result created = distribution.run("--headless", "--workspace", workspace.toString(),
                "--command", "chorus:status");
        assertEquals(0, created.exitStatus(), created.all());
        Files.writeString(workspace.resolve("brand-notes.txt"), "keep me");

        ChorusProcess.Result refused = distribution.run("features", "remove", "core");
        assertEquals(1, refused.exitStatus(), refused.all());
        assertTrue(refused.stderr().contains("feature \"core\" is needed by crowd, reputation, smm, "
                + TestDistribution.CONNECTORS + ", ui;"
                + " remove those features first"), refused.all());

        ChorusProcess.Result removed = distribution.run("features", "remove", "smm");
        assertEquals(0, removed.exitStatus(), removed.all());
        assertTrue(removed.stdout().contains("Workspaces are untouched"), removed.all());
        assertFalse(installed().contains("\"smm\""), installed());
        assertTrue(Files.isRegularFile(distribution.home().resolve("features/smm.json")),
                "the feature stays in the catalogue, so it can be installed again offline");
        assertEquals("keep me", Files.readString(workspace.resolve("brand-notes.txt")));

        ChorusProcess.Result status = distribution.run("--headless", "--workspace", workspace.toString(),
                "--command", "chorus:features");
        assertTrue(status.stdout().matches("(?s).*\\nsmm\\s+\\S+\\s+no\\s+no.*"), status.all());

        ChorusProcess.Result back = distribution.run("features", "install", "smm");
        assertEquals(0, back.exitStatus(), back.all());
        assertTrue(installed().contains("\"smm\""), installed());
    }

    @Test
    void installingAFeatureFileBringsItsBundlesAndConfiguration() throws Exception {
        Path feature = stageTestFeature();
        ChorusProcess.Result install = distribution.run("features", "install", feature.toString());
        assertEquals(0, install.exitStatus(), install.all());
        assertTrue(install.stdout().contains("Installed feature \"itest\" " + TestDistribution.VERSION
                + " (2 bundles)."), install.all());
        assertTrue(Files.isRegularFile(distribution.home().resolve("features/itest.json")));
        assertTrue(Files.isRegularFile(distribution.home().resolve("bundles/io/chorus/io.chorus.itests.service/"
                + TestDistribution.VERSION + "/io.chorus.itests.service-" + TestDistribution.VERSION + ".jar")));
        assertTrue(installed().contains("\"itest\""), installed());

        // The feature's configuration reaches Configuration Admin: the component exists only with it.
        ChorusProcess.Result greeting = distribution.run("--headless", "--workspace",
                folder.resolve("ws").toString(), "--command", "itest:greeting");
        assertEquals(0, greeting.exitStatus(), greeting.all());
        assertTrue(greeting.stdout().contains("Hello from the test feature Hello from the test feature"),
                greeting.all());

        // A person changes the configuration; a newer feature with other defaults does not overwrite it.
        ChorusProcess.Result change = distribution.run("--headless", "--workspace", folder.resolve("ws").toString(),
                "--command", "c = (cm:getConfiguration io.chorus.itests.greeting \"?\"); p = $c properties;"
                        + " $p put text Mine; $c update $p");
        assertEquals(0, change.exitStatus(), change.all());
        Path newer = feature.resolveSibling("itest-newer.json");
        Files.writeString(newer, Files.readString(feature).replace("\"times:Integer\": 2", "\"times:Integer\": 3"));
        assertEquals(0, distribution.run("features", "install", newer.toString()).exitStatus());
        ChorusProcess.Result kept = distribution.run("--headless", "--workspace", folder.resolve("ws").toString(),
                "--command", "itest:greeting");
        assertEquals("Mine Mine", kept.stdout().strip(), kept.all());

        ChorusProcess.Result remove = distribution.run("features", "remove", "itest");
        assertEquals(0, remove.exitStatus(), remove.all());
        ChorusProcess.Result gone = distribution.run("--headless", "--workspace", folder.resolve("ws").toString(),
                "--command", "itest:greeting");
        assertEquals(2, gone.exitStatus(), "removed features do not start:\n" + gone.all());
    }

    @Test
    void installingAFeatureArchiveWorksOffline() throws Exception {
        Path archive = folder.resolve("itest-feature.zip");
        Path service = TestDistribution.testBundle("service");
        Path contribution = TestDistribution.testBundle("contribution");
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            add(zip, "features/itest.json", Files.readAllBytes(TestDistribution.testFeature()));
            add(zip, "bundles/" + TestDistribution.testBundleRepository().relativize(service), Files.readAllBytes(service));
            add(zip, "bundles/" + TestDistribution.testBundleRepository().relativize(contribution),
                    Files.readAllBytes(contribution));
        }
        ChorusProcess.Result install = distribution.run("features", "install", archive.toString());
        assertEquals(0, install.exitStatus(), install.all());
        ChorusProcess.Result check = distribution.run("features", "check");
        assertEquals(0, check.exitStatus(), check.all());
        assertTrue(check.stdout().contains("itest"), check.all());
    }

    @Test
    void aFeatureThatCannotResolveIsRefusedAndNothingChanges() throws Exception {
        Path source = folder.resolve("vendor");
        TestDistribution.jar(source.resolve("com/example/needy/1.0.0/needy-1.0.0.jar"), Map.of(
                "Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "com.example.needy", "Bundle-Version", "1.0.0",
                "Import-Package", "com.example.nowhere"));
        Path feature = Files.writeString(source.resolve("needy.json"), """
                {"id": "com.example:needy:osgifeature:1.0.0",
                 "bundles": [{"id": "com.example:needy:1.0.0"}],
                 "extensions": {"chorus.requires": {"type": "json", "json": {"features": ["core"]}}}}
                """);
        String before = installed();
        ChorusProcess.Result refused = distribution.run("features", "install", feature.toString());
        assertEquals(1, refused.exitStatus(), refused.all());
        assertTrue(refused.stderr().contains("feature \"needy\" cannot be installed, nothing changed"), refused.all());
        assertTrue(refused.stderr().contains("osgi.wiring.package=com.example.nowhere"), refused.all());
        assertEquals(before, installed());
        assertFalse(Files.exists(distribution.home().resolve("features/needy.json")));
        assertFalse(Files.exists(distribution.home().resolve("bundles/com/example/needy")));
    }

    @Test
    void aBrokenFeatureFileIsExplainedWithItsLine() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), """
                {
                  "id": "com.example:broken:osgifeature:1.0.0",
                  "bundles": ["com.example:broken:1.0.0"]
                }
                """);
        ChorusProcess.Result result = distribution.run("features", "install", broken.toString());
        assertEquals(1, result.exitStatus(), result.all());
        assertTrue(result.stderr().contains(broken + ":3:"), result.all());
        assertTrue(result.stderr().contains("write this bundle as {\"id\": \"com.example:broken:1.0.0\"}"),
                result.all());
    }

    @Test
    void unknownNamesAndFilesAreUsageErrors() throws Exception {
        ChorusProcess.Result name = distribution.run("features", "install", "nosuch");
        assertEquals(2, name.exitStatus(), name.all());
        assertTrue(name.stderr().contains("there is no feature \"nosuch\""), name.all());
        ChorusProcess.Result action = distribution.run("features", "upgrade");
        assertEquals(2, action.exitStatus(), action.all());
    }

    /** The test feature file next to its bundles in Maven layout, as a vendor would ship it unzipped. */
    private Path stageTestFeature() throws IOException {
        Path vendor = folder.resolve("vendor-feature");
        TestDistribution.copyTree(TestDistribution.testBundleRepository(), vendor);
        return Files.copy(TestDistribution.testFeature(), vendor.resolve("itest.json"));
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
