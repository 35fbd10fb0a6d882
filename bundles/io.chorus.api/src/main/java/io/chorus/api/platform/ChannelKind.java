package io.chorus.api.platform;

/** Who speaks through a channel. */
public enum ChannelKind {
    /** The brand's official page or account (SMM, reputation replies). */
    OFFICIAL,
    /** A person's account used for the brand in crowd marketing: always with a disclosure of the affiliation. */
    PERSONA
}
