package io.chorus.source.bluesky.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.chorus.source.api.SourceItem;

/**
 * Keeps the firehose posts that contain a keyword. Plain substring matching after NFKC and lower-casing: it works for
 * Japanese, which has no spaces between words, and for Russian word forms when the keyword is a stem ("чайник").
 * Chorus's matcher decides precisely afterwards; this only has to keep everything that might match.
 */
record KeywordFilter(List<String> keywords, Set<String> languages) {

    static KeywordFilter of(String keywords, String languages) {
        List<String> words = Arrays.stream((keywords == null ? "" : keywords).split("[,\\n]"))
                .map(KeywordFilter::fold).filter(word -> !word.isEmpty()).distinct().toList();
        Set<String> langs = Arrays.stream((languages == null ? "" : languages).split(","))
                .map(lang -> lang.strip().toLowerCase(Locale.ROOT)).filter(lang -> !lang.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new KeywordFilter(words, langs);
    }

    boolean isEmpty() {
        return keywords.isEmpty();
    }

    boolean accepts(SourceItem item) {
        if (!languages.isEmpty() && !languages.contains(item.language())) {
            return false;
        }
        String text = fold(item.text());
        for (String keyword : keywords) {
            if (text.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
