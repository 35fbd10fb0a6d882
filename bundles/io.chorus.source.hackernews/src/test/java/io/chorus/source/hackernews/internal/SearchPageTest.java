package io.chorus.source.hackernews.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.chorus.source.api.SourceItem;
import io.chorus.source.hackernews.internal.SearchPage.MalformedAnswerException;

class SearchPageTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SearchPageTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsCommentsAndStoriesInEveryLanguage() throws Exception {
        SearchPage page = SearchPage.parse(resource("search-page0.json"));
        assertEquals(0, page.page());
        assertEquals(2, page.nbPages());
        assertEquals(5, page.nbHits());
        assertTrue(page.hasNextPage());
        assertFalse(page.truncated());

        SourceItem russian = page.hits().get(0).item();
        assertEquals("42219905", russian.id());
        assertEquals("hackernews", russian.platform());
        assertEquals("https://news.ycombinator.com/item?id=42219905", russian.url());
        assertEquals("ivanov_a", russian.author());
        assertEquals(Instant.parse("2026-11-24T09:14:05Z"), russian.published());
        assertEquals("Yandex open-sources its distributed SQL database YDB under Apache 2.0", russian.title());
        assertTrue(russian.text().startsWith("Работал в Yandex три года."), russian.text());
        assertEquals("42216471", russian.threadId());
        assertEquals("42217730", russian.parentId());
        assertEquals(new SourceItem.Metrics(-1, -1, -1, -1, -1), russian.metrics());
        assertEquals(1795511645L, page.hits().get(0).createdAt());

        SourceItem japanese = page.hits().get(1).item();
        assertEquals("Ask HN: 日本語の全文検索、皆さんは何を使っていますか？", japanese.title());
        assertEquals("東京で検索エンジンを作っています。Yandexの形態素解析の論文を参考にしました。\n\n日本語の全文検索は難しいですね。"
                + "フィードバックをお願いします！", japanese.text());
        assertEquals("42218302", japanese.threadId());
        assertEquals("", japanese.parentId());
        assertEquals(new SourceItem.Metrics(-1, 5, 2, -1, -1), japanese.metrics());
    }

    @Test
    void linkStoryHasTitleNoTextAndItsNumbers() throws Exception {
        SourceItem story = SearchPage.parse(resource("search-page1.json")).hits().get(0).item();
        assertEquals("42216471", story.id());
        assertEquals("", story.text());
        assertEquals("dang_fan", story.author());
        assertEquals(new SourceItem.Metrics(-1, 212, 87, -1, -1), story.metrics());
    }

    @Test
    void pagesBeyondThePaginationLimitAreReportedAsTruncated() throws Exception {
        SearchPage page = SearchPage.parse(("{\"hits\":[],\"page\":9,\"nbPages\":10,\"nbHits\":52000,"
                + "\"hitsPerPage\":100}").getBytes(StandardCharsets.UTF_8));
        assertFalse(page.hasNextPage());
        assertTrue(page.truncated());
    }

    @Test
    void brokenJsonIsReportedWithItsPosition() {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> SearchPage.parse("{\"hits\":[{\"objectID\":\"1\",\n\"created_at_i\":}".getBytes(
                        StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aHitWithoutIdOrTimeIsNamed() {
        MalformedAnswerException noId = assertThrows(MalformedAnswerException.class,
                () -> SearchPage.parse("{\"hits\":[{\"objectID\":\"7\",\"created_at_i\":5},{\"author\":\"x\"}]}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("hit 1 has no \"objectID\"", noId.getMessage());
        MalformedAnswerException noTime = assertThrows(MalformedAnswerException.class,
                () -> SearchPage.parse("{\"hits\":[{\"objectID\":\"7\",\"created_at_i\":\"soon\"}]}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("hit 0 (7) has no whole number \"created_at_i\"", noTime.getMessage());
        assertThrows(MalformedAnswerException.class,
                () -> SearchPage.parse("<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedAnswerException.class,
                () -> SearchPage.parse("{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void algoliaErrorMessagesAreRead() {
        assertEquals(Optional.of("Invalid syntax for numeric condition:created_at_i>=x"), SearchPage.errorMessage(
                "{\"message\":\"Invalid syntax for numeric condition:created_at_i>=x\",\"status\":400}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), SearchPage.errorMessage("oops".getBytes(StandardCharsets.UTF_8)));
    }
}
