package io.chorus.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSourceTest {

    @TempDir
    Path temp;

    @Test
    void anArchiveBringsItsFeaturesAndBundlesAndIsDeletedWhenClosed() throws Exception {
        Path archive = temp.resolve("crisis.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("features/crisis.json"));
            zip.write(FeatureFixtures.feature("crisis", new String[] {"core"}, "io.acme:crisis:1.0.0").getBytes());
            zip.putNextEntry(new ZipEntry("bundles/io/acme/crisis/1.0.0/crisis-1.0.0.jar"));
            zip.write(new byte[] {1, 2, 3});
        }
        BundleRepository distribution = new BundleRepository(temp.resolve("home/bundles"));
        Path staged;
        try (FeatureSource source = FeatureSource.open(archive, FeatureFixtures.READER, temp.resolve("m2"))) {
            assertEquals(List.of("crisis"), source.entries().stream().map(CatalogEntry::name).toList());
            Map<Path, Path> copies = source.bundlesMissingFrom(distribution);
            assertEquals(List.of(distribution.root().resolve("io/acme/crisis/1.0.0/crisis-1.0.0.jar")),
                    List.copyOf(copies.keySet()));
            staged = copies.values().iterator().next();
            assertTrue(Files.isRegularFile(staged));
        }
        assertFalse(Files.exists(staged), "the unpacked archive is deleted");
    }

    @Test
    void aFeatureFileFindsBundlesNextToItAndNamesTheOnesItCannotFind() throws Exception {
        Path file = FeatureFixtures.write(temp.resolve("download"), "extra.json",
                FeatureFixtures.feature("extra", new String[0], "io.acme:here:1.0.0", "io.acme:gone:2.0.0"));
        FeatureFixtures.deposit(temp.resolve("download/bundles"), "io.acme", "here", "1.0.0");
        try (FeatureSource source = FeatureSource.open(file, FeatureFixtures.READER, temp.resolve("m2"))) {
            FeatureException missing = assertThrows(FeatureException.class,
                    () -> source.bundlesMissingFrom(new BundleRepository(temp.resolve("home/bundles"))));
            assertEquals(1, missing.problems().size());
            assertTrue(missing.problems().get(0).message().startsWith("bundle io.acme:gone:2.0.0 is nowhere to be"
                    + " found"), missing.getMessage());
        }
    }

    @Test
    void refusesAnArchiveEntryOutsideItsFolderAndOtherKindsOfFile() throws IOException {
        Path archive = temp.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("../outside.txt"));
            zip.write(1);
        }
        FeatureException evil = assertThrows(FeatureException.class,
                () -> FeatureSource.open(archive, FeatureFixtures.READER, temp));
        assertTrue(evil.getMessage().contains("has an entry outside its own folder"), evil.getMessage());
        Path text = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThrows(FeatureException.class, () -> FeatureSource.open(text, FeatureFixtures.READER, temp));
    }
}
