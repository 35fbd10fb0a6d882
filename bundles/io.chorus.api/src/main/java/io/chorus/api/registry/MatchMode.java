package io.chorus.api.registry;

/** How an entry's text is compared with a mention's text. */
public enum MatchMode {
    /** The words as written, ignoring case and diacritics. */
    EXACT,
    /** Word forms too: "Сбербанка", "Сбербанке" match "Сбербанк" (stemming for the entry's languages). */
    STEMMED,
    /** Words within a few edits ({@link MatchOptions#maxEdits()}), for names people misspell. */
    FUZZY
}
