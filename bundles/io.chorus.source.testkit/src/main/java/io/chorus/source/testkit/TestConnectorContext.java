package io.chorus.source.testkit;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.osgi.util.converter.Converters;

import io.chorus.source.api.ConnectorContext;

/**
 * The {@link ConnectorContext} Chorus would pass a connector, built from plain values. Settings are typed the way
 * Chorus types them: the OSGi converter turns the map into the settings annotation, applying its defaults.
 * Its {@link #toString()} names the settings but never their values, since they may be secrets.
 */
public final class TestConnectorContext implements ConnectorContext {

    /** The clock a context has unless the test sets one: fixed, so tests do not depend on when they run. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-01-15T12:00:00Z");

    private final String id;
    private final Map<String, Object> settings;
    private final HttpClient http;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Clock clock;

    private TestConnectorContext(Builder builder) {
        this.id = builder.id;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.settings));
        this.requestTimeout = builder.requestTimeout;
        this.userAgent = builder.userAgent;
        this.clock = builder.clock;
        this.http = builder.http != null ? builder.http : HttpClient.newBuilder()
                .connectTimeout(builder.requestTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The settings as an instance of {@code type}, which must be an annotation (the connector's
     * {@code @ObjectClassDefinition}); attributes missing from the map take the annotation's defaults.
     */
    @Override
    public <T> T settings(Class<T> type) {
        if (!type.isAnnotation()) {
            throw new IllegalArgumentException("settings are read as an annotation type (the connector's "
                    + "@ObjectClassDefinition), and " + type.getName() + " is not one");
        }
        return Converters.standardConverter().convert(settings).to(type);
    }

    @Override
    public Map<String, Object> settingsMap() {
        return settings;
    }

    @Override
    public HttpClient http() {
        return http;
    }

    @Override
    public String userAgent() {
        return userAgent;
    }

    @Override
    public Duration requestTimeout() {
        return requestTimeout;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "TestConnectorContext[" + id + ", settings " + settings.keySet() + "]";
    }

    /** Builds a {@link TestConnectorContext}; every value has a default fit for tests. */
    public static final class Builder {

        private String id = "test-source";
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private HttpClient http;
        private String userAgent = "Chorus/0.1.0 (connector test)";
        private Duration requestTimeout = Duration.ofSeconds(2);
        private Clock clock = Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC);

        private Builder() {
        }

        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /** Adds these settings (by attribute id) to those set so far. */
        public Builder settings(Map<String, ?> settings) {
            settings.forEach(this::setting);
            return this;
        }

        public Builder setting(String name, Object value) {
            settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return this;
        }

        /** The HTTP client to use instead of a new one (connect timeout = request timeout, redirects NORMAL). */
        public Builder http(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("a request timeout is positive: " + requestTimeout);
            }
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public TestConnectorContext build() {
            return new TestConnectorContext(this);
        }
    }
}
