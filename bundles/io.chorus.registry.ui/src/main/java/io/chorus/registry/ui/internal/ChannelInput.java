package io.chorus.registry.ui.internal;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.chorus.api.platform.Channel;
import io.chorus.api.platform.ChannelKind;

/**
 * What the channel dialog holds, checked without a display: the first problem that keeps it from being a channel of
 * the brand, and the channel it becomes. Texts are taken as typed, without surrounding blanks.
 *
 * @param platformId the chosen platform, empty when none is
 * @param kind       official account or persona
 * @param handle     the account name
 * @param url        the account's page; may be empty
 * @param disclosure the affiliation disclosure; required for personas
 * @param timeZone   an IANA time zone id in any letter case, or empty for the workspace default
 */
record ChannelInput(String platformId, ChannelKind kind, String handle, String url, String disclosure,
                    String timeZone) {

    /** The longest id {@link #proposedId} makes before the -2, -3 that keeps it unique. */
    static final int MAX_ID_LENGTH = 48;

    /** Why the input is not a channel yet, in the order the dialog reports them. */
    enum Problem {
        /** No platform is chosen. */
        NO_PLATFORM,
        /** The handle is empty. */
        NO_HANDLE,
        /** The brand already has this account on this platform. */
        DUPLICATE,
        /** A persona without a disclosure. */
        NO_DISCLOSURE,
        /** The time zone is not an IANA time zone id. */
        UNKNOWN_TIME_ZONE
    }

    ChannelInput {
        platformId = platformId == null ? "" : platformId.strip();
        kind = kind == null ? ChannelKind.OFFICIAL : kind;
        handle = handle == null ? "" : handle.strip();
        url = url == null ? "" : url.strip();
        disclosure = disclosure == null ? "" : disclosure.strip();
        timeZone = timeZone == null ? "" : timeZone.strip();
    }

    /** The input that shows an existing channel. */
    static ChannelInput of(Channel channel) {
        return new ChannelInput(channel.platformId(), channel.kind(), channel.handle(), channel.url(),
                channel.disclosure(), channel.timeZone());
    }

    /**
     * The first problem of this input, if any.
     *
     * @param others the brand's other channels (without the one being edited)
     */
    Optional<Problem> problem(Collection<Channel> others) {
        if (platformId.isEmpty()) {
            return Optional.of(Problem.NO_PLATFORM);
        }
        if (handle.isEmpty()) {
            return Optional.of(Problem.NO_HANDLE);
        }
        if (others.stream().anyMatch(other -> other.platformId().equals(platformId)
                && other.handle().equalsIgnoreCase(handle))) {
            return Optional.of(Problem.DUPLICATE);
        }
        if (kind == ChannelKind.PERSONA && disclosure.isEmpty()) {
            return Optional.of(Problem.NO_DISCLOSURE);
        }
        if (zone(timeZone).isEmpty()) {
            return Optional.of(Problem.UNKNOWN_TIME_ZONE);
        }
        return Optional.empty();
    }

    /**
     * The channel this input describes.
     *
     * @param id     the channel's id: the one it has when edited, or empty for a new id made from platform and handle
     * @param others the brand's other channels (without the one being edited)
     * @throws IllegalStateException when the input has a {@link #problem}
     */
    Channel toChannel(String id, Collection<Channel> others) {
        Optional<Problem> problem = problem(others);
        if (problem.isPresent()) {
            throw new IllegalStateException("the channel input is not valid: " + problem.get());
        }
        String channelId = id == null || id.isBlank()
                ? proposedId(platformId, handle, others.stream().map(Channel::id).toList()) : id;
        return new Channel(channelId, platformId, kind, handle, url, disclosure, zone(timeZone).orElseThrow());
    }

    /**
     * A readable id for a new channel, unique among {@code taken}: platform and handle in lower-case ASCII letters,
     * digits and hyphens ("vk" and "Acme_Official" make "vk-acme-official"), then -2, -3 ... when it is taken.
     * Letters with accents lose them; other scripts are left out, so a Cyrillic handle on VK makes "vk".
     */
    static String proposedId(String platformId, String handle, Collection<String> taken) {
        String base = slug(platformId + "-" + handle);
        if (base.length() > MAX_ID_LENGTH) {
            base = base.substring(0, MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "channel";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String slug(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The IANA time zone id as Java spells it ("europe/moscow" is "Europe/Moscow"), empty text for the workspace
     * default, or nothing when there is no such time zone. Offsets like "+03:00" are not time zones: a zone id
     * follows daylight saving time, which is what scheduling needs.
     */
    static Optional<String> zone(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return Optional.of("");
        }
        if (ZoneId.getAvailableZoneIds().contains(wanted)) {
            return Optional.of(wanted);
        }
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(wanted)).findFirst();
    }

    /** Every IANA time zone id Java knows, sorted, for the dialog's list. */
    static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }
}
