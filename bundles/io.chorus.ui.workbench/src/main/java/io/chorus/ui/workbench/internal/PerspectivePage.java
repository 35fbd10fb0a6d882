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

    private record OpenView(CTabItem item, long serviceId, ViewPart[] part) {
    }

    PerspectivePage(Composite parent, WorkbenchWindow window, ContributionRegistry registry,
                    Contribution<PerspectiveContribution> perspective) {
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
        sync();
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
                String viewId = (String) item.getData(VIEW_ID_KEY);
                closedByUser.add(viewId);
                disposeView(viewId);
                event.doit = false;
                updateVisibility();
            }

            @Override
            public void maximize(CTabFolderEvent event) {
                folder.setMaximized(true);
                if (area == ViewArea.BOTTOM) {
                    outer.setMaximizedControl(folder);
                } else {
                    outer.setMaximizedControl(top);
                    top.setMaximizedControl(folder);
                }
            }

            @Override
            public void restore(CTabFolderEvent event) {
                folder.setMaximized(false);
                top.setMaximizedControl(null);
                outer.setMaximizedControl(null);
            }
        });
        // Double-clicking a tab maximises its stack, as in every Eclipse product.
        folder.addListener(SWT.MouseDoubleClick, event -> {
            if (folder.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y)) != null) {
                if (folder.getMaximized()) {
                    folder.setMaximized(false);
                    top.setMaximizedControl(null);
                    outer.setMaximizedControl(null);
                } else {
                    folder.setMaximized(true);
                    if (area == ViewArea.BOTTOM) {
                        outer.setMaximizedControl(folder);
                    } else {
                        outer.setMaximizedControl(top);
                        top.setMaximizedControl(folder);
                    }
                }
            }
        });
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
        for (ViewPlacement placement : wanted) {
            if (!open.containsKey(placement.viewId()) && !closedByUser.contains(placement.viewId())) {
                registry.view(placement.viewId()).ifPresent(view -> openTab(view, placement.area(), false));
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
            if (folder.getSelection() != null) {
                ensureCreated(folder.getSelection());
            }
        }
        updateVisibility();
    }

    private void openTab(Contribution<ViewContribution> view, ViewArea area, boolean select) {
        CTabFolder folder = folders.get(area);
        CTabItem item = new CTabItem(folder, SWT.CLOSE);
        item.setText(view.label(ContributionRegistry.VIEW_LABEL));
        item.setData(VIEW_ID_KEY, view.id());
        open.put(view.id(), new OpenView(item, view.serviceId(), new ViewPart[1]));
        if (select || folder.getSelection() == null) {
            folder.setSelection(item);
            ensureCreated(item);
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
        return new ViewSite() {
            @Override
            public String viewId() {
                return viewId;
            }

            @Override
            public io.chorus.ui.api.Workbench workbench() {
                return window;
            }

            @Override
            public void setStatusMessage(String message) {
                window.setStatusMessage(message);
            }
        };
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
        ViewArea area = layout.stream().filter(p -> p.viewId().equals(viewId)).map(ViewPlacement::area).findFirst()
                .orElse(ViewArea.MAIN);
        if (layout.stream().noneMatch(p -> p.viewId().equals(viewId))) {
            extraPlacements.add(new ViewPlacement(viewId, area));
        }
        openTab(contribution.get(), area, true);
        updateVisibility();
        focus(viewId);
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
        for (CTabFolder folder : folders.values()) {
            folder.setMaximized(false);
        }
        top.setMaximizedControl(null);
        outer.setMaximizedControl(null);
        layout = readLayout();
        sync();
    }

    void dispose() {
        for (String viewId : new ArrayList<>(open.keySet())) {
            disposeView(viewId);
        }
        root.dispose();
    }
}
