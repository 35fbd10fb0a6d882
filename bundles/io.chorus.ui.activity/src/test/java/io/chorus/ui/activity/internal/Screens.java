package io.chorus.ui.activity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

import io.chorus.ui.api.Texts;
import io.chorus.ui.api.ViewSite;
import io.chorus.ui.api.Workbench;
import io.chorus.ui.testing.TestDisplay;

/** What the widget tests share: translations, finding named widgets, a view site, screenshots. */
final class Screens {

    private Screens() {
    }

    static Texts texts(Locale locale) {
        return new Texts(name -> Screens.class.getResource("/" + name), locale);
    }

    /** The first widget named {@code name} under {@code root}, depth first. */
    static <W extends Widget> Optional<W> find(Control root, String name, Class<W> type) {
        if (name.equals(root.getData(Ui.WIDGET)) && type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<W> found = find(child, name, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static <W extends Widget> W get(Control root, String name, Class<W> type) {
        return find(root, name, type).orElseThrow(() -> new AssertionError("no widget named " + name));
    }

    static ViewSite site(String viewId, Workbench workbench) {
        return new ViewSite() {
            @Override
            public String viewId() {
                return viewId;
            }

            @Override
            public Workbench workbench() {
                return workbench;
            }

            @Override
            public void setStatusMessage(String message) {
            }
        };
    }

    static Shell shell(String title, int width, int height) {
        Shell shell = new Shell(TestDisplay.get());
        shell.setText(title);
        shell.setSize(width, height);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        return shell;
    }

    /**
     * Saves {@code window} and the pop-ups over it to target/screenshots/{@code name}.png. The widgets paint themselves
     * into the image (Control.print), so other windows on a shared test display cannot spoil the picture.
     */
    static Path save(Shell window, String name, Shell... overlays) throws IOException {
        Display display = window.getDisplay();
        // GTK paints when idle: let a few frames pass so the picture shows the latest layout.
        boolean[] painted = new boolean[1];
        display.timerExec(300, () -> painted[0] = true);
        TestDisplay.dispatchUntil(() -> painted[0], java.time.Duration.ofSeconds(5));
        Rectangle area = display.map(window, null, window.getClientArea());
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(image);
        try {
            window.print(gc);
            for (Shell overlay : overlays) {
                Rectangle bounds = overlay.getBounds();
                Image part = new Image(display, bounds.width, bounds.height);
                GC partGc = new GC(part);
                try {
                    overlay.print(partGc);
                } finally {
                    partGc.dispose();
                }
                gc.drawImage(part, bounds.x - area.x, bounds.y - area.y);
                part.dispose();
            }
        } finally {
            gc.dispose();
        }
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return file;
    }
}
