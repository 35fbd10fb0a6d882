package io.chorus.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

class KeyBindingTest {

    @Test
    void parsesEclipseNotation() {
        assertEquals(SWT.MOD1 | SWT.MOD2 | 'r', KeyBinding.parse("M1+Shift+R"));
        assertEquals(SWT.MOD1 | '3', KeyBinding.parse("M1+3"));
        assertEquals(SWT.F5, KeyBinding.parse("F5"));
        assertEquals(SWT.ALT | SWT.CR, KeyBinding.parse("Alt+Enter"));
        assertEquals(SWT.MOD1 | ',', KeyBinding.parse("M1+,"));
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertEquals(0, KeyBinding.parse(""));
        assertEquals(0, KeyBinding.parse("M1+Banana"));
        assertEquals(0, KeyBinding.parse("A+B"));
    }

    @Test
    void describesBindingsForMenus() {
        assertEquals("Ctrl+Shift+R", KeyBinding.describe(SWT.CTRL | SWT.SHIFT | 'r'));
        assertEquals("F5", KeyBinding.describe(SWT.F5));
    }

    @Test
    void describesPunctuationAsItIsPrinted() {
        assertEquals("Ctrl+,", KeyBinding.describe(SWT.CTRL | ','));
        assertEquals("Ctrl+Shift+S", KeyBinding.describe(SWT.CTRL | SWT.SHIFT | 's'));
    }
}
