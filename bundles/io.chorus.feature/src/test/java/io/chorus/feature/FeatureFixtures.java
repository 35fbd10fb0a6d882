package io.chorus.feature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.osgi.service.feature.FeatureService;

import jakarta.json.spi.JsonProvider;

/** Feature files for tests, read by the real OSGi Feature Service implementation. */
final class FeatureFixtures {

    static final FeatureService SERVICE = ServiceLoader.load(FeatureService.class).findFirst().orElseThrow();
    static final JsonProvider JSON = JsonProvider.provider();
    static final FeatureReader READER = new FeatureReader(SERVICE, JSON);

    private FeatureFixtures() {
    }

    /** A minimal valid feature named {@code name} needing {@code requires}, bringing {@code bundles}. */
    static String feature(String name, String[] requires, String... bundles) {
        StringBuilder json = new StringBuilder("{\n  \"feature-resource-version\": \"1.0\",\n")
                .append("  \"id\": \"io.chorus.feature:").append(name).append(":osgifeature:1.0.0\",\n")
                .append("  \"bundles\": [");
        for (int i = 0; i < bundles.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(bundles[i]).append("\"}");
        }
        json.append("]");
        if (requires.length > 0) {
            json.append(",\n  \"extensions\": {\"chorus.requires\": {\"kind\": \"mandatory\", \"type\": \"json\","
                    + " \"json\": {\"features\": [");
            for (int i = 0; i < requires.length; i++) {
                json.append(i == 0 ? "" : ", ").append('"').append(requires[i]).append('"');
            }
            json.append("]}}}");
        }
        return json.append("\n}\n").toString();
    }

    static Path write(Path folder, String fileName, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(fileName), text);
    }

    /** Puts an (empty) jar for these coordinates into a Maven-layout repository. */
    static void deposit(Path repository, String group, String artifact, String version) throws IOException {
        Path jar = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[] {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }
}
