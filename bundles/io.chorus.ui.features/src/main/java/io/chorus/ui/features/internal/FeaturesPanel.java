package io.chorus.ui.features.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

import io.chorus.api.runtime.FeatureChange;
import io.chorus.api.runtime.FeatureChangeException;
import io.chorus.api.runtime.FeatureInfo;
import io.chorus.api.runtime.FeatureInfo.BundleInfo;
import io.chorus.api.runtime.FeatureManager;
import io.chorus.ui.api.Texts;

/**
 * The module manager's controls: a tree of features and their bundles, the actions on the selected feature, a
 * progress bar while a change runs. Everything slow (reading the features, installing) runs on {@code background};
 * the UI thread only shows results.
 */
final class FeaturesPanel {

    /** Asks the user for the file to install; empty when cancelled. */
    @FunctionalInterface
    interface FileChooser {
        Optional<Path> choose(Shell shell);
    }

    private static final int REFRESH_DELAY_MILLIS = 500;

    private final Texts texts;
    private final Supplier<List<FeatureInfo>> source;
    private final FeatureManager manager;
    private final Executor background;
    private final FileChooser chooser;
    private final Consumer<String> status;
    private final Composite body;
    private final TreeViewer tree;
    private final Label detail;
    private final ProgressBar progress;
    private final List<Button> actionButtons = new ArrayList<>();
    private final Button install;
    private final Text path;
    private final Button enable;
    private final Button disable;
    private final Button remove;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private List<FeatureInfo> features = List.of();
    private boolean busy;

    FeaturesPanel(Composite parent, Texts texts, Supplier<List<FeatureInfo>> source, FeatureManager manager,
                  Executor background, FileChooser chooser, Consumer<String> status) {
        this.texts = texts;
        this.source = source;
        this.manager = manager;
        this.background = background;
        this.chooser = chooser;
        this.status = status;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(body, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // A path can be pasted instead of browsing: install takes it when it is filled in.
        path = new Text(bar, SWT.SINGLE | SWT.BORDER);
        path.setMessage(texts.get("action.path"));
        path.setData(ChangeDialog.WIDGET, "features-path");
        path.setLayoutData(new org.eclipse.swt.layout.RowData(260, SWT.DEFAULT));
        path.addListener(SWT.DefaultSelection, event -> installFromFile());
        install = button(bar, "action.install", "features-install", this::installFromFile);
        enable = button(bar, "action.enable", "features-enable", () -> {
            FeatureInfo feature = selected();
            change("enable", feature.name(), () -> manager.enable(feature.name()));
        });
        disable = button(bar, "action.disable", "features-disable", () -> {
            FeatureInfo feature = selected();
            change("disable", feature.name(), () -> manager.disable(feature.name()));
        });
        remove = button(bar, "action.remove", "features-remove", this::removeSelected);
        button(bar, "action.refresh", "features-refresh", this::refresh);
        progress = new ProgressBar(bar, SWT.INDETERMINATE);
        progress.setVisible(false);
        tree = new TreeViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setData(ChangeDialog.WIDGET, "features-tree");
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setComparer(new ByIdentity());
        tree.setContentProvider(new Content());
        column("column.name", 200, feature -> feature.name(), bundle -> bundle.symbolicName().isEmpty()
                ? artifactOf(bundle.coordinates()) : bundle.symbolicName());
        column("column.title", 220, FeatureInfo::title, BundleInfo::coordinates);
        column("column.version", 90, FeatureInfo::version, bundle -> versionOf(bundle.coordinates()));
        column("column.installed", 80, feature -> yesNo(feature.installed()), bundle -> "");
        column("column.active", 80, feature -> yesNo(feature.active()), bundle -> "");
        column("column.state", 130, feature -> texts.format("state.running", FeatureActions.runningCount(feature)),
                bundle -> texts.get(FeatureActions.stateKey(bundle.state())));
        detail = new Label(body, SWT.WRAP);
        detail.setData(ChangeDialog.WIDGET, "features-detail");
        detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tree.addSelectionChangedListener(event -> updateActions());
        tree.addDoubleClickListener(event -> {
            Object element = tree.getStructuredSelection().getFirstElement();
            tree.setExpandedState(element, !tree.getExpandedState(element));
        });
        contextMenu();
        updateActions();
        refresh();
    }

    Composite control() {
        return body;
    }

    void setFocus() {
        tree.getTree().setFocus();
    }

    /** Rows the tree shows now. */
    List<FeatureInfo> features() {
        return features;
    }

    /** Reloads the features in the background and shows them. */
    void refresh() {
        Display display = body.getDisplay();
        background.execute(() -> {
            List<FeatureInfo> loaded;
            try {
                loaded = source.get();
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!body.isDisposed()) {
                        detail.setText(texts.format("features.unreadable", e.getMessage()));
                    }
                });
                return;
            }
            display.asyncExec(() -> show(loaded));
        });
    }

    /** Refreshes soon, once for a burst of calls from any thread (bundle events come many at a time). */
    void scheduleRefresh() {
        if (body.isDisposed() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        Display display = body.getDisplay();
        display.asyncExec(() -> display.timerExec(REFRESH_DELAY_MILLIS, () -> {
            refreshPending.set(false);
            if (!body.isDisposed()) {
                refresh();
            }
        }));
    }

    private void show(List<FeatureInfo> loaded) {
        if (body.isDisposed()) {
            return;
        }
        // Features are records whose bundle states change on every reload: keep expansion and selection by name.
        java.util.Set<String> expanded = new java.util.HashSet<>();
        for (Object element : tree.getExpandedElements()) {
            if (element instanceof FeatureInfo feature) {
                expanded.add(feature.name());
            }
        }
        FeatureInfo selected = selected();
        features = List.copyOf(loaded);
        tree.setInput(features);
        tree.setExpandedElements(features.stream().filter(feature -> expanded.contains(feature.name())).toArray());
        if (selected != null) {
            features.stream().filter(feature -> feature.name().equals(selected.name())).findFirst().ifPresent(
                    feature -> tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(feature), true));
        }
        updateActions();
    }

    private FeatureInfo selected() {
        // A selected bundle stands for its feature: its tree path starts with the feature.
        if (tree.getStructuredSelection() instanceof org.eclipse.jface.viewers.ITreeSelection paths
                && paths.getPaths().length > 0
                && paths.getPaths()[0].getFirstSegment() instanceof FeatureInfo feature) {
            return feature;
        }
        return null;
    }

    private void updateActions() {
        FeatureInfo feature = selected();
        FeatureActions actions = busy ? FeatureActions.NONE : FeatureActions.of(feature, features);
        install.setEnabled(!busy);
        enable.setEnabled(actions.enable());
        disable.setEnabled(actions.disable());
        remove.setEnabled(actions.remove());
        if (feature == null) {
            detail.setText(features.isEmpty() ? "" : texts.get("features.hint"));
        } else if (!actions.neededBy().isEmpty()) {
            detail.setText(texts.format("features.neededBy", feature.name(), String.join(", ", actions.neededBy())));
        } else if (FeatureActions.CORE.equals(feature.name())) {
            detail.setText(texts.get("features.core"));
        } else {
            detail.setText(feature.description());
        }
        body.layout(true, true);
    }

    private void installFromFile() {
        String typed = path.getText().strip();
        Optional<Path> file = typed.isEmpty() ? chooser.choose(body.getShell()) : Optional.of(Path.of(typed));
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        work(texts.format("progress.checking", path.getFileName()), () -> manager.check(path), check -> {
            List<String> lines = new ArrayList<>();
            check.started().forEach(bundle -> lines.add(texts.format("check.bundle", bundle)));
            ChangeDialog confirm = new ChangeDialog(body.getShell(), texts.format("check.title", check.feature()),
                    check.message(), lines, texts.get("check.install"));
            if (confirm.open() == Window.OK) {
                change("install", path.getFileName().toString(), () -> manager.install(path));
            }
        }, texts.format("refused.install", path.getFileName()));
    }

    private void removeSelected() {
        FeatureInfo feature = selected();
        ChangeDialog confirm = new ChangeDialog(body.getShell(), texts.format("remove.title", feature.name()),
                texts.format("remove.confirm", feature.title()), List.of(), texts.get("remove.button"));
        if (confirm.open() == Window.OK) {
            change("remove", feature.name(), () -> manager.remove(feature.name()));
        }
    }

    /** Runs a change in the background; says how it went in the status bar, or why it was refused in a dialog. */
    private void change(String verb, String name, Callable<FeatureChange> call) {
        work(texts.format("progress." + verb, name), call, result -> {
            status.accept(result.restartNeeded() ? texts.format("done.restart", result.message())
                    : result.message());
            refresh();
        }, texts.format("refused." + verb, name));
    }

    private void work(String progressText, Callable<FeatureChange> call, Consumer<FeatureChange> done,
                      String refusedTitle) {
        setBusy(true);
        status.accept(progressText);
        Display display = body.getDisplay();
        background.execute(() -> {
            FeatureChange result = null;
            List<String> problems = List.of();
            try {
                result = call.call();
            } catch (FeatureChangeException e) {
                problems = e.problems();
            } catch (Exception e) {
                problems = List.of(String.valueOf(e.getMessage()));
            }
            FeatureChange change = result;
            List<String> reasons = problems;
            display.asyncExec(() -> {
                if (body.isDisposed()) {
                    return;
                }
                setBusy(false);
                if (change != null) {
                    done.accept(change);
                    return;
                }
                status.accept(refusedTitle);
                new ChangeDialog(body.getShell(), refusedTitle, texts.get("refused.intro"), reasons, null).open();
                refresh();
            });
        });
    }

    private void setBusy(boolean working) {
        busy = working;
        progress.setVisible(working);
        updateActions();
    }

    private void contextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            for (Button button : actionButtons) {
                Action action = new Action(button.getText()) {
                    @Override
                    public void run() {
                        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    }
                };
                action.setEnabled(button.isEnabled());
                manager.add(action);
            }
        });
        tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
    }

    private Button button(Composite bar, String key, String name, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(texts.get(key));
        button.setData(ChangeDialog.WIDGET, name);
        button.addListener(SWT.Selection, event -> action.run());
        if (!"features-refresh".equals(name)) {
            actionButtons.add(button);
        }
        return button;
    }

    private void column(String key, int width, Function<FeatureInfo, String> feature,
                        Function<BundleInfo, String> bundle) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(texts.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof FeatureInfo info ? feature.apply(info)
                        : element instanceof BundleInfo info ? bundle.apply(info) : "";
            }
        });
    }

    private String yesNo(boolean value) {
        return texts.get(value ? "value.yes" : "value.no");
    }

    /** {@code group:artifact:version} (or with type and classifier before the version): the last part. */
    static String versionOf(String coordinates) {
        return coordinates.substring(coordinates.lastIndexOf(':') + 1);
    }

    static String artifactOf(String coordinates) {
        String[] parts = coordinates.split(":");
        return parts.length > 1 ? parts[1] : coordinates;
    }

    /** Features by name and bundles by coordinates, so selection and expansion survive a refresh. */
    private static final class ByIdentity implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            return key(a).equals(key(b));
        }

        @Override
        public int hashCode(Object element) {
            return key(element).hashCode();
        }

        private static Object key(Object element) {
            if (element instanceof FeatureInfo feature) {
                return "feature:" + feature.name();
            }
            if (element instanceof BundleInfo bundle) {
                return "bundle:" + bundle.coordinates();
            }
            return element;
        }
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof FeatureInfo feature ? feature.bundles().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof FeatureInfo feature && !feature.bundles().isEmpty();
        }
    }
}
