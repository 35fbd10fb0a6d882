package io.chorus.ingest.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.api.mention.Mention;
import io.chorus.source.api.SourceItem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    final Normaliser normaliser = new Normaliser();

    @Test
    void cleansTextsUrlsAndTimes() {
        SourceItem item = new SourceItem(" 42 ", "Reddit", "javascript:alert(1)", " bob\u0000 ", NOW.plus(Duration.ofDays(3)),
                "Title\r\nline", "  Hello\u0007 world\u200b\n second line ", "en-US", "", "", SourceItem.Metrics.UNKNOWN);
        Normaliser.Normalised result = normaliser.normalise(item, NOW);
        Mention mention = result.mention();
        assertEquals("42", mention.id());
        assertEquals("reddit", mention.platform());
        assertEquals("", mention.url());
        assertEquals("bob", mention.author());
        assertEquals("Title line", mention.title());
        assertEquals("Hello world\n second line", mention.text());
        assertEquals("en", mention.language());
        assertEquals(NOW, mention.published(), "a time in the future becomes the collection time");
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("url dropped")));
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("in the future")));
    }

    @Test
    void capsAbsurdLengthsWithANote() {
        String huge = "a".repeat(Normaliser.MAX_TEXT + 500);
        Normaliser.Normalised result = normaliser.normalise(SourceItem.of("1", "web", "https://example.org/1", "",
                NOW.minusSeconds(60), "", huge), NOW);
        assertEquals(Normaliser.MAX_TEXT, result.mention().text().length());
        assertEquals("https://example.org/1", result.mention().url());
        assertEquals(NOW.minusSeconds(60), result.mention().published());
        assertEquals("text cut from 100500 to 100000 characters", result.notes().get(0));
    }
}
