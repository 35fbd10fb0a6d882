package io.chorus.ui.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleInfo;
import io.chorus.api.runtime.FeatureInfo.BundleState;

class FeatureActionsTest {

    static FeatureInfo feature(String name, List<String> requires, boolean installed, boolean active,
                               BundleState... states) {
        List<BundleInfo> bundles = new java.util.ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            bundles.add(new BundleInfo("io.chorus:" + name + ".b" + i + ":1.0." + i,
                    states[i] == BundleState.NOT_INSTALLED ? "" : "io.chorus." + name + ".b" + i, states[i]));
        }
        return new FeatureInfo(name, "io.chorus.feature:" + name + ":osgifeature:1.0.0", "1.0.0",
                name.toUpperCase(java.util.Locale.ROOT), "About " + name, requires, installed, active, bundles);
    }

    private final FeatureInfo core = feature("core", List.of(), true, true, BundleState.ACTIVE);
    private final FeatureInfo reputation = feature("reputation", List.of("core"), true, true, BundleState.ACTIVE);
    private final FeatureInfo crisis = feature("crisis", List.of("reputation"), true, true, BundleState.ACTIVE);
    private final FeatureInfo smm = feature("smm", List.of("core"), false, false, BundleState.NOT_INSTALLED);
    private final List<FeatureInfo> all = List.of(core, reputation, crisis, smm);

    @Test
    void coreCanNeverBeDisabledOrRemoved() {
        FeatureActions actions = FeatureActions.of(core, all);
        assertFalse(actions.disable());
        assertFalse(actions.remove());
        assertFalse(actions.enable());
    }

    @Test
    void aFeatureAnotherInstalledOneNeedsCannotBeDisabledAndSaysWhichNeedsIt() {
        FeatureActions actions = FeatureActions.of(core, List.of(core, reputation, crisis));
        assertEquals(List.of("reputation", "crisis"), actions.neededBy());
        FeatureActions middle = FeatureActions.of(reputation, all);
        assertFalse(middle.disable());
        assertEquals(List.of("crisis"), middle.neededBy());
    }

    @Test
    void aLeafFeatureCanBeDisabledAndRemovedButNotEnabledAgain() {
        FeatureActions actions = FeatureActions.of(crisis, all);
        assertTrue(actions.disable());
        assertTrue(actions.remove());
        assertFalse(actions.enable());
    }

    @Test
    void anUninstalledFeatureCanBeEnabledAndNotInstalledOnesDoNotCountAsUsers() {
        FeatureActions actions = FeatureActions.of(smm, all);
        assertTrue(actions.enable());
        assertFalse(actions.disable());
        FeatureInfo needsSmm = feature("campaigns", List.of("smm"), false, false);
        assertTrue(FeatureActions.of(smm, List.of(core, smm, needsSmm)).neededBy().isEmpty());
    }

    @Test
    void nothingSelectedOffersNothing() {
        assertEquals(FeatureActions.NONE, FeatureActions.of(null, all));
    }

    @Test
    void countsRunningBundlesAndNamesStates() {
        FeatureInfo partly = feature("x", List.of(), true, true, BundleState.ACTIVE, BundleState.UNRESOLVED);
        assertEquals("1/2", FeatureActions.runningCount(partly));
        assertEquals("state.not.installed", FeatureActions.stateKey(BundleState.NOT_INSTALLED));
        assertEquals("1.0.2", FeaturesPanel.versionOf("io.chorus:x:1.0.2"));
        assertEquals("x", FeaturesPanel.artifactOf("io.chorus:x:1.0.2"));
    }
}
