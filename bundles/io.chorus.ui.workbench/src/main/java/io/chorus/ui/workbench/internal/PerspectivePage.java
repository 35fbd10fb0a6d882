package io.chorus.ui.workbench.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.chorus.ui.api.EditHistory;
import io.chorus.ui.api.EditorContribution;
import io.chorus.ui.api.EditorPart;
import io.chorus.ui.api.EditorSite;
import io.chorus.ui.api.PerspectiveContribution;
import io.chorus.ui.api.ViewArea;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewPlacement;
import io.chorus.ui.api.ViewSite;

/**
 * The views of one perspective: four tab stacks (left, main, right, bottom) in sashes. A view's controls are built
 * the first time its tab is selected. Views come and go with their bundles; a view the user closed stays closed
 * until it is shown again or the perspective is reset.
 */
final class PerspectivePage {

    static final String VIEW_ID_KEY = "chorus.view.id";
    static final String AREA_KEY = "chorus.area";
    static final String EDITOR_KEY = "chorus.editor.id";

    private final WorkbenchWindow window;
    private final ContributionRegistry registry;
    private final Contribution<PerspectiveContribution> perspective;
    private final Composite root;
    private final SashForm outer;
    private final SashForm top;
    private final Map<ViewArea, CTabFolder> folders = new EnumMap<>(ViewArea.class);
    private final Map<String, OpenView> open = new HashMap<>();
    private final Set<String> closedByUser = new LinkedHashSet<>();
    private final List<ViewPlacement> extraPlacements = new ArrayList<>();
    private List<ViewPlacement> layout;
    /** Views the user moved to another stack, or restored into one. */
    private final Map<String, ViewArea> moved = new HashMap<>();
    /** Tab order from the saved layout. */
    private final List<String> order = new ArrayList<>();
    /** Sash weights from before a stack was minimised, so restoring and saving use the user's sizes. */
    private final Map<String, int[]> restoredWeights = new HashMap<>();
    private final Map<CTabItem, OpenEditor> editors = new java.util.LinkedHashMap<>();

    private record OpenView(CTabItem item, long serviceId, ViewPart[] part) {
    }

    PerspectivePage(Composite parent, WorkbenchWindow window, ContributionRegistry registry,
                    Contribution<PerspectiveContribution> perspective, Optional<LayoutState.Page> saved) {
        this.window = window;
        this.registry = registry;
        this.perspective = perspective;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new FillLayout());
        root.setData("chorus.widget", "perspective:" + perspective.id());
        outer = new SashForm(root, SWT.VERTICAL | SWT.SMOOTH);
        top = new SashForm(outer, SWT.HORIZONTAL | SWT.SMOOTH);
        folders.put(ViewArea.LEFT, folder(top, ViewArea.LEFT));
        folders.put(ViewArea.MAIN, folder(top, ViewArea.MAIN));
        folders.put(ViewArea.RIGHT, folder(top, ViewArea.RIGHT));
        folders.put(ViewArea.BOTTOM, folder(outer, ViewArea.BOTTOM));
        top.setWeights(22, 56, 22);
        outer.setWeights(74, 26);
        layout = readLayout();
        saved.ifPresent(this::restore);
        sync();
        saved.ifPresent(this::restoreStacks);
    }

    /** Takes the user's arrangement: views moved to other stacks or opened later, and the ones closed. */
    private void restore(LayoutState.Page page) {
        closedByUser.addAll(page.closed());
        Set<String> designed = new java.util.HashSet<>();
        layout.forEach(placement -> designed.add(placement.viewId()));
        List<ViewPlacement> arranged = new ArrayList<>();
        for (LayoutState.Placement placement : page.views()) {
            area(placement.area()).ifPresent(area -> arranged.add(new ViewPlacement(placement.viewId(), area)));
        }
        for (ViewPlacement placement : arranged) {
            if (!designed.contains(placement.viewId())) {
                extraPlacements.add(placement);
            }
            moved.put(placement.viewId(), placement.area());
            order.add(placement.viewId());
        }
    }

    private void restoreStacks(LayoutState.Page page) {
        if (page.topWeights() != null && page.topWeights().length == 3) {
            top.setWeights(page.topWeights());
        }
        if (page.outerWeights() != null && page.outerWeights().length == 2) {
            outer.setWeights(page.outerWeights());
        }
        page.minimizedAreas().forEach(name -> area(name).ifPresent(this::minimize));
        if (page.maximizedArea() != null) {
            area(page.maximizedArea()).ifPresent(this::maximize);
        }
    }

    private static Optional<ViewArea> area(String name) {
        try {
            return Optional.of(ViewArea.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The arrangement to remember for the next start. */
    LayoutState.Page snapshot() {
        List<LayoutState.Placement> views = new ArrayList<>();
        String maximized = null;
        List<String> minimized = new ArrayList<>();
        for (Map.Entry<ViewArea, CTabFolder> entry : folders.entrySet()) {
            for (CTabItem item : entry.getValue().getItems()) {
                Object viewId = item.getData(VIEW_ID_KEY);
                if (viewId != null) {
                    views.add(new LayoutState.Placement(viewId.toString(), entry.getKey().name()));
                }
            }
            if (entry.getValue().getMaximized()) {
                maximized = entry.getKey().name();
            }
            if (entry.getValue().getMinimized()) {
                minimized.add(entry.getKey().name());
            }
        }
        // Views whose bundle stopped first (Chorus shutting down stops modules before the window) keep their place.
        for (Map.Entry<String, ViewArea> entry : moved.entrySet()) {
            boolean listed = views.stream().anyMatch(view -> view.viewId().equals(entry.getKey()));
            if (!listed && !closedByUser.contains(entry.getKey())) {
                views.add(new LayoutState.Placement(entry.getKey(), entry.getValue().name()));
            }
        }
        int[] topWeights = restoredWeights.getOrDefault("top", top.getWeights());
        int[] outerWeights = restoredWeights.getOrDefault("outer", outer.getWeights());
        return new LayoutState.Page(views, List.copyOf(closedByUser), topWeights, outerWeights, maximized, minimized);
    }


    String perspectiveId() {
        return perspective.id();
    }

    long serviceId() {
        return perspective.serviceId();
    }

    Control control() {
        return root;
    }

    private List<ViewPlacement> readLayout() {
        try {
            List<ViewPlacement> placements = perspective.service().get().layout();
            return placements == null ? List.of() : List.copyOf(placements);
        } catch (RuntimeException e) {
            window.report("perspective " + perspective.id() + " could not give its layout", e);
            return List.of();
        }
    }

    private CTabFolder folder(Composite parent, ViewArea area) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.setData(AREA_KEY, area);
        folder.setData("chorus.widget", "folder:" + area.name().toLowerCase(java.util.Locale.ROOT));
        folder.setMaximizeVisible(true);
        folder.setSimple(false);
        folder.setSelectionBackground(folder.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        folder.addListener(SWT.Selection, event -> {
            if (event.item instanceof CTabItem item) {
                ensureCreated(item);
            }
        });
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                CTabItem item = (CTabItem) event.item;
                event.doit = false;
                closeTab(item);
            }

            @Override
            public void maximize(CTabFolderEvent event) {
                PerspectivePage.this.maximize(area);
            }

            @Override
            public void minimize(CTabFolderEvent event) {
                PerspectivePage.this.minimize(area);
            }

            @Override
            public void restore(CTabFolderEvent event) {
                restoreAll();
            }
        });
        // Double-clicking a tab maximises its stack, as in every Eclipse product.
        folder.addListener(SWT.MouseDoubleClick, event -> {
            if (folder.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y)) != null) {
                if (folder.getMaximized()) {
                    restoreAll();
                } else {
                    maximize(area);
                }
            }
        });
        folder.setMinimizeVisible(area != ViewArea.MAIN);
        folder.addListener(SWT.MenuDetect, event -> tabMenu(folder, area, event));
        return folder;
    }

    /** Brings the tabs in line with the installed views. */
    void sync() {
        List<ViewPlacement> wanted = new ArrayList<>(layout);
        wanted.addAll(extraPlacements);
        for (String viewId : new ArrayList<>(open.keySet())) {
            Optional<Contribution<ViewContribution>> view = registry.view(viewId);
            if (view.isEmpty() || view.get().serviceId() != open.get(viewId).serviceId()) {
                disposeView(viewId);
            }
        }
        if (!order.isEmpty()) {
            wanted.sort(java.util.Comparator.comparingInt(p -> {
                int index = order.indexOf(p.viewId());
                return index < 0 ? Integer.MAX_VALUE : index;
            }));
        }
        for (ViewPlacement placement : wanted) {
            if (!open.containsKey(placement.viewId()) && !closedByUser.contains(placement.viewId())) {
                ViewArea area = moved.getOrDefault(placement.viewId(), placement.area());
                registry.view(placement.viewId()).ifPresent(view -> openTab(view, area, false));
            }
        }
        for (OpenView view : open.values()) {
            registry.view((String) view.item().getData(VIEW_ID_KEY))
                    .ifPresent(c -> view.item().setText(c.label(ContributionRegistry.VIEW_LABEL)));
        }
        for (CTabFolder folder : folders.values()) {
            if (folder.getSelection() == null && folder.getItemCount() > 0) {
                folder.setSelection(0);
            }
            CTabItem selected = folder.getSelection();
            if (selected != null) {
                window.whenPainted(() -> {
                    if (!selected.isDisposed()) {
                        ensureCreated(selected);
                    }
                });
            }
        }
        updateVisibility();
    }

    private void openTab(Contribution<ViewContribution> view, ViewArea area, boolean select) {
        CTabFolder folder = folders.get(area);
        CTabItem item = new CTabItem(folder, SWT.CLOSE);
        item.setText(view.label(ContributionRegistry.VIEW_LABEL));
        window.icon(view.string(ContributionRegistry.VIEW_ICON, "")).ifPresent(item::setImage);
        item.setData(VIEW_ID_KEY, view.id());
        open.put(view.id(), new OpenView(item, view.serviceId(), new ViewPart[1]));
        if (select || folder.getSelection() == null) {
            folder.setSelection(item);
            window.whenPainted(() -> {
                if (!item.isDisposed()) {
                    ensureCreated(item);
                }
            });
        }
    }

    private void ensureCreated(CTabItem item) {
        if (item.getControl() != null) {
            return;
        }
        String viewId = (String) item.getData(VIEW_ID_KEY);
        OpenView openView = open.get(viewId);
        Optional<Contribution<ViewContribution>> view = registry.view(viewId);
        Composite holder = new Composite(item.getParent(), SWT.NONE);
        holder.setLayout(new FillLayout());
        holder.setData("chorus.widget", "view:" + viewId);
        item.setControl(holder);
        if (view.isEmpty() || openView == null) {
            return;
        }
        try {
            ViewPart part = view.get().service().get().createView(holder, site(viewId));
            openView.part()[0] = part;
        } catch (RuntimeException | LinkageError e) {
            for (Control child : holder.getChildren()) {
                child.dispose();
            }
            holder.setLayout(new GridLayout());
            Label message = new Label(holder, SWT.WRAP);
            message.setText(window.messages().translate("%view.failed") + " " + e);
            message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            window.report("view " + viewId + " failed to open", e);
        }
        holder.layout(true, true);
    }

    private ViewSite site(String viewId) {
        return new PartSite(viewId, viewId, null);
    }

    /**
     * What a view or an editor may ask of the window. Views get it as a {@link ViewSite}; editors as an
     * {@link EditorSite} with their history. Selections are kept per part: a view's id, or "editor:" and the editor's id.
     */
    private final class PartSite implements EditorSite {
        private final String id;
        private final String selectionKey;
        private final UndoStack history;

        PartSite(String id, String selectionKey, UndoStack history) {
            this.id = id;
            this.selectionKey = selectionKey;
            this.history = history;
        }

        @Override
        public EditHistory history() {
            return history;
        }

        @Override
        public String viewId() {
            return id;
        }

        @Override
        public io.chorus.ui.api.Workbench workbench() {
            return window;
        }

        @Override
        public void setStatusMessage(String message) {
            window.setStatusMessage(message);
        }

        @Override
        public void setSelection(List<?> selection) {
            window.selectionChanged(selectionKey, selection);
        }

        @Override
        public void hookContextMenu(Control control) {
            window.hookContextMenu(id, control);
        }
    }

    private void disposeView(String viewId) {
        OpenView view = open.remove(viewId);
        if (view == null) {
            return;
        }
        ViewPart part = view.part()[0];
        if (part != null) {
            try {
                part.dispose();
            } catch (RuntimeException e) {
                window.report("view " + viewId + " failed to close cleanly", e);
            }
        }
        Control control = view.item().getControl();
        view.item().dispose();
        if (control != null) {
            control.dispose();
        }
    }

    private void updateVisibility() {
        for (Map.Entry<ViewArea, CTabFolder> entry : folders.entrySet()) {
            CTabFolder folder = entry.getValue();
            boolean visible = entry.getKey() == ViewArea.MAIN || folder.getItemCount() > 0;
            if (folder.getVisible() != visible) {
                folder.setVisible(visible);
            }
        }
        top.layout(true);
        outer.layout(true);
    }

    /** Opens a view or brings it to the front. */
    void showView(String viewId) {
        closedByUser.remove(viewId);
        OpenView view = open.get(viewId);
        if (view != null) {
            view.item().getParent().setSelection(view.item());
            ensureCreated(view.item());
            focus(viewId);
            return;
        }
        Optional<Contribution<ViewContribution>> contribution = registry.view(viewId);
        if (contribution.isEmpty()) {
            return;
        }
        ViewArea area = moved.containsKey(viewId) ? moved.get(viewId) : layout.stream()
                .filter(p -> p.viewId().equals(viewId)).map(ViewPlacement::area).findFirst().orElse(ViewArea.MAIN);
        if (layout.stream().noneMatch(p -> p.viewId().equals(viewId))) {
            extraPlacements.add(new ViewPlacement(viewId, area));
        }
        openTab(contribution.get(), area, true);
        updateVisibility();
        focus(viewId);
    }

    /** Hands an input to an open view (a drill-down from a chart, a notification's details). */
    void setInput(String viewId, Object input) {
        OpenView view = open.get(viewId);
        if (view == null) {
            return;
        }
        ensureCreated(view.item());
        if (view.part()[0] != null) {
            try {
                view.part()[0].setInput(input);
            } catch (RuntimeException e) {
                window.report("view " + viewId + " could not show " + input, e);
            }
        }
    }

    private void focus(String viewId) {
        OpenView view = open.get(viewId);
        if (view != null && view.part()[0] != null) {
            try {
                view.part()[0].setFocus();
            } catch (RuntimeException e) {
                window.report("view " + viewId + " failed to take focus", e);
            }
        }
    }

    /** The ids of the open views, in area and tab order. */
    List<String> openViews() {
        List<String> ids = new ArrayList<>();
        for (CTabFolder folder : folders.values()) {
            for (CTabItem item : folder.getItems()) {
                ids.add((String) item.getData(VIEW_ID_KEY));
            }
        }
        return ids;
    }

    /** Back to the perspective's own layout. */
    void reset() {
        for (String viewId : new ArrayList<>(open.keySet())) {
            disposeView(viewId);
        }
        closedByUser.clear();
        extraPlacements.clear();
        moved.clear();
        order.clear();
        restoreAll();
        restoredWeights.clear();
        top.setWeights(22, 56, 22);
        outer.setWeights(74, 26);
        layout = readLayout();
        sync();
    }

    void dispose() {
        for (String viewId : new ArrayList<>(open.keySet())) {
            disposeView(viewId);
        }
        for (CTabItem item : new ArrayList<>(editors.keySet())) {
            disposeEditor(item);
        }
        root.dispose();
    }

    // ---- stacks: maximise, minimise, move ---------------------------------------------------------------

    private void maximize(ViewArea area) {
        CTabFolder folder = folders.get(area);
        restoreAll();
        folder.setMaximized(true);
        if (area == ViewArea.BOTTOM) {
            outer.setMaximizedControl(folder);
        } else {
            outer.setMaximizedControl(top);
            top.setMaximizedControl(folder);
        }
    }

    /** Collapses a stack to its tab row; its neighbours take the room. */
    private void minimize(ViewArea area) {
        CTabFolder folder = folders.get(area);
        if (folder.getMinimized() || area == ViewArea.MAIN) {
            return;
        }
        restoreAll();
        restoredWeights.putIfAbsent("top", top.getWeights());
        restoredWeights.putIfAbsent("outer", outer.getWeights());
        folder.setMinimized(true);
        int tabs = Math.max(1, folder.getTabHeight() + 4);
        if (area == ViewArea.BOTTOM) {
            int height = Math.max(1, outer.getClientArea().height);
            outer.setWeights(Math.max(1, height - tabs), tabs);
        } else {
            int[] weights = top.getWeights();
            int total = java.util.Arrays.stream(weights).sum();
            int index = area == ViewArea.LEFT ? 0 : 2;
            int freed = weights[index] - Math.max(1, total / 40);
            weights[index] -= freed;
            weights[1] += freed;
            top.setWeights(weights);
        }
    }

    /** Undoes maximising and minimising. */
    private void restoreAll() {
        for (CTabFolder folder : folders.values()) {
            folder.setMaximized(false);
        }
        top.setMaximizedControl(null);
        outer.setMaximizedControl(null);
        boolean anyMinimized = folders.values().stream().anyMatch(CTabFolder::getMinimized);
        if (anyMinimized) {
            folders.values().forEach(folder -> folder.setMinimized(false));
            int[] topWeights = restoredWeights.remove("top");
            int[] outerWeights = restoredWeights.remove("outer");
            if (topWeights != null) {
                top.setWeights(topWeights);
            }
            if (outerWeights != null) {
                outer.setWeights(outerWeights);
            }
        }
    }

    /** Right-click on a tab: move it to another stack, close it or the others, maximise or minimise the stack. */
    private void tabMenu(CTabFolder folder, ViewArea area, org.eclipse.swt.widgets.Event event) {
        org.eclipse.swt.graphics.Point point = folder.toControl(event.x, event.y);
        CTabItem item = folder.getItem(point);
        if (item == null) {
            return;
        }
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(folder);
        String viewId = (String) item.getData(VIEW_ID_KEY);
        if (viewId != null) {
            org.eclipse.swt.widgets.MenuItem moveTo = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CASCADE);
            moveTo.setText(window.text("tab.moveTo"));
            org.eclipse.swt.widgets.Menu areas = new org.eclipse.swt.widgets.Menu(moveTo);
            moveTo.setMenu(areas);
            for (ViewArea target : ViewArea.values()) {
                org.eclipse.swt.widgets.MenuItem choice = new org.eclipse.swt.widgets.MenuItem(areas, SWT.PUSH);
                choice.setText(window.text("area." + target.name().toLowerCase(java.util.Locale.ROOT)));
                choice.setEnabled(target != area);
                choice.addListener(SWT.Selection, e -> moveView(viewId, target));
            }
        }
        org.eclipse.swt.widgets.MenuItem close = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        close.setText(window.text("tab.close"));
        close.addListener(SWT.Selection, e -> closeTab(item));
        org.eclipse.swt.widgets.MenuItem others = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        others.setText(window.text("tab.closeOthers"));
        others.addListener(SWT.Selection, e -> {
            for (CTabItem other : folder.getItems()) {
                if (other != item) {
                    closeTab(other);
                }
            }
        });
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        org.eclipse.swt.widgets.MenuItem maximize = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        maximize.setText(window.text(folder.getMaximized() ? "tab.restore" : "tab.maximize"));
        maximize.addListener(SWT.Selection, e -> {
            if (folder.getMaximized()) {
                restoreAll();
            } else {
                maximize(area);
            }
        });
        if (area != ViewArea.MAIN) {
            org.eclipse.swt.widgets.MenuItem minimize = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            minimize.setText(window.text(folder.getMinimized() ? "tab.restore" : "tab.minimize"));
            minimize.addListener(SWT.Selection, e -> {
                if (folder.getMinimized()) {
                    restoreAll();
                } else {
                    minimize(area);
                }
            });
        }
        Object previous = folder.getData("chorus.tabMenu");
        if (previous instanceof org.eclipse.swt.widgets.Menu old && !old.isDisposed()) {
            old.dispose();
        }
        // Kept on the folder so UI tests can choose an item; replaced on the next right-click.
        folder.setData("chorus.tabMenu", menu);
        menu.setLocation(event.x, event.y);
        menu.setVisible(true);
    }

    private void closeTab(CTabItem item) {
        if (item.isDisposed()) {
            return;
        }
        if (editors.containsKey(item)) {
            closeEditor(item);
            return;
        }
        String viewId = (String) item.getData(VIEW_ID_KEY);
        closedByUser.add(viewId);
        disposeView(viewId);
        updateVisibility();
    }

    /** Moves an open view to another stack, keeping its state (the controls are re-parented, not rebuilt). */
    void moveView(String viewId, ViewArea target) {
        OpenView view = open.get(viewId);
        if (view == null) {
            return;
        }
        CTabFolder destination = folders.get(target);
        Control control = view.item().getControl();
        String text = view.item().getText();
        org.eclipse.swt.graphics.Image image = view.item().getImage();
        view.item().setControl(null);
        view.item().dispose();
        CTabItem item = new CTabItem(destination, SWT.CLOSE);
        item.setText(text);
        item.setImage(image);
        item.setData(VIEW_ID_KEY, viewId);
        if (control != null && !control.isDisposed()) {
            control.setParent(destination);
            item.setControl(control);
        }
        open.put(viewId, new OpenView(item, view.serviceId(), view.part()));
        moved.put(viewId, target);
        destination.setSelection(item);
        ensureCreated(item);
        for (CTabFolder folder : folders.values()) {
            if (folder.getSelection() == null && folder.getItemCount() > 0) {
                folder.setSelection(0);
                ensureCreated(folder.getSelection());
            }
        }
        updateVisibility();
    }

    // ---- editors ------------------------------------------------------------------------------------------

    /** An open editor: its tab, part, history and the input it was opened on. */
    private record OpenEditor(String editorId, Object input, EditorPart[] part, UndoStack history) {
    }

    /** Opens an editor in the main stack, or selects the one already open on an equal input. */
    void openEditor(Contribution<EditorContribution> editor, Object input) throws Exception {
        for (Map.Entry<CTabItem, OpenEditor> entry : editors.entrySet()) {
            if (entry.getValue().editorId().equals(editor.id()) && java.util.Objects.equals(entry.getValue().input(),
                    input)) {
                entry.getKey().getParent().setSelection(entry.getKey());
                focusEditor(entry.getKey());
                return;
            }
        }
        CTabFolder folder = folders.get(ViewArea.MAIN);
        restoreAll();
        CTabItem item = new CTabItem(folder, SWT.CLOSE, 0);
        Composite holder = new Composite(folder, SWT.NONE);
        holder.setLayout(new FillLayout());
        holder.setData("chorus.widget", "editor:" + editor.id() + ":" + input);
        item.setControl(holder);
        item.setData(EDITOR_KEY, editor.id());
        EditorPart[] part = new EditorPart[1];
        UndoStack history = new UndoStack(() -> editorChanged(item));
        OpenEditor open = new OpenEditor(editor.id(), input, part, history);
        editors.put(item, open);
        try {
            part[0] = editor.service().get().createEditor(holder, editorSite(editor.id(), history), input);
        } catch (Exception | LinkageError e) {
            editors.remove(item);
            item.dispose();
            holder.dispose();
            throw e instanceof Exception exception ? exception : new IllegalStateException(e);
        }
        item.setText(part[0].title());
        folder.setSelection(item);
        holder.layout(true, true);
        updateVisibility();
        focusEditor(item);
    }

    private EditorSite editorSite(String editorId, UndoStack history) {
        return new PartSite(editorId, "editor:" + editorId, history);
    }

    private void editorChanged(CTabItem item) {
        OpenEditor editor = editors.get(item);
        if (editor == null || item.isDisposed() || editor.part()[0] == null) {
            return;
        }
        String title = editor.part()[0].title();
        item.setText(editor.history().isDirty() ? "*" + title : title);
        window.editorStateChanged();
    }

    private void focusEditor(CTabItem item) {
        OpenEditor editor = editors.get(item);
        if (editor != null && editor.part()[0] != null) {
            try {
                editor.part()[0].setFocus();
            } catch (RuntimeException e) {
                window.report("editor " + editor.editorId() + " failed to take focus", e);
            }
        }
    }

    /** The editor on show in the main stack, if the main stack shows one. */
    Optional<CTabItem> activeEditor() {
        CTabItem selected = folders.get(ViewArea.MAIN).getSelection();
        return selected != null && editors.containsKey(selected) ? Optional.of(selected) : Optional.empty();
    }

    Optional<EditHistory> history(CTabItem item) {
        return Optional.ofNullable(editors.get(item)).map(OpenEditor::history);
    }

    /** Saves one editor; on failure it stays dirty and the user is told why. */
    boolean save(CTabItem item) {
        OpenEditor editor = editors.get(item);
        if (editor == null || editor.part()[0] == null) {
            return true;
        }
        try {
            editor.part()[0].save();
            editor.history().markSaved();
            return true;
        } catch (Exception | LinkageError e) {
            window.report("editor " + editor.editorId() + " could not save", e);
            window.showError(item.getText().replace("*", ""), window.text("editor.saveFailed") + "\n\n"
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return false;
        }
    }

    /** Dirty editors, for Save All and the prompt on exit. */
    List<CTabItem> dirtyEditors() {
        return editors.entrySet().stream().filter(entry -> entry.getValue().history().isDirty())
                .map(Map.Entry::getKey).toList();
    }

    String editorTitle(CTabItem item) {
        OpenEditor editor = editors.get(item);
        return editor == null || editor.part()[0] == null ? item.getText() : editor.part()[0].title();
    }

    /** Closes an editor, asking first when it has unsaved changes. */
    boolean closeEditor(CTabItem item) {
        OpenEditor editor = editors.get(item);
        if (editor != null && editor.history().isDirty()) {
            int answer = window.askToSave(editorTitle(item));
            if (answer == SWT.CANCEL || (answer == SWT.YES && !save(item))) {
                return false;
            }
        }
        disposeEditor(item);
        updateVisibility();
        window.editorStateChanged();
        return true;
    }

    private void disposeEditor(CTabItem item) {
        OpenEditor editor = editors.remove(item);
        if (editor != null && editor.part()[0] != null) {
            try {
                editor.part()[0].dispose();
            } catch (RuntimeException e) {
                window.report("editor " + editor.editorId() + " failed to close cleanly", e);
            }
        }
        Control control = item.isDisposed() ? null : item.getControl();
        if (!item.isDisposed()) {
            item.dispose();
        }
        if (control != null) {
            control.dispose();
        }
    }

    /** Titles of the open editors, in tab order, for tests and the palette. */
    List<String> openEditors() {
        return editors.keySet().stream().map(this::editorTitle).toList();
    }

}
