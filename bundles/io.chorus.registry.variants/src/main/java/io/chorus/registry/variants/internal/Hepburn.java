package io.chorus.registry.variants.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kana to romaji in Hepburn, the romanisation of brands, passports and signs, and romaji back to katakana. Long
 * vowels are where people differ: Tokyo leaves them out, "Toukyou" types the kana, "Tōkyō" is textbook Hepburn,
 * "Tookyoo" doubles, "Tohkyoh" is passport style; and an English word ending in -ii comes back as -y (ソニー: sony).
 */
final class Hepburn {

    /** Kana units, longest first when parsing: yōon and the loanword combinations, then single kana. */
    private static final String TABLE = """
            キャ kya キュ kyu キョ kyo シャ sha シュ shu ショ sho チャ cha チュ chu チョ cho ニャ nya ニュ nyu ニョ nyo
            ヒャ hya ヒュ hyu ヒョ hyo ミャ mya ミュ myu ミョ myo リャ rya リュ ryu リョ ryo ギャ gya ギュ gyu ギョ gyo
            ジャ ja ジュ ju ジョ jo ビャ bya ビュ byu ビョ byo ピャ pya ピュ pyu ピョ pyo シェ she チェ che ジェ je
            ティ ti ディ di トゥ tu ドゥ du ファ fa フィ fi フェ fe フォ fo ウィ wi ウェ we ウォ wo ヴァ va ヴィ vi
            ヴェ ve ヴォ vo ツァ tsa ツェ tse デュ dyu テュ tyu フュ fyu イェ ye
            ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko サ sa シ shi ス su セ se ソ so タ ta チ chi ツ tsu
            テ te ト to ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho マ ma ミ mi ム mu メ me モ mo
            ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ワ wa ヲ o ン n ガ ga ギ gi グ gu ゲ ge ゴ go ザ za ジ ji
            ズ zu ゼ ze ゾ zo ダ da ヂ ji ヅ zu デ de ド do バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe
            ポ po ヴ vu ァ a ィ i ゥ u ェ e ォ o ャ ya ュ yu ョ yo ヮ wa ヰ i ヱ e
            """;

    private static final Map<String, String> ROMAJI = new HashMap<>();
    /** Romaji to katakana; where two kana read the same (ジ and ヂ), the common one. */
    private static final Map<String, String> KATAKANA = new HashMap<>();
    private static final int LONGEST_ROMAJI = 3;

    static {
        String[] pairs = TABLE.strip().split("\\s+");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            ROMAJI.put(pairs[i], pairs[i + 1]);
            if ("ァィゥェォャュョヮ".indexOf(pairs[i].charAt(0)) < 0) {
                KATAKANA.putIfAbsent(pairs[i + 1], pairs[i]);
            }
        }
    }

    private Hepburn() {
    }

    /** A piece of kana text: a syllable, or a character that stays (space, ASCII). */
    private sealed interface Unit permits Syllable, Kept {
    }

    /** A syllable as read, and whether a long vowel follows it (ー, or a vowel kana that lengthens it). */
    private record Syllable(String romaji, boolean geminated, Lengthening lengthening) implements Unit {

        Syllable lengthened(Lengthening how) {
            return new Syllable(romaji, geminated, how);
        }
    }

    private record Kept(String text) implements Unit {
    }

    private enum Lengthening { NONE, MARK, KANA_U, KANA_I, KANA_SAME }

    /**
     * The likeliest romaji spellings of kana text, best first, weighed relative to the best; empty when the text
     * has anything but kana, the long-vowel mark, spaces and ASCII.
     */
    static List<GraphemeRewriter.Spelling> romanise(String text, int limit) {
        String katakana = KanaForms.toKatakana(KanaForms.toFullWidthKana(text));
        List<Unit> units = new ArrayList<>();
        boolean geminate = false;
        int i = 0;
        while (i < katakana.length()) {
            char c = katakana.charAt(i);
            if (c == 'ッ') {
                geminate = true;
                i++;
                continue;
            }
            if (c == 'ー' && !units.isEmpty() && units.getLast() instanceof Syllable last) {
                units.set(units.size() - 1, last.lengthened(Lengthening.MARK));
                i++;
                continue;
            }
            String two = i + 1 < katakana.length() ? ROMAJI.get(katakana.substring(i, i + 2)) : null;
            String one = ROMAJI.get(katakana.substring(i, i + 1));
            if (two != null || one != null) {
                String romaji = two != null ? two : one;
                Lengthening lengthening = lengthens(units, romaji);
                if (lengthening != Lengthening.NONE && units.getLast() instanceof Syllable last) {
                    units.set(units.size() - 1, last.lengthened(lengthening));
                } else {
                    units.add(new Syllable(romaji, geminate, Lengthening.NONE));
                }
                geminate = false;
                i += two != null ? 2 : 1;
            } else if (c <= '~' || c == ' ' || c == '・' || c == '\u3000') {
                units.add(new Kept(c == '・' || c == '\u3000' ? " " : String.valueOf(c)));
                i++;
            } else {
                return List.of();
            }
        }
        List<List<GraphemeRewriter.Spelling>> slots = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit next = u + 1 < units.size() ? units.get(u + 1) : null;
            slots.add(switch (units.get(u)) {
                case Syllable syllable -> spellings(syllable, next);
                case Kept kept -> List.of(new GraphemeRewriter.Spelling(kept.text(), 1));
            });
        }
        return GraphemeRewriter.best(slots, limit);
    }

    /** Whether a vowel kana lengthens the syllable before it (ou, uu, oo, ei, ii, aa, ee) rather than start one. */
    private static Lengthening lengthens(List<Unit> units, String romaji) {
        if (units.isEmpty() || !(units.getLast() instanceof Syllable last) || last.lengthening() != Lengthening.NONE
                || romaji.length() != 1 || last.romaji().equals("n")) {
            return Lengthening.NONE;
        }
        char vowel = last.romaji().charAt(last.romaji().length() - 1);
        char added = romaji.charAt(0);
        if (added == vowel && "aeiou".indexOf(vowel) >= 0) {
            return Lengthening.KANA_SAME;
        }
        if (added == 'u' && vowel == 'o') {
            return Lengthening.KANA_U;
        }
        return added == 'i' && vowel == 'e' ? Lengthening.KANA_I : Lengthening.NONE;
    }

    private static List<GraphemeRewriter.Spelling> spellings(Syllable syllable, Unit next) {
        String base = syllable.romaji();
        if (syllable.geminated()) {
            base = (base.startsWith("ch") ? "t" : base.substring(0, 1)) + base;
        }
        String nextRomaji = next instanceof Syllable following ? following.romaji() : "";
        if (base.equals("n") && !nextRomaji.isEmpty()) {
            char start = nextRomaji.charAt(0);
            if ("aeiouy".indexOf(start) >= 0) {
                return List.of(new GraphemeRewriter.Spelling("n", 1), new GraphemeRewriter.Spelling("n'", 0.5));
            }
            if ("bmp".indexOf(start) >= 0) {
                return List.of(new GraphemeRewriter.Spelling("n", 1), new GraphemeRewriter.Spelling("m", 0.6));
            }
        }
        if (syllable.lengthening() == Lengthening.NONE) {
            return List.of(new GraphemeRewriter.Spelling(base, 1));
        }
        char vowel = base.charAt(base.length() - 1);
        String stem = base.substring(0, base.length() - 1);
        List<GraphemeRewriter.Spelling> options = new ArrayList<>();
        switch (syllable.lengthening()) {
            case KANA_U -> {
                options.add(new GraphemeRewriter.Spelling(base, 1));
                options.add(new GraphemeRewriter.Spelling(base + "u", 0.8));
            }
            // エイ is mostly written as read: sensei, not sense.
            case KANA_I -> {
                options.add(new GraphemeRewriter.Spelling(base + "i", 1));
                options.add(new GraphemeRewriter.Spelling(base, 0.3));
            }
            // Doubled a, i and e kana are written out (okaasan, oishii); doubled o and u mostly are not (Osaka).
            case KANA_SAME -> {
                boolean writtenOut = "aie".indexOf(vowel) >= 0;
                options.add(new GraphemeRewriter.Spelling(base, writtenOut ? 0.5 : 1));
                options.add(new GraphemeRewriter.Spelling(base + vowel, writtenOut ? 1 : 0.7));
            }
            default -> {
                options.add(new GraphemeRewriter.Spelling(base, 1));
                options.add(new GraphemeRewriter.Spelling(base + vowel, 0.7));
            }
        }
        options.add(new GraphemeRewriter.Spelling(stem + macron(vowel), 0.5));
        if (vowel == 'o') {
            options.add(new GraphemeRewriter.Spelling(base + "o", 0.4));
            options.add(new GraphemeRewriter.Spelling(base + "h", 0.3));
        }
        boolean wordEnd = !(next instanceof Syllable);
        if (vowel == 'i' && wordEnd && !stem.isEmpty() && syllable.lengthening() == Lengthening.MARK) {
            options.add(new GraphemeRewriter.Spelling(stem + "y", 0.6));
        }
        return options;
    }

    private static char macron(char vowel) {
        return switch (vowel) {
            case 'a' -> 'ā';
            case 'i' -> 'ī';
            case 'u' -> 'ū';
            case 'e' -> 'ē';
            default -> 'ō';
        };
    }

    /**
     * The katakana of a lower-case Latin word that reads as romaji ("toyota", "honda"; a final consonant plus y, as
     * in "sony", reads as a long i), or nothing when it does not.
     */
    static Optional<String> katakanaOf(String word) {
        String romaji = word.length() > 2 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0
                ? word.substring(0, word.length() - 1) + "iー" : word;
        StringBuilder katakana = new StringBuilder();
        int i = 0;
        while (i < romaji.length()) {
            char c = romaji.charAt(i);
            if (c == 'ー') {
                katakana.append(c);
                i++;
                continue;
            }
            boolean nasal = c == 'n' && (i + 1 == romaji.length() || "aeiouyー".indexOf(romaji.charAt(i + 1)) < 0);
            if (nasal) {
                katakana.append('ン');
                i += i + 1 < romaji.length() && romaji.charAt(i + 1) == 'n' ? 2 : 1;
                continue;
            }
            if (i + 1 < romaji.length() && c == romaji.charAt(i + 1) && "aeiou".indexOf(c) < 0) {
                katakana.append('ッ');
                i++;
                continue;
            }
            int length = Math.min(LONGEST_ROMAJI, romaji.length() - i);
            while (length > 0 && !KATAKANA.containsKey(romaji.substring(i, i + length))) {
                length--;
            }
            if (length == 0) {
                return Optional.empty();
            }
            katakana.append(KATAKANA.get(romaji.substring(i, i + length)));
            i += length;
        }
        return Optional.of(katakana.toString());
    }
}
