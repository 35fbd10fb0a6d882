package io.chorus.ui.workbench.internal;

import io.chorus.ui.api.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.ui.api.CommandHandler;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.StatusContribution;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.Workbench;

/**
 * The Chorus window. Everything in it except the frame comes from contributions: the perspective switcher lists
 * contributed perspectives, menus and toolbar hold contributed commands, the status bar contributed items. Any
 * change in the contributions rebuilds those parts on the UI thread.
 */
final class WorkbenchWindow implements Workbench {

    private static final String OVERVIEW = "io.chorus.overview";

    private final Display display;
    private final ContributionRegistry registry;
    private final ChorusRuntime runtime;
    private final Locale locale;
    private final Texts messages;
    private final String startupReport;
    private final Map<String, PerspectivePage> pages = new LinkedHashMap<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Runnable registryListener = this::queueRefresh;
    private final Listener keyListener = this::keyFilter;
    private final java.util.function.BiConsumer<String, Throwable> reporter;
    private final List<Image> images = new ArrayList<>();
    private final Map<Integer, String> keyOnlyCommands = new HashMap<>();
    private Shell shell;
    private Composite pageArea;
    private StackLayout pageStack;
    private ToolBar commandBar;
    private ToolBar switcher;
    private Composite statusBar;
    private Label statusMessage;
    private Label workspaceLabel;
    private final List<Control> statusControls = new ArrayList<>();
    private final Map<Long, Control> statusByService = new HashMap<>();
    private String activePerspective;
    private volatile boolean closed;

    WorkbenchWindow(Display display, ContributionRegistry registry, ChorusRuntime runtime, Locale locale,
                    Texts messages, String startupReport,
                    java.util.function.BiConsumer<String, Throwable> reporter) {
        this.reporter = reporter;
        this.display = display;
        this.registry = registry;
        this.runtime = runtime;
        this.locale = locale;
        this.messages = messages;
        this.startupReport = startupReport;
    }

    Texts messages() {
        return messages;
    }

    String text(String key) {
        return messages.translate("%" + key);
    }

    /** Builds the window and shows it. */
    void open() {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setData("chorus.widget", "workbench");
        shell.setText(title());
        shell.setImages(new Image[] {logo(16), logo(32), logo(64)});
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        shell.setLayout(layout);

        Composite toolRow = new Composite(shell, SWT.NONE);
        toolRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout toolLayout = new GridLayout(2, false);
        toolLayout.marginHeight = 2;
        toolRow.setLayout(toolLayout);
        commandBar = new ToolBar(toolRow, SWT.FLAT | SWT.RIGHT);
        commandBar.setData("chorus.widget", "command-toolbar");
        commandBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        switcher = new ToolBar(toolRow, SWT.FLAT | SWT.RIGHT);
        switcher.setData("chorus.widget", "perspective-switcher");
        switcher.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        pageArea = new Composite(shell, SWT.NONE);
        pageArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pageStack = new StackLayout();
        pageArea.setLayout(pageStack);

        statusBar = new Composite(shell, SWT.NONE);
        statusBar.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        statusBar.setData("chorus.widget", "status-bar");
        statusMessage = new Label(statusBar, SWT.NONE);
        statusMessage.setData("chorus.widget", "status-message");
        workspaceLabel = new Label(statusBar, SWT.NONE);
        workspaceLabel.setText(text("status.workspace") + " " + runtime.workspace().root());

        display.addFilter(SWT.KeyDown, keyListener);
        shell.addListener(SWT.Close, event -> closed = true);
        shell.addListener(SWT.Dispose, event -> dispose());
        registry.addListener(registryListener);

        refresh();
        showPerspective(registry.perspective(OVERVIEW).map(Contribution::id)
                .orElseGet(() -> registry.perspectives().stream().findFirst().map(Contribution::id).orElse(null)));

        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        int width = Math.min(1280, screen.width - 40);
        int height = Math.min(800, screen.height - 40);
        shell.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);
        if (startupReport != null) {
            reportFirstPaint();
        }
        shell.open();
    }

    private String title() {
        return "Chorus \u2014 " + runtime.workspace().name() + (runtime.workspace().demo() ? " (demo)" : "");
    }

    private void reportFirstPaint() {
        Listener[] once = new Listener[1];
        once[0] = event -> {
            if (event.widget instanceof Control control && control.getShell() == shell) {
                display.removeFilter(SWT.Paint, once[0]);
                System.out.println(StartupReport.line(runtime.startedAt().toEpochMilli(), System.currentTimeMillis()));
                System.out.flush();
                if ("exit".equals(startupReport)) {
                    display.asyncExec(this::close);
                }
            }
        };
        display.addFilter(SWT.Paint, once[0]);
    }

    boolean isClosed() {
        return closed || shell == null || shell.isDisposed();
    }

    private void dispose() {
        closed = true;
        registry.removeListener(registryListener);
        display.removeFilter(SWT.KeyDown, keyListener);
        for (PerspectivePage page : pages.values()) {
            page.dispose();
        }
        pages.clear();
        images.forEach(Image::dispose);
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                refreshQueued.set(false);
                if (!isClosed()) {
                    refresh();
                }
            });
        }
    }

    /** Rebuilds everything that comes from contributions. */
    private void refresh() {
        buildMenus();
        buildCommandBar();
        buildSwitcher();
        buildStatusItems();
        syncPages();
        shell.layout(true, true);
    }

    // ---- perspectives ------------------------------------------------------------------------------------

    private void buildSwitcher() {
        for (ToolItem item : switcher.getItems()) {
            item.dispose();
        }
        for (Contribution<PerspectiveContribution> perspective : registry.perspectives()) {
            ToolItem item = new ToolItem(switcher, SWT.RADIO);
            item.setText(perspective.label(ContributionRegistry.PERSPECTIVE_LABEL));
            item.setToolTipText(perspective.label(ContributionRegistry.PERSPECTIVE_DESCRIPTION));
            item.setData("chorus.perspective.id", perspective.id());
            item.setSelection(perspective.id().equals(activePerspective));
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    showPerspectiveNow(perspective.id());
                }
            });
        }
        switcher.pack();
    }

    private void syncPages() {
        for (PerspectivePage page : new ArrayList<>(pages.values())) {
            Optional<Contribution<PerspectiveContribution>> current = registry.perspective(page.perspectiveId());
            if (current.isEmpty() || current.get().serviceId() != page.serviceId()) {
                pages.remove(page.perspectiveId());
                page.dispose();
            } else {
                page.sync();
            }
        }
        if (activePerspective != null && registry.perspective(activePerspective).isEmpty()) {
            // The perspective on show went away with its bundle: fall back to the first one left.
            activePerspective = null;
            registry.perspectives().stream().findFirst().ifPresent(p -> showPerspectiveNow(p.id()));
        } else if (activePerspective == null && !registry.perspectives().isEmpty()) {
            showPerspectiveNow(registry.perspectives().get(0).id());
        } else if (activePerspective != null && !pages.containsKey(activePerspective)) {
            showPerspectiveNow(activePerspective);
        }
        if (activePerspective == null) {
            pageStack.topControl = null;
            pageArea.layout();
        }
    }

    private void showPerspectiveNow(String id) {
        Optional<Contribution<PerspectiveContribution>> perspective = registry.perspective(id);
        if (perspective.isEmpty()) {
            return;
        }
        PerspectivePage page = pages.computeIfAbsent(id,
                key -> new PerspectivePage(pageArea, this, registry, perspective.get()));
        activePerspective = id;
        pageStack.topControl = page.control();
        pageArea.layout(true, true);
        for (ToolItem item : switcher.getItems()) {
            item.setSelection(id.equals(item.getData("chorus.perspective.id")));
        }
        buildMenus();
        setStatusMessageNow("");
    }

    // ---- menus, toolbar, key bindings -------------------------------------------------------------------

    private void buildMenus() {
        Menu old = shell.getMenuBar();
        Menu bar = new Menu(shell, SWT.BAR);
        keyOnlyCommands.clear();
        List<Contribution<CommandHandler>> commands = registry.commands();

        Menu file = cascade(bar, text("menu.file"), "file");
        addCommands(file, commands, "file");
        if (file.getItemCount() > 0) {
            new MenuItem(file, SWT.SEPARATOR);
        }
        MenuItem exit = new MenuItem(file, SWT.PUSH);
        exit.setText(text("menu.file.exit") + "\t" + KeyBinding.describe(SWT.MOD1 | 'q'));
        exit.setAccelerator(SWT.MOD1 | 'q');
        exit.addListener(SWT.Selection, event -> close());

        Map<String, List<Contribution<CommandHandler>>> customMenus = new LinkedHashMap<>();
        for (Contribution<CommandHandler> command : commands) {
            String menu = command.string(ContributionRegistry.COMMAND_MENU, "");
            if (!menu.isEmpty() && !List.of("file", "window", "help").contains(menu)) {
                customMenus.computeIfAbsent(menu, key -> new ArrayList<>()).add(command);
            }
            int accelerator = KeyBinding.parse(command.string(ContributionRegistry.COMMAND_KEYS, ""));
            if (menu.isEmpty() && accelerator != 0) {
                keyOnlyCommands.putIfAbsent(accelerator, command.id());
            }
        }
        for (Map.Entry<String, List<Contribution<CommandHandler>>> menu : customMenus.entrySet()) {
            String label = messages.translate("%menu." + menu.getKey());
            if (label.equals("menu." + menu.getKey())) {
                label = Character.toUpperCase(menu.getKey().charAt(0)) + menu.getKey().substring(1);
            }
            addCommands(cascade(bar, label, menu.getKey()), menu.getValue(), menu.getKey());
        }

        Menu window = cascade(bar, text("menu.window"), "window");
        Menu perspectiveMenu = cascade(window, text("menu.window.perspective"), "window/perspective");
        for (Contribution<PerspectiveContribution> perspective : registry.perspectives()) {
            MenuItem item = new MenuItem(perspectiveMenu, SWT.RADIO);
            item.setText(perspective.label(ContributionRegistry.PERSPECTIVE_LABEL));
            item.setSelection(perspective.id().equals(activePerspective));
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    showPerspectiveNow(perspective.id());
                }
            });
        }
        Menu showView = cascade(window, text("menu.window.showView"), "window/show-view");
        String category = null;
        for (Contribution<ViewContribution> view : registry.views()) {
            String viewCategory = view.label(ContributionRegistry.VIEW_CATEGORY);
            if (category != null && !category.equals(viewCategory)) {
                new MenuItem(showView, SWT.SEPARATOR);
            }
            category = viewCategory;
            MenuItem item = new MenuItem(showView, SWT.PUSH);
            String label = view.label(ContributionRegistry.VIEW_LABEL);
            item.setText(viewCategory == null || viewCategory.isEmpty() ? label : viewCategory + " / " + label);
            item.addListener(SWT.Selection, event -> showViewNow(view.id()));
        }
        MenuItem reset = new MenuItem(window, SWT.PUSH);
        reset.setText(text("menu.window.reset"));
        reset.addListener(SWT.Selection, event -> resetPerspectiveNow());
        if (commands.stream().anyMatch(c -> "window".equals(c.string(ContributionRegistry.COMMAND_MENU, "")))) {
            new MenuItem(window, SWT.SEPARATOR);
            addCommands(window, commands, "window");
        }

        Menu help = cascade(bar, text("menu.help"), "help");
        addCommands(help, commands, "help");
        if (help.getItemCount() > 0) {
            new MenuItem(help, SWT.SEPARATOR);
        }
        MenuItem about = new MenuItem(help, SWT.PUSH);
        about.setText(text("menu.help.about"));
        about.addListener(SWT.Selection, event -> showAbout());

        shell.setMenuBar(bar);
        if (old != null) {
            old.dispose();
        }
    }

    private Menu cascade(Menu parent, String label, String id) {
        MenuItem header = new MenuItem(parent, SWT.CASCADE);
        header.setText(label);
        Menu menu = new Menu(header);
        menu.setData("chorus.menu", id);
        header.setMenu(menu);
        return menu;
    }

    private void addCommands(Menu menu, List<Contribution<CommandHandler>> commands, String menuName) {
        for (Contribution<CommandHandler> command : commands) {
            if (!menuName.equals(command.string(ContributionRegistry.COMMAND_MENU, ""))) {
                continue;
            }
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            int accelerator = KeyBinding.parse(command.string(ContributionRegistry.COMMAND_KEYS, ""));
            String label = command.label(ContributionRegistry.COMMAND_LABEL);
            item.setText(accelerator == 0 ? label : label + "\t" + KeyBinding.describe(accelerator));
            if (accelerator != 0) {
                item.setAccelerator(accelerator);
            }
            item.setData("chorus.command.id", command.id());
            item.addListener(SWT.Selection, event -> execute(command.id()));
            menu.addListener(SWT.Show, event -> item.setEnabled(isEnabled(command)));
        }
    }

    private void buildCommandBar() {
        for (ToolItem item : commandBar.getItems()) {
            item.dispose();
        }
        for (Contribution<CommandHandler> command : registry.commands()) {
            if (!command.bool(ContributionRegistry.COMMAND_TOOLBAR)) {
                continue;
            }
            ToolItem item = new ToolItem(commandBar, SWT.PUSH);
            item.setText(command.label(ContributionRegistry.COMMAND_LABEL).replace("&", ""));
            String keys = KeyBinding.describe(KeyBinding.parse(command.string(ContributionRegistry.COMMAND_KEYS, "")));
            item.setToolTipText(keys.isEmpty() ? item.getText() : item.getText() + " (" + keys + ")");
            item.setData("chorus.command.id", command.id());
            item.addListener(SWT.Selection, event -> execute(command.id()));
        }
        commandBar.pack();
    }

    private void keyFilter(Event event) {
        if (shell == null || shell.isDisposed() || display.getActiveShell() != shell) {
            return;
        }
        int accelerator = (event.stateMask & SWT.MODIFIER_MASK) | Character.toLowerCase(event.keyCode);
        String commandId = keyOnlyCommands.get(accelerator);
        if (commandId != null) {
            event.doit = false;
            execute(commandId);
        }
    }

    private boolean isEnabled(Contribution<CommandHandler> command) {
        try {
            return command.service().get().isEnabled(this);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs a command on the UI thread; a failure is shown, never thrown into SWT's event loop. */
    void execute(String commandId) {
        Optional<Contribution<CommandHandler>> command = registry.command(commandId);
        if (command.isEmpty()) {
            return;
        }
        try {
            CommandHandler handler = command.get().service().get();
            if (handler.isEnabled(this)) {
                handler.execute(this);
            }
        } catch (Exception | LinkageError e) {
            report("command " + commandId + " failed", e);
            MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setText(command.get().label(ContributionRegistry.COMMAND_LABEL).replace("&", ""));
            box.setMessage(text("command.failed") + "\n\n" + (e.getMessage() == null ? e.toString() : e.getMessage()));
            box.open();
        }
    }

    private void showAbout() {
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText(text("about.title"));
        box.setMessage("Chorus " + runtime.version() + "\n\n" + text("about.tagline") + "\n\n"
                + text("status.workspace") + " " + runtime.workspace().root() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", SWT "
                + SWT.getPlatform() + " " + SWT.getVersion());
        box.open();
    }

    // ---- status bar -------------------------------------------------------------------------------------

    private void buildStatusItems() {
        List<Contribution<StatusContribution>> items = registry.statusItems();
        for (Map.Entry<Long, Control> entry : new ArrayList<>(statusByService.entrySet())) {
            if (items.stream().noneMatch(item -> item.serviceId() == entry.getKey())) {
                entry.getValue().dispose();
                statusByService.remove(entry.getKey());
            }
        }
        statusControls.clear();
        for (Contribution<StatusContribution> item : items) {
            Control control = statusByService.get(item.serviceId());
            if (control == null || control.isDisposed()) {
                try {
                    control = item.service().get().createControl(statusBar, this);
                    control.setData("chorus.status.id", item.id());
                    statusByService.put(item.serviceId(), control);
                } catch (RuntimeException | LinkageError e) {
                    report("status item " + item.id() + " failed", e);
                    continue;
                }
            }
            statusControls.add(control);
        }
        // Order: message, contributed items, workspace.
        Control previous = statusMessage;
        for (Control control : statusControls) {
            control.moveBelow(previous);
            previous = control;
        }
        workspaceLabel.moveBelow(previous);
        GridLayout layout = new GridLayout(statusControls.size() + 2, false);
        layout.marginHeight = 2;
        layout.horizontalSpacing = 12;
        statusBar.setLayout(layout);
        statusMessage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        statusBar.layout(true, true);
    }

    // ---- Workbench --------------------------------------------------------------------------------------

    @Override
    public Display display() {
        return display;
    }

    @Override
    public Optional<Shell> shell() {
        return Optional.ofNullable(shell).filter(s -> !s.isDisposed());
    }

    @Override
    public List<PerspectiveDescriptor> perspectives() {
        return query(() -> registry.perspectives().stream()
                .map(p -> new PerspectiveDescriptor(p.id(), p.label(ContributionRegistry.PERSPECTIVE_LABEL),
                        p.label(ContributionRegistry.PERSPECTIVE_DESCRIPTION),
                        p.integer(ContributionRegistry.PERSPECTIVE_ORDER, 100)))
                .toList(), List.of());
    }

    @Override
    public Optional<String> activePerspective() {
        return query(() -> Optional.ofNullable(activePerspective), Optional.empty());
    }

    @Override
    public void showPerspective(String perspectiveId) {
        onUi(() -> {
            if (perspectiveId != null) {
                showPerspectiveNow(perspectiveId);
            }
        });
    }

    @Override
    public void showView(String viewId) {
        onUi(() -> showViewNow(viewId));
    }

    private void showViewNow(String viewId) {
        PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
        if (page != null) {
            page.showView(viewId);
        }
    }

    @Override
    public List<String> openViews() {
        return query(() -> {
            PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
            return page == null ? List.<String>of() : page.openViews();
        }, List.of());
    }

    @Override
    public void setStatusMessage(String message) {
        onUi(() -> setStatusMessageNow(message));
    }

    private void setStatusMessageNow(String message) {
        if (statusMessage != null && !statusMessage.isDisposed()) {
            statusMessage.setText(message == null ? "" : message);
            statusMessage.getParent().layout();
        }
    }

    @Override
    public void resetPerspective() {
        onUi(this::resetPerspectiveNow);
    }

    private void resetPerspectiveNow() {
        PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
        if (page != null) {
            page.reset();
        }
    }

    @Override
    public void close() {
        onUi(() -> {
            closed = true;
            if (shell != null && !shell.isDisposed()) {
                shell.dispose();
            }
        });
    }

    private void onUi(Runnable action) {
        if (display.isDisposed()) {
            return;
        }
        if (display.getThread() == Thread.currentThread()) {
            action.run();
        } else {
            display.asyncExec(() -> {
                if (shell != null && !shell.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    private <T> T query(Supplier<T> question, T whenClosed) {
        if (display.isDisposed()) {
            return whenClosed;
        }
        if (display.getThread() == Thread.currentThread()) {
            return question.get();
        }
        AtomicReference<T> answer = new AtomicReference<>(whenClosed);
        display.syncExec(() -> {
            if (shell != null && !shell.isDisposed()) {
                answer.set(question.get());
            }
        });
        return answer.get();
    }

    /** Records a failure of a contribution where people and the log file see it. */
    void report(String what, Throwable error) {
        reporter.accept(what, error);
    }

    /** The window icon, drawn rather than shipped so it stays sharp at every size. */
    private Image logo(int size) {
        Image image = new Image(display, size, size);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, size, size);
            org.eclipse.swt.graphics.Color teal = new org.eclipse.swt.graphics.Color(16, 110, 120);
            gc.setBackground(teal);
            gc.fillRoundRectangle(0, 0, size, size, size / 3, size / 3);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setLineWidth(Math.max(2, size / 9));
            int inset = size / 4;
            gc.drawArc(inset, inset, size - 2 * inset, size - 2 * inset, 45, 270);
        } finally {
            gc.dispose();
        }
        images.add(image);
        return image;
    }
}
