package io.chorus.api.registry;

import java.util.List;
import java.util.Optional;

import io.chorus.api.query.Query;
import io.chorus.api.query.Reference;
import io.chorus.api.query.UnknownReferenceException;

/**
 * The semantic cores of the workspace: brands people manage, merged with what plugins provide. Edits apply to the
 * managed brands and are saved at once; a brand or entry from a plugin is read-only, but people can still review its
 * variants.
 */
@org.osgi.annotation.versioning.ProviderType
public interface KeywordRegistry {

    /** Every brand, own brands first, then competitors, each by name. */
    List<Brand> brands();

    /** The brand with this id. */
    Optional<Brand> brand(String brandId);

    /**
     * Creates or replaces a managed brand, and saves it. Entries with an empty id get a readable one made from their
     * text; entries that come from plugins are not saved (they stay the plugin's).
     */
    Brand save(Brand brand) throws RegistryException;

    /** Deletes a managed brand. Entries plugins provide for it stay. */
    void delete(String brandId) throws RegistryException;

    /**
     * Runs the variant generators for one entry (or, with a null entry id, every entry of the brand) and keeps at
     * most {@code budget} suggestions per entry, most likely first. Decisions stand: accepted, rejected and pinned
     * variants are kept as they are, and a rejected variant is never suggested again.
     */
    Brand generateVariants(String brandId, String entryId, int budget) throws RegistryException;

    /** Records a decision about a variant of an entry (a person's own variant is added as {@code manual}). */
    Brand decide(String brandId, String entryId, String variantText, VariantStatus status) throws RegistryException;

    /**
     * What a query reference stands for: {@code @acme} is every mention of the brand: its names and aliases with a
     * context word if the brand has any, or any of its products, people, addresses, trademarks and hashtags (each
     * with its used variants), and not with an exclusion; {@code @acme.products} is every product entry with its
     * variants.
     */
    Query resolve(Reference reference) throws UnknownReferenceException;

    /**
     * Imports a semantic core from a CSV or JSON file (by its extension). All or nothing: when any row is wrong,
     * nothing changes and the report lists every mistake with its line. Rows update the entry of the same brand,
     * type and text, or add one; brands that do not exist are created.
     *
     * @param dryRun report what would change without changing anything
     */
    ImportReport importFile(java.nio.file.Path file, boolean dryRun) throws RegistryException;

    /** Every brand of the workspace in a file format, for spreadsheets and other tools. */
    String export(CoreFormat format);

    /** Registers a callback for any change of the registry. */
    void addChangeListener(Runnable listener);

    /** Removes a callback. */
    void removeChangeListener(Runnable listener);
}
