package io.chorus.registry.variants.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * What each key of the four character rows of a standard keyboard types, unshifted and shifted, in the layouts
 * Chorus knows. The rows run from the digit row (starting with the key left of 1) down to the bottom letter row;
 * a position in a row string is a physical key, the same in every layout. The Mac Russian layout is the one Apple
 * calls "Russian" (Apple's "Russian - PC" is {@link #RUSSIAN_PC}): same letters, but ё sits on the backslash key and
 * the comma and full stop on Shift+6 and Shift+7.
 */
enum KeyboardLayout {
    US(Script.LATIN, new String[] {"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"},
            new String[] {"~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"}),
    RUSSIAN_PC(Script.CYRILLIC, new String[] {"ё1234567890-=", "йцукенгшщзхъ\\", "фывапролджэ", "ячсмитьбю."},
            new String[] {"Ё!\"№;%:?*()_+", "ЙЦУКЕНГШЩЗХЪ/", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮ,"}),
    RUSSIAN_MAC(Script.CYRILLIC, new String[] {">1234567890-=", "йцукенгшщзхъё", "фывапролджэ", "ячсмитьбю/"},
            new String[] {"<!\"№%:,.;()_+", "ЙЦУКЕНГШЩЗХЪЁ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮ?"});

    private record Key(int row, int column, boolean shifted) {
    }

    private final Script script;
    private final String[] unshifted;
    private final String[] shifted;
    private final Map<Character, Key> keys = new HashMap<>();
    private final Map<Character, String> neighbours = new HashMap<>();

    KeyboardLayout(Script script, String[] unshifted, String[] shifted) {
        this.script = script;
        this.unshifted = unshifted;
        this.shifted = shifted;
        for (int row = 0; row < unshifted.length; row++) {
            for (int column = 0; column < unshifted[row].length(); column++) {
                keys.put(unshifted[row].charAt(column), new Key(row, column, false));
                neighbours.put(unshifted[row].charAt(column), lettersAround(row, column));
            }
        }
        for (int row = 0; row < shifted.length; row++) {
            for (int column = 0; column < shifted[row].length(); column++) {
                keys.putIfAbsent(shifted[row].charAt(column), new Key(row, column, true));
            }
        }
    }

    /**
     * What comes out when the text is typed on this layout by someone who means {@code intended}: each character
     * becomes the one on the same key with the same shift state. Characters the intended layout has no key for stay.
     */
    String typedAs(String text, KeyboardLayout intended) {
        StringBuilder typed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Key key = intended.keys.get(c);
            if (key == null) {
                typed.append(c);
            } else {
                typed.append((key.shifted() ? shifted : unshifted)[key.row()].charAt(key.column()));
            }
        }
        return typed.toString();
    }

    /** The script of the layout's letters. */
    Script script() {
        return script;
    }

    /** Whether this layout has a key for the character. */
    boolean hasKey(char c) {
        return keys.containsKey(c);
    }

    /** The lower-case letters on the keys next to the key of this lower-case letter; empty when it has none. */
    String neighboursOf(char letter) {
        return neighbours.getOrDefault(letter, "");
    }

    private String lettersAround(int row, int column) {
        StringBuilder around = new StringBuilder();
        double x = column + rowOffset(row);
        for (int other = Math.max(0, row - 1); other <= Math.min(unshifted.length - 1, row + 1); other++) {
            for (int otherColumn = 0; otherColumn < unshifted[other].length(); otherColumn++) {
                double distance = Math.abs(otherColumn + rowOffset(other) - x);
                boolean adjacent = other == row ? distance == 1 : distance <= 0.75;
                char c = unshifted[other].charAt(otherColumn);
                if (adjacent && Character.isLetter(c)) {
                    around.append(c);
                }
            }
        }
        return around.toString();
    }

    /** Where a row starts, in key widths: each row is further right than the one above, as on real keyboards. */
    private static double rowOffset(int row) {
        return switch (row) {
            case 0 -> 0;
            case 1 -> 1.5;
            case 2 -> 1.75;
            default -> 2.25;
        };
    }
}
