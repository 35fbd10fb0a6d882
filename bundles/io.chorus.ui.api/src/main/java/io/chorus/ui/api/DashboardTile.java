package io.chorus.ui.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A chart on a dashboard. The tile only computes numbers; the workbench draws them (so tiles need no charting
 * library), with hover values, a click that opens the matching items, and PNG/SVG export. Register it annotated with
 * {@link Tile}.
 */
@ConsumerType
public interface DashboardTile {

    /**
     * Computes the chart for a brand and period. Called on a background thread, never the UI thread; it should
     * answer in well under a second over millions of mentions (use facets, not loops over documents).
     *
     * @throws Exception when the data cannot be read; the tile shows the message instead of a chart
     */
    ChartData compute(DashboardQuery query) throws Exception;
}
