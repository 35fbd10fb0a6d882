package io.chorus.api.platform;

/** What Chorus can do on a platform, given a connector. */
public enum Capability {
    /** Find mentions. */
    MONITOR,
    /** Post as the brand. */
    PUBLISH,
    /** Answer a post or comment. */
    REPLY,
    /** Read followers, likes, views. */
    READ_METRICS
}
