package io.chorus.itests.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordProvider;
import io.chorus.api.registry.MatchOptions;

/**
 * A plugin's contribution to the semantic core, as a product catalogue would make it: the product "RoboVac X200"
 * for brand acme, and a brand of its own, "Catalogue Co".
 */
@Component
public final class CatalogueKeywords implements KeywordProvider {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "io.chorus.itests.service";
    }

    @Override
    public Collection<Brand> brands() {
        KeywordEntry vacuum = new KeywordEntry("robovac-x200", EntryType.PRODUCT, "RoboVac X200", List.of("en"),
                MatchOptions.EXACT, Set.of(), "from the product catalogue", List.of(), id());
        KeywordEntry catalogue = new KeywordEntry("catalogue-co", EntryType.BRAND_NAME, "Catalogue Co", List.of("en"),
                MatchOptions.EXACT, Set.of(), "", List.of(), id());
        return List.of(
                new Brand("acme", "Acme", BrandRole.OWN, List.of("en"), List.of(vacuum), List.of(), List.of(), ""),
                new Brand("catalogue", "Catalogue Co", BrandRole.COMPETITOR, List.of("en"), List.of(catalogue),
                        List.of(), List.of(), ""));
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
