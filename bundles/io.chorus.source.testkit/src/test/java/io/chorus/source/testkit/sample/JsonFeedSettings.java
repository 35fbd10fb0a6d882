package io.chorus.source.testkit.sample;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(pid = JsonFeedConnector.SETTINGS_PID, name = "JSON Feed",
        description = "A feed in the JSON Feed 1.1 format (jsonfeed.org)")
@interface JsonFeedSettings {

    @AttributeDefinition(name = "Feed URL", description = "The address of the feed, https://example.org/feed.json")
    String feed_url();

    @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD, required = false,
            description = "Sent as a bearer token to private feeds")
    String token() default "";
}
