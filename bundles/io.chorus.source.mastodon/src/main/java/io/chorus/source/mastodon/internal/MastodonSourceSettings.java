package io.chorus.source.mastodon.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one Mastodon source: which instance, and which of its timelines or searches to follow. */
@ObjectClassDefinition(id = MastodonConnector.SETTINGS_PID, name = "Mastodon source",
        description = "Follows a hashtag, the public timeline or a status search on one Mastodon instance.")
public @interface MastodonSourceSettings {

    String MODE_HASHTAG = "hashtag";
    String MODE_LOCAL = "public-local";
    String MODE_FEDERATED = "public-federated";
    String MODE_SEARCH = "search";

    @AttributeDefinition(name = "Instance URL", description = "The Mastodon server to read from, such as https://mastodon.social")
    String instanceUrl() default "https://mastodon.social";

    @AttributeDefinition(name = "What to follow", options = {
            @Option(value = MODE_HASHTAG, label = "Hashtag timeline"),
            @Option(value = MODE_LOCAL, label = "Public timeline of this instance"),
            @Option(value = MODE_FEDERATED, label = "Federated public timeline"),
            @Option(value = MODE_SEARCH, label = "Search statuses (needs an access token)")})
    String mode() default MODE_HASHTAG;

    @AttributeDefinition(name = "Hashtag or query",
            description = "The hashtag without # (hashtag mode) or the search words (search mode)", required = false)
    String query() default "";

    @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD, required = false,
            description = "A token of an application on this instance with scope read:statuses; needed for search "
                    + "and on instances that close their public timelines")
    String accessToken() default "";

    @AttributeDefinition(name = "Statuses per request", min = "1", max = "40")
    int pageSize() default 40;

    @AttributeDefinition(name = "Pages of history", min = "1", max = "100",
            description = "How many pages of older statuses a new source reads before following new ones")
    int historyPages() default 3;
}
