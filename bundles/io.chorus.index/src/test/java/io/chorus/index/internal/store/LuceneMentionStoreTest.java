package io.chorus.index.internal.store;

import static io.chorus.index.internal.store.StoreFixtures.crashCopy;
import static io.chorus.index.internal.store.StoreFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.query.internal.ChorusQueryLanguage;

class LuceneMentionStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final List<LuceneMentionStore> opened = new ArrayList<>();

    private LuceneMentionStore open(Path directory) throws IOException {
        LuceneMentionStore store = new LuceneMentionStore(directory, CLOCK, new ChorusQueryLanguage(),
                new StoreFixtures.WordMatcher());
        opened.add(store);
        store.open();
        return store;
    }

    @AfterEach
    void closeAll() throws IOException {
        for (LuceneMentionStore store : opened) {
            store.close();
        }
    }

    private static List<String> keys(List<StoredMention> mentions) {
        return mentions.stream().map(StoredMention::key).toList();
    }

    @Test
    void whatStoreReturnedSurvivesACrashWithoutCommitOrClose() throws Exception {
        LuceneMentionStore store = open(temp.resolve("live"));
        store.store(List.of(mention("1", T0, "Сбербанк снова не работает"), mention("2", T0, "ok")));
        store.store(List.of(mention("3", T0.plusSeconds(5), "Acme robot is broken")));
        StoredMention labelled = mention("2", T0, "ok");
        store.label(labelled.key(), Map.of("sentiment", "neutral"));
        Path crashed = crashCopy(temp.resolve("live"), temp.resolve("crashed"));

        LuceneMentionStore reopened = open(crashed);
        assertEquals(3, reopened.size());
        assertEquals("Acme robot is broken", reopened.get("vk:3").orElseThrow().mention().text());
        assertEquals(Map.of("sentiment", "neutral"), reopened.get("vk:2").orElseThrow().labels());
        assertEquals(List.of("vk:3"), keys(reopened.search(MentionSearch.query("robot")).mentions()));
        assertTrue(reopened.problems().isEmpty(), reopened.problems().toString());
        // The journal was replayed into a commit: a second crash needs no replay and loses nothing.
        Path again = crashCopy(crashed, temp.resolve("again"));
        assertEquals(3, open(again).size());
    }

    @Test
    void aTornLastRecordIsCutOffAndTheRecordsBeforeItKept() throws Exception {
        LuceneMentionStore store = open(temp.resolve("live"));
        store.store(List.of(mention("1", T0, "first batch")));
        store.store(List.of(mention("2", T0, "second batch, torn by the crash")));
        Path crashed = crashCopy(temp.resolve("live"), temp.resolve("crashed"));
        Path journal = StoreFixtures.lastJournalSegment(crashed);
        long length = Files.size(journal);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(length - 7);
        }

        LuceneMentionStore reopened = open(crashed);
        assertTrue(reopened.contains("vk:1"));
        assertFalse(reopened.contains("vk:2"));
        assertEquals(1, reopened.size());
        assertEquals(1, reopened.problems().size());
        assertTrue(reopened.problems().get(0).contains(journal.toString())
                && reopened.problems().get(0).contains("incomplete record at byte"), reopened.problems().get(0));
        // The mention whose store() never returned can be stored again.
        assertEquals(1, reopened.store(List.of(mention("2", T0, "second batch, delivered again"))).size());
    }

    @Test
    void aDamagedRecordInTheMiddleIsSkippedNamingTheFileAndOffsetAndTheRestRecovered() throws Exception {
        LuceneMentionStore store = open(temp.resolve("live"));
        store.store(List.of(mention("1", T0, "before the damage")));
        Path journal = StoreFixtures.lastJournalSegment(temp.resolve("live"));
        long damagedAt = Files.size(journal);
        store.store(List.of(mention("2", T0, "this record gets damaged")));
        store.store(List.of(mention("3", T0, "after the damage")));
        Path crashed = crashCopy(temp.resolve("live"), temp.resolve("crashed"));
        Path copy = crashed.resolve("journal").resolve(journal.getFileName());
        byte[] bytes = Files.readAllBytes(copy);
        bytes[(int) damagedAt + 30] ^= 0x5A;
        Files.write(copy, bytes);

        LuceneMentionStore reopened = open(crashed);
        assertTrue(reopened.contains("vk:1"));
        assertFalse(reopened.contains("vk:2"));
        assertTrue(reopened.contains("vk:3"));
        String problem = reopened.problems().get(0);
        assertTrue(problem.contains(copy.toString()) && problem.contains("damaged at byte " + damagedAt)
                && problem.contains("recovered"), problem);
        assertTrue(Files.exists(copy.resolveSibling(copy.getFileName() + ".damaged")),
                "the damaged journal is kept, not deleted");
    }

    @Test
    void aDamagedIndexIsAnErrorThatNamesTheFolderAndDeletesNothing() throws Exception {
        Path directory = temp.resolve("store");
        open(directory).store(List.of(mention("1", T0, "text")));
        opened.remove(0).close();
        Path segments;
        try (Stream<Path> files = Files.list(directory.resolve("index"))) {
            segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst()
                    .orElseThrow();
        }
        byte[] garbage = Files.readAllBytes(segments);
        for (int i = 0; i < garbage.length; i += 3) {
            garbage[i] = 0x13;
        }
        Files.write(segments, garbage);
        long files = Files.list(directory.resolve("index")).count();

        LuceneMentionStore broken = new LuceneMentionStore(directory, CLOCK, new ChorusQueryLanguage(),
                new StoreFixtures.WordMatcher());
        IOException error = assertThrows(IOException.class, broken::open);
        assertTrue(error.getMessage().contains(directory.resolve("index").toString())
                && error.getMessage().contains("Nothing was changed or deleted"), error.getMessage());
        assertEquals(files, Files.list(directory.resolve("index")).count());
        assertFalse(broken.isReady());
        assertThrows(IllegalStateException.class, () -> broken.get("vk:1"));
    }

    @Test
    void aKeyIsStoredOnceWithinABatchAcrossBatchesAndAcrossRestarts() throws Exception {
        Path directory = temp.resolve("store");
        LuceneMentionStore store = open(directory);
        List<StoredMention> added = store.store(List.of(mention("1", T0, "a"), mention("2", T0, "b"),
                mention("1", T0, "a again in the same batch")));
        assertEquals(List.of("vk:1", "vk:2"), keys(added));
        assertEquals(List.of("vk:3"), keys(store.store(List.of(mention("2", T0, "b"), mention("3", T0, "c")))));
        assertTrue(store.contains("vk:3"));
        assertFalse(store.contains("vk:4"));
        assertFalse(store.contains("tg:3"));
        store.close();
        opened.clear();

        LuceneMentionStore reopened = open(directory);
        assertEquals(3, reopened.size());
        assertEquals(List.of(), reopened.store(List.of(mention("3", T0, "c"), mention("1", T0, "a"))));
        assertEquals("a", reopened.get("vk:1").orElseThrow().mention().text());
    }

    @Test
    void concurrentCallersShareJournalForcesAndEachGetsItsOwnNewMentions() throws Exception {
        LuceneMentionStore store = open(temp.resolve("live"));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<StoredMention>>> results = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                int c = caller;
                results.add(callers.submit(() -> {
                    List<StoredMention> batch = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        // Every caller also delivers two keys all callers deliver: only one of them stores each.
                        batch.add(mention(c + "-" + i, T0.plusSeconds(i), "mention " + i));
                    }
                    batch.add(mention("shared-1", T0, "shared"));
                    batch.add(mention("shared-2", T0, "shared"));
                    return store.store(batch);
                }));
            }
            long total = 0;
            for (Future<List<StoredMention>> result : results) {
                total += result.get(60, TimeUnit.SECONDS).size();
            }
            assertEquals(8 * 200 + 2, total);
        } finally {
            callers.shutdownNow();
        }
        assertEquals(8 * 200 + 2, store.size());
        Path crashed = crashCopy(temp.resolve("live"), temp.resolve("crashed"));
        assertEquals(8 * 200 + 2, open(crashed).search(MentionSearch.all().withPage(0, 0)).total());
    }

    @Test
    void listenersHearOfNewMentionsOnlyOnceTheyAreDurable() throws Exception {
        Path live = temp.resolve("live");
        LuceneMentionStore store = open(live);
        List<List<String>> heard = new CopyOnWriteArrayList<>();
        List<Path> copies = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        store.addListener(mentions -> {
            heard.add(keys(mentions));
            try {
                copies.add(crashCopy(live, temp.resolve("at-notification-" + copies.size())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            twice.countDown();
        });
        store.store(List.of(mention("1", T0, "a"), mention("2", T0, "b")));
        store.store(List.of(mention("1", T0, "a"), mention("3", T0, "c")));
        assertTrue(twice.await(30, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("vk:1", "vk:2"), List.of("vk:3")), heard);
        // What a listener heard of is on disk at that moment: a crash then loses none of it.
        LuceneMentionStore atSecond = open(copies.get(1));
        assertTrue(atSecond.contains("vk:1") && atSecond.contains("vk:2") && atSecond.contains("vk:3"));
    }

    @Test
    void opensInTheBackgroundAndWaitsUntilReady() throws Exception {
        Path directory = temp.resolve("store");
        open(directory).store(List.of(mention("1", T0, "a")));
        opened.remove(0).close();

        LuceneMentionStore store = new LuceneMentionStore(directory, CLOCK, new ChorusQueryLanguage(),
                new StoreFixtures.WordMatcher());
        opened.add(store);
        List<Runnable> pending = new ArrayList<>();
        var whenReady = store.openInBackground(pending::add).toCompletableFuture();
        assertFalse(store.isReady());
        assertEquals(0, store.size());
        assertFalse(whenReady.isDone());
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> waiting = reader.submit(() -> store.contains("vk:1"));
            pending.get(0).run();
            whenReady.get(30, TimeUnit.SECONDS);
            assertTrue(store.isReady());
            assertTrue(waiting.get(30, TimeUnit.SECONDS), "a call made while opening waits and then answers");
            assertEquals(1, store.size());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void manyBatchesAndAReopenKeepEveryMentionSearchable() throws Exception {
        Path directory = temp.resolve("store");
        LuceneMentionStore store = open(directory);
        for (int batch = 0; batch < 20; batch++) {
            List<StoredMention> mentions = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                mentions.add(mention(batch + "-" + i, T0.plusSeconds(batch * 100L + i), "robot number " + i));
            }
            store.store(mentions);
        }
        assertEquals(2000, store.search(MentionSearch.query("robot").withPage(0, 1)).total());
        store.close();
        opened.clear();
        LuceneMentionStore reopened = open(directory);
        assertEquals(2000, reopened.size());
        assertEquals(Set.of("vk:19-99"), Set.copyOf(keys(reopened.search(MentionSearch.all().withPage(0, 1))
                .mentions())));
    }
}
