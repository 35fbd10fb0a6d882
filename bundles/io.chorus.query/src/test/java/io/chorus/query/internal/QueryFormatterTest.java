package io.chorus.query.internal;

import static io.chorus.query.internal.QueryTrees.and;
import static io.chorus.query.internal.QueryTrees.phrase;
import static io.chorus.query.internal.QueryTrees.term;
import static io.chorus.query.internal.QueryTrees.withoutSpans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.chorus.api.query.Query;
import io.chorus.api.query.QuerySyntaxException;

class QueryFormatterTest {

    private final QueryFormatter formatter = new QueryFormatter();

    private String canonical(String text) throws QuerySyntaxException {
        return formatter.format(QueryParser.parse(text, Grammar.CHORUS));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b OR c                       | a AND b OR c",
        "a OR (b OR c)                  | a OR (b OR c)",
        "(a OR b) c                     | (a OR b) AND c",
        "a (b c)                        | a AND (b AND c)",
        "a -b                           | a NOT b",
        "a AND NOT b                    | a NOT b",
        "NOT b a                        | NOT b AND a",
        "a NOT b c                      | a NOT b AND c",
        "a NOT (b OR c)                 | a NOT (b OR c)",
        "x NOT NOT y                    | x NOT NOT y",
        "a NOT (b NEAR/3 c)             | a NOT (b NEAR/3 c)",
        "(a NEAR/2 b) NEAR/3 c          | (a NEAR/2 b) NEAR/3 c",
        "a NEAR/2 (b OR c)              | a NEAR/2 (b OR c)",
        "\"which vacuum\" ONEAR/5 buy   | \"which vacuum\" ONEAR/5 buy",
        "acme~                          | acme~1",
        "\"acme\"~                      | acme~1",
        "\"vacuum cleaner\"~2           | \"vacuum cleaner\"~2",
        "robot*                         | robot*",
        "title:(review OR обзор)        | title:(review OR обзор)",
        "TITLE:a                        | title:a",
        "title:-x                       | title:-x",
        "lang:ru platform:vk            | lang:ru AND platform:vk",
        "@ACME.Products                 | @acme.products",
        "((a))                          | a",
        "`\"say \\\"hi\\\"\"`           | `\"say \\\"hi\\\"\"`",
        "\"C:\\path\"                   | \"C:\\\\path\"",
        "\"AND\" OR \"-x\"              | \"AND\" OR \"-x\"",
        "acme (a OR NOT b)              | acme AND (a OR NOT b)",
    })
    void writesCanonicalText(String query, String expected) throws QuerySyntaxException {
        assertEquals(expected, canonical(query));
    }

    @Test
    void termsThatCannotBeBareWordsBecomePhrases() {
        assertEquals("\"AND\"", formatter.format(term("AND")));
        assertEquals("\"-jobs\"", formatter.format(term("-jobs")));
        assertEquals("\"title:x\"", formatter.format(term("title:x")));
        assertEquals("title:title:x", formatter.format(QueryTrees.field(io.chorus.api.query.Field.TITLE,
                term("title:x"))));
        assertEquals("a AND \"b c\"", formatter.format(and(term("a"), phrase("b c"))));
    }

    /** Property: for thousands of seeded random trees, parse(format(tree)) is the tree, spans aside. */
    @Test
    void parsingTheFormattedTextGivesTheSameTree() throws QuerySyntaxException {
        RandomQueryTrees trees = new RandomQueryTrees(20_260_101L);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            Query tree = trees.next();
            String text = formatter.format(tree);
            distinct.add(text);
            Query parsed;
            try {
                parsed = QueryParser.parse(text, Grammar.CHORUS);
            } catch (QuerySyntaxException e) {
                throw new AssertionError("tree " + i + " formatted as [" + text + "] does not parse: " + e.getMessage(),
                        e);
            }
            assertEquals(withoutSpans(tree), withoutSpans(parsed), () -> "tree formatted as [" + text + "]");
            assertEquals(text, formatter.format(parsed), "formatting is stable");
        }
        assertTrue(distinct.size() > 1_500, "the generator varies its trees: " + distinct.size());
    }
}
