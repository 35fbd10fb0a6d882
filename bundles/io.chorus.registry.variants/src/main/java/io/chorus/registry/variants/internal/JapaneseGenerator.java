package io.chorus.registry.variants.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;

/**
 * Japanese script forms of an entry, ranked:
 * <ul>
 * <li>kana: romaji in Hepburn with its long-vowel spellings (ソニー: soni, sonii, sony, sonī), 0.8 for the best,
 * when Latin suits the entry (see {@link EntryScope}); half-width katakana, 0.5; the other kana, 0.45 from
 * hiragana to katakana (brands are mostly katakana), 0.25 the other way;</li>
 * <li>full-width Latin (ＳＯＮＹ) to ASCII, 0.9, and ASCII to full width, 0.3, in Japanese entries or those that
 * name Japanese;</li>
 * <li>Latin entries that name Japanese and read as romaji (Toyota, Sony): katakana, 0.35, then half-width katakana
 * and hiragana.</li>
 * </ul>
 * Entries with kanji get only the kana and width forms of their kana and Latin parts: reading kanji needs a
 * dictionary. Generates for every entry type.
 */
@Component(service = VariantGenerator.class)
public final class JapaneseGenerator implements VariantGenerator {

    static final String NAME = "japanese";

    private static final double ROMAJI = 0.8;
    private static final double HALF_WIDTH_KANA = 0.5;
    private static final double KATAKANA_OF_HIRAGANA = 0.45;
    private static final double HIRAGANA_OF_KATAKANA = 0.25;
    private static final double ASCII_OF_FULL_WIDTH = 0.9;
    private static final double FULL_WIDTH_OF_ASCII = 0.3;
    private static final double KATAKANA_OF_ROMAJI = 0.35;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Variant> generate(KeywordEntry entry, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        EntryText text = EntryText.of(entry);
        EntryScope scope = EntryScope.of(entry);
        VariantCandidates candidates = new VariantCandidates(NAME, VariantCandidates.Agreement.KEEPS_BEST, text);
        String body = text.body();
        boolean japanese = Script.JAPANESE.occursIn(body);
        if (KanaForms.hasFullWidthLatin(body)) {
            candidates.add(KanaForms.toHalfWidthLatin(body), "full-width letters typed in half width",
                    ASCII_OF_FULL_WIDTH);
        }
        if (japanese) {
            kanaForms(candidates, body, scope, limit);
        } else if (scope.allows(Script.JAPANESE) && Script.LATIN.occursIn(body)) {
            latinForms(candidates, body);
        }
        return candidates.best(limit);
    }

    private static void kanaForms(VariantCandidates candidates, String body, EntryScope scope, int limit) {
        if (scope.allows(Script.LATIN)) {
            for (GraphemeRewriter.Spelling spelling : Hepburn.romanise(body, limit)) {
                candidates.add(spelling.text(), "romaji (Hepburn)", ROMAJI * spelling.weight());
            }
        }
        candidates.add(KanaForms.toHalfWidth(body), "half-width katakana", HALF_WIDTH_KANA);
        if (KanaForms.hasHalfWidthKana(body)) {
            candidates.add(KanaForms.toFullWidthKana(body), "full-width katakana", ASCII_OF_FULL_WIDTH);
        }
        if (body.chars().anyMatch(c -> KanaForms.isHiragana((char) c))) {
            candidates.add(KanaForms.toKatakana(body), "in katakana", KATAKANA_OF_HIRAGANA);
        }
        if (body.chars().anyMatch(c -> KanaForms.isKatakana((char) c) && c != 'ー')) {
            candidates.add(KanaForms.toHiragana(KanaForms.toFullWidthKana(body)), "in hiragana", HIRAGANA_OF_KATAKANA);
        }
        if (body.chars().anyMatch(c -> c > ' ' && c <= '~')) {
            candidates.add(KanaForms.toFullWidthLatin(body), "Latin letters in full width", FULL_WIDTH_OF_ASCII);
        }
    }

    private static void latinForms(VariantCandidates candidates, String body) {
        candidates.add(KanaForms.toFullWidthLatin(body), "full-width letters, as Japanese input types them",
                FULL_WIDTH_OF_ASCII);
        StringBuilder katakana = new StringBuilder();
        for (Token token : Token.split(body.toLowerCase(Locale.ROOT))) {
            if (!token.word()) {
                katakana.append(token.text().equals(" ") ? "・" : token.text());
                continue;
            }
            Optional<String> kana = Hepburn.katakanaOf(token.text());
            if (kana.isEmpty()) {
                return;
            }
            katakana.append(kana.get());
        }
        String written = katakana.toString();
        candidates.add(written, "read as romaji, in katakana", KATAKANA_OF_ROMAJI);
        candidates.add(KanaForms.toHalfWidth(written), "read as romaji, in half-width katakana",
                KATAKANA_OF_ROMAJI * HALF_WIDTH_KANA);
        candidates.add(KanaForms.toHiragana(written), "read as romaji, in hiragana",
                KATAKANA_OF_ROMAJI * HIRAGANA_OF_KATAKANA);
    }
}
