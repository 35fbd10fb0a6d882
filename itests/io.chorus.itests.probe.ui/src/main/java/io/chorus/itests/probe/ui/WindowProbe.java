package io.chorus.itests.probe.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.felix.service.command.Descriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.itests.probe.Await;
import io.chorus.ui.api.Workbench;

/**
 * {@code window:} shell commands that look at and operate the real widgets of the workbench window, the way a
 * person would: clicking the perspective switcher's buttons, reading labels, taking screenshots. Widgets are found
 * by the {@code chorus.widget} data the workbench attaches to them.
 */
@Component(service = WindowProbe.class, property = {"osgi.command.scope=window",
        "osgi.command.function=perspectives", "osgi.command.function=clickPerspective",
        "osgi.command.function=awaitPerspective", "osgi.command.function=activePerspective",
        "osgi.command.function=tabs", "osgi.command.function=awaitText", "osgi.command.function=menus",
        "osgi.command.function=toolbar", "osgi.command.function=clickCommand", "osgi.command.function=status",
        "osgi.command.function=screenshot", "osgi.command.function=table", "osgi.command.function=title",
        "osgi.command.function=clickButton", "osgi.command.function=selectRow", "osgi.command.function=awaitRows",
        "osgi.command.function=typeText"})
public final class WindowProbe {

    private final BundleContext context;
    private final Workbench workbench;

    @Activate
    public WindowProbe(BundleContext context, @Reference Workbench workbench) {
        this.context = context;
        this.workbench = workbench;
    }

    private <T> T onUi(Supplier<T> question) {
        Display display = workbench.display();
        AtomicReference<T> answer = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                answer.set(question.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return answer.get();
    }

    private Shell shell() {
        return workbench.shell().orElseThrow(() -> new IllegalStateException("the window is not open"));
    }

    private static List<Control> find(Composite root, String widgetData) {
        List<Control> found = new ArrayList<>();
        collect(root, widgetData, found);
        return found;
    }

    private static void collect(Control control, String widgetData, List<Control> found) {
        if (widgetData.equals(control.getData("chorus.widget"))) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, widgetData, found);
            }
        }
    }

    private ToolBar switcher() {
        return (ToolBar) find(shell(), "perspective-switcher").get(0);
    }

    @Descriptor("The perspective switcher's buttons: id, label, and * for the selected one")
    public String perspectives() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (ToolItem item : switcher().getItems()) {
                text.append(item.getSelection() ? "* " : "  ").append(item.getData("chorus.perspective.id"))
                        .append(" \"").append(item.getText()).append("\"\n");
            }
            return text.toString();
        });
    }

    @Descriptor("Clicks the perspective switcher's button for the perspective")
    public String clickPerspective(String perspectiveId) {
        return onUi(() -> {
            for (ToolItem item : switcher().getItems()) {
                if (perspectiveId.equals(item.getData("chorus.perspective.id"))) {
                    for (ToolItem other : switcher().getItems()) {
                        other.setSelection(other == item);
                    }
                    Event click = new Event();
                    click.widget = item;
                    item.notifyListeners(SWT.Selection, click);
                    return "clicked " + perspectiveId;
                }
            }
            throw new IllegalArgumentException("no button for perspective " + perspectiveId);
        });
    }

    @Descriptor("Waits until the switcher shows (present) or no longer shows (absent) the perspective")
    public String awaitPerspective(String perspectiveId, String presence, long timeoutMillis)
            throws InterruptedException {
        boolean wanted = presence.equals("present");
        boolean reached = Await.until(context, () -> perspectives().contains(" " + perspectiveId + " ") == wanted,
                timeoutMillis);
        if (!reached) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms waiting for perspective "
                    + perspectiveId + " to be " + presence + "; the switcher shows:\n" + perspectives());
        }
        return perspectiveId + " is " + presence;
    }

    @Descriptor("The id of the perspective on show")
    public String activePerspective() {
        return workbench.activePerspective().orElse("(none)");
    }

    @Descriptor("The view tabs of the perspective on show, per stack")
    public String tabs() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            Control page = null;
            for (Control candidate : allWith(shell(), "perspective:")) {
                if (candidate.isVisible()) {
                    page = candidate;
                }
            }
            if (page == null) {
                return "";
            }
            for (Control folder : allWith((Composite) page, "folder:")) {
                CTabFolder tabs = (CTabFolder) folder;
                for (CTabItem item : tabs.getItems()) {
                    text.append(folder.getData("chorus.widget")).append(' ').append(item.getData("chorus.view.id"))
                            .append(" \"").append(item.getText()).append("\"")
                            .append(tabs.getSelection() == item ? " selected" : "").append('\n');
                }
            }
            return text.toString();
        });
    }

    private static List<Control> allWith(Composite root, String prefix) {
        List<Control> found = new ArrayList<>();
        collectPrefix(root, prefix, found);
        return found;
    }

    private static void collectPrefix(Control control, String prefix, List<Control> found) {
        Object data = control.getData("chorus.widget");
        if (data instanceof String text && text.startsWith(prefix)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectPrefix(child, prefix, found);
            }
        }
    }

    @Descriptor("Waits until a visible label, text, button or table in the window shows the text")
    public String awaitText(String text, long timeoutMillis) throws InterruptedException {
        boolean found = Await.until(context, () -> onUi(() -> containsText(shell(), text)), timeoutMillis);
        if (!found) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: no visible widget shows \""
                    + text + "\"");
        }
        return "found \"" + text + "\"";
    }

    private static boolean containsText(Control control, String text) {
        if (!control.isVisible()) {
            return false;
        }
        String shown = switch (control) {
            case Label label -> label.getText();
            case Text field -> field.getText();
            case Button button -> button.getText();
            case Table table -> {
                StringBuilder rows = new StringBuilder();
                for (TableItem item : table.getItems()) {
                    for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                        rows.append(item.getText(column)).append(' ');
                    }
                }
                yield rows.toString();
            }
            default -> "";
        };
        if (shown != null && shown.contains(text)) {
            return true;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (containsText(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Descriptor("The menu bar: each menu with its items")
    public String menus() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (MenuItem header : shell().getMenuBar().getItems()) {
                text.append(header.getText().replace("&", "")).append(":");
                Menu menu = header.getMenu();
                for (MenuItem item : menu.getItems()) {
                    if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                        text.append(" [").append(item.getText().replace("&", "").replace('\t', ' ')).append(']');
                    }
                }
                text.append('\n');
            }
            return text.toString();
        });
    }

    @Descriptor("The command toolbar's buttons: command id and label")
    public String toolbar() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            ToolBar bar = (ToolBar) find(shell(), "command-toolbar").get(0);
            for (ToolItem item : bar.getItems()) {
                text.append(item.getData("chorus.command.id")).append(" \"").append(item.getText()).append("\"\n");
            }
            return text.toString();
        });
    }

    @Descriptor("Clicks the toolbar button of the command")
    public String clickCommand(String commandId) {
        return onUi(() -> {
            ToolBar bar = (ToolBar) find(shell(), "command-toolbar").get(0);
            for (ToolItem item : bar.getItems()) {
                if (commandId.equals(item.getData("chorus.command.id"))) {
                    Event click = new Event();
                    click.widget = item;
                    item.notifyListeners(SWT.Selection, click);
                    return "clicked " + commandId;
                }
            }
            throw new IllegalArgumentException("no toolbar button for command " + commandId);
        });
    }

    @Descriptor("The texts in the status bar, left to right")
    public String status() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            Composite bar = (Composite) find(shell(), "status-bar").get(0);
            for (Control child : bar.getChildren()) {
                if (child instanceof Label label) {
                    text.append('[').append(label.getText()).append("] ");
                }
            }
            return text.toString().strip();
        });
    }

    @Descriptor("The rows of the table with the widget name (for example welcome-features)")
    public String table(String widget) {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (Control control : find(shell(), widget)) {
                Table table = (Table) control;
                for (TableItem item : table.getItems()) {
                    for (int column = 0; column < table.getColumnCount(); column++) {
                        text.append(column == 0 ? "" : " | ").append(item.getText(column));
                    }
                    text.append('\n');
                }
            }
            return text.toString();
        });
    }

    @Descriptor("Clicks the button with the widget name")
    public String clickButton(String widget) {
        return onUi(() -> {
            Button button = (Button) visible(widget);
            Event click = new Event();
            click.widget = button;
            button.notifyListeners(SWT.Selection, click);
            return "clicked " + widget;
        });
    }

    @Descriptor("Selects the first row of the table whose cells contain the text, as a click would")
    public String selectRow(String widget, String text) {
        return onUi(() -> {
            Table table = (Table) visible(widget);
            for (int i = 0; i < table.getItemCount(); i++) {
                TableItem item = table.getItem(i);
                for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                    if (item.getText(column).contains(text)) {
                        table.setSelection(i);
                        Event select = new Event();
                        select.widget = table;
                        select.item = item;
                        table.notifyListeners(SWT.Selection, select);
                        return "selected row " + i + " of " + widget;
                    }
                }
            }
            throw new IllegalArgumentException("no row of " + widget + " contains \"" + text + "\"");
        });
    }

    @Descriptor("Waits until the table with the widget name has at least this many rows")
    public String awaitRows(String widget, int rows, long timeoutMillis) throws InterruptedException {
        boolean reached = Await.until(context, () -> onUi(() -> {
            Control control = visibleOrNull(widget);
            return control instanceof Table table && table.getItemCount() >= rows;
        }), timeoutMillis);
        if (!reached) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: " + widget + " has fewer than "
                    + rows + " rows");
        }
        return widget + " has " + rows + " rows or more";
    }

    @Descriptor("Types text into the field with the widget name and presses Enter")
    public String typeText(String widget, String text) {
        return onUi(() -> {
            Text field = (Text) visible(widget);
            field.setText(text);
            Event enter = new Event();
            enter.widget = field;
            field.notifyListeners(SWT.DefaultSelection, enter);
            return "typed into " + widget;
        });
    }

    /** The visible widget with this name (tables of hidden perspectives are skipped). */
    private Control visible(String widget) {
        Control control = visibleOrNull(widget);
        if (control == null) {
            throw new IllegalArgumentException("no visible widget " + widget);
        }
        return control;
    }

    private Control visibleOrNull(String widget) {
        for (Control control : find(shell(), widget)) {
            if (control.isVisible()) {
                return control;
            }
        }
        return null;
    }

    @Descriptor("The window title")
    public String title() {
        return onUi(() -> shell().getText());
    }

    /**
     * Without a window manager, GTK may report a shell taller than what it draws; the rows below are the empty
     * (black) root window, which are cut off.
     */
    private static ImageData trimmed(ImageData data) {
        int height = data.height;
        while (height > 1 && blankRow(data, height - 1)) {
            height--;
        }
        if (height == data.height) {
            return data;
        }
        ImageData cut = new ImageData(data.width, height, data.depth, data.palette);
        int[] row = new int[data.width];
        for (int y = 0; y < height; y++) {
            data.getPixels(0, y, data.width, row, 0);
            cut.setPixels(0, y, data.width, row, 0);
        }
        return cut;
    }

    private static boolean blankRow(ImageData data, int y) {
        for (int x = 0; x < data.width; x++) {
            if (data.palette.getRGB(data.getPixel(x, y)).hashCode() != 0) {
                return false;
            }
        }
        return true;
    }

    @Descriptor("Saves a PNG of the window to the file; returns its size and how many colours it shows")
    public String screenshot(String file) throws java.io.IOException {
        Path target = Path.of(file).toAbsolutePath();
        Files.createDirectories(target.getParent());
        return onUi(() -> {
            Shell shell = shell();
            Display display = shell.getDisplay();
            // Let pending layouts and paints finish, so the picture shows what a person would see.
            while (display.readAndDispatch()) {
                // drain
            }
            // The shell's bounds include its menu bar (and decorations, where a window manager draws them).
            org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            try {
                ImageData data = trimmed(image.getImageData());
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(target.toString(), SWT.IMAGE_PNG);
                java.util.Set<Integer> colours = new java.util.HashSet<>();
                for (int y = 0; y < data.height; y += 4) {
                    for (int x = 0; x < data.width; x += 4) {
                        colours.add(data.getPixel(x, y));
                    }
                }
                return target + " " + data.width + "x" + data.height + " colours=" + colours.size();
            } finally {
                image.dispose();
            }
        });
    }
}
