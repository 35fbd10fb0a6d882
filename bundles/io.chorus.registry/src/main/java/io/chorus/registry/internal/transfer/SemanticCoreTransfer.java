package io.chorus.registry.internal.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.chorus.api.registry.Brand;
import io.chorus.api.registry.BrandRole;
import io.chorus.api.registry.EntryType;
import io.chorus.api.registry.KeywordEntry;
import io.chorus.api.registry.MatchMode;
import io.chorus.api.registry.MatchOptions;
import io.chorus.api.registry.Variant;
import io.chorus.api.registry.VariantStatus;
import io.chorus.registry.internal.store.BrandFormat;
import io.chorus.registry.internal.store.EntryIds;
import io.chorus.registry.internal.store.FileFormatException;
import io.chorus.registry.internal.store.JsonDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Semantic cores in and out of Chorus, as agencies keep them: CSV (one entry per row) and JSON (the brand files).
 *
 * <p>CSV columns, in any order, names ignoring case: {@code brand} and {@code type} and {@code text} (required),
 * {@code brand_name}, {@code role} (own, competitor), {@code languages} and {@code modules} (separated by ';' or
 * ','), {@code match} (exact, stemmed, fuzzy, fuzzy:2), {@code note}, {@code variants} (accepted spellings,
 * separated by ';'; a ';' inside a spelling is written "\\;").
 *
 * <p>Importing is all or nothing: every row is checked first, and one mistake means no change, with every mistake
 * listed by line. Rows update the entry of the same brand, type and text, or add one.
 */
public final class SemanticCoreTransfer {

    static final List<String> COLUMNS = List.of("brand", "brand_name", "role", "type", "text", "languages", "match",
            "modules", "note", "variants");

    /** What an import would do, or did. */
    public record ImportPlan(List<Brand> brands, int added, int updated, int brandsCreated, List<String> problems) {

        public ImportPlan {
            brands = List.copyOf(brands);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private SemanticCoreTransfer() {
    }

    // ---- CSV ----------------------------------------------------------------------------------------------

    public static ImportPlan importCsv(Path file, String text, List<Brand> existing) {
        List<String> problems = new ArrayList<>();
        List<CsvTable.Row> rows;
        try {
            rows = CsvTable.parse(text);
        } catch (CsvTable.CsvException e) {
            return new ImportPlan(List.of(), 0, 0, 0, List.of(file + ":" + e.line() + ": " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            return new ImportPlan(List.of(), 0, 0, 0, List.of(file + ": the file is empty; the first line names the"
                    + " columns: " + String.join(",", COLUMNS)));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!COLUMNS.contains(name)) {
                problems.add(file + ":1: unknown column \"" + header.get(i).strip() + "\"; columns are "
                        + String.join(", ", COLUMNS));
            }
            columns.put(name, i);
        }
        for (String required : List.of("brand", "type", "text")) {
            if (!columns.containsKey(required)) {
                problems.add(file + ":1: the column \"" + required + "\" is missing");
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPlan(List.of(), 0, 0, 0, problems);
        }
        Merge merge = new Merge(existing, "import:" + file.getFileName());
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            String where = file + ":" + row.line() + ": ";
            // Cells past the header are most often a cell with an unquoted separator, cut in two: never drop them.
            if (row.cells().subList(Math.min(header.size(), row.cells().size()), row.cells().size()).stream()
                    .anyMatch(extra -> !extra.isBlank())) {
                problems.add(where + row.cells().size() + " cells, but the header names " + header.size()
                        + " columns; put a cell that contains the separator in quotes (\"Acme, Inc.\")");
                continue;
            }
            try {
                merge.add(brandOf(row, columns), cell(row, columns, "brand_name"), roleOf(row, columns),
                        entryOf(row, columns));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            }
        }
        return merge.plan(problems);
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    private static String brandOf(CsvTable.Row row, Map<String, Integer> columns) {
        String brand = cell(row, columns, "brand").toLowerCase(Locale.ROOT);
        if (brand.isEmpty()) {
            throw new IllegalArgumentException("the brand is empty");
        }
        if (!brand.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("brand \"" + brand + "\" is not a brand id: use lower-case letters,"
                    + " digits, '-' and '_' (put the display name in the column brand_name)");
        }
        return brand;
    }

    private static BrandRole roleOf(CsvTable.Row row, Map<String, Integer> columns) {
        String role = cell(row, columns, "role").toLowerCase(Locale.ROOT);
        return switch (role) {
            case "", "own", "brand" -> BrandRole.OWN;
            case "competitor" -> BrandRole.COMPETITOR;
            default -> throw new IllegalArgumentException("role \"" + role + "\" is not own or competitor");
        };
    }

    private static KeywordEntry entryOf(CsvTable.Row row, Map<String, Integer> columns) {
        String text = cell(row, columns, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the text is empty");
        }
        String typeName = cell(row, columns, "type").toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        EntryType type = null;
        for (EntryType candidate : EntryType.values()) {
            if (JsonDocument.spelling(candidate).equals(typeName) || candidate.group().equals(typeName)) {
                type = candidate;
            }
        }
        if (type == null) {
            List<String> names = new ArrayList<>();
            for (EntryType candidate : EntryType.values()) {
                names.add(JsonDocument.spelling(candidate));
            }
            throw new IllegalArgumentException("type \"" + typeName + "\" is not one of " + String.join(", ", names));
        }
        List<Variant> variants = new ArrayList<>();
        for (String variant : variants(cell(row, columns, "variants"))) {
            variants.add(new Variant(variant, Variant.MANUAL, "imported", 1.0, VariantStatus.ACCEPTED));
        }
        return new KeywordEntry(EntryIds.slug(text), type, text, list(cell(row, columns, "languages"), ";,"),
                matchOf(cell(row, columns, "match")), Set.copyOf(list(cell(row, columns, "modules"), ";,")),
                cell(row, columns, "note"), variants, KeywordEntry.USER);
    }

    static MatchOptions matchOf(String text) {
        String value = text.toLowerCase(Locale.ROOT).strip();
        return switch (value) {
            case "", "exact" -> MatchOptions.EXACT;
            case "stemmed", "forms" -> MatchOptions.STEMMED;
            case "fuzzy", "fuzzy:1" -> MatchOptions.fuzzy(1);
            case "fuzzy:2" -> MatchOptions.fuzzy(2);
            default -> throw new IllegalArgumentException("match \"" + text + "\" is not exact, stemmed, fuzzy or"
                    + " fuzzy:2");
        };
    }

    private static List<String> list(String text, String separators) {
        List<String> values = new ArrayList<>();
        for (String value : text.split("[" + separators + "]")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /**
     * The variants cell: spellings separated by ';', where "\\;" is a ';' that belongs to the spelling (a Russian
     * word typed on the English layout often has one: "Жук" is ";er") and "\\\\" a backslash.
     */
    static List<String> variants(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == ';' || cell.charAt(i + 1) == '\\')) {
                value.append(cell.charAt(++i));
            } else if (c == ';') {
                addVariant(values, value);
            } else {
                value.append(c);
            }
        }
        addVariant(values, value);
        return values;
    }

    private static void addVariant(List<String> values, StringBuilder value) {
        if (!value.toString().isBlank()) {
            values.add(value.toString().strip());
        }
        value.setLength(0);
    }

    static String variantsCell(List<String> variants) {
        return String.join(";", variants.stream().map(v -> v.replace("\\", "\\\\").replace(";", "\\;")).toList());
    }

    public static String exportCsv(List<Brand> brands) {
        StringBuilder csv = new StringBuilder(CsvTable.line(COLUMNS)).append('\n');
        for (Brand brand : brands) {
            for (KeywordEntry entry : brand.entries()) {
                List<String> accepted = entry.variants().stream().filter(v -> v.status().isUsed())
                        .map(Variant::text).toList();
                String match = switch (entry.match().mode()) {
                    case FUZZY -> entry.match().maxEdits() == 1 ? "fuzzy" : "fuzzy:" + entry.match().maxEdits();
                    default -> JsonDocument.spelling(entry.match().mode());
                };
                csv.append(CsvTable.line(List.of(brand.id(), brand.name(), JsonDocument.spelling(brand.role()),
                        JsonDocument.spelling(entry.type()), entry.text(), String.join(";", entry.languages()), match,
                        String.join(";", entry.modules().stream().sorted().toList()), entry.note(),
                        variantsCell(accepted)))).append('\n');
            }
        }
        return csv.toString();
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    /** A brand file, or {@code {"schema": 1, "brands": [...]}}. */
    public static ImportPlan importJson(Path file, String text, List<Brand> existing) {
        List<Brand> brands = new ArrayList<>();
        try {
            JsonDocument document = JsonDocument.parse(file, text);
            JsonNode root = document.object();
            if (root.get("brands") instanceof ArrayNode) {
                int schema = document.integer((ObjectNode) root, "", "schema", BrandFormat.SCHEMA);
                if (schema > BrandFormat.SCHEMA) {
                    throw document.error("schema", "this file was written by a newer Chorus (schema " + schema
                            + "); update Chorus to import it");
                }
                List<ObjectNode> nodes = document.objects((ObjectNode) root, "", "brands");
                for (int i = 0; i < nodes.size(); i++) {
                    ObjectNode node = nodes.get(i);
                    String path = "brands[" + i + "]";
                    brands.add(readNested(document, node, path, file));
                }
            } else {
                brands.add(BrandFormat.read(document));
            }
        } catch (FileFormatException e) {
            return new ImportPlan(List.of(), 0, 0, 0, List.of(e.describe()));
        }
        Merge merge = new Merge(existing, "import:" + file.getFileName());
        for (Brand brand : brands) {
            for (KeywordEntry entry : brand.entries()) {
                merge.add(brand.id(), brand.name(), brand.role(), entry);
            }
            merge.touch(brand);
        }
        return merge.plan(List.of());
    }

    private static Brand readNested(JsonDocument document, ObjectNode node, String path, Path file)
            throws FileFormatException {
        try {
            return BrandFormat.read(JsonDocument.parse(file, JsonDocument.write(node)));
        } catch (FileFormatException e) {
            throw document.error(path + (e.field().isEmpty() ? "" : "." + e.field()), e.getMessage());
        }
    }

    public static String exportJson(List<Brand> brands) {
        ObjectNode root = JsonDocument.newObject();
        root.put("schema", BrandFormat.SCHEMA);
        ArrayNode array = root.putArray("brands");
        brands.forEach(brand -> array.add(BrandFormat.write(brand)));
        return JsonDocument.write(root);
    }

    /** Folds imported entries into the existing brands. */
    private static final class Merge {
        private final Map<String, Brand> brands = new LinkedHashMap<>();
        private final Set<String> created = new LinkedHashSet<>();
        private final Set<String> touched = new LinkedHashSet<>();
        private final String origin;
        private int added;
        private int updated;

        Merge(List<Brand> existing, String origin) {
            existing.forEach(brand -> brands.put(brand.id(), brand));
            this.origin = origin;
        }

        void touch(Brand imported) {
            Brand brand = brands.get(imported.id());
            if (brand == null) {
                brands.put(imported.id(), imported.withEntries(List.of()));
                created.add(imported.id());
                touched.add(imported.id());
                return;
            }
            if (created.contains(imported.id())) {
                brand = new Brand(brand.id(), imported.name(), imported.role(), imported.languages(), brand.entries(),
                        brand.rules(), brand.channels(), imported.note());
                brands.put(brand.id(), brand);
            }
            if (!imported.rules().isEmpty() || !imported.channels().isEmpty()) {
                List<io.chorus.api.registry.Rule> rules = new ArrayList<>(brand.rules());
                imported.rules().forEach(rule -> {
                    rules.removeIf(existing -> existing.id().equals(rule.id()));
                    rules.add(rule);
                });
                List<io.chorus.api.platform.Channel> channels = new ArrayList<>(brand.channels());
                imported.channels().forEach(channel -> {
                    channels.removeIf(existing -> existing.id().equals(channel.id()));
                    channels.add(channel);
                });
                brands.put(brand.id(), new Brand(brand.id(), brand.name(), brand.role(), brand.languages(),
                        brand.entries(), rules, channels, brand.note()));
                touched.add(brand.id());
            }
        }

        void add(String brandId, String brandName, BrandRole role, KeywordEntry imported) {
            Brand brand = brands.get(brandId);
            if (brand == null) {
                brand = new Brand(brandId, brandName.isEmpty() ? brandId : brandName, role, List.of(), List.of(),
                        List.of(), List.of(), "");
                created.add(brandId);
            }
            List<KeywordEntry> entries = new ArrayList<>(brand.entries());
            int index = -1;
            for (int i = 0; i < entries.size(); i++) {
                KeywordEntry entry = entries.get(i);
                if (entry.type() == imported.type() && entry.text().equalsIgnoreCase(imported.text())) {
                    index = i;
                }
            }
            if (index >= 0) {
                KeywordEntry old = entries.get(index);
                List<Variant> variants = new ArrayList<>(old.variants());
                for (Variant variant : imported.variants()) {
                    if (variants.stream().noneMatch(v -> v.text().equalsIgnoreCase(variant.text()))) {
                        variants.add(variant);
                    }
                }
                entries.set(index, new KeywordEntry(old.id(), old.type(), old.text(),
                        imported.languages().isEmpty() ? old.languages() : imported.languages(),
                        imported.match().mode() == MatchMode.EXACT ? old.match() : imported.match(),
                        imported.modules().isEmpty() ? old.modules() : imported.modules(),
                        imported.note().isEmpty() ? old.note() : imported.note(), variants, old.origin()));
                updated++;
            } else {
                List<String> ids = entries.stream().map(KeywordEntry::id).toList();
                entries.add(new KeywordEntry(ids.contains(imported.id()) ? EntryIds.unique(imported.text(), ids)
                        : imported.id(), imported.type(), imported.text(), imported.languages(), imported.match(),
                        imported.modules(), imported.note(), imported.variants(), origin));
                added++;
            }
            brands.put(brandId, brand.withEntries(entries));
            touched.add(brandId);
        }

        ImportPlan plan(List<String> problems) {
            List<Brand> changed = new ArrayList<>();
            for (String id : touched) {
                changed.add(brands.get(id));
            }
            return new ImportPlan(problems.isEmpty() ? changed : List.of(), added, updated, created.size(), problems);
        }
    }
}
