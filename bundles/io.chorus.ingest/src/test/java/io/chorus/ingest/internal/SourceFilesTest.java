package io.chorus.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files: secrets encrypted, settings checked, broken files reported and left alone. */
class SourceFilesTest {

    static final String TOKEN = "tok-9f86d081884c7d659a2feaa0c55ad015";

    @TempDir
    Path temp;

    final MutableClock clock = new MutableClock(SchedulingTest.T0);
    final ManualJobs jobs = new ManualJobs(clock);
    final InMemoryMentionStore store = new InMemoryMentionStore();
    final EngineFixture fixture = new EngineFixture();
    final ScriptedConnector connector = new ScriptedConnector("feed", RateLimit.NONE, (ctx, cursor) -> {
        ScriptedConnector.Settings settings = ctx.settings(ScriptedConnector.Settings.class);
        assertEquals(TOKEN, settings.token(), "the connector gets the secret decrypted");
        assertEquals(25, settings.pageSize());
        return Page.last(List.of(), new Cursor("x"));
    });
    IngestEngine engine;

    @BeforeEach
    void start() throws Exception {
        engine = fixture.engine(temp.resolve("ws"), jobs, store, clock, Duration.ofMinutes(1));
        engine.start();
        engine.connectorAdded(new IngestEngine.Installed(connector, Optional::empty));
    }

    SourceConfig withToken() {
        return new SourceConfig("acme", "feed", "Acme forum", false, Duration.ofMinutes(15),
                Map.of("feed", "https://forum.acme.example/feed", "token", TOKEN, "pageSize", 25));
    }

    @Test
    void checkAsksTheConnectorWithoutSavingAnything() throws Exception {
        assertEquals("Feed found at https://forum.acme.example/feed", engine.check(withToken()));
        assertTrue(engine.list().isEmpty(), "a check saves nothing");
        assertFalse(Files.exists(temp.resolve("ws/sources/acme.json")));
        SourceConfig wrongFeed = withToken().withSettings(Map.of("feed", "https://elsewhere.example/rss",
                "token", TOKEN));
        SourceConfigException notFound = assertThrows(SourceConfigException.class, () -> engine.check(wrongFeed));
        assertEquals("no feed at https://elsewhere.example/rss; check the address", notFound.getMessage());
        SourceConfigException missing = assertThrows(SourceConfigException.class,
                () -> engine.check(withToken().withSettings(Map.of("token", TOKEN))));
        assertEquals("feed", missing.setting());
        assertTrue(connector.calls.isEmpty(), "a check fetches no mentions");
    }

    @Test
    void secretsAreEncryptedOnDiskAndNeverShown() throws Exception {
        engine.save(withToken());
        Path file = temp.resolve("ws/sources/acme.json");
        String json = Files.readString(file);
        assertFalse(json.contains(TOKEN), json);
        assertTrue(json.matches("(?s).*\"token\"\\s*:\\s*\\{\\s*\"encrypted\"\\s*:\\s*\"v1:[A-Za-z0-9+/=]+\".*"), json);
        assertTrue(json.contains("\"feed\" : \"https://forum.acme.example/feed\""), "other settings stay readable");
        Path key = temp.resolve("keys/secrets.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertFalse(key.startsWith(temp.resolve("ws")), "the key is outside the workspace");

        jobs.advance(Duration.ZERO);
        assertEquals(1, connector.calls.size());
        assertFalse(engine.get("acme").orElseThrow().toString().contains(TOKEN));
        assertFalse(String.join("\n", fixture.log).contains(TOKEN), "never in the log");
        for (Path state : Files.walk(temp.resolve("ws")).filter(Files::isRegularFile).toList()) {
            assertFalse(Files.readString(state).contains(TOKEN), state + " holds the token in clear");
        }

        // a new engine (a restart) decrypts it again
        IngestEngine restarted = fixture.engine(temp.resolve("ws"), jobs, store, clock, Duration.ofMinutes(1));
        restarted.start();
        assertEquals(TOKEN, restarted.get("acme").orElseThrow().settings().get("token"));
    }

    @Test
    void settingsAreCheckedAgainstTheConnector() {
        SourceConfigException missing = assertThrows(SourceConfigException.class, () -> engine.save(
                new SourceConfig("x", "feed", "X", false, Duration.ZERO, Map.of("token", TOKEN))));
        assertEquals("feed", missing.setting());
        assertTrue(missing.getMessage().contains("needs the setting \"feed\""), missing.getMessage());

        SourceConfigException wrongType = assertThrows(SourceConfigException.class, () -> engine.save(
                new SourceConfig("x", "feed", "X", false, Duration.ZERO, Map.of("feed", "f", "pageSize", "many"))));
        assertEquals("pageSize", wrongType.setting());
        assertTrue(wrongType.getMessage().contains("whole number"), wrongType.getMessage());

        SourceConfigException unknown = assertThrows(SourceConfigException.class, () -> engine.save(
                new SourceConfig("x", "feed", "X", false, Duration.ZERO, Map.of("feed", "f", "tokn", "t"))));
        assertEquals("tokn", unknown.setting());

        SourceConfigException noConnector = assertThrows(SourceConfigException.class, () -> engine.save(
                new SourceConfig("x", "vk", "X", false, Duration.ZERO, Map.of())));
        assertTrue(noConnector.getMessage().contains("no connector \"vk\""));
        assertFalse(Files.exists(temp.resolve("ws/sources/x.json")), "nothing invalid is written");
    }

    @Test
    void aBrokenFileIsReportedWithItsPositionAndNeverOverwritten() throws Exception {
        engine.save(withToken());
        Path broken = temp.resolve("ws/sources/broken.json");
        String text = """
                {
                  "schemaVersion": 1,
                  "connector": "feed"
                  "settings": {"feed": "https://example.org/rss"}
                }
                """;
        Files.writeString(broken, text);
        Files.writeString(temp.resolve("ws/sources/old.json"), """
                {"schemaVersion": 1, "connector": "feed", "interval": "every hour", "settings": {}}
                """);

        IngestEngine restarted = fixture.engine(temp.resolve("ws"), jobs, store, clock, Duration.ofMinutes(1));
        restarted.start();
        SourceHealth health = restarted.health("broken").orElseThrow();
        assertEquals(SourceHealth.State.NEEDS_ATTENTION, health.state());
        assertTrue(health.lastErrorText().contains("broken.json:4:3"), health.lastErrorText());
        assertTrue(health.lastErrorText().contains("not valid JSON"), health.lastErrorText());
        SourceHealth old = restarted.health("old").orElseThrow();
        assertTrue(old.lastErrorText().contains("old.json:1:43") && old.lastErrorText().contains("\"interval\""),
                old.lastErrorText());
        assertTrue(restarted.get("acme").isPresent(), "the other sources are unaffected");
        assertTrue(fixture.log.stream().anyMatch(line -> line.startsWith("WARN") && line.contains("broken.json:4:3")));

        restarted.connectorAdded(new IngestEngine.Installed(connector, Optional::empty));
        SourceConfigException refused = assertThrows(SourceConfigException.class, () -> restarted.save(
                new SourceConfig("broken", "feed", "B", false, Duration.ZERO, Map.of("feed", "f"))));
        assertTrue(refused.getMessage().contains("Fix or delete the file first"));
        assertEquals(text, Files.readString(broken), "the broken file is left as it was");
    }

    @Test
    void settingsAreDescribedFromTheAnnotationWithoutMetatype() {
        ConnectorDescription description = engine.connectors().get(0);
        assertEquals(List.of("feed", "pageSize", "token"),
                description.settings().stream().map(ConnectorDescription.Setting::id).toList());
        ConnectorDescription.Setting feed = description.settings().get(0);
        assertTrue(feed.required());
        ConnectorDescription.Setting pageSize = description.settings().get(1);
        assertEquals(ConnectorDescription.Type.INTEGER, pageSize.type());
        assertEquals("10", pageSize.defaultValue());
        assertFalse(pageSize.required());
        assertEquals(ConnectorDescription.Type.SECRET, description.settings().get(2).type());
    }

    @Test
    void methodNamesMapToAttributeIdsLikeDs() {
        assertEquals("api.key", SettingsSchema.attributeId("api_key"));
        assertEquals("my_name", SettingsSchema.attributeId("my__name"));
        assertEquals("a-b", SettingsSchema.attributeId("a$_$b"));
    }
}
