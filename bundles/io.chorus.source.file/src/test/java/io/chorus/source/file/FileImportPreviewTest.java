package io.chorus.source.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.source.api.SourceItem;

/** Real export files copied into a temporary folder, read through the exported API only. */
class FileImportPreviewTest {

    @TempDir
    Path folder;

    Path export(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = FileImportPreviewTest.class.getResourceAsStream("/exports/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> platforms(FileImportPreview preview) {
        return preview.items().stream().map(SourceItem::platform).toList();
    }

    @Test
    void brand24CsvWithQuotedNewlinesAndQuotes() throws Exception {
        FileImportPreview preview = FileImportPreview.preview(export("brand24-export.csv"), FileImportSettings.auto(),
                10);
        assertEquals("csv", preview.format());
        assertEquals(",", preview.delimiter());
        assertEquals("UTF-8", preview.encoding());
        assertEquals(List.of(), preview.problems());
        assertEquals(4, preview.items().size());
        SourceItem first = preview.items().get(0);
        assertEquals("1188341207", first.id());
        assertEquals("Honestly the Acme S7 is the best robot vacuum I've owned. \"Quiet mode\" actually works.",
                first.text());
        assertEquals(Instant.parse("2026-01-14T09:12:00Z"), first.published());
        assertEquals(new SourceItem.Metrics(12800, 214, 18, 31, -1), first.metrics());
        assertEquals("Acme support kept me on hold for 40 minutes, again.\nSecond time this month.",
                preview.items().get(1).text());
        assertEquals("Acme cuts prices on accessories, \"up to 30%\"", preview.items().get(2).title());
        assertEquals(List.of("x", "facebook", "news", "reddit"), platforms(preview));
    }

    @Test
    void youScanWindows1251WithSemicolonsAndCyrillicHeaders() throws Exception {
        FileImportSettings moscow = new FileImportSettings("auto", "auto", "auto", "", "", "Europe/Moscow");
        FileImportPreview preview = FileImportPreview.preview(export("youscan-export.csv"), moscow, 10);
        assertEquals("windows-1251", preview.encoding());
        assertEquals(";", preview.delimiter());
        assertEquals(List.of(), preview.problems());
        SourceItem first = preview.items().get(0);
        assertEquals("Купила пылесос Acme S7; пока довольна, но щётка путается в волосах", first.text());
        assertEquals("Ирина Соколова", first.author());
        assertEquals("https://vk.com/wall150044321_9931", first.id(), "no id column: the URL is the id");
        assertEquals(Instant.parse("2026-01-15T06:14:00Z"), first.published());
        assertEquals(1204, first.metrics().followers());
        assertEquals("Опрос: каким пылесосом вы пользуетесь? Acme, Xiaomi или \"другой\"",
                preview.items().get(1).text());
        assertEquals(2_500_000, preview.items().get(3).metrics().followers());
        assertEquals(List.of("vk", "telegram", "otzovik", "news"), platforms(preview));
    }

    @Test
    void brandAnalyticsBadRowsAreSkippedWithFileLineAndReason() throws Exception {
        FileImportPreview preview = FileImportPreview.preview(export("brand-analytics-export.csv"),
                FileImportSettings.auto().withDateFormat("dd.MM.yyyy HH:mm"), 10);
        assertEquals("UTF-8", preview.encoding());
        assertEquals("Дата публикации", preview.headers().get(1), "the BOM is not part of the first header");
        assertEquals(List.of("brand-analytics-export.csv line 5: column 'Дата публикации' has '31.02.2026 10:00', "
                        + "expected dd.MM.yyyy HH:mm",
                "brand-analytics-export.csv line 6: column 'Текст сообщения' is empty; a mention needs its text"),
                preview.problems().stream().map(RowProblem::toString).toList());
        assertEquals(5, preview.rowsRead());
        assertEquals(List.of("vk", "dzen", "pikabu"), platforms(preview));
        assertEquals("Acme S7 против Xiaomi X20:\nкто тише?", preview.items().get(1).text());
        assertEquals(15_000, preview.items().get(1).metrics().followers());
        assertTrue(preview.mappingUsable());
    }

    @Test
    void talkwalkerJsonWithNestedAuthorAndEpochMillis() throws Exception {
        FileImportPreview preview = FileImportPreview.preview(export("talkwalker-export.json"),
                FileImportSettings.auto(), 10);
        assertEquals("json", preview.format());
        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.items().size());
        SourceItem video = preview.items().get(0);
        assertEquals("VacuumWars", video.author());
        assertEquals(Instant.ofEpochMilli(1768400000000L), video.published());
        assertEquals("youtube", video.platform());
        assertEquals("en", video.language());
        assertEquals(List.of("youtube", "instagram", "web"), platforms(preview));
        assertEquals("de", preview.items().get(2).language());
    }

    @Test
    void jsonLinesSkipABrokenLineAndGoOn() throws Exception {
        FileImportPreview preview = FileImportPreview.preview(export("mention-export.jsonl"),
                FileImportSettings.auto(), 10);
        assertEquals("jsonl", preview.format());
        assertEquals(List.of("mn_8812001", "mn_8812002"), preview.items().stream().map(SourceItem::id).toList());
        assertEquals(1, preview.problems().size());
        assertEquals(2, preview.problems().get(0).line());
        assertTrue(preview.problems().get(0).message().startsWith("is not valid JSON"));
        assertEquals(Instant.parse("2026-01-15T07:00:00Z"), preview.items().get(1).published());
        assertEquals("Dana", preview.items().get(0).author());
        assertEquals("x", preview.items().get(0).platform());
    }

    @Test
    void awarioTabSeparatedWithUsDates() throws Exception {
        FileImportPreview preview = FileImportPreview.preview(export("awario-export.tsv"), FileImportSettings.auto(),
                10);
        assertEquals("\t", preview.delimiter());
        assertEquals(List.of(), preview.problems());
        assertEquals(Instant.parse("2026-01-14T22:15:00Z"), preview.items().get(0).published());
        assertEquals(List.of("reddit", "tiktok"), platforms(preview));
    }

    @Test
    void aFileThatIsNoExportSaysWhatItIs() throws Exception {
        FileImportException html = assertThrows(FileImportException.class,
                () -> FileImportPreview.preview(export("not-an-export.html"), FileImportSettings.auto(), 5));
        assertTrue(html.getMessage().contains("neither CSV nor JSON"), html.getMessage());
        FileImportException excel = assertThrows(FileImportException.class,
                () -> FileImportPreview.preview(export("workbook.xlsx"), FileImportSettings.auto(), 5));
        assertTrue(excel.getMessage().contains("save it as CSV UTF-8"), excel.getMessage());
        assertThrows(FileImportException.class,
                () -> FileImportPreview.preview(folder.resolve("missing.csv"), FileImportSettings.auto(), 5));
    }

    @Test
    void aMappingWithoutTextShowsTheColumnsInsteadOfRows() throws Exception {
        Path file = folder.resolve("odd.csv");
        Files.writeString(file, "Kommentar,Datum\nGuter Staubsauger,2026-01-10\n", StandardCharsets.UTF_8);
        FileImportPreview guessed = FileImportPreview.preview(file, FileImportSettings.auto(), 5);
        assertFalse(guessed.mappingUsable());
        assertEquals(List.of(), guessed.items());
        assertEquals(List.of("Kommentar", "Datum"), guessed.headers());
        assertTrue(guessed.problems().get(0).toString().startsWith("odd.csv: no column is mapped to the text"));

        FileImportPreview mapped = FileImportPreview.preview(file,
                FileImportSettings.auto().withMapping("text=Kommentar;published=Datum"), 5);
        assertEquals("Guter Staubsauger", mapped.items().get(0).text());
        assertEquals(Instant.parse("2026-01-10T00:00:00Z"), mapped.items().get(0).published());

        FileImportPreview typo = FileImportPreview.preview(file, FileImportSettings.auto().withMapping("text=Text"), 5);
        assertTrue(typo.problems().get(0).message().contains("[Text]"), typo.problems().get(0).message());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItOpens() throws Exception {
        Path file = folder.resolve("broken.csv");
        Files.writeString(file, "Content,URL\nfine row,https://a.example/1\n\"never closed,https://a.example/2\n"
                + "more,https://a.example/3\n", StandardCharsets.UTF_8);
        FileImportPreview preview = FileImportPreview.preview(file, FileImportSettings.auto(), 5);
        assertEquals(1, preview.items().size());
        assertEquals(3, preview.problems().get(0).line());
        assertTrue(preview.problems().get(0).message().contains("never closed"));
    }

    @Test
    void aRowWithTooManyFieldsIsSkippedNotMisread() throws Exception {
        Path file = folder.resolve("shifted.csv");
        Files.writeString(file, "Content;Date\nok;2026-01-10 10:00\nsplit;text;2026-01-10 11:00\n",
                StandardCharsets.UTF_8);
        FileImportPreview preview = FileImportPreview.preview(file, FileImportSettings.auto(), 5);
        assertEquals(1, preview.items().size());
        assertEquals("shifted.csv line 3: has 3 fields but the header has 2; a field with a delimiter must be in "
                + "double quotes", preview.problems().get(0).toString());
    }

    @Test
    void badSettingsAreRefusedWithTheReason() throws Exception {
        Path file = export("brand24-export.csv");
        FileImportException pattern = assertThrows(FileImportException.class, () -> FileImportPreview.preview(file,
                FileImportSettings.auto().withDateFormat("dd.MM.yyyy HH:mm:ssX{"), 5));
        assertTrue(pattern.getMessage().contains("not a valid pattern"), pattern.getMessage());
        FileImportException encoding = assertThrows(FileImportException.class, () -> FileImportPreview.preview(file,
                new FileImportSettings("csv", ",", "klingon-8", "", "", "UTC"), 5));
        assertTrue(encoding.getMessage().contains("klingon-8"), encoding.getMessage());
    }
}
