package io.chorus.api.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One configured source.
 *
 * @param id          unique in the workspace: lower-case letters, digits and dashes ({@code acme-forum})
 * @param connectorId the connector that fetches it ({@code rss})
 * @param name        what people call it
 * @param paused      whether polling is paused
 * @param interval    how long to wait between polls when the connector does not say
 * @param settings    the connector's settings, by attribute id; secrets in clear text in memory only
 */
public record SourceConfig(String id, String connectorId, String name, boolean paused, Duration interval,
                           Map<String, Object> settings) {

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, "interval");
        settings = Map.copyOf(settings);
    }

    public SourceConfig withPaused(boolean newPaused) {
        return new SourceConfig(id, connectorId, name, newPaused, interval, settings);
    }

    public SourceConfig withSettings(Map<String, Object> newSettings) {
        return new SourceConfig(id, connectorId, name, paused, interval, newSettings);
    }

    /** Never shows settings values: some are secrets. */
    @Override
    public String toString() {
        return "SourceConfig[id=" + id + ", connector=" + connectorId + ", name=" + name + ", paused=" + paused
                + ", interval=" + interval + ", settings=" + new TreeMap<>(settings).keySet() + "]";
    }
}
