package io.chorus.registry.internal.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.registry.Brand;
import io.chorus.api.registry.Variant;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The managed brands of a workspace: one JSON file per brand in {@code registry/brands/}, so a broken file costs
 * one brand, never the others, and a change shows as a small diff. Files edited by hand while Chorus runs are read
 * again on the next access. A brand whose file is broken cannot be saved over: the person fixes the file first.
 */
public final class BrandStore {

    private final Path folder;
    private final Path providedVariants;
    private final Path trash;
    private final Clock clock;
    private final Map<String, Brand> brands = new LinkedHashMap<>();
    private final Map<String, Path> files = new HashMap<>();
    private final List<FileFormatException> problems = new ArrayList<>();
    private Map<Path, FileTime> seen = new HashMap<>();

    public BrandStore(Path workspace, Clock clock) {
        this.folder = workspace.resolve("registry").resolve("brands");
        this.providedVariants = workspace.resolve("registry").resolve("provided-variants.json");
        this.trash = workspace.resolve("registry").resolve(".deleted");
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The brands, reading the folder again when a file changed since the last call. */
    public synchronized Map<String, Brand> brands() {
        refresh();
        return Map.copyOf(brands);
    }

    /** Files that could not be read, with where and why. */
    public synchronized List<FileFormatException> problems() {
        refresh();
        return List.copyOf(problems);
    }

    private void refresh() {
        Map<Path, FileTime> now = new HashMap<>();
        List<Path> paths = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
                for (Path path : stream) {
                    paths.add(path);
                    now.put(path, Files.getLastModifiedTime(path));
                }
            } catch (IOException e) {
                problems.clear();
                problems.add(new FileFormatException(folder, 0, 0, "", "cannot list the brands: " + e.getMessage()));
                return;
            }
        }
        if (now.equals(seen)) {
            return;
        }
        seen = now;
        brands.clear();
        files.clear();
        problems.clear();
        paths.sort(null);
        for (Path path : paths) {
            try {
                Brand brand = BrandFormat.read(JsonDocument.parse(path, read(path)));
                Path earlier = files.putIfAbsent(brand.id(), path);
                if (earlier != null) {
                    problems.add(new FileFormatException(path, 0, 0, "id", "a second file for brand \"" + brand.id()
                            + "\" (the first is " + earlier.getFileName() + "); merge them or change one id"));
                    continue;
                }
                brands.put(brand.id(), brand);
            } catch (FileFormatException e) {
                problems.add(e);
                files.putIfAbsent(idFromFileName(path), path);
            }
        }
    }

    private static String read(Path path) throws FileFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FileFormatException(path, 0, 0, "", "the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new FileFormatException(path, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    private static String idFromFileName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** Writes a brand atomically; refuses when its file exists but cannot be read, so nothing is overwritten. */
    public synchronized void save(Brand brand) throws IOException, FileFormatException {
        Path path = checkWritable(brand.id());
        AtomicFiles.writeString(path, JsonDocument.write(BrandFormat.write(brand)));
        brands.put(brand.id(), brand);
        files.put(brand.id(), path);
        seen.put(path, Files.getLastModifiedTime(path));
    }

    /**
     * The file a brand is saved to; refuses, as {@link #save} would, when that file exists but cannot be read. Lets
     * a change of several brands check them all before writing any.
     */
    public synchronized Path checkWritable(String brandId) throws FileFormatException {
        refresh();
        Path path = files.getOrDefault(brandId, folder.resolve(brandId + ".json"));
        for (FileFormatException problem : problems) {
            if (Objects.equals(problem.file(), path)) {
                throw new FileFormatException(path, problem.line(), problem.column(), problem.field(),
                        "this brand's file is broken, so Chorus will not write over it: " + problem.getMessage());
            }
        }
        return path;
    }

    /** Moves a brand's file to {@code registry/.deleted/}, where it can be restored from. */
    public synchronized boolean delete(String brandId) throws IOException {
        refresh();
        Path path = files.get(brandId);
        if (path == null || !Files.exists(path)) {
            return false;
        }
        Files.createDirectories(trash);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC)
                .format(clock.instant());
        Files.move(path, trash.resolve(brandId + "-" + stamp + ".json"), StandardCopyOption.REPLACE_EXISTING);
        brands.remove(brandId);
        files.remove(brandId);
        seen = new HashMap<>();
        return true;
    }

    // ---- review decisions about entries plugins provide ------------------------------------------------------

    /** Variants people reviewed for entries that plugins provide: brand id → entry id → variants. */
    public synchronized Map<String, Map<String, List<Variant>>> providedVariants() throws FileFormatException {
        Map<String, Map<String, List<Variant>>> result = new LinkedHashMap<>();
        if (!Files.isRegularFile(providedVariants)) {
            return result;
        }
        JsonDocument document = JsonDocument.parse(providedVariants, read(providedVariants));
        ObjectNode root = document.object();
        if (!(root.get("brands") instanceof ObjectNode brandsNode)) {
            return result;
        }
        for (String brandId : brandsNode.propertyNames()) {
            if (!(brandsNode.get(brandId) instanceof ObjectNode entries)) {
                throw document.error("brands." + brandId, "expected an object of entry ids and their variants");
            }
            Map<String, List<Variant>> byEntry = new LinkedHashMap<>();
            for (String entryId : entries.propertyNames()) {
                String path = "brands." + brandId + "." + entryId;
                if (!(entries.get(entryId) instanceof ArrayNode array)) {
                    throw document.error(path, "expected a list of variants");
                }
                List<Variant> variants = new ArrayList<>();
                for (int i = 0; i < array.size(); i++) {
                    if (!(array.get(i) instanceof ObjectNode node)) {
                        throw document.error(path + "[" + i + "]", "expected a variant object");
                    }
                    variants.add(BrandFormat.readVariant(document, node, path + "[" + i + "]"));
                }
                byEntry.put(entryId, variants);
            }
            result.put(brandId, byEntry);
        }
        return result;
    }

    public synchronized void saveProvidedVariants(Map<String, Map<String, List<Variant>>> variants)
            throws IOException {
        ObjectNode root = JsonDocument.newObject();
        root.put("schema", BrandFormat.SCHEMA);
        ObjectNode brandsNode = root.putObject("brands");
        variants.forEach((brandId, entries) -> {
            ObjectNode entriesNode = brandsNode.putObject(brandId);
            entries.forEach((entryId, list) -> {
                ArrayNode array = entriesNode.putArray(entryId);
                list.forEach(variant -> array.add(BrandFormat.writeVariant(variant)));
            });
        });
        AtomicFiles.writeString(providedVariants, JsonDocument.write(root));
    }
}
