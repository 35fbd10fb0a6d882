package io.chorus.source.bluesky.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of one Bluesky search source. */
@ObjectClassDefinition(id = BlueskySearchConnector.SETTINGS_PID, name = "Bluesky search",
        description = "Finds Bluesky posts with the public search (app.bsky.feed.searchPosts), newest first.")
public @interface BlueskySearchSettings {

    @AttributeDefinition(name = "Search service", description = "The AppView to search; the public one needs no account")
    String serviceUrl() default "https://public.api.bsky.app";

    @AttributeDefinition(name = "Query", description = "Search words; Lucene syntax such as \"acme kettle\" or from:handle works")
    String query();

    @AttributeDefinition(name = "Language", required = false,
            description = "Only posts in this language (two letters, such as ru or ja); empty for all")
    String language() default "";

    @AttributeDefinition(name = "Handle", required = false,
            description = "A Bluesky account to search as when the public search refuses, such as acme.bsky.social")
    String handle() default "";

    @AttributeDefinition(name = "App password", type = AttributeType.PASSWORD, required = false,
            description = "An app password of that account (not its main password)")
    String appPassword() default "";

    @AttributeDefinition(name = "Account server", description = "Where the account lives (its PDS)")
    String pdsUrl() default "https://bsky.social";

    @AttributeDefinition(name = "Posts per request", min = "1", max = "100")
    int pageSize() default 50;

    @AttributeDefinition(name = "Pages of history", min = "1", max = "100",
            description = "How many pages of older posts a new source reads before following new ones")
    int historyPages() default 3;
}
