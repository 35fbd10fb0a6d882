package io.chorus.ui.dashboard.internal.chart;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.Optional;

/** Finds where a value was drawn, as a pointer would find it. */
public final class ChartPoints {

    private ChartPoints() {
    }

    /** A pixel of {@code rendered} where a hover or click hits the value at {@code series}/{@code category}. */
    public static Optional<Point> pointOf(RenderedChart rendered, int series, int category) {
        Rectangle area = new Rectangle(0, 0, rendered.width(), rendered.height());
        for (Object each : rendered.entities().getEntities()) {
            var entity = (org.jfree.chart.entity.ChartEntity) each;
            Rectangle bounds = entity.getArea().getBounds().intersection(area);
            for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
                for (int x = bounds.x; x < bounds.x + bounds.width; x++) {
                    if (ChartRenderer.hit(rendered, x, y).equals(Optional.of(new ChartHit(series, category)))) {
                        return Optional.of(new Point(x, y));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
