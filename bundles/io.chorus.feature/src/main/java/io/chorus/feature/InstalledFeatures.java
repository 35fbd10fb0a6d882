package io.chorus.feature;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.chorus.api.files.AtomicFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;

/**
 * The features an administrator installed in a distribution, kept in {@code conf/installed-features.json}:
 * <pre>{"schema": 1, "installed": ["core", "reputation", "ui"]}</pre>
 * Chorus starts these unless a run names others with {@code --features}.
 */
public record InstalledFeatures(SortedSet<String> names) {

    /** The file's name inside {@code conf/}. */
    public static final String FILE_NAME = "installed-features.json";

    /** The layout version this code writes and reads. */
    public static final int SCHEMA = 1;

    public InstalledFeatures {
        names = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** An installed set of exactly these names. */
    public static InstalledFeatures of(Collection<String> names) {
        return new InstalledFeatures(new TreeSet<>(names));
    }

    /** Whether the feature is installed. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    /** This set plus {@code name}. */
    public InstalledFeatures with(String name) {
        TreeSet<String> copy = new TreeSet<>(names);
        copy.add(name);
        return new InstalledFeatures(copy);
    }

    /** This set without {@code name}. */
    public InstalledFeatures without(String name) {
        TreeSet<String> copy = new TreeSet<>(names);
        copy.remove(name);
        return new InstalledFeatures(copy);
    }

    /** Reads the file; empty when it does not exist yet. */
    public static Optional<InstalledFeatures> read(Path file, JsonProvider json) throws FeatureException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "cannot read the installed features: "
                    + e.getMessage())));
        }
        JsonObject object;
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            object = reader.readObject();
        } catch (JsonParsingException e) {
            throw new FeatureException(List.of(new FeatureProblem(file, (int) e.getLocation().getLineNumber(),
                    (int) e.getLocation().getColumnNumber(), "not valid JSON (" + e.getMessage()
                            + "); restore it or write {\"schema\": 1, \"installed\": [\"core\"]}")));
        } catch (JsonException | IllegalStateException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "expected a JSON object like {\"schema\": 1,"
                    + " \"installed\": [\"core\"]}: " + e.getMessage())));
        }
        JsonValue schema = object.get("schema");
        if (!(schema instanceof JsonNumber number) || number.intValue() != SCHEMA) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "\"schema\" must be " + SCHEMA + "; this file"
                    + " was written by another version of Chorus")));
        }
        if (!(object.get("installed") instanceof JsonArray installed)) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "\"installed\" must be an array of feature"
                    + " names")));
        }
        TreeSet<String> names = new TreeSet<>();
        for (JsonValue value : installed) {
            if (!(value instanceof JsonString name)) {
                throw new FeatureException(List.of(FeatureProblem.of(file, "\"installed\" must hold feature names"
                        + " as strings, not " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT))));
            }
            names.add(name.getString());
        }
        return Optional.of(new InstalledFeatures(names));
    }

    /** Writes the file atomically. */
    public void write(Path file, JsonProvider json) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text)) {
            generator.writeStartObject().write("schema", SCHEMA).writeStartArray("installed");
            names.forEach(generator::write);
            generator.writeEnd().writeEnd();
        }
        AtomicFiles.writeString(file, text.toString().strip() + System.lineSeparator());
    }
}
