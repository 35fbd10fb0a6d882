package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.registry.EntryType;

/** Seeded random trees of the kind the parser produces, for property tests. */
final class RandomQueryTrees {

    private static final List<String> WORDS = List.of("acme", "Сбер", "#acme", "c++", "wi-fi", "10:30", "and", "or",
            "not", "near", "NEARBY", "ORACLE", "東京", "o'neil", "AT&T", "what?", "a.b", "x_y", "Ölüm", "NOT-ok",
            "e-mail", "😀", "1", "robot", "обзор", "review", "A", "ANDROID");
    /** Words only possible right after {@code field:}, where operators and a leading '-' are plain text. */
    private static final List<String> FIELD_WORDS = List.of("-x", "AND", "site:x", "NEAR/3", "OR", "reddit.com",
            "ru", "vk", "x:");
    private static final List<String> PHRASES = List.of("vacuum cleaner", "say \"hi\"", "C:\\path", "a\\\\b", "AND",
            "(x)", ";", "~1", "*", "Сбер банк", "  spaced  ", "doesn't work", "tab\there", "NOT", "@acme", "x");
    private static final List<String> STEMS = List.of("ro", "robot", "обзо", "c+", "AND", "10:3", "#ac", "NEAR",
            "😀😀");
    private static final List<String> BRANDS = List.of("acme", "acme-robotics", "x_1", "9lives");

    private final Random random;

    RandomQueryTrees(long seed) {
        this.random = new Random(seed);
    }

    /** A tree the parser accepts: it has something to find besides NOT. */
    Query next() {
        Query query = node(4);
        if (QueryParser.onlyExclusion(query).isPresent()) {
            query = new Query.And(List.of(leaf(false), query), Span.NONE);
        }
        return query;
    }

    private Query node(int depth) {
        if (depth == 0 || random.nextInt(10) < 3) {
            return leaf(false);
        }
        return switch (random.nextInt(7)) {
            case 0 -> new Query.And(operands(depth), Span.NONE);
            case 1 -> new Query.Or(operands(depth), Span.NONE);
            case 2 -> new Query.Not(node(depth - 1), Span.NONE);
            case 3 -> new Query.Near(nearOperand(depth - 1), nearOperand(depth - 1), distance(), random.nextBoolean(),
                    Span.NONE);
            case 4 -> new Query.FieldFilter(pick(List.of(Field.values())),
                    random.nextBoolean() ? leaf(true) : node(depth - 1), Span.NONE);
            default -> leaf(false);
        };
    }

    private int distance() {
        return random.nextInt(4) == 0 ? QueryParser.MAX_DISTANCE : random.nextInt(20);
    }

    private Query nearOperand(int depth) {
        Query operand = node(depth);
        return operand instanceof Query.Not ? leaf(false) : operand;
    }

    private List<Query> operands(int depth) {
        List<Query> operands = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            operands.add(node(depth - 1));
        }
        return operands;
    }

    private Query leaf(boolean afterField) {
        return switch (random.nextInt(7)) {
            case 0 -> new Query.Phrase(pick(PHRASES), Span.NONE);
            case 1 -> new Query.Prefix(pick(STEMS), Span.NONE);
            case 2 -> new Query.Fuzzy(random.nextBoolean() ? pick(WORDS) : pick(PHRASES), 1 + random.nextInt(2),
                    Span.NONE);
            case 4 -> new Query.Forms(random.nextBoolean() ? pick(WORDS) : pick(PHRASES), Span.NONE);
            case 3 -> new Reference(pick(BRANDS), random.nextBoolean() ? null
                    : pick(List.of(EntryType.values())).group(), Span.NONE);
            default -> new Query.Term(afterField && random.nextBoolean() ? pick(FIELD_WORDS) : pick(WORDS),
                    Span.NONE);
        };
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
