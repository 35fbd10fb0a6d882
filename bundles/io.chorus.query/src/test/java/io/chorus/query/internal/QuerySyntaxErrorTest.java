package io.chorus.query.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.chorus.api.query.QuerySyntaxException;

/** Every message says where (1-based column), what was expected and, where it helps, what to write instead. */
class QuerySyntaxErrorTest {

    private static final List<String> OPERAND = List.of("a word", "a phrase", "'('");
    private static final List<String> FIELDS = List.of("platform:", "site:", "author:", "lang:", "title:", "url:");
    private static final List<String> GROUPS = List.of("names", "aliases", "products", "people", "addresses",
            "trademarks", "hashtags", "competitors", "intents", "context", "exclusions");

    private record Case(String query, int position, List<String> expected, String message) {
    }

    private static final List<Case> CASES = List.of(
            new Case("", 0, OPERAND, "column 1: the query is empty"),
            new Case(" \t ", 0, OPERAND, "column 1: the query is empty"),
            new Case("a b (c OR ddd", 13, List.of("')'"),
                    "column 14: expected ')' to close the '(' at column 5, but the query ends here"),
            new Case("a AND", 5, OPERAND,
                    "column 6: expected a word, a phrase or '(' after AND, but the query ends here"),
            new Case("(a AND )", 7, OPERAND, "column 8: expected a word, a phrase or '(' after AND, found ')'"),
            new Case("a OR OR b", 5, OPERAND, "column 6: expected a word, a phrase or '(' after OR, found OR"),
            new Case("AND a", 0, OPERAND,
                    "column 1: expected a word, a phrase or '(' at the start of the query, found AND"),
            new Case("()", 1, OPERAND, "column 2: expected a word, a phrase or '(' after '(', found ')'"),
            new Case("a )", 2, List.of("AND", "OR", "NOT", "a word", "a phrase", "'('", "the end of the query"),
                    "column 3: found ')' without a matching '('"),
            new Case("NOT acme", 0, List.of("something to find besides NOT"),
                    "column 1: a query cannot be only NOT conditions; add what to find, as in: acme NOT jobs"),
            new Case("acme OR -jobs", 8, List.of("something to find besides NOT"),
                    "column 9: a query cannot be only NOT conditions; add what to find, as in: acme NOT jobs"),
            new Case("x \"vacuum cleaner", 2, List.of("'\"'"),
                    "column 3: expected '\"' to close the phrase that starts here, but the query ends here"),
            new Case("\"\"", 0, List.of("a word"), "column 1: the phrase is empty; write words between the quotes"),
            new Case("ro*bot", 2, List.of("a trailing '*'"), "column 3: only a trailing * is supported, as in robot*"),
            new Case("r*", 1, List.of("2 characters before '*'"),
                    "column 2: a prefix needs at least 2 characters before '*', as in ro*"),
            new Case("forms:сбер*", 10, List.of("a word", "a phrase"),
                    "column 11: forms: takes a plain word or a \"phrase\"; write forms:сбер or a prefix on its own"),
            new Case("forms:acme~1", 10, List.of("a word", "a phrase"),
                    "column 11: forms: takes a plain word or a \"phrase\"; write forms:acme or a fuzzy word on its own"),
            new Case("forms:@acme", 6, List.of("a word", "a phrase"),
                    "column 7: a reference brings its own way of matching; write @brand without forms:"),
            new Case("a forms: b", 8, List.of("a word", "a phrase"),
                    "column 9: expected a word or a phrase right after forms:, found a space"),
            new Case("form:банк", 0, FIELDS,
                    "column 1: unknown field 'form:'; did you mean 'forms:'? Fields: platform: site: author: lang: "
                            + "title: url: (put text with ':' in quotes to search for it)"),
            new Case("acme~3", 5, List.of("1", "2"), "column 6: fuzzy matching allows at most 2 edits, not 3"),
            new Case("acme~x", 5, List.of("1", "2"), "column 6: expected 1 or 2 after '~', found 'x'"),
            new Case("acme NEAR broken", 9, List.of("/n"),
                    "column 10: NEAR needs a distance: NEAR/n, as in acme NEAR/3 broken"),
            new Case("acme NEAR/1001 broken", 10, List.of("a number from 0 to 1000"),
                    "column 11: NEAR/1001 is too far: the distance is at most 1000 words"),
            new Case("a NEAR/3f b", 7, List.of("/n"),
                    "column 8: expected a number of words from 0 to 1000 after NEAR/; for words in order write "
                            + "ONEAR/3"),
            new Case("NOT a NEAR/2 b", 0, OPERAND,
                    "column 1: NEAR/2 cannot take a NOT on its left; to exclude the pair write NOT (a NEAR/2 b)"),
            new Case("a NEAR/2 b NEAR/3 c", 11, List.of("AND", "OR", "')'"),
                    "column 12: a second NEAR/3 after NEAR/2 needs parentheses, as in (a NEAR/2 b) NEAR/3 c"),
            new Case("titel:review", 0, FIELDS,
                    "column 1: unknown field 'titel:'; did you mean 'title:'? Fields: platform: site: author: lang: "
                            + "title: url: (put text with ':' in quotes to search for it)"),
            new Case("language:ru acme", 0, FIELDS,
                    "column 1: unknown field 'language:'; did you mean 'lang:'? Fields: platform: site: author: "
                            + "lang: title: url: (put text with ':' in quotes to search for it)"),
            new Case("acme http://acme.com", 5, FIELDS,
                    "column 6: unknown field 'http:'. Fields: platform: site: author: lang: title: url: (put text "
                            + "with ':' in quotes to search for it)"),
            new Case("title: x", 6, OPERAND,
                    "column 7: expected a word, a phrase or '(' right after title:, found a space"),
            new Case("@acme.prodcts", 6, GROUPS,
                    "column 7: unknown group 'prodcts' in @acme.prodcts; did you mean 'products'? Groups: names, "
                            + "aliases, products, people, addresses, trademarks, hashtags, competitors, intents, "
                            + "context, exclusions"),
            new Case("@ acme", 1, List.of("a brand id"),
                    "column 2: expected a brand id after '@' (letters, digits, '-' and '_'), as in @acme"),
            new Case("@acme!", 5, List.of("'.'", "the end of the reference"),
                    "column 6: unexpected '!' in a reference; write @brand or @brand.group"),
            new Case("a && b", 2, List.of("AND"), "column 3: '&&' is not an operator here; write AND"),
            new Case("a || b", 2, List.of("OR"), "column 3: '||' is not an operator here; write OR"),
            new Case("a ; b", 2, OPERAND,
                    "column 3: ';' is not part of the query language; put it in quotes to search for it"),
            new Case("a -", 3, OPERAND,
                    "column 4: expected a word, a phrase or '(' right after '-', but the query ends here"),
            new Case("\"a b\"* c", 5, List.of("a space", "')'"),
                    "column 6: a phrase cannot end in '*'; put the * on a word outside the quotes, as in robot*"),
            new Case("robot*~1", 5, List.of("'~'"),
                    "column 6: a word cannot be both a prefix and fuzzy; write robot* or robot~1"));

    @TestFactory
    Stream<DynamicTest> eachMistakeSaysWhereAndWhat() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest("[" + c.query() + "]", () -> {
            QuerySyntaxException error = assertThrows(QuerySyntaxException.class,
                    () -> QueryParser.parse(c.query(), Grammar.CHORUS));
            assertEquals(c.message(), error.getMessage());
            assertEquals(c.position(), error.position());
            assertEquals(c.expected(), error.expected());
        }));
    }

    @Test
    void nestingIsLimitedBeforeTheStackIs() {
        String deep = "(".repeat(QueryParser.MAX_NESTING + 1) + "a" + ")".repeat(QueryParser.MAX_NESTING + 1);
        QuerySyntaxException error = assertThrows(QuerySyntaxException.class,
                () -> QueryParser.parse(deep, Grammar.CHORUS));
        assertEquals(QueryParser.MAX_NESTING, error.position());
        String nots = "a " + "NOT ".repeat(QueryParser.MAX_NESTING + 1) + "b";
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(nots, Grammar.CHORUS));
    }
}
