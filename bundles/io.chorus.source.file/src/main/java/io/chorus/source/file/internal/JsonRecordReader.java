package io.chorus.source.file.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.chorus.source.file.ColumnMapping;
import io.chorus.source.file.FileImportException;
import io.chorus.source.file.RowProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON exports: JSON Lines (one object per line; the position is a byte offset) or an array of objects, at the top
 * or in the first array-valued property of a top-level object, however nested ({"result": {"data": [...]}}); the position is then the index of
 * the next element, reached by skipping elements with the streaming parser. Nested objects become dotted columns
 * ("author.name"); arrays of values are joined with ", ".
 */
final class JsonRecordReader implements RecordReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Reads one element of a streamed array: the rest of the array follows it, which is not an error here. */
    private static final ObjectReader ELEMENT = JSON.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String file;
    private final Layout layout;
    private final ByteInput lines;
    private final JsonParser parser;
    private final List<String> headers;
    private Row pending;
    private long position;
    private long line = 1;

    JsonRecordReader(Path path, Layout layout, long position, long line) throws IOException, FileImportException {
        this.file = path.getFileName().toString();
        this.layout = layout;
        List<RowProblem> ignored = new ArrayList<>();
        if (layout.format() == Layout.Format.JSONL) {
            parser = null;
            lines = new ByteInput(path, layout.bomLength());
            pending = nextLine(ignored);
            headers = pending == null ? List.of() : List.copyOf(pending.values().keySet());
            if (position > layout.bomLength()) {
                lines.seek(position);
                this.line = line;
                pending = null;
            }
            this.position = position > layout.bomLength() ? position : layout.bomLength();
        } else {
            lines = null;
            InputStream in = Files.newInputStream(path);
            in.skipNBytes(layout.bomLength());
            Reader reader = new InputStreamReader(in, layout.charset());
            try {
                parser = JSON.createParser(reader);
                openArray();
                pending = nextElement(ignored);
                headers = pending == null ? List.of() : List.copyOf(pending.values().keySet());
                this.position = 0;
                if (position > 0) {
                    // The element under pending is index 0; skip the rest up to the resume index.
                    pending = null;
                    this.position = 1;
                    while (this.position < position && parser.nextToken() == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        this.position++;
                    }
                }
            } catch (JacksonException e) {
                reader.close();
                throw new FileImportException(file + " is not valid JSON at line " + e.getLocation().getLineNr()
                        + ": " + e.getOriginalMessage(), e);
            }
        }
    }

    private void openArray() throws FileImportException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY || (token == JsonToken.START_OBJECT && findArray())) {
            return;
        }
        throw new FileImportException(file + " is JSON but holds no list of mentions (an array of objects, or an "
                + "object with one): export the mentions as a JSON list");
    }

    /** Inside an object: moves to the first array among its properties, looking into nested objects too. */
    private boolean findArray() {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY || (value == JsonToken.START_OBJECT && findArray())) {
                return true;
            }
            if (value == JsonToken.START_OBJECT) {
                continue;
            }
            parser.skipChildren();
        }
        return false;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Row next(List<RowProblem> problems) throws IOException {
        if (pending != null) {
            Row row = pending;
            pending = null;
            position = lines != null ? lines.position() : position + 1;
            return row;
        }
        Row row = lines != null ? nextLine(problems) : nextElement(problems);
        if (row != null) {
            position = lines != null ? lines.position() : position + 1;
        }
        return row;
    }

    private Row nextLine(List<RowProblem> problems) throws IOException {
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b = lines.read();
            if (b == ByteInput.EOF) {
                return null;
            }
            while (b != ByteInput.EOF && b != '\n') {
                bytes.write(b);
                b = lines.read();
            }
            long at = line++;
            String text = bytes.toString(layout.charset()).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (node != null && node.isObject()) {
                    return new Row(at, flatten(node));
                }
                problems.add(new RowProblem(file, at, "is not a JSON object; each line of a JSON Lines file holds "
                        + "one mention as {...}"));
            } catch (JacksonException e) {
                problems.add(new RowProblem(file, at, "is not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }

    private Row nextElement(List<RowProblem> problems) throws IOException {
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    return null;
                }
                long at = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    position++;
                    problems.add(new RowProblem(file, at, "holds " + token.name() + " where a mention "
                            + "object {...} was expected; it was skipped"));
                    continue;
                }
                JsonNode node = ELEMENT.readValue(parser);
                line = at;
                return new Row(at, flatten(node));
            } catch (JacksonException e) {
                // The stream cannot continue after broken JSON: report it and end the file here.
                problems.add(new RowProblem(file, e.getLocation().getLineNr(), "is not valid JSON ("
                        + e.getOriginalMessage() + "); the mentions after it cannot be read"));
                return null;
            }
        }
    }

    static Map<String, String> flatten(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", object, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix + property.getKey() + ".", property.getValue(), values);
            }
            return;
        }
        String key = ColumnMapping.normalise(prefix.substring(0, Math.max(0, prefix.length() - 1)));
        if (node.isArray()) {
            values.putIfAbsent(key, java.util.stream.StreamSupport.stream(node.spliterator(), false)
                    .filter(JsonNode::isValueNode).map(JsonNode::asString).collect(Collectors.joining(", ")));
        } else if (!node.isNull()) {
            values.putIfAbsent(key, node.asString());
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public boolean atEnd() throws IOException {
        return pending == null && lines != null && lines.peek() == ByteInput.EOF;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
        if (parser != null) {
            parser.close();
        }
    }
}
