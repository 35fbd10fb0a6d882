package io.chorus.registry.internal;

import java.util.List;
import java.util.Set;

import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformKind;

/**
 * The platforms Chorus knows without any connector: where brands are discussed in the markets Chorus serves first
 * (worldwide, Russian-speaking, Japanese). Capabilities come from connectors, so built-ins have none of their own.
 */
final class BuiltInPlatforms {

    static final String ORIGIN = "built-in";

    private BuiltInPlatforms() {
    }

    private static Platform platform(String id, String name, PlatformKind kind, List<String> regions,
                                     List<String> languages, List<String> domains, int maxPostLength,
                                     String linkPolicy) {
        return new Platform(id, name, kind, regions, languages, Set.of(), domains, maxPostLength, linkPolicy, ORIGIN);
    }

    static final List<Platform> ALL = List.of(
            platform("facebook", "Facebook", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("facebook.com", "fb.com"), 63206, "Links allowed; previews shown."),
            platform("instagram", "Instagram", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("instagram.com"), 2200, "Links in captions are not clickable; one link in the profile."),
            platform("threads", "Threads", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("threads.net", "threads.com"), 500, "Links allowed."),
            platform("x", "X (Twitter)", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("x.com", "twitter.com", "t.co"), 280, "Links count as 23 characters."),
            platform("bluesky", "Bluesky", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("bsky.app", "bsky.social"), 300, "Links allowed; shown as cards."),
            platform("mastodon", "Mastodon", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(), List.of(), 500,
                    "Links count as 23 characters; each server has its own rules."),
            platform("linkedin", "LinkedIn", PlatformKind.SOCIAL_NETWORK, List.of(), List.of(),
                    List.of("linkedin.com", "lnkd.in"), 3000, "Links allowed; reach drops for posts with links."),
            platform("tiktok", "TikTok", PlatformKind.VIDEO, List.of(), List.of(), List.of("tiktok.com"), 2200,
                    "Links only in the profile."),
            platform("youtube", "YouTube", PlatformKind.VIDEO, List.of(), List.of(),
                    List.of("youtube.com", "youtu.be"), 10000, "Links in comments are often held for review."),
            platform("vk", "VK", PlatformKind.SOCIAL_NETWORK, List.of("RU", "BY", "KZ"), List.of("ru"),
                    List.of("vk.com", "vk.ru", "vk.cc"), 16384, "Links allowed; communities may forbid them."),
            platform("ok", "Odnoklassniki", PlatformKind.SOCIAL_NETWORK, List.of("RU", "KZ", "BY"), List.of("ru"),
                    List.of("ok.ru", "odnoklassniki.ru"), 16384, "Links allowed."),
            platform("telegram", "Telegram", PlatformKind.MESSENGER, List.of(), List.of(),
                    List.of("t.me", "telegram.me", "telegram.org"), 4096, "Links allowed; channels decide on comments."),
            platform("dzen", "Dzen", PlatformKind.BLOG, List.of("RU"), List.of("ru"), List.of("dzen.ru", "zen.yandex.ru"),
                    0, "Links allowed in articles; comments moderated by authors."),
            platform("livejournal", "LiveJournal", PlatformKind.BLOG, List.of("RU"), List.of("ru"),
                    List.of("livejournal.com"), 0, "Links allowed."),
            platform("vc", "vc.ru", PlatformKind.BLOG, List.of("RU"), List.of("ru"), List.of("vc.ru"), 0,
                    "Promotional links in comments are removed."),
            platform("habr", "Habr", PlatformKind.BLOG, List.of("RU"), List.of("ru", "en"), List.of("habr.com"), 0,
                    "Advertising is forbidden outside company blogs; karma decides who may comment."),
            platform("pikabu", "Pikabu", PlatformKind.FORUM, List.of("RU"), List.of("ru"), List.of("pikabu.ru"), 0,
                    "Posts marked as advertising need the [моё] rules followed; hidden ads are removed."),
            platform("reddit", "Reddit", PlatformKind.FORUM, List.of(), List.of("en"),
                    List.of("reddit.com", "redd.it"), 40000, "Each subreddit has its own rules; self-promotion is often"
                            + " banned, and undisclosed promotion always."),
            platform("hackernews", "Hacker News", PlatformKind.FORUM, List.of(), List.of("en"),
                    List.of("news.ycombinator.com"), 0, "Links allowed; promotion is flagged quickly."),
            platform("4pda", "4PDA", PlatformKind.FORUM, List.of("RU"), List.of("ru"), List.of("4pda.to", "4pda.ru"),
                    0, "Links to shops are forbidden outside dedicated threads."),
            platform("ixbt", "iXBT Conference", PlatformKind.FORUM, List.of("RU"), List.of("ru"),
                    List.of("forum.ixbt.com", "ixbt.com"), 0, "Advertising forbidden; links need a reason."),
            platform("stackexchange", "Stack Exchange", PlatformKind.QA, List.of(), List.of("en"),
                    List.of("stackexchange.com", "stackoverflow.com", "superuser.com", "serverfault.com",
                            "askubuntu.com"), 30000, "Affiliation must be disclosed in every answer that"
                            + " links to your product."),
            platform("quora", "Quora", PlatformKind.QA, List.of(), List.of("en"), List.of("quora.com"), 0,
                    "Links allowed with disclosure; spam is removed."),
            platform("otvet-mail", "Otvet@Mail.ru", PlatformKind.QA, List.of("RU"), List.of("ru"),
                    List.of("otvet.mail.ru"), 0, "Links often blocked."),
            platform("yahoo-chiebukuro", "Yahoo! Chiebukuro", PlatformKind.QA, List.of("JP"), List.of("ja"),
                    List.of("chiebukuro.yahoo.co.jp"), 0, "Promotional answers are removed."),
            platform("otzovik", "Otzovik", PlatformKind.REVIEW_SITE, List.of("RU"), List.of("ru"),
                    List.of("otzovik.com"), 0, "Companies answer reviews through an official account."),
            platform("irecommend", "iRecommend", PlatformKind.REVIEW_SITE, List.of("RU"), List.of("ru"),
                    List.of("irecommend.ru"), 0, "Links to shops are removed."),
            platform("yandex-maps", "Yandex Maps reviews", PlatformKind.REVIEW_SITE, List.of("RU"), List.of("ru"),
                    List.of("yandex.ru/maps", "yandex.com/maps"), 0, "Replies as the verified organisation."),
            platform("2gis", "2GIS reviews", PlatformKind.REVIEW_SITE, List.of("RU", "KZ"), List.of("ru"),
                    List.of("2gis.ru", "2gis.kz"), 0, "Replies as the verified organisation."),
            platform("google-maps", "Google Maps reviews", PlatformKind.REVIEW_SITE, List.of(), List.of(),
                    List.of("google.com/maps", "maps.google.com", "g.co"), 4000, "Replies as the business owner."),
            platform("trustpilot", "Trustpilot", PlatformKind.REVIEW_SITE, List.of(), List.of("en"),
                    List.of("trustpilot.com"), 0, "Reviews may not be gated or incentivised."),
            platform("tabelog", "Tabelog", PlatformKind.REVIEW_SITE, List.of("JP"), List.of("ja"),
                    List.of("tabelog.com"), 0, "Restaurant reviews; owners cannot reply publicly."),
            platform("kakaku", "Kakaku.com", PlatformKind.REVIEW_SITE, List.of("JP"), List.of("ja"),
                    List.of("kakaku.com"), 0, "Product reviews and Q&A; promotion is removed."),
            platform("wildberries", "Wildberries", PlatformKind.MARKETPLACE, List.of("RU"), List.of("ru"),
                    List.of("wildberries.ru", "wb.ru"), 0, "Sellers answer reviews in the seller account."),
            platform("ozon", "Ozon", PlatformKind.MARKETPLACE, List.of("RU"), List.of("ru"), List.of("ozon.ru"), 0,
                    "Sellers answer reviews and questions in the seller account."),
            platform("amazon", "Amazon", PlatformKind.MARKETPLACE, List.of(), List.of(),
                    List.of("amazon.com", "amazon.co.jp", "amazon.de"), 0, "Sellers may not ask for positive reviews."),
            platform("news", "News sites", PlatformKind.NEWS, List.of(), List.of(), List.of(), 0,
                    "Comments under articles, where open."),
            platform("web", "Other web pages", PlatformKind.OTHER, List.of(), List.of(), List.of(), 0, ""));
}
