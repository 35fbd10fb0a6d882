package io.chorus.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsColumnsCountingWideCharactersTwice() {
        String text = new TextTable("NAME", "TITLE", "STATE")
                .row("core", "Core", "active")
                .row("reputation", "評判管理", "active")
                .row("smm", "Соцсети", "installed")
                .toString();
        String[] lines = text.split(System.lineSeparator());
        assertEquals("NAME        TITLE     STATE", lines[0]);
        assertEquals("reputation  評判管理  active", lines[2]);
        assertEquals("smm         Соцсети   installed", lines[3]);
    }

    @Test
    void countsDisplayWidth() {
        assertEquals(4, TextTable.displayWidth("ソニ"));
        assertEquals(5, TextTable.displayWidth("Sony!"));
        assertEquals(4, TextTable.displayWidth("ＡＢ"));
    }
}
