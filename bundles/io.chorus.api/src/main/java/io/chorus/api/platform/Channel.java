package io.chorus.api.platform;

import java.util.Objects;

/**
 * An account of a brand on a platform.
 *
 * @param id         unique within the brand
 * @param platformId the platform
 * @param kind       official account or persona
 * @param handle     the account name on the platform
 * @param url        the account's page; may be empty
 * @param disclosure for personas: the affiliation disclosure every reply carries ("I work for Acme"); required
 *                   for personas, may be empty for official accounts
 * @param timeZone   the channel's time zone (IANA id), for scheduling; may be empty for the workspace default
 */
public record Channel(String id, String platformId, ChannelKind kind, String handle, String url, String disclosure,
                      String timeZone) {

    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(timeZone, "timeZone");
        if (kind == ChannelKind.PERSONA && disclosure.isBlank()) {
            throw new IllegalArgumentException("persona " + handle + " on " + platformId + " needs an affiliation"
                    + " disclosure: people must be able to see that it speaks for the brand");
        }
    }
}
