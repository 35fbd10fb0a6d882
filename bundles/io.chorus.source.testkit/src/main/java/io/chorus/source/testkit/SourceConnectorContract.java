package io.chorus.source.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;

/**
 * The contract every {@link SourceConnector} must keep, as JUnit 5 tests a connector's test class inherits. The
 * subclass answers six questions (the abstract methods): which connector, which settings point it at a
 * {@link ReplayServer}, and how to serve recorded answers of the platform. Everything else is checked here:
 * <ul>
 * <li>{@link ConnectorInfo} is sane: settings type is an annotation that has every secret and every setting used;</li>
 * <li>the first poll pages through ({@code more=true}, then the next page) and ends;</li>
 * <li>polling again from the same cursor yields the same items (at-least-once after a crash);</li>
 * <li>resuming from the last cursor on a later answer delivers every new item and does not start over;</li>
 * <li>items are well formed: stable ids, a declared platform, absolute http(s) URLs, plain text;</li>
 * <li>429 is {@link Kind#RATE_LIMITED} with the Retry-After, 5xx is {@link Kind#UNAVAILABLE};</li>
 * <li>truncated, mistyped, HTML and empty answers are {@link Kind#BAD_RESPONSE}, never a RuntimeException;</li>
 * <li>a hanging request ends within the request timeout (or on interruption), as {@link Kind#UNAVAILABLE};</li>
 * <li>{@code check()} works on good settings, and says AUTHENTICATION or CONFIGURATION on 401 and 404;</li>
 * <li>no exception message contains a secret setting's value; every request sends the context's User-Agent.</li>
 * </ul>
 * Serve pages by what the request asks for (a route predicate on the cursor or page parameter), not as a sequence
 * of replies: the contract polls the same cursor twice. Put recorded payloads in {@code src/test/resources}.
 * A test that cannot apply to a connector can be overridden with {@code @Disabled("why")}.
 */
public abstract class SourceConnectorContract {

    /** How many polls a walk may take before the contract decides the connector never says {@code more=false}. */
    protected static final int MAX_PAGES = 20;

    private static final Pattern MARKUP = Pattern.compile("<(p|a|br|div|span|img|b|i|em|strong)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    /** The server the connector talks to in each test; started before and closed after each test. */
    protected ReplayServer server;

    private SourceConnector connector;
    private TestConnectorContext context;

    // ---- what a connector test provides ------------------------------------------------------------------------

    /** A new instance of the connector under test. */
    protected abstract SourceConnector connector();

    /**
     * Settings (by attribute id, as Chorus stores them) that point the connector at {@code base}, the replay
     * server, including a value for every secret setting.
     */
    protected abstract Map<String, ?> settings(URI base);

    /**
     * Serves the platform as a new source first sees it: the first request gets page 1 with more to come, the
     * request the connector makes with page 1's cursor gets page 2, the last. Answer by request, not in sequence.
     */
    protected abstract void serveFirstPoll(ReplayServer server);

    /**
     * Serves the platform some time later: new items were added on top of those of {@link #serveFirstPoll}. Answer
     * both the request made with the first poll's last cursor and those of a new source walking from the start.
     */
    protected abstract void serveLaterPoll(ReplayServer server);

    /** Answers every request the connector can make (polls and checks) with {@code reply}. */
    protected abstract void serveAll(ReplayServer server, Reply reply);

    /** A recorded answer in the right format whose fields have the wrong types (an id that is an object...). */
    protected abstract Reply wrongTypes();

    // ---- optional tuning ---------------------------------------------------------------------------------------

    /** The request timeout of the context; the hanging-request test waits this plus {@link #slack()}. */
    protected Duration requestTimeout() {
        return Duration.ofSeconds(1);
    }

    /** How much longer than its request timeout a connector may take to give up on a hanging request. */
    protected Duration slack() {
        return Duration.ofSeconds(3);
    }

    /** The clock of the context: fixed, after every recorded item. */
    protected Clock clock() {
        return Clock.fixed(TestConnectorContext.DEFAULT_NOW, ZoneOffset.UTC);
    }

    /** The context every poll and check gets; its settings are {@link #settings(URI)} for the replay server. */
    protected final ConnectorContext context() {
        return context;
    }

    @BeforeEach
    protected final void startReplayServer() {
        server = ReplayServer.start();
        connector = Objects.requireNonNull(connector(), "connector() returned null");
        context = TestConnectorContext.builder().id("contract-source").settings(settings(server.uri()))
                .clock(clock()).requestTimeout(requestTimeout()).build();
    }

    @AfterEach
    protected final void closeReplayServer() {
        server.close();
        context.http().close();
    }

    // ---- the contract ------------------------------------------------------------------------------------------

    @Test
    public void infoIsSane() {
        ConnectorInfo info = connector.info();
        assertNotNull(info, "info() returned null");
        assertFalse(info.name().isBlank(), "info().name() is what people see: it must not be blank");
        assertFalse(info.description().isBlank(), "info().description() must say what the connector collects");
        assertFalse(info.platforms().isEmpty(), "info().platforms() must name the platform ids of its items");
        assertFalse(info.settingsPid().isBlank(), "info().settingsPid() must be the PID of the settings' OCD");
        assertTrue(info.settingsType().isAnnotation(), "info().settingsType() must be the @ObjectClassDefinition "
                + "annotation type of the settings, not " + info.settingsType().getName());
        assertTrue(info.defaultInterval().isPositive(), "info().defaultInterval() must be positive");
        Set<String> attributes = attributeIds(info.settingsType());
        for (String secret : info.secretSettings()) {
            assertTrue(attributes.contains(secret), "the secret setting '" + secret + "' is not an attribute of "
                    + info.settingsType().getName() + " (attributes: " + attributes + ")");
        }
        for (String setting : settings(server.uri()).keySet()) {
            assertTrue(attributes.contains(setting), "settings(URI) uses '" + setting + "', which is not an "
                    + "attribute of " + info.settingsType().getName() + " (attributes: " + attributes + ")");
        }
        assertNotNull(context.settings(info.settingsType()), "the settings could not be typed");
    }

    @Test
    public void firstPollPagesThroughAndEnds() {
        serveFirstPoll(server);
        List<Page> pages = walk(Cursor.START);
        assertTrue(pages.size() >= 2, "serveFirstPoll serves two pages, but the first poll returned more=false "
                + "after page 1: the connector must say more=true when the platform has a next page");
        assertFalse(pages.get(0).items().isEmpty(), "the first page has no items");
        Set<String> first = ids(pages.get(0));
        assertFalse(first.containsAll(ids(pages.get(1))), "page 2 repeats page 1 " + first
                + ": the cursor " + pages.get(0).next() + " did not advance");
        assertFalse(pages.get(0).next().isStart(), "a page with more=true must return a cursor to continue from");
        for (RecordedRequest request : server.requests()) {
            assertEquals(context.userAgent(), request.header("user-agent"),
                    request + " must send the context's userAgent() as User-Agent");
        }
    }

    @Test
    public void itemsAreWellFormed() {
        serveFirstPoll(server);
        Set<String> platforms = connector.info().platforms();
        for (Page page : walk(Cursor.START)) {
            for (SourceItem item : page.items()) {
                assertTrue(platforms.contains(item.platform()), item.id() + " has platform '" + item.platform()
                        + "', which is not one of info().platforms() " + platforms);
                assertTrue(item.url().isEmpty() || isAbsoluteHttp(item.url()), item.id() + " has the URL '"
                        + item.url() + "': a URL is absolute http(s) or empty");
                assertFalse(MARKUP.matcher(item.text()).find(), item.id() + " has markup in its text: connectors "
                        + "strip it (" + abbreviate(item.text()) + ")");
                assertFalse(item.text().isBlank() && item.title().isBlank(), item.id() + " has neither text nor title");
            }
        }
    }

    @Test
    public void pollingTheSameCursorAgainYieldsTheSameItems() {
        serveFirstPoll(server);
        Page first = poll(Cursor.START);
        assertEquals(ids(first), ids(poll(Cursor.START)),
                "polling from the start twice gave different ids: ids must be stable (the platform's own id)");
        Page second = poll(first.next());
        assertEquals(ids(second), ids(poll(first.next())), "polling twice from " + first.next() + " gave different "
                + "items: Chorus re-polls a cursor after a crash and must get the same items (at-least-once)");
    }

    @Test
    public void theSameItemKeepsItsIdAcrossPolls() {
        serveFirstPoll(server);
        List<SourceItem> delivered = new ArrayList<>(items(walk(Cursor.START)));
        server.reset();
        serveLaterPoll(server);
        delivered.addAll(items(walk(Cursor.START)));
        // the same item: the same URL, author, time and text (two stories may link to one URL)
        Map<List<Object>, String> idByContent = new HashMap<>();
        for (SourceItem item : delivered) {
            List<Object> content = Arrays.asList(item.url(), item.author(), item.published(), item.text());
            String earlier = idByContent.putIfAbsent(content, item.id());
            assertTrue(earlier == null || earlier.equals(item.id()), (item.url().isEmpty() ? abbreviate(item.text())
                    : item.url()) + " was delivered as '" + earlier + "' and as '" + item.id()
                    + "': the same item must keep its id, or Chorus stores it twice");
        }
    }

    @Test
    public void resumingFromTheLastCursorDeliversEveryNewItemAndDoesNotStartOver() {
        serveFirstPoll(server);
        List<Page> firstPoll = walk(Cursor.START);
        Page last = firstPoll.getLast();
        Map<String, SourceItem> seen = byId(items(firstPoll));

        server.reset();
        serveLaterPoll(server);
        Set<String> resumed = ids(items(walk(last.next())));
        Set<String> everything = ids(items(walk(Cursor.START)));
        Set<String> added = new LinkedHashSet<>(everything);
        added.removeAll(seen.keySet());

        assertFalse(added.isEmpty(), "serveLaterPoll must serve new items; a new source sees only " + everything);
        Set<String> skipped = new LinkedHashSet<>(added);
        skipped.removeAll(resumed);
        assertTrue(skipped.isEmpty(), "resuming from " + last.next() + " skipped the new items " + skipped
                + " (it delivered " + resumed + ")");
        assertFalse(resumed.containsAll(seen.keySet()), "resuming from " + last.next() + " delivered every item of "
                + "the first poll again: the cursor was ignored");
        Instant oldestOfLastPage = last.items().stream().map(SourceItem::published).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        if (oldestOfLastPage != null) {
            for (String id : resumed) {
                SourceItem item = seen.get(id);
                assertFalse(item != null && item.published() != null && item.published().isBefore(oldestOfLastPage),
                        "resuming from " + last.next() + " delivered " + id + ", older than the cursor's page");
            }
        }
    }

    @Test
    public void rateLimitIsReportedWithRetryAfter() {
        serveAll(server, Reply.json(429, "{\"error\":\"Too many requests\"}").header("Retry-After", "30"));
        ConnectorException e = expectFailure(Cursor.START, "a 429 with Retry-After: 30", Kind.RATE_LIMITED);
        assertEquals(Duration.ofSeconds(30), e.retryAfter(), "a 429 with Retry-After: 30 must set retryAfter");
    }

    @Test
    public void serverErrorsAreUnavailable() {
        serveAll(server, Reply.text(503, "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>"));
        expectFailure(Cursor.START, "a 503", Kind.UNAVAILABLE);
    }

    @TestFactory
    public Stream<DynamicTest> malformedAnswersAreBadResponses() {
        return malformedAnswers().entrySet().stream().map(answer -> DynamicTest.dynamicTest(answer.getKey(), () -> {
            Reply reply = answer.getValue().get();
            server.reset();
            serveAll(server, reply);
            expectFailure(Cursor.START, answer.getKey(), Kind.BAD_RESPONSE);
        }));
    }

    /**
     * The answers a poll must report as {@link Kind#BAD_RESPONSE}, by name. Override to add answers typical of the
     * platform; leave one out only when the connector cannot tell it from a good answer, and say why.
     */
    protected Map<String, Supplier<Reply>> malformedAnswers() {
        Map<String, Supplier<Reply>> answers = new LinkedHashMap<>();
        answers.put("a truncated recorded page", this::truncatedFirstPage);
        answers.put("wrong types", this::wrongTypes);
        answers.put("an HTML error page with 200", () -> Reply.text(200, "text/html; charset=utf-8", HTML_ERROR));
        answers.put("an HTML error page with 200 labelled as the recorded type",
                () -> Reply.text(200, recordedContentType(), HTML_ERROR));
        answers.put("an empty 200", () -> Reply.of(200, recordedContentType(), new byte[0]));
        return answers;
    }

    @Test
    public void aHangingRequestEndsWithinTheRequestTimeout() throws InterruptedException {
        serveAll(server, Reply.hang());
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread poller = Thread.ofPlatform().daemon().name("contract-poll").start(() -> {
            try {
                outcome.complete(connector.poll(context, Cursor.START));
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        Duration wait = requestTimeout().plus(slack());
        Object result;
        try {
            result = outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            poller.interrupt();
            try {
                result = outcome.get(slack().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillHanging) {
                throw new AssertionFailedError("a hanging request kept poll() busy for " + wait + " plus "
                        + slack() + " after an interrupt: send each request with timeout(context.requestTimeout()) "
                        + "and let InterruptedException through");
            } catch (ExecutionException impossible) {
                throw new AssertionError(impossible);
            }
            if (result instanceof InterruptedException) {
                return;
            }
        } catch (ExecutionException impossible) {
            throw new AssertionError(impossible);
        }
        if (!(result instanceof ConnectorException e) || e.kind() != Kind.UNAVAILABLE) {
            throw new AssertionFailedError("a hanging request must end the poll with ConnectorException UNAVAILABLE, "
                    + "not " + describe(result), result instanceof Throwable t ? t : null);
        }
    }

    @Test
    public void checkAcceptsGoodSettings() {
        serveFirstPoll(server);
        try {
            String sentence = connector.check(context);
            assertNotNull(sentence, "check() must return a sentence for the person configuring the source");
            assertFalse(sentence.isBlank(), "check() must return a sentence for the person configuring the source");
            assertSecretsAbsent(sentence, "check()'s sentence");
        } catch (ConnectorException e) {
            throw new AssertionFailedError("check() failed on the first-poll fixture: " + e.kind() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("check() was interrupted", e);
        }
    }

    @TestFactory
    public Stream<DynamicTest> checkAndPollRejectBadSettings() {
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("401", Reply.json(401, "{\"error\":\"The access token is invalid\"}"));
        answers.put("404", Reply.text(404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>"));
        return answers.entrySet().stream().flatMap(answer -> Stream.of(
                DynamicTest.dynamicTest("check() on " + answer.getKey(), () -> {
                    server.reset();
                    serveAll(server, answer.getValue());
                    expect(() -> connector.check(context), "check() on a " + answer.getKey(),
                            Kind.AUTHENTICATION, Kind.CONFIGURATION);
                }),
                DynamicTest.dynamicTest("poll() on " + answer.getKey(), () -> {
                    server.reset();
                    serveAll(server, answer.getValue());
                    expectFailure(Cursor.START, "a " + answer.getKey(), Kind.AUTHENTICATION, Kind.CONFIGURATION);
                })));
    }

    // ---- helpers for the contract and for connector tests ------------------------------------------------------

    /** Polls the connector, failing the test with the connector's message when it throws. */
    protected final Page poll(Cursor cursor) {
        try {
            Page page = connector.poll(context, cursor);
            assertNotNull(page, "poll() returned null from " + cursor);
            return page;
        } catch (ConnectorException e) {
            throw new AssertionFailedError("poll from " + cursor + " failed: " + e.kind() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("poll from " + cursor + " was interrupted", e);
        }
    }

    /** Polls from {@code cursor} while the connector says {@code more}, at most {@link #MAX_PAGES} times. */
    protected final List<Page> walk(Cursor cursor) {
        List<Page> pages = new ArrayList<>();
        Cursor next = cursor;
        for (int i = 0; i < MAX_PAGES; i++) {
            Page page = poll(next);
            pages.add(page);
            if (!page.more()) {
                return pages;
            }
            next = page.next();
        }
        throw new AssertionFailedError("the connector still said more=true after " + MAX_PAGES + " polls from "
                + cursor + " (last cursor " + next + "): it must say more=false when it has caught up");
    }

    /** Expects {@code poll(cursor)} to throw a ConnectorException of one of {@code kinds}. */
    protected final ConnectorException expectFailure(Cursor cursor, String answer, Kind... kinds) {
        return expect(() -> connector.poll(context, cursor), "a poll answered with " + answer, kinds);
    }

    private interface Call {
        Object call() throws Exception;
    }

    private ConnectorException expect(Call call, String what, Kind... kinds) {
        Set<Kind> expected = Set.of(kinds);
        Object result;
        try {
            result = call.call();
        } catch (Exception e) {
            result = e;
        }
        if (result instanceof ConnectorException e && expected.contains(e.kind())) {
            assertSecretsAbsent(e.getMessage(), "the message of " + what);
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), what + ": a ConnectorException message "
                    + "says what happened and what to do");
            return e;
        }
        throw new AssertionFailedError(what + " must throw ConnectorException " + expected + ", not "
                + describe(result), result instanceof Throwable t ? t : null);
    }

    private void assertSecretsAbsent(String text, String where) {
        if (text == null) {
            return;
        }
        Map<String, ?> settings = settings(server.uri());
        for (String secret : connector.info().secretSettings()) {
            Object value = settings.get(secret);
            if (value != null && !value.toString().isEmpty() && text.contains(value.toString())) {
                throw new AssertionFailedError(where + " contains the value of the secret setting '" + secret + "'");
            }
        }
    }

    private String describe(Object result) {
        if (result instanceof ConnectorException e) {
            return "ConnectorException " + e.kind() + ": " + e.getMessage();
        }
        if (result instanceof Throwable t) {
            return "an uncaught " + t;
        }
        return result instanceof Page page ? "a page of " + page.items().size() + " items" : "the result " + result;
    }

    private Reply truncatedFirstPage() {
        return firstRecordedPage().truncated();
    }

    private String recordedContentType() {
        return firstRecordedPage().headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse("application/octet-stream");
    }

    /** The first 200 answer with a body that serveFirstPoll registers. */
    private Reply firstRecordedPage() {
        ReplayServer scratch = ReplayServer.start();
        try {
            serveFirstPoll(scratch);
            return scratch.routes().stream().flatMap(route -> route.replies().stream())
                    .filter(reply -> reply.statusCode() == 200 && reply.body().length > 1).findFirst()
                    .orElseThrow(() -> new AssertionFailedError("serveFirstPoll registers no 200 answer with a body"));
        } finally {
            scratch.close();
        }
    }

    private static Set<String> attributeIds(Class<?> settingsType) {
        Set<String> ids = new HashSet<>();
        for (Method method : settingsType.getDeclaredMethods()) {
            ids.add(method.getName());
            ids.add(attributeId(method.getName()));
        }
        return ids;
    }

    /** The OSGi name mapping of component property types: {@code $$} is $, {@code $} drops, {@code _} is a dot. */
    private static String attributeId(String methodName) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (c == '$') {
                if (i + 1 < methodName.length() && methodName.charAt(i + 1) == '$') {
                    id.append('$');
                    i++;
                }
            } else if (c == '_') {
                if (i + 1 < methodName.length() && methodName.charAt(i + 1) == '_') {
                    id.append('_');
                    i++;
                } else {
                    id.append('.');
                }
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }

    private static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static List<SourceItem> items(List<Page> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    private static Set<String> ids(Page page) {
        return ids(page.items());
    }

    private static Set<String> ids(List<SourceItem> items) {
        return items.stream().map(SourceItem::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, SourceItem> byId(List<SourceItem> items) {
        Map<String, SourceItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.putIfAbsent(item.id(), item));
        return byId;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static final String HTML_ERROR = """
            <!DOCTYPE html>
            <html><head><title>Service temporarily unavailable</title></head>
            <body><h1>We'll be back soon</h1><p>Our servers are under maintenance. Please try again later.</p></body>
            </html>
            """;
}
