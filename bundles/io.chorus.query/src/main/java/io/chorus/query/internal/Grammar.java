package io.chorus.query.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.chorus.api.query.Field;

/**
 * The boolean syntaxes the parser reads. They share words, phrases, parentheses, AND OR NOT and NEAR; they differ in
 * field names, in how an ordered NEAR is spelled, in what '~' after a phrase means and in a few extras.
 */
enum Grammar {

    /** The Chorus query language. */
    CHORUS("Chorus", orderedFields()),

    /**
     * Brandwatch: {@code NEAR/nf} for words in order, {@code "a b"~n} for proximity, {@code language:},
     * {@code <<<comments>>>}, {@code {case}}.
     */
    BRANDWATCH("Brandwatch", Map.of("site", Field.SITE, "author", Field.AUTHOR, "title", Field.TITLE, "url",
            Field.URL, "language", Field.LANG)),

    /** Talkwalker: {@code ONEAR/n}, {@code "a b"~n} for proximity, {@code lang:}, {@code domain_url:}. */
    TALKWALKER("Talkwalker", Map.of("title", Field.TITLE, "url", Field.URL, "author", Field.AUTHOR, "lang",
            Field.LANG, "site", Field.SITE, "domain_url", Field.SITE, "host_url", Field.SITE));

    private final String displayName;
    private final Map<String, Field> fields;

    Grammar(String displayName, Map<String, Field> fields) {
        this.displayName = displayName;
        this.fields = fields;
    }

    String displayName() {
        return displayName;
    }

    Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The field names this grammar reads, with their colon, in a stable order for messages. */
    List<String> fieldNames() {
        if (this == CHORUS) {
            return Arrays.stream(Field.values()).map(field -> field.keyword() + ":").toList();
        }
        return fields.keySet().stream().sorted().map(name -> name + ":").toList();
    }

    boolean isChorus() {
        return this == CHORUS;
    }

    private static Map<String, Field> orderedFields() {
        return Map.of("platform", Field.PLATFORM, "site", Field.SITE, "author", Field.AUTHOR, "lang", Field.LANG,
                "title", Field.TITLE, "url", Field.URL);
    }
}
