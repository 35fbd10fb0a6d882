package io.chorus.ui.dashboard.internal.tiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.StoredMention;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.ChartSeries;
import io.chorus.ui.api.DashboardQuery;
import io.chorus.ui.api.DashboardTile;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Tile;
import io.chorus.ui.dashboard.internal.Translations;

/**
 * Mentions per day, stacked by sentiment: one facet request with a day histogram split by the sentiment label.
 * Mentions no analyser rated yet are the difference between a day's total and its rated ones.
 */
@Component(service = DashboardTile.class)
@Tile(id = "io.chorus.tile.sentiment-over-time", label = "%tile.sentiment", dashboard = "overview", order = 10)
public final class SentimentOverTimeTile implements DashboardTile {

    /** The sentiments in stacking order, with the colours every sentiment chart uses. */
    private static final String[][] SENTIMENTS = {{"positive", "#2E9E44"}, {"neutral", "#9E9E9E"},
        {"negative", "#D64541"}};
    private static final String NOT_RATED_COLOR = "#D9D9D9";

    private final MentionStore store;
    private final Translations translations;

    @Activate
    public SentimentOverTimeTile(BundleContext context, @Reference MentionStore store) {
        this(store, Translations.of(context.getBundle()));
    }

    public SentimentOverTimeTile(MentionStore store, Translations translations) {
        this.store = store;
        this.translations = translations;
    }

    @Override
    public ChartData compute(DashboardQuery query) throws Exception {
        Texts texts = translations.in(query.locale());
        MentionSearch search = Buckets.search(query);
        String sentiment = FacetRequest.label(StoredMention.SENTIMENT);
        FacetResult result = store.facets(search, new FacetRequest(List.of(), 1, FacetRequest.Interval.DAY,
                sentiment, query.zone()));
        Map<Instant, FacetResult.Bucket> byDay = new HashMap<>();
        result.histogram().forEach(bucket -> byDay.put(bucket.start(), bucket));

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(query.locale());
        List<String> days = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        LocalDate last = query.to().minusNanos(1).atZone(query.zone()).toLocalDate();
        for (LocalDate day = query.from().atZone(query.zone()).toLocalDate(); !day.isAfter(last);
                day = day.plusDays(1)) {
            days.add(format.format(day));
            starts.add(day.atStartOfDay(query.zone()).toInstant());
        }
        List<ChartSeries> series = new ArrayList<>();
        long[] rated = new long[days.size()];
        for (String[] kind : SENTIMENTS) {
            List<Double> values = new ArrayList<>();
            List<Object> drillDowns = new ArrayList<>();
            for (int d = 0; d < days.size(); d++) {
                FacetResult.Bucket bucket = byDay.get(starts.get(d));
                long count = bucket == null ? 0 : bucket.split().getOrDefault(kind[0], 0L);
                rated[d] += count;
                values.add((double) count);
                drillDowns.add(search.withPeriod(dayStart(starts, d, query), dayEnd(starts, d, query))
                        .withLabels(Map.of(StoredMention.SENTIMENT, kind[0])));
            }
            series.add(new ChartSeries(texts.get("sentiment." + kind[0]), values, kind[1], drillDowns));
        }
        List<Double> notRated = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            FacetResult.Bucket bucket = byDay.get(starts.get(d));
            notRated.add((double) Math.max(0, (bucket == null ? 0 : bucket.count()) - rated[d]));
        }
        // MentionSearch cannot ask for "no sentiment label", so unrated values open nothing rather than a wrong list.
        if (notRated.stream().anyMatch(value -> value > 0)) {
            series.add(new ChartSeries(texts.get("sentiment.unrated"), notRated, NOT_RATED_COLOR, null));
        }
        return new ChartData(ChartKind.STACKED_AREA, days, series, texts.get("value.mentions"),
                Buckets.MENTIONS_VIEW, "");
    }

    /** The first day may start after midnight (the period's start); the drill-down keeps to the period. */
    private static Instant dayStart(List<Instant> starts, int day, DashboardQuery query) {
        Instant start = starts.get(day);
        return start.isBefore(query.from()) ? query.from() : start;
    }

    private static Instant dayEnd(List<Instant> starts, int day, DashboardQuery query) {
        Instant end = day + 1 < starts.size() ? starts.get(day + 1) : query.to();
        return end.isAfter(query.to()) ? query.to() : end;
    }
}
