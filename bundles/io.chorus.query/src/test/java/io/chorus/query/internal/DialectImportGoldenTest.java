package io.chorus.query.internal;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.QuerySyntaxException;

/**
 * Brandwatch and Talkwalker queries read into Chorus trees. golden/&lt;dialect&gt;-import.txt holds blocks of
 * {@code in:} (the vendor's text) and {@code out:} (the tree in canonical Chorus text) or {@code error:} (the message);
 * updating keeps the {@code in:} lines and rewrites the rest.
 */
class DialectImportGoldenTest {

    private final ChorusQueryLanguage language = new ChorusQueryLanguage();

    @TestFactory
    Stream<DynamicTest> importsMatchTheReviewedFiles() {
        return Stream.of(Dialect.BRANDWATCH, Dialect.TALKWALKER).map(dialect -> DynamicTest.dynamicTest(
                dialect.name(), () -> {
                    GoldenFile file = new GoldenFile(dialect.name().toLowerCase(Locale.ROOT) + "-import.txt");
                    StringBuilder blocks = new StringBuilder();
                    for (String line : file.lines()) {
                        if (line.startsWith("in: ")) {
                            blocks.append(line).append('\n').append(read(line.substring(4), dialect)).append("\n\n");
                        }
                    }
                    file.check(blocks.toString());
                }));
    }

    private String read(String text, Dialect dialect) {
        try {
            return "out: " + language.format(language.importQuery(text, dialect));
        } catch (QuerySyntaxException e) {
            return "error: " + e.getMessage();
        }
    }
}
