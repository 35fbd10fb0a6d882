package io.chorus.source.testkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import io.chorus.source.testkit.SourceConnectorContract;
import io.chorus.source.testkit.TestConnectorContext;

/**
 * The contract can fail: each broken variant of the sample connector has one realistic bug, and the contract
 * tests that guard against it, and only those, fail.
 */
class ContractFailsForBrokenConnectorsTest {

    @Test
    void theSampleConnectorPassesEveryContractTest() {
        assertEquals(Set.of(), failedContractTests(JsonFeedConnectorTest.class));
        assertEquals(12, CONTRACT_TESTS.size(), "the contract's tests: " + CONTRACT_TESTS);
    }

    @Test
    void randomIdsAreCaught() {
        assertEquals(Set.of("pollingTheSameCursorAgainYieldsTheSameItems", "theSameItemKeepsItsIdAcrossPolls",
                "resumingFromTheLastCursorDeliversEveryNewItemAndDoesNotStartOver"),
                failedContractTests(RandomIds.class));
    }

    @Test
    void ignoringTheCursorIsCaught() {
        assertEquals(Set.of("resumingFromTheLastCursorDeliversEveryNewItemAndDoesNotStartOver"),
                failedContractTests(IgnoresCursor.class));
    }

    @Test
    void sloppyItemsAreCaught() {
        assertEquals(Set.of("itemsAreWellFormed"), failedContractTests(SloppyItems.class));
    }

    @Test
    void leakedParseErrorsAreCaught() {
        assertEquals(Set.of("malformedAnswersAreBadResponses"), failedContractTests(LeaksParseErrors.class));
    }

    @Test
    void ignoringRetryAfterIsCaught() {
        assertEquals(Set.of("rateLimitIsReportedWithRetryAfter"), failedContractTests(IgnoresRetryAfter.class));
    }

    @Test
    void ignoringTheRequestTimeoutIsCaught() {
        assertEquals(Set.of("aHangingRequestEndsWithinTheRequestTimeout"), failedContractTests(NoTimeout.class));
    }

    @Test
    void leakingTheTokenIsCaught() {
        assertEquals(Set.of("checkAndPollRejectBadSettings", "malformedAnswersAreBadResponses",
                "rateLimitIsReportedWithRetryAfter", "serverErrorsAreUnavailable"), failedContractTests(LeaksToken.class));
    }

    /** The names of the contract's test methods (or factories) that failed when it ran for this class. */
    private static Set<String> failedContractTests(Class<?> testClass) {
        Events failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
                .allEvents().failed();
        Set<String> names = new TreeSet<>();
        failed.stream().forEach(event -> {
            for (UniqueId.Segment segment : event.getTestDescriptor().getUniqueId().getSegments()) {
                if (segment.getType().equals("method") || segment.getType().equals("test-factory")) {
                    names.add(segment.getValue().substring(0, segment.getValue().indexOf('(')));
                }
            }
        });
        names.retainAll(CONTRACT_TESTS);
        return names;
    }

    /** The tests the contract declares; the sample's own tests fail for some broken variants too. */
    private static final Set<String> CONTRACT_TESTS = Stream.of(SourceConnectorContract.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(TestFactory.class))
            .map(Method::getName).collect(Collectors.toSet());

    /** How a broken variant polls, given the sample connector to delegate to. */
    @FunctionalInterface
    interface Poll {
        Page poll(JsonFeedConnector good, ConnectorContext context, Cursor cursor)
                throws ConnectorException, InterruptedException;
    }

    /** The sample connector with its poll replaced; info() and check() stay good. */
    static SourceConnector broken(Poll poll) {
        JsonFeedConnector good = new JsonFeedConnector();
        return new SourceConnector() {
            @Override
            public ConnectorInfo info() {
                return good.info();
            }

            @Override
            public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
                return poll.poll(good, context, cursor);
            }

            @Override
            public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
                return good.check(context);
            }
        };
    }

    /** The sample connector with its items changed. */
    static SourceConnector changingItems(UnaryOperator<SourceItem> change) {
        return broken((good, context, cursor) -> {
            Page page = good.poll(context, cursor);
            return new Page(page.items().stream().map(change).toList(), page.next(), page.more(), page.pollAgainIn());
        });
    }

    /** The sample connector with its failures changed: returning a RuntimeException throws that instead. */
    static SourceConnector changingFailures(BiFunction<ConnectorContext, ConnectorException, Exception> change) {
        return broken((good, context, cursor) -> {
            try {
                return good.poll(context, cursor);
            } catch (ConnectorException e) {
                Exception changed = change.apply(context, e);
                if (changed instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                throw (ConnectorException) changed;
            }
        });
    }

    static class RandomIds extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return changingItems(item -> new SourceItem(UUID.randomUUID().toString(), item.platform(), item.url(),
                    item.author(), item.published(), item.title(), item.text(), item.language(), item.threadId(),
                    item.parentId(), item.metrics()));
        }
    }

    /** Resumes from the top of the feed instead of the cursor's mark. */
    static class IgnoresCursor extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return broken((good, context, cursor) -> good.poll(context,
                    !cursor.isStart() && cursor.value().endsWith("\n") ? Cursor.START : cursor));
        }
    }

    /** Leaves markup in the text and claims a platform it does not declare. */
    static class SloppyItems extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return changingItems(item -> SourceItem.of(item.id(), "forum", item.url(), item.author(),
                    item.published(), item.title(), "<p>" + item.text() + "</p>"));
        }
    }

    static class LeaksParseErrors extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return changingFailures((context, e) -> e.kind() == Kind.BAD_RESPONSE
                    ? new IllegalStateException("cannot parse", e.getCause()) : e);
        }
    }

    static class IgnoresRetryAfter extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return changingFailures((context, e) -> e.kind() == Kind.RATE_LIMITED
                    ? new ConnectorException(Kind.UNAVAILABLE, "the server failed") : e);
        }
    }

    /** Puts the token into its error messages. */
    static class LeaksToken extends JsonFeedConnectorTest {
        @Override
        protected SourceConnector connector() {
            return changingFailures((context, e) -> new ConnectorException(e.kind(), e.getMessage() + " (token "
                    + context.settingsMap().get("token") + ")", e.retryAfter(), e));
        }
    }

    /** Sends without a request timeout and waits with join(), which no interrupt ends. */
    static class NoTimeout extends JsonFeedConnectorTest {
        @Override
        protected Duration slack() {
            return Duration.ofMillis(500);
        }

        @Override
        protected SourceConnector connector() {
            return broken((good, context, cursor) -> {
                ConnectorContext patient = TestConnectorContext.builder().settings(context.settingsMap())
                        .requestTimeout(Duration.ofDays(1)).userAgent(context.userAgent()).build();
                try {
                    return CompletableFuture.supplyAsync(() -> {
                        try {
                            return good.poll(patient, cursor);
                        } catch (ConnectorException | InterruptedException e) {
                            throw new CompletionException(e);
                        }
                    }).join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof ConnectorException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            });
        }
    }
}
