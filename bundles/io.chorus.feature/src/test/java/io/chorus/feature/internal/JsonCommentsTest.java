package io.chorus.feature.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonCommentsTest {

    @Test
    void blanksCommentsButKeepsPositions() {
        String text = "{ // line\n \"a\": 1, /* block\n over lines */ \"b\": 2 }";
        String blanked = JsonComments.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("{        \n \"a\": 1,         \n" + " ".repeat(15) + "\"b\": 2 }", blanked);
    }

    @Test
    void leavesSlashesInsideStringsAlone() {
        String text = "{\"url\": \"https://example.com/*x*/\", \"q\": \"say \\\"//hi\\\"\"}";
        assertEquals(text, JsonComments.blank(text));
    }

    @Test
    void anUnterminatedBlockCommentBlanksTheRest() {
        assertEquals("{" + " ".repeat(6), JsonComments.blank("{ /* oh"));
    }
}
