package io.chorus.api.registry;

/** Where a spelling variant stands in review. */
public enum VariantStatus {
    /** Generated, waiting for a person; not used for matching yet. */
    SUGGESTED,
    /** Accepted: matched like the entry itself. */
    ACCEPTED,
    /** Rejected: never matched, and never suggested again. */
    REJECTED,
    /** Accepted and kept whatever the budget: also survives regeneration and generator changes. */
    PINNED;

    /** Whether variants in this state take part in matching. */
    public boolean isUsed() {
        return this == ACCEPTED || this == PINNED;
    }

    /** Whether a person decided about the variant (anything but suggested). */
    public boolean isDecided() {
        return this != SUGGESTED;
    }
}
