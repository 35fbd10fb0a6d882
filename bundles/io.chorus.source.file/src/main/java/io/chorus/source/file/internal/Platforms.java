package io.chorus.source.file.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The platform registry's built-in ids, from what exports write in their source column ("VK", "ВКонтакте",
 * "twitter", "Новости") or, failing that, from the URL's host.
 */
final class Platforms {

    static final String FALLBACK = "web";

    /** Every id an imported item may carry: the built-in platforms of io.chorus.registry. */
    static final Set<String> IDS = Set.of("facebook", "instagram", "threads", "x", "bluesky", "mastodon", "linkedin",
            "tiktok", "youtube", "vk", "ok", "telegram", "dzen", "livejournal", "vc", "habr", "pikabu", "reddit",
            "hackernews", "4pda", "ixbt", "stackexchange", "quora", "otvet-mail", "yahoo-chiebukuro", "otzovik",
            "irecommend", "yandex-maps", "2gis", "google-maps", "trustpilot", "tabelog", "kakaku", "wildberries",
            "ozon", "amazon", "news", "web");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("vkontakte", "vk"), Map.entry("вконтакте", "vk"), Map.entry("вк", "vk"),
            Map.entry("twitter", "x"), Map.entry("x (twitter)", "x"), Map.entry("твиттер", "x"),
            Map.entry("odnoklassniki", "ok"), Map.entry("одноклассники", "ok"), Map.entry("ok.ru", "ok"),
            Map.entry("телеграм", "telegram"), Map.entry("telegram channel", "telegram"),
            Map.entry("яндекс дзен", "dzen"), Map.entry("дзен", "dzen"), Map.entry("yandex zen", "dzen"),
            Map.entry("живой журнал", "livejournal"), Map.entry("жж", "livejournal"), Map.entry("хабр", "habr"),
            Map.entry("пикабу", "pikabu"), Map.entry("youtube comments", "youtube"), Map.entry("ютуб", "youtube"),
            Map.entry("fb", "facebook"), Map.entry("ig", "instagram"), Map.entry("инстаграм", "instagram"),
            Map.entry("news", "news"), Map.entry("новости", "news"), Map.entry("сми", "news"),
            Map.entry("online media", "news"), Map.entry("online_news", "news"), Map.entry("media", "news"),
            Map.entry("blogs", "web"), Map.entry("blog", "web"), Map.entry("forums", "web"), Map.entry("forum", "web"),
            Map.entry("форумы", "web"), Map.entry("блоги", "web"), Map.entry("web", "web"), Map.entry("other", "web"),
            Map.entry("отзовик", "otzovik"), Map.entry("hacker news", "hackernews"), Map.entry("tiktok", "tiktok"),
            Map.entry("socialmedia", "web"));

    private static final Map<String, String> HOSTS = Map.ofEntries(
            Map.entry("vk.com", "vk"), Map.entry("vk.ru", "vk"), Map.entry("m.vk.com", "vk"),
            Map.entry("t.me", "telegram"), Map.entry("telegram.me", "telegram"),
            Map.entry("twitter.com", "x"), Map.entry("x.com", "x"), Map.entry("facebook.com", "facebook"),
            Map.entry("instagram.com", "instagram"), Map.entry("threads.net", "threads"),
            Map.entry("youtube.com", "youtube"), Map.entry("youtu.be", "youtube"), Map.entry("tiktok.com", "tiktok"),
            Map.entry("ok.ru", "ok"), Map.entry("dzen.ru", "dzen"), Map.entry("zen.yandex.ru", "dzen"),
            Map.entry("livejournal.com", "livejournal"), Map.entry("vc.ru", "vc"), Map.entry("habr.com", "habr"),
            Map.entry("pikabu.ru", "pikabu"), Map.entry("reddit.com", "reddit"),
            Map.entry("news.ycombinator.com", "hackernews"), Map.entry("linkedin.com", "linkedin"),
            Map.entry("bsky.app", "bluesky"), Map.entry("4pda.to", "4pda"), Map.entry("4pda.ru", "4pda"),
            Map.entry("otzovik.com", "otzovik"), Map.entry("irecommend.ru", "irecommend"),
            Map.entry("otvet.mail.ru", "otvet-mail"), Map.entry("trustpilot.com", "trustpilot"),
            Map.entry("wildberries.ru", "wildberries"), Map.entry("ozon.ru", "ozon"), Map.entry("amazon.com", "amazon"),
            Map.entry("quora.com", "quora"), Map.entry("stackoverflow.com", "stackexchange"),
            Map.entry("2gis.ru", "2gis"), Map.entry("yandex.ru/maps", "yandex-maps"));

    private Platforms() {
    }

    static String of(String sourceValue, String url) {
        String value = sourceValue.strip().toLowerCase(Locale.ROOT);
        if (!value.isEmpty()) {
            if (IDS.contains(value)) {
                return value;
            }
            String named = NAMES.get(value);
            if (named != null) {
                return named;
            }
            String hosted = host(value.contains("://") ? value : "https://" + value);
            if (hosted != null) {
                return hosted;
            }
        }
        String hosted = url.isBlank() ? null : host(url.strip());
        return hosted != null ? hosted : FALLBACK;
    }

    private static String host(String url) {
        String host;
        try {
            host = URI.create(url.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        while (true) {
            String id = HOSTS.get(host);
            if (id != null) {
                return id;
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                return null;
            }
            host = host.substring(dot + 1);
        }
    }
}
