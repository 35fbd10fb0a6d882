package io.chorus.registry.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;

/**
 * Merges fresh suggestions into an entry's reviewed variants. People's decisions always stand: accepted, pinned and
 * rejected variants stay as they are, a rejected text is never suggested again, and suggestions fill what the
 * budget leaves after the accepted ones (pinned variants do not count against it).
 */
final class VariantReview {

    private VariantReview() {
    }

    /** A key that treats "Acme", "ACME" and "Acmé"-as-NFC alike. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    static List<Variant> merge(KeywordEntry entry, List<Variant> suggestions, int budget) {
        Map<String, Variant> decided = new LinkedHashMap<>();
        for (Variant variant : entry.variants()) {
            if (variant.status().isDecided()) {
                decided.putIfAbsent(key(variant.text()), variant);
            }
        }
        long accepted = decided.values().stream().filter(v -> v.status() == VariantStatus.ACCEPTED).count();
        Map<String, Variant> fresh = new LinkedHashMap<>();
        String own = key(entry.text());
        for (Variant suggestion : suggestions) {
            String key = key(suggestion.text());
            if (key.equals(own) || key.isEmpty() || decided.containsKey(key)) {
                continue;
            }
            Variant earlier = fresh.get(key);
            if (earlier == null || suggestion.likelihood() > earlier.likelihood()) {
                fresh.put(key, suggestion.withStatus(VariantStatus.SUGGESTED));
            }
        }
        List<Variant> ranked = new ArrayList<>(fresh.values());
        ranked.sort(Comparator.comparingDouble(Variant::likelihood).reversed().thenComparing(Variant::text));
        int room = (int) Math.max(0, budget - accepted);
        List<Variant> result = new ArrayList<>(decided.values());
        result.addAll(ranked.subList(0, Math.min(room, ranked.size())));
        return result;
    }

    /** The variants after a person's decision about one text; an unknown text becomes a manual variant. */
    static List<Variant> decide(KeywordEntry entry, String text, VariantStatus status) {
        List<Variant> result = new ArrayList<>();
        boolean found = false;
        String wanted = key(text);
        for (Variant variant : entry.variants()) {
            if (key(variant.text()).equals(wanted)) {
                found = true;
                result.add(variant.withStatus(status));
            } else {
                result.add(variant);
            }
        }
        if (!found) {
            result.add(new Variant(text.strip(), Variant.MANUAL, "added by a person", 1.0, status));
        }
        return result;
    }
}
