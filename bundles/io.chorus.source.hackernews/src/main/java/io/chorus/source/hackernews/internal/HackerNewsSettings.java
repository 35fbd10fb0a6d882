package io.chorus.source.hackernews.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of one Hacker News source; the workbench renders its form from this definition. */
@ObjectClassDefinition(name = "Hacker News source",
        description = "Stories and comments on Hacker News that match a search, through the Algolia HN Search API")
public @interface HackerNewsSettings {

    /** What {@link #tags()} may be. */
    String STORIES = "stories";
    String COMMENTS = "comments";
    String BOTH = "both";

    @AttributeDefinition(name = "Search", description = "Words or a \"quoted phrase\" to look for, as typed on"
            + " hn.algolia.com (for example: acme OR \"acme cloud\")")
    String query();

    @AttributeDefinition(name = "Collect", description = "Stories, comments or both", options = {
            @Option(label = "Stories and comments", value = BOTH),
            @Option(label = "Stories only", value = STORIES),
            @Option(label = "Comments only", value = COMMENTS)})
    String tags() default BOTH;

    @AttributeDefinition(name = "First poll looks back (days)", description = "How far back the first poll of a"
            + " new source reaches", min = "0", max = "3650")
    int lookBackDays() default 7;

    @AttributeDefinition(name = "Results per request", description = "Hits per page asked of the API",
            min = "1", max = "1000")
    int hitsPerPage() default 100;

    @AttributeDefinition(name = "API address", description = "Advanced: the HN Search API server, without /api/v1")
    String baseUrl() default "https://hn.algolia.com";
}
