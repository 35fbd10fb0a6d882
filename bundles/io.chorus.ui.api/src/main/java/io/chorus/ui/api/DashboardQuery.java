package io.chorus.ui.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a dashboard shows.
 *
 * @param brand  the brand id from the registry, or empty for every brand
 * @param from   start of the period, inclusive
 * @param to     end of the period, exclusive
 * @param zone   the user's time zone, for day buckets
 * @param locale the window's language, for labels the tile writes
 */
public record DashboardQuery(String brand, Instant from, Instant to, ZoneId zone, Locale locale) {
    public DashboardQuery {
        brand = brand == null ? "" : brand;
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }
}
