package io.chorus.source.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayServerTest {

    private final ReplayServer server = ReplayServer.start();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesRepliesInSequenceAndRepeatsTheLast() throws Exception {
        server.on("GET", "/api/v1/timelines/tag/acme")
                .reply(Reply.resource(200, "application/json", ReplayServerTest.class, "statuses.json"))
                .reply(Reply.status(429).header("Retry-After", "2"));

        HttpResponse<String> first = get("/api/v1/timelines/tag/acme?limit=40");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("\"id\": \"113\""), first.body());
        assertEquals("application/json", first.headers().firstValue("content-type").orElseThrow());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> limited = get("/api/v1/timelines/tag/acme");
            assertEquals(429, limited.statusCode());
            assertEquals("2", limited.headers().firstValue("retry-after").orElseThrow());
        }
    }

    @Test
    void predicateRoutesWinOverPlainOnes() throws Exception {
        server.on("GET", "/search", req -> "2".equals(req.queryParam("page"))).reply(Reply.json(200, "{\"page\":2}"));
        server.on("GET", "/search").reply(Reply.json(200, "{\"page\":1}"));

        assertEquals("{\"page\":2}", get("/search?q=acme&page=2").body());
        assertEquals("{\"page\":1}", get("/search?q=acme&page=1").body());
        assertEquals("{\"page\":1}", get("/search").body());
    }

    @Test
    void unknownPathsGetA404ListingTheRoutes() throws Exception {
        server.on("GET", "/feed").reply(Reply.json(200, "{}"));
        HttpResponse<String> response = get("/other");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no route for GET /other") && response.body().contains("GET /feed"),
                response.body());
    }

    @Test
    void recordsRequestsWithDecodedQueryAndLowerCaseHeaders() throws Exception {
        server.on("POST", "/statuses").reply(Reply.json(200, "{}"));
        http.send(HttpRequest.newBuilder(server.uri("/statuses?tag=caf%C3%A9&flag"))
                        .header("Idempotency-Key", "k-1").POST(HttpRequest.BodyPublishers.ofString("status=hi")).build(),
                HttpResponse.BodyHandlers.discarding());

        RecordedRequest request = server.requests().getFirst();
        assertEquals("POST", request.method());
        assertEquals("/statuses", request.path());
        assertEquals("café", request.queryParam("tag"));
        assertEquals("", request.queryParam("flag"));
        assertNull(request.queryParam("missing"));
        assertEquals("k-1", request.header("IDEMPOTENCY-KEY"));
        assertTrue(request.headers().containsKey("idempotency-key"));
        assertEquals("status=hi", request.body());
        assertEquals("POST /statuses?tag=caf%C3%A9&flag", request.toString());
    }

    @Test
    void recordedRequestsNeverPrintHeaders() throws Exception {
        server.on("GET", "/feed").reply(Reply.json(200, "{}"));
        get("/feed");
        assertFalse(server.requests().toString().contains("s3cret"));
    }

    @Test
    void servesFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("feed.xml"), "<rss version=\"2.0\"/>");
        server.on("GET", "/feed.xml").reply(Reply.file(200, "application/rss+xml", file));
        assertEquals("<rss version=\"2.0\"/>", get("/feed.xml").body());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Reply.file(200, "text/plain", dir.resolve("nope.xml")));
        assertTrue(missing.getMessage().contains("nope.xml"), missing.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reply.resource(200, "text/plain", ReplayServerTest.class, "absent.json"));
        assertTrue(e.getMessage().contains("absent.json")
                && e.getMessage().contains("src/test/resources/io/chorus/source/testkit/"), e.getMessage());
    }

    @Test
    void aHangingReplyTimesTheClientOutAndOtherRequestsStillWork() throws Exception {
        server.on("GET", "/slow").reply(Reply.hang());
        server.on("GET", "/fast").reply(Reply.json(200, "{}"));
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(server.uri("/slow"))
                .timeout(Duration.ofMillis(300)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, get("/fast").statusCode());
        Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> slow.get(5, TimeUnit.SECONDS)).getCause();
        assertTrue(cause instanceof HttpTimeoutException, String.valueOf(cause));
    }

    @Test
    void closingEndsHangingRequests() throws Exception {
        server.on("GET", "/slow").reply(Reply.hang());
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(server.uri("/slow"))
                .build(), HttpResponse.BodyHandlers.ofString());
        awaitRequests(1);
        server.close();
        assertThrows(java.util.concurrent.ExecutionException.class, () -> slow.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aDelayedReplyArrivesAfterItsDelay() throws Exception {
        server.on("GET", "/later").reply(Reply.json(200, "{\"ok\":true}").delay(Duration.ofMillis(200)));
        long start = System.nanoTime();
        assertEquals(200, get("/later").statusCode());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void resetForgetsRoutesAndRequests() throws Exception {
        server.on("GET", "/feed").reply(Reply.json(200, "{}"));
        get("/feed");
        server.reset();
        assertTrue(server.requests().isEmpty());
        assertEquals(404, get("/feed").statusCode());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Reply.status(42));
        assertThrows(IllegalArgumentException.class, () -> server.on("GET", "feed"));
        assertThrows(IllegalArgumentException.class, () -> server.uri("feed"));
        assertTrue(server.uri().toString().matches("http://127\\.0\\.0\\.1:\\d+"), server.uri().toString());
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.requests().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server received " + server.requests().size() + " requests");
            }
            Thread.onSpinWait();
        }
    }
}
