package io.chorus.ui.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

class PopupStackTest {

    @Test
    void popUpsStackUpwardsFromTheBottomRightCorner() {
        var places = PopupStack.place(new Rectangle(100, 50, 1000, 700),
                List.of(new Point(300, 80), new Point(300, 120)));
        int right = 100 + 1000 - PopupStack.MARGIN;
        int bottom = 50 + 700 - PopupStack.MARGIN;
        assertEquals(new Point(right - 300, bottom - 120), places.get(1));
        assertEquals(new Point(right - 300, bottom - 120 - PopupStack.GAP - 80),
                places.get(0));
    }
}
