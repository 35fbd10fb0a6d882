package io.chorus.api.notify;

/** How urgent a notification is. */
public enum Severity {
    /** Something finished or changed; no action needed. */
    INFO,
    /** Worth a look soon: a source needs attention, a reply is close to its deadline. */
    WARNING,
    /** Act now: a crisis, a publication that failed. */
    ALERT
}
