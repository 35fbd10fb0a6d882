package io.chorus.feature;

import java.util.List;
import java.util.Map;

import org.osgi.service.feature.FeatureConfiguration;

/**
 * What one run of Chorus starts.
 *
 * @param features       the features, each after those it needs
 * @param bundles        the bundles, in start order
 * @param configurations default configurations by PID, later features overriding earlier ones
 * @param problems       what could not be planned (a bundle missing from the repository); the run goes on without it
 * @param notes          decisions worth telling the user (a feature left out in headless mode)
 */
public record LaunchPlan(List<CatalogEntry> features, List<PlannedBundle> bundles,
                         Map<String, FeatureConfiguration> configurations, List<FeatureProblem> problems,
                         List<String> notes) {

    public LaunchPlan {
        features = List.copyOf(features);
        bundles = List.copyOf(bundles);
        configurations = Map.copyOf(configurations);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** The names of the features this run starts. */
    public List<String> featureNames() {
        return features.stream().map(CatalogEntry::name).toList();
    }
}
