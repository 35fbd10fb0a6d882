package io.chorus.feature;

import static io.chorus.feature.FeatureFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledFeaturesTest {

    @TempDir
    Path folder;

    @Test
    void roundTripsSortedNames() throws Exception {
        Path file = folder.resolve("conf/installed-features.json");
        InstalledFeatures.of(List.of("ui", "core")).with("smm").without("ui").write(file, JSON);
        assertEquals(Set.of("core", "smm"), InstalledFeatures.read(file, JSON).orElseThrow().names());
        assertTrue(Files.readString(file).contains("\"schema\": 1"), Files.readString(file));
    }

    @Test
    void aMissingFileIsEmptyAndABrokenOneIsExplained() throws Exception {
        assertTrue(InstalledFeatures.read(folder.resolve("none.json"), JSON).isEmpty());
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"schema\": 1, \"installed\": [\"core\",");
        FeatureException error = assertThrows(FeatureException.class, () -> InstalledFeatures.read(broken, JSON));
        assertTrue(error.getMessage().contains("broken.json:1:"), error.getMessage());
        Path future = Files.writeString(folder.resolve("future.json"), "{\"schema\": 7, \"installed\": []}");
        assertTrue(assertThrows(FeatureException.class, () -> InstalledFeatures.read(future, JSON)).getMessage()
                .contains("another version of Chorus"));
        Path numbers = Files.writeString(folder.resolve("numbers.json"), "{\"schema\": 1, \"installed\": [1]}");
        assertTrue(assertThrows(FeatureException.class, () -> InstalledFeatures.read(numbers, JSON)).getMessage()
                .contains("as strings"));
    }
}
