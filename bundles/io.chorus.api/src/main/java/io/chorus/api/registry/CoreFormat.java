package io.chorus.api.registry;

/** File formats of semantic cores. */
public enum CoreFormat {
    /** One entry per row: brand, type, text, languages, match, modules, note, variants. */
    CSV,
    /** The brand files of the workspace, as {@code {"schema": 1, "brands": [...]}}. */
    JSON
}
