package io.chorus.feature.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;

/**
 * A JSON tree that remembers where each value starts, so that validation messages can name a line and column.
 * Built from the streaming parser because the tree API forgets positions.
 */
public sealed interface LocatedJson {

    /** 1-based line of the value. */
    int line();

    /** 1-based column of the value. */
    int column();

    /** What kind of JSON value this is, in the words a message uses. */
    String kind();

    /** An object; keys keep the file's order. */
    record JsonObjectNode(Map<String, LocatedJson> members, Map<String, int[]> keyPositions, int line, int column)
            implements LocatedJson {
        @Override
        public String kind() {
            return "an object";
        }

        /** Where a key is written, or where the object starts when the key is absent. */
        public int[] positionOf(String key) {
            return keyPositions.getOrDefault(key, new int[] {line, column});
        }
    }

    /** An array. */
    record JsonArrayNode(List<LocatedJson> items, int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string. */
    record JsonStringNode(String value, int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number; kept as written so integers stay integers. */
    record JsonNumberNode(String text, boolean integral, int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBooleanNode(boolean value, int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record JsonNullNode(int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** Thrown when the text is not JSON at all. */
    final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Parses comment-free JSON text. */
    static LocatedJson parse(JsonProvider provider, String json) throws SyntaxException {
        if (json.isBlank()) {
            throw new SyntaxException("the file is empty; a feature file holds one JSON object", 1, 1);
        }
        try (JsonParser parser = provider.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new SyntaxException("the file is empty; a feature file holds one JSON object", 1, 1);
            }
            LocatedJson root = read(parser, parser.next());
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new SyntaxException("unexpected content after the end of the JSON object",
                        (int) at.getLineNumber(), (int) at.getColumnNumber());
            }
            return root;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String message = describe(e.getMessage());
            if (message.contains("ends too early")) {
                // The parser's position at the end of input is unreliable; the end of the content is what to fix.
                int[] end = endOfContent(json);
                throw new SyntaxException(message, end[0], end[1]);
            }
            throw new SyntaxException(message, (int) at.getLineNumber(), (int) at.getColumnNumber());
        }
    }

    private static LocatedJson read(JsonParser parser, JsonParser.Event event) {
        JsonLocation at = parser.getLocation();
        int line = (int) at.getLineNumber();
        int column = Math.max(1, (int) at.getColumnNumber() - 1);
        switch (event) {
            case START_OBJECT: {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                Map<String, int[]> positions = new LinkedHashMap<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_OBJECT) {
                    String key = parser.getString();
                    JsonLocation keyAt = parser.getLocation();
                    int keyColumn = Math.max(1, (int) keyAt.getColumnNumber() - key.length() - 2);
                    positions.put(key, new int[] {(int) keyAt.getLineNumber(), keyColumn});
                    members.put(key, read(parser, parser.next()));
                    assert next == JsonParser.Event.KEY_NAME;
                }
                return new JsonObjectNode(Collections.unmodifiableMap(members),
                        Collections.unmodifiableMap(positions), line, column);
            }
            case START_ARRAY: {
                List<LocatedJson> items = new ArrayList<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
                    items.add(read(parser, next));
                }
                return new JsonArrayNode(List.copyOf(items), line, column);
            }
            case VALUE_STRING: {
                String value = parser.getString();
                return new JsonStringNode(value, line, Math.max(1, column - value.length() - 1));
            }
            case VALUE_NUMBER: {
                String text = parser.getString();
                return new JsonNumberNode(text, parser.isIntegralNumber(), line,
                        Math.max(1, column - text.length() + 1));
            }
            case VALUE_TRUE:
                return new JsonBooleanNode(true, line, Math.max(1, column - 3));
            case VALUE_FALSE:
                return new JsonBooleanNode(false, line, Math.max(1, column - 4));
            case VALUE_NULL:
                return new JsonNullNode(line, Math.max(1, column - 3));
            default:
                throw new IllegalStateException("Unexpected JSON event " + event);
        }
    }

    /** Line and column just after the last character that is not blank. */
    private static int[] endOfContent(String json) {
        int last = json.length() - 1;
        while (last >= 0 && Character.isWhitespace(json.charAt(last))) {
            last--;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i <= last; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Parser messages name token types; say the same in words. */
    private static String describe(String parserMessage) {
        String text = parserMessage == null ? "" : parserMessage;
        int cut = text.indexOf(" at (line");
        String what = (cut > 0 ? text.substring(0, cut) : text)
                .replace("Invalid token=EOF", "the file ends too early")
                .replaceAll("Invalid token=([A-Z]+)", "unexpected $1");
        for (String token : List.of("CURLYOPEN", "CURLYCLOSE", "SQUAREOPEN", "SQUARECLOSE", "COMMA", "COLON",
                "STRING", "NUMBER", "TRUE", "FALSE", "NULL")) {
            what = what.replace("unexpected " + token, "found " + tokenWord(token));
        }
        String marker = "Expected tokens are:";
        int expected = text.indexOf(marker);
        if (expected < 0) {
            return "not valid JSON: " + what;
        }
        String list = text.substring(expected + marker.length()).trim().replaceAll("^\\[|\\]$", "");
        StringBuilder words = new StringBuilder();
        for (String token : list.split(",\\s*")) {
            if (!words.isEmpty()) {
                words.append(" or ");
            }
            words.append(tokenWord(token.trim()));
        }
        return "not valid JSON: " + what + " (expected " + words + ")";
    }

    private static String tokenWord(String token) {
        return switch (token) {
            case "COMMA" -> "','";
            case "COLON" -> "':'";
            case "CURLYOPEN" -> "'{'";
            case "CURLYCLOSE" -> "'}'";
            case "SQUAREOPEN" -> "'['";
            case "SQUARECLOSE" -> "']'";
            case "STRING" -> "a quoted string";
            case "NUMBER" -> "a number";
            case "TRUE", "FALSE" -> token.toLowerCase(java.util.Locale.ROOT);
            case "NULL" -> "null";
            default -> token;
        };
    }
}
