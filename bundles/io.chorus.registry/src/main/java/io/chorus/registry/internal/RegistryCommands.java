package io.chorus.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.platform.Channel;
import io.chorus.api.platform.Platform;
import io.chorus.api.platform.PlatformRegistry;
import io.chorus.api.query.Dialect;
import io.chorus.api.query.ExportResult;
import io.chorus.api.query.Query;
import io.chorus.api.query.QueryException;
import io.chorus.api.query.QueryLanguage;
import io.chorus.api.query.QuerySyntaxException;
import io.chorus.api.query.Span;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.CoreFormat;
import io.chorus.api.registry.ImportReport;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.KeywordRegistry;
import io.chorus.api.registry.RegistryException;
import io.chorus.api.registry.Rule;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;

/** The {@code registry:} shell commands, also behind {@code chorus registry ...} on the command line. */
@Component(service = RegistryCommands.class, property = {"osgi.command.scope=registry",
        "osgi.command.function=brands", "osgi.command.function=entries", "osgi.command.function=variants",
        "osgi.command.function=generate", "osgi.command.function=accept", "osgi.command.function=reject",
        "osgi.command.function=pin", "osgi.command.function=platforms", "osgi.command.function=channels",
        "osgi.command.function=import",
        "osgi.command.function=export", "osgi.command.function=queryCheck"})
public final class RegistryCommands {

    private final KeywordRegistryService registry;
    private final PlatformRegistryService platforms;
    private volatile QueryLanguage language;

    /**
     * Bound to this bundle's own services (the commands also report their problems, budget and generators), never to
     * another implementation a plugin might register.
     */
    @Activate
    public RegistryCommands(
            @Reference(target = "(component.name=io.chorus.registry.internal.KeywordRegistryService)")
            KeywordRegistry registry,
            @Reference(target = "(component.name=io.chorus.registry.internal.PlatformRegistryService)")
            PlatformRegistry platforms) {
        this.registry = (KeywordRegistryService) registry;
        this.platforms = (PlatformRegistryService) platforms;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void setLanguage(QueryLanguage language) {
        this.language = language;
    }

    void unsetLanguage(QueryLanguage language) {
        if (this.language == language) {
            this.language = null;
        }
    }

    private QueryLanguage language() {
        QueryLanguage current = language;
        if (current == null) {
            throw new IllegalStateException("the query language is not running; check the bundle io.chorus.query"
                    + " with chorus:bundles");
        }
        return current;
    }

    @Descriptor("Lists the brands of the semantic core with their entries and reviewed variants")
    public String brands() {
        Table table = new Table("ID", "NAME", "ROLE", "ENTRIES", "VARIANTS USED", "SUGGESTED", "LANGUAGES");
        for (Brand brand : registry.brands()) {
            long used = brand.entries().stream().flatMap(e -> e.variants().stream())
                    .filter(v -> v.status().isUsed()).count();
            long suggested = brand.entries().stream().flatMap(e -> e.variants().stream())
                    .filter(v -> v.status() == VariantStatus.SUGGESTED).count();
            table.row(brand.id(), brand.name(), brand.role().name().toLowerCase(Locale.ROOT), brand.entries().size(),
                    used, suggested, String.join(",", brand.languages()));
        }
        return table + problems();
    }

    private String problems() {
        List<String> problems = new ArrayList<>(registry.problems());
        problems.addAll(platforms.problems());
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nFiles that could not be read (their brands are left out):\n");
        problems.forEach(problem -> text.append("  ").append(problem).append('\n'));
        return text.toString();
    }

    @Descriptor("Lists the entries of a brand")
    public String entries(@Descriptor("brand id") String brandId) throws RegistryException {
        Brand brand = brand(brandId);
        Table table = new Table("ID", "TYPE", "TEXT", "MATCH", "LANGUAGES", "MODULES", "VARIANTS", "ORIGIN");
        for (KeywordEntry entry : brand.entries()) {
            table.row(entry.id(), entry.type().group(), entry.text(), match(entry), String.join(",", entry.languages()),
                    String.join(",", entry.modules().stream().sorted().toList()),
                    entry.variants().stream().filter(v -> v.status().isUsed()).count() + " used, "
                            + entry.variants().stream().filter(v -> v.status() == VariantStatus.SUGGESTED).count()
                            + " suggested", entry.origin());
        }
        return table.toString();
    }

    private static String match(KeywordEntry entry) {
        return switch (entry.match().mode()) {
            case FUZZY -> "fuzzy:" + entry.match().maxEdits();
            default -> entry.match().mode().name().toLowerCase(Locale.ROOT);
        };
    }

    @Descriptor("Shows the variants of an entry, most likely first: brand/entry")
    public String variants(@Descriptor("brand/entry, for example acme/acme") String entry) throws RegistryException {
        String[] at = split(entry);
        KeywordEntry found = brand(at[0]).entry(at[1]).orElseThrow(() -> unknownEntry(at[0], at[1]));
        Table table = new Table("STATUS", "LIKELIHOOD", "TEXT", "GENERATOR", "REASON");
        List<Variant> variants = new ArrayList<>(found.variants());
        variants.sort((a, b) -> Double.compare(b.likelihood(), a.likelihood()));
        for (Variant variant : variants) {
            table.row(variant.status().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.2f",
                    variant.likelihood()), variant.text(), variant.generator(), variant.reason());
        }
        return found.text() + " (" + found.type().group() + ", " + match(found) + ")\n" + table;
    }

    @Descriptor("Proposes variants for every entry of a brand, or for one entry (brand/entry)")
    public String generate(@Parameter(names = "--budget", absentValue = "0") int budget,
                           @Descriptor("brand id, or brand/entry") String target) throws RegistryException {
        String[] at = target.contains("/") ? split(target) : new String[] {target, null};
        int effective = budget > 0 ? budget : registry.defaultBudget();
        if (registry.generatorNames().isEmpty()) {
            throw new IllegalStateException("no variant generator is running; check the bundle"
                    + " io.chorus.registry.variants with chorus:bundles");
        }
        Brand brand = registry.generateVariants(at[0], at[1], effective);
        long suggested = brand.entries().stream().filter(e -> at[1] == null || e.id().equals(at[1]))
                .flatMap(e -> e.variants().stream()).filter(v -> v.status() == VariantStatus.SUGGESTED).count();
        return suggested + " variants suggested for " + (at[1] == null ? "the entries of " + brand.id() : target)
                + " (budget " + effective + " per entry, generators: " + String.join(", ", registry.generatorNames())
                + "). Review them with registry:variants and registry:accept, reject or pin.";
    }

    @Descriptor("Accepts a variant: it is matched like the entry (a new text becomes a manual variant)")
    public String accept(@Descriptor("brand/entry") String entry, @Descriptor("variant text") String text)
            throws RegistryException {
        return decide(entry, text, VariantStatus.ACCEPTED);
    }

    @Descriptor("Rejects a variant: never matched, never suggested again")
    public String reject(@Descriptor("brand/entry") String entry, @Descriptor("variant text") String text)
            throws RegistryException {
        return decide(entry, text, VariantStatus.REJECTED);
    }

    @Descriptor("Pins a variant: accepted, and kept whatever the budget")
    public String pin(@Descriptor("brand/entry") String entry, @Descriptor("variant text") String text)
            throws RegistryException {
        return decide(entry, text, VariantStatus.PINNED);
    }

    private String decide(String entry, String text, VariantStatus status) throws RegistryException {
        String[] at = split(entry);
        registry.decide(at[0], at[1], text, status);
        return "\"" + text + "\" is " + status.name().toLowerCase(Locale.ROOT) + " for " + entry + ".";
    }

    @Descriptor("Lists the platforms: built in, from connectors and defined in the workspace")
    public String platforms() {
        Table table = new Table("ID", "NAME", "KIND", "REGIONS", "CAN", "MAX LENGTH", "ORIGIN");
        for (Platform platform : platforms.platforms()) {
            table.row(platform.id(), platform.name(), platform.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    String.join(",", platform.regions()), String.join(",", platform.capabilities().stream()
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList()),
                    platform.maxPostLength() == 0 ? "" : platform.maxPostLength(), platform.origin());
        }
        return table.toString();
    }

    /** The widest a disclosure is shown in {@link #channels}, in columns. */
    static final int DISCLOSURE_COLUMNS = 40;

    @Descriptor("Lists the channels of a brand: its official accounts and personas on platforms")
    public String channels(@Descriptor("brand id") String brandId) throws RegistryException {
        Brand brand = brand(brandId);
        if (brand.channels().isEmpty()) {
            return brand.name() + " (@" + brand.id() + ") has no channels yet. Add them in the Channels view of the"
                    + " Setup perspective, or under \"channels\" in registry/brands/" + brand.id() + ".json.";
        }
        Table table = new Table("ID", "PLATFORM", "KIND", "HANDLE", "DISCLOSURE", "TIME ZONE");
        for (Channel channel : brand.channels()) {
            table.row(channel.id(), platforms.platform(channel.platformId()).isPresent() ? channel.platformId()
                            : channel.platformId() + " (not installed)", channel.kind().name().toLowerCase(Locale.ROOT),
                    channel.handle(), cut(channel.disclosure().strip().replaceAll("\\s*\\R\\s*", " "),
                            DISCLOSURE_COLUMNS), channel.timeZone().isEmpty() ? "default" : channel.timeZone());
        }
        return table.toString();
    }

    /** The text, cut to at most {@code columns} columns with an ellipsis when longer (wide characters count two). */
    static String cut(String text, int columns) {
        if (Table.width(text) <= columns) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length();) {
            String next = new String(Character.toChars(text.codePointAt(i)));
            if (width + Table.width(next) > columns - 1) {
                break;
            }
            kept.append(next);
            width += Table.width(next);
            i += next.length();
        }
        return kept.toString().stripTrailing() + "\u2026";
    }

    @Descriptor("Imports a semantic core from a CSV or JSON file; nothing changes when a line is wrong")
    public String _import(@Parameter(names = "--dry-run", presentValue = "true", absentValue = "false")
                          boolean dryRun, @Descriptor("the file (.csv or .json)") String file)
            throws RegistryException {
        Path path = Path.of(file).toAbsolutePath();
        ImportReport report = registry.importFile(path, dryRun);
        if (!report.problems().isEmpty()) {
            report.problems().forEach(System.out::println);
            throw new IllegalArgumentException(report.problems().size() + (report.problems().size() == 1
                    ? " mistake" : " mistakes") + " in " + path.getFileName() + "; nothing was imported");
        }
        return (dryRun ? "Dry run: importing " + path.getFileName() + " would leave " : "Imported "
                + path.getFileName() + ": ") + report.summary() + ".";
    }

    @Descriptor("Exports the semantic cores (--format json or csv, --output FILE), or with a dialect (brandwatch,"
            + " talkwalker, youscan, awario, google-alerts) each brand's query and rules in that tool's language")
    public String export(@Parameter(names = "--format", absentValue = "json") String format,
                         @Parameter(names = "--output", absentValue = "") String output,
                         @Descriptor("dialect (optional)") String... dialect) throws IOException, QueryException {
        String text;
        if (dialect.length == 0) {
            text = switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> registry.export(CoreFormat.JSON);
                case "csv" -> registry.export(CoreFormat.CSV);
                default -> throw new IllegalArgumentException("--format is json or csv, not " + format);
            };
        } else {
            text = exportQueries(dialectOf(dialect[0]));
        }
        if (output.isEmpty()) {
            return text;
        }
        AtomicFiles.writeString(Path.of(output).toAbsolutePath(), text);
        return "Wrote " + Path.of(output).toAbsolutePath();
    }

    private static Dialect dialectOf(String name) {
        String wanted = name.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Dialect dialect : Dialect.values()) {
            if (dialect.name().equals(wanted)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect \"" + name + "\"; dialects: brandwatch, talkwalker,"
                + " youscan, awario, google-alerts");
    }

    private String exportQueries(Dialect dialect) throws QueryException {
        StringBuilder text = new StringBuilder();
        for (Brand brand : registry.brands()) {
            text.append("# ").append(brand.name()).append(" (@").append(brand.id()).append(")\n");
            appendExport(text, new io.chorus.api.query.Reference(brand.id(), null, Span.NONE), dialect);
            for (Rule rule : brand.rules()) {
                text.append("# rule ").append(rule.id()).append(": ").append(rule.name()).append('\n');
                appendExport(text, language().parse(rule.query()), dialect);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void appendExport(StringBuilder text, Query query, Dialect dialect) {
        try {
            ExportResult result = language().export(language().expand(query, registry::resolve), dialect);
            text.append(result.text()).append('\n');
            result.unsupported().forEach(note -> text.append("#   not expressible: ").append(note).append('\n'));
        } catch (QueryException e) {
            text.append("#   cannot be exported: ").append(e.getMessage()).append('\n');
        }
    }

    @Descriptor("Checks a query: syntax, references, its expanded form, and what each dialect can express")
    public String queryCheck(@Descriptor("the query, in quotes") String query) {
        StringBuilder report = new StringBuilder();
        Query parsed;
        try {
            parsed = language().parse(query);
        } catch (QuerySyntaxException e) {
            throw new IllegalArgumentException(pointAt(query, e));
        }
        report.append("query:    ").append(language().format(parsed)).append('\n');
        Query expanded;
        try {
            expanded = language().expand(parsed, registry::resolve);
        } catch (QueryException e) {
            throw new IllegalArgumentException(pointAt(query, e));
        }
        report.append("expanded: ").append(language().format(expanded)).append('\n');
        for (Dialect dialect : Dialect.values()) {
            ExportResult result = language().export(expanded, dialect);
            report.append(String.format(Locale.ROOT, "%-14s %s%n", dialect.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + ":", result.isComplete() ? "complete"
                    : "partial: " + String.join("; ", result.unsupported())));
        }
        return report.toString();
    }

    /** The message, with the query and a caret under the place. */
    static String pointAt(String query, QueryException e) {
        if (e.position() < 0) {
            return e.getMessage();
        }
        return e.getMessage() + "\n  " + query + "\n  " + " ".repeat(Math.min(e.position(), query.length())) + "^";
    }

    private Brand brand(String brandId) throws RegistryException {
        Optional<Brand> brand = registry.brand(brandId);
        if (brand.isEmpty()) {
            throw new RegistryException("there is no brand \"" + brandId + "\"; brands: " + String.join(", ",
                    registry.brands().stream().map(Brand::id).toList()));
        }
        return brand.get();
    }

    private RegistryException unknownEntry(String brandId, String entryId) {
        return new RegistryException("brand " + brandId + " has no entry \"" + entryId + "\"; see registry:entries "
                + brandId);
    }

    private static String[] split(String entry) {
        int slash = entry.indexOf('/');
        if (slash <= 0 || slash == entry.length() - 1) {
            throw new IllegalArgumentException("name the entry as brand/entry, for example acme/acme; see"
                    + " registry:entries <brand> for the entry ids");
        }
        return new String[] {entry.substring(0, slash), entry.substring(slash + 1)};
    }
}
