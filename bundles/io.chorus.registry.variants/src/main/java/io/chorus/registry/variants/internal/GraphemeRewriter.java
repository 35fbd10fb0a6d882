package io.chorus.registry.variants.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Respells a lower-case word in another script, grapheme by grapheme, where each grapheme may be spelled in several
 * ways with different weights, and returns the best whole spellings. At each position the longest grapheme whose
 * context holds wins (declaration order breaks ties); a character no rule knows stays as it is.
 *
 * <p>Rules are written compactly: the spellings of "a" as {@code "а|э 0.6"} (weight 1 unless given), silence as
 * {@code "∅"}.
 */
final class GraphemeRewriter {

    /** Where a grapheme stands, judged on the letters around it within the word. */
    enum Context {
        WORD_START, NOT_WORD_START, WORD_END, NOT_WORD_END, BEFORE_VOWEL, BEFORE_CONSONANT, AFTER_VOWEL,
        AFTER_CONSONANT,
        /** Before e, i or y, where Latin c and g soften. */
        BEFORE_FRONT_VOWEL,
        /** Followed by one consonant and a final e: the "magic e" that makes English vowels long (line, bike). */
        BEFORE_MAGIC_E
    }

    /** One way to spell a grapheme, or a whole word, and how likely it is. */
    record Spelling(String text, double weight) {
    }

    private record Rule(String grapheme, Set<Context> contexts, List<Spelling> spellings) {
    }

    private final String vowels;
    private final Map<Character, List<Rule>> rulesByFirstChar = new HashMap<>();

    private GraphemeRewriter(String vowels, List<Rule> rules) {
        this.vowels = vowels;
        for (Rule rule : rules) {
            rulesByFirstChar.computeIfAbsent(rule.grapheme().charAt(0), c -> new ArrayList<>()).add(rule);
        }
        rulesByFirstChar.values().forEach(list -> list.sort(
                Comparator.comparingInt((Rule rule) -> rule.grapheme().length()).reversed()));
    }

    static Builder builder(String vowels) {
        return new Builder(vowels);
    }

    /** Collects the rules of one spelling scheme. */
    static final class Builder {
        private final String vowels;
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String vowels) {
            this.vowels = vowels;
        }

        /** Spellings of a grapheme where all the contexts hold, as in {@code "и|ай 0.4"}. */
        Builder rule(String grapheme, String spellings, Context... contexts) {
            List<Spelling> parsed = new ArrayList<>();
            for (String option : spellings.split("\\|")) {
                String[] parts = option.strip().split(" ");
                String text = parts[0].equals("∅") ? "" : parts[0];
                parsed.add(new Spelling(text, parts.length > 1 ? Double.parseDouble(parts[1]) : 1));
            }
            Set<Context> required = contexts.length == 0 ? EnumSet.noneOf(Context.class)
                    : EnumSet.of(contexts[0], contexts);
            rules.add(new Rule(grapheme, required, List.copyOf(parsed)));
            return this;
        }

        GraphemeRewriter build() {
            return new GraphemeRewriter(vowels, rules);
        }
    }

    /** The best spellings of a lower-case word, best first, each weighed relative to the best (which has 1). */
    List<Spelling> spell(String word, int limit) {
        List<List<Spelling>> slots = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            Rule rule = ruleAt(word, i);
            if (rule == null) {
                slots.add(List.of(new Spelling(String.valueOf(word.charAt(i)), 1)));
                i++;
            } else {
                slots.add(rule.spellings());
                i += rule.grapheme().length();
            }
        }
        return best(slots, limit);
    }

    /**
     * The best combinations of one spelling from each slot, best first, weighed relative to the best. The weights
     * multiply and the slots are independent, so a beam of k partial spellings finds the k best exactly, and stays
     * linear in the length; it is kept wider than asked because equal texts merge (keeping the higher weight).
     */
    static List<Spelling> best(List<List<Spelling>> slots, int limit) {
        int width = Math.max(2 * limit, 32);
        List<Spelling> beam = List.of(new Spelling("", 1));
        for (List<Spelling> slot : slots) {
            Map<String, Double> next = new LinkedHashMap<>();
            for (Spelling partial : beam) {
                for (Spelling option : slot) {
                    next.merge(partial.text() + option.text(), partial.weight() * option.weight(), Math::max);
                }
            }
            List<Spelling> ranked = new ArrayList<>(next.size());
            next.forEach((text, weight) -> ranked.add(new Spelling(text, weight)));
            ranked.sort(Comparator.comparingDouble(Spelling::weight).reversed());
            beam = ranked.size() > width ? ranked.subList(0, width) : ranked;
        }
        beam = beam.size() > limit ? beam.subList(0, limit) : beam;
        double top = beam.isEmpty() || beam.getFirst().weight() <= 0 ? 1 : beam.getFirst().weight();
        List<Spelling> relative = new ArrayList<>(beam.size());
        for (Spelling spelling : beam) {
            relative.add(new Spelling(spelling.text(), spelling.weight() / top));
        }
        return relative;
    }

    private Rule ruleAt(String word, int at) {
        List<Rule> candidates = rulesByFirstChar.get(word.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Rule rule : candidates) {
            if (word.startsWith(rule.grapheme(), at) && holds(rule.contexts(), word, at, at + rule.grapheme().length())) {
                return rule;
            }
        }
        return null;
    }

    private boolean holds(Set<Context> contexts, String word, int start, int end) {
        for (Context context : contexts) {
            if (!holds(context, word, start, end)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Context context, String word, int start, int end) {
        char before = start > 0 ? word.charAt(start - 1) : ' ';
        char after = end < word.length() ? word.charAt(end) : ' ';
        return switch (context) {
            case WORD_START -> !Character.isLetter(before);
            case NOT_WORD_START -> Character.isLetter(before);
            case WORD_END -> !Character.isLetter(after);
            case NOT_WORD_END -> Character.isLetter(after);
            case BEFORE_VOWEL -> isVowel(after);
            case BEFORE_CONSONANT -> isConsonant(after);
            case AFTER_VOWEL -> isVowel(before);
            case AFTER_CONSONANT -> isConsonant(before);
            case BEFORE_FRONT_VOWEL -> after == 'e' || after == 'i' || after == 'y';
            case BEFORE_MAGIC_E -> isConsonant(after) && end + 1 < word.length() && word.charAt(end + 1) == 'e'
                    && (end + 2 == word.length() || !Character.isLetter(word.charAt(end + 2)));
        };
    }

    private boolean isVowel(char c) {
        return vowels.indexOf(c) >= 0;
    }

    private boolean isConsonant(char c) {
        return Character.isLetter(c) && !isVowel(c);
    }
}
