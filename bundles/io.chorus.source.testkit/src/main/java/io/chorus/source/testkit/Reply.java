package io.chorus.source.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer of a {@link ReplayServer} route: a status, headers and a body, optionally delayed, or no answer at all
 * ({@link #hang()}). Immutable: {@link #header} and {@link #delay} return a copy.
 */
public final class Reply {

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final Duration delay;
    private final boolean hang;

    private Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay, boolean hang) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
        }
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.delay = delay;
        this.hang = hang;
    }

    /** A reply with this body; {@code contentType} may be null for none. */
    public static Reply of(int status, String contentType, byte[] body) {
        Objects.requireNonNull(body, "body");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (contentType != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        return new Reply(status, headers, body.clone(), Duration.ZERO, false);
    }

    /** A text reply, encoded as UTF-8. */
    public static Reply text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON reply ({@code application/json; charset=utf-8}). */
    public static Reply json(int status, String json) {
        return text(status, "application/json; charset=utf-8", json);
    }

    /** A reply whose body is this file, read now. */
    public static Reply file(int status, String contentType, Path file) {
        try {
            return of(status, contentType, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recorded payload " + file.toAbsolutePath()
                    + ": check the path (relative paths start in the module directory)", e);
        }
    }

    /**
     * A reply whose body is a class-path resource, read now; {@code name} is relative to {@code anchor}'s package
     * unless it starts with {@code /} (put recorded payloads in {@code src/test/resources/<package>/}).
     */
    public static Reply resource(int status, String contentType, Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " next to " + anchor.getName()
                        + ": put it in src/test/resources/" + anchor.getPackageName().replace('.', '/')
                        + "/ or start the name with / for the class-path root");
            }
            return of(status, contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name + " next to " + anchor.getName(), e);
        }
    }

    /** A reply with this status and an empty body. */
    public static Reply status(int status) {
        return new Reply(status, List.of(), new byte[0], Duration.ZERO, false);
    }

    /** A request that is never answered (until the server is reset or closed): for timeout tests. */
    public static Reply hang() {
        return new Reply(200, List.of(), new byte[0], Duration.ZERO, true);
    }

    /** This reply with one more header. */
    public Reply header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, more, body, delay, hang);
    }

    /** This reply, sent only after {@code delay} (the server waits without blocking other requests). */
    public Reply delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        return new Reply(status, headers, body, delay, hang);
    }

    /**
     * This reply with every {@code target} in its body replaced, for recorded payloads that link to themselves:
     * {@code Reply.resource(...).replace("{{base}}", server.uri().toString())}.
     */
    public Reply replace(String target, String replacement) {
        String text = new String(body, StandardCharsets.UTF_8).replace(target, replacement);
        return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8), delay, hang);
    }

    /** This reply with only the first half of its body, as when a connection breaks mid-answer. */
    Reply truncated() {
        return new Reply(status, headers, java.util.Arrays.copyOf(body, body.length / 2), delay, hang);
    }

    public int statusCode() {
        return status;
    }

    /** The headers in the order they were added. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public Duration delayBy() {
        return delay;
    }

    public boolean hangs() {
        return hang;
    }

    @Override
    public String toString() {
        return hang ? "Reply[hang]" : "Reply[" + status + ", " + body.length + " bytes"
                + (delay.isZero() ? "" : ", after " + delay) + "]";
    }
}
