package io.chorus.source.rss.internal.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the feedparser, ROME and W3C feed validator suites goes through the parser: it either parses or fails
 * with a {@link FeedParseException} (the connector's BAD_RESPONSE) that names a place; nothing else escapes.
 */
class FeedSuitesTest {

    static Stream<Arguments> suiteFiles() {
        List<Arguments> all = new ArrayList<>();
        for (String suite : SharedFeeds.SUITES) {
            for (Path file : SharedFeeds.files(suite)) {
                all.add(Arguments.of(suite + "/" + SharedFeeds.suite(suite).relativize(file), file));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suiteFiles")
    void parsesOrRejectsCleanly(String name, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        try {
            Feed feed = FeedParser.parse(body, null, file.toUri());
            for (FeedEntry entry : feed.entries()) {
                assertFalse(entry.id().isBlank(), name + ": an entry without id");
            }
        } catch (FeedParseException e) {
            assertNotNull(e.getMessage(), name);
            assertTrue(e.getMessage().contains("line") || e.line() == -1, name + ": " + e.getMessage());
        }
    }

    @Test
    void theSuitesAreThere() {
        for (String suite : SharedFeeds.SUITES) {
            SharedFeeds.suite(suite);
            assertFalse(SharedFeeds.files(suite).isEmpty(), suite + " has no files");
        }
    }
}
