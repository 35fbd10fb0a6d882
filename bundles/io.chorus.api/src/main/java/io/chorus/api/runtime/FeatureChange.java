package io.chorus.api.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link FeatureManager} call did, or would do for {@link FeatureManager#check}.
 *
 * @param feature        the feature name, or the plugin jar's file name
 * @param started        symbolic names of the bundles installed or started
 * @param stopped        symbolic names of the bundles stopped or uninstalled
 * @param restartNeeded  whether part of the change only takes effect after a restart (a bundle another one wires to)
 * @param message        one sentence for the user, in English
 */
public record FeatureChange(String feature, List<String> started, List<String> stopped, boolean restartNeeded,
                            String message) {
    public FeatureChange {
        Objects.requireNonNull(feature, "feature");
        started = List.copyOf(started);
        stopped = List.copyOf(stopped);
        Objects.requireNonNull(message, "message");
    }
}
