package io.chorus.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordProvider;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.store.BrandStore;

/** Small real implementations of the registry's plugin interfaces, and brands to feed them. */
final class RegistryFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private RegistryFixtures() {
    }

    static KeywordRegistryService registry(Path workspace, RecordedLog log, int budget) {
        return new KeywordRegistryService(new BrandStore(workspace, CLOCK), log.logger, budget);
    }

    static KeywordEntry entry(String id, EntryType type, String text, Variant... variants) {
        return new KeywordEntry(id, type, text, List.of(), MatchOptions.EXACT, Set.of(), "", List.of(variants),
                KeywordEntry.USER);
    }

    static Brand brand(String id, String name, BrandRole role, KeywordEntry... entries) {
        return new Brand(id, name, role, List.of("en"), List.of(entries), List.of(), List.of(), "");
    }

    static Brand acme() {
        return brand("acme", "Acme Robotics", BrandRole.OWN, entry("acme", EntryType.BRAND_NAME, "Acme"),
                entry("robovac", EntryType.PRODUCT, "RoboVac"));
    }

    /**
     * Proposes the text with each letter doubled in turn, likelihood 0.5, 0.49, 0.48 ...: deterministic, so budgets
     * and ranking can be checked exactly.
     */
    static final class SpellingGenerator implements VariantGenerator {
        @Override
        public String name() {
            return "spelling";
        }

        @Override
        public List<Variant> generate(KeywordEntry entry, int limit) {
            List<Variant> variants = new ArrayList<>();
            String text = entry.text();
            for (int i = 0; i < text.length() && variants.size() < limit; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    variants.add(new Variant(text.substring(0, i + 1) + text.substring(i), name(),
                            "'" + text.charAt(i) + "' doubled", Math.max(1, 50 - i) / 100.0, VariantStatus.SUGGESTED));
                }
            }
            return variants;
        }
    }

    /** Proposes the text in lower case, which matching (ignoring case) already covers. */
    static final class LowerCaseGenerator implements VariantGenerator {
        @Override
        public String name() {
            return "lower-case";
        }

        @Override
        public List<Variant> generate(KeywordEntry entry, int limit) {
            String lower = entry.text().toLowerCase(Locale.ROOT);
            return lower.equals(entry.text()) || limit == 0 ? List.of()
                    : List.of(new Variant(lower, name(), "written in lower case", 0.9, VariantStatus.SUGGESTED));
        }
    }

    /** A generator with a bug: it throws for every entry. */
    static final class BrokenGenerator implements VariantGenerator {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public List<Variant> generate(KeywordEntry entry, int limit) {
            throw new IllegalStateException("index out of range");
        }
    }

    /** A plugin's catalogue of brands, changed by the test as a CRM sync would. */
    static final class CatalogueProvider implements KeywordProvider {
        private final String id;
        private volatile List<Brand> brands;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        CatalogueProvider(String id, Brand... brands) {
            this.id = id;
            this.brands = List.of(brands);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Collection<Brand> brands() {
            return brands;
        }

        void publish(Brand... newBrands) {
            brands = List.of(newBrands);
            listeners.forEach(Runnable::run);
        }

        int listenerCount() {
            return listeners.size();
        }

        @Override
        public void addChangeListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeChangeListener(Runnable listener) {
            listeners.remove(listener);
        }
    }

    /** A provider whose backend is down. */
    static final class UnreachableProvider implements KeywordProvider {
        @Override
        public String id() {
            return "crm-offline";
        }

        @Override
        public Collection<Brand> brands() {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void addChangeListener(Runnable listener) {
        }

        @Override
        public void removeChangeListener(Runnable listener) {
        }
    }
}
