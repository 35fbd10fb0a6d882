package ${package}.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259), so that the bundle needs nothing but the JDK: objects become
 * {@code Map<String, Object>}, arrays {@code List<Object>}, numbers {@link BigDecimal}, and null {@link #NULL}.
 * The typed getters name the JSON path of a value that has the wrong type.
 */
final class Json {

    /** JSON's null, so that a map can tell it from a missing member. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** The text is not JSON, or not the JSON expected; the message says where. */
    static final class JsonException extends Exception {
        private static final long serialVersionUID = 1L;

        JsonException(String message) {
            super(message);
        }
    }

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) throws JsonException {
        Json json = new Json(text);
        json.skipSpace();
        Object value = json.value();
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.error("unexpected text after the JSON value");
        }
        return value;
    }

    // ---- typed access ------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String path) throws JsonException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw wrongType(path, "an object", value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value, String path) throws JsonException {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw wrongType(path, "an array", value);
    }

    static String string(Map<String, Object> object, String member, String path) throws JsonException {
        Object value = object.get(member);
        if (value instanceof String string) {
            return string;
        }
        throw wrongType(path + "." + member, "a string", value);
    }

    /** A string member that may be missing or null: then empty. */
    static String optionalString(Map<String, Object> object, String member, String path) throws JsonException {
        Object value = object.get(member);
        return value == null || value == NULL ? "" : string(object, member, path);
    }

    static long integer(Map<String, Object> object, String member, String path) throws JsonException {
        Object value = object.get(member);
        if (value instanceof BigDecimal number) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(path + "." + member, "a whole number", value);
            }
        }
        throw wrongType(path + "." + member, "a number", value);
    }

    /** A boolean member that may be missing or null: then false. */
    static boolean flag(Map<String, Object> object, String member, String path) throws JsonException {
        Object value = object.get(member);
        if (value == null || value == NULL) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw wrongType(path + "." + member, "true or false", value);
    }

    private static JsonException wrongType(String path, String expected, Object value) {
        String found = value == null ? "nothing" : value == NULL ? "null" : value instanceof Map ? "an object"
                : value instanceof List ? "an array" : value instanceof String ? "a string"
                : value instanceof Boolean ? "a boolean" : "a number";
        return new JsonException(path + " should be " + expected + " but is " + found);
    }

    // ---- parsing -----------------------------------------------------------------------------------------------

    private Object value() throws JsonException {
        if (at >= text.length()) {
            throw error("the text ends where a value should start");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() throws JsonException {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in quotes");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(name, value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array() throws JsonException {
        List<Object> values = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return values;
        }
        while (true) {
            skipSpace();
            values.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return values;
            }
        }
    }

    private String string() throws JsonException {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("the text ends inside a string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("the text ends inside an escape");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("the text ends inside a \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("a \\u escape needs four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("unknown escape \\" + escaped);
            }
        }
    }

    private BigDecimal number() throws JsonException {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw error("not a number");
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
        return value;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error(at >= text.length() ? "the text ends where '" + c + "' should be" : "expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    /** An error naming the line and column, counted from 1. */
    private JsonException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(what + " at line " + line + ", column " + column);
    }
}
