package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;

/**
 * The export all dialects share; each dialect says how it spells things and what it cannot say.
 *
 * <p>Four steps: leave out what the dialect has no filter for (and references, which must be expanded first); push
 * field filters down to the words they apply to ({@code title:(a OR b)} becomes {@code title:a OR title:b}, which every
 * dialect with fields can write); flatten nested AND and OR; write the text. Whatever a step cannot carry over is
 * reported, with where it was, instead of silently dropped.
 */
abstract class BooleanDialectExport implements DialectExport {

    /** The outermost operator of written text, which decides where it needs parentheses. */
    protected enum Shape { WORD, AND, OR, OTHER }

    /** Written text and its shape. */
    protected record Fragment(String text, Shape shape) {

        static Fragment word(String text) {
            return new Fragment(text, Shape.WORD);
        }

        static Fragment compound(String text) {
            return new Fragment(text, Shape.OTHER);
        }

        boolean isWord() {
            return shape == Shape.WORD;
        }

        /** The text as an operand of {@code parent}: bare when it is a word or the same AND or OR. */
        String in(Shape parent) {
            boolean bare = shape == Shape.WORD || shape == parent && (shape == Shape.AND || shape == Shape.OR);
            return bare ? text : "(" + text + ")";
        }

        /** The text as an operand of NEAR, NOT or a dialect's own construct. */
        String nested() {
            return in(Shape.OTHER);
        }
    }

    private final QueryFormatter formatter;

    protected BooleanDialectExport(QueryFormatter formatter) {
        this.formatter = formatter;
    }

    /** The dialect's name in messages: "Brandwatch". */
    protected abstract String displayName();

    /** How the dialect names a field ({@code language} for {@link Field#LANG}), or empty when it has none. */
    protected abstract Optional<String> fieldKeyword(Field field);

    /** What to do instead of a field filter the dialect cannot write, or "" when there is nothing to do. */
    protected String fieldAdvice(Field field) {
        if (field == Field.PLATFORM && fieldKeyword(Field.SITE).isPresent()) {
            return "write site: with the platform's domain instead, as in site:vk.com";
        }
        return "";
    }

    @Override
    public final ExportResult export(Query query) {
        ExportNotes notes = new ExportNotes(displayName(), formatter);
        String text = expressible(query, notes)
                .map(kept -> flatten(distributeFields(kept, null, notes)))
                .flatMap(shaped -> write(shaped, notes))
                .map(Fragment::text)
                .orElse("");
        return new ExportResult(dialect(), text, notes.messages());
    }

    // Step 1: leave out references and filters the dialect has no name for.

    private Optional<Query> expressible(Query query, ExportNotes notes) {
        return switch (query) {
            case Reference reference -> {
                notes.report(reference, "reference", "must be expanded before export", "left out");
                yield Optional.empty();
            }
            case Query.FieldFilter filter -> {
                if (fieldKeyword(filter.field()).isEmpty()) {
                    String problem = filter.field() == Field.PLATFORM
                            ? notes.noEquivalent() + ": other tools know sites, not Chorus platforms"
                            : notes.noEquivalent();
                    String advice = fieldAdvice(filter.field());
                    notes.report(filter, describe(filter.field()) + " filter", problem,
                            advice.isEmpty() ? "left out" : "left out (" + advice + ")");
                    yield Optional.empty();
                }
                yield expressible(filter.value(), notes)
                        .map(value -> new Query.FieldFilter(filter.field(), value, filter.span()));
            }
            case Query.And and -> collapse(keepAll(and.operands(), notes), operands -> new Query.And(operands,
                    and.span()));
            case Query.Or or -> collapse(keepAll(or.operands(), notes), operands -> new Query.Or(operands,
                    or.span()));
            case Query.Not not -> expressible(not.operand(), notes).map(operand -> new Query.Not(operand, not.span()));
            case Query.Near near -> {
                Optional<Query> left = expressible(near.left(), notes);
                Optional<Query> right = expressible(near.right(), notes);
                if (left.isPresent() && right.isPresent()) {
                    yield Optional.of(new Query.Near(left.get(), right.get(), near.distance(), near.ordered(),
                            near.span()));
                }
                yield left.or(() -> right);
            }
            default -> Optional.of(query);
        };
    }

    private List<Query> keepAll(List<Query> operands, ExportNotes notes) {
        List<Query> kept = new ArrayList<>();
        for (Query operand : operands) {
            expressible(operand, notes).ifPresent(kept::add);
        }
        return kept;
    }

    private static Optional<Query> collapse(List<Query> operands, Function<List<Query>, Query> node) {
        return switch (operands.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(operands.get(0));
            default -> Optional.of(node.apply(operands));
        };
    }

    static String describe(Field field) {
        return field == Field.LANG ? "language" : field.keyword();
    }

    // Step 2: field filters onto the words they apply to.

    private Query distributeFields(Query query, Field field, ExportNotes notes) {
        return switch (query) {
            case Query.FieldFilter filter -> {
                if (field != null && field != filter.field()) {
                    notes.report(filter, describe(filter.field()) + " filter inside a " + describe(field) + " filter",
                            notes.noEquivalent(), "kept the inner filter only");
                }
                yield distributeFields(filter.value(), filter.field(), notes);
            }
            case Query.And and -> new Query.And(and.operands().stream()
                    .map(operand -> distributeFields(operand, field, notes)).toList(), and.span());
            case Query.Or or -> new Query.Or(or.operands().stream()
                    .map(operand -> distributeFields(operand, field, notes)).toList(), or.span());
            case Query.Not not -> new Query.Not(distributeFields(not.operand(), field, notes), not.span());
            case Query.Near near -> {
                if (field != null) {
                    notes.report(near, "proximity inside a " + describe(field) + " filter", notes.noEquivalent(),
                            "exported without the filter");
                }
                yield new Query.Near(distributeFields(near.left(), null, notes),
                        distributeFields(near.right(), null, notes), near.distance(), near.ordered(), near.span());
            }
            default -> field == null ? query : new Query.FieldFilter(field, query, query.span());
        };
    }

    // Step 3: a AND (b AND c) is a AND b AND c; NOT NOT a is a.

    private static Query flatten(Query query) {
        return switch (query) {
            case Query.And and -> {
                List<Query> operands = new ArrayList<>();
                for (Query operand : and.operands()) {
                    Query flat = flatten(operand);
                    if (flat instanceof Query.And inner) {
                        operands.addAll(inner.operands());
                    } else {
                        operands.add(flat);
                    }
                }
                yield new Query.And(operands, and.span());
            }
            case Query.Or or -> {
                List<Query> operands = new ArrayList<>();
                for (Query operand : or.operands()) {
                    Query flat = flatten(operand);
                    if (flat instanceof Query.Or inner) {
                        operands.addAll(inner.operands());
                    } else {
                        operands.add(flat);
                    }
                }
                yield new Query.Or(operands, or.span());
            }
            case Query.Not not -> flatten(not.operand()) instanceof Query.Not inner ? inner.operand()
                    : new Query.Not(flatten(not.operand()), not.span());
            case Query.Near near -> new Query.Near(flatten(near.left()), flatten(near.right()), near.distance(),
                    near.ordered(), near.span());
            default -> query;
        };
    }

    // Step 4: the text.

    /** The query's text, or empty when nothing of it can be written. */
    protected final Optional<Fragment> write(Query query, ExportNotes notes) {
        return switch (query) {
            case Query.Term term -> Optional.of(Fragment.word(word(term.text())));
            case Query.Phrase phrase -> Optional.of(Fragment.word(phrase(phrase, phrase.text(), notes)));
            case Query.Prefix prefix -> Optional.of(prefix(prefix, notes));
            case Query.Fuzzy fuzzy -> {
                Fragment plain = Fragment.word(plain(fuzzy, notes));
                notes.report(fuzzy, "fuzzy matching", notes.noEquivalent(), "exported as " + plain.text());
                yield Optional.of(plain);
            }
            case Query.Forms forms -> {
                String text = forms.text();
                Fragment plain = Fragment.word(text.chars().anyMatch(c -> WordRules.isSpace((char) c))
                        ? phrase(forms, text, notes) : word(text));
                notes.report(forms, "word forms", notes.noEquivalent(), "exported as " + plain.text()
                        + " (list the other forms with OR)");
                yield Optional.of(plain);
            }
            // after distributeFields a filter holds a single word or phrase
            case Query.FieldFilter filter -> write(filter.value(), notes)
                    .map(value -> Fragment.word(fieldKeyword(filter.field()).orElseThrow() + ":" + value.text()));
            case Query.And and -> and(and, notes);
            case Query.Or or -> or(or, notes);
            case Query.Not not -> standaloneNot(not, notes);
            case Query.Near near -> near(near, notes);
            case Reference reference -> {
                notes.report(reference, "reference", "must be expanded before export", "left out");
                yield Optional.empty();
            }
        };
    }

    private Optional<Fragment> and(Query.And and, ExportNotes notes) {
        List<Fragment> positives = new ArrayList<>();
        List<Query.Not> exclusions = new ArrayList<>();
        for (Query operand : and.operands()) {
            if (operand instanceof Query.Not not) {
                exclusions.add(not);
            } else {
                write(operand, notes).ifPresent(positives::add);
            }
        }
        if (positives.isEmpty()) {
            // nothing left to find (the rest was left out): the exclusions stand alone
            List<Fragment> alone = new ArrayList<>();
            for (Query.Not not : exclusions) {
                standaloneNot(not, notes).ifPresent(alone::add);
            }
            return join(alone, andSeparator(), Shape.AND);
        }
        return Optional.of(andWithExclusions(positives, exclusions, notes));
    }

    private Optional<Fragment> or(Query.Or or, ExportNotes notes) {
        List<Fragment> operands = new ArrayList<>();
        for (Query operand : or.operands()) {
            write(operand, notes).ifPresent(operands::add);
        }
        return join(operands, " OR ", Shape.OR);
    }

    /** Operands of AND or OR joined; one operand stands for itself. */
    protected static Optional<Fragment> join(List<Fragment> fragments, String separator, Shape shape) {
        if (fragments.size() <= 1) {
            return fragments.stream().findFirst();
        }
        return Optional.of(new Fragment(String.join(separator, fragments.stream().map(f -> f.in(shape)).toList()),
                shape));
    }

    /** How adjacent operands are joined with AND. */
    protected String andSeparator() {
        return " AND ";
    }

    /** What to find, then what to leave out: {@code a AND b AND NOT c} unless the dialect says otherwise. */
    protected Fragment andWithExclusions(List<Fragment> positives, List<Query.Not> exclusions, ExportNotes notes) {
        List<Fragment> parts = new ArrayList<>(positives);
        for (Query.Not not : exclusions) {
            write(not.operand(), notes).ifPresent(excluded -> parts.add(Fragment.word("NOT " + excluded.nested())));
        }
        return join(parts, andSeparator(), Shape.AND).orElseThrow();
    }

    /**
     * {@code (a AND b) NOT c NOT d}: NOT as a binary operator between what to find and each exclusion, the
     * parentheses keeping NOT from binding to b alone.
     */
    protected final Fragment binaryNot(List<Fragment> positives, List<Query.Not> exclusions, ExportNotes notes) {
        Fragment found = join(positives, " AND ", Shape.AND).orElseThrow();
        StringBuilder text = new StringBuilder(found.nested());
        boolean excluded = false;
        for (Query.Not not : exclusions) {
            Optional<Fragment> operand = write(not.operand(), notes);
            if (operand.isPresent()) {
                text.append(" NOT ").append(operand.get().nested());
                excluded = true;
            }
        }
        return excluded ? Fragment.compound(text.toString()) : found;
    }

    /** A NOT that is not part of an AND with something to find: most dialects have no way to say it. */
    protected Optional<Fragment> standaloneNot(Query.Not not, ExportNotes notes) {
        notes.report(not, "exclusion outside AND", notes.noEquivalent(), "left out");
        return Optional.empty();
    }

    /** Proximity; the default writes {@code left NEAR/n right} with {@link #nearOperator}. */
    protected Optional<Fragment> near(Query.Near near, ExportNotes notes) {
        Optional<Fragment> left = write(near.left(), notes);
        Optional<Fragment> right = write(near.right(), notes);
        if (left.isEmpty() || right.isEmpty()) {
            return left.or(() -> right);
        }
        return Optional.of(Fragment.compound(left.get().nested() + " " + nearOperator(near, notes) + " "
                + right.get().nested()));
    }

    protected String nearOperator(Query.Near near, ExportNotes notes) {
        return (near.ordered() ? "ONEAR/" : "NEAR/") + near.distance();
    }

    protected Fragment prefix(Query.Prefix prefix, ExportNotes notes) {
        String stem = word(prefix.stem());
        if (stem.startsWith("\"")) {
            return stemOnly(prefix, "cannot be written in " + notes.dialectName() + ", where * follows a plain word",
                    notes);
        }
        return Fragment.word(stem + "*");
    }

    /** The prefix's stem as a plain word, reported with why the dialect cannot take it as a prefix. */
    protected final Fragment stemOnly(Query.Prefix prefix, String problem, ExportNotes notes) {
        Fragment stem = Fragment.word(word(prefix.stem()));
        notes.report(prefix, "prefix search", problem, "exported as " + stem.text());
        return stem;
    }

    /** A fuzzy word or phrase written as the exact word or phrase. */
    private String plain(Query.Fuzzy fuzzy, ExportNotes notes) {
        return fuzzy.text().chars().anyMatch(c -> WordRules.isSpace((char) c)) ? phrase(fuzzy, fuzzy.text(), notes)
                : word(fuzzy.text());
    }

    /**
     * A word as the dialect reads it: bare when it is letters, digits and the few marks words keep ({@code #acme},
     * {@code c++}, {@code o'neil}), quoted otherwise, so {@code wi-fi}, {@code 10:30} or an upper-case {@code OR} are
     * searched for and not read as syntax; a one-word phrase matches what the word matches.
     */
    protected String word(String text) {
        boolean plain = !text.isEmpty() && !WordRules.isOperatorRun(text) && text.codePoints()
                .allMatch(c -> Character.isLetterOrDigit(c) || "#@_'.&+".indexOf(c) >= 0);
        return plain ? text : "\"" + text.replace("\"", "") + "\"";
    }

    /** A phrase in quotes; none of these dialects documents a way to put a quotation mark inside one. */
    protected final String phrase(Query node, String text, ExportNotes notes) {
        String words = String.join(" ", text.trim().split("[\\s\\u00A0\\u2007\\u202F]+"));
        if (words.indexOf('"') < 0) {
            return "\"" + words + "\"";
        }
        String written = "\"" + words.replace("\"", "") + "\"";
        notes.report(node, "a quotation mark inside a phrase", "cannot be written in " + notes.dialectName(),
                "exported as " + written);
        return written;
    }
}
