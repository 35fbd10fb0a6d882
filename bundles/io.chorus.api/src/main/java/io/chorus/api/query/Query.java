package io.chorus.api.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed query: an immutable tree. Every node knows the {@link Span} of text it came from.
 */
public sealed interface Query permits Query.Term, Query.Phrase, Query.Forms, Query.Prefix, Query.Fuzzy, Query.And, Query.Or,
        Query.Not, Query.Near, Query.FieldFilter, Reference {

    /** Where in the query text this node came from. */
    Span span();

    /** A single word, compared ignoring case and diacritics. */
    record Term(String text, Span span) implements Query {
        public Term {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /** Words in this order, next to each other: {@code "vacuum cleaner"}. */
    record Phrase(String text, Span span) implements Query {
        public Phrase {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * Every grammatical form of a word or phrase, by the stemmer of the text's language: {@code forms:Сбербанк}
     * also finds "Сбербанке" and "Сбербанка". Languages without a stemmer (Japanese) compare the words as typed.
     */
    record Forms(String text, Span span) implements Query {
        public Forms {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /** Words that start with a stem: {@code robot*}. */
    record Prefix(String stem, Span span) implements Query {
        public Prefix {
            Objects.requireNonNull(stem, "stem");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A word or phrase with up to {@code maxEdits} typing mistakes per word: {@code acme~1}. */
    record Fuzzy(String text, int maxEdits, Span span) implements Query {
        public Fuzzy {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
            if (maxEdits < 1 || maxEdits > 2) {
                throw new IllegalArgumentException("fuzzy allows 1 or 2 edits, not " + maxEdits);
            }
        }
    }

    /** All of the operands. */
    record And(List<Query> operands, Span span) implements Query {
        public And {
            operands = List.copyOf(operands);
            Objects.requireNonNull(span, "span");
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs two operands or more");
            }
        }
    }

    /** Any of the operands. */
    record Or(List<Query> operands, Span span) implements Query {
        public Or {
            operands = List.copyOf(operands);
            Objects.requireNonNull(span, "span");
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs two operands or more");
            }
        }
    }

    /** Not the operand; only meaningful inside AND ({@code a NOT b} is {@code And(a, Not(b))}). */
    record Not(Query operand, Span span) implements Query {
        public Not {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * Both sides within {@code distance} words of each other; with {@code ordered}, left before right
     * ({@code ONEAR/n}).
     */
    record Near(Query left, Query right, int distance, boolean ordered, Span span) implements Query {
        public Near {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(span, "span");
            if (distance < 0) {
                throw new IllegalArgumentException("NEAR needs a distance of 0 or more words");
            }
        }
    }

    /** A condition on one field of a mention: {@code lang:ru}, {@code title:(review OR обзор)}. */
    record FieldFilter(Field field, Query value, Span span) implements Query {
        public FieldFilter {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }
}
