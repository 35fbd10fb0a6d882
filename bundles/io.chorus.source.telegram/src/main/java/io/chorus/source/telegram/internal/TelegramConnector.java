package io.chorus.source.telegram.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.RateLimit;
import io.chorus.source.api.SourceConnector;
import io.chorus.source.api.SourceItem;
import tools.jackson.databind.JsonNode;

/**
 * Telegram channels, two ways: the public preview page t.me/s/&lt;channel&gt; (no account needed, pages back with
 * before=&lt;message number&gt;), or the Bot API's getUpdates for channels where the bot is an admin. The configuration
 * of this component is ignored: the PID only carries the metatype form of each source.
 */
@Component(service = SourceConnector.class, configurationPid = TelegramConnector.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = TelegramSettings.class, factory = true)
public final class TelegramConnector implements SourceConnector {

    static final String PID = "io.chorus.source.telegram";
    static final String MODE_PREVIEW = "preview";
    static final String MODE_BOT = "bot";
    static final int UPDATES_PAGE = 100;
    /** After a long pause a busy channel is caught up this many pages back at most (about 1,000 posts). */
    static final int MAX_CATCH_UP_PAGES = 50;
    private static final String ALLOWED_UPDATES = "[\"channel_post\",\"edited_channel_post\"]";

    private static final ConnectorInfo INFO = new ConnectorInfo("telegram", "Telegram",
            "Posts of public Telegram channels, from their preview pages or through your bot", Set.of("telegram"),
            PID, TelegramSettings.class, Set.of("botToken"), RateLimit.perMinute(20), Duration.ofMinutes(10));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Page poll(ConnectorContext context, Cursor cursor) throws ConnectorException, InterruptedException {
        TelegramSettings settings = context.settings(TelegramSettings.class);
        return MODE_BOT.equals(settings.mode()) ? pollBot(context, settings, cursor)
                : pollPreview(context, settings, PreviewCursor.parse(cursor));
    }

    private static Page pollPreview(ConnectorContext context, TelegramSettings settings, PreviewCursor at)
            throws ConnectorException, InterruptedException {
        ChannelPreview page = fetchPreview(context, settings, at.before());
        List<SourceItem> items = new ArrayList<>();
        long lowest = Long.MAX_VALUE;
        long highest = 0;
        for (ChannelPreview.Message message : page.messages()) {
            lowest = Math.min(lowest, message.number());
            highest = Math.max(highest, message.number());
            if (message.number() > at.newest()) {
                items.add(message.item());
            }
        }
        int pages = at.pages() + 1;
        // A new source reads historyPages pages back; a known one pages back until it meets its newest message.
        boolean olderExist = !page.messages().isEmpty() && lowest > 1;
        boolean wanted = at.newest() == 0 ? pages < Math.max(1, settings.historyPages())
                : lowest > at.newest() + 1 && pages < MAX_CATCH_UP_PAGES;
        if (olderExist && wanted) {
            return Page.more(items, new PreviewCursor(at.newest(), Math.max(at.top(), highest), lowest, pages)
                    .toCursor());
        }
        long newest = Math.max(at.newest(), Math.max(at.top(), highest));
        return Page.last(items, new PreviewCursor(newest, 0, 0, 0).toCursor());
    }

    private static ChannelPreview fetchPreview(ConnectorContext context, TelegramSettings settings, long before)
            throws ConnectorException, InterruptedException {
        String channel = channel(settings);
        String base = settings.previewBase().replaceAll("/+$", "");
        URI uri = URI.create(base + "/s/" + channel + (before > 0 ? "?before=" + before : ""));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(context.requestTimeout())
                .header("User-Agent", context.userAgent()).header("Accept", "text/html").GET().build();
        HttpResponse<String> response;
        try {
            response = context.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConnectorException(Kind.UNAVAILABLE, "t.me could not be reached for " + uri + ": " + e, e);
        }
        int status = response.statusCode();
        if (status == 429) {
            long wait = response.headers().firstValue("Retry-After").map(String::strip)
                    .filter(v -> v.matches("\\d+")).map(Long::parseLong).orElse(60L);
            throw ConnectorException.rateLimited("t.me asks to slow down (HTTP 429)", Duration.ofSeconds(wait));
        }
        if (status >= 500) {
            throw new ConnectorException(Kind.UNAVAILABLE, "t.me answered HTTP " + status + " for " + uri);
        }
        if (status == 401 || status == 403 || status == 404 || !response.uri().getPath().startsWith("/s/")) {
            // t.me redirects /s/<name> to /<name> when the channel does not exist or hides its preview.
            throw new ConnectorException(Kind.CONFIGURATION, "The channel '" + channel + "' has no public preview at "
                    + base + "/s/" + channel + ": check the name, or use the Bot API mode for a private channel");
        }
        if (status != 200) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "t.me answered HTTP " + status + " for " + uri);
        }
        ChannelPreview page = ChannelPreview.parse(response.body(), uri.toString());
        if (!page.looksLikeChannel()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "The page " + uri + " is not a Telegram channel preview"
                    + " (no channel header, no messages): Telegram may have changed its markup");
        }
        return page;
    }

    private static Page pollBot(ConnectorContext context, TelegramSettings settings, Cursor cursor)
            throws ConnectorException, InterruptedException {
        long offset;
        try {
            offset = cursor.isStart() ? 0 : Long.parseLong(cursor.value());
        } catch (NumberFormatException e) {
            throw new ConnectorException(Kind.CONFIGURATION,
                    "The stored Bot API cursor '" + cursor.value() + "' is damaged; reset the source to start over");
        }
        String query = "offset=" + offset + "&limit=" + UPDATES_PAGE + "&timeout=0&allowed_updates="
                + URLEncoder.encode(ALLOWED_UPDATES, StandardCharsets.UTF_8);
        JsonNode updates = new BotApi(context, settings).call("getUpdates", query);
        if (!updates.isArray()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "The Bot API answered getUpdates without a list");
        }
        String only = settings.channel().isBlank() ? "" : channel(settings).toLowerCase(Locale.ROOT);
        List<SourceItem> items = new ArrayList<>();
        long next = offset;
        for (JsonNode update : updates) {
            next = Math.max(next, update.path("update_id").asLong() + 1);
            SourceItem item = BotApi.item(update);
            if (item != null && (only.isEmpty() || only.equals(BotApi.channelOf(update)))) {
                items.add(item);
            }
        }
        Cursor after = new Cursor(String.valueOf(next));
        return updates.size() >= UPDATES_PAGE ? Page.more(items, after) : Page.last(items, after);
    }

    @Override
    public String check(ConnectorContext context) throws ConnectorException, InterruptedException {
        TelegramSettings settings = context.settings(TelegramSettings.class);
        if (MODE_BOT.equals(settings.mode())) {
            JsonNode me = new BotApi(context, settings).call("getMe", "");
            return "Bot @" + me.path("username").asString("?") + " accepted; it reads the channels where it is an admin";
        }
        ChannelPreview page = fetchPreview(context, settings, 0);
        return "Channel found: " + (page.title().isEmpty() ? channel(settings) : page.title()) + ", "
                + page.messages().size() + " recent posts on its preview page";
    }

    /** Bot sources share a budget per bot (a hash of its token, never the token); previews share t.me's. */
    @Override
    public String rateScope(ConnectorContext context) {
        TelegramSettings settings = context.settings(TelegramSettings.class);
        if (!MODE_BOT.equals(settings.mode())) {
            return "telegram:preview";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(settings.botToken().strip().getBytes(StandardCharsets.UTF_8));
            return "telegram:bot:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String channel(TelegramSettings settings) throws ConnectorException {
        String channel = settings.channel() == null ? "" : settings.channel().strip()
                .replaceFirst("^(https?://)?(t\\.me|telegram\\.me)/(s/)?", "").replaceFirst("^@", "")
                .replaceAll("/+$", "");
        if (!channel.matches("[A-Za-z][A-Za-z0-9_]{3,31}")) {
            throw new ConnectorException(Kind.CONFIGURATION, "'" + settings.channel() + "' is not a public channel "
                    + "name: enter the name from its link, e.g. durov for https://t.me/durov");
        }
        return channel;
    }

    /**
     * Preview paging: the newest message number delivered, the highest of the round under way, before= and how many
     * pages the round has read.
     */
    record PreviewCursor(long newest, long top, long before, int pages) {

        static PreviewCursor parse(Cursor cursor) throws ConnectorException {
            if (cursor.isStart()) {
                return new PreviewCursor(0, 0, 0, 0);
            }
            String[] parts = cursor.value().split(":");
            try {
                if (parts.length == 1) {
                    return new PreviewCursor(Long.parseLong(parts[0]), 0, 0, 0);
                }
                if (parts.length == 4) {
                    return new PreviewCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                            Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConnectorException(Kind.CONFIGURATION,
                    "The stored preview cursor '" + cursor.value() + "' is damaged; reset the source to start over");
        }

        /** The highest message number seen alone when the round is done, so the cursor reads as what it is. */
        Cursor toCursor() {
            return new Cursor(before == 0 ? String.valueOf(newest) : newest + ":" + top + ":" + before + ":" + pages);
        }
    }
}
