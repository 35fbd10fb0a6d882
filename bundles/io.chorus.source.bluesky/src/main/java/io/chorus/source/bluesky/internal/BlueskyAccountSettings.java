package io.chorus.source.bluesky.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of one brand account Chorus publishes to on Bluesky. */
@ObjectClassDefinition(id = BlueskyPublisher.SETTINGS_PID, name = "Bluesky account",
        description = "A Bluesky account that Chorus posts and replies as.")
public @interface BlueskyAccountSettings {

    @AttributeDefinition(name = "Handle", description = "The account's handle, such as acme.bsky.social")
    String handle();

    @AttributeDefinition(name = "App password", type = AttributeType.PASSWORD,
            description = "An app password of the account (Settings > Privacy and security > App passwords)")
    String appPassword();

    @AttributeDefinition(name = "Account server", description = "Where the account lives (its PDS)")
    String pdsUrl() default "https://bsky.social";
}
