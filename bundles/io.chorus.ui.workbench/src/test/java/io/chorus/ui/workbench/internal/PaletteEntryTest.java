package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PaletteEntryTest {

    private static PaletteEntry entry(String kind, String label, String category) {
        return new PaletteEntry(kind, label, category, "", () -> { });
    }

    private final List<PaletteEntry> entries = List.of(
            entry("Command", "Reset Perspective", "Window"),
            entry("View", "Mentions", "Monitoring"),
            entry("View", "Sources", "Monitoring"),
            entry("Perspective", "Reputation", ""),
            entry("Command", "Poll All Sources", "Sources"),
            entry("Command", "Открыть семантическое ядро", "Семантическое ядро"));

    private List<String> labels(String typed) {
        return PaletteEntry.filter(entries, typed, Locale.ROOT).stream().map(PaletteEntry::label).toList();
    }

    @Test
    void prefixMatchesComeFirstThenInitialsThenSubstrings() {
        assertEquals(List.of("Reputation", "Reset Perspective"), labels("re"));
        assertEquals(List.of("Reset Perspective"), labels("rp"));
        assertEquals(List.of("Sources", "Poll All Sources"), labels("sources"));
    }

    @Test
    void everyWordMustOccurInLabelCategoryOrKind() {
        assertEquals(List.of("Mentions", "Sources"), labels("monitoring view"));
        assertEquals(List.of(), labels("monitoring command"));
    }

    @Test
    void findsCyrillicLabelsCaseInsensitively() {
        assertEquals(List.of("Открыть семантическое ядро"), labels("СЕМАНТ"));
    }

    @Test
    void anEmptyFilterListsEverythingAlphabetically() {
        assertEquals(6, labels("").size());
        assertEquals("Mentions", labels(" ").get(0));
    }
}
