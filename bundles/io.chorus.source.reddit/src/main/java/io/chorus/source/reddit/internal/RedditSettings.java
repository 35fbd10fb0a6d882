package io.chorus.source.reddit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of one Reddit source; the workbench renders its form from this definition. Reddit needs an app the
 * user registers at reddit.com/prefs/apps: its id and secret, and for a "script" app the account that owns it.
 */
@ObjectClassDefinition(name = "Reddit source",
        description = "New posts on Reddit that match a search, everywhere or in chosen subreddits")
public @interface RedditSettings {

    @AttributeDefinition(name = "Search", description = "Words or a \"quoted phrase\", as in Reddit's search box"
            + " (for example: acme OR \"acme cloud\")")
    String query();

    @AttributeDefinition(name = "Subreddits", description = "Search only these subreddits (names without r/);"
            + " empty searches all of Reddit", required = false)
    String[] subreddits() default {};

    @AttributeDefinition(name = "Also comments", description = "Also collect new comments in the listed subreddits"
            + " that contain a word or phrase of the search (Reddit's API searches posts only)")
    boolean comments() default false;

    @AttributeDefinition(name = "App client id", description = "The id shown under the app's name at"
            + " reddit.com/prefs/apps")
    String clientId();

    @AttributeDefinition(name = "App secret", type = AttributeType.PASSWORD, description = "The app's secret")
    String clientSecret();

    @AttributeDefinition(name = "Reddit username", description = "For a \"script\" app: the account that owns it;"
            + " empty signs in as the app alone", required = false)
    String username() default "";

    @AttributeDefinition(name = "Reddit password", type = AttributeType.PASSWORD, description = "That account's"
            + " password (accounts with two-factor authentication cannot sign in this way)", required = false)
    String password() default "";

    @AttributeDefinition(name = "User-Agent contact", description = "Reddit asks every app to say who runs it, for"
            + " example \"(by /u/yourname)\"; added to the User-Agent Chorus sends", required = false)
    String userAgentSuffix() default "";

    @AttributeDefinition(name = "First poll looks back (days)", description = "How far back the first poll of a"
            + " new source reaches", min = "0", max = "365")
    int lookBackDays() default 7;

    @AttributeDefinition(name = "Sign-in address", description = "Advanced: where access tokens come from")
    String authUrl() default "https://www.reddit.com";

    @AttributeDefinition(name = "API address", description = "Advanced: where searches go")
    String apiUrl() default "https://oauth.reddit.com";
}
