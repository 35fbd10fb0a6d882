package io.chorus.source.mastodon.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.SourceItem;
import tools.jackson.databind.JsonNode;

/** Reads Mastodon Status entities (docs.joinmastodon.org/entities/Status) into source items. */
final class MastodonStatuses {

    static final String PLATFORM = "mastodon";

    private MastodonStatuses() {
    }

    /**
     * The item for a status; a reblog becomes the status it boosts, since that is what was written.
     *
     * @param instanceHost qualifies local accounts' acct ("alice" on mastodon.social is alice@mastodon.social)
     */
    static SourceItem toItem(JsonNode status, String instanceHost) throws ConnectorException {
        JsonNode original = status.path("reblog").isObject() ? status.get("reblog") : status;
        String id = text(original, "uri");
        if (id.isEmpty()) {
            id = text(original, "id");
        }
        if (id.isEmpty()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "A status from " + instanceHost
                    + " has neither \"uri\" nor \"id\": the answer is not a Mastodon status list");
        }
        JsonNode account = original.path("account");
        String url = text(original, "url");
        return new SourceItem(id, PLATFORM, url.isEmpty() ? text(original, "uri") : url,
                author(account, instanceHost), instant(text(original, "created_at")),
                text(original, "spoiler_text"), HtmlText.toPlainText(text(original, "content")),
                text(original, "language"), "", text(original, "in_reply_to_id"),
                new SourceItem.Metrics(number(account, "followers_count"), number(original, "favourites_count"),
                        number(original, "replies_count"), number(original, "reblogs_count"), -1));
    }

    /** "Display Name (@user@host)", or the handle alone when the account has no display name. */
    static String author(JsonNode account, String instanceHost) {
        String acct = text(account, "acct");
        if (acct.isEmpty()) {
            return text(account, "display_name");
        }
        String handle = "@" + (acct.contains("@") ? acct : acct + "@" + instanceHost);
        String name = text(account, "display_name").strip();
        return name.isEmpty() ? handle : name + " (" + handle + ")";
    }

    /** A string field, or empty when absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }

    static long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asLong() : -1;
    }

    static Instant instant(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mastodon ids are numeric strings (snowflakes) on current servers: longer is newer, else compare text. */
    static int compareIds(String a, String b) {
        if (a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
