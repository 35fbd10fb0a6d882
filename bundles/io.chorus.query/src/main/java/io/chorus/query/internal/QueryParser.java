package io.chorus.query.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

import io.chorus.api.query.Field;
import io.chorus.api.query.Query;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.api.query.Reference;
import io.chorus.api.query.Span;
import io.chorus.api.registry.EntryType;

/**
 * Recursive descent over query text, lowest precedence first:
 *
 * <pre>
 * query     = or                                  not only NOT: something must be found
 * or        = and { "OR" and }
 * and       = near { ["AND"] near }               adjacent operands are joined with AND
 * near      = unary [ ("NEAR/n" | "ONEAR/n") unary ]   n in 0..1000; no NOT operand, no chain without ( )
 * unary     = ("NOT" | "-") unary | primary
 * primary   = "(" or ")" | phrase | forms | field | reference | word
 * forms     = "forms:" (plain word | phrase)           every grammatical form
 * field     = name ":" (forms | word | phrase | "(" or ")")    no space after ':'
 * reference = "@" brand [ "." group ]
 * phrase    = '"' { char | '\"' | '\\' } '"' [ "~" [ "1" | "2" ] ]
 * word      = run [ "*" | "~" [ "1" | "2" ] ]     a run is text up to whitespace, ( ) " or ;
 * </pre>
 *
 * Operators are upper case; "and", "or", "not" are words. {@link Grammar} switches the differences of the
 * Brandwatch and Talkwalker syntaxes this parser also reads. Each parser reads one text once; every problem becomes
 * a {@link QuerySyntaxException} with its position.
 */
final class QueryParser {

    /** Deep enough for any hand-written query, shallow enough for the stack. */
    static final int MAX_NESTING = 100;
    static final int MAX_DISTANCE = 1000;

    private static final List<String> OPERAND = List.of("a word", "a phrase", "'('");

    private enum Kind { AND, OR, NOT, NEAR }

    private record Operator(Kind kind, String text, int start, int end) {
    }

    /** A parsed node and the text it took, parentheses included (a node's span leaves them out). */
    private record Parsed(Query node, int start, int end) {
    }

    private final String text;
    private final Grammar grammar;
    private int pos;
    private int nesting;

    private QueryParser(String text, Grammar grammar) {
        this.text = text;
        this.grammar = grammar;
    }

    static Query parse(String text, Grammar grammar) throws QuerySyntaxException {
        Objects.requireNonNull(text, "text");
        return new QueryParser(text, grammar).query();
    }

    private Query query() throws QuerySyntaxException {
        skipSpace();
        if (atEnd()) {
            throw error(0, "the query is empty", OPERAND);
        }
        expectOperand("at the start of the query");
        Parsed parsed = or();
        skipSpace();
        if (!atEnd()) {
            // or() stops only at the end or at a ')' it did not open
            throw error(pos, "found ')' without a matching '('",
                    List.of("AND", "OR", "NOT", "a word", "a phrase", "'('", "the end of the query"));
        }
        Optional<Query.Not> exclusion = onlyExclusion(parsed.node());
        if (exclusion.isPresent()) {
            throw error(exclusion.get().span().start(),
                    "a query cannot be only NOT conditions; add what to find, as in: acme NOT jobs",
                    List.of("something to find besides NOT"));
        }
        return parsed.node();
    }

    /**
     * The NOT that leaves a query without anything it has to find: a NOT alone, an AND of NOTs, or an OR with such a
     * branch (which would match nearly everything).
     */
    static Optional<Query.Not> onlyExclusion(Query query) {
        return switch (query) {
            case Query.Not not -> Optional.of(not);
            case Query.And and -> {
                Optional<Query.Not> first = Optional.empty();
                for (Query operand : and.operands()) {
                    Optional<Query.Not> found = onlyExclusion(operand);
                    if (found.isEmpty()) {
                        yield Optional.empty();
                    }
                    first = first.or(() -> found);
                }
                yield first;
            }
            case Query.Or or -> or.operands().stream().map(QueryParser::onlyExclusion).flatMap(Optional::stream)
                    .findFirst();
            case Query.FieldFilter filter -> onlyExclusion(filter.value());
            default -> Optional.empty();
        };
    }

    private Parsed or() throws QuerySyntaxException {
        List<Parsed> operands = new ArrayList<>();
        operands.add(and());
        while (true) {
            skipSpace();
            Operator operator = operatorAt(pos);
            if (operator == null || operator.kind() != Kind.OR) {
                break;
            }
            pos = operator.end();
            expectOperand("after OR");
            operands.add(and());
        }
        return combine(operands, Query.Or::new);
    }

    private Parsed and() throws QuerySyntaxException {
        List<Parsed> operands = new ArrayList<>();
        operands.add(near());
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ')') {
                break;
            }
            Operator operator = operatorAt(pos);
            if (operator != null && operator.kind() == Kind.OR) {
                break;
            }
            if (operator != null && operator.kind() == Kind.AND) {
                pos = operator.end();
                expectOperand("after AND");
            }
            // otherwise the next operand follows directly: an implicit AND
            operands.add(near());
        }
        return combine(operands, Query.And::new);
    }

    private Parsed near() throws QuerySyntaxException {
        Parsed left = unary();
        skipSpace();
        Operator operator = operatorAt(pos);
        if (operator == null || operator.kind() != Kind.NEAR) {
            return left;
        }
        pos = operator.end();
        String spelled = operator.text();
        int distance = distance(operator);
        boolean ordered = spelled.startsWith("O") || spelled.endsWith("f");
        if (left.node() instanceof Query.Not) {
            throw error(left.start(), spelled + " cannot take a NOT on its left; to exclude the pair write NOT (a "
                    + spelled + " b)", OPERAND);
        }
        expectOperand("after " + spelled);
        Parsed right = unary();
        if (right.node() instanceof Query.Not) {
            throw error(right.start(), spelled + " cannot take a NOT on its right; exclude outside it: (a " + spelled
                    + " b) NOT c", OPERAND);
        }
        skipSpace();
        Operator next = operatorAt(pos);
        if (next != null && next.kind() == Kind.NEAR) {
            throw error(next.start(), "a second " + next.text() + " after " + spelled + " needs parentheses, as in (a "
                    + spelled + " b) " + next.text() + " c", List.of("AND", "OR", "')'"));
        }
        Span span = new Span(left.start(), right.end());
        return new Parsed(new Query.Near(left.node(), right.node(), distance, ordered, span), left.start(),
                right.end());
    }

    private Parsed unary() throws QuerySyntaxException {
        skipSpace();
        int start = pos;
        Operator operator = operatorAt(pos);
        if (operator != null && operator.kind() == Kind.NOT) {
            pos = operator.end();
            expectOperand("after NOT");
            return negation(start);
        }
        // "-word" excludes like NOT: the Google habit, and documented by Talkwalker and YouScan
        if (!atEnd() && peek() == '-') {
            char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
            if (WordRules.isDelimiter(next) && next != '(' && next != '"') {
                throw error(pos + 1, "expected a word, a phrase or '(' right after '-'" + found(pos + 1), OPERAND);
            }
            pos++;
            expectOperand("after '-'");
            return negation(start);
        }
        return primary();
    }

    private Parsed negation(int start) throws QuerySyntaxException {
        enter(start);
        Parsed operand = unary();
        nesting--;
        return new Parsed(new Query.Not(operand.node(), new Span(start, operand.end())), start, operand.end());
    }

    private Parsed primary() throws QuerySyntaxException {
        skipSpace();
        int start = pos;
        char c = peek();
        switch (c) {
            case '(' -> {
                return group();
            }
            case '"' -> {
                return phrase();
            }
            case ')' -> throw error(pos, "found ')' without a matching '('", OPERAND);
            case ';' -> throw error(pos, "';' is not part of the query language; put it in quotes to search for it",
                    OPERAND);
            default -> {
                // a word, a field or a reference
            }
        }
        int end = runEnd(pos);
        String run = text.substring(start, end);
        if (WordRules.isOperatorRun(run)) {
            throw error(start, "expected a word, a phrase or '(', found " + run, OPERAND);
        }
        if (grammar.isChorus() && run.startsWith("@")) {
            pos = end;
            return reference(run, start);
        }
        if (grammar.isChorus() && WordRules.startsWithForms(run)) {
            return forms(start, end);
        }
        Matcher field = WordRules.FIELD_SHAPE.matcher(run);
        if (field.lookingAt()) {
            return field(run.substring(0, field.end() - 1), start, end);
        }
        pos = end;
        return word(run, start);
    }

    private Parsed group() throws QuerySyntaxException {
        int open = pos;
        enter(open);
        pos++;
        expectOperand("after '('");
        Parsed inner = or();
        skipSpace();
        if (atEnd()) {
            throw error(pos, "expected ')' to close the '(' at column " + (open + 1) + ", but the query ends here",
                    List.of("')'"));
        }
        pos++;
        nesting--;
        return new Parsed(inner.node(), open, pos);
    }

    private Parsed field(String name, int start, int runEnd) throws QuerySyntaxException {
        Field field = grammar.field(name).orElseThrow(() -> unknownField(name, start));
        int valueStart = start + name.length() + 1;
        pos = valueStart;
        Parsed value;
        if (valueStart < runEnd && grammar.isChorus()
                && WordRules.startsWithForms(text.substring(valueStart, runEnd))) {
            value = forms(valueStart, runEnd);
        } else if (valueStart < runEnd) {
            pos = runEnd;
            value = word(text.substring(valueStart, runEnd), valueStart);
        } else if (!atEnd() && peek() == '"') {
            value = phrase();
        } else if (!atEnd() && peek() == '(') {
            value = group();
        } else {
            throw error(valueStart, "expected a word, a phrase or '(' right after " + name + ":" + found(valueStart),
                    OPERAND);
        }
        Span span = new Span(start, value.end());
        return new Parsed(new Query.FieldFilter(field, value.node(), span), start, value.end());
    }

    /**
     * {@code forms:word} or {@code forms:"a phrase"}: every grammatical form. Not a field: it says how to compare
     * words, so it takes plain words only (a prefix or fuzzy word already covers other spellings).
     */
    private Parsed forms(int start, int runEnd) throws QuerySyntaxException {
        int valueStart = start + WordRules.FORMS.length();
        pos = valueStart;
        Query.Forms forms;
        if (valueStart < runEnd) {
            String run = text.substring(valueStart, runEnd);
            int mark = firstOf(run, "*~@");
            if (mark >= 0) {
                char c = run.charAt(mark);
                String why = c == '@' ? "a reference brings its own way of matching; write @brand without forms:"
                        : "forms: takes a plain word or a \"phrase\"; write forms:" + run.substring(0, mark)
                                + (c == '*' ? " or a prefix on its own" : " or a fuzzy word on its own");
                throw error(valueStart + mark, why, List.of("a word", "a phrase"));
            }
            pos = runEnd;
            forms = new Query.Forms(run, new Span(start, runEnd));
        } else if (!atEnd() && peek() == '"') {
            Parsed phrase = phrase();
            if (!(phrase.node() instanceof Query.Phrase words)) {
                throw error(phrase.node().span().end() - 1, "forms: takes a plain phrase; fuzzy '~' and word forms "
                        + "cannot be combined", List.of("a space", "')'"));
            }
            forms = new Query.Forms(words.text(), new Span(start, phrase.end()));
        } else {
            throw error(valueStart, "expected a word or a phrase right after forms:" + found(valueStart),
                    List.of("a word", "a phrase"));
        }
        return new Parsed(forms, start, pos);
    }

    private static int firstOf(String run, String marks) {
        for (int i = 0; i < run.length(); i++) {
            if (marks.indexOf(run.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private QuerySyntaxException unknownField(String name, int start) {
        List<String> known = grammar.fieldNames();
        List<String> names = new ArrayList<>(known.stream().map(field -> field.substring(0, field.length() - 1))
                .toList());
        if (grammar.isChorus()) {
            names.add("forms");
        }
        String suggestion = NearestName.to(name, names).map(near -> "; did you mean '" + near + ":'?").orElse("");
        String what = grammar.isChorus() ? "unknown field '" + name + ":'"
                : "the " + grammar.displayName() + " field '" + name + ":' has no Chorus equivalent";
        return error(start, what + (suggestion.isEmpty() ? "." : suggestion) + " Fields: " + String.join(" ", known)
                + " (put text with ':' in quotes to search for it)", known);
    }

    /** A word as written: a term, a prefix (robot*) or a fuzzy word (acme~1); '@' starts a reference. */
    private Parsed word(String run, int start) throws QuerySyntaxException {
        int end = start + run.length();
        if (grammar.isChorus() && run.startsWith("@")) {
            return reference(run, start);
        }
        if (grammar == Grammar.BRANDWATCH && run.startsWith("{")) {
            throw error(start, "case-sensitive {...} has no Chorus equivalent; Chorus ignores case, so write the word "
                    + "without braces", List.of("a word"));
        }
        int question = run.indexOf('?');
        if (question >= 0 && !grammar.isChorus()) {
            throw error(start + question, "'?' (one unknown character) has no Chorus equivalent; use a prefix such as "
                    + "reali* or list the spellings with OR", List.of("a word"));
        }
        int tilde = run.indexOf('~');
        if (tilde >= 0) {
            if (!grammar.isChorus()) {
                throw error(start + tilde, grammar.displayName() + " allows '~' only after a phrase of two words, as in "
                        + "\"apple juice\"~5", List.of("a word"));
            }
            String head = run.substring(0, tilde);
            if (head.isEmpty()) {
                throw error(start, "'~' must follow a word or a phrase, as in acme~1", OPERAND);
            }
            int star = head.indexOf('*');
            if (star >= 0) {
                throw error(start + star, "a word cannot be both a prefix and fuzzy; write robot* or robot~1",
                        List.of("'~'"));
            }
            int edits = edits(run.substring(tilde + 1), start + tilde + 1);
            return new Parsed(new Query.Fuzzy(head, edits, new Span(start, end)), start, end);
        }
        int star = run.indexOf('*');
        if (star >= 0) {
            if (star != run.length() - 1) {
                throw error(start + star, "only a trailing * is supported, as in robot*", List.of("a trailing '*'"));
            }
            String stem = run.substring(0, star);
            if (WordRules.length(stem) < 2) {
                throw error(start + star, "a prefix needs at least 2 characters before '*', as in ro*",
                        List.of("2 characters before '*'"));
            }
            return new Parsed(new Query.Prefix(stem, new Span(start, end)), start, end);
        }
        return new Parsed(new Query.Term(run, new Span(start, end)), start, end);
    }

    private int edits(String spec, int at) throws QuerySyntaxException {
        if (spec.isEmpty()) {
            return 1;
        }
        if (spec.equals("1") || spec.equals("2")) {
            return spec.charAt(0) - '0';
        }
        List<String> allowed = List.of("1", "2");
        if (spec.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (spec.chars().allMatch(c -> c == '0')) {
                throw error(at, "fuzzy matching needs 1 or 2 edits, not " + spec, allowed);
            }
            throw error(at, "fuzzy matching allows at most 2 edits, not " + spec, allowed);
        }
        throw error(at, "expected 1 or 2 after '~', found '" + spec + "'", allowed);
    }

    private Parsed phrase() throws QuerySyntaxException {
        int open = pos;
        pos++;
        StringBuilder phrase = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error(open, "expected '\"' to close the phrase that starts here, but the query ends here",
                        List.of("'\"'"));
            }
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '"' || text.charAt(pos + 1) == '\\')) {
                phrase.append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '"') {
                pos++;
                break;
            } else {
                phrase.append(c);
                pos++;
            }
        }
        String words = phrase.toString();
        if (WordRules.isBlank(words)) {
            throw error(open, "the phrase is empty; write words between the quotes", List.of("a word"));
        }
        if (!atEnd() && peek() == '*') {
            throw error(pos, "a phrase cannot end in '*'; put the * on a word outside the quotes, as in robot*",
                    List.of("a space", "')'"));
        }
        if (atEnd() || peek() != '~') {
            return new Parsed(new Query.Phrase(words, new Span(open, pos)), open, pos);
        }
        int tilde = pos;
        int end = runEnd(tilde + 1);
        String spec = text.substring(tilde + 1, end);
        pos = end;
        Span span = new Span(open, end);
        if (grammar.isChorus()) {
            return new Parsed(new Query.Fuzzy(words, edits(spec, tilde + 1), span), open, end);
        }
        return proximity(words, spec, open, tilde, span);
    }

    /** Brandwatch and Talkwalker: {@code "apple juice"~5}, the two words within five words of each other. */
    private Parsed proximity(String words, String spec, int open, int tilde, Span span) throws QuerySyntaxException {
        if (spec.isEmpty() || spec.length() > 4 || !spec.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(spec) > MAX_DISTANCE) {
            throw error(tilde + 1, "expected a number of words from 0 to " + MAX_DISTANCE + " after '~'",
                    List.of("a number"));
        }
        List<String> parts = Arrays.stream(words.trim().split("[\\s\\u00A0\\u2007\\u202F]+")).toList();
        if (parts.size() != 2) {
            throw error(open, "a phrase with '~' (words near each other) has no Chorus equivalent unless it has two "
                    + "words; write them with NEAR/n, as in a NEAR/" + spec + " b", List.of("two words"));
        }
        Query near = new Query.Near(new Query.Term(parts.get(0), span), new Query.Term(parts.get(1), span),
                Integer.parseInt(spec), false, span);
        return new Parsed(near, open, span.end());
    }

    private Parsed reference(String run, int start) throws QuerySyntaxException {
        int i = 1;
        if (i >= run.length() || !isAsciiLetterOrDigit(run.charAt(i))) {
            throw error(start + i, "expected a brand id after '@' (letters, digits, '-' and '_'), as in @acme",
                    List.of("a brand id"));
        }
        while (i < run.length() && isBrandChar(run.charAt(i))) {
            i++;
        }
        String brand = run.substring(1, i).toLowerCase(Locale.ROOT);
        String group = null;
        if (i < run.length()) {
            if (run.charAt(i) != '.') {
                throw error(start + i, "unexpected '" + run.charAt(i) + "' in a reference; write @brand or "
                        + "@brand.group", List.of("'.'", "the end of the reference"));
            }
            int groupStart = i + 1;
            int j = groupStart;
            while (j < run.length() && isBrandChar(run.charAt(j))) {
                j++;
            }
            String name = run.substring(groupStart, j);
            if (name.isEmpty()) {
                throw error(start + groupStart, "expected a group after '@" + brand + ".': "
                        + String.join(", ", groups()), groups());
            }
            if (j < run.length()) {
                throw error(start + j, "unexpected '" + run.charAt(j) + "' in a reference; write @brand or "
                        + "@brand.group", List.of("the end of the reference"));
            }
            group = EntryType.ofGroup(name).map(EntryType::group)
                    .orElseThrow(() -> unknownGroup(name, brand, start + groupStart));
        }
        int end = start + run.length();
        return new Parsed(new Reference(brand, group, new Span(start, end)), start, end);
    }

    private QuerySyntaxException unknownGroup(String name, String brand, int at) {
        String suggestion = NearestName.to(name, groups()).map(near -> "; did you mean '" + near + "'?").orElse("");
        return error(at, "unknown group '" + name + "' in @" + brand + "." + name
                + (suggestion.isEmpty() ? "." : suggestion) + " Groups: "
                + String.join(", ", groups()), groups());
    }

    private static List<String> groups() {
        return Arrays.stream(EntryType.values()).map(EntryType::group).toList();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isBrandChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** The words of NEAR/n, ONEAR/n or (Brandwatch) NEAR/nf. */
    private int distance(Operator operator) throws QuerySyntaxException {
        String spelled = operator.text();
        String keyword = spelled.startsWith("O") ? "ONEAR" : "NEAR";
        if (keyword.equals("ONEAR") && grammar == Grammar.BRANDWATCH) {
            throw error(operator.start(), "Brandwatch writes words in order as NEAR/nf, not ONEAR",
                    List.of("NEAR/n", "NEAR/nf"));
        }
        if (spelled.length() == keyword.length()) {
            throw error(operator.end(), keyword + " needs a distance: " + keyword + "/n, as in acme " + keyword
                    + "/3 broken", List.of("/n"));
        }
        int numberStart = operator.start() + keyword.length() + 1;
        String number = spelled.substring(keyword.length() + 1);
        boolean inOrder = grammar == Grammar.BRANDWATCH && keyword.equals("NEAR") && number.endsWith("f");
        String digits = inOrder ? number.substring(0, number.length() - 1) : number;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String hint = grammar != Grammar.BRANDWATCH && number.endsWith("f") ? "; for words in order write ONEAR/"
                    + number.substring(0, number.length() - 1) : "";
            throw error(numberStart, "expected a number of words from 0 to " + MAX_DISTANCE + " after " + keyword
                    + "/" + hint, List.of("/n"));
        }
        if (digits.length() > 4 || Integer.parseInt(digits) > MAX_DISTANCE) {
            throw error(numberStart, keyword + "/" + digits + " is too far: the distance is at most " + MAX_DISTANCE
                    + " words", List.of("a number from 0 to " + MAX_DISTANCE));
        }
        return Integer.parseInt(digits);
    }

    /** Fails unless an operand can start here; NOT can, a binary operator, ')' or the end cannot. */
    private void expectOperand(String context) throws QuerySyntaxException {
        skipSpace();
        String expected = "expected a word, a phrase or '(' " + context;
        if (atEnd()) {
            throw error(pos, expected + ", but the query ends here", OPERAND);
        }
        if (peek() == ')') {
            throw error(pos, expected + ", found ')'", OPERAND);
        }
        Operator operator = operatorAt(pos);
        if (operator != null && operator.kind() != Kind.NOT) {
            throw error(pos, expected + ", found " + operator.text(), OPERAND);
        }
    }

    /** The operator at {@code at}, or null for anything else; {@code &&} and {@code ||} are rejected here. */
    private Operator operatorAt(int at) throws QuerySyntaxException {
        if (at >= text.length() || WordRules.isDelimiter(text.charAt(at))) {
            return null;
        }
        int end = runEnd(at);
        String run = text.substring(at, end);
        return switch (run) {
            case "AND" -> new Operator(Kind.AND, run, at, end);
            case "OR" -> new Operator(Kind.OR, run, at, end);
            case "NOT" -> new Operator(Kind.NOT, run, at, end);
            case "&&" -> throw error(at, "'&&' is not an operator here; write AND", List.of("AND"));
            case "||" -> throw error(at, "'||' is not an operator here; write OR", List.of("OR"));
            default -> WordRules.isOperatorRun(run) ? new Operator(Kind.NEAR, run, at, end) : null;
        };
    }

    private static Parsed combine(List<Parsed> operands, BiFunction<List<Query>, Span, Query> node) {
        if (operands.size() == 1) {
            return operands.get(0);
        }
        int start = operands.get(0).start();
        int end = operands.get(operands.size() - 1).end();
        List<Query> nodes = operands.stream().map(Parsed::node).toList();
        return new Parsed(node.apply(nodes, new Span(start, end)), start, end);
    }

    private void enter(int at) throws QuerySyntaxException {
        if (++nesting > MAX_NESTING) {
            throw error(at, "the query nests deeper than " + MAX_NESTING + " levels of parentheses and NOT",
                    List.of("a simpler query"));
        }
    }

    private void skipSpace() throws QuerySyntaxException {
        while (!atEnd()) {
            if (WordRules.isSpace(peek())) {
                pos++;
            } else if (grammar == Grammar.BRANDWATCH && text.startsWith("<<<", pos)) {
                int close = text.indexOf(">>>", pos + 3);
                if (close < 0) {
                    throw error(pos, "expected '>>>' to close the comment that starts here, but the query ends here",
                            List.of("'>>>'"));
                }
                pos = close + 3;
            } else {
                return;
            }
        }
    }

    private String found(int at) {
        if (at >= text.length()) {
            return ", but the query ends here";
        }
        char c = text.charAt(at);
        return WordRules.isSpace(c) ? ", found a space" : ", found '" + c + "'";
    }

    private int runEnd(int from) {
        int end = from;
        while (end < text.length() && !WordRules.isDelimiter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static QuerySyntaxException error(int position, String message, List<String> expected) {
        return new QuerySyntaxException("column " + (position + 1) + ": " + message, position, expected);
    }
}
