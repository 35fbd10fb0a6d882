package io.chorus.registry.variants.internal;

import java.text.Normalizer;

import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;

/**
 * The part of an entry's text that variants change, and what stays around it. A hashtag keeps its '#': its variants
 * are hashtags too, since a matcher looks for "#sberbank" and the bare word separately.
 *
 * @param prefix kept in front of every variant: "#" for hashtags written with it, otherwise empty
 * @param body   the text variants are made from, in Unicode NFC
 */
record EntryText(String prefix, String body) {

    static EntryText of(KeywordEntry entry) {
        String text = Normalizer.normalize(entry.text().strip(), Normalizer.Form.NFC);
        if (entry.type() == EntryType.HASHTAG && text.length() > 1 && text.charAt(0) == '#') {
            return new EntryText("#", text.substring(1));
        }
        return new EntryText("", text);
    }

    /** The full text of a variant whose body is given. */
    String variant(String variantBody) {
        return prefix + variantBody;
    }

    /** The full text of the entry. */
    String text() {
        return prefix + body;
    }
}
