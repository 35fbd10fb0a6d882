package io.chorus.index.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The fuzzy words of every rule, checked once per word of a mention instead of once per rule.
 *
 * <p>A fuzzy clause ({@code acme~1}) cannot be filtered by the rule index's presearcher, so every rule with one would
 * run against every mention, and Lucene builds a fuzzy automaton on each run. Instead, the rules' fuzzy words are
 * collected here with one automaton each; when a mention is indexed, every word of it within reach of a fuzzy word is
 * also indexed as that fuzzy word's key ({@code acme~1}) in the {@code *.fuzzy} fields, at the same position and
 * offsets. A fuzzy clause then is a plain term query on its key, which the presearcher filters like any word.
 *
 * <p>Fuzzy matching keeps the first letter (people rarely mistype it) and counts a transposition as one edit, as
 * Lucene's FuzzyQuery does.
 */
public final class FuzzyWords {

    /** The fuzzy words of no rule. */
    public static final FuzzyWords NONE = new FuzzyWords(Map.of());

    /** The most edits Lucene's Levenshtein automata allow. */
    private static final int MAX_EDITS = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

    /** Letters before the first mistake: the first is kept. */
    static final int PREFIX_LENGTH = 1;

    private record FuzzyWord(String key, int length, int maxEdits, CharacterRunAutomaton automaton) {
    }

    /** By first code point: a word can only be within reach of fuzzy words that start like it. */
    private final Map<Integer, List<FuzzyWord>> byFirstLetter;

    private FuzzyWords(Map<Integer, List<FuzzyWord>> byFirstLetter) {
        this.byFirstLetter = byFirstLetter;
    }

    public boolean isEmpty() {
        return byFirstLetter.isEmpty();
    }

    /** The term a fuzzy word is indexed as. */
    static String key(String word, int maxEdits) {
        return word + "~" + maxEdits;
    }

    /** Gives the key of every fuzzy word the (analysed) word is within reach of. */
    void keysOf(String word, Consumer<String> keys) {
        if (word.isEmpty()) {
            return;
        }
        List<FuzzyWord> candidates = byFirstLetter.get(word.codePointAt(0));
        if (candidates == null) {
            return;
        }
        int length = word.codePointCount(0, word.length());
        // sorted by length: only fuzzy words whose length is within their edits of the word's can match
        int from = firstOfLength(candidates, length - MAX_EDITS);
        for (int i = from; i < candidates.size() && candidates.get(i).length() <= length + MAX_EDITS; i++) {
            FuzzyWord candidate = candidates.get(i);
            if (Math.abs(candidate.length() - length) <= candidate.maxEdits() && candidate.automaton().run(word)) {
                keys.accept(candidate.key());
            }
        }
    }

    private static int firstOfLength(List<FuzzyWord> byLength, int length) {
        int low = 0;
        int high = byLength.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byLength.get(middle).length() < length) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Collects the fuzzy words of the rules being compiled; each word and distance gets one automaton. */
    public static final class Builder {
        private final Map<String, FuzzyWord> words = new LinkedHashMap<>();

        /** Registers the analysed word and returns the key its matches are indexed under. */
        String add(String word, int maxEdits) {
            String key = key(word, maxEdits);
            words.computeIfAbsent(key, k -> {
                int prefixEnd = word.offsetByCodePoints(0, Math.min(PREFIX_LENGTH, word.codePointCount(0,
                        word.length())));
                CharacterRunAutomaton automaton = new CharacterRunAutomaton(new LevenshteinAutomata(
                        word.substring(prefixEnd), true).toAutomaton(maxEdits, word.substring(0, prefixEnd)));
                return new FuzzyWord(k, word.codePointCount(0, word.length()), maxEdits, automaton);
            });
            return key;
        }

        /** Adds the fuzzy words another builder collected, with their automata. */
        public Builder addAll(Builder other) {
            other.words.forEach(words::putIfAbsent);
            return this;
        }

        public FuzzyWords build() {
            Map<Integer, List<FuzzyWord>> byFirstLetter = new HashMap<>();
            for (FuzzyWord word : words.values()) {
                byFirstLetter.computeIfAbsent(word.key().codePointAt(0), letter -> new ArrayList<>()).add(word);
            }
            byFirstLetter.values().forEach(words -> words.sort(java.util.Comparator.comparingInt(FuzzyWord::length)));
            return byFirstLetter.isEmpty() ? NONE : new FuzzyWords(byFirstLetter);
        }
    }
}
