package io.chorus.source.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TestConnectorContextTest {

    @interface FeedSettings {
        String feed_url();

        String token() default "";

        int max_items() default 50;
    }

    @Test
    void typesSettingsThroughTheConverterWithDefaults() {
        TestConnectorContext context = TestConnectorContext.builder()
                .settings(Map.of("feed.url", "http://127.0.0.1:1/feed", "max.items", "20")).build();
        FeedSettings settings = context.settings(FeedSettings.class);
        assertEquals("http://127.0.0.1:1/feed", settings.feed_url());
        assertEquals(20, settings.max_items());
        assertEquals("", settings.token());
    }

    @Test
    void refusesNonAnnotationSettingsTypes() {
        TestConnectorContext context = TestConnectorContext.builder().build();
        assertThrows(IllegalArgumentException.class, () -> context.settings(String.class));
    }

    @Test
    void hasDefaultsFitForTests() {
        TestConnectorContext context = TestConnectorContext.builder().build();
        assertEquals("test-source", context.id());
        assertEquals(Duration.ofSeconds(2), context.requestTimeout());
        assertEquals(TestConnectorContext.DEFAULT_NOW, context.clock().instant());
        assertEquals(HttpClient.Redirect.NORMAL, context.http().followRedirects());
        assertEquals(Duration.ofSeconds(2), context.http().connectTimeout().orElseThrow());
        assertFalse(context.userAgent().isBlank());
    }

    @Test
    void takesEveryValueFromTheBuilder() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
        TestConnectorContext context = TestConnectorContext.builder().id("acme-forum").clock(clock)
                .requestTimeout(Duration.ofMillis(500)).userAgent("UA").setting("token", "s3cret").build();
        assertEquals("acme-forum", context.id());
        assertEquals(clock, context.clock());
        assertEquals(Duration.ofMillis(500), context.http().connectTimeout().orElseThrow());
        assertEquals("UA", context.userAgent());
        assertEquals(Map.of("token", "s3cret"), context.settingsMap());
        assertThrows(UnsupportedOperationException.class, () -> context.settingsMap().put("x", "y"));
    }

    @Test
    void neverPrintsSettingValues() {
        TestConnectorContext context = TestConnectorContext.builder().setting("token", "s3cret").build();
        assertFalse(context.toString().contains("s3cret"));
    }

    @Test
    void refusesNonPositiveTimeouts() {
        assertThrows(IllegalArgumentException.class,
                () -> TestConnectorContext.builder().requestTimeout(Duration.ZERO));
    }
}
