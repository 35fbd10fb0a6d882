package io.chorus.api.platform;

/** What kind of place a platform is. */
public enum PlatformKind {
    SOCIAL_NETWORK, FORUM, QA, REVIEW_SITE, NEWS, BLOG, VIDEO, MESSENGER, MARKETPLACE, OTHER
}
