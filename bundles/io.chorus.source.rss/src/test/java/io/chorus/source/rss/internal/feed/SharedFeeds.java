package io.chorus.source.rss.internal.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** The public feed test suites in the shared data folder (system property chorus.shared.data), read in place. */
final class SharedFeeds {

    static final List<String> SUITES = List.of("feedparser-tests", "rome-test-feeds", "w3c-feedvalidator-testcases");

    private SharedFeeds() {
    }

    /** The folder of a suite, or the test is skipped with a message when the shared data is absent. */
    static Path suite(String name) {
        String root = System.getProperty("chorus.shared.data");
        Assumptions.assumeTrue(root != null, "chorus.shared.data is not set: the feed suites are skipped");
        Path dir = Path.of(root, name);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: the feed suite is skipped");
        return dir;
    }

    /** Every feed file of a suite (not its README or LICENSE), sorted. */
    static List<Path> files(String name) {
        String root = System.getProperty("chorus.shared.data");
        if (root == null || !Files.isDirectory(Path.of(root, name))) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(Path.of(root, name))) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().matches(
                    "(?i)(README.*|LICEN[CS]E.*)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
