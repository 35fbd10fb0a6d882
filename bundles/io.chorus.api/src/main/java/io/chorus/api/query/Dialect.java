package io.chorus.api.query;

/** Query languages of other monitoring tools that Chorus exports to (and, for some, imports from). */
public enum Dialect {
    /** Brandwatch Consumer Research boolean queries. Export and import. */
    BRANDWATCH,
    /** Talkwalker boolean queries. Export and import. */
    TALKWALKER,
    /** YouScan topic queries. Export. */
    YOUSCAN,
    /** Awario alerts (keywords, required and excluded words). Export. */
    AWARIO,
    /** Google Alerts search terms. Export. */
    GOOGLE_ALERTS
}
