package io.chorus.registry.variants.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;

/**
 * The entry in the other of Latin and Cyrillic, the ways people actually write brands, ranked:
 * <ul>
 * <li>Cyrillic to Latin: the common spelling ({@link RussianRomanisation#COMMON}: Sberbank, Yandex), 0.85 for its
 * best; the passport scheme, 0.6; ICU's BGN/PCGN (Ukrainian BGN for Ukrainian entries), 0.55, and without its
 * diacritics, 0.5; ICU's ISO 9 without diacritics, 0.3, and with them, 0.15.</li>
 * <li>Latin to Cyrillic: by English sound (Beeline: Билайн) and read as romanised Russian (Tinkoff: Тинькофф),
 * 0.85 for the best of whichever the word looks like and 0.6 for the other (see {@link CyrillicSpelling}); ICU's
 * BGN read back, 0.35; ICU letter by letter, 0.25.</li>
 * </ul>
 * Within a scheme, less likely spellings (h for х, э for a) get the scheme's likelihood times their relative weight.
 * A spelling several schemes agree on keeps the highest likelihood. Outputs that still have letters of the
 * source script are dropped. Generates for every entry type whose script allows the other script (see
 * {@link EntryScope}): exclusion phrases are written in both scripts as much as names are.
 */
@Component(service = VariantGenerator.class)
public final class TransliterationGenerator implements VariantGenerator {

    static final String NAME = "transliteration";

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
        if (Script.CYRILLIC.occursIn(body) && scope.allows(Script.LATIN)) {
            for (RussianRomanisation scheme : RussianRomanisation.values()) {
                offer(candidates, body, scheme.rewriter(), limit, scheme.likelihood(), scheme.reason(),
                        Script.CYRILLIC);
            }
            boolean ukrainian = scope.languages().contains("uk") && !scope.languages().contains("ru");
            IcuTransliteration bgn = ukrainian ? IcuTransliteration.UKRAINIAN_BGN : IcuTransliteration.RUSSIAN_BGN;
            String bgnText = bgn.apply(body);
            offerIcu(candidates, bgnText, Script.CYRILLIC, 0.55, "BGN/PCGN transliteration");
            offerIcu(candidates, withoutDiacritics(bgnText), Script.CYRILLIC, 0.5,
                    "BGN/PCGN transliteration without diacritics");
            String iso9 = IcuTransliteration.CYRILLIC_ISO9.apply(body);
            offerIcu(candidates, withoutDiacritics(iso9), Script.CYRILLIC, 0.3,
                    "scientific transliteration (ISO 9) without diacritics");
            offerIcu(candidates, iso9, Script.CYRILLIC, 0.15, "scientific transliteration (ISO 9)");
        }
        if (Script.LATIN.occursIn(body) && scope.allows(Script.CYRILLIC)) {
            String lowerCase = body.toLowerCase(Locale.ROOT);
            for (CyrillicSpelling scheme : CyrillicSpelling.values()) {
                offer(candidates, body, scheme.rewriter(), limit, scheme.likelihood(lowerCase), scheme.reason(),
                        Script.LATIN);
            }
            offerIcu(candidates, IcuTransliteration.LATIN_RUSSIAN_BGN.apply(body), Script.LATIN, 0.35,
                    "BGN/PCGN read back");
            offerIcu(candidates, IcuTransliteration.LATIN_CYRILLIC.apply(body), Script.LATIN, 0.25,
                    "letter by letter");
        }
        return candidates.best(limit);
    }

    /** Offers the best spellings of the body under one scheme, each word spelled on its own, in its case. */
    private static void offer(VariantCandidates candidates, String body, GraphemeRewriter rewriter, int limit,
                              double likelihood, String reason, Script source) {
        List<List<GraphemeRewriter.Spelling>> slots = new ArrayList<>();
        for (Token token : Token.split(body)) {
            if (!token.word()) {
                slots.add(List.of(new GraphemeRewriter.Spelling(token.text(), 1)));
                continue;
            }
            LetterCase letterCase = LetterCase.of(token.text());
            List<GraphemeRewriter.Spelling> spelled = new ArrayList<>();
            for (GraphemeRewriter.Spelling spelling : rewriter.spell(token.text().toLowerCase(Locale.ROOT), limit)) {
                spelled.add(new GraphemeRewriter.Spelling(letterCase.apply(spelling.text()), spelling.weight()));
            }
            slots.add(spelled);
        }
        for (GraphemeRewriter.Spelling spelling : GraphemeRewriter.best(slots, limit)) {
            if (!source.occursIn(spelling.text())) {
                candidates.add(spelling.text(), reason, likelihood * spelling.weight());
            }
        }
    }

    private static void offerIcu(VariantCandidates candidates, String transliterated, Script source,
                                 double likelihood, String reason) {
        if (!source.occursIn(transliterated)) {
            candidates.add(transliterated, "ICU " + reason, likelihood);
        }
    }

    /** ASCII-ish Latin: accents and the prime marks BGN writes for ь and ъ dropped. */
    private static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\p{Mn}ʹʺ]", "");
    }
}
