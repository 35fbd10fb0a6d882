package io.chorus.registry.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.ui.api.Texts;
import io.chorus.ui.api.View;
import io.chorus.ui.api.ViewContribution;
import io.chorus.ui.api.ViewPart;
import io.chorus.ui.api.ViewSite;

/**
 * A brand's semantic core: its entries, the variants Chorus suggests for each with why, and the decisions people
 * take about them (accept, reject, pin); plus a query box that checks a query against the core. Every change is saved
 * at once. Generating variants loads ICU the first time, so it runs off the UI thread.
 */
@Component
@View(id = SemanticCoreView.ID, label = "%view.semanticCore", category = "%category.setup", icon = "outline")
public final class SemanticCoreView implements ViewContribution {

    static final String ID = "io.chorus.registry.semantic-core";

    private final KeywordRegistry registry;
    private final Texts texts;
    private volatile QueryLanguage language;

    @Activate
    public SemanticCoreView(BundleContext context, @Reference KeywordRegistry registry) {
        this(registry, Texts.of(context.getBundle(), Locale.getDefault()));
    }

    SemanticCoreView(KeywordRegistry registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLanguage(QueryLanguage language) {
        this.language = language;
    }

    void unsetLanguage(QueryLanguage language) {
        if (this.language == language) {
            this.language = null;
        }
    }

    @Override
    public ViewPart createView(Composite parent, ViewSite site) {
        return new Part(parent, site);
    }

    /** One open Semantic Core view. */
    private final class Part implements ViewPart {
        private final Display display;
        private final ViewSite site;
        private final BrandPicker brands;
        private final TableViewer entries;
        private final TableViewer variants;
        private final Label variantsTitle;
        private final Text newVariant;
        private final Text query;
        private final Text queryResult;
        private final Runnable changed;

        Part(Composite parent, ViewSite site) {
            this.display = parent.getDisplay();
            this.site = site;
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));

            Composite bar = new Composite(body, SWT.NONE);
            bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            bar.setLayout(new GridLayout(6, false));
            brands = new BrandPicker(bar, texts, "semantic-core-brands", this::showEntries);
            button(bar, "brand.new", "semantic-core-new-brand", event -> newBrand());
            button(bar, "core.import", "semantic-core-import", event -> importFile());
            button(bar, "variants.generate", "semantic-core-generate", event -> generate());
            button(bar, "core.openEditor", "semantic-core-open-editor", event -> openEditor());

            SashForm split = new SashForm(body, SWT.HORIZONTAL);
            split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

            Composite left = new Composite(split, SWT.NONE);
            left.setLayout(new GridLayout(2, false));
            entries = table(left, "semantic-core-entries", 2);
            column(entries, "column.type", 110, entry -> ((KeywordEntry) entry).type().group());
            column(entries, "column.text", 180, entry -> ((KeywordEntry) entry).text());
            column(entries, "column.match", 80, entry -> match((KeywordEntry) entry));
            column(entries, "column.languages", 70, entry -> String.join(",", ((KeywordEntry) entry).languages()));
            column(entries, "column.variants", 110, entry -> used((KeywordEntry) entry));
            column(entries, "column.origin", 90, entry -> ((KeywordEntry) entry).origin());
            entries.addSelectionChangedListener(event -> showVariants());
            entries.addDoubleClickListener(event -> openEditor());
            button(left, "entry.add", "semantic-core-add-entry", event -> addEntry());
            button(left, "entry.remove", "semantic-core-remove-entry", event -> removeEntry());

            Composite right = new Composite(split, SWT.NONE);
            right.setLayout(new GridLayout(4, false));
            variantsTitle = new Label(right, SWT.NONE);
            variantsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
            variants = table(right, "semantic-core-variants", 4);
            column(variants, "column.status", 80, v -> texts.get("status." + ((Variant) v).status().name()
                    .toLowerCase(Locale.ROOT)));
            column(variants, "column.likelihood", 70, v -> String.format(Locale.ROOT, "%.2f", ((Variant) v).likelihood()));
            column(variants, "column.text", 130, v -> ((Variant) v).text());
            column(variants, "column.generator", 110, v -> ((Variant) v).generator());
            column(variants, "column.reason", 260, v -> ((Variant) v).reason());
            button(right, "variant.accept", "semantic-core-accept", event -> decide(VariantStatus.ACCEPTED));
            button(right, "variant.reject", "semantic-core-reject", event -> decide(VariantStatus.REJECTED));
            button(right, "variant.pin", "semantic-core-pin", event -> decide(VariantStatus.PINNED));
            newVariant = new Text(right, SWT.BORDER | SWT.SINGLE);
            newVariant.setMessage(texts.get("variant.new"));
            newVariant.setData("chorus.widget", "semantic-core-new-variant");
            newVariant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            newVariant.addListener(SWT.DefaultSelection, event -> addVariant());
            split.setWeights(45, 55);

            Composite check = new Composite(body, SWT.NONE);
            check.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
            check.setLayout(new GridLayout(3, false));
            new Label(check, SWT.NONE).setText(texts.get("query"));
            query = new Text(check, SWT.BORDER | SWT.SINGLE);
            query.setData("chorus.widget", "semantic-core-query");
            query.setMessage("@acme AND (delivery OR доставка) NOT @acme.exclusions");
            query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            query.addListener(SWT.DefaultSelection, event -> checkQuery());
            button(check, "query.check", "semantic-core-check", event -> checkQuery());
            queryResult = new Text(check, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            queryResult.setData("chorus.widget", "semantic-core-query-result");
            GridData resultData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
            resultData.heightHint = 70;
            queryResult.setLayoutData(resultData);

            changed = () -> display.asyncExec(() -> {
                if (!brands.isDisposed()) {
                    refresh();
                }
            });
            registry.addChangeListener(changed);
            refresh();
        }

        private Button button(Composite parent, String key, String widget,
                              org.eclipse.swt.widgets.Listener action) {
            return Widgets.button(parent, texts, key, widget, action);
        }

        private TableViewer table(Composite parent, String widget, int span) {
            return Widgets.table(parent, widget, SWT.MULTI, span);
        }

        private void column(TableViewer viewer, String key, int width, Function<Object, String> text) {
            Widgets.column(viewer, texts, key, width, Object.class, text);
        }

        private String match(KeywordEntry entry) {
            return switch (entry.match().mode()) {
                case FUZZY -> texts.get("match.fuzzy") + " " + entry.match().maxEdits();
                default -> texts.get("match." + entry.match().mode().name().toLowerCase(Locale.ROOT));
            };
        }

        private String used(KeywordEntry entry) {
            long used = entry.variants().stream().filter(v -> v.status().isUsed()).count();
            long suggested = entry.variants().stream().filter(v -> v.status() == VariantStatus.SUGGESTED).count();
            return texts.format("variants.count", used, suggested);
        }

        private void refresh() {
            brands.show(registry.brands());
            showEntries();
        }

        private Optional<Brand> selectedBrand() {
            return brands.chosen();
        }

        private Optional<KeywordEntry> selectedEntry() {
            Object element = ((IStructuredSelection) entries.getSelection()).getFirstElement();
            return Optional.ofNullable((KeywordEntry) element);
        }

        private void showEntries() {
            String entryId = selectedEntry().map(KeywordEntry::id).orElse(null);
            List<KeywordEntry> list = selectedBrand().map(Brand::entries).orElse(List.of());
            entries.setInput(list);
            for (KeywordEntry entry : list) {
                if (entry.id().equals(entryId)) {
                    entries.setSelection(new org.eclipse.jface.viewers.StructuredSelection(entry));
                }
            }
            if (entries.getSelection().isEmpty() && !list.isEmpty()) {
                entries.setSelection(new org.eclipse.jface.viewers.StructuredSelection(list.get(0)));
            }
            showVariants();
        }

        private void showVariants() {
            Optional<KeywordEntry> entry = selectedEntry();
            List<Variant> list = new ArrayList<>(entry.map(KeywordEntry::variants).orElse(List.of()));
            list.sort((a, b) -> Double.compare(b.likelihood(), a.likelihood()));
            variants.setInput(list);
            variantsTitle.setText(entry.map(e -> texts.format("variants.of", e.text())).orElse(""));
            variantsTitle.getParent().layout();
        }

        /** The brand as a document: edits with undo, saved together. */
        private void openEditor() {
            selectedBrand().ifPresent(brand -> site.workbench().openEditor(SemanticCoreEditor.ID, brand.id()));
        }

        private void generate() {
            Optional<Brand> brand = selectedBrand();
            if (brand.isEmpty()) {
                return;
            }
            String entryId = selectedEntry().map(KeywordEntry::id).orElse(null);
            site.setStatusMessage(texts.get("variants.generating"));
            CompletableFuture.supplyAsync(() -> {
                try {
                    return registry.generateVariants(brand.get().id(), entryId, 20);
                } catch (RegistryException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }).whenComplete((result, error) -> display.asyncExec(() -> {
                if (error != null) {
                    site.setStatusMessage("");
                    problem(error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
                } else {
                    site.setStatusMessage(texts.get("variants.generated"));
                }
            }));
        }

        private void decide(VariantStatus status) {
            Optional<Brand> brand = selectedBrand();
            Optional<KeywordEntry> entry = selectedEntry();
            if (brand.isEmpty() || entry.isEmpty()) {
                return;
            }
            try {
                for (Object element : ((IStructuredSelection) variants.getSelection()).toList()) {
                    registry.decide(brand.get().id(), entry.get().id(), ((Variant) element).text(), status);
                }
            } catch (RegistryException e) {
                problem(e.getMessage());
            }
        }

        private void addVariant() {
            Optional<Brand> brand = selectedBrand();
            Optional<KeywordEntry> entry = selectedEntry();
            String text = newVariant.getText().strip();
            if (brand.isEmpty() || entry.isEmpty() || text.isEmpty()) {
                return;
            }
            try {
                registry.decide(brand.get().id(), entry.get().id(), text, VariantStatus.ACCEPTED);
                newVariant.setText("");
            } catch (RegistryException e) {
                problem(e.getMessage());
            }
        }

        private void newBrand() {
            Optional<Brand> created = new BrandDialog(brands.getShell(), texts).ask();
            if (created.isPresent()) {
                save(created.get());
            }
        }

        private void addEntry() {
            Optional<Brand> brand = selectedBrand();
            if (brand.isEmpty()) {
                problem(texts.get("brand.none"));
                return;
            }
            new EntryDialog(brands.getShell(), texts, brand.get()).ask().ifPresent(entry -> {
                List<KeywordEntry> list = new ArrayList<>(brand.get().entries());
                list.add(entry);
                save(brand.get().withEntries(list));
            });
        }

        private void removeEntry() {
            Optional<Brand> brand = selectedBrand();
            Optional<KeywordEntry> entry = selectedEntry();
            if (brand.isEmpty() || entry.isEmpty()) {
                return;
            }
            if (!KeywordEntry.USER.equals(entry.get().origin()) && !entry.get().origin().startsWith("import:")) {
                problem(texts.format("entry.fromPlugin", entry.get().origin()));
                return;
            }
            List<KeywordEntry> list = new ArrayList<>(brand.get().entries());
            list.removeIf(e -> e.id().equals(entry.get().id()));
            save(brand.get().withEntries(list));
        }

        private void save(Brand brand) {
            try {
                registry.save(brand);
            } catch (RegistryException e) {
                problem(e.getMessage());
            }
        }

        private void importFile() {
            FileDialog dialog = new FileDialog(brands.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.csv;*.json", "*.*"});
            String file = dialog.open();
            if (file == null) {
                return;
            }
            Path path = Path.of(file);
            CompletableFuture.supplyAsync(() -> {
                try {
                    return registry.importFile(path, false);
                } catch (RegistryException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }).whenComplete((report, error) -> display.asyncExec(() -> {
                if (error != null) {
                    problem(error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
                } else if (!report.problems().isEmpty()) {
                    problem(texts.format("core.importFailed", path.getFileName(), String.join("\n",
                            report.problems().subList(0, Math.min(20, report.problems().size())))));
                } else {
                    site.setStatusMessage(texts.format("core.imported", path.getFileName(), report.added(),
                            report.updated(), report.brandsCreated()));
                }
            }));
        }

        private void checkQuery() {
            QueryLanguage current = language;
            String text = query.getText();
            if (current == null) {
                queryResult.setText(texts.get("query.unavailable"));
                return;
            }
            StringBuilder result = new StringBuilder();
            try {
                Query parsed = current.parse(text);
                Query expanded = current.expand(parsed, registry::resolve);
                result.append(texts.get("query.expanded")).append(' ').append(current.format(expanded)).append('\n');
                for (Dialect dialect : Dialect.values()) {
                    ExportResult export = current.export(expanded, dialect);
                    result.append(dialect.name().toLowerCase(Locale.ROOT).replace('_', '-')).append(": ")
                            .append(export.isComplete() ? texts.get("query.complete")
                                    : String.join("; ", export.unsupported())).append('\n');
                }
            } catch (QueryException e) {
                result.append(e.getMessage());
                if (e.position() >= 0) {
                    query.setSelection(e.position(), Math.min(text.length(), e.position() + 1));
                    query.setFocus();
                }
            }
            queryResult.setText(result.toString().strip());
        }

        private void problem(String message) {
            MessageBox box = new MessageBox(brands.getShell(), SWT.ICON_WARNING | SWT.OK);
            box.setText(texts.get("view.semanticCore"));
            box.setMessage(message);
            box.open();
        }

        @Override
        public void setFocus() {
            entries.getTable().setFocus();
        }

        @Override
        public void dispose() {
            registry.removeChangeListener(changed);
        }
    }
}
