package io.chorus.source.bluesky.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls XRPC methods of one AT Protocol service (the AppView or a PDS): queries are GET, procedures POST JSON.
 * Failures become {@link XrpcException}s that keep the XRPC error name ({@code ExpiredToken},
 * {@code RecordNotFound}) for callers that must tell them apart. Tokens only go into the Authorization header.
 */
final class Xrpc {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Token errors the PDS answers with HTTP 400 as well as 401. */
    private static final java.util.Set<String> AUTH_ERRORS = java.util.Set.of("ExpiredToken", "InvalidToken",
            "AuthRequired", "AuthenticationRequired");

    /** A failed call: its HTTP status and XRPC error name, besides what Chorus should do. */
    static final class XrpcException extends ConnectorException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        XrpcException(Kind kind, String message, Duration retryAfter, int status, String error, Throwable cause) {
            super(kind, message, retryAfter, cause);
            this.status = status;
            this.error = error;
        }

        int status() {
            return status;
        }

        String error() {
            return error;
        }
    }

    private final ConnectorContext context;
    private final URI service;

    Xrpc(ConnectorContext context, String serviceUrl, String what) throws ConnectorException {
        this.context = context;
        this.service = serviceUri(serviceUrl, what);
    }

    static URI serviceUri(String url, String what) throws ConnectorException {
        String value = url == null ? "" : url.strip();
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if (uri.getHost() == null || !scheme.matches("https?|wss?")) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (Exception e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The " + what + " \"" + url + "\" is not a web address: "
                    + "enter one such as https://public.api.bsky.app");
        }
    }

    String host() {
        return service.getPort() == -1 ? service.getHost() : service.getHost() + ":" + service.getPort();
    }

    JsonNode query(String nsid, Map<String, String> parameters, String accessJwt)
            throws ConnectorException, InterruptedException {
        StringBuilder uri = new StringBuilder(service.toString()).append("/xrpc/").append(nsid);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return send(request(URI.create(uri.toString()), accessJwt).GET().build(), nsid);
    }

    JsonNode procedure(String nsid, JsonNode body, String accessJwt) throws ConnectorException, InterruptedException {
        return send(request(URI.create(service + "/xrpc/" + nsid), accessJwt)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), nsid);
    }

    private HttpRequest.Builder request(URI uri, String accessJwt) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent()).header("Accept", "application/json");
        if (accessJwt != null) {
            builder.header("Authorization", "Bearer " + accessJwt);
        }
        return builder;
    }

    private JsonNode send(HttpRequest request, String nsid) throws ConnectorException, InterruptedException {
        String where = "Bluesky (" + host() + ", " + nsid + ")";
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new XrpcException(Kind.UNAVAILABLE, where + " did not answer within "
                    + context.requestTimeout().toSeconds() + " s; Chorus will try again later", null, 0, "", e);
        } catch (IOException e) {
            throw new XrpcException(Kind.UNAVAILABLE, "Could not reach " + where + ": " + e
                    + "; Chorus will try again later", null, 0, "", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            try {
                return JSON.readTree(response.body());
            } catch (JacksonException e) {
                String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
                throw new XrpcException(Kind.BAD_RESPONSE, where + " answered with JSON that cannot be read" + at
                        + ": " + e.getOriginalMessage(), null, status, "", e);
            }
        }
        // XRPC errors are {"error": "Name", "message": "..."}; a proxy's HTML page has neither.
        String error = "";
        String message = "";
        try {
            JsonNode json = JSON.readTree(response.body());
            error = BlueskyPosts.text(json, "error");
            message = BlueskyPosts.text(json, "message");
        } catch (RuntimeException e) {
            // not JSON: the status alone has to do
        }
        String detail = " (HTTP " + status + (error.isEmpty() ? "" : " " + error)
                + (message.isEmpty() ? "" : ": " + message) + ")";
        Kind kind;
        Duration retryAfter = null;
        if (status == 429) {
            kind = Kind.RATE_LIMITED;
            retryAfter = retryAfter(response);
        } else if (status == 401 || status == 403 || AUTH_ERRORS.contains(error)) {
            kind = Kind.AUTHENTICATION;
        } else if (status == 404 || error.equals("RecordNotFound") || error.equals("NotFound")) {
            kind = Kind.NOT_FOUND;
        } else if (status >= 500) {
            kind = Kind.UNAVAILABLE;
        } else if (status == 400 || status == 409) {
            kind = Kind.REJECTED;
        } else {
            kind = Kind.BAD_RESPONSE;
        }
        throw new XrpcException(kind, where + " refused" + detail, retryAfter, status, error, null);
    }

    /** Bluesky sends RateLimit-Reset as epoch seconds; Retry-After wins where a proxy sets it. */
    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        if (retryAfter.isPresent() && retryAfter.get().strip().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.get().strip()));
        }
        Optional<String> reset = response.headers().firstValue("RateLimit-Reset");
        if (reset.isPresent() && reset.get().strip().matches("\\d+")) {
            Duration wait = Duration.between(context.clock().instant(),
                    Instant.ofEpochSecond(Long.parseLong(reset.get().strip())));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
        return null;
    }
}
