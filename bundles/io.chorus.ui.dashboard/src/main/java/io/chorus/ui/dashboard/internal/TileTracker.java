package io.chorus.ui.dashboard.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.api.Texts;

/**
 * Every dashboard tile registered, as bundles come and go: open dashboards hear about each change and show the new
 * set without being reopened.
 */
@Component(service = TileTracker.class)
public final class TileTracker {

    private final Map<DashboardTile, Registered> tiles = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTile(DashboardTile tile, ServiceReference<DashboardTile> reference) {
        tiles.put(tile, new Registered(tile, reference));
        listeners.forEach(Runnable::run);
    }

    void removeTile(DashboardTile tile) {
        tiles.remove(tile);
        listeners.forEach(Runnable::run);
    }

    /** The tiles of one dashboard in their order, titles in {@code locale}. */
    public List<TileEntry> tiles(String dashboard, Locale locale) {
        return tiles.values().stream().filter(tile -> tile.dashboards().contains(dashboard))
                .map(tile -> tile.entry(locale))
                .sorted(Comparator.comparingInt(TileEntry::order).thenComparing(TileEntry::id)).toList();
    }

    /** Runs {@code listener}, on any thread, whenever a tile comes or goes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private record Registered(DashboardTile tile, ServiceReference<DashboardTile> reference) {

        List<String> dashboards() {
            Object value = reference.getProperty("chorus.tile.dashboard");
            if (value instanceof String[] many) {
                return Arrays.asList(many);
            }
            return value == null ? List.of("overview") : List.of(String.valueOf(value));
        }

        TileEntry entry(Locale locale) {
            Object id = reference.getProperty("chorus.tile.id");
            Object label = reference.getProperty("chorus.tile.label");
            Object order = reference.getProperty("chorus.tile.order");
            String title = label == null ? String.valueOf(id)
                    : Texts.of(reference.getBundle(), locale).translate(String.valueOf(label));
            return new TileEntry(String.valueOf(id), title, order instanceof Integer number ? number : 100, tile);
        }
    }
}
