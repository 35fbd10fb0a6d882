package io.chorus.ingest.internal;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.PollReport;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.api.ingest.Sources;
import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.jobs.Scheduled;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.StoredMention;
import io.chorus.ingest.internal.pipeline.MentionPipeline;
import io.chorus.ingest.internal.pipeline.NearDuplicates;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import io.chorus.source.api.StreamingConnector;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the sources of a workspace: reads and writes their files, polls each on the shared {@link Jobs} pool at its
 * own pace within its platform's rate limit, backs off after failures, keeps streams open, sends what arrives
 * through the {@link MentionPipeline} and saves cursor and health only after the store has the mentions.
 */
public final class IngestEngine implements Sources, AutoCloseable {

    /** Where the log goes; never given settings values. */
    public interface Log {
        void info(String message);

        void warn(String message);
    }

    /** Tunables; tests shorten them. */
    public record Options(Duration pollTimeout, Duration requestTimeout, Duration backoffBase, Duration backoffCap,
                          String userAgent) {
        public static Options defaults(String version) {
            return new Options(Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofSeconds(30),
                    Duration.ofHours(1), "Chorus/" + version + " (social listening)");
        }
    }

    /** An installed connector; settings come from its metatype when it has one. */
    public record Installed(SourceConnector connector, Supplier<Optional<List<ConnectorDescription.Setting>>> metatype) {
    }

    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private final Path root;
    private final Jobs jobs;
    private final Supplier<MentionStore> store;
    private final Clock clock;
    private final Options options;
    private final Log log;
    private final SourceFiles files;
    private final MentionPipeline pipeline;
    private final NearDuplicates nearDuplicates;
    private final Backoff backoff;
    private final RateLimits rateLimits = new RateLimits();
    private final Map<String, Installed> connectors = new ConcurrentHashMap<>();
    private final Map<String, Runner> runners = new ConcurrentHashMap<>();
    private final Map<String, SourceFiles.Problem> problems = new ConcurrentHashMap<>();
    private volatile HttpClient http;
    private volatile boolean closed;

    public IngestEngine(Path workspaceRoot, Jobs jobs, Supplier<MentionStore> store, MentionPipeline pipeline,
                        NearDuplicates nearDuplicates, SecretBox secrets, Clock clock,
                        java.util.random.RandomGenerator random, Options options, Log log) {
        this.root = workspaceRoot;
        this.jobs = jobs;
        this.store = store;
        this.pipeline = pipeline;
        this.nearDuplicates = nearDuplicates;
        this.clock = clock;
        this.options = options;
        this.log = log;
        this.files = new SourceFiles(workspaceRoot, secrets);
        this.backoff = new Backoff(options.backoffBase(), options.backoffCap(), random);
    }

    /** One source at run time. Its fields are guarded by the runner itself. */
    private volatile boolean automatic = true;

    private final class Runner {
        SourceConfig config;
        Set<String> secretKeys;
        final SourceState state;
        final ReentrantLock polling = new ReentrantLock();
        /** What the last poll that ended did; a "poll now" that waited for it reports it too. */
        volatile PollReport lastReport;
        Scheduled scheduled;
        Instant nextPoll;
        StreamingConnector.Stream stream;
        boolean streamOpening;
        boolean removed;

        Runner(SourceConfig config, Set<String> secretKeys, SourceState state) {
            this.config = config;
            this.secretKeys = secretKeys;
            this.state = state;
        }

        String id() {
            return config.id();
        }
    }

    // ---------------------------------------------------------------- life cycle

    /** Reads the sources and schedules them. */
    /**
     * Polls only when asked ({@link #pollNow}): for a process that runs one command and exits, which must not start
     * polling every source and be stopped in the middle.
     */
    public void pollOnlyWhenAsked() {
        automatic = false;
    }

    public void start() throws IOException {
        SourceFiles.Loaded loaded = files.loadAll();
        for (SourceFiles.Problem problem : loaded.problems()) {
            problems.put(problem.id(), problem);
            log.warn("Source file not used: " + problem.text());
        }
        for (SourceFiles.Stored stored : loaded.sources()) {
            SourceState state;
            try {
                state = SourceState.load(stateFile(stored.config().id()));
            } catch (IOException e) {
                log.warn(e.getMessage() + "; source " + stored.config().id() + " starts from the beginning, "
                        + "duplicates are skipped");
                state = new SourceState();
            }
            Runner runner = new Runner(stored.config(), stored.secretKeys(), state);
            runners.put(runner.id(), runner);
        }
        for (Runner runner : runners.values()) {
            schedule(runner, Duration.ZERO);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Runner runner : runners.values()) {
            synchronized (runner) {
                cancel(runner);
            }
        }
    }

    private Path stateFile(String id) {
        return root.resolve(".chorus").resolve("ingest").resolve("state").resolve(id + ".json");
    }

    /**
     * Seeds near-duplicate detection with the texts stored in the last {@code days}, so that a repost of yesterday's
     * text is grouped after a restart. Runs as a job once the store is open.
     */
    public void rememberRecent(Duration period, int limit) {
        MentionStore target = store.get();
        if (target == null) {
            return;
        }
        target.ready().thenRun(() -> jobs.start("Loading recent mentions for duplicate detection", monitor -> {
            Instant from = clock.instant().minus(period);
            List<StoredMention> recent = new ArrayList<>();
            int page = 500;
            for (int offset = 0; offset < limit && !monitor.isCancelled(); offset += page) {
                List<StoredMention> hits = target.search(MentionSearch.all().withPeriod(from, null)
                        .withSort(MentionSearch.Sort.OLDEST).withPage(offset, page)).mentions();
                recent.addAll(hits);
                if (hits.size() < page) {
                    break;
                }
            }
            for (StoredMention mention : recent) {
                nearDuplicates.seed(mention.duplicateGroup(), mention.mention().title(), mention.mention().text());
            }
            return recent.size();
        }));
    }

    // ---------------------------------------------------------------- connectors

    public void connectorAdded(Installed installed) {
        String id = installed.connector().info().id();
        connectors.put(id, installed);
        for (Runner runner : runners.values()) {
            if (runner.config.connectorId().equals(id)) {
                schedule(runner, Duration.ZERO);
            }
        }
    }

    public void connectorRemoved(SourceConnector connector) {
        String id = connector.info().id();
        Installed current = connectors.get(id);
        if (current == null || current.connector() != connector || !connectors.remove(id, current)) {
            return;
        }
        for (Runner runner : runners.values()) {
            if (runner.config.connectorId().equals(id)) {
                synchronized (runner) {
                    cancel(runner);
                }
            }
        }
    }

    @Override
    public List<ConnectorDescription> connectors() {
        List<ConnectorDescription> out = new ArrayList<>();
        for (Installed installed : connectors.values()) {
            ConnectorInfo info = installed.connector().info();
            List<ConnectorDescription.Setting> settings = installed.metatype().get()
                    .orElseGet(() -> new SettingsSchema(info).describe());
            out.add(new ConnectorDescription(info.id(), info.name(), info.description(), info.platforms(),
                    info.settingsPid(), settings, info.defaultInterval(),
                    installed.connector() instanceof StreamingConnector));
        }
        out.sort(Comparator.comparing(ConnectorDescription::name));
        return out;
    }

    // ---------------------------------------------------------------- sources

    @Override
    public List<SourceConfig> list() {
        return runners.values().stream().map(r -> r.config).sorted(Comparator.comparing(SourceConfig::id)).toList();
    }

    @Override
    public Optional<SourceConfig> get(String id) {
        Runner runner = runners.get(id);
        return runner == null ? Optional.empty() : Optional.of(runner.config);
    }

    @Override
    public SourceConfig save(SourceConfig source) throws SourceConfigException {
        if (!SourceFiles.ID.matcher(source.id()).matches()) {
            throw new SourceConfigException("", "the source id \"" + source.id() + "\" must be lower-case letters, "
                    + "digits and dashes, such as acme-forum");
        }
        SourceFiles.Problem problem = problems.get(source.id());
        if (problem != null) {
            throw new SourceConfigException("", "the file of this source cannot be read and is kept as it is: "
                    + problem.text() + ". Fix or delete the file first.");
        }
        Installed installed = installed(source);
        if (source.interval().isNegative()) {
            throw new SourceConfigException("", "the interval must not be negative");
        }
        ConnectorInfo info = installed.connector().info();
        Map<String, Object> settings = checkedSettings(info, source);
        SourceConfig toSave = new SourceConfig(source.id(), source.connectorId(),
                source.name().isBlank() ? source.id() : source.name(), source.paused(), source.interval(), settings);
        Set<String> secretKeys = new HashSet<>(info.secretSettings());
        try {
            files.write(toSave, secretKeys);
        } catch (IOException e) {
            throw new SourceConfigException("", "cannot write " + files.fileOf(source.id()) + ": " + e.getMessage());
        }
        Runner runner = runners.computeIfAbsent(toSave.id(), id -> new Runner(toSave, secretKeys, loadState(id)));
        synchronized (runner) {
            cancel(runner);
            runner.config = toSave;
            runner.secretKeys = secretKeys;
            runner.removed = false;
            // saving is how a person says "fixed": try again at once
            runner.state.attention = null;
            runner.state.failures = 0;
            persist(runner);
        }
        schedule(runner, Duration.ZERO);
        log.info("Source saved: " + toSave);
        return toSave;
    }

    private SourceState loadState(String id) {
        try {
            return SourceState.load(stateFile(id));
        } catch (IOException e) {
            return new SourceState();
        }
    }

    @Override
    public boolean remove(String id) {
        Runner runner = runners.remove(id);
        if (runner == null) {
            return false;
        }
        synchronized (runner) {
            runner.removed = true;
            cancel(runner);
        }
        try {
            files.delete(id);
            Files.deleteIfExists(stateFile(id));
        } catch (IOException e) {
            log.warn("Source " + id + " removed, but its file could not be deleted: " + e.getMessage());
        }
        return true;
    }

    @Override
    public boolean setPaused(String id, boolean paused) {
        Runner runner = runners.get(id);
        if (runner == null) {
            return false;
        }
        synchronized (runner) {
            runner.config = runner.config.withPaused(paused);
            try {
                files.write(runner.config, runner.secretKeys);
            } catch (IOException e) {
                log.warn("Cannot save " + files.fileOf(id) + ": " + e.getMessage() + "; the change lasts until "
                        + "Chorus stops");
            }
            cancel(runner);
        }
        schedule(runner, Duration.ZERO);
        return true;
    }

    private Installed installed(SourceConfig source) throws SourceConfigException {
        Installed installed = connectors.get(source.connectorId());
        if (installed == null) {
            throw new SourceConfigException("", "no connector \"" + source.connectorId() + "\" is installed; "
                    + "install it or choose one of " + connectors.keySet());
        }
        return installed;
    }

    /** The settings as typed in a form or the shell, normalised and checked against the connector's settings type. */
    private static Map<String, Object> checkedSettings(ConnectorInfo info, SourceConfig source)
            throws SourceConfigException {
        SettingsSchema schema = new SettingsSchema(info);
        Map<String, Object> settings = schema.normalise(source.settings());
        schema.validate(settings);
        return settings;
    }

    @Override
    public String check(SourceConfig source) throws SourceConfigException {
        Installed installed = installed(source);
        Map<String, Object> settings = checkedSettings(installed.connector().info(), source);
        ConnectorCall call = new ConnectorCall(source.id(), settings, http(), options.userAgent(),
                options.requestTimeout(), clock);
        try {
            return installed.connector().check(call);
        } catch (ConnectorException e) {
            throw new SourceConfigException("", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceConfigException("", "the check was interrupted");
        } catch (RuntimeException | Error e) {
            throw new SourceConfigException("", "the connector " + source.connectorId() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    @Override
    public Job<PollReport> pollNow(String id) {
        Runner runner = runners.get(id);
        if (runner == null) {
            throw new IllegalArgumentException("no source has the id \"" + id + "\"");
        }
        return jobs.start("Polling " + runner.config.name(), monitor -> {
            Outcome outcome = poll(runner, true);
            schedule(runner, outcome.next());
            return outcome.report();
        });
    }

    @Override
    public List<SourceHealth> health() {
        List<SourceHealth> out = new ArrayList<>();
        for (Runner runner : runners.values()) {
            out.add(health(runner));
        }
        for (SourceFiles.Problem problem : problems.values()) {
            if (!runners.containsKey(problem.id())) {
                out.add(problemHealth(problem));
            }
        }
        out.sort(Comparator.comparing(SourceHealth::sourceId));
        return out;
    }

    @Override
    public Optional<SourceHealth> health(String id) {
        Runner runner = runners.get(id);
        if (runner != null) {
            return Optional.of(health(runner));
        }
        SourceFiles.Problem problem = problems.get(id);
        return problem == null ? Optional.empty() : Optional.of(problemHealth(problem));
    }

    private SourceHealth problemHealth(SourceFiles.Problem problem) {
        return new SourceHealth(problem.id(), SourceHealth.State.NEEDS_ATTENTION, null, null, problem.text(), 0, 0,
                null);
    }

    private SourceHealth health(Runner runner) {
        synchronized (runner) {
            SourceState state = runner.state;
            Instant now = clock.instant();
            SourceHealth.State shown = state.state;
            String errorText = state.lastErrorText;
            if (runner.config.paused()) {
                shown = SourceHealth.State.PAUSED;
            } else if (!connectors.containsKey(runner.config.connectorId())) {
                shown = SourceHealth.State.NEEDS_ATTENTION;
                errorText = notInstalled(runner);
            } else if (state.attention != null) {
                shown = SourceHealth.State.NEEDS_ATTENTION;
                errorText = state.attention;
            }
            return new SourceHealth(runner.id(), shown, state.lastSuccess, state.lastError, errorText,
                    state.lastHour(now), state.itemsTotal, runner.config.paused() ? null : runner.nextPoll);
        }
    }

    private static String notInstalled(Runner runner) {
        return "connector " + runner.config.connectorId() + " is not installed; install it (its plugin) and the "
                + "source resumes";
    }

    // ---------------------------------------------------------------- scheduling

    /** Cancels what is planned for a runner; callers hold its lock. */
    private void cancel(Runner runner) {
        if (runner.scheduled != null) {
            runner.scheduled.cancel();
            runner.scheduled = null;
        }
        runner.nextPoll = null;
        if (runner.stream != null) {
            StreamingConnector.Stream stream = runner.stream;
            runner.stream = null;
            try {
                stream.close();
            } catch (RuntimeException e) {
                log.warn("Closing the stream of source " + runner.id() + " failed: " + e);
            }
        }
    }

    /** Plans the next poll (or stream opening) of a source, replacing any planned one; null plans none. */
    private void schedule(Runner runner, Duration delay) {
        synchronized (runner) {
            if (runner.scheduled != null) {
                runner.scheduled.cancel();
                runner.scheduled = null;
            }
            runner.nextPoll = null;
            Installed installed = connectors.get(runner.config.connectorId());
            if (delay == null || closed || !automatic || runner.removed || runner.config.paused() || installed == null
                    || runner.state.attention != null) {
                return;
            }
            Duration wait = delay.isNegative() ? Duration.ZERO : delay;
            runner.nextPoll = clock.instant().plus(wait);
            if (installed.connector() instanceof StreamingConnector) {
                if (runner.stream == null && !runner.streamOpening) {
                    runner.scheduled = jobs.after("Opening the stream of " + runner.config.name(), wait,
                            () -> openStream(runner));
                }
                return;
            }
            runner.scheduled = jobs.after("Polling " + runner.config.name(), wait, () -> {
                Outcome outcome = poll(runner, false);
                schedule(runner, outcome.next());
            });
        }
    }

    /** A poll's report and when to poll next (null: not by itself). */
    record Outcome(PollReport report, Duration next) {
    }

    /**
     * Polls once: rate limit, the connector's call under a time limit, the pipeline, then cursor and health. Never
     * throws: whatever the connector does is turned into the source's health.
     */
    private Outcome poll(Runner runner, boolean manual) {
        Instant started = clock.instant();
        SourceConfig config = runner.config;
        Installed installed = connectors.get(config.connectorId());
        if (installed == null) {
            return new Outcome(report(config, started, notInstalled(runner)), null);
        }
        PollReport waitedFor = null;
        if (manual) {
            try {
                if (!runner.polling.tryLock()) {
                    // a scheduled poll is running (a source just saved is polled at once): wait for it, and
                    // count what it found in this report, or the person would see "0 new" for a working source
                    PollReport before = runner.lastReport;
                    runner.polling.lockInterruptibly();
                    waitedFor = runner.lastReport == before ? null : runner.lastReport;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(report(config, started, "cancelled"), null);
            }
        } else if (!runner.polling.tryLock()) {
            // a "poll now" is running: come back after it rather than poll the same source twice at once
            return new Outcome(report(config, started, ""), BUSY_RETRY);
        }
        try {
            Outcome outcome = pollLocked(runner, installed.connector(), manual, started);
            runner.lastReport = outcome.report();
            return waitedFor == null ? outcome : new Outcome(combined(waitedFor, outcome.report(), started),
                    outcome.next());
        } finally {
            runner.polling.unlock();
        }
    }

    private PollReport combined(PollReport earlier, PollReport now, Instant started) {
        return new PollReport(now.sourceId(), earlier.fetched() + now.fetched(), earlier.stored() + now.stored(),
                earlier.duplicates() + now.duplicates(), earlier.nearDuplicates() + now.nearDuplicates(),
                Duration.between(started, clock.instant()), now.error());
    }

    private Outcome pollLocked(Runner runner, SourceConnector connector, boolean manual, Instant started) {
        SourceConfig config = runner.config;
        ConnectorInfo info;
        ConnectorCall call = call(runner);
        String scope;
        try {
            info = connector.info();
            scope = connector.rateScope(call);
        } catch (RuntimeException | Error e) {
            return failed(runner, started, connectorCrash(e), null);
        }
        Duration wait = rateLimits.acquire(scope, info.rateLimit(), clock.instant());
        if (!wait.isZero()) {
            if (manual) {
                return new Outcome(report(config, started, "the rate limit of " + scope
                        + " is used up; it is polled in " + Math.max(1, wait.toSeconds()) + " s"), wait);
            }
            return new Outcome(report(config, started, ""), wait);
        }
        Cursor cursor;
        synchronized (runner) {
            cursor = runner.state.cursor;
        }
        Page page;
        Thread caller = Thread.currentThread();
        // 0 polling, 1 returned, 2 timed out; whoever changes it first decides
        AtomicInteger phase = new AtomicInteger();
        Scheduled watchdog = jobs.after("Time limit of polling " + config.name(), options.pollTimeout(), () -> {
            if (phase.compareAndSet(0, 2)) {
                caller.interrupt();
            }
        });
        try {
            page = connector.poll(call, cursor);
            if (page == null) {
                throw new IllegalStateException("poll returned no page");
            }
        } catch (ConnectorException e) {
            return failed(runner, started, e.getMessage(), e);
        } catch (InterruptedException e) {
            if (phase.get() != 2) {
                Thread.currentThread().interrupt();
                return new Outcome(report(config, started, "cancelled"), null);
            }
            return failed(runner, started, timedOut(), null);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            return failed(runner, started, connectorCrash(e), null);
        } finally {
            watchdog.cancel();
            if (!phase.compareAndSet(0, 1)) {
                // the watchdog's interrupt belongs to the connector's call, not to what follows
                Thread.interrupted();
            }
        }
        if (phase.get() == 2) {
            return failed(runner, started, timedOut(), null);
        }
        return deliver(runner, page.items(), page.next(), started, page);
    }

    private String timedOut() {
        return "the poll took longer than " + options.pollTimeout().toSeconds() + " s and was stopped; the platform "
                + "may be slow, it is tried again later";
    }

    private static String connectorCrash(Throwable e) {
        return "the connector failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); this is a bug in the connector, "
                + "it is tried again later";
    }

    /** Stores items, then saves the cursor and health; page is null for streams. */
    private Outcome deliver(Runner runner, List<SourceItem> items, Cursor next, Instant started, Page page) {
        MentionPipeline.Result result;
        try {
            result = pipeline.process(runner.id(), items);
        } catch (IOException | RuntimeException e) {
            return failed(runner, started, "the mentions could not be stored (" + e.getMessage() + "); they are "
                    + "fetched again", null);
        }
        Instant now = clock.instant();
        synchronized (runner) {
            SourceState state = runner.state;
            state.cursor = next;
            state.state = SourceHealth.State.OK;
            state.lastSuccess = now;
            state.failures = 0;
            state.delivered(result.stored().size(), now);
            persist(runner);
        }
        PollReport report = new PollReport(runner.id(), result.fetched(), result.stored().size(),
                result.duplicates(), result.nearDuplicates(), Duration.between(started, now), "");
        if (page == null) {
            return new Outcome(report, null);
        }
        Duration after = page.more() ? Duration.ZERO : page.pollAgainIn() != null ? page.pollAgainIn()
                : interval(runner);
        return new Outcome(report, after);
    }

    private Duration interval(Runner runner) {
        Duration configured = runner.config.interval();
        Installed installed = connectors.get(runner.config.connectorId());
        Duration interval = !configured.isZero() ? configured
                : installed == null ? Duration.ofMinutes(15) : installed.connector().info().defaultInterval();
        return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
    }

    private Outcome failed(Runner runner, Instant started, String text, ConnectorException e) {
        Instant now = clock.instant();
        Duration next;
        synchronized (runner) {
            SourceState state = runner.state;
            state.lastError = now;
            state.lastErrorText = text;
            if (e != null && !e.isTransient()) {
                state.attention = text;
                state.state = SourceHealth.State.NEEDS_ATTENTION;
                next = null;
            } else {
                state.failures++;
                boolean rateLimited = e != null && e.kind() == ConnectorException.Kind.RATE_LIMITED;
                state.state = rateLimited ? SourceHealth.State.RATE_LIMITED : SourceHealth.State.FAILING;
                next = rateLimited ? backoff.pause(state.failures, e.retryAfter()) : backoff.pause(state.failures);
            }
            persist(runner);
        }
        log.warn("Source " + runner.id() + ": " + text);
        return new Outcome(report(runner.config, started, text), next);
    }

    private PollReport report(SourceConfig config, Instant started, String error) {
        return new PollReport(config.id(), 0, 0, 0, 0, Duration.between(started, clock.instant()), error);
    }

    private void persist(Runner runner) {
        if (runner.removed) {
            return;
        }
        try {
            runner.state.save(stateFile(runner.id()));
        } catch (IOException e) {
            log.warn("Cannot save the state of source " + runner.id() + ": " + e.getMessage());
        }
    }

    private ConnectorCall call(Runner runner) {
        return new ConnectorCall(runner.id(), runner.config.settings(), http(), options.userAgent(),
                options.requestTimeout(), clock);
    }

    private HttpClient http() {
        HttpClient current = http;
        if (current == null) {
            synchronized (this) {
                current = http;
                if (current == null) {
                    current = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    http = current;
                }
            }
        }
        return current;
    }

    // ---------------------------------------------------------------- streams

    private void openStream(Runner runner) {
        Installed installed = connectors.get(runner.config.connectorId());
        Cursor cursor;
        synchronized (runner) {
            runner.scheduled = null;
            if (closed || runner.removed || runner.stream != null || installed == null
                    || !(installed.connector() instanceof StreamingConnector streaming)) {
                return;
            }
            runner.streamOpening = true;
            cursor = runner.state.cursor;
            runner.nextPoll = null;
        }
        StreamingConnector streaming = (StreamingConnector) installed.connector();
        Instant started = clock.instant();
        StreamSink sink = new StreamSink(runner);
        try {
            StreamingConnector.Stream stream = streaming.open(call(runner), cursor, sink);
            synchronized (runner) {
                runner.streamOpening = false;
                if (closed || runner.removed || sink.ended) {
                    stream.close();
                } else {
                    runner.stream = stream;
                }
            }
        } catch (ConnectorException e) {
            synchronized (runner) {
                runner.streamOpening = false;
            }
            schedule(runner, failed(runner, started, e.getMessage(), e).next());
        } catch (RuntimeException | LinkageError e) {
            synchronized (runner) {
                runner.streamOpening = false;
            }
            Outcome outcome = failed(runner, started, connectorCrash(e), null);
            schedule(runner, outcome.next());
        }
    }

    /** Where a stream delivers: store, then save the cursor; a failure closes the stream to reopen from there. */
    private final class StreamSink implements StreamingConnector.Sink {
        private final Runner runner;
        volatile boolean ended;

        StreamSink(Runner runner) {
            this.runner = runner;
        }

        @Override
        public void accept(List<SourceItem> items, Cursor next) throws InterruptedException {
            if (ended) {
                return;
            }
            runner.polling.lockInterruptibly();
            try {
                Outcome outcome = deliver(runner, items, next, clock.instant(), null);
                if (outcome.report().failed()) {
                    // the cursor stayed where the store has everything: reopen from there
                    reopen(outcome.next());
                }
            } finally {
                runner.polling.unlock();
            }
        }

        @Override
        public void closed(ConnectorException reason) {
            if (ended) {
                return;
            }
            Instant now = clock.instant();
            Outcome outcome = reason == null
                    ? failed(runner, now, "the stream ended", null)
                    : failed(runner, now, reason.getMessage(), reason);
            reopen(outcome.next());
        }

        private void reopen(Duration after) {
            ended = true;
            synchronized (runner) {
                if (runner.stream != null) {
                    StreamingConnector.Stream stream = runner.stream;
                    runner.stream = null;
                    stream.close();
                }
            }
            if (after != null) {
                schedule(runner, after);
            }
        }
    }
}
