package io.chorus.registry.variants.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;

/**
 * Collects the candidate spellings of one entry for one generator and hands out the best. Spellings that differ only
 * in case (after NFC) are one variant; the entry's own text is never one. When two ways lead to the same spelling,
 * the likelier reason is kept, and the chances either add up (different mistakes that happen to give the same text
 * are separate events: 1 - (1 - p)(1 - q)) or the higher one stays (schemes that agree because they follow the same
 * letters are no independent evidence).
 */
final class VariantCandidates {

    /** What two ways to the same spelling make together. */
    enum Agreement {
        /** Separate events: the chances add up. */
        ADDS_UP,
        /** The same evidence twice: the higher chance stays. */
        KEEPS_BEST
    }

    private record Candidate(String text, String reason, double likelihood, int order) {
    }

    private static final Comparator<Candidate> MOST_LIKELY_FIRST = Comparator
            .comparingDouble(Candidate::likelihood).reversed().thenComparingInt(Candidate::order);

    private final String generator;
    private final Agreement agreement;
    private final EntryText entry;
    private final String entryKey;
    private final Map<String, Candidate> byKey = new HashMap<>();

    VariantCandidates(String generator, Agreement agreement, EntryText entry) {
        this.generator = generator;
        this.agreement = agreement;
        this.entry = entry;
        this.entryKey = key(entry.text());
    }

    /** The comparison key of a text: NFC, lower case. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Offers a spelling of the entry's body. */
    void add(String body, String reason, double likelihood) {
        if (body.isBlank() || !(likelihood > 0)) {
            return;
        }
        String text = entry.variant(body);
        String key = key(text);
        if (key.equals(entryKey)) {
            return;
        }
        double chance = Math.min(1, likelihood);
        Candidate known = byKey.get(key);
        if (known == null) {
            byKey.put(key, new Candidate(text, reason, chance, byKey.size()));
        } else {
            double combined = agreement == Agreement.ADDS_UP ? 1 - (1 - known.likelihood()) * (1 - chance)
                    : Math.max(known.likelihood(), chance);
            String likelierReason = chance > known.likelihood() ? reason : known.reason();
            byKey.put(key, new Candidate(known.text(), likelierReason, combined, known.order()));
        }
    }

    /** At most {@code limit} variants, most likely first; ties keep the order they were offered in. */
    List<Variant> best(int limit) {
        if (limit <= 0 || byKey.isEmpty()) {
            return List.of();
        }
        List<Candidate> ranked = new ArrayList<>(byKey.values());
        ranked.sort(MOST_LIKELY_FIRST);
        List<Variant> variants = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Candidate candidate : ranked.subList(0, Math.min(limit, ranked.size()))) {
            variants.add(new Variant(candidate.text(), generator, candidate.reason(), candidate.likelihood(),
                    VariantStatus.SUGGESTED));
        }
        return List.copyOf(variants);
    }
}
