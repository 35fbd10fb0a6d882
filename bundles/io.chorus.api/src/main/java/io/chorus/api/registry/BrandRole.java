package io.chorus.api.registry;

/** Whether a brand is a client's or one watched for comparison. */
public enum BrandRole {
    /** A brand the agency works for. */
    OWN,
    /** A competitor, tracked for share of voice. */
    COMPETITOR
}
