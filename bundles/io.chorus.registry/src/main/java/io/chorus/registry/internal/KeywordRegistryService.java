package io.chorus.registry.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.chorus.api.query.Query;
import io.chorus.api.query.UnknownReferenceException;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.CoreFormat;
import io.chorus.api.registry.ImportReport;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordProvider;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantGenerator;
import io.chorus.api.registry.VariantStatus;
import io.chorus.api.runtime.ChorusRuntime;
import io.chorus.registry.internal.store.BrandStore;
import io.chorus.registry.internal.store.EntryIds;
import io.chorus.registry.internal.store.FileFormatException;
import io.chorus.registry.internal.transfer.SemanticCoreTransfer;

/**
 * The keyword registry of the workspace: managed brands from {@link BrandStore}, merged with what
 * {@link KeywordProvider} services contribute. Nothing is read at activation; the first question reads the files.
 */
@Component(service = KeywordRegistry.class, configurationPid = KeywordRegistryService.PID)
@Designate(ocd = KeywordRegistryService.Settings.class)
public final class KeywordRegistryService implements KeywordRegistry {

    static final String PID = "io.chorus.registry";

    @ObjectClassDefinition(name = "Semantic core", description = "How Chorus proposes spelling variants")
    public @interface Settings {
        @AttributeDefinition(name = "Variant budget", description = "How many suggested and accepted variants an"
                + " entry gets at most (pinned variants come on top)", min = "0", max = "500")
        int variantBudget() default 20;
    }

    private final BrandStore store;
    private final Logger logger;
    private final int defaultBudget;
    private final List<VariantGenerator> generators = new CopyOnWriteArrayList<>();
    private final List<KeywordProvider> providers = new CopyOnWriteArrayList<>();
    private final ChangeListeners listeners = new ChangeListeners("the keyword registry");
    private final Runnable providerChanged = this::changed;

    @Activate
    public KeywordRegistryService(@Reference ChorusRuntime runtime,
                                  @Reference(service = LoggerFactory.class) Logger logger, Settings settings) {
        this(new BrandStore(runtime.workspace().root(), Clock.systemUTC()), logger, settings.variantBudget());
        if (runtime.workspace().demo()) {
            DemoCore.seed(runtime.workspace().root(), this, logger);
        }
    }

    /** Public for the tests and benchmarks of other bundles; this package is not exported. */
    public KeywordRegistryService(BrandStore store, Logger logger, int defaultBudget) {
        this.store = store;
        this.logger = logger;
        this.defaultBudget = defaultBudget;
    }

    /** The budget people get when they do not say one. */
    public int defaultBudget() {
        return defaultBudget;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addGenerator(VariantGenerator generator) {
        generators.add(generator);
    }

    void removeGenerator(VariantGenerator generator) {
        generators.remove(generator);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(KeywordProvider provider) {
        providers.add(provider);
        provider.addChangeListener(providerChanged);
        changed();
    }

    void removeProvider(KeywordProvider provider) {
        providers.remove(provider);
        provider.removeChangeListener(providerChanged);
        changed();
    }

    /** The generators present now, by name. */
    public List<String> generatorNames() {
        return generators.stream().map(VariantGenerator::name).sorted().toList();
    }

    /** Brand files that could not be read, in words with file, line and field. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        store.problems().forEach(problem -> problems.add(problem.describe()));
        try {
            store.providedVariants();
        } catch (FileFormatException e) {
            problems.add(e.describe());
        }
        return problems;
    }

    @Override
    public List<Brand> brands() {
        Map<String, Brand> merged = new LinkedHashMap<>(store.brands());
        Map<String, Map<String, List<Variant>>> reviewed = providedVariantsOrEmpty();
        for (KeywordProvider provider : providers) {
            for (Brand provided : safeBrands(provider)) {
                Brand own = merged.get(provided.id());
                List<KeywordEntry> entries = new ArrayList<>(own == null ? List.of() : own.entries());
                List<String> ids = entries.stream().map(KeywordEntry::id).toList();
                for (KeywordEntry entry : provided.entries()) {
                    String id = ids.contains(entry.id()) ? provider.id() + ":" + entry.id() : entry.id();
                    List<Variant> variants = reviewed.getOrDefault(provided.id(), Map.of()).get(id);
                    entries.add(new KeywordEntry(id, entry.type(), entry.text(), entry.languages(), entry.match(),
                            entry.modules(), entry.note(), variants == null ? entry.variants() : variants,
                            provider.id()));
                }
                merged.put(provided.id(), own == null ? provided.withEntries(entries) : own.withEntries(entries));
            }
        }
        List<Brand> sorted = new ArrayList<>(merged.values());
        sorted.sort(Comparator.comparing((Brand brand) -> brand.role() == BrandRole.COMPETITOR)
                .thenComparing(brand -> brand.name().toLowerCase(java.util.Locale.ROOT)));
        return sorted;
    }

    private Map<String, Map<String, List<Variant>>> providedVariantsOrEmpty() {
        try {
            return store.providedVariants();
        } catch (FileFormatException e) {
            logger.error("{}; variants reviewed for entries of plugins are ignored until the file is fixed",
                    e.describe());
            return Map.of();
        }
    }

    private List<Brand> safeBrands(KeywordProvider provider) {
        try {
            return List.copyOf(provider.brands());
        } catch (RuntimeException e) {
            logger.error("The keyword provider {} failed and is left out: {}", provider.id(), e.toString(), e);
            return List.of();
        }
    }

    @Override
    public Optional<Brand> brand(String brandId) {
        return brands().stream().filter(brand -> brand.id().equals(brandId)).findFirst();
    }

    @Override
    public synchronized Brand save(Brand brand) throws RegistryException {
        List<KeywordEntry> own = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        brand.entries().forEach(entry -> taken.add(entry.id()));
        for (KeywordEntry entry : brand.entries()) {
            if (!KeywordEntry.USER.equals(entry.origin()) && !entry.origin().startsWith("import:")) {
                continue;
            }
            if (entry.id().isBlank()) {
                String id = EntryIds.unique(entry.text(), taken);
                taken.add(id);
                entry = new KeywordEntry(id, entry.type(), entry.text(), entry.languages(), entry.match(),
                        entry.modules(), entry.note(), entry.variants(), entry.origin());
            }
            own.add(entry);
        }
        Brand managed = brand.withEntries(own);
        try {
            store.save(managed);
        } catch (FileFormatException e) {
            throw new RegistryException(e.describe());
        } catch (IOException e) {
            throw new RegistryException("cannot save brand " + brand.id() + " in " + store.folder() + ": "
                    + e.getMessage(), e);
        }
        changed();
        return brand(brand.id()).orElse(managed);
    }

    @Override
    public synchronized void delete(String brandId) throws RegistryException {
        try {
            if (!store.delete(brandId)) {
                throw new RegistryException("there is no brand \"" + brandId + "\" in " + store.folder()
                        + (brand(brandId).isPresent() ? "; it comes from a plugin, which Chorus cannot delete" : ""));
            }
        } catch (IOException e) {
            throw new RegistryException("cannot delete brand " + brandId + ": " + e.getMessage(), e);
        }
        changed();
    }

    @Override
    public synchronized Brand generateVariants(String brandId, String entryId, int budget) throws RegistryException {
        Brand brand = brand(brandId).orElseThrow(() -> unknownBrand(brandId));
        if (entryId != null && brand.entry(entryId).isEmpty()) {
            throw unknownEntry(brand, entryId);
        }
        Map<String, List<Variant>> updated = new LinkedHashMap<>();
        for (KeywordEntry entry : brand.entries()) {
            if (entryId == null || entry.id().equals(entryId)) {
                List<Variant> suggestions = new ArrayList<>();
                // Decided variants are dropped from the suggestions afterwards: ask for enough to fill the budget.
                int limit = budget + (int) entry.variants().stream().filter(v -> v.status().isDecided()).count();
                for (VariantGenerator generator : generators) {
                    try {
                        suggestions.addAll(generator.generate(entry, limit));
                    } catch (RuntimeException e) {
                        logger.error("The variant generator {} failed on \"{}\" and is skipped: {}", generator.name(),
                                entry.text(), e.toString(), e);
                    }
                }
                updated.put(entry.id(), VariantReview.merge(entry, suggestions, budget));
            }
        }
        return apply(brand, updated);
    }

    @Override
    public synchronized Brand decide(String brandId, String entryId, String variantText, VariantStatus status)
            throws RegistryException {
        Brand brand = brand(brandId).orElseThrow(() -> unknownBrand(brandId));
        KeywordEntry entry = brand.entry(entryId).orElseThrow(() -> unknownEntry(brand, entryId));
        if (variantText == null || variantText.isBlank()) {
            throw new RegistryException("a variant needs text");
        }
        if (VariantReview.key(variantText).equals(VariantReview.key(entry.text()))) {
            throw new RegistryException("\"" + variantText + "\" is the entry itself, not a variant");
        }
        return apply(brand, Map.of(entryId, VariantReview.decide(entry, variantText, status)));
    }

    /** Saves new variants: into the brand file for managed entries, beside it for plugins' entries. */
    private Brand apply(Brand brand, Map<String, List<Variant>> variants) throws RegistryException {
        List<KeywordEntry> entries = new ArrayList<>();
        Map<String, Map<String, List<Variant>>> provided = new LinkedHashMap<>(providedVariantsOrEmpty());
        boolean providedChanged = false;
        for (KeywordEntry entry : brand.entries()) {
            List<Variant> changed = variants.get(entry.id());
            if (changed == null) {
                entries.add(entry);
            } else if (isManaged(entry)) {
                entries.add(entry.withVariants(changed));
            } else {
                Map<String, List<Variant>> forBrand = new LinkedHashMap<>(provided.getOrDefault(brand.id(), Map.of()));
                forBrand.put(entry.id(), changed);
                provided.put(brand.id(), forBrand);
                providedChanged = true;
                entries.add(entry.withVariants(changed));
            }
        }
        try {
            if (providedChanged) {
                store.saveProvidedVariants(provided);
            }
            if (store.brands().containsKey(brand.id())) {
                store.save(brand.withEntries(entries.stream().filter(this::isManaged).toList()));
            }
        } catch (IOException e) {
            throw new RegistryException("cannot save the variants of " + brand.id() + ": " + e.getMessage(), e);
        } catch (FileFormatException e) {
            throw new RegistryException(e.describe());
        }
        changed();
        return brand(brand.id()).orElse(brand.withEntries(entries));
    }

    private boolean isManaged(KeywordEntry entry) {
        return KeywordEntry.USER.equals(entry.origin()) || entry.origin().startsWith("import:");
    }

    @Override
    public Query resolve(io.chorus.api.query.Reference reference) throws UnknownReferenceException {
        List<Brand> all = brands();
        return BrandQueries.resolve(reference,
                all.stream().filter(brand -> brand.id().equals(reference.brand())).findFirst(),
                all.stream().map(Brand::id).toList());
    }

    private RegistryException unknownBrand(String brandId) {
        return new RegistryException("there is no brand \"" + brandId + "\"; brands: "
                + String.join(", ", brands().stream().map(Brand::id).toList()));
    }

    private static RegistryException unknownEntry(Brand brand, String entryId) {
        return new RegistryException("brand " + brand.id() + " has no entry \"" + entryId + "\"; entries: "
                + String.join(", ", brand.entries().stream().map(KeywordEntry::id).toList()));
    }

    @Override
    public synchronized ImportReport importFile(Path file, boolean dryRun) throws RegistryException {
        Path path = file.toAbsolutePath();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RegistryException("no such file: " + path);
        } catch (IOException e) {
            throw new RegistryException("cannot read " + path + ": " + e.getMessage(), e);
        }
        SemanticCoreTransfer.ImportPlan plan = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".json") ? SemanticCoreTransfer.importJson(path, text, brands())
                        : SemanticCoreTransfer.importCsv(path, text, brands());
        // All or nothing: a brand whose file is broken cannot be saved, so check every brand before saving any.
        List<String> problems = new ArrayList<>(plan.problems());
        for (Brand brand : plan.brands()) {
            try {
                store.checkWritable(brand.id());
            } catch (FileFormatException e) {
                problems.add(e.describe());
            }
        }
        boolean apply = problems.isEmpty() && !dryRun;
        if (apply) {
            for (Brand brand : plan.brands()) {
                save(brand);
            }
        }
        return new ImportReport(plan.added(), plan.updated(), plan.brandsCreated(), problems, apply);
    }

    @Override
    public String export(CoreFormat format) {
        return format == CoreFormat.CSV ? SemanticCoreTransfer.exportCsv(brands())
                : SemanticCoreTransfer.exportJson(brands());
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.fire(logger);
    }
}
