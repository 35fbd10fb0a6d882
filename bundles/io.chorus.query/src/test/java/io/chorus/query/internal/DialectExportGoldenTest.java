package io.chorus.query.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.QuerySyntaxException;

/**
 * Every query of golden/queries.txt exported to every dialect, compared exactly with golden/&lt;dialect&gt;.txt:
 * one block per query with the Chorus text, the exported text and each unsupported message.
 */
class DialectExportGoldenTest {

    private final ChorusQueryLanguage language = new ChorusQueryLanguage();

    @TestFactory
    Stream<DynamicTest> exportsMatchTheReviewedFiles() throws IOException {
        List<String> queries = new GoldenFile("queries.txt").lines().stream().filter(line -> !line.isBlank()).toList();
        return Stream.of(Dialect.values()).map(dialect -> DynamicTest.dynamicTest(dialect.name(), () -> {
            StringBuilder blocks = new StringBuilder();
            for (String query : queries) {
                blocks.append(block(query, dialect));
            }
            new GoldenFile(fileName(dialect)).check(blocks.toString());
        }));
    }

    static String fileName(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    private String block(String query, Dialect dialect) throws QuerySyntaxException {
        ExportResult result = language.export(language.parse(query), dialect);
        StringBuilder block = new StringBuilder();
        block.append("query: ").append(query).append('\n');
        block.append("text: ").append(result.text()).append('\n');
        for (String message : result.unsupported()) {
            block.append("unsupported: ").append(message).append('\n');
        }
        return block.append('\n').toString();
    }
}
