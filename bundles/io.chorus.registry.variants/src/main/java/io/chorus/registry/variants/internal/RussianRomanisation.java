package io.chorus.registry.variants.internal;

import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.AFTER_VOWEL;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.NOT_WORD_START;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.WORD_END;
import static io.chorus.registry.variants.internal.GraphemeRewriter.Context.WORD_START;

/** Russian written in Latin letters, the ways people do it besides ICU's BGN and ISO 9. */
enum RussianRomanisation {
    /**
     * How Russian brands and names are commonly written in Latin: ya, yu, kh or h, ts, shch or sch, й as y, ь
     * dropped, кс as x (Yandex), final -ий as -y (Dostoevsky), -ов sometimes -off (Smirnoff).
     */
    COMMON("common Latin spelling", russianRules()
            .rule("а", "a").rule("б", "b").rule("в", "v").rule("г", "g").rule("д", "d")
            .rule("е", "e|ye 0.6", WORD_START).rule("е", "ye|e", AFTER_VOWEL).rule("е", "e")
            .rule("ье", "ye|ie 0.5|e 0.4").rule("ъе", "ye|e 0.5")
            .rule("ё", "e|yo 0.9|jo 0.2").rule("ж", "zh|j 0.2").rule("з", "z").rule("и", "i")
            .rule("ий", "y|iy 0.9|ii 0.3|ij 0.2|i 0.3", WORD_END, NOT_WORD_START).rule("ый", "y|iy 0.5|yi 0.3", WORD_END)
            .rule("ай", "ai 0.8|ay|aj 0.2").rule("ей", "ei 0.8|ey|ej 0.2").rule("ой", "oy|oi 0.6|oj 0.2")
            .rule("й", "y|i 0.6|j 0.3").rule("к", "k").rule("кс", "ks|x 0.9").rule("л", "l").rule("м", "m")
            .rule("н", "n").rule("о", "o").rule("ов", "ov|off 0.3", WORD_END, NOT_WORD_START)
            .rule("ев", "ev|eff 0.2", WORD_END, NOT_WORD_START).rule("п", "p").rule("р", "r").rule("с", "s")
            .rule("т", "t").rule("у", "u").rule("ф", "f").rule("х", "kh|h 0.9").rule("ц", "ts|c 0.3|tz 0.2")
            .rule("ч", "ch").rule("ш", "sh").rule("щ", "shch|sch 0.8|sh 0.2").rule("ъ", "∅").rule("ы", "y|i 0.3")
            .rule("ь", "∅|' 0.3").rule("э", "e").rule("ю", "yu|iu 0.4|ju 0.3").rule("я", "ya|ia 0.4|ja 0.3")
            .rule("ья", "ya|ia 0.4").rule("ью", "yu|iu 0.4")
            .build(), 0.85),
    /**
     * Russian international passports since 2014 (ICAO Doc 9303): я ia, ю iu, й i, х kh, ц ts, щ shch, ъ ie,
     * ь dropped, ё e. Brands follow it less, but people copy it from documents and bank cards.
     */
    PASSPORT("Russian passport transliteration", russianRules()
            .rule("а", "a").rule("б", "b").rule("в", "v").rule("г", "g").rule("д", "d").rule("е", "e")
            .rule("ё", "e").rule("ж", "zh").rule("з", "z").rule("и", "i").rule("й", "i").rule("к", "k")
            .rule("л", "l").rule("м", "m").rule("н", "n").rule("о", "o").rule("п", "p").rule("р", "r")
            .rule("с", "s").rule("т", "t").rule("у", "u").rule("ф", "f").rule("х", "kh").rule("ц", "ts")
            .rule("ч", "ch").rule("ш", "sh").rule("щ", "shch").rule("ъ", "ie").rule("ы", "y").rule("ь", "∅")
            .rule("э", "e").rule("ю", "iu").rule("я", "ia")
            .build(), 0.6);

    private final String reason;
    private final GraphemeRewriter rewriter;
    private final double likelihood;

    RussianRomanisation(String reason, GraphemeRewriter rewriter, double likelihood) {
        this.reason = reason;
        this.rewriter = rewriter;
        this.likelihood = likelihood;
    }

    /** Why people write the variant. */
    String reason() {
        return reason;
    }

    GraphemeRewriter rewriter() {
        return rewriter;
    }

    /** How likely the best spelling of the scheme is. */
    double likelihood() {
        return likelihood;
    }

    private static GraphemeRewriter.Builder russianRules() {
        return GraphemeRewriter.builder("аеёиоуыэюя");
    }
}
