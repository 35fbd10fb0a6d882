package io.chorus.source.bluesky.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Posts and replies as a brand's Bluesky account through its PDS. The record key of each post is a TID derived from
 * the idempotency key ({@link Tid#fromKey}): a retry writes to the same key, which the PDS refuses because the record
 * exists (a 500 on older PDS versions, an explicit error on newer ones), and the record found there is the answer.
 */
@Component(service = Publisher.class, configurationPid = BlueskyPublisher.SETTINGS_PID,
        configurationPolicy = ConfigurationPolicy.IGNORE)
@Designate(ocd = BlueskyAccountSettings.class, factory = true)
public final class BlueskyPublisher implements Publisher {

    static final String SETTINGS_PID = "io.chorus.source.bluesky.account";
    private static final ConnectorInfo INFO = new ConnectorInfo("bluesky", "Bluesky account",
            "Posts, replies and reads the reactions of a Bluesky account.", Set.of("bluesky"), SETTINGS_PID,
            BlueskyAccountSettings.class, Set.of("appPassword"), new RateLimit(1_500, Duration.ofHours(1)),
            Duration.ofMinutes(15));

    private final BlueskySessions sessions = new BlueskySessions();

    @Override
    public ConnectorInfo info() {
        return INFO;
    }

    @Override
    public Published publish(ConnectorContext context, Post post) throws ConnectorException, InterruptedException {
        if (!post.media().isEmpty()) {
            throw new ConnectorException(Kind.REJECTED, "This Bluesky connector cannot attach media yet: publish the "
                    + "post without its " + post.media().size() + " attachment(s) or attach them on Bluesky");
        }
        // Safe to repeat after a refused session: the record key makes a second attempt find the first.
        return asAccount(context, account -> publish(context, account, post));
    }

    private Published publish(ConnectorContext context, Account account, Post post)
            throws ConnectorException, InterruptedException {
        String rkey = Tid.fromKey(post.idempotencyKey());
        Instant createdAt = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode record = Xrpc.JSON.createObjectNode();
        record.put("$type", BlueskyPosts.POST_COLLECTION);
        record.put("text", post.text());
        record.put("createdAt", createdAt.toString());
        String language = post.options().getOrDefault("language", "");
        if (!language.isBlank()) {
            record.putArray("langs").add(language.strip());
        }
        if (post.isReply()) {
            record.set("reply", replyRefs(account, post.replyTo()));
        }
        ObjectNode body = Xrpc.JSON.createObjectNode();
        body.put("repo", account.session().did());
        body.put("collection", BlueskyPosts.POST_COLLECTION);
        body.put("rkey", rkey);
        body.set("record", record);
        JsonNode created;
        try {
            created = account.pds().procedure("com.atproto.repo.createRecord", body, account.session().accessJwt());
        } catch (Xrpc.XrpcException e) {
            // The record may exist: from an earlier attempt with the same key.
            if (e.status() >= 500 || e.status() == 409 || e.error().equals("RecordAlreadyExists")) {
                Optional<Published> earlier = existing(account, rkey);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            if (e.kind() == Kind.REJECTED) {
                throw new ConnectorException(Kind.REJECTED, "Bluesky did not take the post: " + e.getMessage(), e);
            }
            throw e;
        }
        String uri = BlueskyPosts.text(created, "uri");
        if (!uri.startsWith("at://")) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Bluesky (" + account.pds().host() + ") answered "
                    + "createRecord without the post's at:// uri; look at the account before publishing again");
        }
        return new Published(uri, BlueskyPosts.webUrl(account.session().handle(), uri), createdAt);
    }

    /** Root and parent strong refs: the parent's own root when it is itself a reply, else the parent. */
    private static ObjectNode replyRefs(Account account, String parentUri) throws ConnectorException, InterruptedException {
        JsonNode parent = onePost(account, parentUri);
        ObjectNode parentRef = Xrpc.JSON.createObjectNode();
        parentRef.put("uri", BlueskyPosts.text(parent, "uri"));
        parentRef.put("cid", BlueskyPosts.text(parent, "cid"));
        JsonNode root = parent.path("record").path("reply").path("root");
        ObjectNode reply = Xrpc.JSON.createObjectNode();
        reply.set("root", root.isObject() ? root.deepCopy() : parentRef.deepCopy());
        reply.set("parent", parentRef);
        return reply;
    }

    @Override
    public Optional<Published> findPublished(ConnectorContext context, Post post)
            throws ConnectorException, InterruptedException {
        return asAccount(context, account -> existing(account, Tid.fromKey(post.idempotencyKey())));
    }

    private static Optional<Published> existing(Account account, String rkey)
            throws ConnectorException, InterruptedException {
        JsonNode record;
        try {
            record = account.pds().query("com.atproto.repo.getRecord", Map.of("repo", account.session().did(),
                    "collection", BlueskyPosts.POST_COLLECTION, "rkey", rkey), account.session().accessJwt());
        } catch (ConnectorException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        String uri = BlueskyPosts.text(record, "uri");
        Instant createdAt = BlueskyPosts.instant(BlueskyPosts.text(record.path("value"), "createdAt"));
        if (uri.isEmpty() || createdAt == null) {
            throw new ConnectorException(Kind.BAD_RESPONSE, "Bluesky (" + account.pds().host() + ") answered "
                    + "getRecord without uri or createdAt for record " + rkey);
        }
        return Optional.of(new Published(uri, BlueskyPosts.webUrl(account.session().handle(), uri), createdAt));
    }

    @Override
    public PostMetrics metrics(ConnectorContext context, String postId) throws ConnectorException, InterruptedException {
        JsonNode post = asAccount(context, account -> onePost(account, postId));
        long reposts = BlueskyPosts.number(post, "repostCount");
        long quotes = BlueskyPosts.number(post, "quoteCount");
        return new PostMetrics(postId, context.clock().instant(), -1, BlueskyPosts.number(post, "likeCount"),
                BlueskyPosts.number(post, "replyCount"), reposts < 0 ? -1 : reposts + Math.max(quotes, 0), -1);
    }

    /** A post view by its at:// uri, through the PDS (which proxies app.bsky queries to the AppView). */
    private static JsonNode onePost(Account account, String uri) throws ConnectorException, InterruptedException {
        if (!uri.startsWith("at://")) {
            throw new ConnectorException(Kind.NOT_FOUND, "\"" + uri + "\" is not a Bluesky post uri (at://...)");
        }
        JsonNode posts = account.pds().query("app.bsky.feed.getPosts", Map.of("uris", uri),
                account.session().accessJwt()).path("posts");
        if (!posts.isArray() || posts.isEmpty()) {
            throw new ConnectorException(Kind.NOT_FOUND, "The Bluesky post " + uri + " does not exist any more");
        }
        return posts.get(0);
    }

    private record Account(Xrpc pds, BlueskySessions.Session session) {
    }

    private interface AccountCall<T> {
        T call(Account account) throws ConnectorException, InterruptedException;
    }

    /** Runs a call as the account; when the server refuses a kept session (expired, revoked), logs in once more. */
    private <T> T asAccount(ConnectorContext context, AccountCall<T> call) throws ConnectorException, InterruptedException {
        BlueskyAccountSettings settings = context.settings(BlueskyAccountSettings.class);
        Xrpc pds = new Xrpc(context, settings.pdsUrl(), "account server");
        BlueskySessions.Session session = sessions.session(context, pds, settings.handle(), settings.appPassword());
        try {
            return call.call(new Account(pds, session));
        } catch (Xrpc.XrpcException e) {
            if (e.kind() != Kind.AUTHENTICATION) {
                throw e;
            }
            sessions.forget(session);
            session = sessions.session(context, pds, settings.handle(), settings.appPassword());
            return call.call(new Account(pds, session));
        }
    }
}
