package io.chorus.ui.preferences.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.chorus.ui.api.PreferencePagePart;
import io.chorus.ui.api.PreferenceSite;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.Workbench;

/**
 * The Preferences window: a filter and the tree of pages on the left, the selected page on the right, the first
 * mistake at the top (OK and Apply stay disabled while there is one). Modeless and not blocking: the contributed
 * pages show at once, the generated ones join the tree when the metatype has been read in the background. Pages are
 * built when first shown; OK applies every page built.
 */
final class PreferencesDialog extends Dialog {

    static final String WIDGET = "chorus.widget";
    static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 1;
    static final int APPLY_ID = IDialogConstants.CLIENT_ID + 2;

    /** What the dialog remembers between openings in one session. */
    static final class Session {
        private String lastPage;
        private Point size;

        String lastPage() {
            return lastPage;
        }
    }

    private record Built(PageDescriptor page, Composite container, PreferencePagePart part) {
    }

    private final Texts texts;
    private final Locale locale;
    private final Workbench workbench;
    private final List<PageDescriptor> pages;
    private final Supplier<List<PageDescriptor>> generated;
    private final Executor background;
    private final Session session;
    private final Map<String, Built> built = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private PageTree tree;
    private TreeViewer viewer;
    private Text filter;
    private CLabel errorLine;
    private Label pageTitle;
    private Composite pageArea;
    private final StackLayout stack = new StackLayout();
    private String current;
    private String applyFailure;
    private boolean userChose;
    private boolean selecting;
    private String remembered;

    /**
     * @param pages     the contributed pages and the groups
     * @param generated the pages generated from metatype; called on {@code background}
     */
    PreferencesDialog(Shell parent, Texts texts, Locale locale, Workbench workbench, List<PageDescriptor> pages,
                      Supplier<List<PageDescriptor>> generated, Executor background, Session session) {
        super(parent);
        this.texts = texts;
        this.locale = locale;
        this.workbench = workbench;
        this.pages = new ArrayList<>(pages);
        this.generated = generated;
        this.background = background;
        this.session = session;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("dialog.title"));
    }

    @Override
    protected Point getInitialSize() {
        return session.size != null ? session.size : new Point(860, 580);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        errorLine = new CLabel(area, SWT.NONE);
        errorLine.setData(WIDGET, "preferences-error");
        errorLine.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        errorLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        left.setLayout(leftLayout);
        filter = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(texts.get("filter.message"));
        filter.setData(WIDGET, "preferences-filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTree().setData(WIDGET, "preferences-tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return tree.roots().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return tree.children(((PageDescriptor) parentElement).id()).toArray();
            }

            @Override
            public Object getParent(Object element) {
                return tree.parent((PageDescriptor) element).orElse(null);
            }

            @Override
            public boolean hasChildren(Object element) {
                return !tree.children(((PageDescriptor) element).id()).isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((PageDescriptor) element).label();
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return tree.matches((PageDescriptor) element, filter.getText());
            }
        });
        viewer.setUseHashlookup(false);
        filter.addListener(SWT.Modify, e -> filtered());
        filter.addListener(SWT.DefaultSelection, e -> viewer.getTree().setFocus());
        viewer.addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen instanceof PageDescriptor page && !page.id().equals(current)) {
                userChose |= !selecting;
                show(page);
            }
        });

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        pageTitle = new Label(right, SWT.NONE);
        pageTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        pageTitle.setData(WIDGET, "preferences-page-title");
        pageTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(right, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        pageArea = new Composite(right, SWT.NONE);
        pageArea.setLayout(stack);
        pageArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(1, 3);

        tree = new PageTree(pages, locale);
        viewer.setInput(tree);
        viewer.expandAll();
        remembered = session.lastPage;
        PageDescriptor first = tree.page(remembered == null ? "" : remembered)
                .orElse(tree.roots().isEmpty() ? null : tree.roots().get(0));
        if (first != null) {
            select(first);
        }
        CompletableFuture.supplyAsync(generated, background).whenComplete((found, failure) -> {
            if (!area.isDisposed()) {
                area.getDisplay().asyncExec(() -> addGenerated(found, failure));
            }
        });
        return area;
    }

    private void addGenerated(List<PageDescriptor> found, Throwable failure) {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        if (failure != null) {
            applyFailure = texts.format("error.metatype", String.valueOf(failure.getMessage()));
            updateState();
            return;
        }
        pages.addAll(found);
        tree = new PageTree(pages, locale);
        viewer.refresh();
        viewer.expandAll();
        if (!userChose && remembered != null) {
            // the page last used may be a generated one, which only exists now
            tree.page(remembered).ifPresent(this::select);
        } else if (current != null) {
            tree.page(current).ifPresent(page -> viewer.setSelection(new StructuredSelection(page), true));
        }
    }

    private void filtered() {
        viewer.refresh();
        viewer.expandAll();
        if (current != null && tree.page(current).map(p -> !tree.matches(p, filter.getText())).orElse(true)) {
            // the page on show was filtered away: show the first page that mentions the filter itself
            tree.all().stream().filter(p -> tree.mentions(p, filter.getText())).findFirst().ifPresent(this::select);
        }
    }

    private void select(PageDescriptor page) {
        selecting = true;
        try {
            viewer.setSelection(new StructuredSelection(page), true);
        } finally {
            selecting = false;
        }
        if (!page.id().equals(current)) {
            show(page);
        }
    }

    private void show(PageDescriptor page) {
        current = page.id();
        session.lastPage = page.id();
        applyFailure = null;
        pageTitle.setText(page.label());
        Built shown = built.computeIfAbsent(page.id(), id -> build(page));
        stack.topControl = shown.container();
        pageArea.layout(true, true);
        updateState();
    }

    private Built build(PageDescriptor page) {
        Composite container = new Composite(pageArea, SWT.NONE);
        container.setLayout(new FillLayout());
        container.setData(WIDGET, "page-" + page.id());
        PreferenceSite site = new PreferenceSite() {
            @Override
            public Workbench workbench() {
                return workbench;
            }

            @Override
            public void setError(String error) {
                if (error == null) {
                    errors.remove(page.id());
                } else {
                    errors.put(page.id(), error);
                }
                applyFailure = null;
                updateState();
            }
        };
        PreferencePagePart part;
        try {
            part = page.factory().createPage(container, site);
        } catch (RuntimeException e) {
            for (Control child : container.getChildren()) {
                child.dispose();
            }
            Label broken = new Label(container, SWT.WRAP);
            broken.setText(texts.format("error.page", page.label(), String.valueOf(e.getMessage())));
            part = () -> {
            };
        }
        return new Built(page, container, part);
    }

    /** The error line and the OK and Apply buttons after a change. */
    private void updateState() {
        if (errorLine == null || errorLine.isDisposed()) {
            return;
        }
        String message = applyFailure;
        if (message == null && current != null) {
            message = errors.get(current);
        }
        if (message == null && !errors.isEmpty()) {
            Map.Entry<String, String> other = errors.entrySet().iterator().next();
            String label = tree.page(other.getKey()).map(PageDescriptor::label).orElse(other.getKey());
            message = label + ": " + other.getValue();
        }
        errorLine.setText(message == null ? "" : message);
        errorLine.setToolTipText(message);
        boolean valid = errors.isEmpty();
        for (int id : new int[] {IDialogConstants.OK_ID, APPLY_ID}) {
            Button button = getButton(id);
            if (button != null) {
                button.setEnabled(valid);
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE_ID, texts.get("button.restore"), false).setData(WIDGET, "preferences-restore");
        createButton(parent, APPLY_ID, texts.get("button.apply"), false).setData(WIDGET, "preferences-apply");
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.ok"), true).setData(WIDGET, "preferences-ok");
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false)
                .setData(WIDGET, "preferences-cancel");
        updateState();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RESTORE_ID) {
            Built shown = current == null ? null : built.get(current);
            if (shown != null) {
                shown.part().restoreDefaults();
            }
        } else if (buttonId == APPLY_ID) {
            Built shown = current == null ? null : built.get(current);
            if (shown != null) {
                apply(shown);
            }
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private boolean apply(Built page) {
        try {
            page.part().apply();
            applyFailure = null;
            updateState();
            return true;
        } catch (Exception e) {
            if (!page.page().id().equals(current)) {
                select(page.page());
            }
            applyFailure = texts.format("error.apply", page.page().label(), String.valueOf(e.getMessage()));
            updateState();
            return false;
        }
    }

    @Override
    protected void okPressed() {
        if (!errors.isEmpty()) {
            return;
        }
        for (Built page : List.copyOf(built.values())) {
            if (!apply(page)) {
                return;
            }
        }
        super.okPressed();
    }

    @Override
    public boolean close() {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            session.size = shell.getSize();
        }
        for (Built page : built.values()) {
            try {
                page.part().dispose();
            } catch (RuntimeException e) {
                // a page that fails to clean up must not keep the window open
            }
        }
        built.clear();
        return super.close();
    }

    // For tests: what the user sees.

    boolean hasPage(String pageId) {
        return tree.page(pageId).isPresent();
    }

    TreeViewer viewer() {
        return viewer;
    }

    Text filter() {
        return filter;
    }

    String errorText() {
        return errorLine.getText();
    }

    String currentPage() {
        return current;
    }

    String pageTitle() {
        return pageTitle.getText();
    }

    Button button(int id) {
        return getButton(id);
    }

    PreferencePagePart part(String pageId) {
        Built page = built.get(pageId);
        return page == null ? null : page.part();
    }
}
