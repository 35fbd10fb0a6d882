package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of one source. Chorus renders the source form from this definition and passes the values back
 * through ConnectorContext.settings(ForumSettings.class). PASSWORD attributes are stored encrypted.
 */
@ObjectClassDefinition(pid = ForumConnector.SETTINGS_PID, name = "Discourse forum search",
        description = "Posts of a Discourse forum that match a search")
public @interface ForumSettings {

    @AttributeDefinition(name = "Forum address", description = "The forum's home page, https://forum.example.com")
    String baseUrl();

    @AttributeDefinition(name = "Search", description = "What to look for, in Discourse search syntax: acme kettle")
    String query();

    @AttributeDefinition(name = "API user", required = false,
            description = "The user the API key belongs to; empty for public forums")
    String apiUsername() default "";

    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, required = false,
            description = "A user API key (Admin, API, Keys); empty for public forums")
    String apiKey() default "";
}
