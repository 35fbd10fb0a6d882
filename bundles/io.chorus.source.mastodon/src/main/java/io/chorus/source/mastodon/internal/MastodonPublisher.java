package io.chorus.source.mastodon.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.ConnectorInfo;
import io.chorus.source.api.Post;
import io.chorus.source.api.PostMetrics;
import io.chorus.source.api.Published;
import io.chorus.source.api.Publisher;
import io.chorus.source.api.RateLimit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts and replies as a brand's Mastodon account. Mastodon keeps an {@code Idempotency-Key} for an hour, so a retried
 * call returns the first status instead of posting twice; after longer outages {@link #findPublished} scans the
 * account's recent statuses for the same text.
 */
@Component(service = Publisher.class, configurationPid = MastodonPublisher.SETTINGS_PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = MastodonAccountSettings.class, factory = true)
public final class MastodonPublisher implements Publisher {

    static final String SETTINGS_PID = "io.chorus.source.mastodon.account";
    private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private", "direct");
    private static final ConnectorInfo INFO = new ConnectorInfo("mastodon", "Mastodon account",
            "Posts, replies and reads the reactions of a Mastodon account.", Set.of("mastodon"), SETTINGS_PID,
            MastodonAccountSettings.class, Set.of("accessToken"), new RateLimit(300, Duration.ofMinutes(5)),
            Duration.ofMinutes(15));

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Published publish(ConnectorContext context, Post post) throws ConnectorException, InterruptedException {
        MastodonAccountSettings settings = context.settings(MastodonAccountSettings.class);
        MastodonApi api = api(context, settings);
        if (!post.media().isEmpty()) {
            throw new ConnectorException(Kind.REJECTED, "This Mastodon connector cannot attach media yet: publish "
                    + "the post without its " + post.media().size() + " attachment(s) or attach them on Mastodon");
        }
        String visibility = post.options().getOrDefault("visibility", settings.visibility());
        if (!VISIBILITIES.contains(visibility)) {
            throw new ConnectorException(Kind.REJECTED, "Unknown Mastodon visibility \"" + visibility
                    + "\": use public, unlisted, private or direct");
        }
        ObjectNode body = MastodonApi.JSON.createObjectNode();
        body.put("status", post.text());
        body.put("visibility", visibility);
        if (post.isReply()) {
            body.put("in_reply_to_id", post.replyTo());
        }
        copyOption(post, body, "spoiler_text");
        copyOption(post, body, "language");
        if (post.options().containsKey("sensitive")) {
            body.put("sensitive", Boolean.parseBoolean(post.options().get("sensitive")));
        }
        JsonNode status;
        try {
            status = api.post("/api/v1/statuses", body, post.idempotencyKey()).json();
        } catch (ConnectorException e) {
            if (e.kind() == Kind.NOT_FOUND && post.isReply()) {
                throw new ConnectorException(Kind.NOT_FOUND, "The status to reply to (" + post.replyTo()
                        + ") does not exist on " + api.host() + " any more", e);
            }
            throw e;
        }
        return published(status, api.host());
    }

    private static void copyOption(Post post, ObjectNode body, String name) {
        String value = post.options().get(name);
        if (value != null && !value.isBlank()) {
            body.put(name, value);
        }
    }

    @Override
    public Optional<Published> findPublished(ConnectorContext context, Post post)
            throws ConnectorException, InterruptedException {
        MastodonAccountSettings settings = context.settings(MastodonAccountSettings.class);
        MastodonApi api = api(context, settings);
        String accountId = MastodonStatuses.text(api.get("/api/v1/accounts/verify_credentials", Map.of()).json(), "id");
        if (accountId.isEmpty()) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Mastodon (" + api.host() + ") did not say which "
                    + "account the token belongs to (no \"id\" in verify_credentials)");
        }
        JsonNode statuses = api.get("/api/v1/accounts/" + accountId + "/statuses",
                Map.of("limit", "40", "exclude_reblogs", "true")).json();
        String wanted = normalise(post.text());
        for (JsonNode status : statuses) {
            boolean sameText = normalise(HtmlText.toPlainText(MastodonStatuses.text(status, "content"))).equals(wanted);
            boolean sameParent = MastodonStatuses.text(status, "in_reply_to_id").equals(post.replyTo());
            if (sameText && sameParent) {
                return Optional.of(published(status, api.host()));
            }
        }
        return Optional.empty();
    }

    /** Mastodon turns the posted text into HTML (links, paragraphs); compare the words, not the markup. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Override
    public PostMetrics metrics(ConnectorContext context, String postId) throws ConnectorException, InterruptedException {
        MastodonApi api = api(context, context.settings(MastodonAccountSettings.class));
        if (!postId.matches("[A-Za-z0-9]+")) {
            throw new ConnectorException(Kind.NOT_FOUND, "\"" + postId + "\" is not a Mastodon status id");
        }
        JsonNode status = api.get("/api/v1/statuses/" + postId, Map.of()).json();
        return new PostMetrics(postId, context.clock().instant(), -1, MastodonStatuses.number(status, "favourites_count"),
                MastodonStatuses.number(status, "replies_count"), MastodonStatuses.number(status, "reblogs_count"),
                MastodonStatuses.number(status.path("account"), "followers_count"));
    }

    private static MastodonApi api(ConnectorContext context, MastodonAccountSettings settings) throws ConnectorException {
        MastodonApi api = new MastodonApi(context, settings.instanceUrl(), settings.accessToken());
        if (!api.hasToken()) {
            throw new ConnectorException(Kind.AUTHENTICATION, "The Mastodon account has no access token: enter one "
                    + "with the read and write:statuses scopes in the account's settings");
        }
        return api;
    }

    private static Published published(JsonNode status, String host) throws ConnectorException {
        String id = MastodonStatuses.text(status, "id");
        java.time.Instant created = MastodonStatuses.instant(MastodonStatuses.text(status, "created_at"));
        if (id.isEmpty() || created == null) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Mastodon (" + host + ") answered without the status's "
                    + "id or created_at; look at the account before publishing again");
        }
        return new Published(id, MastodonStatuses.text(status, "url"), created);
    }
}
