package io.chorus.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.ServiceLoader;

import org.osgi.service.feature.FeatureService;

import io.chorus.feature.BundleRepository;
import io.chorus.feature.FeatureCatalog;
import io.chorus.feature.FeatureException;
import io.chorus.feature.FeatureReader;
import io.chorus.feature.InstalledFeatures;
import jakarta.json.spi.JsonProvider;

/**
 * An unpacked Chorus: {@code bin/ bundles/ conf/ dropins/ features/ lib/}. The launcher reads everything it decides
 * from here; nothing outside it (but the workspace) is touched.
 */
final class Distribution {

    private final Path home;
    private final JsonProvider json;
    private final FeatureReader reader;
    private FeatureCatalog catalog;

    private Distribution(Path home, JsonProvider json, FeatureReader reader) {
        this.home = home;
        this.json = json;
        this.reader = reader;
    }

    static Distribution at(Path home) throws LauncherException {
        Path absolute = home.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("features")) || !Files.isDirectory(absolute.resolve("bundles"))) {
            throw new LauncherException(absolute + " is not a Chorus distribution (it needs features/ and bundles/"
                    + " folders); start Chorus with the bin/chorus script of an unpacked distribution");
        }
        JsonProvider json = JsonProvider.provider();
        FeatureService features = ServiceLoader.load(FeatureService.class, Distribution.class.getClassLoader())
                .findFirst().orElseThrow(() -> new LauncherException("the OSGi Feature Service implementation is"
                        + " missing from " + absolute.resolve("lib") + "; reinstall Chorus"));
        return new Distribution(absolute, json, new FeatureReader(features, json));
    }

    Path home() {
        return home;
    }

    Path featuresDirectory() {
        return home.resolve("features");
    }

    Path bundlesDirectory() {
        return home.resolve("bundles");
    }

    Path dropinsDirectory() {
        return home.resolve("dropins");
    }

    Path installedFile() {
        return home.resolve("conf").resolve(InstalledFeatures.FILE_NAME);
    }

    JsonProvider json() {
        return json;
    }

    FeatureReader reader() {
        return reader;
    }

    BundleRepository repository() {
        return new BundleRepository(bundlesDirectory());
    }

    /** Every feature in {@code features/}; read once per process. */
    FeatureCatalog catalog() {
        if (catalog == null) {
            catalog = FeatureCatalog.read(featuresDirectory(), reader);
        }
        return catalog;
    }

    /** Forgets the catalogue, after {@code features/} changed. */
    void reload() {
        catalog = null;
    }

    /** The installed features; every known feature when the file does not exist yet. */
    InstalledFeatures installed() throws LauncherException {
        try {
            return InstalledFeatures.read(installedFile(), json)
                    .orElseGet(() -> InstalledFeatures.of(catalog().names()));
        } catch (FeatureException e) {
            throw new LauncherException(e.getMessage());
        }
    }

    void saveInstalled(InstalledFeatures installed) throws LauncherException {
        try {
            installed.write(installedFile(), json);
        } catch (IOException e) {
            throw new LauncherException("cannot write " + installedFile() + ": " + e.getMessage()
                    + "; check that the distribution folder is writable for you");
        }
    }

    /** {@code conf/chorus.properties}: framework properties an administrator sets for every run. */
    Properties configuration() throws LauncherException {
        Properties properties = new Properties();
        Path file = home.resolve("conf").resolve("chorus.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file);
                 Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(text);
            } catch (IOException | IllegalArgumentException e) {
                throw new LauncherException("cannot read " + file + ": " + e.getMessage()
                        + "; fix the line it names or restore the file from the distribution");
            }
        }
        return properties;
    }

    /** The product version, from the launcher's manifest. */
    static String version() {
        String version = Distribution.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }
}
