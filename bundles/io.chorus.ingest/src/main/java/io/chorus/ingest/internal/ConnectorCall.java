package io.chorus.ingest.internal;

import io.chorus.source.api.ConnectorContext;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

/** What a connector gets for one call. Its settings hold decrypted secrets, so toString never shows them. */
record ConnectorCall(String id, Map<String, Object> settingsMap, HttpClient http, String userAgent,
                     Duration requestTimeout, Clock clock) implements ConnectorContext {

    ConnectorCall {
        settingsMap = Map.copyOf(settingsMap);
    }

    @Override
    public <T> T settings(Class<T> type) {
        return SettingsSchema.typed(settingsMap, type);
    }

    @Override
    public String toString() {
        return "ConnectorContext[source=" + id + ", settings=" + new TreeSet<>(settingsMap.keySet()) + "]";
    }
}
