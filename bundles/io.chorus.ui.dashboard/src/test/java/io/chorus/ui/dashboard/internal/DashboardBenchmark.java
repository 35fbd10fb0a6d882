package io.chorus.ui.dashboard.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.chorus.index.internal.store.LuceneMentionStore;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.dashboard.internal.chart.ChartRenderer;
import io.chorus.ui.dashboard.internal.chart.RenderedChart;

/**
 * How long the Overview dashboard takes over a large store: the four overview tiles computed against a real Lucene
 * store and drawn into images at tile size (what the view does before the UI thread only wraps the pixels), one tile
 * after another and, as the view does, on a pool of four threads. COUNT mentions over 90 days (3 brands, 4 platforms,
 * 3 languages, three sentiments and unrated, seeded) are stored in DIRECTORY unless it already holds them.
 * Usage: DashboardBenchmark COUNT DIRECTORY
 */
public final class DashboardBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final int TILE_WIDTH = 610;
    private static final int TILE_HEIGHT = 283;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("chorus-dashboard-bench");
        System.out.printf(Locale.ROOT, "Dashboard benchmark: %,d mentions in %s, %d cores, Java %s%n", count,
                directory, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (LuceneMentionStore store = DashboardFixtures.open(directory)) {
            if (store.size() < count) {
                long began = System.nanoTime();
                DashboardFixtures.fill(store, (int) (count - store.size()), 90, 2026);
                System.out.printf(Locale.ROOT, "built the store: %,d mentions in %.1f s%n", store.size(),
                        (System.nanoTime() - began) / 1e9);
            } else {
                System.out.printf(Locale.ROOT, "reused the store: %,d mentions%n", store.size());
            }
            List<TileEntry> tiles = DashboardFixtures.overviewTiles(store, Locale.ENGLISH);
            ChartRenderer renderer = new ChartRenderer(Locale.ENGLISH);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                System.out.printf(Locale.ROOT, "%-52s %10s %10s%n", "scenario (compute + draw all 4 tiles)",
                        "p50 ms", "p95 ms");
                for (int days : new int[] {30, 90}) {
                    for (String brand : new String[] {"", "acme"}) {
                        DashboardQuery query = query(brand, days);
                        String name = (brand.isEmpty() ? "all brands" : brand) + ", " + days + " days";
                        Map<String, List<Long>> perTile = new LinkedHashMap<>();
                        long[] sequential = measure(() -> {
                            for (TileEntry tile : tiles) {
                                long t0 = System.nanoTime();
                                draw(renderer, tile, query);
                                perTile.computeIfAbsent(tile.id(), id -> new ArrayList<>())
                                        .add(System.nanoTime() - t0);
                            }
                        });
                        long[] parallel = measure(() -> CompletableFuture.allOf(tiles.stream()
                                .map(tile -> CompletableFuture.runAsync(() -> draw(renderer, tile, query), pool))
                                .toArray(CompletableFuture[]::new)).join());
                        row(name + ", one after another", sequential);
                        row(name + ", 4 threads (as the view)", parallel);
                        if (days == 90 && brand.isEmpty()) {
                            // The last RUNS of each tile: the warm-up runs come first.
                            perTile.forEach((id, times) -> row("  " + id, times.subList(WARM_UP, times.size())
                                    .stream().mapToLong(Long::longValue).toArray()));
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static DashboardQuery query(String brand, int days) {
        LocalDate today = LocalDate.now(DashboardFixtures.clock());
        Instant to = today.plusDays(1).atStartOfDay(DashboardFixtures.ZONE).toInstant();
        Instant from = today.plusDays(1 - days).atStartOfDay(DashboardFixtures.ZONE).toInstant();
        return new DashboardQuery(brand, from, to, DashboardFixtures.ZONE, Locale.ENGLISH);
    }

    /** Computes a tile and draws it into pixels ready for an SWT image. */
    private static void draw(ChartRenderer renderer, TileEntry tile, DashboardQuery query) {
        try {
            ChartData data = tile.tile().compute(query);
            RenderedChart rendered = renderer.render(data, TILE_WIDTH, TILE_HEIGHT);
            if (rendered.imageData().data.length == 0 || data.isEmpty()) {
                throw new IllegalStateException(tile.id() + " drew nothing: the benchmark is broken");
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static long[] measure(Run run) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            run.run();
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - t0);
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static void row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6);
    }
}
