package io.chorus.index.internal.store;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;

/**
 * Counts the hits of a search by dimension and over time in one pass over doc values. Times are first counted in
 * 15-minute slots of UTC (every time zone's offset is a multiple of 15 minutes, so every local hour, day, week and
 * month starts on a slot boundary); the slots are then folded into the request's buckets in its zone, which is where
 * days of 23 or 25 hours come out right.
 */
final class FacetCounter implements Collector {

    private static final long SLOT = 15 * 60_000L;
    /** Beyond this many slots (about 30 years) the histogram is left out rather than exhaust the heap. */
    private static final long MAX_SLOTS = 1_100_000;

    private final FacetRequest request;
    private final List<String> dimensions;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final long firstSlot;
    private final int slotCount;
    private final String splitField;
    /** [split value index + 1][slot]; row 0 holds all hits. */
    private final List<long[]> slots = new ArrayList<>();
    private final Map<String, Integer> splitValues = new LinkedHashMap<>();
    private long total;

    private FacetCounter(FacetRequest request, long fromMillis, long toMillis) {
        this.request = request;
        this.dimensions = request.dimensions();
        dimensions.forEach(d -> counts.add(new HashMap<>()));
        long first = Math.floorDiv(fromMillis, SLOT);
        long count = Math.floorDiv(toMillis, SLOT) - first + 1;
        boolean histogram = request.interval() != null && fromMillis <= toMillis && count <= MAX_SLOTS;
        this.firstSlot = first;
        this.slotCount = histogram ? (int) count : 0;
        this.splitField = histogram && !request.histogramSplit().isEmpty()
                ? MentionDocuments.countField(request.histogramSplit()) : null;
        if (histogram) {
            slots.add(new long[slotCount]);
        }
    }

    /** Counts the hits of {@code query}, whose times lie in {@code from..to} when those are given. */
    static FacetResult count(IndexSearcher searcher, Query query, FacetRequest request, Instant from, Instant to)
            throws IOException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        byte[] minPacked = PointValues.getMinPackedValue(searcher.getIndexReader(), MentionDocuments.TIME);
        byte[] maxPacked = PointValues.getMaxPackedValue(searcher.getIndexReader(), MentionDocuments.TIME);
        if (minPacked != null) {
            min = LongPoint.decodeDimension(minPacked, 0);
            max = LongPoint.decodeDimension(maxPacked, 0);
        }
        if (from != null) {
            min = Math.max(min, from.toEpochMilli());
        }
        if (to != null) {
            max = Math.min(max, to.toEpochMilli() - 1);
        }
        FacetCounter counter = new FacetCounter(request, min, max);
        searcher.search(query, counter);
        return counter.result();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[dimensions.size()];
        int[][] segmentCounts = new int[dimensions.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), MentionDocuments.countField(dimensions.get(i)));
            segmentCounts[i] = new int[(int) Math.min(Integer.MAX_VALUE, values[i].getValueCount())];
        }
        NumericDocValues times = slotCount > 0 ? DocValues.getNumeric(context.reader(), MentionDocuments.TIME) : null;
        SortedSetDocValues split = splitField != null ? DocValues.getSortedSet(context.reader(), splitField) : null;
        int[] splitRows = split != null ? splitRows(split) : null;
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int i = 0; i < values.length; i++) {
                    SortedSetDocValues dimension = values[i];
                    if (dimension.advanceExact(doc)) {
                        for (int n = dimension.docValueCount(); n > 0; n--) {
                            segmentCounts[i][(int) dimension.nextOrd()]++;
                        }
                    }
                }
                if (times != null && times.advanceExact(doc)) {
                    long slot = Math.floorDiv(times.longValue(), SLOT) - firstSlot;
                    if (slot >= 0 && slot < slotCount) {
                        slots.get(0)[(int) slot]++;
                        if (split != null && split.advanceExact(doc)) {
                            for (int n = split.docValueCount(); n > 0; n--) {
                                slots.get(splitRows[(int) split.nextOrd()])[(int) slot]++;
                            }
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < values.length; i++) {
                    int[] perOrdinal = segmentCounts[i];
                    for (int ord = 0; ord < perOrdinal.length; ord++) {
                        if (perOrdinal[ord] > 0) {
                            counts.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), (long) perOrdinal[ord],
                                    Long::sum);
                        }
                    }
                }
            }
        };
    }

    /** The histogram row of each of a segment's split values, adding rows for values not seen before. */
    private int[] splitRows(SortedSetDocValues split) throws IOException {
        int[] rows = new int[(int) split.getValueCount()];
        for (int ord = 0; ord < rows.length; ord++) {
            String value = split.lookupOrd(ord).utf8ToString();
            Integer row = splitValues.get(value);
            if (row == null) {
                row = slots.size();
                splitValues.put(value, row);
                slots.add(new long[slotCount]);
            }
            rows[ord] = row;
        }
        return rows;
    }

    private FacetResult result() {
        Map<String, List<FacetResult.Count>> byDimension = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            byDimension.put(dimensions.get(i), counts.get(i).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(request.top()).map(e -> new FacetResult.Count(e.getKey(), e.getValue())).toList());
        }
        return new FacetResult(total, byDimension, histogram());
    }

    private List<FacetResult.Bucket> histogram() {
        if (slotCount == 0) {
            return List.of();
        }
        ZoneId zone = request.zone();
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        long[] all = slots.get(0);
        for (int slot = 0; slot < slotCount; slot++) {
            if (all[slot] == 0) {
                continue;
            }
            Instant start = bucketStart(Instant.ofEpochMilli((firstSlot + slot) * SLOT), zone,
                    request.interval());
            long[] bucket = buckets.computeIfAbsent(start, s -> new long[slots.size()]);
            for (int row = 0; row < slots.size(); row++) {
                bucket[row] += slots.get(row)[slot];
            }
        }
        List<FacetResult.Bucket> result = new ArrayList<>();
        if (buckets.isEmpty()) {
            return result;
        }
        long[] empty = new long[slots.size()];
        Instant last = buckets.lastKey();
        for (Instant start = buckets.firstKey(); !start.isAfter(last); start = next(start, zone,
                request.interval())) {
            long[] bucket = buckets.getOrDefault(start, empty);
            Map<String, Long> split = new LinkedHashMap<>();
            splitValues.forEach((value, row) -> {
                if (bucket[row] > 0) {
                    split.put(value, bucket[row]);
                }
            });
            result.add(new FacetResult.Bucket(start, bucket[0], split));
        }
        return result;
    }

    static Instant bucketStart(Instant time, ZoneId zone, FacetRequest.Interval interval) {
        ZonedDateTime local = time.atZone(zone);
        return switch (interval) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        };
    }

    private static Instant next(Instant start, ZoneId zone, FacetRequest.Interval interval) {
        ZonedDateTime local = start.atZone(zone);
        return switch (interval) {
            case HOUR -> local.plusHours(1).toInstant();
            case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case WEEK -> local.toLocalDate().plusWeeks(1).atStartOfDay(zone).toInstant();
            case MONTH -> local.toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
        };
    }

}
