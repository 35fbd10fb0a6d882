package io.chorus.feature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.feature.FeatureConfiguration;
import org.osgi.service.feature.ID;

/** Turns a choice of features into the bundles and configurations of one run. */
public final class LaunchPlanner {

    private LaunchPlanner() {
    }

    /**
     * Plans a run of {@code requested} and everything they need.
     *
     * @param workbench whether the window is shown; without it, window-only features and the window bundles of
     *                  module features stay out
     * @throws FeatureException when a requested feature or a requirement is unknown, or features need each other
     *                          in a circle
     */
    public static LaunchPlan plan(FeatureCatalog catalog, BundleRepository repository, Collection<String> requested,
                                  boolean workbench) throws FeatureException {
        List<CatalogEntry> closure = catalog.closure(requested);
        List<CatalogEntry> features = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CatalogEntry entry : closure) {
            if (entry.isWorkbenchOnly() && !workbench) {
                notes.add("feature \"" + entry.name() + "\" is part of the window and does not start headless");
            } else {
                features.add(entry);
            }
        }
        Map<String, PlannedBundle> bundles = new LinkedHashMap<>();
        Map<String, FeatureConfiguration> configurations = new LinkedHashMap<>();
        Map<String, String> configuredBy = new LinkedHashMap<>();
        List<FeatureProblem> problems = new ArrayList<>();
        for (CatalogEntry entry : features) {
            List<Map.Entry<ID, Map<String, Object>>> artifacts = new ArrayList<>();
            entry.bundles().forEach(bundle -> artifacts.add(Map.entry(bundle.getID(), bundle.getMetadata())));
            if (workbench) {
                entry.workbenchBundles().forEach(
                        bundle -> artifacts.add(Map.entry(bundle.getID(), bundle.getMetadata())));
            }
            for (Map.Entry<ID, Map<String, Object>> artifact : artifacts) {
                ID id = artifact.getKey();
                Optional<java.nio.file.Path> file = repository.find(id);
                if (file.isEmpty()) {
                    problems.add(FeatureProblem.of(entry.source(), "bundle " + id + " is missing from "
                            + repository.root() + "; reinstall the feature with 'chorus features install <file>'"));
                    continue;
                }
                PlannedBundle bundle = new PlannedBundle(id, file.get(), startOrder(artifact.getValue()), entry.name());
                PlannedBundle earlier = bundles.get(bundle.key());
                if (earlier == null) {
                    bundles.put(bundle.key(), bundle);
                } else if (!earlier.id().getVersion().equals(id.getVersion())) {
                    PlannedBundle newer = compareVersions(id.getVersion(), earlier.id().getVersion()) > 0 ? bundle
                            : earlier;
                    notes.add("features \"" + earlier.feature() + "\" and \"" + entry.name() + "\" bring "
                            + bundle.key() + " in versions " + earlier.id().getVersion() + " and "
                            + id.getVersion() + "; starting " + newer.id().getVersion());
                    bundles.put(bundle.key(), new PlannedBundle(newer.id(), newer.file(),
                            Math.min(earlier.startOrder(), bundle.startOrder()), earlier.feature()));
                } else if (bundle.startOrder() < earlier.startOrder()) {
                    bundles.put(bundle.key(), new PlannedBundle(earlier.id(), earlier.file(), bundle.startOrder(),
                            earlier.feature()));
                }
            }
            entry.feature().getConfigurations().forEach((pid, configuration) -> {
                String earlier = configuredBy.put(pid, entry.name());
                if (earlier != null) {
                    notes.add("feature \"" + entry.name() + "\" replaces the default configuration " + pid
                            + " of feature \"" + earlier + "\"");
                }
                configurations.put(pid, configuration);
            });
        }
        List<PlannedBundle> ordered = new ArrayList<>(bundles.values());
        ordered.sort(Comparator.comparingInt(PlannedBundle::startOrder));
        return new LaunchPlan(features, ordered, configurations, problems, notes);
    }

    /** A bundle's start order from its metadata, or the default. */
    static int startOrder(Map<String, Object> metadata) {
        Object value = metadata.get(ChorusExtensions.START_ORDER);
        if (value instanceof Number number && number.intValue() > 0) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                int order = Integer.parseInt(text.trim());
                if (order > 0) {
                    return order;
                }
            } catch (NumberFormatException e) {
                // The validator already rejected it; keep the default for features built by code.
            }
        }
        return ChorusExtensions.DEFAULT_START_ORDER;
    }

    /** Compares Maven-style versions numerically where they are numbers ({@code 1.10.0 > 1.9.2}). */
    static int compareVersions(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int result;
            if (l.chars().allMatch(Character::isDigit) && r.chars().allMatch(Character::isDigit)
                    && !l.isEmpty() && !r.isEmpty()) {
                result = new java.math.BigInteger(l).compareTo(new java.math.BigInteger(r));
            } else {
                result = l.compareTo(r);
            }
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }
}
