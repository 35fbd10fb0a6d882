package io.chorus.ingest.internal;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.source.api.Cursor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Chorus remembers about a source between polls and restarts: where it stopped (the cursor) and its health.
 * Written atomically after the items of a page are stored, so a crash repeats at most that page.
 */
final class SourceState {

    static final Duration WINDOW = Duration.ofHours(1);

    Cursor cursor = Cursor.START;
    SourceHealth.State state = SourceHealth.State.NEW;
    Instant lastSuccess;
    Instant lastError;
    String lastErrorText = "";
    long itemsTotal;
    int failures;
    /** Why a person must act (a wrong token), or null; cleared when the source is saved again. */
    String attention;
    /** Stored mentions per minute (epoch minute), for the sliding hour. */
    final TreeMap<Long, Long> perMinute = new TreeMap<>();

    void delivered(long count, Instant now) {
        itemsTotal += count;
        if (count > 0) {
            perMinute.merge(now.getEpochSecond() / 60, count, Long::sum);
        }
        trim(now);
    }

    long lastHour(Instant now) {
        trim(now);
        long sum = 0;
        for (long count : perMinute.values()) {
            sum += count;
        }
        return sum;
    }

    private void trim(Instant now) {
        long oldest = now.minus(WINDOW).getEpochSecond() / 60;
        perMinute.headMap(oldest, false).clear();
    }

    void save(Path file) throws IOException {
        ObjectNode root = SourceFiles.MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("cursor", cursor.value());
        root.put("state", state.name());
        root.put("lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
        root.put("lastError", lastError == null ? null : lastError.toString());
        root.put("lastErrorText", lastErrorText);
        root.put("itemsTotal", itemsTotal);
        root.put("failures", failures);
        root.put("attention", attention);
        ObjectNode minutes = root.putObject("perMinute");
        for (Map.Entry<Long, Long> entry : perMinute.entrySet()) {
            minutes.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        AtomicFiles.writeString(file, SourceFiles.MAPPER.writeValueAsString(root) + "\n");
    }

    /** The saved state, or a fresh one when there is none or it cannot be read (the source then starts over). */
    static SourceState load(Path file) throws IOException {
        SourceState state = new SourceState();
        if (!Files.exists(file)) {
            return state;
        }
        JsonNode root;
        try {
            root = SourceFiles.MAPPER.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IOException(file + " cannot be read (" + e.getOriginalMessage() + ")", e);
        }
        state.cursor = new Cursor(root.path("cursor").asString(""));
        try {
            state.state = SourceHealth.State.valueOf(root.path("state").asString("NEW"));
        } catch (IllegalArgumentException e) {
            state.state = SourceHealth.State.NEW;
        }
        state.lastSuccess = instant(root.path("lastSuccess"));
        state.lastError = instant(root.path("lastError"));
        state.lastErrorText = root.path("lastErrorText").asString("");
        state.itemsTotal = root.path("itemsTotal").asLong(0);
        state.failures = root.path("failures").asInt(0);
        state.attention = root.path("attention").isString() ? root.path("attention").asString() : null;
        for (Map.Entry<String, JsonNode> entry : root.path("perMinute").properties()) {
            state.perMinute.put(Long.parseLong(entry.getKey()), entry.getValue().asLong());
        }
        return state;
    }

    private static Instant instant(JsonNode node) {
        return node.isString() ? Instant.parse(node.asString()) : null;
    }
}
