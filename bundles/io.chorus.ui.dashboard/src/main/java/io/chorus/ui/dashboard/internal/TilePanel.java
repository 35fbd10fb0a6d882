package io.chorus.ui.dashboard.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import io.chorus.api.files.AtomicFiles;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.Texts;
import io.chorus.ui.dashboard.internal.chart.ChartHit;
import io.chorus.ui.dashboard.internal.chart.ChartRenderer;
import io.chorus.ui.dashboard.internal.chart.RenderedChart;

/**
 * One tile: its title, an export menu, and its chart, or a message while it computes, when it has nothing to show
 * or when it failed. The chart is drawn off the UI thread at the canvas size and redrawn after a resize; hovering a
 * value shows it in a tooltip, clicking it opens its mentions.
 */
public final class TilePanel extends Composite {

    /** Exports are at least this large, so a chart from a small tile still prints well. */
    static final int EXPORT_WIDTH = 900;
    static final int EXPORT_HEIGHT = 500;

    /** The formats a chart exports to. */
    public enum Format {
        PNG("*.png"), SVG("*.svg");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    private final TileEntry entry;
    private final DashboardPanel.Settings settings;
    private final Texts texts;
    private final ChartRenderer renderer;
    private final Canvas canvas;
    private final Label message;
    private final Button export;
    private final Font titleFont;
    /** Discards numbers and drawings that a newer compute or resize already replaced. */
    private final AtomicLong computeGeneration = new AtomicLong();
    private final AtomicLong drawGeneration = new AtomicLong();
    private volatile ChartData data;
    private boolean computing;
    private RenderedChart rendered;
    private Image image;

    TilePanel(Composite parent, TileEntry entry, DashboardPanel.Settings settings) {
        super(parent, SWT.BORDER);
        this.entry = entry;
        this.settings = settings;
        this.texts = settings.texts();
        this.renderer = new ChartRenderer(settings.locale());
        setData(DashboardPanel.WIDGET, "tile-" + entry.id());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 6;
        layout.marginHeight = 4;
        setLayout(layout);
        Label title = new Label(this, SWT.NONE);
        title.setText(entry.label());
        FontData font = title.getFont().getFontData()[0];
        titleFont = new Font(getDisplay(), font.getName(), font.getHeight() + 1, SWT.BOLD);
        title.setFont(titleFont);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        export = new Button(this, SWT.PUSH);
        export.setText(texts.get("tile.export"));
        export.setData(DashboardPanel.WIDGET, "tile-export");
        export.setEnabled(false);
        export.addListener(SWT.Selection, e -> exportMenu().setVisible(true));

        canvas = new Canvas(this, SWT.DOUBLE_BUFFERED);
        canvas.setData(DashboardPanel.WIDGET, "tile-chart");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> draw());
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseExit, e -> canvas.setToolTipText(null));
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                click(e.x, e.y);
            }
        });
        message = new Label(this, SWT.WRAP | SWT.CENTER);
        message.setData(DashboardPanel.WIDGET, "tile-message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true, 2, 1));
        showMessage(texts.get("tile.loading"));
        addListener(SWT.Dispose, e -> {
            titleFont.dispose();
            if (image != null) {
                image.dispose();
            }
        });
    }

    public TileEntry entry() {
        return entry;
    }

    /** The numbers on show, or null before they arrive or after a failure. */
    public ChartData chartData() {
        return data;
    }

    /** What the tile shows instead of a chart, or empty when it shows a chart. */
    public String message() {
        return message.getVisible() ? message.getText() : "";
    }

    /** Whether the tile shows its final state: a drawn chart, or a message why there is none. */
    public boolean isSettled() {
        return !computing && (rendered != null || !message().isEmpty());
    }

    /** The chart as last drawn, or null. */
    public RenderedChart rendered() {
        return rendered;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Computes the tile on the executor; completes on the UI thread once the numbers (or the failure) are shown. */
    CompletableFuture<Void> compute(DashboardQuery query) {
        long generation = computeGeneration.incrementAndGet();
        computing = true;
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return entry.tile().compute(query);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, settings.executor()).whenComplete((chart, failure) -> onUi(() -> {
            if (generation == computeGeneration.get()) {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    show(null, texts.format("tile.failed", String.valueOf(cause.getMessage())));
                } else if (chart.isEmpty()) {
                    show(chart, texts.get("tile.empty"));
                } else {
                    show(chart, "");
                }
            }
            shown.complete(null);
        }, shown));
        return shown;
    }

    /** Writes the chart as it is now to a file, off the UI thread; completes with the file written. */
    public CompletableFuture<Path> export(Format format, Path file) {
        ChartData chart = data;
        if (chart == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the tile has no chart to export yet"));
        }
        Rectangle area = canvas.getClientArea();
        int width = Math.max(EXPORT_WIDTH, area.width);
        int height = Math.max(EXPORT_HEIGHT, area.height);
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] content = format == Format.PNG ? renderer.png(chart, entry.label(), width, height)
                        : renderer.svg(chart, entry.label(), width, height);
                AtomicFiles.write(file, content);
                return file;
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, settings.executor());
    }

    /** What a hover at a canvas point shows, or empty. */
    public Optional<String> tooltipAt(int x, int y) {
        return hitAt(x, y).map(hit -> renderer.describe(rendered.data(), hit));
    }

    private Optional<ChartHit> hitAt(int x, int y) {
        RenderedChart current = rendered;
        return current == null || current.data() != data ? Optional.empty() : ChartRenderer.hit(current, x, y);
    }

    private void hover(int x, int y) {
        Optional<ChartHit> hit = hitAt(x, y);
        String text = hit.map(value -> renderer.describe(rendered.data(), value)).orElse(null);
        if (!java.util.Objects.equals(text, canvas.getToolTipText())) {
            canvas.setToolTipText(text);
        }
        boolean opens = hit.map(value -> drillDown(value) != null).orElse(false);
        canvas.setCursor(opens ? getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
    }

    private void click(int x, int y) {
        hitAt(x, y).ifPresent(hit -> {
            Object input = drillDown(hit);
            if (input != null) {
                settings.workbench().showView(data.drillDownView(), input);
            }
        });
    }

    private Object drillDown(ChartHit hit) {
        ChartData chart = data;
        return chart == null || chart.drillDownView().isEmpty() ? null
                : chart.series().get(hit.series()).drillDown(hit.category());
    }

    private void show(ChartData chart, String text) {
        computing = false;
        data = chart;
        rendered = null;
        export.setEnabled(chart != null && text.isEmpty());
        if (text.isEmpty()) {
            message.setVisible(false);
            ((GridData) message.getLayoutData()).exclude = true;
            canvas.setVisible(true);
            ((GridData) canvas.getLayoutData()).exclude = false;
            layout(true);
            draw();
        } else {
            showMessage(text);
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        ((GridData) message.getLayoutData()).exclude = false;
        canvas.setVisible(false);
        ((GridData) canvas.getLayoutData()).exclude = true;
        layout(true);
    }

    /** Draws the chart at the canvas size on the executor, then shows it. */
    private void draw() {
        ChartData chart = data;
        Rectangle area = canvas.getClientArea();
        if (chart == null || area.width < 10 || area.height < 10) {
            return;
        }
        long generation = drawGeneration.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            RenderedChart drawn = renderer.render(chart, area.width, area.height);
            return new Drawn(drawn, drawn.imageData());
        }, settings.executor()).thenAccept(drawn -> onUi(() -> {
            if (generation == drawGeneration.get() && drawn.chart().data() == data) {
                if (image != null) {
                    image.dispose();
                }
                image = new Image(getDisplay(), drawn.pixels());
                rendered = drawn.chart();
                canvas.redraw();
            }
        }, null));
    }

    private void paint(Event event) {
        GC gc = event.gc;
        if (image != null) {
            gc.drawImage(image, 0, 0);
        }
    }

    private Menu exportMenu() {
        Menu menu = new Menu(export);
        for (Format format : Format.values()) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(texts.get("tile.export." + format.name().toLowerCase(Locale.ROOT)));
            item.addListener(SWT.Selection, e -> chooseAndExport(format));
        }
        return menu;
    }

    private void chooseAndExport(Format format) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {format.pattern});
        dialog.setFileName(entry.id().replaceAll("[^A-Za-z0-9-]+", "-") + format.pattern.substring(1));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        export(format, Path.of(chosen)).whenComplete((file, failure) -> onUi(() -> {
            String status = failure == null ? texts.format("tile.exported", file)
                    : texts.format("tile.exportFailed", chosen, String.valueOf(rootCause(failure).getMessage()));
            settings.workbench().setStatusMessage(status);
        }, null));
    }

    private static Throwable rootCause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Runs on the UI thread unless the tile is gone; then only completes {@code done}. */
    private void onUi(Runnable task, CompletableFuture<Void> done) {
        if (isDisposed()) {
            if (done != null) {
                done.complete(null);
            }
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                task.run();
            } else if (done != null) {
                done.complete(null);
            }
        });
    }

    private record Drawn(RenderedChart chart, ImageData pixels) {
    }
}
