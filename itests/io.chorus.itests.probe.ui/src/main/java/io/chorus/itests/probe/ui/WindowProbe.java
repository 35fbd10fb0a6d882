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
        "osgi.command.function=typeText", "osgi.command.function=keys", "osgi.command.function=shells",
        "osgi.command.function=awaitShell", "osgi.command.function=type", "osgi.command.function=enter",
        "osgi.command.function=press", "osgi.command.function=tree", "osgi.command.function=selectTreeItem",
        "osgi.command.function=menuItem", "osgi.command.function=tabMenu", "osgi.command.function=shellShot",
        "osgi.command.function=openEditor", "osgi.command.function=check", "osgi.command.function=showView",
        "osgi.command.function=closeWindow", "osgi.command.function=awaitNoShell",
        "osgi.command.function=switchTimes", "osgi.command.function=clickChart", "osgi.command.function=run",
        "osgi.command.function=shellText", "osgi.command.function=awaitTab",
        "osgi.command.function=awaitControl", "osgi.command.function=awaitTreeItem",
        "osgi.command.function=awaitTreeSelection"})
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
                    Object id = item.getData("chorus.view.id") != null ? item.getData("chorus.view.id")
                            : "editor:" + item.getData("chorus.editor.id");
                    text.append(folder.getData("chorus.widget")).append(' ').append(id)
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
        String shown = shown(control);
        if (shown.contains(text)) {
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

    @Descriptor("The rows of the tables with the widget name in any shell (for example welcome-features)")
    public String table(String widget) {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            List<Control> tables = new ArrayList<>();
            for (Shell shell : shellList()) {
                tables.addAll(find(shell, widget));
            }
            for (Control control : tables) {
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
            Image image = capture(shell);
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

    // ---- dialogs, keys, trees, menus: actions that may open a modal dialog run asynchronously -------------

    private void later(Runnable action) {
        workbench.display().asyncExec(action);
    }

    private List<Shell> shellList() {
        List<Shell> shells = new ArrayList<>();
        for (Shell shell : workbench.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                shells.add(shell);
            }
        }
        return shells;
    }

    /** A named control in any visible shell (the window or a dialog), or a button with this label. */
    private Control anywhere(String widgetOrLabel) {
        for (Shell shell : shellList()) {
            for (Control control : find(shell, widgetOrLabel)) {
                if (control.isVisible()) {
                    return control;
                }
            }
        }
        // Dialogs before the window: a dialog's "Remove" is meant, not the view's button of the same name.
        List<Shell> newestFirst = new ArrayList<>(shellList());
        java.util.Collections.reverse(newestFirst);
        newestFirst.sort(java.util.Comparator.comparing(shell -> shell == workbench.shell().orElse(null)));
        for (Shell shell : newestFirst) {
            Control button = buttonLabelled(shell, widgetOrLabel);
            if (button != null) {
                return button;
            }
        }
        throw new IllegalArgumentException("no visible widget or button \"" + widgetOrLabel + "\" in "
                + shellList().stream().map(Shell::getText).toList());
    }

    private static Control buttonLabelled(Control control, String label) {
        if (control instanceof Button button && button.isVisible()
                && button.getText().replace("&", "").equals(label)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = buttonLabelled(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Descriptor("Presses keys as a person would, through the X server: M1+3, M1+S, M1+Z, ESC, CR")
    public String keys(String combination) {
        List<Integer> modifiers = new ArrayList<>();
        int key = 0;
        char character = 0;
        for (String part : combination.split("\\+")) {
            switch (part.toUpperCase(java.util.Locale.ROOT)) {
                case "M1", "CTRL" -> modifiers.add(SWT.CTRL);
                case "SHIFT", "M2" -> modifiers.add(SWT.SHIFT);
                case "ALT", "M3" -> modifiers.add(SWT.ALT);
                case "ESC" -> key = SWT.ESC;
                case "CR", "ENTER" -> character = SWT.CR;
                default -> character = Character.toLowerCase(part.charAt(0));
            }
        }
        Display display = workbench.display();
        int finalKey = key;
        char finalCharacter = character;
        List<Event> events = new ArrayList<>();
        for (int modifier : modifiers) {
            events.add(keyEvent(SWT.KeyDown, modifier, (char) 0));
        }
        events.add(keyEvent(SWT.KeyDown, finalKey, finalCharacter));
        events.add(keyEvent(SWT.KeyUp, finalKey, finalCharacter));
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            events.add(keyEvent(SWT.KeyUp, modifiers.get(i), (char) 0));
        }
        for (Event event : events) {
            if (!display.post(event)) {
                throw new IllegalStateException("the X server refused a synthetic key event");
            }
        }
        return "pressed " + combination;
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    @Descriptor("The visible shells (window and dialogs): title | widget name")
    public String shells() {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (Shell shell : shellList()) {
                text.append(shell.getText()).append(" | ").append(shell.getData("chorus.widget")).append('\n');
            }
            return text.toString();
        });
    }

    @Descriptor("Waits until a visible shell has this title or widget name")
    public String awaitShell(String titleOrWidget, long timeoutMillis) throws InterruptedException {
        if (!Await.until(context, () -> onUi(() -> shellNamed(titleOrWidget) != null), timeoutMillis)) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: no shell \"" + titleOrWidget
                    + "\"; open: " + shells());
        }
        return "shell \"" + titleOrWidget + "\" is open";
    }

    @Descriptor("Waits until no visible shell has this title or widget name")
    public String awaitNoShell(String titleOrWidget, long timeoutMillis) throws InterruptedException {
        if (!Await.until(context, () -> onUi(() -> shellNamed(titleOrWidget) == null), timeoutMillis)) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: shell \"" + titleOrWidget
                    + "\" is still open");
        }
        return "shell \"" + titleOrWidget + "\" is closed";
    }

    private Shell shellNamed(String titleOrWidget) {
        for (Shell shell : shellList()) {
            if (titleOrWidget.equals(shell.getText()) || titleOrWidget.equals(shell.getData("chorus.widget"))) {
                return shell;
            }
        }
        return null;
    }

    @Descriptor("Sets the text of a field in any shell, as typing would (Modify is sent)")
    public String type(String widget, String text) {
        return onUi(() -> {
            Control control = anywhere(widget);
            if (control instanceof Text field) {
                field.setText(text);
            } else if (control instanceof org.eclipse.swt.widgets.Combo combo) {
                int index = java.util.Arrays.asList(combo.getItems()).indexOf(text);
                if (index >= 0) {
                    combo.select(index);
                    combo.notifyListeners(SWT.Selection, new Event());
                } else {
                    combo.setText(text);
                }
            } else {
                throw new IllegalArgumentException(widget + " is a " + control.getClass().getSimpleName());
            }
            return "typed into " + widget;
        });
    }

    @Descriptor("Presses Enter in a field or table of any shell")
    public String enter(String widget) {
        later(() -> {
            Control control = anywhere(widget);
            Event enter = new Event();
            enter.widget = control;
            if (control instanceof Table table && table.getSelectionCount() > 0) {
                enter.item = table.getSelection()[0];
            }
            control.notifyListeners(SWT.DefaultSelection, enter);
        });
        return "pressed Enter in " + widget;
    }

    @Descriptor("Clicks a button of any shell, by widget name or label (without the mnemonic &)")
    public String press(String widgetOrLabel) {
        onUi(() -> anywhere(widgetOrLabel));
        later(() -> {
            Control control = anywhere(widgetOrLabel);
            if (control instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                button.setSelection(!button.getSelection());
            }
            Event click = new Event();
            click.widget = control;
            control.notifyListeners(SWT.Selection, click);
        });
        return "pressed " + widgetOrLabel;
    }

    @Descriptor("Sets a check box of any shell, by widget name or label")
    public String check(String widgetOrLabel, boolean checked) {
        return onUi(() -> {
            Button button = (Button) anywhere(widgetOrLabel);
            if (button.getSelection() != checked) {
                button.setSelection(checked);
                Event click = new Event();
                click.widget = button;
                button.notifyListeners(SWT.Selection, click);
            }
            return widgetOrLabel + " is " + (checked ? "on" : "off");
        });
    }

    @Descriptor("The items of a tree in any shell, indented by level")
    public String tree(String widget) {
        return onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (org.eclipse.swt.widgets.TreeItem item : ((org.eclipse.swt.widgets.Tree) anywhere(widget)).getItems()) {
                treeText(item, 0, text);
            }
            return text.toString();
        });
    }

    private static void treeText(org.eclipse.swt.widgets.TreeItem item, int level, StringBuilder text) {
        text.append("  ".repeat(level)).append(item.getText()).append('\n');
        for (org.eclipse.swt.widgets.TreeItem child : item.getItems()) {
            treeText(child, level + 1, text);
        }
    }

    @Descriptor("Selects the first tree item (any depth) whose text contains the text, as a click would")
    public String selectTreeItem(String widget, String text) {
        return onUi(() -> {
            org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) anywhere(widget);
            org.eclipse.swt.widgets.TreeItem found = null;
            java.util.Deque<org.eclipse.swt.widgets.TreeItem> queue = new java.util.ArrayDeque<>(
                    List.of(tree.getItems()));
            if (text.contains("/")) {
                // A path of labels from the root: "Workbench/Workbench".
                org.eclipse.swt.widgets.TreeItem[] level = tree.getItems();
                for (String label : text.split("/")) {
                    found = null;
                    for (org.eclipse.swt.widgets.TreeItem item : level) {
                        if (item.getText().equals(label)) {
                            found = item;
                        }
                    }
                    if (found == null) {
                        break;
                    }
                    found.setExpanded(true);
                    level = found.getItems();
                }
            }
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                if (found == null && item.getText().equals(text)) {
                    found = item; // an exact top-level match wins over a longer text containing it
                }
            }
            while (!text.contains("/") && !queue.isEmpty() && found == null) {
                org.eclipse.swt.widgets.TreeItem item = queue.poll();
                if (item.getText().contains(text)) {
                    found = item;
                } else {
                    item.setExpanded(true);
                    queue.addAll(List.of(item.getItems()));
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no item of " + widget + " contains \"" + text + "\"");
            }
            tree.setSelection(found);
            Event select = new Event();
            select.widget = tree;
            select.item = found;
            tree.notifyListeners(SWT.Selection, select);
            return "selected \"" + found.getText() + "\"";
        });
    }

    @Descriptor("Runs a menu bar item by its path of labels without mnemonics, for example Edit/Undo")
    public String menuItem(String path) {
        MenuItem item = onUi(() -> {
            Menu menu = shell().getMenuBar();
            MenuItem current = null;
            for (String label : path.split("/")) {
                current = null;
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem candidate : menu.getItems()) {
                    String text = candidate.getText().replace("&", "").split("\t")[0];
                    if (text.equals(label) || text.startsWith(label + " ")) {
                        current = candidate;
                        break;
                    }
                }
                if (current == null) {
                    throw new IllegalArgumentException("no menu item \"" + label + "\" in " + path);
                }
                if (current.getMenu() != null) {
                    menu = current.getMenu();
                }
            }
            if (!current.isEnabled()) {
                throw new IllegalStateException("menu item " + path + " is disabled");
            }
            return current;
        });
        later(() -> item.notifyListeners(SWT.Selection, new Event()));
        return "ran " + path;
    }

    @Descriptor("Opens the context menu of a view's tab and chooses an item path, for example \"Move To/Right\"")
    public String tabMenu(String viewId, String path) {
        Runnable choose = onUi(() -> {
            for (Control folder : allWith(shell(), "folder:")) {
                CTabFolder tabs = (CTabFolder) folder;
                for (CTabItem item : tabs.getItems()) {
                    if (!viewId.equals(item.getData("chorus.view.id")) || !tabs.isVisible()) {
                        continue;
                    }
                    org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
                    org.eclipse.swt.graphics.Point at = tabs.toDisplay(bounds.x + bounds.width / 2,
                            bounds.y + bounds.height / 2);
                    Event detect = new Event();
                    detect.x = at.x;
                    detect.y = at.y;
                    tabs.notifyListeners(SWT.MenuDetect, detect);
                    Menu menu = (Menu) tabs.getData("chorus.tabMenu");
                    MenuItem chosen = null;
                    for (String label : path.split("/")) {
                        chosen = null;
                        for (MenuItem candidate : menu.getItems()) {
                            if (candidate.getText().replace("&", "").equals(label)) {
                                chosen = candidate;
                            }
                        }
                        if (chosen == null) {
                            throw new IllegalArgumentException("no tab menu item \"" + label + "\"");
                        }
                        if (chosen.getMenu() != null) {
                            menu = chosen.getMenu();
                        }
                    }
                    MenuItem target = chosen;
                    Menu shown = (Menu) tabs.getData("chorus.tabMenu");
                    return () -> {
                        shown.setVisible(false);
                        target.notifyListeners(SWT.Selection, new Event());
                    };
                }
            }
            throw new IllegalArgumentException("no visible tab for view " + viewId);
        });
        later(choose);
        return "chose " + path + " on " + viewId;
    }

    @Descriptor("Saves a PNG of the shell with this title or widget name")
    public String shellShot(String titleOrWidget, String file) throws java.io.IOException {
        Path target = Path.of(file).toAbsolutePath();
        Files.createDirectories(target.getParent());
        return onUi(() -> {
            Shell shell = shellNamed(titleOrWidget);
            if (shell == null) {
                throw new IllegalArgumentException("no shell \"" + titleOrWidget + "\"");
            }
            Display display = shell.getDisplay();
            while (display.readAndDispatch()) {
                // let it paint
            }
            org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
            Image image = capture(shell);
            try {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {trimmed(image.getImageData())};
                loader.save(target.toString(), SWT.IMAGE_PNG);
                return target + " " + bounds.width + "x" + bounds.height;
            } finally {
                image.dispose();
            }
        });
    }

    @Descriptor("Opens an editor on an input (a brand id for the semantic core editor)")
    public String openEditor(String editorId, String input) {
        workbench.openEditor(editorId, input);
        return "opening " + editorId + " on " + input;
    }

    @Descriptor("Shows a view in the perspective on show")
    public String showView(String viewId) {
        workbench.showView(viewId);
        return "showing " + viewId;
    }

    @Descriptor("Closes the window as File > Exit would (unsaved-changes prompts included)")
    public String closeWindow() {
        later(() -> shell().close());
        return "closing";
    }

    @Descriptor("Switches through every perspective several times; the median and worst time from the click until"
            + " the new page is laid out and painted, per perspective")
    public String switchTimes(int rounds) {
        List<String> ids = onUi(() -> {
            List<String> all = new ArrayList<>();
            for (ToolItem item : switcher().getItems()) {
                all.add((String) item.getData("chorus.perspective.id"));
            }
            return all;
        });
        java.util.Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String id : ids) {
                // One switch per UI turn, so the measurement itself never holds the UI thread for long.
                long millis = onUi(() -> {
                    Display display = shell().getDisplay();
                    long start = System.nanoTime();
                    for (ToolItem other : switcher().getItems()) {
                        boolean chosen = id.equals(other.getData("chorus.perspective.id"));
                        other.setSelection(chosen);
                        if (chosen) {
                            other.notifyListeners(SWT.Selection, new Event());
                        }
                    }
                    shell().update(); // paints what became visible
                    while (display.readAndDispatch()) {
                        // layouts and paints queued by the switch
                    }
                    return (System.nanoTime() - start) / 1_000_000;
                });
                times.computeIfAbsent(id, key -> new ArrayList<>()).add(millis);
            }
        }
        StringBuilder text = new StringBuilder();
        times.forEach((id, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            text.append(id).append(" median-ms=").append(sorted.get(sorted.size() / 2)).append(" max-ms=")
                    .append(sorted.get(sorted.size() - 1)).append('\n');
        });
        return text.toString();
    }

    @Descriptor("Moves the mouse over a dashboard tile's chart until it shows a value, then clicks there; returns the"
            + " value's tooltip")
    public String clickChart(String tileId, long timeoutMillis) throws InterruptedException {
        // The tiles compute in the background: wait until the chart answers the mouse.
        AtomicReference<String> tip = new AtomicReference<>();
        Await.until(context, () -> {
            try {
                tip.set(clickChartOnce(tileId));
                return true;
            } catch (IllegalStateException | IllegalArgumentException notYet) {
                return false;
            }
        }, timeoutMillis);
        if (tip.get() == null) {
            return clickChartOnce(tileId);
        }
        return tip.get();
    }

    private String clickChartOnce(String tileId) {
        org.eclipse.swt.graphics.Rectangle area = onUi(() -> chart(tileId).getClientArea());
        // One row of mouse moves per UI turn: a person's mouse never holds the UI thread either.
        for (int y = 2; y < area.height; y += 3) {
            int row = y;
            String tip = onUi(() -> {
                org.eclipse.swt.widgets.Canvas canvas = chart(tileId);
                for (int x = 4; x < area.width; x += 3) {
                    Event move = new Event();
                    move.x = x;
                    move.y = row;
                    canvas.notifyListeners(SWT.MouseMove, move);
                    String shown = canvas.getToolTipText();
                    if (shown != null && !shown.isBlank()) {
                        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
                            Event click = new Event();
                            click.x = x;
                            click.y = row;
                            click.button = 1;
                            canvas.notifyListeners(type, click);
                        }
                        return shown;
                    }
                }
                return null;
            });
            if (tip != null) {
                return tip;
            }
        }
        throw new IllegalStateException("no value of tile " + tileId + " answered the mouse");
    }

    private org.eclipse.swt.widgets.Canvas chart(String tileId) {
        Composite tile = (Composite) visible("tile-" + tileId);
        return (org.eclipse.swt.widgets.Canvas) find(tile, "tile-chart").get(0);
    }

    @Descriptor("Runs a command by id, as its menu item would (dialogs it opens stay open)")
    public String run(String commandId) {
        workbench.executeCommand(commandId);
        return "running " + commandId;
    }

    @Descriptor("Every text a shell shows (labels, fields, buttons), one per line; the shell by title or widget name")
    public String shellText(String titleOrWidget) {
        return onUi(() -> {
            Shell shell = shellNamed(titleOrWidget);
            if (shell == null) {
                throw new IllegalArgumentException("no shell \"" + titleOrWidget + "\"");
            }
            StringBuilder text = new StringBuilder();
            texts(shell, text);
            return text.toString();
        });
    }

    private static void texts(Control control, StringBuilder text) {
        String shown = shown(control);
        if (!shown.isEmpty()) {
            text.append(shown).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts(child, text);
            }
        }
    }

    @Descriptor("Waits until a line of window:tabs contains the text (a view or editor tab, with its stack and title)")
    public String awaitTab(String text, long timeoutMillis) throws InterruptedException {
        if (!Await.until(context, () -> tabs().contains(text), timeoutMillis)) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: no tab " + text + " in\n"
                    + tabs());
        }
        return "tab " + text + " is there";
    }

    @Descriptor("Waits until a visible, enabled control with the widget name exists in any shell")
    public String awaitControl(String widget, long timeoutMillis) throws InterruptedException {
        boolean found = Await.until(context, () -> onUi(() -> {
            try {
                Control control = anywhere(widget);
                return control.isEnabled();
            } catch (IllegalArgumentException notYet) {
                return false;
            }
        }), timeoutMillis);
        if (!found) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: no enabled " + widget
                    + "; shells: " + shells());
        }
        return widget + " is there";
    }

    @Descriptor("Waits until a tree in any shell has an item (any depth, expanding as it goes) whose text contains this")
    public String awaitTreeItem(String widget, String text, long timeoutMillis) throws InterruptedException {
        boolean found = Await.until(context, () -> onUi(() -> {
            try {
                return tree(widget).contains(text) || expandAll((org.eclipse.swt.widgets.Tree) anywhere(widget));
            } catch (IllegalArgumentException notYet) {
                return false;
            }
        }) && onUi(() -> tree(widget).contains(text)), timeoutMillis);
        if (!found) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: no item " + text + " in "
                    + widget);
        }
        return "item " + text + " is there";
    }

    /** Expands every item so lazily filled children appear; false, so the caller looks again. */
    private static boolean expandAll(org.eclipse.swt.widgets.Tree tree) {
        java.util.Deque<org.eclipse.swt.widgets.TreeItem> queue = new java.util.ArrayDeque<>(List.of(tree.getItems()));
        while (!queue.isEmpty()) {
            org.eclipse.swt.widgets.TreeItem item = queue.poll();
            if (!item.getExpanded()) {
                item.setExpanded(true);
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
            }
            queue.addAll(List.of(item.getItems()));
        }
        return false;
    }

    @Descriptor("Selects a tree item until the tree keeps it selected (views that reload may reset a selection)")
    public String awaitTreeSelection(String widget, String text, long timeoutMillis) throws InterruptedException {
        boolean kept = Await.until(context, () -> {
            try {
                selectTreeItem(widget, text);
            } catch (IllegalArgumentException notListedYet) {
                return false;
            }
            return onUi(() -> {
                // Let pending reloads run, then look again.
                Display display = workbench.display();
                while (display.readAndDispatch()) {
                    // drain
                }
                org.eclipse.swt.widgets.TreeItem[] selection =
                        ((org.eclipse.swt.widgets.Tree) anywhere(widget)).getSelection();
                return selection.length == 1 && selection[0].getText().equals(text);
            });
        }, timeoutMillis);
        if (!kept) {
            throw new IllegalStateException("timed out after " + timeoutMillis + " ms: " + text
                    + " does not stay selected in " + widget);
        }
        return text + " is selected";
    }

    /** What the screen shows of a shell, as a person would see it; the caller disposes the image. */
    private static Image capture(Shell shell) {
        Display display = shell.getDisplay();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** The text a control shows a person: a label's, a field's, a button's, or a table's cells. */
    private static String shown(Control control) {
        return switch (control) {
            case Label label -> label.getText();
            case org.eclipse.swt.custom.CLabel label -> label.getText() == null ? "" : label.getText();
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
    }
}
