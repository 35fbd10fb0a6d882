package io.chorus.feature;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureArtifact;
import org.osgi.service.feature.FeatureExtension;
import org.osgi.service.feature.FeatureService;

import io.chorus.feature.internal.FeatureFileValidator;
import io.chorus.feature.internal.JsonComments;
import io.chorus.feature.internal.LocatedJson;
import io.chorus.feature.internal.LocatedJson.JsonArrayNode;
import io.chorus.feature.internal.LocatedJson.JsonObjectNode;
import io.chorus.feature.internal.LocatedJson.JsonStringNode;
import jakarta.json.spi.JsonProvider;

/**
 * Reads one feature file: checks it strictly (every mistake with its line and column), then lets the OSGi Feature
 * Service read it, so that Chorus and any other feature tool see the same feature.
 */
public final class FeatureReader {

    private final FeatureService featureService;
    private final JsonProvider json;

    public FeatureReader(FeatureService featureService, JsonProvider json) {
        this.featureService = Objects.requireNonNull(featureService, "featureService");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The feature service this reader hands files to. */
    public FeatureService featureService() {
        return featureService;
    }

    /** Reads and checks {@code file}. */
    public CatalogEntry read(Path file) throws FeatureException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "the file is not UTF-8 text; save it as"
                    + " UTF-8")));
        } catch (IOException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "cannot read the file: " + e.getMessage())));
        }
        return read(file, text);
    }

    /** Checks and reads {@code text}, naming {@code file} in messages. */
    public CatalogEntry read(Path file, String text) throws FeatureException {
        String plain = JsonComments.blank(text.startsWith("\uFEFF") ? " " + text.substring(1) : text);
        LocatedJson tree;
        try {
            tree = LocatedJson.parse(json, plain);
        } catch (LocatedJson.SyntaxException e) {
            throw new FeatureException(List.of(new FeatureProblem(file, e.line(), e.column(), e.getMessage())));
        }
        List<FeatureProblem> problems = new ArrayList<>(FeatureFileValidator.validate(file, tree));
        if (!problems.isEmpty()) {
            throw new FeatureException(problems);
        }
        Feature feature;
        try {
            feature = featureService.readFeature(new StringReader(plain));
        } catch (IOException | RuntimeException e) {
            throw new FeatureException(List.of(FeatureProblem.of(file, "the OSGi feature reader refused it: "
                    + e.getMessage())));
        }
        JsonObjectNode root = (JsonObjectNode) tree;
        String name = feature.getID().getArtifactId();
        if (!FeatureFileValidator.FEATURE_NAME.matcher(name).matches()) {
            int[] at = root.positionOf("id");
            throw new FeatureException(List.of(new FeatureProblem(file, at[0], at[1], "the artifact id \"" + name
                    + "\" is the feature's name on command lines: use lower-case letters, digits, '.', '-' and '_'")));
        }
        return new CatalogEntry(name, feature, file, requires(root), workbenchBundles(feature));
    }

    private static List<String> requires(JsonObjectNode root) {
        if (!(root.members().get("extensions") instanceof JsonObjectNode extensions)
                || !(extensions.members().get(ChorusExtensions.REQUIRES) instanceof JsonObjectNode requires)
                || !(requires.members().get("json") instanceof JsonObjectNode content)
                || !(content.members().get("features") instanceof JsonArrayNode names)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (LocatedJson item : names.items()) {
            String name = ((JsonStringNode) item).value();
            if (!result.contains(name)) {
                result.add(name);
            }
        }
        return result;
    }

    private static List<FeatureArtifact> workbenchBundles(Feature feature) {
        FeatureExtension extension = feature.getExtensions().get(ChorusExtensions.WORKBENCH_BUNDLES);
        return extension == null ? List.of() : extension.getArtifacts();
    }
}
