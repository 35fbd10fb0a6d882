package io.chorus.source.vk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one VK source. */
@ObjectClassDefinition(id = VkConnector.PID, name = "VK",
        description = "Posts from VK through its API: a search over all public posts, or one wall")
public @interface VkSettings {

    @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD,
            description = "A service key of your VK app (vk.com/apps?act=manage) or a user token with the wall scope")
    String accessToken() default "";

    @AttributeDefinition(name = "Mode", description = "What to collect", options = {
            @Option(value = VkConnector.MODE_SEARCH, label = "Search public posts (newsfeed.search)"),
            @Option(value = VkConnector.MODE_WALL, label = "One community or person's wall (wall.get)")})
    String mode() default VkConnector.MODE_SEARCH;

    @AttributeDefinition(name = "Search query", required = false,
            description = "For search: words as you would type them in VK search, e.g. acme OR акме")
    String query() default "";

    @AttributeDefinition(name = "Wall", required = false,
            description = "For a wall: the community's short name (acme) or its numeric owner id (-12345 for a community)")
    String wall() default "";

    @AttributeDefinition(name = "Look back (days)",
            description = "How far back the first poll goes")
    int lookBackDays() default 7;

    @AttributeDefinition(name = "API base", description = "Advanced: the VK API endpoint")
    String apiBase() default "https://api.vk.com/method";
}
