package io.chorus.ui.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One line of the command palette: a command, a view or a perspective, found by typing any part of its name.
 *
 * @param kind     what it is, translated ("Command", "View", "Perspective")
 * @param label    its name without mnemonics
 * @param category the command's category or the view's, possibly empty
 * @param keys     the key binding, possibly empty
 * @param action   what choosing it does (runs on the UI thread)
 */
record PaletteEntry(String kind, String label, String category, String keys, Runnable action) {

    /**
     * The entries matching what was typed, best first: every word of the filter must occur in the label, category
     * or kind; labels starting with the filter come first, then those whose word initials match ("rp" finds "Reset
     * Perspective"), then alphabetical.
     */
    static List<PaletteEntry> filter(List<PaletteEntry> entries, String typed, Locale locale) {
        String filter = typed == null ? "" : typed.strip().toLowerCase(locale);
        if (filter.isEmpty()) {
            List<PaletteEntry> all = new ArrayList<>(entries);
            all.sort(Comparator.comparing(PaletteEntry::label, String.CASE_INSENSITIVE_ORDER));
            return all;
        }
        String[] words = filter.split("\\s+");
        List<PaletteEntry> matches = new ArrayList<>();
        for (PaletteEntry entry : entries) {
            String haystack = (entry.label() + " " + entry.category() + " " + entry.kind()).toLowerCase(locale);
            boolean all = true;
            for (String word : words) {
                all &= haystack.contains(word);
            }
            if (all || initials(entry.label(), locale).startsWith(filter.replace(" ", ""))) {
                matches.add(entry);
            }
        }
        matches.sort(Comparator.<PaletteEntry>comparingInt(entry -> rank(entry, filter, locale))
                .thenComparing(PaletteEntry::label, String.CASE_INSENSITIVE_ORDER));
        return matches;
    }

    private static int rank(PaletteEntry entry, String filter, Locale locale) {
        String label = entry.label().toLowerCase(locale);
        if (label.startsWith(filter)) {
            return 0;
        }
        if (initials(entry.label(), locale).startsWith(filter.replace(" ", ""))) {
            return 1;
        }
        return label.contains(filter) ? 2 : 3;
    }

    private static String initials(String label, Locale locale) {
        StringBuilder initials = new StringBuilder();
        for (String word : label.split("[\\s/\\-]+")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().toLowerCase(locale);
    }
}
