package io.chorus.source.bluesky.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of one Jetstream firehose source. */
@ObjectClassDefinition(id = JetstreamConnector.SETTINGS_PID, name = "Bluesky firehose (Jetstream)",
        description = "Every new Bluesky post as it is written, kept when it contains one of the keywords.")
public @interface JetstreamSettings {

    @AttributeDefinition(name = "Jetstream URL", description = "A Jetstream instance's subscribe endpoint")
    String jetstreamUrl() default "wss://jetstream2.us-east.bsky.network/subscribe";

    @AttributeDefinition(name = "Keywords", description = "Posts containing any of these words or phrases are kept, "
            + "ignoring case; separate them with commas or new lines")
    String keywords();

    @AttributeDefinition(name = "Languages", required = false,
            description = "Only posts declaring one of these languages (two letters, comma-separated); empty for all")
    String languages() default "";
}
