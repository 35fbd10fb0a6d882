package io.chorus.source.vk.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls VK API methods. The token goes in a POST body, never in the URL, so no proxy or access log sees it; VK's
 * error codes (dev.vk.com/ru/reference/errors) become {@link ConnectorException} kinds.
 */
final class VkApi {

    static final String VERSION = "5.199";
    /** Error 29 means the daily quota of the method is used up; VK does not say when it resets. */
    static final Duration QUOTA_RETRY = Duration.ofHours(1);
    static final Duration PER_SECOND_RETRY = Duration.ofSeconds(1);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ConnectorContext context;
    private final String base;
    private final String token;

    VkApi(ConnectorContext context, VkSettings settings) throws ConnectorException {
        this.context = context;
        this.base = settings.apiBase().replaceAll("/+$", "");
        this.token = settings.accessToken() == null ? "" : settings.accessToken().strip();
        if (token.isEmpty()) {
            throw new ConnectorException(Kind.AUTHENTICATION,
                    "No VK access token: create a service key for your VK app and paste it into the source settings");
        }
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            throw new ConnectorException(Kind.CONFIGURATION, "The VK API base '" + base + "' is not an http(s) URL");
        }
    }

    /** Returns the "response" object of a method call. */
    JsonNode call(String method, Map<String, String> parameters) throws ConnectorException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("v", VERSION);
        form.put("access_token", token);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + method))
                .timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "VK " + method + " could not be reached: " + e, e);
        }
        return read(method, response);
    }

    private static JsonNode read(String method, HttpResponse<byte[]> response) throws ConnectorException {
        int status = response.statusCode();
        if (status == 429) {
            Duration wait = response.headers().firstValue("Retry-After").map(VkApi::seconds).orElse(PER_SECOND_RETRY);
            throw ConnectorException.rateLimited("VK asks to slow down (HTTP 429)", wait);
        }
        if (status >= 500) {
            throw new ConnectorException(Kind.UNAVAILABLE, "VK " + method + " failed with HTTP " + status);
        }
        // VK reports its own errors with 200 and an error object; these statuses come from whatever is at the base.
        if (status == 401 || status == 403) {
            throw new ConnectorException(Kind.AUTHENTICATION, "VK " + method + " was refused with HTTP " + status
                    + ": check the access token");
        }
        if (status == 404) {
            throw new ConnectorException(Kind.CONFIGURATION, "VK " + method + " does not exist at this API base "
                    + "(HTTP 404): check the API base in the advanced settings");
        }
        JsonNode root;
        try {
            root = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "VK " + method + " answered HTTP " + status
                    + " with something that is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "VK " + method + " answered HTTP " + status
                    + " without a JSON object");
        }
        JsonNode error = root.path("error");
        if (error.isObject()) {
            throw error(method, error.path("error_code").asInt(0), error.path("error_msg").asString(""));
        }
        JsonNode result = root.path("response");
        if (result.isMissingNode() || result.isNull()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "VK " + method + " answered HTTP " + status
                    + " with neither \"response\" nor \"error\"");
        }
        return result;
    }

    static ConnectorException error(String method, int code, String message) {
        String said = "VK " + method + " error " + code + " (" + message + ")";
        return switch (code) {
            case 5 -> new ConnectorException(Kind.AUTHENTICATION,
                    said + ": the access token is invalid or expired; create a new one and update the source");
            case 6 -> ConnectorException.rateLimited(said + ": more than 3 requests per second with this token",
                    PER_SECOND_RETRY);
            case 9, 29 -> ConnectorException.rateLimited(said + ": the token's quota for this method is used up",
                    QUOTA_RETRY);
            case 15, 18, 30, 203 -> new ConnectorException(Kind.CONFIGURATION,
                    said + ": the wall is private, deleted or closed to this token; choose a public one");
            case 100, 113 -> new ConnectorException(Kind.CONFIGURATION,
                    said + ": check the wall name or the query in the source settings");
            case 1, 10 -> new ConnectorException(Kind.UNAVAILABLE, said + ": VK failed; Chorus will retry");
            case 27, 28 -> new ConnectorException(Kind.AUTHENTICATION,
                    said + ": this method needs a different kind of token (a service key or a user token)");
            default -> new ConnectorException(Kind.BAD_RESPONSE, said);
        };
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return PER_SECOND_RETRY;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
