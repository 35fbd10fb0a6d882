package io.chorus.ui.dashboard.internal.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.FacetResult;
import io.chorus.ui.api.ChartData;
import io.chorus.ui.api.ChartKind;
import io.chorus.ui.api.ChartSeries;
import io.chorus.ui.api.DashboardQuery;

/** What the overview tiles share: the search a dashboard query stands for, and where a click leads. */
final class Buckets {

    /** The Mentions view (io.chorus.ingest.ui), which takes a MentionSearch as input. */
    static final String MENTIONS_VIEW = "io.chorus.mentions";
    /** Enough values for any chart that still reads as one. */
    static final int TOP = 12;

    private Buckets() {
    }

    /** The mentions of the query's brand (or every brand) in its period, newest first. */
    static MentionSearch search(DashboardQuery query) {
        MentionSearch search = MentionSearch.all().withPeriod(query.from(), query.to());
        return query.brand().isEmpty() ? search : search.withBrands(Set.of(query.brand()));
    }

    /** Counts by one dimension, no histogram. */
    static FacetRequest countsBy(String dimension, DashboardQuery query, int top) {
        return new FacetRequest(List.of(dimension), top, null, "", query.zone());
    }

    /**
     * A one-series chart of counts, in the order given.
     *
     * @param label     the text of a value (a platform's name for its id)
     * @param drillDown the mentions behind one value
     */
    static ChartData counts(ChartKind kind, List<FacetResult.Count> counts, Function<String, String> label,
                            Function<String, MentionSearch> drillDown, String seriesName, String valueLabel,
                            String note) {
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Object> drillDowns = new ArrayList<>();
        for (FacetResult.Count count : counts) {
            categories.add(label.apply(count.value()));
            values.add((double) count.count());
            drillDowns.add(drillDown.apply(count.value()));
        }
        return new ChartData(kind, categories, List.of(new ChartSeries(seriesName, values, "", drillDowns)),
                valueLabel, MENTIONS_VIEW, note);
    }
}
