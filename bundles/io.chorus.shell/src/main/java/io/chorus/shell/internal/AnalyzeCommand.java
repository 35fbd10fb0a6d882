package io.chorus.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.chorus.api.ingest.MentionAnalyser;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code chorus analyze --input mentions.jsonl --output out.jsonl}: reads one JSON mention per line
 * ({@code {"id", "text", "lang"?, "platform"?, "url"?, "author"?, "published"?, "title"?}}) and writes, per line, the
 * brands and rules it matches with the words that matched. A line that cannot be read is written as
 * {@code {"line": n, "error": "..."}}, counted, and the rest goes on; the command fails at the end when any line
 * failed. The output appears whole or not at all (written aside, then moved into place).
 */
@Component(service = AnalyzeCommand.class, property = {"osgi.command.scope=chorus",
        "osgi.command.function=analyze"})
public final class AnalyzeCommand {

    private static final int BATCH = 500;
    // One JSON object per line: the line break is the only separator between them.
    private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();

    private final Clock clock;
    private volatile MentionMatcher matcher;
    private volatile MentionAnalyser analyser;

    @Activate
    public AnalyzeCommand() {
        this(Clock.systemUTC());
    }

    AnalyzeCommand(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setMatcher(MentionMatcher matcher) {
        this.matcher = matcher;
    }

    void unsetMatcher(MentionMatcher matcher) {
        if (this.matcher == matcher) {
            this.matcher = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAnalyser(MentionAnalyser analyser) {
        this.analyser = analyser;
    }

    void unsetAnalyser(MentionAnalyser analyser) {
        if (this.analyser == analyser) {
            this.analyser = null;
        }
    }

    /** What an analysis did. */
    record Summary(long lines, long mentions, long matched, long failed, long millis) {
        String describe() {
            return String.format(Locale.ROOT, "%,d lines: %,d mentions, %,d matched a rule, %,d could not be read"
                    + " (%,d ms, %,d lines/s)", lines, mentions, matched, failed, millis,
                    millis == 0 ? lines : lines * 1000 / millis);
        }
    }

    @Descriptor("Matches mentions (one JSON object per line) against the semantic core and writes the matches")
    public String analyze(@Parameter(names = {"--input", "-i"}, absentValue = "") String input,
                          @Parameter(names = {"--output", "-o"}, absentValue = "") String output)
            throws IOException {
        if (input.isEmpty() || output.isEmpty()) {
            throw new IllegalArgumentException("usage: chorus analyze --input mentions.jsonl --output out.jsonl"
                    + " (one JSON object per line: {\"id\": ..., \"text\": ...}; --output - writes to the console)");
        }
        MentionMatcher current = matcher;
        if (current == null) {
            throw new IllegalStateException("the mention matcher is not running; check the bundle io.chorus.index"
                    + " with chorus:bundles");
        }
        Path in = Path.of(input).toAbsolutePath();
        if (!Files.isRegularFile(in)) {
            throw new IllegalArgumentException("no such file: " + in);
        }
        PrintStream console = System.err;
        for (String problem : current.problems()) {
            console.println("WARNING " + problem);
        }
        Summary summary;
        if (output.equals("-")) {
            summary = run(current, in, System.out, null);
        } else {
            Path out = Path.of(output).toAbsolutePath();
            Files.createDirectories(out.getParent());
            Path partial = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".partial");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    summary = run(current, in, stream, new Progress(console, countLines(in), clock));
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        if (summary.failed() > 0) {
            (output.equals("-") ? console : System.out).println(summary.describe());
            throw new IllegalArgumentException(summary.failed() + (summary.failed() == 1 ? " line" : " lines")
                    + " of " + in.getFileName() + " could not be read; each is in the output with its error");
        }
        if (output.equals("-")) {
            // standard output carries the results; the summary must not end up among them
            console.println(summary.describe());
            return null;
        }
        return summary.describe() + " -> " + Path.of(output).toAbsolutePath();
    }

    /**
     * Reads, matches and writes in batches. Batches are matched on every core at once and written in the order they
     * were read; at most two batches per core wait, so memory stays flat whatever the file's size.
     */
    Summary run(MentionMatcher current, Path in, OutputStream out, Progress progress) throws IOException {
        MentionAnalyser currentAnalyser = analyser;
        MentionAnalyser.Session session = currentAnalyser == null ? null : currentAnalyser.open();
        long started = clock.millis();
        long lines = 0;
        long mentions = 0;
        long failed = 0;
        long[] matched = {0};
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "chorus-analyze");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Batch> inFlight = new ArrayDeque<>();
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             JsonGenerator generator = JSON.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out,
                     JsonEncoding.UTF8)) {
            List<Mention> batch = new ArrayList<>(BATCH);
            List<Object> pending = new ArrayList<>(BATCH);
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Mention mention = parse(line, lines);
                    batch.add(mention);
                    pending.add(mention);
                    mentions++;
                } catch (IllegalArgumentException e) {
                    pending.add(new Failure(lines, e.getMessage()));
                    failed++;
                }
                if (pending.size() >= BATCH) {
                    inFlight.add(submit(workers, current, currentAnalyser, batch, pending, lines));
                    batch = new ArrayList<>(BATCH);
                    pending = new ArrayList<>(BATCH);
                    while (inFlight.size() > 2 * threads) {
                        write(inFlight.poll(), generator, session, matched, progress);
                    }
                }
            }
            inFlight.add(submit(workers, current, currentAnalyser, batch, pending, lines));
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), generator, session, matched, progress);
            }
        } finally {
            workers.shutdownNow();
        }
        if (progress != null) {
            progress.done(lines);
        }
        return new Summary(lines, mentions, matched[0], failed, clock.millis() - started);
    }

    private record Failure(long line, String error) {
    }

    /** Lines read together: their mentions and failures in file order, the analysis on its way, the last line. */
    private record Batch(List<Object> items, Future<Analysed> results, long lastLine) {
    }

    /** The mentions of a batch with their detected languages, and what each matched. */
    private record Analysed(List<Mention> mentions, List<List<MentionMatch>> matches) {
    }

    /** Languages are detected before matching: the matcher analyses Japanese text differently. */
    private static Batch submit(ExecutorService workers, MentionMatcher matcher, MentionAnalyser analyser,
                                List<Mention> mentions, List<Object> items, long lastLine) {
        return new Batch(items, workers.submit(() -> {
            List<Mention> withLanguage = analyser == null ? mentions : mentions.stream()
                    .map(m -> m.language().isEmpty()
                            ? m.withLanguage(analyser.detectLanguage(m.title().isEmpty() ? m.text()
                                    : m.title() + "\n" + m.text()))
                            : m)
                    .toList();
            return new Analysed(withLanguage, matcher.match(withLanguage));
        }), lastLine);
    }

    /** Near-duplicate groups are assigned here, in file order, so the same file always gives the same groups. */
    private static void write(Batch batch, JsonGenerator generator, MentionAnalyser.Session session, long[] matched,
                              Progress progress) throws IOException {
        Analysed results;
        try {
            results = batch.results().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while matching", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
        int next = 0;
        for (Object item : batch.items()) {
            if (item instanceof Failure failure) {
                generator.writeStartObject();
                generator.writeNumberProperty("line", failure.line());
                generator.writeStringProperty("error", failure.error());
                generator.writeEndObject();
            } else {
                Mention mention = results.mentions().get(next);
                List<MentionMatch> matches = results.matches().get(next++);
                if (!matches.isEmpty()) {
                    matched[0]++;
                }
                write(generator, mention, session == null ? "" : session.duplicateGroup(mention), matches);
            }
            generator.writeRaw('\n');
        }
        generator.flush();
        if (progress != null) {
            progress.update(batch.lastLine());
        }
    }

    private static void write(JsonGenerator generator, Mention mention, String duplicateGroup,
                              List<MentionMatch> matches) {
        generator.writeStartObject();
        generator.writeStringProperty("id", mention.id());
        if (!mention.language().isEmpty()) {
            generator.writeStringProperty("lang", mention.language());
        }
        if (!duplicateGroup.isEmpty()) {
            // the key of the first mention of the file with nearly the same text; its own key when it is the first
            generator.writeStringProperty("duplicateGroup", duplicateGroup);
        }
        generator.writeArrayPropertyStart("brands");
        matches.stream().map(MentionMatch::brandId).distinct().forEach(generator::writeString);
        generator.writeEndArray();
        generator.writeArrayPropertyStart("matches");
        for (MentionMatch match : matches) {
            generator.writeStartObject();
            generator.writeStringProperty("brand", match.brandId());
            generator.writeStringProperty("rule", match.ruleId());
            generator.writeArrayPropertyStart("matched");
            for (MentionMatch.MatchedText text : match.matched()) {
                generator.writeStartObject();
                generator.writeStringProperty("field", text.field());
                generator.writeNumberProperty("start", text.start());
                generator.writeNumberProperty("end", text.end());
                generator.writeStringProperty("text", text.text());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    /** One line of input as a mention; a mistake names the field and what to do. */
    static Mention parse(String line, long number) {
        String id = null;
        String text = null;
        String language = "";
        String platform = "";
        String url = "";
        String author = "";
        String title = "";
        Instant published = null;
        try (JsonParser parser = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object {\"id\": ..., \"text\": ...}");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    if (List.of("id", "text", "lang", "platform", "url", "author", "published", "title")
                            .contains(name)) {
                        throw new IllegalArgumentException("\"" + name + "\" must be a string, not "
                                + (value == JsonToken.START_OBJECT ? "an object" : "a list"));
                    }
                    continue;
                }
                String string = value == JsonToken.VALUE_NULL ? null : parser.getString();
                switch (name) {
                    case "id" -> id = string;
                    case "text" -> text = string;
                    case "lang", "language" -> language = string == null ? "" : string.strip().toLowerCase(Locale.ROOT);
                    case "platform" -> platform = string == null ? "" : string;
                    case "url" -> url = string == null ? "" : string;
                    case "author" -> author = string == null ? "" : string;
                    case "title" -> title = string == null ? "" : string;
                    case "published" -> published = instant(string);
                    default -> {
                        // Other fields (reach, likes) belong to other tools; they are ignored here.
                    }
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalArgumentException("not valid JSON");
            }
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new IllegalArgumentException("not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + (cut > 0 ? message.substring(0, cut) : message));
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("\"id\" is missing; every mention needs an id");
        }
        if (text == null) {
            throw new IllegalArgumentException("\"text\" is missing for mention " + id);
        }
        return new Mention(id, platform, url, author, published, title, text, language);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("\"published\" is not a date-time like 2026-11-24T10:15:00Z: "
                        + text);
            }
        }
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** A progress bar on the console: redrawn in place on a terminal, a line every tenth otherwise. */
    static final class Progress {
        private final PrintStream console;
        private final long total;
        private final Clock clock;
        private final long started;
        private final boolean terminal = ProgressBar.toTerminal();
        private long lastDraw;
        private long lastTenth = -1;

        Progress(PrintStream console, long total, Clock clock) {
            this.console = console;
            this.total = Math.max(total, 1);
            this.clock = clock;
            this.started = clock.millis();
        }

        void update(long done) {
            long now = clock.millis();
            if (terminal) {
                if (now - lastDraw >= 200) {
                    console.print("\r" + bar(done, now));
                    console.flush();
                    lastDraw = now;
                }
            } else {
                long tenth = done * 10 / total;
                if (tenth != lastTenth) {
                    console.println(bar(done, now));
                    lastTenth = tenth;
                }
            }
        }

        void done(long done) {
            console.print((terminal ? "\r" : "") + bar(done, clock.millis()) + System.lineSeparator());
            console.flush();
        }

        String bar(long done, long now) {
            long elapsed = Math.max(1, now - started);
            return ProgressBar.bar(done, total) + String.format(Locale.ROOT, " %,d/%,d lines %,d lines/s", done, total,
                    done * 1000 / elapsed);
        }
    }
}
