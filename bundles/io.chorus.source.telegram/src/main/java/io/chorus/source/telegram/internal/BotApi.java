package io.chorus.source.telegram.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.SourceItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram Bot API (core.telegram.org/bots/api). The token is part of every URL, so no URL and no exception of
 * the HTTP client (whose messages may quote the URL) ever reaches a message, a log or a cause.
 */
final class BotApi {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ConnectorContext context;
    private final String base;
    private final String token;

    BotApi(ConnectorContext context, TelegramSettings settings) throws ConnectorException {
        this.context = context;
        this.base = settings.botApiBase().replaceAll("/+$", "");
        this.token = settings.botToken() == null ? "" : settings.botToken().strip();
        if (!token.matches("\\d+:[A-Za-z0-9_-]+")) {
            throw new ConnectorException(Kind.AUTHENTICATION, "The bot token is missing or not in the form "
                    + "123456789:AA...: copy it from @BotFather into the source settings");
        }
    }

    /** The "result" of a method; {@code query} is already encoded. */
    JsonNode call(String method, String query) throws ConnectorException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + method
                        + (query.isEmpty() ? "" : "?" + query)))
                .timeout(context.requestTimeout()).header("User-Agent", context.userAgent()).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "The Bot API did not answer " + method + " in time");
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "The Bot API could not be reached for " + method + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new ConnectorException(response.statusCode() >= 500 ? Kind.UNAVAILABLE : Kind.BAD_RESPONSE,
                    "The Bot API answered " + method + " with HTTP " + response.statusCode() + " and no JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ConnectorException(response.statusCode() >= 500 ? Kind.UNAVAILABLE : Kind.BAD_RESPONSE,
                    "The Bot API answered " + method + " with HTTP " + response.statusCode() + " and no JSON object");
        }
        if (!root.path("ok").asBoolean(false)) {
            throw error(method, root, response.statusCode());
        }
        return root.path("result");
    }

    private static ConnectorException error(String method, JsonNode root, int status) {
        int code = root.path("error_code").asInt(status);
        String said = "The Bot API refused " + method + ": " + code + " " + root.path("description").asString("");
        return switch (code) {
            case 401, 404 -> new ConnectorException(Kind.AUTHENTICATION,
                    said + ". The bot token is wrong or was revoked: get the current one from @BotFather");
            case 403 -> new ConnectorException(Kind.CONFIGURATION,
                    said + ". Add the bot to the channel as an admin");
            case 409 -> new ConnectorException(Kind.CONFIGURATION,
                    said + ". Another program reads this bot's updates (a webhook or a second poller): "
                            + "give Chorus its own bot, or delete the webhook");
            case 429 -> ConnectorException.rateLimited(said,
                    Duration.ofSeconds(Math.max(1, root.path("parameters").path("retry_after").asLong(1))));
            case 400 -> new ConnectorException(Kind.CONFIGURATION, said);
            default -> new ConnectorException(code >= 500 ? Kind.UNAVAILABLE : Kind.BAD_RESPONSE, said);
        };
    }

    /** A channel_post or edited_channel_post as an item, or null for anything else. */
    static SourceItem item(JsonNode update) {
        JsonNode post = update.path("channel_post");
        if (!post.isObject()) {
            post = update.path("edited_channel_post");
        }
        if (!post.isObject() || !post.path("message_id").isNumber()) {
            return null;
        }
        JsonNode chat = post.path("chat");
        long number = post.path("message_id").asLong();
        String username = chat.path("username").asString("");
        // Private channels have no username: t.me/c/<id without the -100 prefix>/<n> opens them for members.
        String channel = username.isEmpty() ? "c/" + String.valueOf(chat.path("id").asLong()).replaceFirst("^-100", "")
                : username;
        String text = post.path("text").asString(post.path("caption").asString(""));
        String author = post.path("author_signature").asString(chat.path("title").asString(username));
        long date = post.path("date").asLong(0);
        JsonNode origin = post.path("forward_origin");
        String parent = origin.path("chat").path("username").asString("").isEmpty() ? ""
                : origin.path("chat").path("username").asString() + "/" + origin.path("message_id").asLong();
        return new SourceItem(channel + "/" + number, "telegram", "https://t.me/" + channel + "/" + number, author,
                date > 0 ? Instant.ofEpochSecond(date) : null, "", text, "", "", parent, SourceItem.Metrics.UNKNOWN);
    }

    /** The channel an update belongs to, lower case, for the channel filter. */
    static String channelOf(JsonNode update) {
        JsonNode post = update.has("channel_post") ? update.path("channel_post") : update.path("edited_channel_post");
        return post.path("chat").path("username").asString("").toLowerCase(java.util.Locale.ROOT);
    }
}
