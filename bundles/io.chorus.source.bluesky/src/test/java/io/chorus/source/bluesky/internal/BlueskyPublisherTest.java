package io.chorus.source.bluesky.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

class BlueskyPublisherTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:14:02.331Z");
    static final String DID = "did:plc:acmebrand7n3rq2w4xkzl5ta";
    static final String PARENT = "at://did:plc:k4v7d2hbp5ozfcplrtqkx3aa/app.bsky.feed.post/3mbxpzr5ofc2k";
    static final String KEY = "campaign-7/reply-3mbxpzr5ofc2k";

    ReplayServer server;
    final BlueskyPublisher publisher = new BlueskyPublisher();
    final String rkey = Tid.fromKey(KEY);

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        server.on("POST", "/xrpc/com.atproto.server.createSession").reply(json(200, "create-session.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ConnectorContext account() {
        return TestConnectorContext.builder().id("acme-bsky")
                .settings(Map.of("pdsUrl", server.uri().toString(), "handle", "acme.bsky.social",
                        "appPassword", "abcd-efgh-ijkl-mnop"))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(2)).build();
    }

    /** A recorded answer with the record key of this test's post filled in. */
    Reply json(int status, String resource) {
        try (var in = getClass().getResourceAsStream("/bluesky/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{rkey}}", rkey);
            return Reply.json(status, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    RecordedRequest only(String path) {
        List<RecordedRequest> requests = server.requests().stream().filter(r -> r.path().equals(path)).toList();
        assertEquals(1, requests.size(), path);
        return requests.get(0);
    }

    @Test
    void aReplyIsWrittenUnderTheKeysRecordKeyWithRootAndParent() throws Exception {
        server.on("GET", "/xrpc/app.bsky.feed.getPosts").reply(json(200, "getposts-parent.json"));
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(json(200, "create-record.json"));

        Published published = publisher.publish(account(),
                new Post(KEY, "Спасибо! Пришлём новую крышку.", List.of(), PARENT, Map.of("language", "ru")));

        assertEquals("at://" + DID + "/app.bsky.feed.post/" + rkey, published.postId());
        assertEquals("https://bsky.app/profile/acme.bsky.social/post/" + rkey, published.url());
        assertEquals(NOW, published.published());
        assertEquals(PARENT, only("/xrpc/app.bsky.feed.getPosts").queryParam("uris"));
        RecordedRequest create = only("/xrpc/com.atproto.repo.createRecord");
        assertTrue(create.header("Authorization").startsWith("Bearer eyJ"));
        JsonNode body = Xrpc.JSON.readTree(create.body());
        assertEquals(DID, body.get("repo").stringValue());
        assertEquals("app.bsky.feed.post", body.get("collection").stringValue());
        assertEquals(rkey, body.get("rkey").stringValue());
        JsonNode record = body.get("record");
        assertEquals("app.bsky.feed.post", record.get("$type").stringValue());
        assertEquals("Спасибо! Пришлём новую крышку.", record.get("text").stringValue());
        assertEquals("2026-01-15T12:14:02.331Z", record.get("createdAt").stringValue());
        assertEquals("ru", record.get("langs").get(0).stringValue());
        // the parent is itself a reply: its root stays the thread's root
        assertEquals("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3mbxm5tmu4c2x",
                record.at("/reply/root/uri").stringValue());
        assertEquals(PARENT, record.at("/reply/parent/uri").stringValue());
        assertEquals("bafyreib2rxk3rjo7mltqzhqgd6ac6jjlhbdr4ozvqyzjyqe5tmy3typ5am",
                record.at("/reply/parent/cid").stringValue());
    }

    @Test
    void aNewPostHasNoReplyAndTheSameKeyAlwaysGivesTheSameRecordKey() throws Exception {
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(json(200, "create-record.json"));

        publisher.publish(account(), Post.text(KEY, "ACMEの新製品が出ました"));

        JsonNode record = Xrpc.JSON.readTree(only("/xrpc/com.atproto.repo.createRecord").body()).get("record");
        assertFalse(record.has("reply"));
        assertFalse(record.has("langs"));
        assertEquals("ACMEの新製品が出ました", record.get("text").stringValue());
        assertEquals(Tid.fromKey(KEY), rkey);
        assertNotEquals(Tid.fromKey(KEY + "x"), rkey);
        assertTrue(Tid.isValid(rkey), rkey);
    }

    @Test
    void aRetryThatFindsTheRecordReturnsIt() throws Exception {
        // older PDS versions answer a taken record key with a 500, newer ones with RecordAlreadyExists
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(json(500, "error-internal.json"))
                .reply(Reply.json(400, "{\"error\":\"RecordAlreadyExists\",\"message\":\"Record already exists\"}"));
        server.on("GET", "/xrpc/com.atproto.repo.getRecord").reply(json(200, "get-record.json"));

        Published first = publisher.publish(account(), Post.text(KEY, "Спасибо! Пришлём новую крышку."));
        Published second = publisher.publish(account(), Post.text(KEY, "Спасибо! Пришлём новую крышку."));

        assertEquals("at://" + DID + "/app.bsky.feed.post/" + rkey, first.postId());
        assertEquals(first, second);
        assertEquals(Instant.parse("2026-01-15T12:14:02.331Z"), first.published());
        RecordedRequest lookup = server.requests().stream().filter(r -> r.path().endsWith("getRecord")).findFirst()
                .orElseThrow();
        assertEquals(rkey, lookup.queryParam("rkey"));
        assertEquals(DID, lookup.queryParam("repo"));
    }

    @Test
    void aServerErrorWithoutARecordStaysTransient() {
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(json(500, "error-internal.json"));
        server.on("GET", "/xrpc/com.atproto.repo.getRecord").reply(json(400, "error-record-not-found.json"));

        ConnectorException e = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text(KEY, "hello")));

        assertEquals(Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void anInvalidRecordIsRejectedWithTheServersReason() {
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(json(400, "error-invalid-record.json"));

        ConnectorException e = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text(KEY, "x".repeat(301))));

        assertEquals(Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("must not be longer than 300 graphemes"), e.getMessage());
    }

    @Test
    void aWrongAppPasswordIsAnAuthenticationError() {
        server.reset();
        server.on("POST", "/xrpc/com.atproto.server.createSession").reply(json(401, "error-auth.json"));

        ConnectorException e = assertThrows(ConnectorException.class,
                () -> publisher.publish(account(), Post.text(KEY, "hello")));

        assertEquals(Kind.AUTHENTICATION, e.kind());
        assertFalse(e.getMessage().contains("abcd-efgh-ijkl-mnop"));
    }

    @Test
    void anExpiredSessionLogsInAgainAndTheRetryIsSafe() throws Exception {
        server.on("POST", "/xrpc/com.atproto.repo.createRecord").reply(Reply.json(400,
                "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")).reply(json(200, "create-record.json"));

        Published published = publisher.publish(account(), Post.text(KEY, "hello"));

        assertEquals("at://" + DID + "/app.bsky.feed.post/" + rkey, published.postId());
        List<RecordedRequest> creates = server.requests().stream().filter(r -> r.path().endsWith("createRecord")).toList();
        assertEquals(2, creates.size());
        assertEquals(creates.get(0).body(), creates.get(1).body(), "the retry writes the same record key");
        assertEquals(2, server.requests().stream().filter(r -> r.path().endsWith("createSession")).count());
    }

    @Test
    void findPublishedLooksUpTheKeysRecord() throws Exception {
        server.on("GET", "/xrpc/com.atproto.repo.getRecord").reply(json(200, "get-record.json"))
                .reply(json(400, "error-record-not-found.json"));

        Optional<Published> found = publisher.findPublished(account(), Post.text(KEY, "Спасибо!"));
        Optional<Published> missing = publisher.findPublished(account(), Post.text(KEY, "Спасибо!"));

        assertEquals("at://" + DID + "/app.bsky.feed.post/" + rkey, found.orElseThrow().postId());
        assertEquals(Optional.empty(), missing);
    }

    @Test
    void metricsReadTheLivePost() throws Exception {
        server.on("GET", "/xrpc/app.bsky.feed.getPosts").reply(json(200, "getposts-metrics.json"));
        String uri = "at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky.feed.post/3mbxq4ke3zk2d";

        PostMetrics metrics = publisher.metrics(account(), uri);

        assertEquals(new PostMetrics(uri, NOW, -1, 30, 4, 7, -1), metrics);
    }

    @Test
    void metricsOfADeletedPostAreNotFound() {
        server.on("GET", "/xrpc/app.bsky.feed.getPosts").reply(Reply.json(200, "{\"posts\":[]}"));

        assertEquals(Kind.NOT_FOUND, assertThrows(ConnectorException.class, () -> publisher.metrics(account(),
                "at://did:plc:y3xrmnwvkvsq4tqcsgwch4na/app.bsky.feed.post/3mbxq4ke3zk2d")).kind());
    }

    @Test
    void tidsFollowTheSpec() {
        assertEquals("2222222222222", Tid.encode(0));
        // the spec's example: 2023-06-30T15:03:01.887007Z, clock id 6
        assertEquals("3jzfcijpj2z2a", Tid.encode((1_688_137_381_887_007L << 10) | 6));
        for (int i = 0; i < 1_000; i++) {
            String tid = Tid.fromKey("key-" + i);
            assertTrue(Tid.isValid(tid), tid);
        }
    }
}
