package io.chorus.source.mastodon.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one Mastodon instance's REST API and turns its answers and failures into JSON or {@link ConnectorException}s
 * people can act on. The token only ever goes into the Authorization header.
 */
final class MastodonApi {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");

    private final ConnectorContext context;
    private final URI instance;
    private final String token;

    MastodonApi(ConnectorContext context, String instanceUrl, String token) throws ConnectorException {
        this.context = context;
        this.instance = instanceUri(instanceUrl);
        this.token = token == null ? "" : token.strip();
    }

    static URI instanceUri(String instanceUrl) throws ConnectorException {
        String url = instanceUrl == null ? "" : instanceUrl.strip();
        if (!url.contains("://")) {
            url = "https://" + url;
        }
        try {
            URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (Exception e) {
            throw new ConnectorException(Kind.CONFIGURATION, "The instance URL \"" + instanceUrl
                    + "\" is not a web address: enter the server's address, such as https://mastodon.social");
        }
    }

    String host() {
        return instance.getPort() == -1 ? instance.getHost() : instance.getHost() + ":" + instance.getPort();
    }

    boolean hasToken() {
        return !token.isEmpty();
    }

    /** One answer: its JSON, its headers' paging links and rate-limit state. */
    record Answer(JsonNode json, Map<String, URI> links, int rateRemaining, Instant rateReset) {

        /** A query parameter of the link with this rel ("prev", "next"), if the server sent one. */
        Optional<String> linkParam(String rel, String name) {
            URI link = links.get(rel);
            if (link == null || link.getRawQuery() == null) {
                return Optional.empty();
            }
            for (String pair : link.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }
    }

    Answer get(String path, Map<String, String> query) throws ConnectorException, InterruptedException {
        return send(request(path, query).GET().build());
    }

    Answer post(String path, JsonNode body, String idempotencyKey) throws ConnectorException, InterruptedException {
        HttpRequest.Builder builder = request(path, Map.of())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(instance.toString()).append(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent())
                .header("Accept", "application/json");
        if (hasToken()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) throws ConnectorException, InterruptedException {
        String where = host() + request.uri().getRawPath();
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Mastodon (" + where + ") did not answer within "
                    + context.requestTimeout().toSeconds() + " s; Chorus will try again later", e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Could not reach Mastodon (" + where + "): " + e
                    + "; Chorus will try again later", e);
        }
        int remaining = (int) response.headers().firstValueAsLong("X-RateLimit-Remaining").orElse(-1);
        Instant reset = response.headers().firstValue("X-RateLimit-Reset").map(value -> MastodonStatuses.instant(value.strip())).orElse(null);
        int status = response.statusCode();
        if (status / 100 == 2) {
            JsonNode json;
            try {
                json = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (JacksonException e) {
                throw new ConnectorException(Kind.BAD_RESPONSE, "Mastodon (" + where + ") answered with JSON that "
                        + "cannot be read, at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
            }
            return new Answer(json, links(response.headers().allValues("Link")), remaining, reset);
        }
        String error = errorText(response.body());
        switch (status) {
            case 401, 403 -> throw new ConnectorException(Kind.AUTHENTICATION, "Mastodon (" + where + ") refused "
                    + (hasToken() ? "the access token" : "to answer without an access token") + " (HTTP " + status
                    + error + "): enter a valid token with the read and write:statuses scopes");
            case 404 -> throw new ConnectorException(Kind.NOT_FOUND, "Mastodon (" + where + ") has no such thing (HTTP 404"
                    + error + "): check the instance URL and what the source follows");
            case 422 -> throw new ConnectorException(Kind.REJECTED, "Mastodon (" + host() + ") rejected the status"
                    + error.replaceFirst("^: ", ": "));
            case 429 -> throw ConnectorException.rateLimited("Mastodon (" + host() + ") asks to slow down (HTTP 429"
                    + error + ")", retryAfter(response, reset));
            default -> throw new ConnectorException(status >= 500 ? Kind.UNAVAILABLE : Kind.BAD_RESPONSE,
                    "Mastodon (" + where + ") answered HTTP " + status + error + "; Chorus will try again later");
        }
    }

    /** How long until the limit resets: Retry-After when sent, else X-RateLimit-Reset, never negative. */
    private Duration retryAfter(HttpResponse<?> response, Instant reset) {
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        if (retryAfter.isPresent() && retryAfter.get().strip().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.get().strip()));
        }
        return reset == null ? null : untilReset(reset);
    }

    Duration untilReset(Instant reset) {
        Duration wait = Duration.between(context.clock().instant(), reset);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Mastodon's error body is {"error": "...", "error_description": "..."}; anything else is left out. */
    private static String errorText(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            String error = MastodonStatuses.text(json, "error");
            String description = MastodonStatuses.text(json, "error_description");
            String joined = description.isEmpty() ? error : error + " (" + description + ")";
            return joined.isEmpty() ? "" : ": " + joined;
        } catch (RuntimeException e) {
            return "";
        }
    }

    static Map<String, URI> links(Iterable<String> headers) {
        Map<String, URI> links = new LinkedHashMap<>();
        for (String header : headers) {
            Matcher matcher = LINK.matcher(header);
            while (matcher.find()) {
                try {
                    links.putIfAbsent(matcher.group(2), URI.create(matcher.group(1)));
                } catch (IllegalArgumentException e) {
                    // A malformed link is as good as none: paging falls back to the ids in the body.
                }
            }
        }
        return links;
    }
}
