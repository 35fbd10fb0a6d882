package io.chorus.ui.workbench.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;

/**
 * Key bindings in Eclipse notation ({@code M1+Shift+R}) turned into SWT accelerators. M1 is Ctrl (Command on macOS),
 * M2 Shift, M3 Alt, M4 Ctrl on macOS.
 */
final class KeyBinding {

    private KeyBinding() {
    }

    /** The accelerator, or 0 when the text is empty or not understood. */
    static int parse(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int modifiers = 0;
        int key = 0;
        for (String part : text.split("\\+")) {
            String token = part.trim().toUpperCase(Locale.ROOT);
            switch (token) {
                case "M1" -> modifiers |= SWT.MOD1;
                case "M2" -> modifiers |= SWT.MOD2;
                case "M3" -> modifiers |= SWT.MOD3;
                case "M4" -> modifiers |= SWT.MOD4;
                case "CTRL" -> modifiers |= SWT.CTRL;
                case "SHIFT" -> modifiers |= SWT.SHIFT;
                case "ALT" -> modifiers |= SWT.ALT;
                case "COMMAND", "CMD" -> modifiers |= SWT.COMMAND;
                default -> {
                    if (key != 0) {
                        return 0;
                    }
                    key = keyCode(token);
                    if (key == 0) {
                        return 0;
                    }
                }
            }
        }
        return key == 0 ? 0 : modifiers | key;
    }

    private static int keyCode(String token) {
        if (token.length() == 1) {
            return Character.toLowerCase(token.charAt(0));
        }
        if (token.matches("F([1-9]|1[0-9]|20)")) {
            return SWT.F1 + Integer.parseInt(token.substring(1)) - 1;
        }
        return switch (token) {
            case "ENTER", "RETURN" -> SWT.CR;
            case "ESC", "ESCAPE" -> SWT.ESC;
            case "TAB" -> SWT.TAB;
            case "SPACE" -> ' ';
            case "DEL", "DELETE" -> SWT.DEL;
            case "BACKSPACE" -> SWT.BS;
            case "HOME" -> SWT.HOME;
            case "END" -> SWT.END;
            case "PAGE_UP", "PAGEUP" -> SWT.PAGE_UP;
            case "PAGE_DOWN", "PAGEDOWN" -> SWT.PAGE_DOWN;
            case "ARROW_UP", "UP" -> SWT.ARROW_UP;
            case "ARROW_DOWN", "DOWN" -> SWT.ARROW_DOWN;
            case "ARROW_LEFT", "LEFT" -> SWT.ARROW_LEFT;
            case "ARROW_RIGHT", "RIGHT" -> SWT.ARROW_RIGHT;
            default -> 0;
        };
    }

    /** How the binding reads in a menu item: {@code Ctrl+Shift+R}. */
    static String describe(int accelerator) {
        if (accelerator == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if ((accelerator & SWT.CTRL) != 0) {
            text.append("Ctrl+");
        }
        if ((accelerator & SWT.COMMAND) != 0 && SWT.COMMAND != SWT.CTRL) {
            text.append("Cmd+");
        }
        if ((accelerator & SWT.ALT) != 0) {
            text.append("Alt+");
        }
        if ((accelerator & SWT.SHIFT) != 0) {
            text.append("Shift+");
        }
        int key = accelerator & SWT.KEY_MASK;
        if (key >= SWT.F1 && key <= SWT.F20) {
            text.append('F').append(key - SWT.F1 + 1);
        } else if (key > 0 && key < 0x10000 && Character.isLetterOrDigit(key)) {
            text.append(Character.toUpperCase((char) key));
        } else {
            text.append(switch (key) {
                case SWT.CR -> "Enter";
                case SWT.ESC -> "Esc";
                case SWT.TAB -> "Tab";
                case ' ' -> "Space";
                case SWT.DEL -> "Delete";
                default -> key > ' ' && key < 0x7f ? String.valueOf((char) key) : "#" + key;
            });
        }
        return text.toString();
    }
}
