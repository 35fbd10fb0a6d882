package io.chorus.index.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.query.internal.ChorusQueryLanguage;

/** A child JVM stores mentions and is killed (SIGKILL) in the middle; every acknowledged mention must survive. */
class KillDuringStoreTest {

    @TempDir
    Path directory;

    /** The child: stores batches forever and prints the last key of each batch once store() returned. */
    public static void main(String[] args) throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (LuceneMentionStore store = new LuceneMentionStore(Path.of(args[0]), Clock.systemUTC(),
                new ChorusQueryLanguage(), new StoreFixtures.WordMatcher())) {
            store.open();
            int first = Integer.parseInt(args[1]);
            for (int batch = 0; ; batch++) {
                List<StoredMention> mentions = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    int n = first + batch * 100 + i;
                    mentions.add(StoreFixtures.mention(Integer.toString(n), start.plusSeconds(n), "robot " + n));
                }
                store.store(mentions);
                System.out.println(mentions.get(mentions.size() - 1).key());
                System.out.flush();
            }
        }
    }

    private static List<String> runAndKill(Path directory, int first, int acknowledgements) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillDuringStoreTest.class.getName(),
                directory.toString(), Integer.toString(first)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && acknowledged.size() < acknowledgements;
                 line = out.readLine()) {
                acknowledged.add(line);
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        return acknowledged;
    }

    @Test
    void everyAcknowledgedMentionSurvivesKillNineTwice() throws Exception {
        List<String> acknowledged = new ArrayList<>(runAndKill(directory, 0, 30));
        // A second child first recovers what the first left, then is killed too.
        acknowledged.addAll(runAndKill(directory, 1_000_000, 20));
        assertEquals(50, acknowledged.size(), "the children stored batches before they were killed");
        try (LuceneMentionStore store = new LuceneMentionStore(directory, Clock.systemUTC(),
                new ChorusQueryLanguage(), new StoreFixtures.WordMatcher())) {
            store.open();
            for (String key : acknowledged) {
                assertTrue(store.contains(key), key + " was acknowledged but lost");
            }
            long size = store.size();
            assertTrue(size >= 5000, "at least the 50 acknowledged batches: " + size);
            assertEquals(size, store.search(MentionSearch.query("robot").withPage(0, 0)).total());
            assertTrue(store.problems().stream().allMatch(p -> p.contains("incomplete record")),
                    store.problems().toString());
        }
    }
}
