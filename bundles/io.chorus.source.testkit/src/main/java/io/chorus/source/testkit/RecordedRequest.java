package io.chorus.source.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request as the {@link ReplayServer} received it.
 *
 * @param method  the HTTP method, upper case
 * @param path    the decoded path, without the query
 * @param query   the raw (still encoded) query without {@code ?}, or empty
 * @param headers the headers by lower-case name
 * @param body    the body decoded as UTF-8, or empty
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              String body) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** The first value of a query parameter, decoded; null when absent, empty when given without a value. */
    public String queryParam(String name) {
        if (query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The first value of a header, by any case of its name; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path with its query, as the client asked for it. */
    public String pathAndQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Method and path only: headers may carry tokens, which must not end up in test reports. */
    @Override
    public String toString() {
        return method + " " + pathAndQuery();
    }
}
