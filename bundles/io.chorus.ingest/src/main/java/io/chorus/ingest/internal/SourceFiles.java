package io.chorus.ingest.internal;

import io.chorus.api.files.AtomicFiles;
import io.chorus.api.ingest.SourceConfig;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sources of a workspace, one hand-editable JSON file each: {@code sources/<id>.json}. Secret settings are
 * written as {@code {"encrypted": "v1:..."}}. A file that cannot be read is reported with its line and column and
 * left as it is.
 */
public final class SourceFiles {

    public static final int SCHEMA_VERSION = 1;
    public static final String FOLDER = "sources";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** A source as read, with the setting ids that are kept encrypted on disk. */
    public record Stored(SourceConfig config, Set<String> secretKeys) {
    }

    /** A file that could not be read: where and what to fix. */
    public record Problem(String id, Path file, int line, int column, String message) {
        public String text() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /** What a folder held. */
    public record Loaded(List<Stored> sources, List<Problem> problems) {
    }

    private final Path folder;
    private final SecretBox secrets;

    public SourceFiles(Path workspaceRoot, SecretBox secrets) {
        this.folder = workspaceRoot.resolve(FOLDER);
        this.secrets = secrets;
    }

    public Path fileOf(String id) {
        return folder.resolve(id + ".json");
    }

    public Loaded loadAll() throws IOException {
        List<Stored> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(sources, problems);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            try {
                sources.add(read(file));
            } catch (ProblemException e) {
                problems.add(e.problem);
            }
        }
        return new Loaded(sources, problems);
    }

    /** Thrown by {@link #read}. */
    public static final class ProblemException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        ProblemException(Problem problem) {
            super(problem.text());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public Stored read(Path file) throws ProblemException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ProblemException(new Problem(id, file, 1, 1, "cannot be read (" + e.getMessage()
                    + "); check its permissions"));
        }
        if (!ID.matcher(id).matches()) {
            throw problem(id, file, text, null, "the file name must be a source id: lower-case letters, digits and "
                    + "dashes, then .json; rename the file");
        }
        if (text.isBlank()) {
            throw problem(id, file, text, null, "the file is empty; restore it from a backup or delete it");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new ProblemException(new Problem(id, file, at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr(), "not valid JSON: " + (cut > 0 ? message.substring(0, cut)
                    : message) + "; correct the file (a missing comma or quote is usual)"));
        }
        if (!root.isObject()) {
            throw problem(id, file, text, null, "must hold a JSON object {...} with \"connector\" and \"settings\"");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw problem(id, file, text, "schemaVersion", "\"schemaVersion\" must be " + SCHEMA_VERSION
                    + (version > SCHEMA_VERSION ? " (this file was written by a newer Chorus; update Chorus)" : ""));
        }
        String connector = root.path("connector").asString("");
        if (!root.path("connector").isString() || connector.isBlank()) {
            throw problem(id, file, text, "connector", "\"connector\" must name a connector, such as \"rss\"");
        }
        String sourceName = root.path("name").isString() ? root.path("name").asString() : id;
        JsonNode paused = root.path("paused");
        if (!paused.isMissingNode() && !paused.isBoolean()) {
            throw problem(id, file, text, "paused", "\"paused\" must be true or false");
        }
        Duration interval;
        try {
            interval = parseDuration(root.path("interval").asString(""));
        } catch (IllegalArgumentException e) {
            throw problem(id, file, text, "interval", "\"interval\" must be a duration such as \"15m\", \"1h\" or "
                    + "\"PT15M\"");
        }
        JsonNode settingsNode = root.path("settings");
        Map<String, Object> settings = new LinkedHashMap<>();
        Set<String> secretKeys = new TreeSet<>();
        if (!settingsNode.isMissingNode()) {
            if (!settingsNode.isObject()) {
                throw problem(id, file, text, "settings", "\"settings\" must be an object {\"name\": value}");
            }
            for (Map.Entry<String, JsonNode> field : settingsNode.properties()) {
                JsonNode value = field.getValue();
                if (value.isObject() && value.has("encrypted")) {
                    try {
                        settings.put(field.getKey(), secrets.decrypt(value.path("encrypted").asString("")));
                        secretKeys.add(field.getKey());
                    } catch (IOException e) {
                        throw problem(id, file, text, field.getKey(), "setting \"" + field.getKey() + "\": "
                                + e.getMessage());
                    }
                } else {
                    Object plain = plain(value);
                    if (plain == null) {
                        throw problem(id, file, text, field.getKey(), "setting \"" + field.getKey()
                                + "\" must be text, a number, true/false or a list of those");
                    }
                    settings.put(field.getKey(), plain);
                }
            }
        }
        return new Stored(new SourceConfig(id, connector, sourceName, paused.asBoolean(false), interval, settings),
                secretKeys);
    }

    private static Object plain(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode element : value) {
                Object one = plain(element);
                if (one == null || one instanceof List<?>) {
                    return null;
                }
                list.add(one);
            }
            return list;
        }
        return null;
    }

    /** "15m", "2h", "30s", "1d" or ISO-8601 ("PT15M"); empty means none (zero). */
    static Duration parseDuration(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return Duration.ZERO;
        }
        Matcher matcher = SHORT_DURATION.matcher(trimmed);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String formatDuration(Duration duration) {
        if (duration.isZero()) {
            return "";
        }
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /** Writes a source atomically; settings in {@code secretKeys} are encrypted. */
    public void write(SourceConfig source, Set<String> secretKeys) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("connector", source.connectorId());
        root.put("name", source.name());
        root.put("paused", source.paused());
        root.put("interval", formatDuration(source.interval()));
        ObjectNode settings = root.putObject("settings");
        for (Map.Entry<String, Object> entry : new java.util.TreeMap<>(source.settings()).entrySet()) {
            Object value = entry.getValue();
            if (secretKeys.contains(entry.getKey()) && value != null && !String.valueOf(value).isEmpty()) {
                settings.putObject(entry.getKey()).put("encrypted", secrets.encrypt(String.valueOf(value)));
            } else {
                put(settings, entry.getKey(), value);
            }
        }
        AtomicFiles.writeString(fileOf(source.id()), MAPPER.writeValueAsString(root) + "\n");
    }

    private static void put(ObjectNode node, String key, Object value) {
        if (value instanceof Boolean b) {
            node.put(key, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            node.put(key, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            node.put(key, n.doubleValue());
        } else if (value instanceof Iterable<?> list) {
            ArrayNode array = node.putArray(key);
            for (Object element : list) {
                array.add(String.valueOf(element));
            }
        } else if (value != null && value.getClass().isArray()) {
            ArrayNode array = node.putArray(key);
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                array.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
            }
        } else if (value != null) {
            node.put(key, String.valueOf(value));
        }
    }

    public boolean delete(String id) throws IOException {
        return Files.deleteIfExists(fileOf(id));
    }

    private static ProblemException problem(String id, Path file, String text, String field, String message) {
        int[] at = field == null ? new int[] {1, 1} : locate(text, field);
        return new ProblemException(new Problem(id, file, at[0], at[1], message));
    }

    /** Line and column of a property (top-level, or inside "settings"), or 1:1 when it is missing. */
    static int[] locate(String text, String field) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && field.equals(parser.currentName())) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (JacksonException e) {
            // already parsed once; cannot happen
        }
        return new int[] {1, 1};
    }
}
