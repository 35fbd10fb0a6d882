package io.chorus.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;

class VariantReviewTest {

    private static Variant v(String text, double likelihood, VariantStatus status) {
        return new Variant(text, "typo", "test", likelihood, status);
    }

    private static KeywordEntry entry(List<Variant> variants) {
        return new KeywordEntry("acme", EntryType.BRAND_NAME, "Acme", List.of("en"), MatchOptions.EXACT, Set.of(), "",
                variants, KeywordEntry.USER);
    }

    @Test
    void decisionsStandAndRejectedTextsAreNeverSuggestedAgain() {
        KeywordEntry entry = entry(List.of(v("Acmee", 0.5, VariantStatus.ACCEPTED), v("Acne", 0.9,
                VariantStatus.REJECTED), v("Akme", 0.4, VariantStatus.PINNED), v("Amce", 0.2, VariantStatus.SUGGESTED)));
        List<Variant> merged = VariantReview.merge(entry, List.of(v("ACNE", 0.99, VariantStatus.SUGGESTED),
                v("acme", 1.0, VariantStatus.SUGGESTED), v("Acmme", 0.6, VariantStatus.SUGGESTED),
                v("Acem", 0.3, VariantStatus.SUGGESTED), v("Acmme", 0.7, VariantStatus.SUGGESTED)), 3);
        List<String> texts = merged.stream().map(v -> v.text() + ":" + v.status()).toList();
        // Budget 3: one accepted counts, pinned does not, so two suggestions fit, most likely first.
        assertEquals(List.of("Acmee:ACCEPTED", "Acne:REJECTED", "Akme:PINNED", "Acmme:SUGGESTED", "Acem:SUGGESTED"),
                texts);
        assertEquals(0.7, merged.get(3).likelihood(), "the more likely duplicate wins");
    }

    @Test
    void aDecisionAboutAnUnknownTextAddsAManualVariant() {
        List<Variant> variants = VariantReview.decide(entry(List.of(v("Acmee", 0.5, VariantStatus.SUGGESTED))),
                " АКМЕ ", VariantStatus.ACCEPTED);
        assertEquals(2, variants.size());
        assertEquals(new Variant("АКМЕ", Variant.MANUAL, "added by a person", 1.0, VariantStatus.ACCEPTED),
                variants.get(1));
        assertTrue(VariantReview.decide(entry(variants), "acmee", VariantStatus.REJECTED).get(0).status()
                == VariantStatus.REJECTED, "decisions find variants ignoring case");
    }
}
