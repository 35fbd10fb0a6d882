package io.chorus.index.internal.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

import io.chorus.api.jobs.JobMonitor;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionListener;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.SearchResult;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.query.ReferenceResolver;

/**
 * The mention store on Lucene with a write-ahead journal.
 *
 * <p>Writes go through one writer thread: it takes every request waiting (group commit across callers), drops keys
 * already stored, appends one journal record per request, forces the journal once, then adds the documents to the
 * index writer and answers the callers. The index is made visible by near-real-time refreshes (every second, and
 * before a read when something was written since) and committed every minute or few hundred megabytes of journal;
 * each commit records the journal position it covers, and opening replays the journal from there. Replaying is
 * idempotent: stores skip keys already indexed, updates replace the whole document.
 *
 * <p>Which keys exist is a table of 64-bit hashes in memory; a mention written but not yet visible to searches is
 * kept in {@code recent} until a refresh shows it, so every stored key is either there or in the searcher.
 */
public final class LuceneMentionStore implements MentionStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LuceneMentionStore.class.getName());
    private static final byte STORE_RECORD = 1;
    private static final byte PUT_RECORD = 2;
    private static final String JOURNAL_SEGMENT = "chorus.journal.segment";
    private static final String JOURNAL_OFFSET = "chorus.journal.offset";
    private static final long COMMIT_EVERY_MILLIS = 60_000;
    /** Segments of the journal (64 MB each) written since the last commit that trigger the next one. */
    private static final long COMMIT_EVERY_SEGMENTS = 4;
    private static final int REMATCH_BATCH = 500;
    private static final long REFRESH_EVERY_MILLIS = 10_000;

    private final Path directory;
    private final Clock clock;
    private final QueryLanguage language;
    private final MentionMatcher matcher;
    private final List<MentionListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Object openLock = new Object();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile Open open;

    private volatile ReferenceResolver references;

    public LuceneMentionStore(Path directory, Clock clock, QueryLanguage language, MentionMatcher matcher) {
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
        this.language = language;
        this.matcher = matcher;
    }

    public void addListener(MentionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(MentionListener listener) {
        listeners.remove(listener);
    }

    /** What opening found damaged and recovered from, in words naming files and byte offsets. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Opens the index and replays the journal; blocks until done. Calling it again does nothing. */
    public void open() throws IOException {
        synchronized (openLock) {
            if (open != null) {
                return;
            }
            if (ready.isDone()) {
                throw new IOException("the mention store in " + directory + " is closed or failed to open");
            }
            try {
                open = new Open();
                ready.complete(null);
            } catch (IOException | RuntimeException e) {
                ready.completeExceptionally(e);
                throw e;
            }
        }
    }

    public CompletionStage<Void> openInBackground(Executor executor) {
        executor.execute(() -> {
            try {
                open();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, e.getMessage(), e);
            }
        });
        return ready();
    }

    @Override
    public boolean isReady() {
        return open != null && ready.isDone() && !ready.isCompletedExceptionally();
    }

    @Override
    public CompletionStage<Void> ready() {
        return ready.minimalCompletionStage();
    }

    private Open awaitOpen() {
        try {
            ready.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("The mention store in " + directory + " could not be opened: "
                    + cause.getMessage(), cause);
        }
        Open current = open;
        if (current == null) {
            throw new IllegalStateException("The mention store in " + directory + " is closed");
        }
        return current;
    }

    @Override
    public List<StoredMention> store(List<StoredMention> mentions) throws IOException {
        if (mentions.isEmpty()) {
            return List.of();
        }
        return awaitOpen().submit(new StoreRequest(List.copyOf(mentions), new CompletableFuture<>()));
    }

    @Override
    public Optional<StoredMention> get(String key) {
        return Optional.ofNullable(awaitOpen().find(key));
    }

    @Override
    public boolean contains(String key) {
        return awaitOpen().isStored(key);
    }

    @Override
    public SearchResult search(MentionSearch search) throws QueryException {
        Open current = awaitOpen();
        Query query = query(current, search);
        return current.read(searcher -> {
            // Never more hits than documents: a large offset or limit must not allocate a huge queue.
            int wanted = (int) Math.min((long) search.offset() + search.limit(),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            if (search.limit() == 0 || search.offset() >= searcher.getIndexReader().maxDoc()) {
                return new SearchResult(searcher.count(query), List.of());
            }
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort(search.sort()), wanted, null,
                    Integer.MAX_VALUE));
            List<StoredMention> page = new ArrayList<>();
            var fields = searcher.storedFields();
            for (int i = search.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                page.add(MentionDocuments.load(fields, hit.doc));
            }
            return new SearchResult(top.totalHits.value(), page);
        });
    }

    @Override
    public FacetResult facets(MentionSearch search, FacetRequest request) throws QueryException {
        Open current = awaitOpen();
        Query query = query(current, search);
        return current.read(searcher -> FacetCounter.count(searcher, query, request, search.from(), search.to()));
    }

    @Override
    public void label(String key, Map<String, String> labels) throws IOException {
        Map<String, String> newLabels = Map.copyOf(labels);
        long found = awaitOpen().<Long>submit(new UpdateRequest(Map.of(key, stored -> new StoredMention(stored.mention(),
                stored.sourceId(), stored.collected(), stored.matches(), stored.duplicateGroup(), newLabels)),
                new CompletableFuture<>(), true));
        if (found == 0) {
            throw new IllegalArgumentException("No mention with the key " + key + " is stored; nothing was labelled");
        }
    }

    @Override
    public long rematch(Instant since, JobMonitor monitor) throws IOException {
        Open current = awaitOpen();
        Query period = LongPoint.newRangeQuery(MentionDocuments.TIME, since.toEpochMilli(), Long.MAX_VALUE);
        long changed = 0;
        // One searcher for the whole run, so updates made meanwhile do not shift what is left to read.
        current.awaitIndexed();
        current.refreshIfStale();
        IndexSearcher searcher = current.searchers.acquire();
        try {
            List<Integer> docs = new ArrayList<>();
            searcher.search(period, new DocIdCollector(docs));
            monitor.begin(docs.size());
            monitor.message("Matching " + docs.size() + " mentions again");
            var fields = searcher.storedFields();
            for (int start = 0; start < docs.size() && !monitor.isCancelled(); start += REMATCH_BATCH) {
                List<StoredMention> batch = new ArrayList<>();
                for (int doc : docs.subList(start, Math.min(docs.size(), start + REMATCH_BATCH))) {
                    batch.add(MentionDocuments.load(fields, doc));
                }
                List<List<MentionMatch>> matches = matcher.match(batch.stream().map(StoredMention::mention).toList());
                Map<String, UnaryOperator<StoredMention>> updates = new HashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    List<MentionMatch> now = matches.get(i);
                    if (!new HashSet<>(now).equals(new HashSet<>(batch.get(i).matches()))) {
                        updates.put(batch.get(i).key(), stored -> new StoredMention(stored.mention(),
                                stored.sourceId(), stored.collected(), now, stored.duplicateGroup(),
                                stored.labels()));
                    }
                }
                if (!updates.isEmpty()) {
                    changed += current.<Long>submit(new UpdateRequest(updates, new CompletableFuture<>(), false));
                }
                monitor.worked(batch.size());
            }
        } finally {
            current.searchers.release(searcher);
        }
        return changed;
    }

    @Override
    public long size() {
        Open current = open;
        return current == null ? 0 : current.size.get();
    }

    @Override
    public void close() throws IOException {
        synchronized (openLock) {
            Open current = open;
            open = null;
            if (!ready.isDone()) {
                ready.completeExceptionally(new IOException("the mention store was closed before it opened"));
            }
            if (current != null) {
                current.close();
            }
        }
    }

    /** Lets search text name a brand's core ({@code @acme}) or entries, resolved as the registry says. */
    public void resolveReferencesWith(ReferenceResolver resolver) {
        this.references = resolver;
    }

    private Query query(Open current, MentionSearch search) throws QueryException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (search.query().isBlank()) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            io.chorus.api.query.Query parsed = language.parse(search.query());
            ReferenceResolver resolver = references;
            if (resolver != null) {
                parsed = language.expand(parsed, resolver);
            }
            builder.add(IndexText.compile(current.analyzer, parsed), Occur.MUST);
        }
        anyOf(builder, FacetRequest.BRAND, search.brands());
        anyOf(builder, FacetRequest.PLATFORM, search.platforms());
        anyOf(builder, FacetRequest.LANGUAGE, search.languages());
        search.labels().forEach((name, value) -> builder.add(new TermQuery(new Term(MentionDocuments.LABEL,
                name + "=" + value)), Occur.FILTER));
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochMilli();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochMilli() - 1;
            builder.add(LongPoint.newRangeQuery(MentionDocuments.TIME, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    private static void anyOf(BooleanQuery.Builder builder, String dimension, Set<String> values) {
        if (!values.isEmpty()) {
            builder.add(new TermInSetQuery(MentionDocuments.filterField(dimension),
                    values.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    private static Sort sort(MentionSearch.Sort sort) {
        SortField newest = new SortField(MentionDocuments.TIME, SortField.Type.LONG, true);
        return switch (sort) {
            case NEWEST -> new Sort(newest);
            case OLDEST -> new Sort(new SortField(MentionDocuments.TIME, SortField.Type.LONG, false));
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
            case REACH -> new Sort(new SortField(MentionDocuments.REACH, SortField.Type.LONG, true), newest);
        };
    }

    /** Work for the writer thread. */
    private sealed interface Request permits StoreRequest, UpdateRequest {
        CompletableFuture<?> result();
    }

    private record StoreRequest(List<StoredMention> mentions, CompletableFuture<List<StoredMention>> result)
            implements Request {
    }

    /** Changes stored mentions by key; the result is how many changed. */
    private record UpdateRequest(Map<String, UnaryOperator<StoredMention>> changes, CompletableFuture<Long> result,
                                 boolean countUnchanged) implements Request {
    }

    /** A mention written but perhaps not yet visible to searches, and the write generation that wrote it. */
    private record Recent(long generation, StoredMention mention) {
    }

    @FunctionalInterface
    private interface IndexAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface Read<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    /** Everything that exists while the store is open. */
    private final class Open {
        final Analyzer analyzer = IndexText.newAnalyzer();
        final FSDirectory index;
        final IndexWriter writer;
        final SearcherManager searchers;
        final Journal journal;
        final KeyHashes keys = new KeyHashes();
        final Map<String, Recent> recent = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicLong size = new AtomicLong();
        final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
        final Thread writerThread;
        final ScheduledExecutorService maintenance;
        final ExecutorService notifier;
        final Object commitLock = new Object();
        /** Write groups: forced to the journal, and given to the index writer. */
        volatile long durableGeneration;
        volatile long appliedGeneration;
        final Object indexed = new Object();
        final java.util.concurrent.Semaphore indexingSlots = new java.util.concurrent.Semaphore(2);
        final ExecutorService indexer = Executors.newSingleThreadExecutor(daemon("chorus-index-indexer"));
        /** Helpers of the indexing thread; slot 0 is the indexing thread itself. */
        final ExecutorService[] indexWorkers = new ExecutorService[Math.max(1,
                Runtime.getRuntime().availableProcessors())];
        volatile long visibleGeneration;
        volatile Journal.Position applied;
        volatile Journal.Position committed;
        volatile long lastCommitMillis;
        volatile long lastRefreshMillis;
        volatile IOException failure;
        volatile boolean closing;

        Open() throws IOException {
            Path indexDirectory = directory.resolve("index");
            Files.createDirectories(indexDirectory);
            index = FSDirectory.open(indexDirectory);
            IndexWriter opened;
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(128)
                        .setCommitOnClose(false);
                opened = new IndexWriter(index, config);
            } catch (LockObtainFailedException e) {
                index.close();
                throw new IOException("The mention index in " + indexDirectory + " is in use by another Chorus"
                        + " process; close it, or open another workspace.", e);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | NoSuchFileException | EOFException e) {
                index.close();
                throw new IOException("The mention index in " + indexDirectory + " cannot be read (" + e.getMessage()
                        + "). Nothing was changed or deleted. Move the folder " + directory + " away (or restore it"
                        + " from a backup) and start Chorus again: it then starts an empty store, and the mentions"
                        + " can be collected or imported again.", e);
            }
            writer = opened;
            try {
                searchers = new SearcherManager(writer, null);
                loadKeys();
                journal = new Journal(directory.resolve("journal"));
                Journal.Position from = committedPosition();
                long start = System.nanoTime();
                long[] replayed = new long[1];
                journal.replay(from, (type, payload, file, offset) -> {
                    replay(type, payload, file, offset);
                    if (++replayed[0] % 20_000 == 0) {
                        refresh();
                    }
                });
                problems.addAll(journal.problems());
                problems.forEach(problem -> LOG.log(System.Logger.Level.WARNING, problem));
                journal.openForAppend();
                applied = journal.start();
                commit();
                refresh();
                if (replayed[0] > 0) {
                    LOG.log(System.Logger.Level.INFO, "Recovered {0} journal records into the mention index in {1}"
                            + " ({2} ms)", replayed[0], directory, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                index.close();
                throw e;
            }
            notifier = Executors.newSingleThreadExecutor(daemon("chorus-mention-listeners"));
            maintenance = Executors.newSingleThreadScheduledExecutor(daemon("chorus-index-refresh"));
            maintenance.scheduleWithFixedDelay(this::maintain, 1, 1, TimeUnit.SECONDS);
            for (int worker = 1; worker < indexWorkers.length; worker++) {
                indexWorkers[worker] = Executors.newSingleThreadExecutor(daemon("chorus-index-indexer-" + worker));
            }
            writerThread = daemon("chorus-index-writer").newThread(this::writeLoop);
            writerThread.start();
        }

        private Journal.Position committedPosition() {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            if (!data.containsKey(JOURNAL_SEGMENT)) {
                return new Journal.Position(0, 0);
            }
            return new Journal.Position(Long.parseLong(data.get(JOURNAL_SEGMENT)),
                    Long.parseLong(data.get(JOURNAL_OFFSET)));
        }

        private void loadKeys() throws IOException {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Terms terms = leaf.reader().terms(MentionDocuments.KEY);
                    if (terms != null) {
                        TermsEnum each = terms.iterator();
                        for (BytesRef key = each.next(); key != null; key = each.next()) {
                            keys.add(KeyHashes.hash(key.utf8ToString()));
                        }
                    }
                }
                size.set(searcher.getIndexReader().numDocs());
            } finally {
                searchers.release(searcher);
            }
        }

        private void replay(byte type, byte[] payload, Path file, long offset) throws IOException {
            try {
                if (type == STORE_RECORD) {
                    ByteBuffer buffer = ByteBuffer.wrap(payload);
                    int count = buffer.getInt();
                    for (int i = 0; i < count; i++) {
                        int length = buffer.getInt();
                        StoredMention stored = MentionCodec.decode(payload, buffer.position(), length);
                        if (!isStored(stored.key())) {
                            add(stored, payload, buffer.position(), length, 0);
                        }
                        buffer.position(buffer.position() + length);
                    }
                } else if (type == PUT_RECORD) {
                    put(MentionCodec.decode(payload, 0, payload.length), payload, 0);
                } else {
                    throw new IOException("unknown record type " + type);
                }
            } catch (IOException | RuntimeException e) {
                String problem = "The mention journal " + file + " has a record at byte " + offset + " that passed"
                        + " its checksum but cannot be read (" + e + "); it was skipped. Keep the file for a bug report.";
                problems.add(problem);
            }
        }

        private void add(StoredMention stored, byte[] bytes, int offset, int length, long generation)
                throws IOException {
            byte[] blob = new byte[length];
            System.arraycopy(bytes, offset, blob, 0, length);
            keys.add(KeyHashes.hash(stored.key()));
            recent.put(stored.key(), new Recent(generation, stored));
            size.incrementAndGet();
            writer.addDocument(MentionDocuments.document(stored, blob));
        }

        private void put(StoredMention stored, byte[] blob, long generation) throws IOException {
            if (keys.add(KeyHashes.hash(stored.key()))) {
                size.incrementAndGet();
            }
            recent.put(stored.key(), new Recent(generation, stored));
            writer.updateDocument(new Term(MentionDocuments.KEY, stored.key()),
                    MentionDocuments.document(stored, blob));
        }

        boolean isStored(String key) {
            if (!keys.mightContain(KeyHashes.hash(key))) {
                return false;
            }
            return recent.containsKey(key) || indexed(key) != null;
        }

        StoredMention find(String key) {
            if (!keys.mightContain(KeyHashes.hash(key))) {
                return null;
            }
            Recent written = recent.get(key);
            return written != null ? written.mention() : indexed(key);
        }

        private StoredMention indexed(String key) {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    TopDocs top = searcher.search(new TermQuery(new Term(MentionDocuments.KEY, key)), 1);
                    return top.scoreDocs.length == 0 ? null
                            : MentionDocuments.load(searcher.storedFields(), top.scoreDocs[0].doc);
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the mention index in " + directory + " failed", e);
            }
        }

        <T> T submit(Request request) throws IOException {
            if (failure != null) {
                throw new IOException("The mention store in " + directory + " stopped writing after an error: "
                        + failure.getMessage(), failure);
            }
            if (closing) {
                throw new IOException("The mention store in " + directory + " is closing");
            }
            queue.add(request);
            try {
                @SuppressWarnings("unchecked")
                T result = (T) request.result().get();
                return result;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the mention journal");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new IOException(io.getMessage(), io);
                }
                throw new IOException("Writing to the mention store in " + directory + " failed: " + e.getCause(),
                        e.getCause());
            }
        }

        private void writeLoop() {
            List<Request> group = new ArrayList<>();
            while (true) {
                try {
                    Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (closing) {
                            return;
                        }
                        continue;
                    }
                    group.add(first);
                    queue.drainTo(group, 256);
                    writeGroup(group);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                    LOG.log(System.Logger.Level.ERROR, "The mention store in " + directory + " stopped writing", e);
                    group.forEach(request -> request.result().completeExceptionally(failure));
                    queue.forEach(request -> request.result().completeExceptionally(failure));
                    return;
                } finally {
                    group.clear();
                }
            }
        }

        /**
         * One journal force for every request waiting; then the answers, while the index writer takes the group on
         * the indexing thread (at most two groups behind, so memory stays bounded).
         */
        private void writeGroup(List<Request> group) throws IOException {
            long generation = durableGeneration + 1;
            List<IndexAction> adds = new ArrayList<>();
            List<IndexAction> updates = new ArrayList<>();
            List<Object> results = new ArrayList<>();
            for (Request request : group) {
                switch (request) {
                    case StoreRequest store -> results.add(journalStore(store, generation, adds));
                    case UpdateRequest update -> results.add(journalUpdates(update, generation, updates));
                }
            }
            Journal.Position durable = journal.sync();
            try {
                indexingSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the index writer");
            }
            durableGeneration = generation;
            indexer.execute(() -> index(adds, updates, durable, generation));
            for (int i = 0; i < group.size(); i++) {
                complete(group.get(i), results.get(i));
            }
        }

        /**
         * Adds a group's new mentions on every core, then applies its updates in order. Adds first is safe: an
         * update in the same group either follows the add of its key or concerns a key stored before, which a
         * store in the group then skipped.
         */
        private void index(List<IndexAction> adds, List<IndexAction> updates, Journal.Position durable,
                           long generation) {
            try {
                int parallel = Math.min(indexWorkers.length, Math.max(1, adds.size() / 64));
                List<Future<?>> running = new ArrayList<>();
                for (int worker = 1; worker < parallel; worker++) {
                    int first = worker;
                    running.add(indexWorkers[worker].submit(() -> runEvery(adds, first, parallel)));
                }
                runEvery(adds, 0, parallel);
                for (Future<?> future : running) {
                    future.get();
                }
                for (IndexAction update : updates) {
                    update.run();
                }
                synchronized (indexed) {
                    applied = durable;
                    appliedGeneration = generation;
                    indexed.notifyAll();
                }
            } catch (IOException | RuntimeException | ExecutionException e) {
                failure = new IOException("The index writer failed; every mention is in the journal and will be"
                        + " indexed at the next start: " + e, e);
                LOG.log(System.Logger.Level.ERROR, failure.getMessage(), e);
                synchronized (indexed) {
                    indexed.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                indexingSlots.release();
            }
        }

        private static Void runEvery(List<IndexAction> actions, int first, int step) throws IOException {
            for (int i = first; i < actions.size(); i += step) {
                actions.get(i).run();
            }
            return null;
        }

        /** Waits until everything durable when called is in the index writer, so a read sees what was stored. */
        private void awaitIndexed() throws IOException {
            long target = durableGeneration;
            synchronized (indexed) {
                while (appliedGeneration < target && failure == null) {
                    try {
                        indexed.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for the index writer");
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void complete(Request request, Object result) {
            if (request instanceof StoreRequest store) {
                List<StoredMention> added = (List<StoredMention>) result;
                store.result().complete(added);
                if (!added.isEmpty() && !listeners.isEmpty()) {
                    notifier.execute(() -> notifyListeners(added));
                }
            } else if (request instanceof UpdateRequest update) {
                update.result().complete((Long) result);
            }
        }

        private List<StoredMention> journalStore(StoreRequest request, long generation, List<IndexAction> indexing)
                throws IOException {
            List<StoredMention> added = new ArrayList<>();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(request.mentions().size() * 300);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0);
            for (StoredMention stored : request.mentions()) {
                if (isStored(stored.key())) {
                    continue;
                }
                byte[] blob = MentionCodec.encode(stored);
                out.writeInt(blob.length);
                out.write(blob);
                added.add(stored);
                keys.add(KeyHashes.hash(stored.key()));
                recent.put(stored.key(), new Recent(generation, stored));
                size.incrementAndGet();
                indexing.add(() -> writer.addDocument(MentionDocuments.document(stored, blob)));
            }
            if (!added.isEmpty()) {
                byte[] payload = bytes.toByteArray();
                ByteBuffer.wrap(payload).putInt(0, added.size());
                journal.append(STORE_RECORD, payload);
            }
            return added;
        }

        private long journalUpdates(UpdateRequest request, long generation, List<IndexAction> indexing)
                throws IOException {
            long changed = 0;
            for (Map.Entry<String, UnaryOperator<StoredMention>> change : request.changes().entrySet()) {
                StoredMention current = find(change.getKey());
                if (current == null) {
                    continue;
                }
                StoredMention updated = change.getValue().apply(current);
                if (updated.equals(current)) {
                    changed += request.countUnchanged() ? 1 : 0;
                    continue;
                }
                changed++;
                byte[] blob = MentionCodec.encode(updated);
                journal.append(PUT_RECORD, blob);
                recent.put(updated.key(), new Recent(generation, updated));
                indexing.add(() -> writer.updateDocument(new Term(MentionDocuments.KEY, updated.key()),
                        MentionDocuments.document(updated, blob)));
            }
            return changed;
        }

        private void notifyListeners(List<StoredMention> added) {
            for (MentionListener listener : listeners) {
                try {
                    listener.added(added);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A mention listener failed: " + listener, e);
                }
            }
        }

        <T> T read(Read<T> read) {
            try {
                awaitIndexed();
                refreshIfStale();
                IndexSearcher searcher = searchers.acquire();
                try {
                    return read.read(searcher);
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the mention index in " + directory + " failed", e);
            }
        }

        void refreshIfStale() throws IOException {
            if (appliedGeneration > visibleGeneration) {
                refresh();
            }
        }

        /** Makes what was written visible to searches, then forgets the copies kept until it was. */
        synchronized void refresh() throws IOException {
            long generation = appliedGeneration;
            searchers.maybeRefreshBlocking();
            lastRefreshMillis = clock.millis();
            visibleGeneration = generation;
            recent.values().removeIf(written -> written.generation() <= generation);
        }

        private void maintain() {
            try {
                // Reads refresh when they need to; this refresh only bounds the mentions kept in memory until
                // searches see them, and each one flushes a small segment, so it runs seldom.
                if (recent.size() > 50_000 || clock.millis() - lastRefreshMillis >= REFRESH_EVERY_MILLIS) {
                    refreshIfStale();
                }
                Journal.Position last = committed;
                Journal.Position now = applied;
                if (!now.equals(last) && (clock.millis() - lastCommitMillis >= COMMIT_EVERY_MILLIS
                        || now.segment() - last.segment() >= COMMIT_EVERY_SEGMENTS)) {
                    commit();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Refreshing or committing the mention index in " + directory
                        + " failed; the journal keeps every mention, so none is lost", e);
            }
        }

        /** Commits the index with the journal position it covers, then drops the journal before it. */
        void commit() throws IOException {
            synchronized (commitLock) {
                Journal.Position position = applied;
                writer.setLiveCommitData(Map.of(JOURNAL_SEGMENT, Long.toString(position.segment()),
                        JOURNAL_OFFSET, Long.toString(position.offset())).entrySet());
                writer.commit();
                committed = position;
                lastCommitMillis = clock.millis();
                journal.deleteBefore(position.segment());
            }
        }

        void close() throws IOException {
            closing = true;
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            indexer.shutdown();
            maintenance.shutdown();
            notifier.shutdown();
            try {
                indexer.awaitTermination(10, TimeUnit.MINUTES);
                for (ExecutorService worker : indexWorkers) {
                    if (worker != null) {
                        worker.shutdown();
                    }
                }
                maintenance.awaitTermination(30, TimeUnit.SECONDS);
                notifier.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                if (failure == null) {
                    commit();
                }
            } finally {
                searchers.close();
                writer.close();
                journal.close();
                analyzer.close();
                index.close();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Gathers the ids of the hits, in index order. */
    private static final class DocIdCollector extends org.apache.lucene.search.SimpleCollector {
        private final List<Integer> docs;
        private int base;

        DocIdCollector(List<Integer> docs) {
            this.docs = docs;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            docs.add(base + doc);
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
