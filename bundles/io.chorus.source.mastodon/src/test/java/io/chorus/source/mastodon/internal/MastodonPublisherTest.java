package io.chorus.source.mastodon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Post;
import io.chorus.source.api.PostMetrics;
import io.chorus.source.api.Published;
import io.chorus.source.testkit.RecordedRequest;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.TestConnectorContext;
import tools.jackson.databind.JsonNode;

class MastodonPublisherTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:20:00Z");
    static final String REPLY_TEXT = "@ivan_petrov Спасибо! Пришлём новую крышку.";

    ReplayServer server;
    final MastodonPublisher publisher = new MastodonPublisher();

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ConnectorContext account() {
        return TestConnectorContext.builder().id("acme-account")
                .settings(Map.of("instanceUrl", server.uri().toString(), "accessToken", "acct-token-9", "visibility", "unlisted"))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(2)).build();
    }

    static Reply json(int status, String resource) {
        return Reply.resource(status, "application/json; charset=utf-8", MastodonPublisherTest.class, "/mastodon/" + resource);
    }

    @Test
    void aReplySendsTheIdempotencyKeyParentAndVisibility() throws Exception {
        server.on("POST", "/api/v1/statuses").reply(json(200, "status-posted.json"));
        Post reply = new Post("campaign-7/reply-113520940383372245", REPLY_TEXT, List.of(), "113520940383372245",
                Map.of());

        Published published = publisher.publish(account(), reply);

        assertEquals("113521002911443371", published.postId());
        assertEquals("https://mastodon.social/@acme/113521002911443371", published.url());
        assertEquals(Instant.parse("2026-01-15T12:13:55.102Z"), published.published());
        RecordedRequest request = server.requests().get(0);
        assertEquals("campaign-7/reply-113520940383372245", request.header("Idempotency-Key"));
        assertEquals("Bearer acct-token-9", request.header("Authorization"));
        JsonNode body = MastodonApi.JSON.readTree(request.body());
        assertEquals(REPLY_TEXT, body.get("status").stringValue());
        assertEquals("113520940383372245", body.get("in_reply_to_id").stringValue());
        assertEquals("unlisted", body.get("visibility").stringValue(), "the account's default visibility");
    }

    @Test
    void aPostOptionOverridesVisibilityAndANewPostHasNoParent() throws Exception {
        server.on("POST", "/api/v1/statuses").reply(json(200, "status-posted.json"));

        publisher.publish(account(), new Post("k-1", "新製品のお知らせ", List.of(), "",
                Map.of("visibility", "public", "language", "ja")));

        JsonNode body = MastodonApi.JSON.readTree(server.requests().get(0).body());
        assertEquals("public", body.get("visibility").stringValue());
        assertEquals("ja", body.get("language").stringValue());
        assertEquals("新製品のお知らせ", body.get("status").stringValue());
        assertFalse(body.has("in_reply_to_id"));
    }

    @Test
    void validationFailureIsRejectedWithTheServersReason() {
        server.on("POST", "/api/v1/statuses").reply(json(422, "error-validation.json"));

        ConnectorException e = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text("k-2", "x".repeat(501))));

        assertEquals(Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("Text character limit of 500 exceeded"), e.getMessage());
    }

    @Test
    void aRevokedTokenIsAnAuthenticationError() {
        server.on("POST", "/api/v1/statuses").reply(json(401, "error-unauthorized.json"));

        ConnectorException e = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text("k-3", "hello")));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertFalse(e.getMessage().contains("acct-token-9"));
    }

    @Test
    void serverErrorsAndRateLimitsAreTransient() {
        server.on("POST", "/api/v1/statuses").reply(Reply.status(503))
                .reply(json(429, "error-rate-limited.json").header("Retry-After", "30"));

        ConnectorException unavailable = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text("k-4", "hello")));
        ConnectorException limited = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text("k-4", "hello")));

        assertEquals(Kind.UNAVAILABLE, unavailable.kind());
        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(30), limited.retryAfter());
        assertEquals(List.of("k-4", "k-4"), server.requests().stream().map(r -> r.header("Idempotency-Key")).toList());
    }

    @Test
    void findPublishedMatchesTextAndParentInTheAccountsStatuses() throws Exception {
        server.on("GET", "/api/v1/accounts/verify_credentials").reply(json(200, "verify-credentials.json"));
        server.on("GET", "/api/v1/accounts/109302474928338162/statuses").reply(json(200, "account-statuses.json"));

        Optional<Published> found = publisher.findPublished(account(),
                new Post("k-5", REPLY_TEXT, List.of(), "113520940383372245", Map.of()));
        Optional<Published> japanese = publisher.findPublished(account(),
                new Post("k-6", "ご購入ありがとうございます！", List.of(), "113520921870551342", Map.of()));
        Optional<Published> otherParent = publisher.findPublished(account(),
                new Post("k-7", REPLY_TEXT, List.of(), "1", Map.of()));

        assertEquals("113521002911443371", found.orElseThrow().postId());
        assertEquals("113520999000000001", japanese.orElseThrow().postId());
        assertEquals(Optional.empty(), otherParent);
        assertEquals("40", server.requests().get(1).queryParam("limit"));
    }

    @Test
    void metricsReadTheStatusAndItsAuthor() throws Exception {
        server.on("GET", "/api/v1/statuses/113521002911443371").reply(json(200, "status-metrics.json"));

        PostMetrics metrics = publisher.metrics(account(), "113521002911443371");

        assertEquals(new PostMetrics("113521002911443371", NOW, -1, 12, 3, 2, 5120), metrics);
    }

    @Test
    void aDeletedStatusIsNotFound() {
        server.on("GET", "/api/v1/statuses/404404").reply(Reply.json(404, "{\"error\":\"Record not found\"}"));

        assertEquals(Kind.NOT_FOUND, assertThrows(ConnectorException.class,
                () -> publisher.metrics(account(), "404404")).kind());
    }

    @Test
    void anAccountWithoutTokenCannotPublish() {
        ConnectorContext noToken = TestConnectorContext.builder()
                .settings(Map.of("instanceUrl", server.uri().toString(), "accessToken", "")).build();

        assertEquals(Kind.AUTHENTICATION, assertThrows(ConnectorException.class,
                () -> publisher.publish(noToken, Post.text("k-8", "hello"))).kind());
        assertEquals(List.of(), server.requests());
    }
}
