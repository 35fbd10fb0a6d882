package io.chorus.registry.variants.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyboardLayoutTest {

    @Test
    void neighboursOnQwerty() {
        assertEquals(sorted("wa"), sortedNeighbours(KeyboardLayout.US, 'q'));
        assertEquals(sorted("adwezx"), sortedNeighbours(KeyboardLayout.US, 's'));
        assertEquals(sorted("fhtyvb"), sortedNeighbours(KeyboardLayout.US, 'g'));
        assertEquals(sorted("bmhj"), sortedNeighbours(KeyboardLayout.US, 'n'));
    }

    @Test
    void neighboursOnTheRussianLayout() {
        assertEquals(sorted("фвцуяч"), sortedNeighbours(KeyboardLayout.RUSSIAN_PC, 'ы'));
        assertEquals(sorted("тбол"), sortedNeighbours(KeyboardLayout.RUSSIAN_PC, 'ь'));
        assertTrue(KeyboardLayout.RUSSIAN_PC.neighboursOf('q').isEmpty());
    }

    @Test
    void retypedOnTheOtherLayout() {
        assertEquals("ghbdtn", KeyboardLayout.US.typedAs("привет", KeyboardLayout.RUSSIAN_PC));
        assertEquals("Ghbdtn? vbh!", KeyboardLayout.US.typedAs("Привет, мир!", KeyboardLayout.RUSSIAN_PC));
        assertEquals("руддщ", KeyboardLayout.RUSSIAN_PC.typedAs("hello", KeyboardLayout.US));
        assertEquals("№1", KeyboardLayout.RUSSIAN_PC.typedAs("#1", KeyboardLayout.US));
        assertEquals("Ёлка", KeyboardLayout.RUSSIAN_PC.typedAs("~krf", KeyboardLayout.US));
        assertEquals("Ёлка", KeyboardLayout.RUSSIAN_MAC.typedAs("|krf", KeyboardLayout.US));
    }

    private static String sortedNeighbours(KeyboardLayout layout, char letter) {
        return sorted(layout.neighboursOf(letter));
    }

    private static String sorted(String letters) {
        return letters.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
