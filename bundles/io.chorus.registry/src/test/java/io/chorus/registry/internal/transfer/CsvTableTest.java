package io.chorus.registry.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

    private static List<List<String>> cells(List<CsvTable.Row> rows) {
        return rows.stream().map(CsvTable.Row::cells).toList();
    }

    private static List<Integer> lines(List<CsvTable.Row> rows) {
        return rows.stream().map(CsvTable.Row::line).toList();
    }

    @Test
    void readsPlainRowsWithTheLineEachStartsOn() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("brand,type,text\nacme,brand-name,Acme\nacme,product,RoboVac\n");
        assertEquals(List.of(List.of("brand", "type", "text"), List.of("acme", "brand-name", "Acme"),
                List.of("acme", "product", "RoboVac")), cells(rows));
        assertEquals(List.of(1, 2, 3), lines(rows));
    }

    @Test
    void aByteOrderMarkDoesNotBecomePartOfTheFirstColumnName() throws Exception {
        // Excel's "CSV UTF-8" starts with a BOM; "\uFEFFbrand" would not be recognised as the brand column.
        List<CsvTable.Row> rows = CsvTable.parse("\uFEFFbrand;type;text\r\nsber;brand-name;Сбербанк\r\n");
        assertEquals(List.of("brand", "type", "text"), rows.get(0).cells());
        assertEquals(List.of("sber", "brand-name", "Сбербанк"), rows.get(1).cells());
    }

    @Test
    void windowsAndOldMacLineEndsEndRowsWithoutLeavingCarriageReturnsInCells() throws Exception {
        List<CsvTable.Row> crlf = CsvTable.parse("a,b\r\n1,2\r\n3,4");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")), cells(crlf));
        assertEquals(List.of(1, 2, 3), lines(crlf));
        List<CsvTable.Row> cr = CsvTable.parse("a,b\r1,2\r");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), cells(cr));
    }

    @Test
    void quotedCellsKeepSeparatorsDoubledQuotesAndLineBreaks() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("""
                brand,text,note
                acme,"Acme, Inc.","the ""real"" name
                spans two lines"
                acme,RoboVac,
                """);
        assertEquals(List.of("acme", "Acme, Inc.", "the \"real\" name\nspans two lines"), rows.get(1).cells());
        assertEquals(List.of("acme", "RoboVac", ""), rows.get(2).cells());
        // The row after a multi-line cell starts on line 4, not 3: messages must point at the right line.
        assertEquals(List.of(1, 2, 4), lines(rows));
    }

    @Test
    void cyrillicAndJapaneseTextPassesThroughUnchanged() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("brand,type,text\nsony,brand-name,ソニー\nsber,alias,\"Сбер, СберБанк\"\n");
        assertEquals("ソニー", rows.get(1).cells().get(2));
        assertEquals("Сбер, СберБанк", rows.get(2).cells().get(2));
    }

    @Test
    void blankLinesAreSkippedButCountedForLineNumbers() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("a,b\n\n,\n1,2\n\n");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), cells(rows));
        assertEquals(List.of(1, 4), lines(rows));
    }

    @Test
    void theLastRowNeedsNoLineBreak() throws Exception {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "")), cells(CsvTable.parse("a,b\n1,")));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "x y")), cells(CsvTable.parse("a,b\n1,\"x y\"")));
        assertEquals(List.of(), CsvTable.parse(""));
    }

    @Test
    void spacesAfterAClosingQuoteAreIgnoredButTextIsAMistake() throws Exception {
        assertEquals(List.of("x", "y"), CsvTable.parse("\"x\"  ,y").get(0).cells());
        CsvTable.CsvException e = assertThrows(CsvTable.CsvException.class,
                () -> CsvTable.parse("a,b\n\"Acme\" Inc,x\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("text after the closing quote"), e.getMessage());
    }

    @Test
    void aQuoteInsideAnUnquotedCellNamesItsLineAndTheFix() {
        CsvTable.CsvException e = assertThrows(CsvTable.CsvException.class,
                () -> CsvTable.parse("a,b\n1,2\nsay \"hi\",3\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("double the quotes inside"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItOpened() {
        // The parser runs to the end of the file looking for the closing quote; the mistake is where it opened.
        CsvTable.CsvException e = assertThrows(CsvTable.CsvException.class,
                () -> CsvTable.parse("a,b\n1,2\n3,\"four\n5,6\n7,8\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("never closed; add the closing quote"), e.getMessage());
    }

    @Test
    void theSeparatorIsWhateverTheHeaderUsesMostOutsideQuotes() {
        assertEquals(',', CsvTable.detectSeparator("brand,type,text\n"));
        assertEquals(';', CsvTable.detectSeparator("brand;type;text\nacme,x,y,z,w"));
        assertEquals('\t', CsvTable.detectSeparator("brand\ttype\ttext"));
        // The comma inside the quoted header does not count.
        assertEquals(';', CsvTable.detectSeparator("\"brand, id\";type;text"));
        assertEquals(',', CsvTable.detectSeparator("text"));
    }

    @Test
    void semicolonFilesFromExcelKeepCommasInCells() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("brand;type;text\nacme;alias;Acme, Inc.\n");
        assertEquals(List.of("acme", "alias", "Acme, Inc."), rows.get(1).cells());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "Acme, Inc.", "say \"hi\"", "two\nlines", "windows\r\nline", "a;b",
            " leading", "trailing ", "", "Сбербанк", "ソニー"})
    void aWrittenCellReadsBackAsItWas(String cell) throws Exception {
        String line = CsvTable.line(List.of("x", cell, "y"));
        assertEquals(List.of("x", cell, "y"), CsvTable.parse("h1,h2,h3\n" + line + "\n").get(1).cells(), line);
    }

    @Test
    void onlyCellsThatNeedQuotesAreQuotedAndNullIsEmpty() {
        // A semicolon is quoted too, so that Excel in a semicolon locale still reads one cell.
        assertEquals("acme,\"Acme, Inc.\",\"say \"\"hi\"\"\",,\"ru;en\"", CsvTable.line(java.util.Arrays.asList(
                "acme", "Acme, Inc.", "say \"hi\"", null, "ru;en")));
    }
}
