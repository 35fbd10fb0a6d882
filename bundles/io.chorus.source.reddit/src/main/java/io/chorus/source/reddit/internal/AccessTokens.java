package io.chorus.source.reddit.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reddit access tokens, fetched with the app's credentials and kept in memory (never on disk) until shortly before
 * they expire. Sources with the same credentials share one token. The cache is keyed by a hash of the credentials, so
 * changed settings get a new token and the cache holds no secret but the tokens themselves.
 */
final class AccessTokens {

    /** Renew this long before Reddit's expiry, so a token does not lapse during a request. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConcurrentMap<String, AccessToken> cache = new ConcurrentHashMap<>();

    /** A bearer token; its value never appears in {@link #toString()}. */
    record AccessToken(String value, Instant expires) {
        @Override
        public String toString() {
            return "AccessToken[expires " + expires + "]";
        }
    }

    /** A token valid now: the cached one, or a new one. */
    AccessToken current(ConnectorContext context, RedditSettings settings, String userAgent)
            throws ConnectorException, InterruptedException {
        String key = key(settings);
        AccessToken cached = cache.get(key);
        if (cached != null && context.clock().instant().plus(MARGIN).isBefore(cached.expires())) {
            return cached;
        }
        AccessToken fresh = fetch(context, settings, userAgent);
        cache.put(key, fresh);
        return fresh;
    }

    /** Drops a token Reddit refused, unless another caller already replaced it. */
    void forget(RedditSettings settings, AccessToken refused) {
        cache.remove(key(settings), refused);
    }

    private static AccessToken fetch(ConnectorContext context, RedditSettings settings, String userAgent)
            throws ConnectorException, InterruptedException {
        boolean asUser = !settings.username().isBlank();
        String form = asUser
                ? "grant_type=password&username=" + encode(settings.username().strip()) + "&password="
                        + encode(settings.password())
                : "grant_type=client_credentials";
        String credentials = settings.clientId().strip() + ":" + settings.clientSecret().strip();
        URI uri = RedditConnector.address(settings.authUrl(), "/api/v1/access_token", "Sign-in address");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", userAgent).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> response = RedditConnector.send(context, request, "Reddit sign-in");
        int status = response.statusCode();
        String app = "the Reddit app " + settings.clientId().strip();
        if (status == 401 || status == 403) {
            throw new ConnectorException(Kind.AUTHENTICATION, "Reddit refused the client id and secret of " + app
                    + " (HTTP " + status + "): copy them again from reddit.com/prefs/apps.");
        }
        if (status == 429) {
            throw ConnectorException.rateLimited("Reddit refuses sign-ins for now (HTTP 429); Chorus waits.",
                    RedditConnector.retryAfter(response));
        }
        if (status >= 500) {
            throw new ConnectorException(Kind.UNAVAILABLE, "Reddit sign-in fails (HTTP " + status
                    + "); Chorus retries later.");
        }
        if (status >= 400 && status != 400) {
            throw new ConnectorException(Kind.CONFIGURATION, "There is no Reddit sign-in at " + uri.getScheme()
                    + "://" + uri.getAuthority() + " (HTTP " + status + "): set the sign-in address back to"
                    + " https://www.reddit.com.");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Reddit sign-in answered HTTP " + status
                    + " with something that is not JSON; Chorus retries later.");
        }
        String error = body == null ? "" : body.path("error").asString("");
        if (!error.isEmpty() || status != 200) {
            // Reddit answers a wrong password with 200 {"error": "invalid_grant"}; the code is safe to show
            String code = error.replaceAll("[^A-Za-z0-9_ ]", "");
            throw new ConnectorException(Kind.AUTHENTICATION, asUser
                    ? "Reddit refused to sign in " + settings.username().strip() + " with " + app + " (" + code
                            + "): check the username and password; an account with two-factor authentication"
                            + " cannot sign in this way, and the app must be a \"script\" app of that account."
                    : "Reddit refused to sign in " + app + " (HTTP " + status + (code.isEmpty() ? "" : ", " + code)
                            + "): check the client id and secret at reddit.com/prefs/apps.");
        }
        String token = body.path("access_token").asString("");
        if (token.isBlank()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Reddit sign-in answered without an access token;"
                    + " Chorus retries later.");
        }
        long seconds = body.path("expires_in").asLong(3600);
        return new AccessToken(token, context.clock().instant().plusSeconds(Math.max(0, seconds)));
    }

    private static String key(RedditSettings settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {settings.authUrl(), settings.clientId(), settings.clientSecret(),
                    settings.username(), settings.password()}) {
                digest.update(part.strip().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
