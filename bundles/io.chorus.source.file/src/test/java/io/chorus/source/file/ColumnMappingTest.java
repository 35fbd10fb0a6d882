package io.chorus.source.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.source.file.ColumnMapping.Field;

/** Uses the exported package only, as the import wizard will. */
class ColumnMappingTest {

    @Test
    void guessesBrand24HeadersJoiningDateAndHour() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("ID", "Date", "Hour", "Title", "Content", "Source",
                "Author", "URL", "Sentiment", "Likes", "Comments", "Shares", "Followers"));
        assertEquals("id=ID;text=Content;title=Title;url=URL;published=Date+Hour;author=Author;platform=Source;"
                + "likes=Likes;comments=Comments;shares=Shares;followers=Followers", mapping.toString());
    }

    @Test
    void guessesRussianYouScanAndBrandAnalyticsHeaders() {
        ColumnMapping youscan = ColumnMapping.guess(List.of("Дата", "Время", "Автор", "Текст", "Ссылка", "Источник",
                "Тип поста", "Тональность", "Аудитория автора", "Лайки", "Комментарии", "Репосты", "Просмотры"));
        assertEquals(List.of("Дата", "Время"), youscan.columns(Field.PUBLISHED));
        assertEquals("Текст", youscan.column(Field.TEXT).orElseThrow());
        assertEquals("Ссылка", youscan.column(Field.URL).orElseThrow());
        assertEquals("Источник", youscan.column(Field.PLATFORM).orElseThrow());
        assertEquals("Аудитория автора", youscan.column(Field.FOLLOWERS).orElseThrow());
        assertEquals("Просмотры", youscan.column(Field.VIEWS).orElseThrow());

        ColumnMapping analytics = ColumnMapping.guess(List.of("№", "Дата публикации", "Площадка", "Автор",
                "Текст сообщения", "URL", "Тональность", "Аудитория"));
        assertEquals("text=Текст сообщения;url=URL;published=Дата публикации;author=Автор;platform=Площадка;"
                + "followers=Аудитория", analytics.toString());
    }

    @Test
    void guessesDottedJsonProperties() {
        ColumnMapping talkwalker = ColumnMapping.guess(List.of("url", "title", "content", "published", "lang",
                "source type", "extra author attributes.name", "extra author attributes.id", "engagement", "reach"));
        assertEquals("extra author attributes.name", talkwalker.column(Field.AUTHOR).orElseThrow());
        assertEquals("content", talkwalker.column(Field.TEXT).orElseThrow());
        assertTrue(talkwalker.column(Field.FOLLOWERS).isEmpty(), "reach is not a follower count");
    }

    @Test
    void theTextFormRoundTripsAndExplicitFieldsWin() {
        ColumnMapping explicit = ColumnMapping.parse(" text = Snippet ; published=Date+Time;;");
        assertEquals("text=Snippet;published=Date+Time", explicit.toString());
        assertEquals(explicit, ColumnMapping.parse(explicit.toString()));
        ColumnMapping merged = explicit.orElse(ColumnMapping.guess(List.of("Content", "Snippet", "Date", "Time",
                "URL")));
        assertEquals("text=Snippet;url=URL;published=Date+Time", merged.toString());
        assertEquals(List.of("Time"), explicit.missingFrom(List.of("Snippet", "date")));
        assertEquals("text=Body", ColumnMapping.empty().with(Field.TEXT, "Body").toString());
    }

    @Test
    void aBadMappingNamesThePartToFix() {
        IllegalArgumentException notAField = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse("text=Content;sentiment=Tone"));
        assertTrue(notAField.getMessage().startsWith("'sentiment' in the column mapping is not a field"),
                notAField.getMessage());
        IllegalArgumentException noColumn = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse("text=Content;url"));
        assertTrue(noColumn.getMessage().contains("'url'"), noColumn.getMessage());
    }
}
