package io.chorus.ui.dashboard.internal;

import io.chorus.ui.testing.RecordingWorkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;


import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.mention.MentionSearch;
import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.dashboard.internal.chart.ChartPoints;
import io.chorus.ui.dashboard.internal.chart.SvgDocuments;
import io.chorus.ui.testing.TestDisplay;

/** The Overview dashboard in a real shell over a real store: hover, click, export, live tiles, failures. */
class DashboardPanelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path folder;
    static LuceneMentionStore store;
    static ExecutorService executor;
    Shell shell;
    RecordingWorkbench workbench;

    @BeforeAll
    static void fill() throws Exception {
        store = DashboardFixtures.open(folder.resolve("store"));
        DashboardFixtures.fill(store, 6000, 40, 11);
        executor = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void close() throws Exception {
        executor.shutdownNow();
        store.close();
    }

    @AfterEach
    void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    DashboardPanel open(String dashboard, Locale locale, List<TileEntry> tiles, int width, int height) {
        Display display = TestDisplay.get();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        workbench = new RecordingWorkbench(shell);
        DashboardPanel panel = new DashboardPanel(shell, new DashboardPanel.Settings(dashboard,
                Translations.fromClassPath().in(locale), locale, DashboardFixtures.clock(),
                DashboardFixtures::brands, executor, workbench));
        shell.setSize(width, height);
        shell.open();
        panel.setTiles(tiles);
        return panel;
    }

    static void awaitCharts(DashboardPanel panel) {
        TestDisplay.dispatchUntil(() -> panel.tilePanels().stream().allMatch(TilePanel::isSettled), WAIT);
        TestDisplay.flush();
    }

    @Test
    void hoverShowsTheValueAndAClickOpensItsMentions() throws Exception {
        DashboardPanel panel = open("overview", Locale.ENGLISH, DashboardFixtures.overviewTiles(store,
                Locale.ENGLISH), 1200, 800);
        awaitCharts(panel);
        TilePanel sentiment = panel.tilePanels().get(0);
        ChartData chart = sentiment.chartData();
        Point negativeToday = ChartPoints.pointOf(sentiment.rendered(), 2, 29).orElseThrow();

        send(sentiment.canvas(), SWT.MouseMove, negativeToday, 0);
        String tooltip = sentiment.canvas().getToolTipText();
        int value = chart.series().get(2).values().get(29).intValue();
        assertEquals("Negative · Nov 25: " + String.format(Locale.ENGLISH, "%,d", value) + " Mentions", tooltip);
        send(sentiment.canvas(), SWT.MouseDown, negativeToday, 1);
        send(sentiment.canvas(), SWT.MouseUp, negativeToday, 1);

        assertEquals(1, workbench.shown.size());
        assertEquals("io.chorus.mentions", workbench.shown.get(0).viewId());
        MentionSearch search = (MentionSearch) workbench.shown.get(0).input();
        assertEquals(chart.series().get(2).drillDown(29), search);
        assertEquals(value, store.search(search).total());
    }

    @Test
    void theGridHasTwoColumnsWhenWideAndOneWhenNarrow() {
        DashboardPanel panel = open("overview", Locale.ENGLISH, DashboardFixtures.overviewTiles(store,
                Locale.ENGLISH), 1200, 800);
        awaitCharts(panel);
        Rectangle first = panel.tilePanels().get(0).getBounds();
        Rectangle second = panel.tilePanels().get(1).getBounds();
        assertEquals(first.y, second.y, "side by side");

        shell.setSize(700, 800);
        TestDisplay.dispatchUntil(() -> panel.tilePanels().get(1).getBounds().y > first.y, WAIT);
        assertEquals(panel.tilePanels().get(0).getBounds().x, panel.tilePanels().get(1).getBounds().x);
    }

    @Test
    void exportsPngAndSvgOfTheChart() throws Exception {
        DashboardPanel panel = open("overview", Locale.ENGLISH, DashboardFixtures.overviewTiles(store,
                Locale.ENGLISH), 1200, 800);
        awaitCharts(panel);
        TilePanel sentiment = panel.tilePanels().get(0);
        Path png = folder.resolve("exports/sentiment.png");
        Path svg = folder.resolve("exports/sentiment.svg");
        Files.createDirectories(png.getParent());

        Path writtenPng = waitFor(sentiment.export(TilePanel.Format.PNG, png));
        Path writtenSvg = waitFor(sentiment.export(TilePanel.Format.SVG, svg));

        ImageData[] images = new ImageLoader().load(writtenPng.toString());
        Rectangle canvas = sentiment.canvas().getClientArea();
        assertEquals(Math.max(TilePanel.EXPORT_WIDTH, canvas.width), images[0].width);
        assertEquals(Math.max(TilePanel.EXPORT_HEIGHT, canvas.height), images[0].height);
        org.w3c.dom.Document document;
        try (var in = Files.newInputStream(writtenSvg)) {
            document = SvgDocuments.parse(in);
        }
        String text = document.getDocumentElement().getTextContent();
        assertTrue(!sentiment.entry().label().isBlank() && text.contains(sentiment.entry().label()), "title in " + text);
        for (String series : List.of("Positive", "Neutral", "Negative", "Not rated")) {
            assertTrue(text.contains(series), series + " in " + text);
        }
        assertTrue(SvgDocuments.count(document, "path") + SvgDocuments.count(document, "rect") > 0, "shapes drawn");
        assertTrue(SvgDocuments.count(document, "text") > 0, "labels drawn as text");
    }

    @Test
    void tilesComeAndGoWhileTheDashboardIsOpen() {
        List<TileEntry> tiles = new ArrayList<>(DashboardFixtures.overviewTiles(store, Locale.ENGLISH));
        TileEntry languages = tiles.remove(3);
        DashboardPanel panel = open("overview", Locale.ENGLISH, tiles, 1200, 800);
        awaitCharts(panel);
        TilePanel kept = panel.tilePanels().get(0);

        tiles.add(languages);
        tiles.remove(1);
        panel.setTiles(tiles);
        awaitCharts(panel);

        assertEquals(List.of("io.chorus.tile.sentiment-over-time", "io.chorus.tile.platforms",
                "io.chorus.tile.languages"), panel.tilePanels().stream().map(tile -> tile.entry().id()).toList());
        assertTrue(kept == panel.tilePanels().get(0), "a tile that stays is not rebuilt");
        assertTrue(panel.tilePanels().get(2).rendered() != null);
    }

    @Test
    void aFailingTileShowsWhyAndTheOthersStillDraw() {
        DashboardTile broken = query -> {
            throw new IOException("the mention store is closed");
        };
        List<TileEntry> tiles = new ArrayList<>(DashboardFixtures.overviewTiles(store, Locale.ENGLISH));
        tiles.add(new TileEntry("broken", "Broken", 99, broken));
        DashboardPanel panel = open("overview", Locale.ENGLISH, tiles, 1200, 800);
        awaitCharts(panel);

        TilePanel failed = panel.tilePanels().get(4);
        assertNull(failed.chartData());
        assertEquals("This chart could not be computed: the mention store is closed. Press Refresh to try again.",
                failed.message());
        assertTrue(panel.tilePanels().get(0).rendered() != null);
    }

    @Test
    void aModuleDashboardWithoutTilesSaysWhichModuleAddsThem() {
        DashboardPanel panel = open("reputation", new Locale("ru"), List.of(), 900, 500);
        TestDisplay.flush();
        Label empty = find(panel, "dashboard-empty");
        assertTrue(empty.isVisible());
        assertTrue(empty.getText().contains("«Репутация»"), empty.getText());
        screenshot(shell, "dashboard-reputation-empty-ru");
    }

    @Test
    void screenshotsInEnglishAndJapanese() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            DashboardPanel panel = open("overview", locale, DashboardFixtures.overviewTiles(store, locale), 1280, 800);
            awaitCharts(panel);
            assertFalse(panel.tilePanels().stream().anyMatch(tile -> tile.rendered() == null));
            screenshot(shell, locale == Locale.ENGLISH ? "dashboard-overview" : "dashboard-overview-ja");
            if (locale == Locale.JAPANESE) {
                TilePanel languages = panel.tilePanels().get(3);
                Point russian = ChartPoints.pointOf(languages.rendered(), 0, 0).orElseThrow();
                assertTrue(languages.tooltipAt(russian.x, russian.y).orElseThrow().startsWith("メンション · ロシア語: "));
            }
            shell.dispose();
        }
    }

    static Label find(org.eclipse.swt.widgets.Composite parent, String name) {
        for (var child : parent.getChildren()) {
            if (name.equals(child.getData(DashboardPanel.WIDGET)) && child instanceof Label label) {
                return label;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Label found = find(composite, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static <T> T waitFor(java.util.concurrent.CompletableFuture<T> future) {
        TestDisplay.dispatchUntil(future::isDone, WAIT);
        return future.join();
    }

    static void send(org.eclipse.swt.widgets.Control control, int type, Point at, int button) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        control.notifyListeners(type, event);
    }

    static void screenshot(Shell shell, String name) {
        // GTK paints on its frame clock: ask for a full repaint and let a few frames pass before copying.
        Rectangle client = shell.getClientArea();
        shell.redraw(0, 0, client.width, client.height, true);
        shell.update();
        boolean[] painted = {false};
        shell.getDisplay().timerExec(300, () -> painted[0] = true);
        TestDisplay.dispatchUntil(() -> painted[0], WAIT);
        TestDisplay.flush();
        Rectangle area = shell.getClientArea();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path file = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
