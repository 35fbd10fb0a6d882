package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() throws Exception {
        Object value = Json.parse("{\"a\": [1, -2.5e1, true, false, null], \"b\": \"caf\\u00e9 \\\"x\\\"\\n\", \"c\": {}}");
        Map<String, Object> object = Json.object(value, "root");
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, false, Json.NULL), object.get("a"));
        assertEquals("café \"x\"\n", object.get("b"));
        assertEquals(Map.of(), object.get("c"));
    }

    @Test
    void namesTheLineAndColumnOfBrokenJson() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\n  \"posts\": [1, 2"));
        assertEquals("the text ends where ']' should be at line 2, column 17", e.getMessage());
        assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(Json.JsonException.class, () -> Json.parse("<html>"));
        assertThrows(Json.JsonException.class, () -> Json.parse(""));
    }

    @Test
    void namesThePathOfAValueOfTheWrongType() throws Exception {
        Map<String, Object> post = Json.object(Json.parse("{\"id\": \"12\"}"), "posts[0]");
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.integer(post, "id", "posts[0]"));
        assertEquals("posts[0].id should be a number but is a string", e.getMessage());
    }
}
