package io.chorus.source.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.source.api.ConnectorContext;
import io.chorus.source.api.ConnectorException;
import io.chorus.source.api.ConnectorException.Kind;
import io.chorus.source.api.Cursor;
import io.chorus.source.api.Page;
import io.chorus.source.api.SourceItem;
import io.chorus.source.testkit.TestConnectorContext;

/**
 * The connector on real files. The testkit's HTTP contract (replayed pages, 429, hanging requests) does not apply to
 * local files; the same properties are checked here: resuming from a stored cursor, no item skipped, repeated
 * delivery only as duplicates of the same id, bad input reported and not thrown, errors with a kind.
 */
class FileConnectorTest {

    @TempDir
    Path folder;

    private final RecordedLogger log = new RecordedLogger();

    private FileConnector connector() {
        return new FileConnector(log.logger);
    }

    private static ConnectorContext context(Path file, Map<String, Object> more) {
        return TestConnectorContext.builder().id("import-1").setting("path", file.toString()).settings(more).build();
    }

    /** A Brand Analytics-like export of {@code rows} rows, windows-1251, ';'. */
    private Path generated(String name, int from, int rows) throws IOException {
        Path file = folder.resolve(name);
        boolean fresh = !Files.exists(file);
        try (Writer out = Files.newBufferedWriter(file, Charset.forName("windows-1251"), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (fresh) {
                out.write("Дата публикации;Площадка;Автор;Текст сообщения;URL\r\n");
            }
            for (int i = from; i < from + rows; i++) {
                out.write(String.format("%02d.01.2026 %02d:%02d;vk.com;Автор %d;\"Отзыв №%d об Acme; строка 1\n"
                                + "строка 2\";https://vk.com/wall-1_%d\r\n", 1 + i % 28, i % 24, i % 60, i, i, i));
            }
        }
        return file;
    }

    private static List<Page> drain(FileConnector connector, ConnectorContext context, Cursor start)
            throws Exception {
        List<Page> pages = new ArrayList<>();
        Cursor cursor = start;
        do {
            Page page = connector.poll(context, cursor);
            pages.add(page);
            cursor = page.next();
        } while (pages.get(pages.size() - 1).more() && pages.size() < 100);
        return pages;
    }

    private static List<String> ids(List<Page> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(SourceItem::id).toList();
    }

    @Test
    void aLargeFileIsImportedInPagesAndResumesWithAFreshConnector() throws Exception {
        Path file = generated("big.csv", 0, 5_000);
        ConnectorContext context = context(file, Map.of());
        Page first = connector().poll(context, Cursor.START);
        assertTrue(first.more());
        assertEquals(2_000, first.items().size());
        // a restart: a new connector instance continues from the stored cursor alone
        List<Page> rest = drain(connector(), context, first.next());
        assertEquals(List.of(2_000, 1_000), rest.stream().map(p -> p.items().size()).toList());
        assertFalse(rest.get(1).more());
        List<String> all = new ArrayList<>(first.items().stream().map(SourceItem::id).toList());
        all.addAll(ids(rest));
        assertEquals(5_000, new HashSet<>(all).size());
        assertEquals("https://vk.com/wall-1_4999", all.get(4_999));
        SourceItem item = first.items().get(7);
        assertEquals("Отзыв №7 об Acme; строка 1\nстрока 2", item.text());
        assertEquals("vk", item.platform());
        assertEquals(Instant.parse("2026-01-08T07:07:00Z"), item.published());

        Page again = connector().poll(context, rest.get(1).next());
        assertTrue(again.items().isEmpty(), "at the end nothing comes twice");
        assertFalse(again.more());
    }

    @Test
    void aGrownFileContinuesAndAReplacedOneStartsOver() throws Exception {
        Path file = generated("growing.csv", 0, 30);
        ConnectorContext context = context(file, Map.of("pageSize", 2000));
        Page first = connector().poll(context, Cursor.START);
        assertEquals(30, first.items().size());

        generated("growing.csv", 30, 5);
        Page grown = connector().poll(context, first.next());
        assertEquals(List.of("https://vk.com/wall-1_30", "https://vk.com/wall-1_31", "https://vk.com/wall-1_32",
                "https://vk.com/wall-1_33", "https://vk.com/wall-1_34"),
                grown.items().stream().map(SourceItem::id).toList());

        Files.delete(file);
        generated("growing.csv", 100, 3);
        Page replaced = connector().poll(context, grown.next());
        assertEquals(List.of("https://vk.com/wall-1_100", "https://vk.com/wall-1_101", "https://vk.com/wall-1_102"),
                replaced.items().stream().map(SourceItem::id).toList());
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("changed since the last poll")), log.lines.toString());
    }

    @Test
    void aFileRewrittenWithTheSameSizeButOtherRowsStartsOver() throws Exception {
        Path file = folder.resolve("same-size.csv");
        Files.writeString(file, "Content,URL\nfirst,https://a.example/1\n", StandardCharsets.UTF_8);
        ConnectorContext context = context(file, Map.of());
        Page first = connector().poll(context, Cursor.START);
        Files.writeString(file, "Content,URL\nother,https://a.example/2\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Page second = connector().poll(context, first.next());
        assertEquals(List.of("https://a.example/2"), second.items().stream().map(SourceItem::id).toList());
    }

    @Test
    void badRowsAreLoggedWithFileAndLineCountedAndSkipped() throws Exception {
        Path file = folder.resolve("brand-analytics-export.csv");
        try (InputStream in = FileConnectorTest.class.getResourceAsStream("/exports/brand-analytics-export.csv")) {
            Files.copy(in, file);
        }
        ConnectorContext context = context(file, Map.of("dateFormat", "dd.MM.yyyy HH:mm", "pageSize", 2));
        List<Page> pages = drain(connector(), context, Cursor.START);
        assertEquals(3, pages.size());
        assertEquals(3, ids(pages).size());
        assertTrue(log.lines.contains("warn: Source import-1 skipped brand-analytics-export.csv line 5: column "
                + "'Дата публикации' has '31.02.2026 10:00', expected dd.MM.yyyy HH:mm"), log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("line 6: column 'Текст сообщения' is empty")));
        assertTrue(pages.get(2).next().value().endsWith(";skipped=2"), pages.get(2).next().value());
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("2 rows were skipped in all")), log.lines.toString());
    }

    @Test
    void jsonArraysAndJsonLinesPageToo() throws Exception {
        Path array = folder.resolve("export.json");
        Path lines = folder.resolve("export.jsonl");
        StringBuilder json = new StringBuilder("{\"meta\":{\"total\":25},\"mentions\":[\n");
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            String object = "{\"id\":\"m" + i + "\",\"text\":\"mention " + i + "\",\"date\":\"2026-01-1" + (i % 10)
                    + "T10:00:00Z\",\"author\":{\"name\":\"a" + i + "\"}}";
            json.append(i == 0 ? "" : ",\n").append(object);
            jsonl.append(object).append('\n');
        }
        Files.writeString(array, json.append("]}").toString(), StandardCharsets.UTF_8);
        Files.writeString(lines, jsonl.toString(), StandardCharsets.UTF_8);
        for (Path file : List.of(array, lines)) {
            List<Page> pages = drain(connector(), context(file, Map.of("pageSize", 10)), Cursor.START);
            assertEquals(List.of(10, 10, 5), pages.stream().map(p -> p.items().size()).toList(), file.toString());
            List<String> ids = ids(pages);
            assertEquals(25, new HashSet<>(ids).size());
            assertEquals("m24", ids.get(24));
            assertEquals("a3", pages.get(0).items().get(3).author());
        }
    }

    @Test
    void whatCannotBeImportedIsAConfigurationProblemWithTheReason() throws Exception {
        Path html = folder.resolve("export.csv");
        Files.writeString(html, "<html><body>Your session has expired</body></html>\n");
        ConnectorException notCsv = assertThrows(ConnectorException.class,
                () -> connector().poll(context(html, Map.of()), Cursor.START));
        assertEquals(Kind.CONFIGURATION, notCsv.kind());
        assertTrue(notCsv.getMessage().contains("neither CSV nor JSON"), notCsv.getMessage());

        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector().poll(context(folder.resolve("gone.csv"), Map.of()), Cursor.START)).kind());
        assertEquals(Kind.CONFIGURATION, assertThrows(ConnectorException.class,
                () -> connector().poll(TestConnectorContext.builder().build(), Cursor.START)).kind());

        Path noText = folder.resolve("numbers.csv");
        Files.writeString(noText, "Likes,Shares\n1,2\n");
        ConnectorException unmapped = assertThrows(ConnectorException.class,
                () -> connector().poll(context(noText, Map.of()), Cursor.START));
        assertTrue(unmapped.getMessage().contains("no column is mapped to the text; its columns are [Likes, Shares]"),
                unmapped.getMessage());
    }

    @Test
    void pollingTheSameCursorTwiceYieldsTheSameWellFormedItems() throws Exception {
        Path file = generated("twice.csv", 0, 25);
        ConnectorContext context = context(file, Map.of("pageSize", 10));
        Page first = connector().poll(context, Cursor.START);
        assertEquals(first.items(), connector().poll(context, Cursor.START).items());
        Page second = connector().poll(context, first.next());
        assertEquals(second.items(), connector().poll(context, first.next()).items(),
                "after a crash Chorus polls the same cursor again and must get the same rows");
        for (SourceItem item : second.items()) {
            assertTrue(item.url().startsWith("https://"), item.url());
            assertTrue(connector().info().platforms().contains(item.platform()), item.platform());
            assertFalse(item.text().isBlank());
        }
    }

    @Test
    void aDamagedCursorRereadsInsteadOfFailing() throws Exception {
        Path file = generated("small.csv", 0, 3);
        Page page = connector().poll(context(file, Map.of()), new Cursor("pos=abc"));
        assertEquals(3, page.items().size());
    }

    @Test
    void checkDescribesTheFileAndItsFirstProblem() throws Exception {
        Path file = folder.resolve("brand-analytics-export.csv");
        try (InputStream in = FileConnectorTest.class.getResourceAsStream("/exports/brand-analytics-export.csv")) {
            Files.copy(in, file);
        }
        String result = connector().check(context(file, Map.of("dateFormat", "dd.MM.yyyy HH:mm")));
        assertTrue(result.startsWith("Found brand-analytics-export.csv (CSV, UTF-8, delimiter ';'), mapped as "
                + "text=Текст сообщения;"), result);
        assertTrue(result.contains("3 of the first 5 rows import, 2 would be skipped, first: "
                + "brand-analytics-export.csv line 5"), result);
    }

    @Test
    void importsAHundredThousandRowsInPagesOfTwoThousand() throws Exception {
        Path file = generated("huge.csv", 0, 100_000);
        List<Page> pages = drain(connector(), context(file, Map.of()), Cursor.START);
        Set<String> ids = new HashSet<>(ids(pages));
        assertEquals(100_000, ids.size());
        assertEquals(50, pages.size());
    }
}
