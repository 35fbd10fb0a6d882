package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.AFTER_CONSONANT;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.AFTER_VOWEL;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.BEFORE_CONSONANT;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.BEFORE_FRONT_VOWEL;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.BEFORE_MAGIC_E;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.BEFORE_VOWEL;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.NOT_WORD_START;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.WORD_END;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.WORD_START;

import java.util.regex.Pattern;

/** Latin words written in Cyrillic the ways Russian speakers write them, besides ICU's letter-by-letter schemes. */
enum CyrillicSpelling {
    /**
     * By the sound of English, the way Russian media write foreign brands: ee and ea as и, oo as у, ph as ф, th as
     * т or с, a silent final e that makes the vowel before it long (Beeline: Билайн, Nike: Найк), -le as л (Apple:
     * Эппл), -ies as -из (Wildberries: Вайлдберриз), x as кс, and pinyin xia as ся (Xiaomi: Сяоми). Letters that
     * English reads two ways get both (a as а or э, u as у or а).
     */
    ENGLISH_SOUNDS("spelled by the English sound", englishRules()
            .rule("a", "ей|а 0.5|эй 0.4", BEFORE_MAGIC_E).rule("a", "а|э 0.55")
            .rule("ai", "ей|ай 0.6|эй 0.5").rule("ay", "ей|ай 0.6|эй 0.5").rule("au", "о|ау 0.8").rule("aw", "о|ау 0.6")
            .rule("b", "б").rule("bb", "бб|б 0.8")
            .rule("c", "с", BEFORE_FRONT_VOWEL).rule("c", "к").rule("cc", "кк|к 0.8").rule("ck", "к")
            .rule("ch", "ч|х 0.3|ш 0.2")
            .rule("d", "д").rule("dd", "дд|д 0.8").rule("dge", "дж", WORD_END)
            .rule("e", "э|е 0.7", WORD_START).rule("e", "∅|е 0.4", WORD_END, AFTER_CONSONANT, NOT_WORD_START)
            .rule("e", "и|е 0.8", BEFORE_MAGIC_E).rule("e", "е|э 0.4")
            .rule("ee", "и").rule("ea", "и|е 0.5").rule("ei", "ей|ай 0.5|и 0.4").rule("ey", "ей|и 0.6", WORD_END)
            .rule("ey", "ей").rule("eu", "ью|еу 0.7").rule("ew", "ью|ю 0.6").rule("er", "ер|ар 0.3|а 0.3", WORD_END)
            .rule("f", "ф").rule("ff", "фф|ф 0.8")
            .rule("g", "г|дж 0.7", BEFORE_FRONT_VOWEL).rule("g", "г").rule("gg", "гг|г 0.8")
            .rule("gh", "∅|г 0.3", WORD_END).rule("gh", "г|∅ 0.5")
            .rule("h", "∅|х 0.5", AFTER_VOWEL, WORD_END).rule("h", "х")
            .rule("i", "ай|и 0.5", BEFORE_MAGIC_E).rule("i", "и").rule("ie", "и", WORD_END)
            .rule("ies", "из|ис 0.7|иес 0.3", WORD_END).rule("igh", "ай").rule("ild", "айлд|илд 0.8")
            .rule("ind", "айнд|инд 0.8").rule("ia", "иа|ия 0.8")
            .rule("j", "дж|й 0.2|ж 0.2")
            .rule("k", "к").rule("kn", "н|кн 0.8", WORD_START)
            .rule("l", "л").rule("ll", "лл|л 0.8").rule("le", "л|ле 0.5|ль 0.3", WORD_END, AFTER_CONSONANT)
            .rule("m", "м").rule("mm", "мм|м 0.8").rule("n", "н").rule("nn", "нн|н 0.8").rule("ng", "нг|н 0.3", WORD_END)
            .rule("o", "оу|о 0.9", BEFORE_MAGIC_E).rule("o", "о|а 0.2").rule("oo", "у|оо 0.3")
            .rule("ou", "ау|у 0.7|оу 0.4").rule("ow", "оу|ау 0.7", WORD_END).rule("ow", "ау|оу 0.8")
            .rule("oa", "о|оу 0.5").rule("oi", "ой").rule("oy", "ой").rule("ore", "ор", WORD_END)
            .rule("p", "п").rule("pp", "пп|п 0.8").rule("ph", "ф")
            .rule("q", "к").rule("qu", "кв|к 0.3")
            .rule("r", "р").rule("rr", "рр|р 0.8")
            .rule("s", "с|з 0.5", AFTER_VOWEL, BEFORE_VOWEL).rule("s", "с").rule("ss", "сс|с 0.8").rule("sh", "ш")
            .rule("sch", "ш|ск 0.6|сх 0.4")
            .rule("t", "т").rule("tt", "тт|т 0.8").rule("th", "т|с 0.6|з 0.4").rule("tch", "ч")
            .rule("tion", "шн|шен 0.8|ция 0.6", WORD_END)
            .rule("u", "ю|у 0.6", BEFORE_MAGIC_E).rule("u", "у|а 0.5|ю 0.2").rule("ui", "уи|у 0.3")
            .rule("v", "в")
            .rule("w", "в|у 0.8", WORD_START).rule("w", "в|у 0.7").rule("wh", "у|в 0.6").rule("wr", "р", WORD_START)
            .rule("x", "кс|з 0.7", WORD_START).rule("x", "кс")
            .rule("xia", "ся|ксиа 0.9|шиа 0.2").rule("xie", "се|ксие 0.9").rule("xiu", "сю|ксиу 0.9")
            .rule("ya", "я|йа 0.2", WORD_START).rule("yu", "ю", WORD_START).rule("yo", "йо|ё 0.8", WORD_START)
            .rule("ye", "е|йе 0.5", WORD_START).rule("y", "и|ай 0.3", WORD_END, AFTER_CONSONANT)
            .rule("y", "ай|и 0.9", AFTER_CONSONANT, BEFORE_CONSONANT).rule("y", "й|и 0.5")
            .rule("z", "з").rule("zz", "цц|зз 0.6")
            .build()),
    /**
     * Read back as romanised Russian: zh ж, kh х, ts ц, shch щ, ya я, -y -ий, -off -ов. Romanisation drops the
     * soft sign, so л and н before a consonant may get it back (Tinkoff: Тинькофф).
     */
    ROMANISED_RUSSIAN("read as romanised Russian", englishRules()
            .rule("a", "а").rule("b", "б").rule("v", "в").rule("w", "в").rule("g", "г").rule("d", "д")
            .rule("e", "э|е 0.8", WORD_START).rule("e", "е|э 0.2").rule("yo", "ё|йо 0.5").rule("jo", "ё|йо 0.5")
            .rule("zh", "ж").rule("z", "з").rule("i", "и").rule("iy", "ий|ый 0.6", WORD_END)
            .rule("ij", "ий", WORD_END).rule("yi", "ий|ый 0.8", WORD_END)
            .rule("y", "ый|ий 0.9|и 0.4", WORD_END, AFTER_CONSONANT).rule("y", "й", AFTER_VOWEL)
            .rule("y", "й", BEFORE_VOWEL).rule("y", "ы|и 0.5")
            .rule("ya", "я").rule("ja", "я").rule("ia", "ия|я 0.8").rule("yu", "ю").rule("ju", "ю")
            .rule("iu", "ю|иу 0.5").rule("ye", "е|йе 0.3").rule("je", "е|йе 0.3").rule("j", "й")
            .rule("k", "к").rule("kh", "х").rule("ks", "кс").rule("x", "кс")
            .rule("l", "л|ль 0.5", BEFORE_CONSONANT).rule("l", "л").rule("m", "м")
            .rule("n", "н|нь 0.5", BEFORE_CONSONANT).rule("n", "н").rule("o", "о").rule("p", "п").rule("r", "р")
            .rule("s", "с").rule("sh", "ш").rule("shch", "щ").rule("sch", "щ").rule("t", "т")
            .rule("ts", "ц|тс 0.5").rule("tz", "ц").rule("ch", "ч").rule("u", "у").rule("f", "ф")
            .rule("ff", "фф|в 0.6", WORD_END).rule("h", "х").rule("c", "ц|к 0.7").rule("ck", "к").rule("q", "к")
            .rule("'", "ь")
            .build());

    /** Signs that a Latin word is romanised Russian rather than English. */
    private static final Pattern RUSSIAN_LOOKING = Pattern.compile(
            "zh|kh|shch|ya|yu|yo|(iy|ov|ev|off|eff|sky|skiy|enko|ova|eva|aya|iya)\\b");

    /** The likelihood of the best spelling when the word looks like its scheme, and when it does not. */
    private static final double LIKELY = 0.85;
    private static final double POSSIBLE = 0.6;

    private final String reason;
    private final GraphemeRewriter rewriter;

    CyrillicSpelling(String reason, GraphemeRewriter rewriter) {
        this.reason = reason;
        this.rewriter = rewriter;
    }

    String reason() {
        return reason;
    }

    GraphemeRewriter rewriter() {
        return rewriter;
    }

    /** How likely the best spelling of this scheme is for the lower-case text. */
    double likelihood(String lowerCaseText) {
        boolean russianLooking = RUSSIAN_LOOKING.matcher(lowerCaseText).find();
        return (this == ROMANISED_RUSSIAN) == russianLooking ? LIKELY : POSSIBLE;
    }

    private static GraphemeRewriter.Builder englishRules() {
        return GraphemeRewriter.builder("aeiouy");
    }
}
