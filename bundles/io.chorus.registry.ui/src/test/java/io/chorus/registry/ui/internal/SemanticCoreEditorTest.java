package io.chorus.registry.ui.internal;

import static io.chorus.registry.ui.internal.EditorFixtures.acme;
import static io.chorus.registry.ui.internal.EditorFixtures.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.KeywordRegistryService;
import io.chorus.registry.ui.internal.EditorFixtures.RecordingSite;
import io.chorus.ui.testing.TestDisplay;

/** The semantic core editor in a real shell on a real registry: typed, undone, redone, saved, changed underneath. */
class SemanticCoreEditorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path workspace;

    private KeywordRegistryService registry;
    private Shell shell;
    private final RecordingSite site = new RecordingSite();

    @BeforeEach
    void open() throws RegistryException {
        Display display = TestDisplay.get();
        registry = EditorFixtures.registry(workspace);
        registry.save(acme());
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 650);
    }

    @AfterEach
    void close() {
        shell.dispose();
        TestDisplay.flush();
    }

    private SemanticCoreEditor.Part openEditor() throws Exception {
        SemanticCoreEditor.Part part = (SemanticCoreEditor.Part) new SemanticCoreEditor(registry, english())
                .createEditor(shell, site, "acme");
        shell.layout(true, true);
        shell.open();
        TestDisplay.flush();
        return part;
    }

    @SuppressWarnings("unchecked")
    private <T extends Control> T widget(String name) {
        List<Control> found = new ArrayList<>();
        find(shell, name, found);
        assertEquals(1, found.size(), "one widget named " + name);
        return (T) found.get(0);
    }

    private static void find(Control control, String name, List<Control> found) {
        if (name.equals(control.getData(Widgets.NAME))) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                find(child, name, found);
            }
        }
    }

    private List<String> rows(String table) {
        List<String> rows = new ArrayList<>();
        Table widget = widget(table);
        for (TableItem item : widget.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < widget.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private void click(String button) {
        Button widget = widget(button);
        widget.notifyListeners(SWT.Selection, new Event());
    }

    private void type(String field, String text) {
        Text widget = widget(field);
        widget.setText(text);
        widget.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private void selectRow(String table, String text) {
        Table widget = widget(table);
        for (int i = 0; i < widget.getItemCount(); i++) {
            if (widget.getItem(i).getText(1).equals(text) || widget.getItem(i).getText(0).equals(text)) {
                widget.setSelection(i);
                Event event = new Event();
                event.item = widget.getItem(i);
                widget.notifyListeners(SWT.Selection, event);
                return;
            }
        }
        throw new AssertionError("no row " + text + " in " + rows(table));
    }

    private List<String> stored() {
        return EditorFixtures.registry(workspace).brand("acme").orElseThrow().entries().stream()
                .map(e -> e.type().group() + ":" + e.text()).toList();
    }

    @Test
    void anEntryIsTypedUndoneRedoneAndSavedInOneGo() throws Exception {
        SemanticCoreEditor.Part part = openEditor();
        assertEquals("Acme Robotics", part.title());
        assertEquals(4, rows("semantic-core-editor-entries").size());

        Combo type = widget("semantic-core-editor-type");
        type.select(EntryType.PERSON.ordinal());
        type("semantic-core-editor-new-entry", "Greta Lind");
        assertTrue(rows("semantic-core-editor-entries").contains(
                "Person | Greta Lind | exact | en, ru | 0 used, 0 suggested |  | user"),
                rows("semantic-core-editor-entries").toString());
        assertEquals("", ((Text) widget("semantic-core-editor-new-entry")).getText());
        assertTrue(site.history.isDirty());
        assertEquals("Add \"Greta Lind\"", site.history.undoLabel().orElseThrow());
        assertEquals(List.of("Greta Lind"), site.selection.stream().map(e -> ((KeywordEntry) e).text()).toList(),
                "the new entry is selected and the window told");
        assertFalse(stored().contains("people:Greta Lind"), "nothing saved yet");

        site.history.undo();
        assertEquals(4, rows("semantic-core-editor-entries").size());
        assertFalse(site.history.isDirty());
        site.history.redo();
        assertTrue(String.join("\n", rows("semantic-core-editor-entries")).contains("Greta Lind"));

        // A variant is ticked (accepted) in the check list.
        selectRow("semantic-core-editor-entries", "Acme");
        Table variants = widget("semantic-core-editor-variants");
        assertEquals("Variants of \"Acme\"", findLabel("Variants of"));
        TableItem akme = variants.getItem(0);
        assertEquals("Акме", akme.getText(0));
        akme.setChecked(true);
        Event check = new Event();
        check.item = akme;
        check.detail = SWT.CHECK;
        variants.notifyListeners(SWT.Selection, check);
        assertEquals("Mark variant \"Акме\" accepted", site.history.undoLabel().orElseThrow());
        assertTrue(rows("semantic-core-editor-variants").get(0).startsWith("Акме | accepted"),
                rows("semantic-core-editor-variants").toString());

        screenshot("semantic-core-editor.png");
        part.save();
        site.history.markSaved();

        assertEquals(List.of("names:Acme", "products:RoboVac X200", "context:vacuum",
                "exclusions:acme corporation cartoon", "people:Greta Lind"), stored());
        Brand saved = EditorFixtures.registry(workspace).brand("acme").orElseThrow();
        assertEquals(VariantStatus.ACCEPTED, saved.entry("acme").orElseThrow().variants().get(0).status());
        assertEquals("Semantic core of Acme Robotics saved.", site.statusMessages.get(site.statusMessages.size() - 1));
        TestDisplay.flush();
        assertFalse(part.isChangedBarShown(), "its own save is no change underneath");
    }

    @Test
    void cellsAreEditedInPlaceAndEachChangeIsOneUndoableEdit() throws Exception {
        SemanticCoreEditor.Part part = openEditor();
        KeywordEntry vacuum = registry.brand("acme").orElseThrow().entry("vacuum").orElseThrow();
        part.entriesViewer().editElement(vacuum, 1);
        Text cell = cellEditor();
        assertEquals("vacuum", cell.getText());
        cell.setText("vacuum cleaner");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(rows("semantic-core-editor-entries").get(2).startsWith("Context word | vacuum cleaner | exact"),
                rows("semantic-core-editor-entries").toString());
        assertEquals("Rename \"vacuum\" to \"vacuum cleaner\"", site.history.undoLabel().orElseThrow());
        site.history.undo();
        assertTrue(rows("semantic-core-editor-entries").get(2).startsWith("Context word | vacuum | exact"));
        assertFalse(site.history.isDirty());
        assertEquals(List.of("names:Acme", "products:RoboVac X200", "context:vacuum",
                "exclusions:acme corporation cartoon"), stored());
    }

    private Text cellEditor() {
        Table table = widget("semantic-core-editor-entries");
        for (Control child : table.getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        throw new AssertionError("no cell editor open");
    }

    @Test
    void aMistakeIsRefusedOnSaveWithTheEntryNamed() throws Exception {
        SemanticCoreEditor.Part part = openEditor();
        ((Combo) widget("semantic-core-editor-type")).select(EntryType.CONTEXT.ordinal());
        type("semantic-core-editor-new-entry", "Vacuum");
        RegistryException error = assertThrows(RegistryException.class, part::save);
        assertTrue(error.getMessage().contains("Entry \"Vacuum\" (Context word) is in the core twice"),
                error.getMessage());
        assertTrue(site.history.isDirty());
        assertFalse(stored().contains("context:Vacuum"));

        // Removing the copy with the button makes it saveable.
        selectRow("semantic-core-editor-entries", "Vacuum");
        click("semantic-core-editor-remove");
        part.save();
        assertEquals(4, stored().size());
    }

    @Test
    void aChangeUnderneathReloadsACleanEditorAndAsksADirtyOne() throws Exception {
        SemanticCoreEditor.Part part = openEditor();
        Brand elsewhere = registry.brand("acme").orElseThrow();
        List<KeywordEntry> more = new ArrayList<>(elsewhere.entries());
        more.add(EditorFixtures.entry("sber", EntryType.ALIAS, "Acme Bot"));
        registry.save(elsewhere.withEntries(more));
        TestDisplay.dispatchUntil(() -> rows("semantic-core-editor-entries").size() == 5, WAIT);
        assertFalse(part.isChangedBarShown(), "a clean editor just reloads");

        type("semantic-core-editor-new-entry", "Acme Corp");
        more.add(EditorFixtures.entry("robomop", EntryType.PRODUCT, "RoboMop"));
        registry.save(elsewhere.withEntries(more));
        TestDisplay.dispatchUntil(part::isChangedBarShown, WAIT);
        assertTrue(findLabel("changed elsewhere").startsWith("This semantic core was changed elsewhere"));
        assertEquals(6, rows("semantic-core-editor-entries").size(), "the person's work is still on show");
        screenshot("semantic-core-editor-changed.png");

        click("semantic-core-editor-keep");
        assertFalse(part.isChangedBarShown());
        assertTrue(site.history.isDirty());
        part.save();
        assertEquals(List.of("names:Acme", "products:RoboVac X200", "context:vacuum",
                "exclusions:acme corporation cartoon", "aliases:Acme Bot", "names:Acme Corp"), stored(),
                "keep mine overwrites what changed elsewhere");

        // Reload takes what the registry holds and forgets the edits.
        site.history.markSaved();
        type("semantic-core-editor-new-entry", "Acme Inc");
        registry.save(acme());
        TestDisplay.dispatchUntil(part::isChangedBarShown, WAIT);
        click("semantic-core-editor-reload");
        assertEquals(4, rows("semantic-core-editor-entries").size());
        assertFalse(site.history.isDirty(), "undone back to the save, then reloaded");
        site.history.undo();
        assertEquals(4, rows("semantic-core-editor-entries").size(), "edits made before the reload do nothing");
        assertFalse(part.isChangedBarShown());
    }

    @Test
    void theSemanticCoreViewOpensTheBrandInTheEditor() {
        new SemanticCoreView(registry, english()).createView(shell, site);
        shell.open();
        TestDisplay.flush();
        click("semantic-core-open-editor");
        assertEquals(List.of(SemanticCoreEditor.ID + " acme"), site.openedEditors);
    }

    @Test
    void theFileCommandAsksForABrandAndOpensIt() throws Exception {
        registry.save(new Brand("globex", "Globex", io.chorus.api.registry.BrandRole.COMPETITOR, List.of(),
                List.of(), List.of(), List.of(), ""));
        OpenSemanticCoreCommand command = new OpenSemanticCoreCommand(registry, english());
        assertTrue(command.isEnabled(site.workbench));
        List<String> seen = new ArrayList<>();
        Display display = TestDisplay.get();
        // Runs inside the dialog's event loop; whatever goes wrong closes the dialog so the test cannot hang.
        display.asyncExec(() -> {
            for (Shell dialog : display.getShells()) {
                if (dialog == shell) {
                    continue;
                }
                try {
                    seen.add(dialog.getText());
                    List<Control> combos = new ArrayList<>();
                    find(dialog, "open-semantic-core-brand", combos);
                    Combo brands = (Combo) combos.get(0);
                    seen.add(String.join(", ", brands.getItems()));
                    brands.select(1);
                    dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                } catch (RuntimeException e) {
                    seen.add(e.toString());
                    dialog.close();
                }
            }
        });
        command.execute(site.workbench);
        assertEquals(List.of("Open Semantic Core", "Acme Robotics (@acme), Globex (@globex)"), seen);
        assertEquals(List.of(SemanticCoreEditor.ID + " globex"), site.openedEditors);
    }

    @Test
    void anUnknownBrandIsExplained() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SemanticCoreEditor(registry, english()).createEditor(shell, site, "globex"));
        assertTrue(error.getMessage().startsWith("There is no brand @globex any more"), error.getMessage());
    }

    private String findLabel(String containing) {
        List<String> texts = new ArrayList<>();
        collectLabels(shell, texts);
        return texts.stream().filter(t -> t.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no label with " + containing + " in " + texts));
    }

    private static void collectLabels(Control control, List<String> texts) {
        if (control instanceof Label label && label.isVisible()) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    private void screenshot(String name) throws Exception {
        TestDisplay.flush();
        Path file = Path.of("target/screenshots").resolve(name);
        Files.createDirectories(file.getParent());
        org.eclipse.swt.graphics.Point size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        // Printing the shell paints its current state, whatever the X server has shown so far.
        GC gc = new GC(image);
        try {
            assertTrue(shell.print(gc), "the shell paints into an image");
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertNotNull(Files.size(file) > 0 ? file : null);
    }
}
