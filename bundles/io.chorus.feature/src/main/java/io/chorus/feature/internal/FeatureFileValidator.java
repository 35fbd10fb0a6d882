package io.chorus.feature.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.chorus.feature.ChorusExtensions;
import io.chorus.feature.FeatureProblem;
import io.chorus.feature.internal.LocatedJson.JsonArrayNode;
import io.chorus.feature.internal.LocatedJson.JsonNumberNode;
import io.chorus.feature.internal.LocatedJson.JsonObjectNode;
import io.chorus.feature.internal.LocatedJson.JsonStringNode;

/**
 * Checks a feature file against the OSGi Feature Service JSON format before the reference implementation reads it.
 * The implementation silently drops what it does not expect (a bundle written as a plain string, a number where an
 * object belongs), which would quietly leave bundles out of a product; here every such mistake becomes a message
 * with its line and column.
 */
public final class FeatureFileValidator {

    /** {@code groupId:artifactId[:type[:classifier]]:version}, no blanks. */
    private static final Pattern COORDINATES = Pattern.compile("[^:\\s]+(:[^:\\s]+){2}(:[^:\\s]*)?(:[^:\\s]+)?");

    /** Feature names are typed on command lines: keep them simple. */
    public static final Pattern FEATURE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private static final Set<String> TOP_LEVEL = Set.of("feature-resource-version", "id", "name", "description",
            "docURL", "license", "scm", "vendor", "complete", "categories", "variables", "bundles", "configurations",
            "extensions");

    private static final Set<String> TEXT_MEMBERS = Set.of("name", "description", "docURL", "license", "scm",
            "vendor");

    private final Path file;
    private final List<FeatureProblem> problems = new ArrayList<>();

    private FeatureFileValidator(Path file) {
        this.file = file;
    }

    /** Every problem in the tree; an empty list means the reference implementation will read it faithfully. */
    public static List<FeatureProblem> validate(Path file, LocatedJson root) {
        FeatureFileValidator validator = new FeatureFileValidator(file);
        validator.validateRoot(root);
        return List.copyOf(validator.problems);
    }

    private void validateRoot(LocatedJson root) {
        if (!(root instanceof JsonObjectNode feature)) {
            report(root, "a feature file holds one JSON object, not " + root.kind());
            return;
        }
        for (Map.Entry<String, LocatedJson> member : feature.members().entrySet()) {
            String key = member.getKey();
            if (!TOP_LEVEL.contains(key)) {
                String suggestion = closest(key, TOP_LEVEL);
                report(feature.positionOf(key), "unknown member \"" + key + "\""
                        + (suggestion == null ? "; the OSGi feature format has no such member"
                                : "; did you mean \"" + suggestion + "\"?"));
            }
        }
        LocatedJson version = feature.members().get("feature-resource-version");
        if (version != null) {
            if (!(version instanceof JsonStringNode text)) {
                report(version, "\"feature-resource-version\" must be a string such as \"1.0\"");
            } else if (!text.value().equals("1") && !text.value().startsWith("1.")) {
                report(version, "this file uses feature-resource-version " + text.value()
                        + ", but Chorus reads version 1.x files; write it for version 1.0");
            }
        }
        LocatedJson id = feature.members().get("id");
        if (id == null) {
            report(feature, "the feature has no \"id\"; add \"id\": \"groupId:artifactId:osgifeature:version\"");
        } else {
            checkCoordinates(id, "the feature's \"id\"");
        }
        for (String key : TEXT_MEMBERS) {
            LocatedJson value = feature.members().get(key);
            if (value != null && !(value instanceof JsonStringNode)) {
                report(value, "\"" + key + "\" must be a string, not " + value.kind());
            }
        }
        LocatedJson complete = feature.members().get("complete");
        if (complete != null && !(complete instanceof LocatedJson.JsonBooleanNode)) {
            report(complete, "\"complete\" must be true or false");
        }
        LocatedJson categories = feature.members().get("categories");
        if (categories != null) {
            stringArray(categories, "\"categories\"");
        }
        LocatedJson variables = feature.members().get("variables");
        if (variables != null) {
            if (variables instanceof JsonObjectNode object) {
                object.members().forEach((name, value) -> {
                    if (value instanceof JsonObjectNode || value instanceof JsonArrayNode) {
                        report(value, "variable \"" + name + "\" must be a string, number, boolean or null");
                    }
                });
            } else {
                report(variables, "\"variables\" must be an object of names and values");
            }
        }
        LocatedJson bundles = feature.members().get("bundles");
        if (bundles != null) {
            artifacts(bundles, "\"bundles\"", "bundle");
        }
        LocatedJson configurations = feature.members().get("configurations");
        if (configurations != null) {
            if (configurations instanceof JsonObjectNode object) {
                object.members().forEach((pid, values) -> {
                    if (pid.isBlank()) {
                        report(object.positionOf(pid), "a configuration needs a PID as its name");
                    }
                    if (!(values instanceof JsonObjectNode)) {
                        report(values, "configuration \"" + pid + "\" must be an object of properties, not "
                                + values.kind());
                    }
                });
            } else {
                report(configurations, "\"configurations\" must be an object that maps PIDs to properties");
            }
        }
        LocatedJson extensions = feature.members().get("extensions");
        if (extensions != null) {
            if (extensions instanceof JsonObjectNode object) {
                object.members().forEach(this::extension);
            } else {
                report(extensions, "\"extensions\" must be an object that maps extension names to extensions");
            }
        }
    }

    private void extension(String name, LocatedJson node) {
        if (!(node instanceof JsonObjectNode extension)) {
            report(node, "extension \"" + name + "\" must be an object with \"kind\", \"type\" and its content");
            return;
        }
        String kind = "optional";
        LocatedJson kindNode = extension.members().get("kind");
        if (kindNode != null) {
            if (kindNode instanceof JsonStringNode text
                    && Set.of("mandatory", "optional", "transient").contains(text.value().toLowerCase(Locale.ROOT))) {
                kind = text.value().toLowerCase(Locale.ROOT);
            } else {
                report(kindNode, "extension \"" + name + "\": \"kind\" must be \"mandatory\", \"optional\" or"
                        + " \"transient\"");
            }
        }
        List<String> contents = new ArrayList<>();
        for (String content : List.of("text", "json", "artifacts")) {
            if (extension.members().containsKey(content)) {
                contents.add(content);
            }
        }
        LocatedJson typeNode = extension.members().get("type");
        String type = null;
        if (typeNode != null) {
            if (typeNode instanceof JsonStringNode text
                    && Set.of("text", "json", "artifacts").contains(text.value().toLowerCase(Locale.ROOT))) {
                type = text.value().toLowerCase(Locale.ROOT);
            } else {
                report(typeNode, "extension \"" + name + "\": \"type\" must be \"text\", \"json\" or \"artifacts\"");
            }
        }
        if (contents.size() != 1) {
            report(extension, "extension \"" + name + "\" must have exactly one of \"text\", \"json\" or"
                    + " \"artifacts\"" + (contents.isEmpty() ? "" : ", not " + String.join(" and ", contents)));
            return;
        }
        String content = contents.get(0);
        if (type != null && !type.equals(content)) {
            report(typeNode, "extension \"" + name + "\" says \"type\": \"" + type + "\" but holds \"" + content
                    + "\"");
        }
        LocatedJson value = extension.members().get(content);
        switch (content) {
            case "text" -> {
                if (!(value instanceof JsonStringNode)) {
                    stringArray(value, "extension \"" + name + "\" text");
                }
            }
            case "json" -> {
                if (!(value instanceof JsonObjectNode)) {
                    report(value, "extension \"" + name + "\": \"json\" must be a JSON object, not " + value.kind());
                }
            }
            default -> artifacts(value, "extension \"" + name + "\"", "artifact");
        }
        switch (name) {
            case ChorusExtensions.REQUIRES -> requires(value, content);
            case ChorusExtensions.WORKBENCH_BUNDLES -> {
                if (!content.equals("artifacts")) {
                    report(value, "extension \"" + name + "\" lists bundles: write it as \"artifacts\"");
                }
            }
            default -> {
                if (kind.equals("mandatory")) {
                    report(extension, "the feature needs extension \"" + name + "\", which Chorus does not"
                            + " understand; ask the feature's vendor for a version Chorus can run");
                }
            }
        }
    }

    private void requires(LocatedJson value, String content) {
        if (!content.equals("json") || !(value instanceof JsonObjectNode object)) {
            report(value, "extension \"" + ChorusExtensions.REQUIRES + "\" must be JSON like"
                    + " {\"features\": [\"core\"]}");
            return;
        }
        LocatedJson features = object.members().get("features");
        if (features == null) {
            report(object, "extension \"" + ChorusExtensions.REQUIRES + "\" needs \"features\": [\"core\", ...]");
            return;
        }
        if (stringArray(features, "\"features\" of " + ChorusExtensions.REQUIRES)) {
            for (LocatedJson item : ((JsonArrayNode) features).items()) {
                String name = ((JsonStringNode) item).value();
                if (!FEATURE_NAME.matcher(name).matches()) {
                    report(item, "\"" + name + "\" is not a feature name: use lower-case letters, digits, '.', '-'"
                            + " and '_', for example \"core\" or \"source-rss\"");
                }
            }
        }
    }

    private void artifacts(LocatedJson node, String what, String noun) {
        if (!(node instanceof JsonArrayNode array)) {
            report(node, what + " must be an array of {\"id\": \"groupId:artifactId:version\"} objects");
            return;
        }
        for (LocatedJson item : array.items()) {
            if (item instanceof JsonStringNode text) {
                report(item, "write this " + noun + " as {\"id\": \"" + text.value() + "\"}: OSGi feature readers"
                        + " skip entries that are plain strings, so it would be left out");
            } else if (item instanceof JsonObjectNode object) {
                LocatedJson id = object.members().get("id");
                if (id == null) {
                    report(object, "this " + noun + " has no \"id\"; add \"id\": \"groupId:artifactId:version\"");
                } else {
                    checkCoordinates(id, "the " + noun + "'s \"id\"");
                }
                LocatedJson order = object.members().get(ChorusExtensions.START_ORDER);
                if (order != null && startOrder(order) < 1) {
                    report(order, "\"" + ChorusExtensions.START_ORDER + "\" must be a whole number from 1 up");
                }
            } else {
                report(item, "each " + noun + " must be an object {\"id\": \"groupId:artifactId:version\"}, not "
                        + item.kind());
            }
        }
    }

    /** The start order a node holds, or 0 when it is not a positive whole number. */
    public static int startOrder(LocatedJson node) {
        String text = node instanceof JsonNumberNode number && number.integral() ? number.text()
                : node instanceof JsonStringNode string ? string.value().trim() : "";
        try {
            int value = Integer.parseInt(text);
            return Math.max(value, 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean stringArray(LocatedJson node, String what) {
        if (!(node instanceof JsonArrayNode array)) {
            report(node, what + " must be an array of strings, not " + node.kind());
            return false;
        }
        boolean fine = true;
        for (LocatedJson item : array.items()) {
            if (!(item instanceof JsonStringNode)) {
                report(item, what + " must hold strings only, not " + item.kind());
                fine = false;
            }
        }
        return fine;
    }

    private void checkCoordinates(LocatedJson node, String what) {
        if (!(node instanceof JsonStringNode text)) {
            report(node, what + " must be a string \"groupId:artifactId:version\", not " + node.kind());
        } else if (!COORDINATES.matcher(text.value()).matches()) {
            report(node, what + " \"" + text.value() + "\" is not Maven coordinates; write"
                    + " \"groupId:artifactId[:type[:classifier]]:version\"");
        }
    }

    private void report(LocatedJson node, String message) {
        problems.add(new FeatureProblem(file, node.line(), node.column(), message));
    }

    private void report(int[] position, String message) {
        problems.add(new FeatureProblem(file, position[0], position[1], message));
    }

    /** The known word within two edits of {@code word}, for "did you mean" hints. */
    static String closest(String word, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = editDistance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
