package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.MatchMode;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.ui.api.Edit;
import io.chorus.ui.api.EditHistory;
import io.chorus.ui.api.Editor;
import io.chorus.ui.api.EditorContribution;
import io.chorus.ui.api.EditorPart;
import io.chorus.ui.api.EditorSite;
import io.chorus.ui.api.Texts;

/**
 * A brand's semantic core as a document: entries are added, changed, retyped and removed, variants accepted,
 * rejected and pinned in a working copy; every change is undoable and nothing reaches the registry before Save.
 * When the registry changes underneath (another window, the command line), a clean editor reloads and a dirty one
 * asks whether to reload or keep its changes.
 */
@Component
@Editor(id = SemanticCoreEditor.ID, label = "%editor.semanticCore")
public final class SemanticCoreEditor implements EditorContribution {

    static final String ID = "io.chorus.registry.semanticCore";

    private static final MatchOptions[] MATCHES = {MatchOptions.EXACT, MatchOptions.STEMMED, MatchOptions.fuzzy(1),
        MatchOptions.fuzzy(2)};

    private final KeywordRegistry registry;
    private final Texts texts;

    @Activate
    public SemanticCoreEditor(BundleContext context, @Reference KeywordRegistry registry) {
        this(registry, Texts.of(context.getBundle(), Locale.getDefault()));
    }

    SemanticCoreEditor(KeywordRegistry registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
    }

    @Override
    public EditorPart createEditor(Composite parent, EditorSite site, Object input) {
        String brandId = input instanceof Brand brand ? brand.id() : String.valueOf(input);
        Brand brand = registry.brand(brandId)
                .orElseThrow(() -> new IllegalArgumentException(texts.format("editor.noBrand", brandId)));
        return new Part(parent, site, new SemanticCoreDocument(texts, brand));
    }

    private String matchLabel(MatchOptions match) {
        return match.mode() == MatchMode.FUZZY ? texts.get("match.fuzzy") + " " + match.maxEdits()
                : texts.get("match." + match.mode().name().toLowerCase(Locale.ROOT));
    }

    private String typeLabel(EntryType type) {
        return texts.get("type." + type.group());
    }

    /** One open semantic core. */
    final class Part implements EditorPart {
        private final Display display;
        private final EditorSite site;
        private final SemanticCoreDocument document;
        private final Composite changedBar;
        private final Label changedMessage;
        private final Button reload;
        private final Combo newType;
        private final Text newText;
        private final Label problem;
        private final TableViewer entries;
        private final Label variantsTitle;
        private final CheckboxTableViewer variants;
        private final Text newVariant;
        private final Runnable registryChanged;
        /** What the registry held when the person chose to keep their changes: not asked about again. */
        private Brand keptAgainst;
        private Brand pending;

        Part(Composite parent, EditorSite site, SemanticCoreDocument document) {
            this.display = parent.getDisplay();
            this.site = site;
            this.document = document;
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));

            changedBar = new Composite(body, SWT.BORDER);
            changedBar.setData(Widgets.NAME, "semantic-core-editor-changed");
            // A fixed light amber, not the theme's tooltip colour: dark themes make that black.
            changedBar.setBackground(new org.eclipse.swt.graphics.Color(255, 243, 205));
            changedBar.setLayout(new GridLayout(3, false));
            GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
            barData.exclude = true;
            changedBar.setLayoutData(barData);
            changedBar.setVisible(false);
            changedMessage = new Label(changedBar, SWT.WRAP);
            changedMessage.setBackground(changedBar.getBackground());
            changedMessage.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            changedMessage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            reload = Widgets.button(changedBar, texts, "editor.reload", "semantic-core-editor-reload",
                    event -> reloadFromRegistry());
            Widgets.button(changedBar, texts, "editor.keepMine", "semantic-core-editor-keep", event -> keepMine());

            Composite add = new Composite(body, SWT.NONE);
            add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            add.setLayout(new GridLayout(5, false));
            newType = new Combo(add, SWT.READ_ONLY);
            newType.setData(Widgets.NAME, "semantic-core-editor-type");
            for (EntryType type : EntryType.values()) {
                newType.add(typeLabel(type));
            }
            newType.select(0);
            newText = new Text(add, SWT.BORDER | SWT.SINGLE);
            newText.setData(Widgets.NAME, "semantic-core-editor-new-entry");
            newText.setMessage(texts.get("editor.newEntry"));
            newText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            newText.addListener(SWT.DefaultSelection, event -> addEntry());
            Widgets.button(add, texts, "editor.add", "semantic-core-editor-add", event -> addEntry());
            Widgets.button(add, texts, "editor.remove", "semantic-core-editor-remove", event -> removeEntries());
            problem = new Label(add, SWT.WRAP);
            problem.setData(Widgets.NAME, "semantic-core-editor-problem");
            problem.setForeground(display.getSystemColor(SWT.COLOR_RED));
            problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

            SashForm split = new SashForm(body, SWT.VERTICAL);
            split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Composite top = new Composite(split, SWT.NONE);
            top.setLayout(new GridLayout(1, false));
            entries = Widgets.table(top, "semantic-core-editor-entries", SWT.MULTI, 1);
            editableColumn("column.type", 120, e -> typeLabel(e.type()), choiceEditing(
                    List.of(EntryType.values()).stream().map(SemanticCoreEditor.this::typeLabel).toList(),
                    e -> e.type().ordinal(), (e, index) -> document.setType(List.of(e), EntryType.values()[index])));
            editableColumn("column.text", 200, KeywordEntry::text,
                    textEditing(KeywordEntry::text, document::setText));
            editableColumn("column.match", 90, e -> matchLabel(e.match()), choiceEditing(
                    List.of(MATCHES).stream().map(SemanticCoreEditor.this::matchLabel).toList(),
                    e -> List.of(MATCHES).indexOf(e.match()), (e, index) -> document.setMatch(e, MATCHES[index])));
            editableColumn("column.languages", 90, e -> String.join(", ", e.languages()),
                    textEditing(e -> String.join(", ", e.languages()), document::setLanguages));
            Widgets.column(entries, texts, "column.variants", 140, KeywordEntry.class, this::variantCount);
            editableColumn("column.note", 160, KeywordEntry::note, textEditing(KeywordEntry::note,
                    document::setNote));
            Widgets.column(entries, texts, "column.origin", 100, KeywordEntry.class, KeywordEntry::origin,
                    e -> SemanticCoreDocument.isEditable(e) ? null : display.getSystemColor(SWT.COLOR_DARK_GRAY),
                    e -> SemanticCoreDocument.isEditable(e) ? null : texts.format("entry.fromPlugin", e.origin()));
            TableViewerEditor.create(entries, new ColumnViewerEditorActivationStrategy(entries) {
                @Override
                protected boolean isEditorActivationEvent(
                        org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                    return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent
                            .MOUSE_DOUBLE_CLICK_SELECTION || event.eventType == org.eclipse.jface.viewers
                            .ColumnViewerEditorActivationEvent.PROGRAMMATIC || event.eventType == org.eclipse.jface
                            .viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
                }
            }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
            entries.addSelectionChangedListener(event -> {
                site.setSelection(selectedEntries());
                showVariants();
            });
            entries.getTable().addListener(SWT.KeyDown, event -> {
                if (event.keyCode == SWT.DEL) {
                    removeEntries();
                }
            });
            site.hookContextMenu(entries.getTable());

            Composite bottom = new Composite(split, SWT.NONE);
            bottom.setLayout(new GridLayout(3, false));
            variantsTitle = new Label(bottom, SWT.NONE);
            variantsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            variants = CheckboxTableViewer.newCheckList(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
            variants.getTable().setHeaderVisible(true);
            variants.getTable().setLinesVisible(true);
            variants.getTable().setData(Widgets.NAME, "semantic-core-editor-variants");
            variants.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
            variants.getTable().setToolTipText(texts.get("editor.variants.hint"));
            variants.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
            Widgets.column(variants, texts, "column.text", 180, Variant.class, Variant::text);
            Widgets.column(variants, texts, "column.status", 100, Variant.class,
                    v -> texts.get("status." + v.status().name().toLowerCase(Locale.ROOT)));
            Widgets.column(variants, texts, "column.generator", 110, Variant.class, Variant::generator);
            Widgets.column(variants, texts, "column.reason", 280, Variant.class, Variant::reason);
            variants.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
                @Override
                public boolean isChecked(Object element) {
                    return ((Variant) element).status().isUsed();
                }

                @Override
                public boolean isGrayed(Object element) {
                    return false;
                }
            });
            variants.addCheckStateListener(event -> decide(List.of((Variant) event.getElement()),
                    event.getChecked() ? VariantStatus.ACCEPTED : VariantStatus.REJECTED));
            Widgets.button(bottom, texts, "editor.pin", "semantic-core-editor-pin",
                    event -> decide(selectedVariants(), VariantStatus.PINNED));
            newVariant = new Text(bottom, SWT.BORDER | SWT.SINGLE);
            newVariant.setData(Widgets.NAME, "semantic-core-editor-new-variant");
            newVariant.setMessage(texts.get("variant.new"));
            newVariant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            newVariant.addListener(SWT.DefaultSelection, event -> addVariant());
            split.setWeights(60, 40);

            document.addChangeListener(this::showEntries);
            registryChanged = () -> display.asyncExec(() -> {
                if (!entries.getTable().isDisposed()) {
                    registryChanged();
                }
            });
            registry.addChangeListener(registryChanged);
            showEntries();
        }

        private void editableColumn(String key, int width, java.util.function.Function<KeywordEntry, String> text,
                                    EditingSupport editing) {
            Widgets.column(entries, texts, key, width, KeywordEntry.class, text).setEditingSupport(editing);
        }

        private String variantCount(KeywordEntry entry) {
            long used = entry.variants().stream().filter(v -> v.status().isUsed()).count();
            long suggested = entry.variants().stream().filter(v -> v.status() == VariantStatus.SUGGESTED).count();
            return texts.format("variants.count", used, suggested);
        }

        // ---- changes, all through the history -----------------------------------------------------------------

        /** Makes the edit {@code change} builds; a change the document refuses is explained, not thrown. */
        private boolean perform(Supplier<Edit> change) {
            try {
                Edit edit = change.get();
                history().perform(edit);
                problem(null);
                return true;
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return false;
            }
        }

        private EditHistory history() {
            return site.history();
        }

        private void addEntry() {
            EntryType type = EntryType.values()[Math.max(0, newType.getSelectionIndex())];
            String text = newText.getText();
            if (perform(() -> document.add(type, text))) {
                newText.setText("");
                List<KeywordEntry> all = document.entries();
                entries.setSelection(new StructuredSelection(all.get(all.size() - 1)), true);
            }
        }

        private void removeEntries() {
            List<KeywordEntry> selected = selectedEntries();
            if (!selected.isEmpty()) {
                perform(() -> document.remove(selected));
            }
        }

        private void decide(List<Variant> chosen, VariantStatus status) {
            Optional<KeywordEntry> entry = selectedEntry();
            if (entry.isEmpty() || chosen.isEmpty()) {
                return;
            }
            for (Variant variant : chosen) {
                // Each decision looks the entry up again: the previous one replaced it.
                String entryId = entry.get().id();
                if (!perform(() -> document.setVariant(document.entry(entryId).orElseThrow(), variant.text(),
                        status))) {
                    showVariants();
                    return;
                }
            }
        }

        private void addVariant() {
            Optional<KeywordEntry> entry = selectedEntry();
            if (entry.isPresent() && perform(() -> document.setVariant(entry.get(), newVariant.getText(),
                    VariantStatus.ACCEPTED))) {
                newVariant.setText("");
            }
        }

        private void problem(String message) {
            problem.setText(message == null ? "" : message);
            problem.getParent().layout();
        }

        // ---- showing --------------------------------------------------------------------------------------------

        private List<KeywordEntry> selectedEntries() {
            List<KeywordEntry> selected = new ArrayList<>();
            for (Object element : ((IStructuredSelection) entries.getSelection()).toList()) {
                selected.add((KeywordEntry) element);
            }
            return selected;
        }

        private Optional<KeywordEntry> selectedEntry() {
            List<KeywordEntry> selected = selectedEntries();
            return selected.isEmpty() ? Optional.empty() : Optional.of(selected.get(0));
        }

        private List<Variant> selectedVariants() {
            List<Variant> selected = new ArrayList<>();
            for (Object element : ((IStructuredSelection) variants.getSelection()).toList()) {
                selected.add((Variant) element);
            }
            return selected;
        }

        /** Shows the working copy, keeping the selection by entry id (entries are replaced by every edit). */
        private void showEntries() {
            if (entries.getTable().isDisposed()) {
                return;
            }
            List<String> selectedIds = selectedEntries().stream().map(KeywordEntry::id).toList();
            List<KeywordEntry> all = document.entries();
            entries.setInput(all);
            List<KeywordEntry> keep = all.stream().filter(e -> selectedIds.contains(e.id())).toList();
            entries.setSelection(new StructuredSelection(keep));
            site.setSelection(keep);
            showVariants();
        }

        private void showVariants() {
            Optional<KeywordEntry> entry = selectedEntry();
            List<String> selectedTexts = selectedVariants().stream().map(Variant::text).toList();
            List<Variant> list = new ArrayList<>(entry.map(KeywordEntry::variants).orElse(List.of()));
            list.sort((a, b) -> Double.compare(b.likelihood(), a.likelihood()));
            variants.setInput(list);
            variants.setSelection(new StructuredSelection(list.stream()
                    .filter(v -> selectedTexts.contains(v.text())).toList()));
            variants.getTable().setEnabled(entry.map(SemanticCoreDocument::isEditable).orElse(false));
            variantsTitle.setText(entry.map(e -> texts.format("variants.of", e.text())).orElse(""));
            variantsTitle.getParent().layout();
        }

        // ---- the registry changing underneath ------------------------------------------------------------------

        private void registryChanged() {
            Optional<Brand> current = registry.brand(document.brandId());
            if (current.isPresent() && (current.get().equals(document.base()) || current.get().equals(keptAgainst))) {
                return;
            }
            if (current.isPresent() && !history().isDirty()) {
                reloadDocument(current.get());
                return;
            }
            pending = current.orElse(null);
            changedMessage.setText(current.isPresent() ? texts.get("editor.changedOnDisk")
                    : texts.get("editor.deletedOnDisk"));
            reload.setEnabled(current.isPresent());
            showChangedBar(true);
        }

        private void reloadFromRegistry() {
            if (pending != null) {
                reloadDocument(pending);
            }
            showChangedBar(false);
        }

        private void keepMine() {
            keptAgainst = pending;
            history().markDirty();
            showChangedBar(false);
        }

        /** The registry's version replaces the working copy; edits made before it cannot be undone into it. */
        private void reloadDocument(Brand current) {
            document.reload(current);
            history().reset();
        }

        private void showChangedBar(boolean show) {
            ((GridData) changedBar.getLayoutData()).exclude = !show;
            changedBar.setVisible(show);
            changedBar.getParent().layout(true, true);
        }

        boolean isChangedBarShown() {
            return changedBar.getVisible();
        }

        TableViewer entriesViewer() {
            return entries;
        }

        // ---- EditorPart -----------------------------------------------------------------------------------------

        @Override
        public String title() {
            return document.base().name();
        }

        @Override
        public void save() throws Exception {
            document.save(registry);
            keptAgainst = null;
            showChangedBar(false);
            site.setStatusMessage(texts.format("editor.saved", document.base().name()));
        }

        @Override
        public void setFocus() {
            entries.getTable().setFocus();
        }

        @Override
        public void dispose() {
            registry.removeChangeListener(registryChanged);
        }

        /**
         * A cell of a person's entry edited in place: its current value is shown in the cell editor, and a different
         * value becomes an edit. Entries of plugins cannot be edited.
         */
        private final class Editing<V> extends EditingSupport {
            private final java.util.function.Function<org.eclipse.swt.widgets.Table, CellEditor> create;
            private final java.util.function.Function<KeywordEntry, V> value;
            private final java.util.function.BiFunction<KeywordEntry, V, Edit> change;
            private CellEditor editor;

            Editing(java.util.function.Function<org.eclipse.swt.widgets.Table, CellEditor> create,
                    java.util.function.Function<KeywordEntry, V> value,
                    java.util.function.BiFunction<KeywordEntry, V, Edit> change) {
                super(entries);
                this.create = create;
                this.value = value;
                this.change = change;
            }

            @Override
            protected CellEditor getCellEditor(Object element) {
                if (editor == null) {
                    editor = create.apply(entries.getTable());
                }
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return SemanticCoreDocument.isEditable((KeywordEntry) element);
            }

            @Override
            protected Object getValue(Object element) {
                return value.apply((KeywordEntry) element);
            }

            @Override
            @SuppressWarnings("unchecked")
            protected void setValue(Object element, Object newValue) {
                KeywordEntry entry = (KeywordEntry) element;
                boolean chosenNothing = newValue instanceof Integer index && index < 0;
                if (!chosenNothing && !value.apply(entry).equals(newValue)) {
                    perform(() -> change.apply(entry, (V) newValue));
                }
            }
        }

        private Editing<String> textEditing(java.util.function.Function<KeywordEntry, String> value,
                                            java.util.function.BiFunction<KeywordEntry, String, Edit> change) {
            return new Editing<>(TextCellEditor::new, value, change);
        }

        private Editing<Integer> choiceEditing(List<String> items, java.util.function.Function<KeywordEntry, Integer>
                index, java.util.function.BiFunction<KeywordEntry, Integer, Edit> change) {
            return new Editing<>(table -> new ComboBoxCellEditor(table, items.toArray(String[]::new), SWT.READ_ONLY),
                    index, change);
        }
    }
}
