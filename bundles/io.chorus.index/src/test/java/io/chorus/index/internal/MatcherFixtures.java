package io.chorus.index.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.VariantStatus;

/** A registry of fixed brands whose references resolve by a function, for matcher tests. */
final class MatcherFixtures {

    private MatcherFixtures() {
    }

    static final class FixedRegistry implements KeywordRegistry {
        private List<Brand> brands;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private final java.util.function.Function<Reference, Query> resolver;

        FixedRegistry(List<Brand> brands, java.util.function.Function<Reference, Query> resolver) {
            this.brands = brands;
            this.resolver = resolver;
        }

        void replace(List<Brand> newBrands) {
            brands = newBrands;
            listeners.forEach(Runnable::run);
        }

        @Override public List<Brand> brands() { return brands; }
        @Override public Optional<Brand> brand(String id) { return brands.stream().filter(b -> b.id().equals(id)).findFirst(); }
        @Override public Brand save(Brand brand) { throw new UnsupportedOperationException(); }
        @Override public void delete(String brandId) { throw new UnsupportedOperationException(); }
        @Override public Brand generateVariants(String brandId, String entryId, int budget) { throw new UnsupportedOperationException(); }
        @Override public Brand decide(String b, String e, String v, VariantStatus s) { throw new UnsupportedOperationException(); }
        @Override public Query resolve(Reference reference) throws UnknownReferenceException {
            if (brand(reference.brand()).isEmpty()) {
                throw new UnknownReferenceException("no brand " + reference.brand(), reference.span().start());
            }
            return resolver.apply(reference);
        }
        @Override public io.chorus.api.registry.ImportReport importFile(java.nio.file.Path file, boolean dryRun) { throw new UnsupportedOperationException(); }
        @Override public String export(io.chorus.api.registry.CoreFormat format) { throw new UnsupportedOperationException(); }
        @Override public void addChangeListener(Runnable listener) { listeners.add(listener); }
        @Override public void removeChangeListener(Runnable listener) { listeners.remove(listener); }
    }
}
