package io.chorus.registry.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.ui.api.Edit;
import io.chorus.ui.api.Texts;

/**
 * The working copy of one brand's semantic core in the editor. Changes are made only as {@link Edit}s (created here,
 * performed by the editor's history), so each can be undone exactly; nothing reaches the registry before
 * {@link #save}. Entries from plugins are shown but cannot be changed here: the plugin owns them.
 */
final class SemanticCoreDocument {

    private static final List<String> MODULES = List.of("reputation", "smm", "crowd");

    private final Texts texts;
    private final String brandId;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Brand base;
    private List<KeywordEntry> entries;
    /** Bumped on reload: edits made against an older copy do nothing, rather than corrupt the new one. */
    private int generation;

    SemanticCoreDocument(Texts texts, Brand loaded) {
        this.texts = texts;
        this.brandId = loaded.id();
        this.base = loaded;
        this.entries = new ArrayList<>(loaded.entries());
    }

    String brandId() {
        return brandId;
    }

    /** The brand as last loaded or saved. */
    Brand base() {
        return base;
    }

    List<KeywordEntry> entries() {
        return List.copyOf(entries);
    }

    Optional<KeywordEntry> entry(String entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    /** Whether the working copy differs from the brand last loaded or saved. */
    boolean differsFromBase() {
        return !entries.equals(base.entries());
    }

    static boolean isEditable(KeywordEntry entry) {
        return KeywordEntry.USER.equals(entry.origin()) || entry.origin().startsWith("import:");
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Replaces the working copy by what the registry holds now; earlier edits become inert. */
    void reload(Brand current) {
        base = current;
        entries = new ArrayList<>(current.entries());
        generation++;
        changed();
    }

    // ---- edits ------------------------------------------------------------------------------------------------

    /** Adds a person's entry of {@code type} at the end, with the brand's languages and exact matching. */
    Edit add(EntryType type, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(texts.get("entry.text.missing"));
        }
        KeywordEntry entry = new KeywordEntry(newId(value), type, value, base.languages(), MatchOptions.EXACT,
                Set.of(), "", List.of(), KeywordEntry.USER);
        return new Change(texts.format("edit.add", value), List.of(), List.of(new Slot(entries.size(), entry)));
    }

    Edit remove(List<KeywordEntry> removed) {
        List<Slot> before = new ArrayList<>();
        for (KeywordEntry entry : removed) {
            editable(entry);
            before.add(new Slot(indexOf(entry.id()), entry));
        }
        String label = removed.size() == 1 ? texts.format("edit.remove", removed.get(0).text())
                : texts.format("edit.removeMany", removed.size());
        return new Change(label, before, List.of());
    }

    Edit setText(KeywordEntry entry, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(texts.get("entry.text.missing"));
        }
        return replace(texts.format("edit.text", entry.text(), value), List.of(entry), e -> copy(e, e.type(), value,
                e.languages(), e.match(), e.note(), e.variants()));
    }

    Edit setType(List<KeywordEntry> changed, EntryType type) {
        return replace(texts.format("edit.type", texts.get("type." + type.group())), changed,
                e -> copy(e, type, e.text(), e.languages(), e.match(), e.note(), e.variants()));
    }

    Edit setMatch(KeywordEntry entry, MatchOptions match) {
        return replace(texts.format("edit.match", entry.text()), List.of(entry),
                e -> copy(e, e.type(), e.text(), e.languages(), match, e.note(), e.variants()));
    }

    /** Languages as typed: "en, ru"; checked on save, so a half-typed code is not lost. */
    Edit setLanguages(KeywordEntry entry, String typed) {
        List<String> codes = new ArrayList<>();
        for (String code : typed.split("[,; ]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toLowerCase(Locale.ROOT));
            }
        }
        return replace(texts.format("edit.languages", entry.text()), List.of(entry),
                e -> copy(e, e.type(), e.text(), codes, e.match(), e.note(), e.variants()));
    }

    Edit setNote(KeywordEntry entry, String note) {
        return replace(texts.format("edit.note", entry.text()), List.of(entry),
                e -> copy(e, e.type(), e.text(), e.languages(), e.match(), note.strip(), e.variants()));
    }

    /** Sets the status of a variant, or adds it as a person's own when the entry does not have it. */
    Edit setVariant(KeywordEntry entry, String variantText, VariantStatus status) {
        String value = variantText.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(texts.get("variant.text.missing"));
        }
        return replace(texts.format("edit.variant", value, texts.get("status." + status.name()
                .toLowerCase(Locale.ROOT))), List.of(entry), e -> {
                    List<Variant> variants = new ArrayList<>(e.variants());
                    boolean found = false;
                    for (int i = 0; i < variants.size(); i++) {
                        if (variants.get(i).text().equals(value)) {
                            variants.set(i, variants.get(i).withStatus(status));
                            found = true;
                        }
                    }
                    if (!found) {
                        variants.add(new Variant(value, Variant.MANUAL, texts.get("variant.manual.reason"), 1.0,
                                status));
                    }
                    return e.withVariants(variants);
                });
    }

    private Edit replace(String label, List<KeywordEntry> changed, java.util.function.UnaryOperator<KeywordEntry>
            change) {
        List<Slot> before = new ArrayList<>();
        List<Slot> after = new ArrayList<>();
        for (KeywordEntry entry : changed) {
            editable(entry);
            int index = indexOf(entry.id());
            KeywordEntry current = entries.get(index);
            before.add(new Slot(index, current));
            after.add(new Slot(index, change.apply(current)));
        }
        return new Change(label, before, after);
    }

    private static KeywordEntry copy(KeywordEntry e, EntryType type, String text, List<String> languages,
                                     MatchOptions match, String note, List<Variant> variants) {
        return new KeywordEntry(e.id(), type, text, languages, match, e.modules(), note, variants, e.origin());
    }

    private void editable(KeywordEntry entry) {
        if (!isEditable(entry)) {
            throw new IllegalArgumentException(texts.format("entry.fromPlugin", entry.origin()));
        }
    }

    private int indexOf(String entryId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entryId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no entry " + entryId + " in the working copy of " + brandId);
    }

    /** A readable id from the text, unique among the working copy and the saved brand (ids must stay stable). */
    private String newId(String text) {
        String stem = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "entry";
        }
        Set<String> taken = new HashSet<>();
        entries.forEach(entry -> taken.add(entry.id()));
        base.entries().forEach(entry -> taken.add(entry.id()));
        String id = stem;
        for (int n = 2; taken.contains(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private record Slot(int index, KeywordEntry entry) {
    }

    /**
     * Takes out the {@code before} entries and puts the {@code after} ones at their positions; revert does the
     * opposite. Adding, removing and changing entries are all this one exact operation.
     */
    private final class Change implements Edit {
        private final String label;
        private final List<Slot> before;
        private final List<Slot> after;
        private final int madeIn = generation;

        Change(String label, List<Slot> before, List<Slot> after) {
            this.label = label;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply() {
            swap(before, after);
        }

        @Override
        public void revert() {
            swap(after, before);
        }

        private void swap(List<Slot> out, List<Slot> in) {
            if (madeIn != generation) {
                return;
            }
            Set<String> ids = new HashSet<>();
            out.forEach(slot -> ids.add(slot.entry().id()));
            entries.removeIf(entry -> ids.contains(entry.id()));
            List<Slot> ordered = new ArrayList<>(in);
            ordered.sort(Comparator.comparingInt(Slot::index));
            for (Slot slot : ordered) {
                entries.add(Math.min(slot.index(), entries.size()), slot.entry());
            }
            changed();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    // ---- validation and saving --------------------------------------------------------------------------------

    /** Every mistake of the working copy, each naming the entry and what to do; empty when it can be saved. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, KeywordEntry> seen = new HashMap<>();
        Map<String, KeywordEntry> searchable = new HashMap<>();
        for (KeywordEntry entry : entries) {
            String name = texts.format("entry.named", entry.text(), texts.get("type." + entry.type().group()));
            String key = entry.type() + "\u0000" + entry.text().toLowerCase(Locale.ROOT);
            if (seen.putIfAbsent(key, entry) != null) {
                problems.add(texts.format("problem.duplicate", name));
            }
            if (entry.type().isSearchable()) {
                searchable.putIfAbsent(entry.text().toLowerCase(Locale.ROOT), entry);
            }
            for (String language : entry.languages()) {
                if (!language.matches("[a-z]{2}")) {
                    problems.add(texts.format("problem.language", name, language));
                }
            }
            Set<String> variantTexts = new HashSet<>();
            for (Variant variant : entry.variants()) {
                if (variant.text().equalsIgnoreCase(entry.text())) {
                    problems.add(texts.format("problem.variantIsText", name, variant.text()));
                } else if (!variantTexts.add(variant.text().toLowerCase(Locale.ROOT))) {
                    problems.add(texts.format("problem.variantTwice", name, variant.text()));
                }
            }
            for (String module : entry.modules()) {
                if (!MODULES.contains(module)) {
                    problems.add(texts.format("problem.module", name, module, String.join(", ", MODULES)));
                }
            }
        }
        for (KeywordEntry entry : entries) {
            KeywordEntry found = searchable.get(entry.text().toLowerCase(Locale.ROOT));
            if (entry.type() == EntryType.EXCLUSION && found != null) {
                problems.add(texts.format("problem.excludesItself", entry.text(),
                        texts.get("type." + found.type().group())));
            }
        }
        return problems;
    }

    /**
     * Writes the working copy to the registry in one save. The brand's other settings (name, channels, rules) are
     * taken from the registry as it is now, so changes made meanwhile in other views are kept.
     *
     * @throws RegistryException when the working copy has mistakes (all of them are listed) or cannot be written
     */
    Brand save(KeywordRegistry registry) throws RegistryException {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new RegistryException(texts.format("problem.notSaved", base.name(), String.join("\n", problems)));
        }
        Brand current = registry.brand(brandId).orElse(base);
        Brand saved = registry.save(current.withEntries(entries));
        base = saved;
        return saved;
    }
}
