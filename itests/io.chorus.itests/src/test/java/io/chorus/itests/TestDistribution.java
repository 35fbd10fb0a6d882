package io.chorus.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A private copy of the packaged distribution (the tar.gz the build produced, unpacked), so each test class can
 * install features and drop plugins without disturbing the others.
 */
final class TestDistribution {

    /** The connector features the distribution installs by default, as commands list them. */
    static final String CONNECTORS = "source-bluesky, source-file, source-hackernews, source-mastodon, source-reddit,"
            + " source-rss, source-telegram, source-vk";

    static final String VERSION = System.getProperty("chorus.itest.version", "0.1.0-SNAPSHOT");

    private final Path home;

    private TestDistribution(Path home) {
        this.home = home;
    }

    /** Copies the packaged distribution into {@code folder}. */
    static TestDistribution copyInto(Path folder) throws IOException {
        Path packaged = Path.of(System.getProperty("chorus.itest.dist", "target/dist/chorus-" + VERSION));
        assertTrue(Files.isDirectory(packaged), "the packaged distribution is missing at " + packaged
                + "; run the tests with 'mvn verify' so that it is built and unpacked first");
        Path home = folder.resolve("chorus");
        copyTree(packaged, home);
        for (Path script : List.of(home.resolve("bin/chorus"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new TestDistribution(home);
    }

    Path home() {
        return home;
    }

    Path dropins() {
        return home.resolve("dropins");
    }

    /** A test bundle built by this build: service, contribution, probe, probe.ui. */
    static Path testBundle(String name) {
        String artifact = "io.chorus.itests." + name;
        return Path.of(System.getProperty("chorus.itest.bundles", "target/test-bundles"), "io", "chorus", artifact,
                VERSION, artifact + "-" + VERSION + ".jar");
    }

    /** The folder of Maven-layout test bundles, which a test feature file can sit next to. */
    static Path testBundleRepository() {
        return Path.of(System.getProperty("chorus.itest.bundles", "target/test-bundles"));
    }

    /** The test feature file, filtered by the build. */
    static Path testFeature() {
        return Path.of(System.getProperty("chorus.itest.features", "target/test-features"), "itest.json");
    }

    static Path outputFolder() throws IOException {
        Path output = Path.of(System.getProperty("chorus.itest.output", "target/itest-output"));
        Files.createDirectories(output);
        return output;
    }

    /**
     * Starts bin/chorus with these arguments, from a working directory of its own (Chorus must not depend on where
     * it is started from).
     */
    ChorusProcess start(Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/chorus").toString());
        command.addAll(Arrays.asList(arguments));
        Path elsewhere = Files.createDirectories(home.resolveSibling("somewhere-else"));
        return ChorusProcess.start(command, environment, elsewhere);
    }

    /** Runs bin/chorus to the end and returns what it printed. */
    ChorusProcess.Result run(String... arguments) throws IOException, InterruptedException {
        try (ChorusProcess process = start(Map.of(), arguments)) {
            return process.awaitExit(java.time.Duration.ofSeconds(120));
        }
    }

    /** A jar with this manifest and one text file, for bundles that are broken on purpose. */
    static Path jar(Path file, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        Files.createDirectories(file.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("made by a test".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
