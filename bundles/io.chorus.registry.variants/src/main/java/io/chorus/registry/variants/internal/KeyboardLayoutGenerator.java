package io.chorus.registry.variants.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;

/**
 * The entry typed with the other keyboard layout on: "Сбербанк" comes out as "C,th,fyr" on the US layout, "search"
 * as "ыуфкср" on the Russian one. The whole entry is the likeliest slip (people notice only when they look up);
 * one word of several wrong is less likely (switching in the middle). The Mac Russian layout differs from the
 * Windows one only in ё and punctuation, so it adds a variant only where those occur, and ranks lower (fewer Macs).
 *
 * <p>Only for entries whose writers have a Russian layout: Cyrillic entries, and Latin entries without languages or
 * with a Cyrillic-script language. Applies to every entry type; a hashtag keeps its '#' ('#' typed on the Russian
 * layout would be '№', but people retype the tag, not the sign).
 */
@Component(service = VariantGenerator.class)
public final class KeyboardLayoutGenerator implements VariantGenerator {

    static final String NAME = "keyboard-layout";

    /** Cyrillic typed on the Latin layout: the classic "ghbdtn"; the most common way a Russian word gets garbled. */
    private static final double CYRILLIC_ON_LATIN = 0.5;
    /** Latin typed on the Russian layout: common too, but brand names are often pasted or autocompleted. */
    private static final double LATIN_ON_CYRILLIC = 0.4;
    /** The same on a Mac ("Russian" rather than "Russian - PC"). */
    private static final double MAC_SHARE = 0.3;
    /** One word of several typed with the wrong layout. */
    private static final double ONE_WORD_ONLY = 0.3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Variant> generate(KeywordEntry entry, int limit) {
        EntryText text = EntryText.of(entry);
        EntryScope scope = EntryScope.of(entry);
        if (!scope.usesCyrillicKeyboard()) {
            return List.of();
        }
        VariantCandidates candidates = new VariantCandidates(NAME, VariantCandidates.Agreement.KEEPS_BEST, text);
        String body = text.body();
        if (Script.CYRILLIC.occursIn(body)) {
            offer(candidates, body, KeyboardLayout.US, KeyboardLayout.RUSSIAN_PC, CYRILLIC_ON_LATIN,
                    "typed with the English layout");
            offer(candidates, body, KeyboardLayout.US, KeyboardLayout.RUSSIAN_MAC, CYRILLIC_ON_LATIN * MAC_SHARE,
                    "typed with the English layout (Mac Russian keys)");
        }
        if (Script.LATIN.occursIn(body)) {
            offer(candidates, body, KeyboardLayout.RUSSIAN_PC, KeyboardLayout.US, LATIN_ON_CYRILLIC,
                    "typed with the Russian layout");
            offer(candidates, body, KeyboardLayout.RUSSIAN_MAC, KeyboardLayout.US, LATIN_ON_CYRILLIC * MAC_SHARE,
                    "typed with the Russian layout (Mac)");
        }
        return candidates.best(limit);
    }

    private static void offer(VariantCandidates candidates, String body, KeyboardLayout typed,
                              KeyboardLayout intended, double likelihood, String how) {
        if (!typeable(body, intended)) {
            return;
        }
        String whole = typed.typedAs(body, intended);
        candidates.add(whole, "'" + body + "' " + how, likelihood);
        List<Token> tokens = Token.split(body);
        if (tokens.stream().filter(Token::word).count() < 2) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.word()) {
                String word = typed.typedAs(token.text(), intended);
                if (!word.equals(token.text())) {
                    candidates.add(Token.join(tokens, i, word), "'" + token.text() + "' " + how,
                            likelihood * ONE_WORD_ONLY);
                }
            }
        }
    }

    /** Whether every letter has a key on the layout: "Nestlé" is not typed on a US keyboard, so not mistyped there. */
    private static boolean typeable(String text, KeyboardLayout layout) {
        return text.chars().allMatch(c -> Script.of(c) != layout.script() || layout.hasKey((char) c));
    }
}
