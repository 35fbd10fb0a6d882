package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.StoredMention;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.query.internal.ChorusQueryLanguage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a child JVM ingests N items from a local API into the real Lucene store and is killed with SIGKILL at
 * random moments; after restarts, every acknowledged item is there, and the store holds each item exactly once.
 */
class KillTest {

    static final int ITEMS = 5_000;
    static final int PAGE = 40;
    static final int KILLS = 6;

    @TempDir
    Path temp;

    @Test
    void killedAtRandomMomentsNothingIsLostOrDuplicated() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/posts", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            int after = query == null || query.equals("after=") ? 0 : Integer.parseInt(query.substring(6));
            // pages overlap by two items, as platform APIs often do around their page boundaries
            int from = Math.max(0, after - 2);
            int to = Math.min(ITEMS, after + PAGE);
            StringBuilder json = new StringBuilder("{\"items\":[");
            for (int i = from; i < to; i++) {
                json.append(i == from ? "" : ",").append("{\"id\":\"p").append(i)
                        .append("\",\"url\":\"https://forum.example.org/t/").append(i)
                        .append("\",\"author\":\"user").append(i % 97)
                        .append("\",\"created_at\":\"").append(Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i * 60L))
                        .append("\",\"text\":\"Post ").append(i).append(": the Acme kettle ")
                        .append(i % 3 == 0 ? "leaks after a week" : i % 3 == 1 ? "boils fast, very happy" : "is too loud")
                        .append(", order ").append(Integer.toHexString(i * 2654435761L > 0 ? i * 7919 : i)).append("\"}");
            }
            json.append("],\"next\":\"").append(to).append("\",\"more\":").append(to < ITEMS).append('}');
            byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String api = "http://127.0.0.1:" + server.getAddress().getPort() + "/posts";
        Path workspace = temp.resolve("ws");
        Random random = new Random(20260302L);
        Set<String> acked = ConcurrentHashMap.newKeySet();
        int kills = 0;
        try {
            while (true) {
                boolean kill = kills < KILLS;
                // kill after a random number of new acknowledgements: mid-page, mid-store, mid-cursor write
                int killAt = acked.size() + 50 + random.nextInt(ITEMS / (KILLS + 2));
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                        "--add-modules", "jdk.incubator.vector", KillTestChild.class.getName(),
                        workspace.toString(), api, String.valueOf(ITEMS))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                boolean done = false;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("ACK ")) {
                            acked.add(line.substring(4));
                            if (kill && acked.size() >= killAt) {
                                child.destroyForcibly();
                                break;
                            }
                        } else if (line.startsWith("DONE")) {
                            done = true;
                        }
                    }
                }
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends");
                if (kill) {
                    kills++;
                    assertTrue(!done, "killed before it was done; the kill points are too late");
                } else {
                    assertTrue(done, "the last run finishes; exit code " + child.exitValue());
                    break;
                }
            }
        } finally {
            server.stop(0);
        }

        try (LuceneMentionStore store = new LuceneMentionStore(workspace.resolve(".chorus/index/mentions"),
                Clock.systemUTC(), new ChorusQueryLanguage(), null)) {
            store.open();
            for (String key : acked) {
                assertTrue(store.contains(key), "acknowledged but lost: " + key);
            }
            assertEquals(ITEMS, store.size());
            List<String> keys = new ArrayList<>();
            for (int offset = 0; offset < ITEMS + 100; offset += 1000) {
                for (StoredMention mention : store.search(MentionSearch.all().withPage(offset, 1000)).mentions()) {
                    keys.add(mention.key());
                }
            }
            Set<String> distinct = new HashSet<>(keys);
            assertEquals(keys.size(), distinct.size(), "a mention is stored twice");
            assertEquals(ITEMS, distinct.size());
            for (int i = 0; i < ITEMS; i++) {
                assertTrue(distinct.contains("web:p" + i), "missing web:p" + i);
            }
        }
        assertEquals(KILLS, kills);
        System.out.println("KillTest: " + kills + " kills, " + acked.size() + " acknowledged, " + ITEMS + " stored once");
    }
}
