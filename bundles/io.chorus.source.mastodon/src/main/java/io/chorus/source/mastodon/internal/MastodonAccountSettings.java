package io.chorus.source.mastodon.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one brand account Chorus publishes to. */
@ObjectClassDefinition(id = MastodonPublisher.SETTINGS_PID, name = "Mastodon account",
        description = "A Mastodon account that Chorus posts and replies as.")
public @interface MastodonAccountSettings {

    @AttributeDefinition(name = "Instance URL", description = "The account's server, such as https://mastodon.social")
    String instanceUrl() default "https://mastodon.social";

    @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD,
            description = "A token of an application on this instance with scopes read and write:statuses")
    String accessToken();

    @AttributeDefinition(name = "Default visibility", options = {
            @Option(value = "public", label = "Public"),
            @Option(value = "unlisted", label = "Unlisted"),
            @Option(value = "private", label = "Followers only"),
            @Option(value = "direct", label = "Mentioned people only")})
    String visibility() default "public";
}
