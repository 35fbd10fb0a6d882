package io.chorus.query.internal;

import static io.chorus.query.internal.QueryTrees.withoutSpans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.Query;
import io.chorus.api.query.QuerySyntaxException;

/**
 * Seeded random text made of the grammar's own characters and keywords: every input either parses or fails with a
 * {@link QuerySyntaxException} that points inside the text; nothing else escapes. What parses also formats, re-parses
 * to the same tree and exports to every dialect.
 */
class QueryFuzzTest {

    private static final List<String> PIECES = List.of("a", "b", "acme", "Сбер", "x1", "#t", "c++", "10:30", " ",
            " ", " ", "\t", "(", ")", "\"", "\\", "*", "~", "~1", "~3", "@", "@acme", ".products", ".", ":", "-", "/",
            ";", "&", "&&", "|", "||", "?", "{", "}", "<<<", ">>>", "AND", "OR", "NOT", "NEAR", "NEAR/", "NEAR/3",
            "NEAR/2f", "ONEAR/1", "NEAR/99999", "and", "or", "title:", "lang:", "site:", "platform:", "url:",
            "author:", "titel:", "language:", "domain_url:", "0", "1", "2", "f", "😀", "\u00A0");

    private final QueryFormatter formatter = new QueryFormatter();
    private final ChorusQueryLanguage language = new ChorusQueryLanguage();

    @Test
    void randomTextOnlyEverFailsWithSyntaxErrors() {
        Random random = new Random(7_2026L);
        int parsed = 0;
        for (int i = 0; i < 30_000; i++) {
            String text = randomText(random);
            for (Grammar grammar : Grammar.values()) {
                try {
                    Query query = QueryParser.parse(text, grammar);
                    parsed++;
                    checkUsable(text, grammar, query);
                } catch (QuerySyntaxException e) {
                    assertTrue(e.position() >= 0 && e.position() <= text.length(), () -> "position of " + show(text));
                    assertTrue(e.getMessage().startsWith("column " + (e.position() + 1) + ": "),
                            () -> e.getMessage() + " for " + show(text));
                    assertTrue(!e.expected().isEmpty(), () -> "nothing expected for " + show(text));
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(grammar + " failed on " + show(text) + ": " + e, e);
                }
            }
        }
        assertTrue(parsed > 5_000, "enough inputs parse to test what follows parsing: " + parsed);
    }

    private void checkUsable(String text, Grammar grammar, Query query) throws QuerySyntaxException {
        String formatted = formatter.format(query);
        if (grammar.isChorus()) {
            Query again = QueryParser.parse(formatted, Grammar.CHORUS);
            assertEquals(withoutSpans(query), withoutSpans(again), () -> show(text) + " formatted as " + formatted);
        }
        for (Dialect dialect : Dialect.values()) {
            language.export(query, dialect);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(5) == 0) {
                text.append((char) (32 + random.nextInt(95)));
            } else {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return text.toString();
    }

    private static String show(String text) {
        return "[" + text + "]";
    }
}
