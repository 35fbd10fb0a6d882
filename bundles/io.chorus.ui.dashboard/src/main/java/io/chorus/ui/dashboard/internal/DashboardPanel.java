package io.chorus.ui.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.chorus.api.registry.Brand;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/**
 * A dashboard: brand, period and refresh on top, the tiles below in a grid of two columns when there is room.
 * Tiles compute on the executor and are drawn when their numbers arrive; a failing tile shows its message.
 */
public final class DashboardPanel extends Composite {

    /** Key of {@code Control.getData(String)} naming widgets for tests and UI automation. */
    public static final String WIDGET = "chorus.widget";
    static final int[] PERIOD_DAYS = {7, 30, 90};
    /** Two columns from this width on; one below, so charts stay readable in a narrow part. */
    private static final int TWO_COLUMNS_WIDTH = 900;
    private static final int TILE_HEIGHT = 330;

    /**
     * What a dashboard needs.
     *
     * @param dashboard the dashboard id ({@code overview}, {@code reputation}, ...)
     * @param texts     this bundle's texts in the window's language
     * @param locale    the window's language
     * @param clock     today, and the time zone of day buckets
     * @param brands    the brands to pick from (read off the UI thread)
     * @param executor  where tiles compute and draw
     * @param workbench where a click on a value opens its mentions
     */
    public record Settings(String dashboard, Texts texts, Locale locale, Clock clock, Supplier<List<Brand>> brands,
                           Executor executor, Workbench workbench) {
    }

    private final Settings settings;
    private final Combo brand;
    private final Combo period;
    private final ScrolledComposite scroller;
    private final Composite grid;
    private final Label empty;
    private final Map<String, TilePanel> panels = new LinkedHashMap<>();
    private List<Brand> brandChoices = List.of();
    private List<TileEntry> entries = List.of();

    public DashboardPanel(Composite parent, Settings settings) {
        super(parent, SWT.NONE);
        this.settings = settings;
        Texts texts = settings.texts();
        setLayout(new GridLayout(5, false));
        new Label(this, SWT.NONE).setText(texts.get("dashboard.brand"));
        brand = new Combo(this, SWT.READ_ONLY);
        brand.setItems(texts.get("dashboard.allBrands"));
        brand.select(0);
        brand.setData(WIDGET, "dashboard-brand");
        brand.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        brand.addListener(SWT.Selection, e -> refresh());
        new Label(this, SWT.NONE).setText(texts.get("dashboard.period"));
        period = new Combo(this, SWT.READ_ONLY);
        for (int days : PERIOD_DAYS) {
            period.add(texts.format("dashboard.days", days));
        }
        period.select(1);
        period.setData(WIDGET, "dashboard-period");
        period.addListener(SWT.Selection, e -> refresh());
        Button refresh = new Button(this, SWT.PUSH);
        refresh.setText(texts.get("dashboard.refresh"));
        refresh.setData(WIDGET, "dashboard-refresh");
        refresh.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, true, false));
        refresh.addListener(SWT.Selection, e -> refresh());

        scroller = new ScrolledComposite(this, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new Composite(scroller, SWT.NONE);
        grid.setLayout(new GridLayout(1, true));
        scroller.setContent(grid);
        empty = new Label(grid, SWT.WRAP);
        empty.setData(WIDGET, "dashboard-empty");
        empty.setText(texts.get("empty." + settings.dashboard()));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller.addListener(SWT.Resize, e -> layoutGrid());
        loadBrands();
    }

    /** Shows these tiles: new ones are added and computed, gone ones removed, the others kept as they are. */
    public void setTiles(List<TileEntry> tiles) {
        checkWidget();
        entries = List.copyOf(tiles);
        Map<String, TileEntry> wanted = new LinkedHashMap<>();
        tiles.forEach(tile -> wanted.put(tile.id(), tile));
        panels.entrySet().removeIf(shown -> {
            TileEntry entry = wanted.get(shown.getKey());
            if (entry == null || entry.tile() != shown.getValue().entry().tile()) {
                shown.getValue().dispose();
                return true;
            }
            return false;
        });
        Control previous = empty;
        List<TilePanel> added = new ArrayList<>();
        for (TileEntry entry : tiles) {
            TilePanel panel = panels.get(entry.id());
            if (panel == null) {
                panel = new TilePanel(grid, entry, settings);
                GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
                data.heightHint = TILE_HEIGHT;
                panel.setLayoutData(data);
                panels.put(entry.id(), panel);
                added.add(panel);
            }
            panel.moveBelow(previous);
            previous = panel;
        }
        ((GridData) empty.getLayoutData()).exclude = !tiles.isEmpty();
        empty.setVisible(tiles.isEmpty());
        layoutGrid();
        DashboardQuery query = query();
        added.forEach(panel -> panel.compute(query));
    }

    /** Computes every tile again for the chosen brand and period; completes when all have their numbers. */
    public CompletableFuture<Void> refresh() {
        checkWidget();
        DashboardQuery query = query();
        return CompletableFuture.allOf(panels.values().stream().map(panel -> panel.compute(query))
                .toArray(CompletableFuture[]::new));
    }

    /** The brand and period chosen, as the tiles get them. */
    public DashboardQuery query() {
        int index = brand.getSelectionIndex();
        String brandId = index <= 0 || index > brandChoices.size() ? "" : brandChoices.get(index - 1).id();
        int days = PERIOD_DAYS[Math.max(0, period.getSelectionIndex())];
        Clock clock = settings.clock();
        // Whole days, today included, so every day bucket is complete except the one still running.
        Instant to = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant from = LocalDate.now(clock).plusDays(1 - days).atStartOfDay(clock.getZone()).toInstant();
        return new DashboardQuery(brandId, from, to, clock.getZone(), settings.locale());
    }

    /** The tiles on show, in order. */
    public List<TilePanel> tilePanels() {
        return List.copyOf(panels.values());
    }

    public List<TileEntry> entries() {
        return entries;
    }

    private void loadBrands() {
        CompletableFuture.supplyAsync(settings.brands(), settings.executor()).whenComplete((brands, failure) -> {
            if (failure == null && !isDisposed()) {
                getDisplay().asyncExec(() -> {
                    if (!brand.isDisposed()) {
                        brandChoices = List.copyOf(brands);
                        brands.forEach(one -> brand.add(one.name()));
                    }
                });
            }
        });
    }

    private void layoutGrid() {
        int width = scroller.getClientArea().width;
        GridLayout layout = (GridLayout) grid.getLayout();
        int columns = width >= TWO_COLUMNS_WIDTH && panels.size() > 1 ? 2 : 1;
        if (layout.numColumns != columns) {
            layout.numColumns = columns;
        }
        ((GridData) empty.getLayoutData()).horizontalSpan = columns;
        grid.layout(true, true);
        scroller.setMinSize(grid.computeSize(Math.max(1, width), SWT.DEFAULT));
    }
}
