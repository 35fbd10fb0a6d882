package io.chorus.source.rss.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one RSS or Atom source; the workbench renders its form from this. */
@ObjectClassDefinition(id = RssConnector.PID, name = "RSS or Atom feed",
        description = "A feed to collect mentions from: Google Alerts, a YouTube channel, a forum, a news site or a"
                + " blog.")
public @interface RssSettings {

    @AttributeDefinition(name = "Feed URL", description = "The address of the RSS or Atom feed (http or https), such"
            + " as a Google Alerts feed or https://www.youtube.com/feeds/videos.xml?channel_id=...")
    String feedUrl();

    @AttributeDefinition(name = "User name", required = false,
            description = "For feeds behind HTTP basic authentication; leave empty otherwise.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "For feeds behind HTTP basic authentication; stored encrypted.")
    String password() default "";

    @AttributeDefinition(name = "Platform", required = false,
            description = "Which platform the entries belong to; empty: decided from the feed's address (YouTube,"
                    + " known forums and blogs), otherwise other web pages.",
            options = {@Option(label = "From the feed's address", value = ""), @Option(label = "News sites",
                    value = "news"), @Option(label = "Other web pages", value = "web"), @Option(label = "YouTube",
                    value = "youtube"), @Option(label = "Habr", value = "habr"), @Option(label = "vc.ru", value = "vc"),
                @Option(label = "LiveJournal", value = "livejournal"), @Option(label = "Dzen", value = "dzen"),
                @Option(label = "Pikabu", value = "pikabu"), @Option(label = "4PDA", value = "4pda"),
                @Option(label = "iXBT Conference", value = "ixbt"), @Option(label = "Reddit", value = "reddit"),
                @Option(label = "Hacker News", value = "hackernews"),
                @Option(label = "Stack Exchange", value = "stackexchange")})
    String platform() default "";

    @AttributeDefinition(name = "Items per poll", min = "1", max = "1000",
            description = "At most this many new entries per poll; the rest follow at once in the next poll.")
    int maxItemsPerPoll() default 200;
}
