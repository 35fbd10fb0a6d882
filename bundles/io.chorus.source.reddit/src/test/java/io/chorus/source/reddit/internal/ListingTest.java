package io.chorus.source.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.chorus.source.api.SourceItem;
import io.chorus.source.reddit.internal.Listing.MalformedListingException;

class ListingTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ListingTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsPostsInRussianJapaneseAndLinks() throws Exception {
        Listing listing = Listing.parse(resource("search-page1.json"));
        assertEquals("t3_1h0c9xk", listing.after());
        assertEquals(3, listing.things().size());

        SourceItem russian = listing.things().get(0).item();
        assertEquals("t3_1h0fq2m", russian.id());
        assertEquals("reddit", russian.platform());
        assertEquals("https://www.reddit.com/r/ru/comments/1h0fq2m/яндекс_открыл_исходный_код_ydb_кто_уже_пробовал_в/",
                russian.url());
        assertEquals("d_smirnov", russian.author());
        assertEquals(Instant.parse("2026-11-24T09:14:05Z"), russian.published());
        assertEquals("Яндекс открыл исходный код YDB — кто уже пробовал в проде?", russian.title());
        assertEquals("Коллеги, Яндекс выложил YDB под Apache 2.0. Читал анонс, выглядит бодро.\n\n"
                + "Распределённые транзакции из коробки\n\nКто пробовал на реальной нагрузке? Интересует опыт миграции"
                + " с PostgreSQL.", russian.text());
        assertEquals("t3_1h0fq2m", russian.threadId());
        assertEquals("", russian.parentId());
        assertEquals(new SourceItem.Metrics(186523, 57, 23, -1, -1), russian.metrics());

        SourceItem japanese = listing.things().get(1).item();
        assertEquals("Yandexの翻訳、DeepLより良い？", japanese.title());
        assertEquals("最近 Yandex Translate を使ってみたら、ロシア語→日本語がかなり自然でした。\n\nDeepLと比べてどう思いますか？"
                + " 個人的にはYandexの方が好き", japanese.text());

        SourceItem link = listing.things().get(2).item();
        assertEquals("", link.text());
        assertEquals(new SourceItem.Metrics(6712004, 1432, 311, -1, -1), link.metrics());
    }

    @Test
    void commentsBelongToTheirThread() throws Exception {
        String comment = "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"children\":[{\"kind\":\"t1\",\"data\":{"
                + "\"name\":\"t1_lz9x0a1\",\"body\":\"Да, **работает**.\",\"author\":\"ivan\",\"created_utc\":"
                + "1795511645.0,\"link_id\":\"t3_1h0fq2m\",\"parent_id\":\"t1_lz9w7k2\",\"link_title\":\"YDB\","
                + "\"permalink\":\"/r/ru/comments/1h0fq2m/ydb/lz9x0a1/\",\"score\":4}},{\"kind\":\"more\","
                + "\"data\":{\"count\":3}}]}}";
        Listing listing = Listing.parse(comment.getBytes(StandardCharsets.UTF_8));
        assertEquals("", listing.after());
        SourceItem item = listing.things().get(0).item();
        assertEquals("Да, работает.", item.text());
        assertEquals("t3_1h0fq2m", item.threadId());
        assertEquals("t1_lz9w7k2", item.parentId());
        assertEquals(new SourceItem.Metrics(-1, 4, -1, -1, -1), item.metrics());
        assertEquals(1, listing.things().size(), "'more' placeholders are no items");
    }

    @Test
    void malformedListingsAreNamed() {
        MalformedListingException json = assertThrows(MalformedListingException.class,
                () -> Listing.parse("{\"kind\":\"Listing\",\n\"data\":{".getBytes(StandardCharsets.UTF_8)));
        assertTrue(json.getMessage().contains("line 2"), json.getMessage());
        MalformedListingException noName = assertThrows(MalformedListingException.class, () -> Listing.parse(
                "{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"created_utc\":1.0}}]}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("child 0 (t3) has no data.name", noName.getMessage());
        MalformedListingException noTime = assertThrows(MalformedListingException.class, () -> Listing.parse(
                "{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"name\":\"t3_a\"}}]}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("child 0 (t3_a) has no numeric data.created_utc", noTime.getMessage());
        assertThrows(MalformedListingException.class, () -> Listing.parse("{\"message\": \"Unauthorized\"}"
                .getBytes(StandardCharsets.UTF_8)));
    }
}
