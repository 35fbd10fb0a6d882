package io.chorus.runtime.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.feature.FeatureService;

import io.chorus.api.runtime.FeatureChange;
import io.chorus.api.runtime.FeatureChangeException;
import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleState;
import io.chorus.api.runtime.LaunchProperties;
import io.chorus.runtime.internal.RuntimeService;
import io.chorus.feature.BundleRepository;
import io.chorus.feature.FeatureReader;
import jakarta.json.spi.JsonProvider;

/** The feature manager against a real Felix framework, with bundles written by the test. */
class LiveFeaturesTest {

    @TempDir
    Path temp;

    private Path home;
    private Path dropins;
    private Framework framework;
    private BundleContext context;
    private RuntimeService runtime;
    private Set<String> active;
    private LiveFeatures features;

    @BeforeEach
    void startFramework() throws Exception {
        home = temp.resolve("chorus");
        dropins = home.resolve("dropins");
        Files.createDirectories(dropins);
        Files.createDirectories(home.resolve("conf"));
        writeFeature(home.resolve("features"), "core", List.of(), "io.example:core-lib:1.0.0");
        Path coreJar = bundleJar(home.resolve("bundles"), "io.example", "core-lib", "1.0.0",
                Map.of(Constants.EXPORT_PACKAGE, "com.example.core;version=1.0.0"));
        Files.writeString(home.resolve("conf/installed-features.json"), "{\"schema\": 1, \"installed\": [\"core\"]}");

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, temp.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "30");
        config.put(LaunchProperties.HOME, home.toString());
        config.put(LaunchProperties.DROPINS, dropins.toString());
        config.put(LaunchProperties.MODE, "headless");
        config.put(LaunchProperties.ACTIVE_FEATURES, "core");
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        framework.start();
        context = framework.getBundleContext();
        context.installBundle(BundleRepository.installLocation(coreJar)).start();
        FeatureService service = ServiceLoader.load(FeatureService.class).findFirst().orElseThrow();
        context.registerService(FeatureService.class, service, null);
        runtime = new RuntimeService(context, null);
        active = runtime.activeFeatures();
        JsonProvider json = JsonProvider.provider();
        features = new LiveFeatures(context, new FeatureReader(service, json), json, home, dropins, false, active,
                temp.resolve("no-maven-repository"));
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void installsAFeatureFileLiveThenDisablesAndRemovesIt() throws Exception {
        Path offered = temp.resolve("download");
        Path file = writeFeature(offered, "extra", List.of("core"), "io.example:extra:1.0.0");
        bundleJar(offered.resolve("bundles"), "io.example", "extra", "1.0.0",
                Map.of(Constants.IMPORT_PACKAGE, "com.example.core;version=\"[1,2)\""));

        FeatureChange check = features.check(file);
        assertEquals(List.of("io.example.extra"), check.started());
        assertTrue(bundle("io.example.extra").isEmpty(), "check installs nothing");
        assertFalse(Files.exists(home.resolve("features/extra.json")));
        assertFalse(Files.exists(home.resolve("bundles/io/example/extra")), "check leaves no copy behind");

        FeatureChange change = features.install(file);
        assertEquals(List.of("io.example.extra"), change.started());
        assertEquals(Bundle.ACTIVE, bundle("io.example.extra").orElseThrow().getState());
        assertTrue(Files.exists(home.resolve("features/extra.json")));
        assertTrue(Files.exists(home.resolve("bundles/io/example/extra/1.0.0/extra-1.0.0.jar")));
        assertTrue(installedFile().contains("\"extra\""), installedFile());
        assertTrue(active.contains("extra"));
        FeatureInfo reported = feature("extra");
        assertTrue(reported.installed() && reported.active(), reported.toString());
        assertEquals(BundleState.ACTIVE, reported.bundles().get(0).state());
        assertEquals("io.example.extra", reported.bundles().get(0).symbolicName());

        FeatureChangeException needed = assertThrows(FeatureChangeException.class, () -> features.disable("core"));
        assertTrue(needed.problems().get(0).contains("\"core\" is Chorus itself"), needed.getMessage());

        FeatureChange disabled = features.disable("extra");
        assertEquals(List.of("io.example.extra"), disabled.stopped());
        assertFalse(disabled.restartNeeded());
        assertTrue(bundle("io.example.extra").isEmpty());
        assertEquals(Bundle.ACTIVE, bundle("io.example.core-lib").orElseThrow().getState(), "core keeps running");
        assertFalse(installedFile().contains("\"extra\""), installedFile());
        assertTrue(Files.exists(home.resolve("features/extra.json")), "disable keeps the file");
        assertEquals(BundleState.NOT_INSTALLED, feature("extra").bundles().get(0).state());
        assertFalse(feature("extra").installed());

        FeatureChange enabled = features.enable("extra");
        assertEquals(List.of("io.example.extra"), enabled.started());
        assertEquals(Bundle.ACTIVE, bundle("io.example.extra").orElseThrow().getState());

        FeatureChange removed = features.remove("extra");
        assertEquals(List.of("io.example.extra"), removed.stopped());
        assertFalse(Files.exists(home.resolve("features/extra.json")), "remove deletes a file the user added");
        assertTrue(bundle("io.example.extra").isEmpty());
    }

    @Test
    void refusesAFeatureWhoseBundleMissesAPackageAndChangesNothing() throws Exception {
        Path offered = temp.resolve("download");
        Path file = writeFeature(offered, "needy", List.of("core"), "io.example:needy:1.0.0");
        bundleJar(offered.resolve("bundles"), "io.example", "needy", "1.0.0",
                Map.of(Constants.IMPORT_PACKAGE, "com.example.nowhere"));
        String installedBefore = installedFile();
        int bundlesBefore = context.getBundles().length;

        FeatureChangeException refused = assertThrows(FeatureChangeException.class, () -> features.install(file));

        assertEquals(List.of("bundle io.example.needy 1.0.0 needs package com.example.nowhere, which no installed"
                + " bundle exports; install the feature that provides it"), refused.problems());
        assertEquals(installedBefore, installedFile());
        assertFalse(Files.exists(home.resolve("features/needy.json")));
        assertFalse(Files.exists(home.resolve("bundles/io/example/needy/1.0.0/needy-1.0.0.jar")));
        assertEquals(bundlesBefore, context.getBundles().length);
        assertFalse(active.contains("needy"));
        assertThrows(FeatureChangeException.class, () -> features.check(file), "check says the same");
    }

    @Test
    void refusesToDisableAFeatureOthersNeedAndSaysWhich() throws Exception {
        writeFeature(home.resolve("features"), "extra", List.of("core"), "io.example:extra:1.0.0");
        writeFeature(home.resolve("features"), "more", List.of("extra"), "io.example:more:1.0.0");
        Files.writeString(home.resolve("conf/installed-features.json"),
                "{\"schema\": 1, \"installed\": [\"core\", \"extra\", \"more\"]}");

        FeatureChangeException refused = assertThrows(FeatureChangeException.class, () -> features.disable("extra"));

        assertEquals(List.of("feature \"extra\" is needed by more; disable that feature first"), refused.problems());
    }

    @Test
    void installsAPluginJarThroughDropinsAndRefusesAPlainJar() throws Exception {
        Path plugin = bundleJar(temp.resolve("download"), "com.acme", "connector", "1.2.0",
                Map.of(Constants.IMPORT_PACKAGE, "com.example.core"));

        FeatureChange change = features.install(plugin);

        assertEquals(List.of("com.acme.connector"), change.started());
        assertTrue(Files.exists(dropins.resolve("connector-1.2.0.jar")));
        assertTrue(bundle("com.acme.connector").isEmpty(), "FileInstall, not the manager, starts dropins");

        Path plain = temp.resolve("plain.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plain), manifest(Map.of()))) {
            jar.flush();
        }
        FeatureChangeException refused = assertThrows(FeatureChangeException.class, () -> features.install(plain));
        assertTrue(refused.problems().get(0).startsWith("plain.jar is not an OSGi bundle: its manifest has no"
                + " Bundle-SymbolicName"), refused.getMessage());
        assertFalse(Files.exists(dropins.resolve("plain.jar")));

        FeatureChange removed = features.remove("connector-1.2.0.jar");
        assertEquals(List.of("connector-1.2.0.jar"), removed.stopped());
        assertFalse(Files.exists(dropins.resolve("connector-1.2.0.jar")));
    }

    @Test
    void explainsAFileOfAnUnknownKind() {
        FeatureChangeException refused = assertThrows(FeatureChangeException.class,
                () -> features.check(Files.writeString(temp.resolve("notes.txt"), "hello")));
        assertTrue(refused.problems().get(0).contains("neither a feature file (.json)"), refused.getMessage());
    }

    @Test
    void installsAnArchiveAndLeavesAWindowOnlyFeatureForTheWindow() throws Exception {
        Path archive = temp.resolve("pack.zip");
        Path folder = temp.resolve("pack");
        writeFeature(folder.resolve("features"), "extra", List.of("core"), "io.example:extra:1.0.0");
        bundleJar(folder.resolve("bundles"), "io.example", "extra", "1.0.0", Map.of());
        Path window = writeFeature(temp.resolve("ui"), "panel", List.of("extra"), "io.example:panel:1.0.0");
        Files.writeString(window, Files.readString(window).replace("\"bundles\"",
                "\"categories\": [\"chorus:workbench\"],\n  \"bundles\""));
        bundleJar(temp.resolve("ui/bundles"), "io.example", "panel", "1.0.0", Map.of());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive));
             var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
            }
        }

        assertEquals(List.of("io.example.extra"), features.install(archive).started());
        FeatureChange headless = features.install(window);

        assertEquals(List.of(), headless.started(), "a window feature does not start headless");
        assertTrue(headless.message().contains("panel start with the window"), headless.message());
        assertTrue(installedFile().contains("\"panel\""), installedFile());
        assertFalse(active.contains("panel"));
        assertTrue(Files.exists(home.resolve("bundles/io/example/panel/1.0.0/panel-1.0.0.jar")));
    }

    @Test
    void saysARestartIsNeededWhenAnotherBundleStillUsesADisabledOne() throws Exception {
        Path file = writeFeature(temp.resolve("download"), "extra", List.of("core"), "io.example:extra:1.0.0");
        bundleJar(temp.resolve("download/bundles"), "io.example", "extra", "1.0.0",
                Map.of(Constants.EXPORT_PACKAGE, "com.example.extra"));
        features.install(file);
        Path user = bundleJar(temp.resolve("plugins"), "com.acme", "user", "1.0.0",
                Map.of(Constants.IMPORT_PACKAGE, "com.example.extra"));
        Bundle userBundle = context.installBundle(user.toUri().toString());
        userBundle.start();

        FeatureChange disabled = features.disable("extra");

        assertTrue(disabled.restartNeeded(), disabled.message());
        assertEquals(Bundle.ACTIVE, userBundle.getState(), "the user keeps the old classes until the restart");
        assertTrue(bundle("io.example.extra").isEmpty(), "uninstalled, only its wires remain");
        assertTrue(disabled.message().contains("until Chorus restarts"), disabled.message());
    }

    @Test
    void theComponentPostsANotificationForEveryChange() throws Exception {
        List<String> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.chorus.api.notify.Notifications notifications = new io.chorus.api.notify.Notifications() {
            @Override
            public io.chorus.api.notify.Notification post(io.chorus.api.notify.Severity severity, String title,
                                                          String message, String source, String viewId,
                                                          Object input) {
                posted.add(severity + " " + title + ": " + message + " -> " + viewId);
                return null;
            }

            @Override
            public List<io.chorus.api.notify.Notification> recent() {
                return List.of();
            }
        };
        FeatureManagerComponent manager = new FeatureManagerComponent(context, runtime,
                ServiceLoader.load(FeatureService.class).findFirst().orElseThrow(), notifications);

        assertThrows(FeatureChangeException.class, () -> manager.disable("core"));

        assertEquals(List.of("WARNING Disable core refused: feature \"core\" is Chorus itself and cannot be"
                + " disabled -> io.chorus.features"), posted);
    }

    private FeatureInfo feature(String name) {
        return runtime.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private String installedFile() throws IOException {
        return Files.readString(home.resolve("conf/installed-features.json"));
    }

    private static Path writeFeature(Path folder, String name, List<String> requires, String bundle)
            throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"feature-resource-version\": \"1.0\",\n  \"id\": \"io.chorus.feature:")
                .append(name).append(":osgifeature:1.0.0\",\n  \"bundles\": [{\"id\": \"").append(bundle).append("\"}]");
        if (!requires.isEmpty()) {
            json.append(",\n  \"extensions\": {\"chorus.requires\": {\"kind\": \"mandatory\", \"type\": \"json\","
                    + " \"json\": {\"features\": [\"").append(String.join("\", \"", requires)).append("\"]}}}");
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".json"), json.append("\n}\n"));
    }

    /** A bundle with no classes, only the headers the resolver reads, in Maven layout under {@code repository}. */
    private static Path bundleJar(Path repository, String group, String artifact, String version,
                                  Map<String, String> headers) throws IOException {
        Path jar = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        Map<String, String> all = new HashMap<>(headers);
        all.put(Constants.BUNDLE_MANIFESTVERSION, "2");
        all.put(Constants.BUNDLE_SYMBOLICNAME, group + "." + artifact);
        all.put(Constants.BUNDLE_VERSION, version);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out,
                manifest(all))) {
            ignored.flush();
        }
        return jar;
    }

    private static Manifest manifest(Map<String, String> headers) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        return manifest;
    }
}
