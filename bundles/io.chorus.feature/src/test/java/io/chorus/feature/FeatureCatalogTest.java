package io.chorus.feature;

import static io.chorus.feature.FeatureFixtures.READER;
import static io.chorus.feature.FeatureFixtures.feature;
import static io.chorus.feature.FeatureFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCatalogTest {

    private static final String[] NONE = {};

    @TempDir
    Path folder;

    @Test
    void aBrokenFileIsReportedAndTheOthersStillLoad() throws IOException {
        write(folder, "core.json", feature("core", NONE));
        write(folder, "broken.json", "{ \"id\": ");
        write(folder, "notes.txt", "not a feature");
        FeatureCatalog catalog = FeatureCatalog.read(folder, READER);
        assertEquals(Set.of("core"), catalog.names());
        assertEquals(1, catalog.problems().size());
        assertTrue(catalog.problems().get(0).toString().contains("broken.json:1:"),
                catalog.problems().get(0).toString());
    }

    @Test
    void closurePutsRequirementsFirst() throws Exception {
        write(folder, "core.json", feature("core", NONE));
        write(folder, "ui.json", feature("ui", new String[] {"core"}));
        write(folder, "reputation.json", feature("reputation", new String[] {"core"}));
        write(folder, "source-rss.json", feature("source-rss", new String[] {"core"}));
        FeatureCatalog catalog = FeatureCatalog.read(folder, READER);
        List<String> names = catalog.closure(List.of("reputation", "source-rss")).stream().map(CatalogEntry::name)
                .toList();
        assertEquals(List.of("core", "reputation", "source-rss"), names);
        assertEquals(Set.of("reputation", "ui", "source-rss"),
                catalog.dependentsOf("core", catalog.names()));
    }

    @Test
    void unknownFeaturesMissingRequirementsAndCirclesAreExplained() throws Exception {
        write(folder, "a.json", feature("a", new String[] {"b"}));
        write(folder, "b.json", feature("b", new String[] {"a"}));
        write(folder, "c.json", feature("c", new String[] {"nowhere"}));
        FeatureCatalog catalog = FeatureCatalog.read(folder, READER);
        assertTrue(assertThrows(FeatureException.class, () -> catalog.closure(List.of("zzz"))).getMessage()
                .contains("there is no feature \"zzz\"; known features: a, b, c"));
        assertTrue(assertThrows(FeatureException.class, () -> catalog.closure(List.of("a"))).getMessage()
                .contains("circle: a -> b -> a"));
        assertTrue(assertThrows(FeatureException.class, () -> catalog.closure(List.of("c"))).getMessage()
                .contains("needs feature \"nowhere\""));
    }

    @Test
    void twoFilesWithOneNameAreReported() throws IOException {
        write(folder, "core.json", feature("core", NONE));
        write(folder, "core-copy.json", feature("core", NONE));
        FeatureCatalog catalog = FeatureCatalog.read(folder, READER);
        assertEquals(1, catalog.entries().size());
        assertTrue(catalog.problems().get(0).message().contains("a second feature named \"core\""));
    }
}
