package io.chorus.registry.ui.internal;

import static io.chorus.registry.ui.internal.EditorFixtures.acme;
import static io.chorus.registry.ui.internal.EditorFixtures.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.KeywordRegistryService;
import io.chorus.ui.api.Edit;

class SemanticCoreDocumentTest {

    @TempDir
    Path workspace;

    private KeywordRegistryService registry;
    private SemanticCoreDocument document;
    private final TestHistory history = new TestHistory();

    @BeforeEach
    void load() throws RegistryException {
        registry = EditorFixtures.registry(workspace);
        Brand saved = registry.save(acme());
        document = new SemanticCoreDocument(english(), saved);
    }

    private KeywordEntry entry(String id) {
        return document.entry(id).orElseThrow();
    }

    private List<String> texts() {
        return document.entries().stream().map(e -> e.type().group() + ":" + e.text()).toList();
    }

    @Test
    void everyEditAppliesAndRevertsExactly() {
        List<KeywordEntry> original = document.entries();
        List<List<KeywordEntry>> states = new ArrayList<>();
        states.add(original);
        List<java.util.function.Supplier<Edit>> edits = List.of(
                () -> document.add(EntryType.PRODUCT, "  RoboMop M1 "),
                () -> document.setText(entry("vacuum"), "vacuum cleaner"),
                () -> document.setType(List.of(entry("robovac-x200"), entry("robomop-m1")), EntryType.TRADEMARK),
                () -> document.setMatch(entry("acme"), MatchOptions.fuzzy(1)),
                () -> document.setLanguages(entry("acme"), "EN; ru ja"),
                () -> document.setNote(entry("cartoon"), " the Looney Tunes company "),
                () -> document.setVariant(entry("acme"), "Акме", VariantStatus.ACCEPTED),
                () -> document.setVariant(entry("acme"), "Acme Robotix", VariantStatus.PINNED),
                () -> document.remove(List.of(entry("acme"), entry("vacuum"))));
        for (java.util.function.Supplier<Edit> edit : edits) {
            history.perform(edit.get());
            states.add(document.entries());
        }
        assertEquals(List.of("trademarks:RoboVac X200", "exclusions:acme corporation cartoon",
                "trademarks:RoboMop M1"), texts());
        KeywordEntry cartoon = entry("cartoon");
        assertEquals("the Looney Tunes company", cartoon.note());

        for (int i = states.size() - 2; i >= 0; i--) {
            history.undo();
            assertEquals(states.get(i), document.entries(), "after undoing back to state " + i);
        }
        assertFalse(document.differsFromBase());
        for (int i = 1; i < states.size(); i++) {
            history.redo();
            assertEquals(states.get(i), document.entries(), "after redoing to state " + i);
        }
    }

    @Test
    void variantsAreDecidedAndAddedAsAPersonsOwn() {
        history.perform(document.setVariant(entry("acme"), "Фсьу", VariantStatus.REJECTED));
        history.perform(document.setVariant(entry("acme"), "Acme Robotix", VariantStatus.ACCEPTED));
        assertEquals(List.of("Акме:SUGGESTED", "Фсьу:REJECTED", "Acme Robotix:ACCEPTED"), entry("acme").variants()
                .stream().map(v -> v.text() + ":" + v.status()).toList());
        assertEquals("manual", entry("acme").variants().get(2).generator());
        assertEquals(List.of("Acme", "Acme Robotix"), entry("acme").matchedTexts());
    }

    @Test
    void saveWritesExactlyTheFinalStateInOneGoAndNothingBefore() throws RegistryException {
        AtomicInteger saves = new AtomicInteger();
        registry.addChangeListener(saves::incrementAndGet);
        history.perform(document.add(EntryType.PERSON, "Greta Lind"));
        history.perform(document.add(EntryType.HASHTAG, "#acmebot"));
        history.perform(document.remove(List.of(entry("vacuum"))));
        history.undo();
        history.perform(document.setVariant(entry("acme"), "Акме", VariantStatus.PINNED));
        assertEquals(acme(), registry.brand("acme").orElseThrow(), "nothing reaches the registry before save");
        assertEquals(0, saves.get());

        Brand saved = document.save(registry);

        assertEquals(1, saves.get(), "one save");
        Brand stored = EditorFixtures.registry(workspace).brand("acme").orElseThrow();
        assertEquals(saved, stored);
        assertEquals(document.entries(), stored.entries());
        assertEquals(List.of("names:Acme", "products:RoboVac X200", "context:vacuum",
                "exclusions:acme corporation cartoon", "people:Greta Lind", "hashtags:#acmebot"), texts());
        assertEquals("greta-lind", stored.entries().get(4).id());
        assertEquals(List.of("en", "ru"), stored.entries().get(4).languages(), "new entries get the brand's languages");
        assertEquals(VariantStatus.PINNED, stored.entry("acme").orElseThrow().variants().get(0).status());
        assertEquals(stored, document.base());
        assertFalse(document.differsFromBase());
    }

    @Test
    void validationNamesTheEntryAndWhatToDoAndNothingIsSaved() {
        history.perform(document.add(EntryType.PRODUCT, "robovac x200"));
        history.perform(document.setLanguages(entry("vacuum"), "en, english"));
        history.perform(document.add(EntryType.PRODUCT, "Acme corporation cartoon"));
        history.perform(document.setVariant(entry("acme"), "acme", VariantStatus.ACCEPTED));

        RegistryException error = assertThrows(RegistryException.class, () -> document.save(registry));

        String message = error.getMessage();
        assertTrue(message.startsWith("The semantic core of Acme Robotics was not saved; fix these and save again:"),
                message);
        assertTrue(message.contains("Entry \"robovac x200\" (Product) is in the core twice: remove one of them or"
                + " give it another type."), message);
        assertTrue(message.contains("Entry \"vacuum\" (Context word): \"english\" is not a language code; write"
                + " two-letter ISO 639-1 codes such as en, ru, ja."), message);
        assertTrue(message.contains("The exclusion \"acme corporation cartoon\" is also a Product entry"), message);
        assertTrue(message.contains("Entry \"Acme\" (Brand name): the variant \"acme\" is the entry's own text"),
                message);
        assertEquals(acme(), registry.brand("acme").orElseThrow());
        assertEquals(4, document.problems().size(), document.problems().toString());
    }

    @Test
    void entriesOfPluginsAreReadOnlyAndBlankTextIsRefused() {
        KeywordEntry fromCrm = new KeywordEntry("crm-1", EntryType.PRODUCT, "RoboVac Pro", List.of(),
                MatchOptions.EXACT, Set.of(), "", List.of(), "crm");
        SemanticCoreDocument withPlugin = new SemanticCoreDocument(english(),
                acme().withEntries(List.of(fromCrm)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withPlugin.setText(fromCrm, "RoboVac Pro 2"));
        assertEquals("This entry comes from crm and can only change there.", refused.getMessage());
        assertEquals("An entry needs text.", assertThrows(IllegalArgumentException.class,
                () -> document.add(EntryType.ALIAS, "   ")).getMessage());
    }

    @Test
    void aReloadMakesOlderEditsInert() {
        Edit added = document.add(EntryType.ALIAS, "ACME");
        history.perform(added);
        document.reload(acme());
        history.undo();
        assertEquals(acme().entries(), document.entries());
        assertTrue(document.entries().stream().noneMatch(e -> e.text().equals("ACME")));
    }
}
