package io.chorus.registry.internal.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON file of the workspace, read for mapping with the exact place of every mistake. Syntax errors come with the
 * parser's position; a wrong value found while mapping names its field path, and the document finds that field's
 * line and column by streaming through the text again (the tree model forgets positions, and errors are rare).
 */
public final class JsonDocument {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            // a key written twice is a mistake to point at, not a value to lose silently
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path file;
    private final String text;
    private final JsonNode root;

    private JsonDocument(Path file, String text, JsonNode root) {
        this.file = file;
        this.text = text;
        this.root = root;
    }

    /** Parses the text; a syntax error names the line and column. */
    public static JsonDocument parse(Path file, String text) throws FileFormatException {
        if (text.isBlank()) {
            throw new FileFormatException(file, 1, 1, "", "the file is empty; restore it from a backup or delete it");
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            return new JsonDocument(file, text, root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new FileFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "not valid JSON: " + (cut > 0 ? message.substring(0, cut) : message));
        }
    }

    public JsonNode root() {
        return root;
    }

    /** An error about the value at a field path ({@code entries[2].match}), placed at that value in the text. */
    public FileFormatException error(String path, String message) {
        int[] position = locate(path);
        return new FileFormatException(file, position[0], position[1], path, message);
    }

    /** Line and column of the value at a field path, or of the closest enclosing value that exists. */
    int[] locate(String path) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            int[] best = {1, 1};
            int bestLength = -1;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT
                        || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String here = pathOf(parser, token);
                boolean enclosing = path.equals(here) || here.isEmpty() || path.startsWith(here + ".")
                        || path.startsWith(here + "[");
                if (enclosing && here.length() > bestLength) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    best = new int[] {at.getLineNr(), at.getColumnNr()};
                    bestLength = here.length();
                    if (path.equals(here)) {
                        return best;
                    }
                }
            }
            return best;
        } catch (JacksonException e) {
            return new int[] {0, 0};
        }
    }

    /** The field path of the value the parser is at, in the form {@code entries[2].match}. */
    private static String pathOf(JsonParser parser, JsonToken token) {
        TokenStreamContext context = token.isStructStart() ? parser.streamReadContext().getParent()
                : parser.streamReadContext();
        List<String> steps = new ArrayList<>();
        for (TokenStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            steps.add(level.inArray() ? "[" + level.getCurrentIndex() + "]" : level.currentName());
        }
        StringBuilder path = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            String step = steps.get(i);
            if (!step.startsWith("[") && !path.isEmpty()) {
                path.append('.');
            }
            path.append(step);
        }
        return path.toString();
    }

    // ---- reading values with messages that say what was expected ---------------------------------------------

    /** The object at the root; anything else is an error. */
    public ObjectNode object() throws FileFormatException {
        if (!(root instanceof ObjectNode object)) {
            throw error("", "the file must hold one JSON object, not " + kind(root));
        }
        return object;
    }

    public String text(ObjectNode node, String path, String field, boolean required) throws FileFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(path, "\"" + field + "\" is missing; add it as a string");
            }
            return "";
        }
        if (!value.isString()) {
            throw error(join(path, field), "expected a string, found " + kind(value));
        }
        return value.asString();
    }

    public int integer(ObjectNode node, String path, String field, int fallback) throws FileFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            throw error(join(path, field), "expected a whole number, found " + kind(value));
        }
        return value.asInt();
    }

    public double number(ObjectNode node, String path, String field, double fallback) throws FileFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw error(join(path, field), "expected a number, found " + kind(value));
        }
        return value.asDouble();
    }

    public List<String> strings(ObjectNode node, String path, String field) throws FileFormatException {
        JsonNode value = node.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!(value instanceof ArrayNode array)) {
            throw error(join(path, field), "expected a list of strings like [\"en\", \"ru\"], found " + kind(value));
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isString()) {
                throw error(join(path, field) + "[" + i + "]", "expected a string, found " + kind(item));
            }
            result.add(item.asString());
        }
        return result;
    }

    /** The objects of a list field, each with its path. */
    public List<ObjectNode> objects(ObjectNode node, String path, String field) throws FileFormatException {
        JsonNode value = node.get(field);
        List<ObjectNode> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!(value instanceof ArrayNode array)) {
            throw error(join(path, field), "expected a list of objects, found " + kind(value));
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof ObjectNode item)) {
                throw error(join(path, field) + "[" + i + "]", "expected an object, found " + kind(array.get(i)));
            }
            result.add(item);
        }
        return result;
    }

    /** An enum written in lower case with hyphens ({@code brand-name}). */
    public <E extends Enum<E>> E choice(ObjectNode node, String path, String field, Class<E> type, E fallback)
            throws FileFormatException {
        String value = text(node, path, field, fallback == null);
        if (value.isEmpty() && fallback != null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (spelling(constant).equals(value.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add("\"" + spelling(constant) + "\"");
        }
        throw error(join(path, field), "\"" + value + "\" is not one of " + String.join(", ", allowed));
    }

    /** How an enum constant is written in files: {@code BRAND_NAME} as {@code brand-name}. */
    public static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String kind(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "the string \"" + node.asString() + "\"";
            case NUMBER -> "the number " + node.asString();
            case BOOLEAN -> node.asString();
            case NULL -> "null";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Writes a tree as the pretty, stable JSON people diff. */
    public static String write(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
    }

    /** A fresh object node. */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

}
