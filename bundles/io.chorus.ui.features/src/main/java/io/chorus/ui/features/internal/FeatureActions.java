package io.chorus.ui.features.internal;

import java.util.List;
import java.util.Locale;

import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleState;

/**
 * What the module manager offers for the selected feature, decided from {@link FeatureInfo} alone so the buttons
 * and the context menu agree. Disable is offered only where the feature manager would accept it: never for
 * {@code core}, never for a feature another installed feature needs.
 *
 * @param enable  the feature is known but not installed or not running
 * @param disable the feature is installed and nothing installed needs it
 * @param remove  as disable, or the feature is known but not installed (to delete its file)
 * @param neededBy the installed features that need the selected one; empty when none
 */
record FeatureActions(boolean enable, boolean disable, boolean remove, List<String> neededBy) {

    static final String CORE = "core";

    static final FeatureActions NONE = new FeatureActions(false, false, false, List.of());

    FeatureActions {
        neededBy = List.copyOf(neededBy);
    }

    /** The actions for {@code selected} (null when nothing or a bundle is selected) among {@code all}. */
    static FeatureActions of(FeatureInfo selected, List<FeatureInfo> all) {
        if (selected == null) {
            return NONE;
        }
        List<String> neededBy = all.stream()
                .filter(other -> (other.installed() || other.active()) && !other.name().equals(selected.name())
                        && needs(other, selected.name(), all, new java.util.HashSet<>()))
                .map(FeatureInfo::name).toList();
        boolean core = CORE.equals(selected.name());
        boolean inUse = selected.installed() || selected.active();
        boolean disable = inUse && !core && neededBy.isEmpty();
        return new FeatureActions(!selected.active() || !selected.installed(), disable,
                !core && neededBy.isEmpty(), neededBy);
    }

    private static boolean needs(FeatureInfo from, String target, List<FeatureInfo> all, java.util.Set<String> seen) {
        if (!seen.add(from.name())) {
            return false;
        }
        for (String required : from.requires()) {
            if (required.equals(target)) {
                return true;
            }
            for (FeatureInfo next : all) {
                if (next.name().equals(required) && needs(next, target, all, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The translation key of a bundle state: {@code state.active}. */
    static String stateKey(BundleState state) {
        return "state." + state.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** How many of a feature's bundles run, for the feature's row: {@code 3/4}. */
    static String runningCount(FeatureInfo feature) {
        long running = feature.bundles().stream().filter(bundle -> bundle.state() == BundleState.ACTIVE).count();
        return running + "/" + feature.bundles().size();
    }
}
