package io.chorus.source.bluesky.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Logs in with a handle and app password (com.atproto.server.createSession) and keeps the session until its access
 * token expires: createSession is limited to 30 calls per 5 minutes per account, far fewer than polls. The cache is
 * keyed by a hash of the credentials, so a changed password logs in again; it holds no secret in its keys.
 */
final class BlueskySessions {

    /** A logged-in account. */
    record Session(String did, String handle, String accessJwt, Instant expires) {
        @Override
        public String toString() {
            return "Session[" + handle + "]";
        }
    }

    private static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Session session(ConnectorContext context, Xrpc pds, String identifier, String appPassword)
            throws ConnectorException, InterruptedException {
        if (identifier == null || identifier.isBlank() || appPassword == null || appPassword.isBlank()) {
            throw new ConnectorException(Kind.AUTHENTICATION, "Bluesky needs a handle and an app password for this: "
                    + "create an app password under Settings > Privacy and security > App passwords and enter both");
        }
        String key = key(pds.host(), identifier.strip(), appPassword);
        Session cached = sessions.get(key);
        Instant now = context.clock().instant();
        if (cached != null && now.plus(SAFETY_MARGIN).isBefore(cached.expires())) {
            return cached;
        }
        ObjectNode body = Xrpc.JSON.createObjectNode();
        body.put("identifier", identifier.strip().replaceFirst("^@", ""));
        body.put("password", appPassword);
        JsonNode answer;
        try {
            answer = pds.procedure("com.atproto.server.createSession", body, null);
        } catch (ConnectorException e) {
            if (e.kind() == Kind.REJECTED || e.kind() == Kind.AUTHENTICATION) {
                throw new ConnectorException(Kind.AUTHENTICATION, "Bluesky (" + pds.host() + ") did not accept the "
                        + "handle \"" + identifier.strip() + "\" with this app password: check both, or create a new "
                        + "app password", e);
            }
            if (e.kind() == Kind.NOT_FOUND) {
                throw new ConnectorException(Kind.CONFIGURATION, e.getMessage() + ": check the account server URL", e);
            }
            throw e;
        }
        String accessJwt = BlueskyPosts.text(answer, "accessJwt");
        String did = BlueskyPosts.text(answer, "did");
        if (accessJwt.isEmpty() || did.isEmpty()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Bluesky (" + pds.host() + ") logged in without giving "
                    + "an access token or DID; try again later");
        }
        Session session = new Session(did, BlueskyPosts.text(answer, "handle"), accessJwt, expiry(accessJwt, now));
        sessions.put(key, session);
        return session;
    }

    /** Forgets a session the server called expired or invalid, so the next call logs in again. */
    void forget(Session session) {
        sessions.values().remove(session);
    }

    /** The "exp" claim of the JWT; an hour when it cannot be read (access tokens live about two). */
    static Instant expiry(String jwt, Instant now) {
        String[] parts = jwt.split("\\.");
        if (parts.length == 3) {
            try {
                JsonNode claims = Xrpc.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
                if (claims.path("exp").isNumber()) {
                    return Instant.ofEpochSecond(claims.get("exp").asLong());
                }
            } catch (RuntimeException e) {
                // not a readable JWT: fall back to the hour
            }
        }
        return now.plus(Duration.ofHours(1));
    }

    private static String key(String host, String identifier, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((host + "\n" + identifier + "\n" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
