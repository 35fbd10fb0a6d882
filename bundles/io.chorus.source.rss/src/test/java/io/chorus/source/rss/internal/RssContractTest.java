package io.chorus.source.rss.internal;

import java.net.URI;
import java.util.Map;

import io.chorus.source.api.SourceConnector;
import io.chorus.source.testkit.ReplayServer;
import io.chorus.source.testkit.Reply;
import io.chorus.source.testkit.SourceConnectorContract;

/**
 * The connector contract on a recorded Google Alerts feed. A feed has no pages: a poll capped at one entry is page 1
 * and the next poll, which fetches the same feed again, delivers the rest.
 */
class RssContractTest extends SourceConnectorContract {

    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String NEW_ENTRY = """
              <entry>
                <id>tag:google.com,2013:googlealerts/feed:4402185522713350771</id>
                <title type="html">&lt;b&gt;Acme Coffee&lt;/b&gt; named roaster of the year</title>
                <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://roastmagazine.example.com/news/roaster-of-the-year-2026&amp;ct=ga&amp;cd=CAIyGjE2&amp;usg=AOvVaw3k"/>
                <published>2026-11-25T07:12:00Z</published>
                <updated>2026-11-25T07:12:00Z</updated>
                <content type="html">The jury praised &lt;b&gt;Acme Coffee&lt;/b&gt;&amp;#39;s sourcing ...</content>
                <author><name/></author>
              </entry>
            </feed>""";

    @Override
    protected SourceConnector connector() {
        return new RssConnector();
    }

    @Override
    protected Map<String, ?> settings(URI base) {
        return Map.of("feedUrl", base + "/alerts/feeds/06807031914929345698/10604166159629661594",
                "username", "agency", "password", "s3cret-basic-password", "maxItemsPerPoll", 1);
    }

    private static Reply alerts() {
        return Reply.resource(200, ATOM, RssContractTest.class, "feeds/google-alerts.xml");
    }

    @Override
    protected void serveFirstPoll(ReplayServer server) {
        serveAll(server, alerts());
    }

    @Override
    protected void serveLaterPoll(ReplayServer server) {
        serveAll(server, alerts().replace("</feed>", NEW_ENTRY));
    }

    @Override
    protected void serveAll(ReplayServer server, Reply reply) {
        server.on("GET", "/alerts/feeds/06807031914929345698/10604166159629661594").reply(reply);
    }

    @Override
    protected Reply wrongTypes() {
        // Feeds have no types: the nearest is a JSON Feed where RSS or Atom was expected.
        return Reply.json(200, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": {}}]}");
    }
}
