package io.chorus.ui.activity.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** Where notification pop-ups go: stacked upwards from the bottom-right corner of the window, newest at the bottom. */
final class PopupStack {

    static final int MARGIN = 12;
    static final int GAP = 8;

    private PopupStack() {
    }

    /**
     * @param area  the window's client area in display coordinates
     * @param sizes the pop-ups' sizes, oldest first
     * @return their top-left corners, in the same order
     */
    static List<Point> place(Rectangle area, List<Point> sizes) {
        List<Point> places = new ArrayList<>(sizes.size());
        int bottom = area.y + area.height - MARGIN;
        Point[] reversed = new Point[sizes.size()];
        for (int i = sizes.size() - 1; i >= 0; i--) {
            Point size = sizes.get(i);
            int top = bottom - size.y;
            reversed[i] = new Point(Math.max(area.x, area.x + area.width - MARGIN - size.x), top);
            bottom = top - GAP;
        }
        for (Point place : reversed) {
            places.add(place);
        }
        return places;
    }
}
