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
import io.chorus.ui.api.EditHistory;
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
    /** Ctrl+3, as in the Eclipse IDE. */
    static final int PALETTE_KEYS = SWT.MOD1 | '3';

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
    private final boolean restoreLayout;
    /** Read on another thread while the display starts: Jackson's first use costs ~100 ms. */
    private final java.util.concurrent.CompletableFuture<LayoutState> savedLayout;
    private LayoutState layoutState = LayoutState.empty();
    /** What each view or editor last said is selected, by part id. */
    private final Map<String, List<?>> selections = new HashMap<>();
    /** The part that last had keyboard focus: "view id" or "editor:editor id". */
    private String activePart = "";
    private final Listener focusListener = this::focusChanged;
    private CommandPalette palette;
    private boolean painted;
    private final List<Runnable> afterFirstPaint = new ArrayList<>();
    /** The perspective last chosen, remembered even while its module is away (stopping before the window). */
    private String chosenPerspective;

    WorkbenchWindow(Display display, ContributionRegistry registry, ChorusRuntime runtime, Locale locale,
                    Texts messages, boolean restoreLayout, java.util.concurrent.CompletableFuture<LayoutState> savedLayout,
                    String startupReport,
                    java.util.function.BiConsumer<String, Throwable> reporter) {
        this.restoreLayout = restoreLayout;
        this.savedLayout = savedLayout;
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
        display.addFilter(SWT.FocusIn, focusListener);
        if (restoreLayout) {
            layoutState = savedLayout.join();
        }
        shell.addListener(SWT.Close, event -> {
            if (!confirmClose()) {
                event.doit = false;
                return;
            }
            saveLayout();
            closed = true;
        });
        shell.addListener(SWT.Dispose, event -> dispose());
        registry.addListener(registryListener);

        refresh();
        String first = layoutState.activePerspective() != null
                && registry.perspective(layoutState.activePerspective()).isPresent()
                ? layoutState.activePerspective() : registry.perspective(OVERVIEW).map(Contribution::id)
                .orElseGet(() -> registry.perspectives().stream().findFirst().map(Contribution::id).orElse(null));
        showPerspective(first);

        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        LayoutState.Bounds saved = layoutState.window();
        if (saved != null && saved.width() >= 400 && saved.height() >= 300
                && screen.intersects(new Rectangle(saved.x(), saved.y(), saved.width(), saved.height()))) {
            shell.setBounds(saved.x(), saved.y(), saved.width(), saved.height());
            shell.setMaximized(saved.maximized());
        } else {
            int width = Math.min(1280, screen.width - 40);
            int height = Math.min(800, screen.height - 40);
            shell.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width,
                    height);
        }
        if (startupReport != null) {
            reportFirstPaint();
        }
        awaitFirstPaint();
        shell.open();
    }

    private String title() {
        return "Chorus \u2014 " + runtime.workspace().name() + (runtime.workspace().demo() ? " (demo)" : "");
    }

    /**
     * The window's frame, menus and tabs paint first; the views' contents are built right after (as the Eclipse IDE
     * does), so a slow view never delays the window appearing.
     */
    void whenPainted(Runnable action) {
        if (painted) {
            action.run();
        } else {
            afterFirstPaint.add(action);
        }
    }

    private void awaitFirstPaint() {
        Listener[] once = new Listener[1];
        once[0] = event -> {
            if (event.widget instanceof Control control && control.getShell() == shell && !painted) {
                display.removeFilter(SWT.Paint, once[0]);
                painted = true;
                display.asyncExec(() -> {
                    List<Runnable> waiting = new ArrayList<>(afterFirstPaint);
                    afterFirstPaint.clear();
                    waiting.forEach(Runnable::run);
                });
            }
        };
        display.addFilter(SWT.Paint, once[0]);
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
        display.removeFilter(SWT.FocusIn, focusListener);
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
        // Status items activate their bundles' components: like the views, they fill in right after the first paint.
        whenPainted(() -> {
            if (!isClosed()) {
                buildStatusItems();
                statusBar.getParent().layout(true, true);
            }
        });
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
            icon(perspective.string(ContributionRegistry.PERSPECTIVE_ICON, "perspective")).ifPresent(item::setImage);
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
                // Modules stop before the window when Chorus shuts down: remember how their perspective looked.
                layoutState = layoutState.with(page.perspectiveId(), page.snapshot());
                page.dispose();
            } else {
                page.sync();
            }
        }
        if (activePerspective != null && registry.perspective(activePerspective).isEmpty()) {
            // The perspective on show went away with its bundle: fall back to the first one left.
            activePerspective = null;
            registry.perspectives().stream().findFirst().ifPresent(p -> showPerspectiveNow(p.id(), false));
        } else if (activePerspective == null && !registry.perspectives().isEmpty()) {
            showPerspectiveNow(registry.perspectives().get(0).id(), false);
        } else if (activePerspective != null && !pages.containsKey(activePerspective)) {
            showPerspectiveNow(activePerspective, false);
        }
        if (activePerspective == null) {
            pageStack.topControl = null;
            pageArea.layout();
        }
    }

    private void showPerspectiveNow(String id) {
        showPerspectiveNow(id, true);
    }

    /** @param chosen whether the user (or a module on the user's behalf) chose it, rather than a fallback */
    private void showPerspectiveNow(String id, boolean chosen) {
        Optional<Contribution<PerspectiveContribution>> perspective = registry.perspective(id);
        if (perspective.isEmpty()) {
            return;
        }
        if (chosen) {
            chosenPerspective = id;
        }
        PerspectivePage page = pages.computeIfAbsent(id,
                key -> new PerspectivePage(pageArea, this, registry, perspective.get(), layoutState.page(key)));
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
        exit.addListener(SWT.Selection, event -> shell.close()); // as the window's close button: asks about unsaved work
        buildEditMenu(bar, commands);

        Map<String, List<Contribution<CommandHandler>>> customMenus = new LinkedHashMap<>();
        for (Contribution<CommandHandler> command : commands) {
            String menu = command.string(ContributionRegistry.COMMAND_MENU, "");
            if (!menu.isEmpty() && !List.of("file", "edit", "window", "help").contains(menu)) {
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
            icon(view.string(ContributionRegistry.VIEW_ICON, "")).ifPresent(item::setImage);
            String label = view.label(ContributionRegistry.VIEW_LABEL);
            item.setText(viewCategory == null || viewCategory.isEmpty() ? label : viewCategory + " / " + label);
            item.addListener(SWT.Selection, event -> showViewNow(view.id()));
        }
        MenuItem reset = new MenuItem(window, SWT.PUSH);
        reset.setText(text("menu.window.reset"));
        icon("refresh").ifPresent(reset::setImage);
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
            icon(command.string(ContributionRegistry.COMMAND_ICON, "")).ifPresent(item::setImage);
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
            icon(command.string(ContributionRegistry.COMMAND_ICON, "")).ifPresent(item::setImage);
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
        if (accelerator == PALETTE_KEYS) {
            event.doit = false;
            openPalette();
            return;
        }
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
    public void showView(String viewId, Object input) {
        onUi(() -> {
            showViewNow(viewId);
            PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
            if (page != null) {
                page.setInput(viewId, input);
            }
        });
    }

    @Override
    public void openEditor(String editorId, Object input) {
        onUi(() -> openEditorNow(editorId, input));
    }

    private void openEditorNow(String editorId, Object input) {
        Optional<Contribution<?>> editor = registry.editor(editorId).map(c -> c);
        PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
        if (editor.isEmpty() || page == null) {
            showError(text("editor.openFailed"), text("editor.notInstalled") + " " + editorId);
            return;
        }
        try {
            page.openEditor(registry.editor(editorId).get(), input);
        } catch (Exception e) {
            report("editor " + editorId + " could not open " + input, e);
            showError(registry.editor(editorId).get().label(ContributionRegistry.EDITOR_LABEL),
                    text("editor.openFailed") + "\n\n" + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    @Override
    public List<?> selection() {
        return query(() -> selections.getOrDefault(activePart, List.of()), List.of());
    }

    @Override
    public void executeCommand(String commandId) {
        onUi(() -> execute(commandId));
    }

    /** The titles of the editors open in the active perspective (for tests and the probe). */
    List<String> openEditors() {
        PerspectivePage page = activePerspective == null ? null : pages.get(activePerspective);
        return page == null ? List.of() : page.openEditors();
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
            if (shell != null && !shell.isDisposed()) {
                // Closed by the program (Chorus stopping), not by the user: no prompts, but the layout is kept.
                if (!closed) {
                    saveLayout();
                }
                closed = true;
                shell.dispose();
            }
            closed = true;
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

    // ---- selection and context menus --------------------------------------------------------------------

    void selectionChanged(String partId, List<?> selection) {
        selections.put(partId, selection == null ? List.of() : List.copyOf(selection));
        activePart = partId;
    }

    /** Follows keyboard focus to know which view or editor is active, for selection() and Edit > Undo. */
    private void focusChanged(Event event) {
        if (!(event.widget instanceof Control control) || control.getShell() != shell) {
            return;
        }
        for (Control at = control; at != null; at = at.getParent()) {
            Object widget = at.getData("chorus.widget");
            if (widget instanceof String name && (name.startsWith("view:") || name.startsWith("editor:"))) {
                activePart = name.startsWith("view:") ? name.substring("view:".length())
                        : "editor:" + name.substring("editor:".length()).split(":", 2)[0];
                return;
            }
        }
    }

    /** A context menu of the commands contributed to a view: rebuilt each time it opens, enabled by the handler. */
    void hookContextMenu(String partId, Control control) {
        Menu menu = new Menu(control);
        menu.setData("chorus.menu", "context:" + partId);
        menu.addListener(SWT.Show, event -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            String part = partId.contains(".") && registry.editor(partId).isPresent() ? "editor:" + partId : partId;
            activePart = part;
            for (Contribution<CommandHandler> command : registry.commands()) {
                if (!command.strings(ContributionRegistry.COMMAND_CONTEXTS).contains(partId)) {
                    continue;
                }
                MenuItem item = new MenuItem(menu, SWT.PUSH);
                int accelerator = KeyBinding.parse(command.string(ContributionRegistry.COMMAND_KEYS, ""));
                String label = command.label(ContributionRegistry.COMMAND_LABEL);
                item.setText(accelerator == 0 ? label : label + "\t" + KeyBinding.describe(accelerator));
                item.setData("chorus.command.id", command.id());
                item.setEnabled(isEnabled(command));
                item.addListener(SWT.Selection, e -> execute(command.id()));
            }
        });
        control.setMenu(menu);
    }

    // ---- editors: Edit menu, save, prompts --------------------------------------------------------------

    private void buildEditMenu(Menu bar, List<Contribution<CommandHandler>> commands) {
        Menu edit = cascade(bar, text("menu.edit"), "edit");
        MenuItem undo = new MenuItem(edit, SWT.PUSH);
        undo.setData("chorus.command.id", "io.chorus.edit.undo");
        undo.setAccelerator(SWT.MOD1 | 'z');
        icon("undo").ifPresent(undo::setImage);
        undo.addListener(SWT.Selection, event -> activeHistory().ifPresent(EditHistory::undo));
        MenuItem redo = new MenuItem(edit, SWT.PUSH);
        redo.setData("chorus.command.id", "io.chorus.edit.redo");
        redo.setAccelerator(SWT.MOD1 | 'y');
        icon("redo").ifPresent(redo::setImage);
        redo.addListener(SWT.Selection, event -> activeHistory().ifPresent(EditHistory::redo));
        new MenuItem(edit, SWT.SEPARATOR);
        MenuItem save = new MenuItem(edit, SWT.PUSH);
        save.setData("chorus.command.id", "io.chorus.edit.save");
        save.setText(text("menu.edit.save") + "\t" + KeyBinding.describe(SWT.MOD1 | 's'));
        save.setAccelerator(SWT.MOD1 | 's');
        icon("save").ifPresent(save::setImage);
        save.addListener(SWT.Selection, event -> saveActiveEditor());
        MenuItem saveAll = new MenuItem(edit, SWT.PUSH);
        saveAll.setData("chorus.command.id", "io.chorus.edit.saveAll");
        saveAll.setText(text("menu.edit.saveAll") + "\t" + KeyBinding.describe(SWT.MOD1 | SWT.SHIFT | 's'));
        saveAll.setAccelerator(SWT.MOD1 | SWT.SHIFT | 's');
        icon("saveAll").ifPresent(saveAll::setImage);
        saveAll.addListener(SWT.Selection, event -> saveAll());
        new MenuItem(edit, SWT.SEPARATOR);
        MenuItem quickAccess = new MenuItem(edit, SWT.PUSH);
        quickAccess.setData("chorus.command.id", "io.chorus.edit.quickAccess");
        quickAccess.setText(text("menu.edit.quickAccess") + "\t" + KeyBinding.describe(PALETTE_KEYS));
        quickAccess.setAccelerator(PALETTE_KEYS);
        quickAccess.addListener(SWT.Selection, event -> openPalette());
        addCommands(edit, commands, "edit");
        Runnable update = () -> {
            Optional<EditHistory> history = activeHistory();
            undo.setText(history.flatMap(EditHistory::undoLabel).map(label -> text("menu.edit.undo") + " " + label)
                    .orElse(text("menu.edit.undo")) + "\t" + KeyBinding.describe(SWT.MOD1 | 'z'));
            redo.setText(history.flatMap(EditHistory::redoLabel).map(label -> text("menu.edit.redo") + " " + label)
                    .orElse(text("menu.edit.redo")) + "\t" + KeyBinding.describe(SWT.MOD1 | 'y'));
            undo.setEnabled(history.map(EditHistory::canUndo).orElse(false));
            redo.setEnabled(history.map(EditHistory::canRedo).orElse(false));
            save.setEnabled(history.map(EditHistory::isDirty).orElse(false));
            saveAll.setEnabled(pages.values().stream().anyMatch(page -> !page.dirtyEditors().isEmpty()));
        };
        update.run();
        edit.addListener(SWT.Show, event -> update.run());
        editMenuUpdate = update;
    }

    private Runnable editMenuUpdate = () -> { };

    /** An editor's dirtiness or history changed: refresh what shows it (accelerators stay active when enabled). */
    void editorStateChanged() {
        editMenuUpdate.run();
    }

    private Optional<PerspectivePage> activePage() {
        return Optional.ofNullable(activePerspective).map(pages::get);
    }

    private Optional<EditHistory> activeHistory() {
        return activePage().flatMap(page -> page.activeEditor().flatMap(page::history));
    }

    private void saveActiveEditor() {
        activePage().ifPresent(page -> page.activeEditor().ifPresent(page::save));
    }

    private void saveAll() {
        for (PerspectivePage page : pages.values()) {
            for (org.eclipse.swt.custom.CTabItem item : page.dirtyEditors()) {
                page.save(item);
            }
        }
    }

    /** Asks about unsaved documents before the window closes; false when the user cancelled or a save failed. */
    private boolean confirmClose() {
        for (PerspectivePage page : pages.values()) {
            for (org.eclipse.swt.custom.CTabItem item : page.dirtyEditors()) {
                int answer = askToSave(page.editorTitle(item));
                if (answer == SWT.CANCEL || (answer == SWT.YES && !page.save(item))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Save / Don't Save / Cancel for one document: SWT.YES, SWT.NO or SWT.CANCEL. */
    int askToSave(String title) {
        MessageBox box = new MessageBox(shell, SWT.ICON_WARNING | SWT.YES | SWT.NO | SWT.CANCEL);
        box.setText(text("editor.unsaved.title"));
        box.setMessage(String.format(locale, text("editor.unsaved.message"), title));
        box.setButtonLabels(java.util.Map.of(SWT.YES, text("editor.unsaved.save"), SWT.NO,
                text("editor.unsaved.discard"), SWT.CANCEL, text("editor.unsaved.cancel")));
        return box.open();
    }

    void showError(String title, String message) {
        MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
        box.setText(title.replace("&", ""));
        box.setMessage(message);
        box.open();
    }

    // ---- quick access -----------------------------------------------------------------------------------

    void openPalette() {
        if (palette != null && !palette.shell().isDisposed()) {
            palette.shell().setActive();
            return;
        }
        List<PaletteEntry> entries = new ArrayList<>();
        for (Contribution<CommandHandler> command : registry.commands()) {
            if (!isEnabled(command)) {
                continue;
            }
            entries.add(new PaletteEntry(text("palette.command"),
                    command.label(ContributionRegistry.COMMAND_LABEL).replace("&", ""),
                    command.label(ContributionRegistry.COMMAND_CATEGORY).equals(command.id()) ? ""
                            : command.label(ContributionRegistry.COMMAND_CATEGORY),
                    KeyBinding.describe(KeyBinding.parse(command.string(ContributionRegistry.COMMAND_KEYS, ""))),
                    () -> execute(command.id())));
        }
        for (Contribution<io.chorus.ui.api.ViewContribution> view : registry.views()) {
            String category = view.label(ContributionRegistry.VIEW_CATEGORY);
            entries.add(new PaletteEntry(text("palette.view"), view.label(ContributionRegistry.VIEW_LABEL),
                    category.equals(view.id()) ? "" : category, "", () -> showViewNow(view.id())));
        }
        for (Contribution<io.chorus.ui.api.PerspectiveContribution> perspective : registry.perspectives()) {
            entries.add(new PaletteEntry(text("palette.perspective"),
                    perspective.label(ContributionRegistry.PERSPECTIVE_LABEL), "", "",
                    () -> showPerspectiveNow(perspective.id())));
        }
        entries.add(new PaletteEntry(text("palette.command"), text("menu.window.reset").replace("&", ""), "", "",
                this::resetPerspectiveNow));
        palette = new CommandPalette(shell, entries, locale, text("palette.hint"));
        palette.open();
    }

    // ---- layout -----------------------------------------------------------------------------------------

    /** Remembers the layout for the next start; a failure to write is logged, never in the user's way. */
    private void saveLayout() {
        if (!restoreLayout || shell == null || shell.isDisposed()) {
            return;
        }
        LayoutState state = layoutState;
        for (PerspectivePage page : pages.values()) {
            state = state.with(page.perspectiveId(), page.snapshot());
        }
        Rectangle bounds = shell.getMaximized() && layoutState.window() != null
                ? new Rectangle(layoutState.window().x(), layoutState.window().y(), layoutState.window().width(),
                layoutState.window().height()) : shell.getBounds();
        state = state.withWindow(chosenPerspective != null ? chosenPerspective : activePerspective,
                new LayoutState.Bounds(bounds.x, bounds.y, bounds.width,
                bounds.height, shell.getMaximized()));
        try {
            state.write(runtime.workspace().metadataDirectory());
            layoutState = state;
        } catch (java.io.IOException e) {
            report("the window layout could not be saved in " + runtime.workspace().metadataDirectory(), e);
        }
    }


    /** An icon of the shared set, if the name is one. */
    Optional<Image> icon(String name) {
        return io.chorus.ui.api.Icons.image(display, name);
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
