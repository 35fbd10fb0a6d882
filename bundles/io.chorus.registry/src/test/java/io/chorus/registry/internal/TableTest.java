package io.chorus.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellPlusTwoSpacesWithoutTrailingSpaces() {
        String table = new Table("ID", "NAME", "N").row("acme", "Acme Robotics", 2).row("b", null, 10).toString();
        assertEquals("""
                ID    NAME           N
                acme  Acme Robotics  2
                b                    10
                """, table);
    }

    @Test
    void wideEastAsianCharactersTakeTwoColumnsSoRowsStayAligned() {
        String table = new Table("NAME", "ID").row("ソニー", "sony").row("価格.com", "kakaku").row("Acme", "acme")
                .toString();
        assertEquals("""
                NAME      ID
                ソニー    sony
                価格.com  kakaku
                Acme      acme
                """, table);
    }

    @Test
    void widthCountsTerminalColumns() {
        assertEquals(0, Table.width(""));
        assertEquals(8, Table.width("Сбербанк"), "Cyrillic is narrow");
        assertEquals(6, Table.width("ソニー"));
        assertEquals(3, Table.width("ｿﾆｰ"), "half-width katakana is narrow");
        assertEquals(4, Table.width("한국"));
        assertEquals(4, Table.width("ＡＢ"), "full-width Latin is wide");
        // 𠮷 (U+20BB7, outside the BMP) is in the name of the Japanese chain 𠮷野家.
        assertEquals(6, Table.width("\uD842\uDFB7野家"), "supplementary ideographs are wide too, and counted once");
    }

    @Test
    void aTableWithoutRowsIsItsHeader() {
        assertEquals("A  B\n", new Table("A", "B").toString());
    }
}
