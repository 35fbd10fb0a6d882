package io.chorus.ui.preferences.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import io.chorus.ui.preferences.internal.form.SettingsForm;
import io.chorus.ui.testing.TestDisplay;

/** Finds controls by their {@code chorus.widget} name, clicks them and saves screenshots, as window tests do. */
final class Widgets {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Widgets() {
    }

    /** The visible control with this name under the root (stacked pages and forms hide the others), or null. */
    static <T extends Control> T find(Composite root, String name, Class<T> type) {
        for (Control child : root.getChildren()) {
            if (!child.getVisible()) {
                continue;
            }
            if (type.isInstance(child) && name.equals(child.getData(SettingsForm.WIDGET))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    static void screenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        shell.forceActive();
        shell.layout(true, true);
        shell.redraw();
        shell.update();
        // GTK paints some widgets (combos, check boxes) a few frames later; let it settle before the capture
        boolean[] painted = {false};
        display.timerExec(300, () -> painted[0] = true);
        TestDisplay.dispatchUntil(() -> painted[0], WAIT);
        Rectangle bounds = display.map(shell, null, shell.getClientArea());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            Path folder = Files.createDirectories(Path.of("target/screenshots"));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
