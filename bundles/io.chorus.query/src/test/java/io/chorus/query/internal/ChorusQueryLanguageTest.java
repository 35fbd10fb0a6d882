package io.chorus.query.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryLanguage;

class ChorusQueryLanguageTest {

    private final QueryLanguage language = new ChorusQueryLanguage();

    @Test
    void importsOnlyFromBrandwatchAndTalkwalker() {
        for (Dialect dialect : List.of(Dialect.YOUSCAN, Dialect.AWARIO, Dialect.GOOGLE_ALERTS)) {
            UnsupportedOperationException error = assertThrows(UnsupportedOperationException.class,
                    () -> language.importQuery("acme", dialect));
            assertEquals("Chorus exports to " + dialect + " but cannot import from it; it imports BRANDWATCH and "
                    + "TALKWALKER queries", error.getMessage());
        }
    }

    @Test
    void everyDialectExports() throws Exception {
        Query query = language.parse("acme NOT jobs");
        for (Dialect dialect : Dialect.values()) {
            ExportResult result = language.export(query, dialect);
            assertEquals(dialect, result.dialect());
            assertTrue(result.isComplete(), dialect + ": " + result.unsupported());
        }
    }

    @Test
    void theBriefsExampleMessage() throws Exception {
        ExportResult result = language.export(language.parse("a acme~1"), Dialect.BRANDWATCH);
        assertEquals("a AND acme", result.text());
        assertEquals(List.of("fuzzy matching (acme~1 at column 3) has no Brandwatch equivalent; exported as acme"),
                result.unsupported());
    }

    @Test
    void whatBrandwatchExportsImportsBack() throws Exception {
        for (String text : List.of("(acme OR beta) NEAR/5 (vacuum OR cleaner) NOT cheap",
                "\"which vacuum\" ONEAR/5 buy site:reddit.com lang:en", "author:\"John Smith\" robot* OR url:x.com")) {
            Query query = language.parse(text);
            assertEquals(language.format(query), language.format(language.importQuery(
                    language.export(query, Dialect.BRANDWATCH).text(), Dialect.BRANDWATCH)), text);
            assertEquals(language.format(query), language.format(language.importQuery(
                    language.export(query, Dialect.TALKWALKER).text(), Dialect.TALKWALKER)), text);
        }
    }
}
