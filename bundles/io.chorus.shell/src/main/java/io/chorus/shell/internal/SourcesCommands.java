package io.chorus.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.ingest.ConnectorDescription;
import io.chorus.api.ingest.PollReport;
import io.chorus.api.ingest.SourceConfig;
import io.chorus.api.ingest.SourceConfigException;
import io.chorus.api.ingest.SourceHealth;
import io.chorus.api.ingest.Sources;

/** The {@code sources:} commands: configure, pause, poll and watch the sources of the workspace. */
@Component(service = SourcesCommands.class, property = {
        "osgi.command.scope=sources",
        "osgi.command.function=list",
        "osgi.command.function=connectors",
        "osgi.command.function=add",
        "osgi.command.function=remove",
        "osgi.command.function=pause",
        "osgi.command.function=resume",
        "osgi.command.function=poll",
        "osgi.command.function=check",
        "osgi.command.function=health"})
public final class SourcesCommands {

    private final Sources sources;

    @Activate
    public SourcesCommands(@Reference Sources sources) {
        this.sources = sources;
    }

    @Descriptor("Lists the sources of the workspace with their connector, state and polling interval")
    public String list() {
        TextTable table = new TextTable("ID", "CONNECTOR", "NAME", "STATE", "EVERY", "MENTIONS");
        Map<String, SourceHealth> health = new LinkedHashMap<>();
        sources.health().forEach(h -> health.put(h.sourceId(), h));
        for (SourceConfig source : sources.list()) {
            SourceHealth h = health.get(source.id());
            table.row(source.id(), source.connectorId(), source.name(), h == null ? "" : state(h.state()),
                    ChorusCommands.describe(source.interval()), h == null ? "" : h.itemsTotal());
        }
        return table.isEmpty() ? "No sources yet. Add one with sources:add (see sources:connectors)." : table.toString();
    }

    @Descriptor("Lists the installed connectors and the settings each needs")
    public String connectors() {
        StringBuilder text = new StringBuilder();
        for (ConnectorDescription connector : sources.connectors()) {
            text.append(connector.id()).append(" - ").append(connector.name());
            if (connector.streaming()) {
                text.append(" (streaming)");
            }
            text.append(System.lineSeparator()).append("  ").append(connector.description())
                    .append(System.lineSeparator());
            for (ConnectorDescription.Setting setting : connector.settings()) {
                text.append("    ").append(setting.id()).append(setting.required() ? " (required)" : "")
                        .append(setting.type() == ConnectorDescription.Type.SECRET ? " (secret)" : "")
                        .append(": ").append(setting.name());
                if (!setting.defaultValue().isEmpty() && setting.type() != ConnectorDescription.Type.SECRET) {
                    text.append(" [default ").append(setting.defaultValue()).append(']');
                }
                if (!setting.options().isEmpty()) {
                    text.append(" one of ").append(setting.options().stream()
                            .map(ConnectorDescription.Option::value).toList());
                }
                text.append(System.lineSeparator());
            }
        }
        return text.isEmpty() ? "No connectors are installed. Install a source-* feature (chorus:features)." 
                : text.toString().stripTrailing();
    }

    private static final String ADD_USAGE = "sources:add [--name N] [--every 15m] <connector> <id> key=value...";

    @Descriptor("Adds or replaces a source: sources:add [--name N] [--every 15m] <connector> <id> key=value..."
            + " (key=@file reads a secret from a file)")
    public String add(@Descriptor("[--name N] [--every 15m] <connector> <id> key=value...") String... arguments)
            throws IOException {
        CommandOptions options = new CommandOptions(arguments, CommandOptions.names("--name|-n", "--every|-e"),
                ADD_USAGE);
        List<String> words = options.words();
        if (words.size() < 2) {
            throw new IllegalArgumentException("usage: " + ADD_USAGE);
        }
        String connector = words.get(0);
        String id = words.get(1);
        String name = options.option("name", "");
        String every = options.option("every", "");
        List<String> settings = words.subList(2, words.size());
        Map<String, Object> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + setting + "' is not key=value; for example feedUrl=https://example.com/feed");
            }
            String value = setting.substring(equals + 1);
            if (value.startsWith("@")) {
                // secrets from a file keep them out of the shell history
                value = Files.readString(Path.of(value.substring(1)), StandardCharsets.UTF_8).strip();
            }
            values.put(setting.substring(0, equals), value);
        }
        ConnectorDescription description = sources.connectors().stream().filter(c -> c.id().equals(connector))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No connector '" + connector
                        + "' is installed; sources:connectors lists those that are"));
        Duration interval = every.isEmpty() ? description.defaultInterval() : parseDuration(every);
        try {
            SourceConfig saved = sources.save(new SourceConfig(id, connector, name.isEmpty() ? id : name, false,
                    interval, values));
            return "Saved source " + saved.id() + " (" + connector + "), polled every "
                    + ChorusCommands.describe(saved.interval()) + ".";
        } catch (SourceConfigException e) {
            throw new IllegalArgumentException(e.setting().isEmpty() ? e.getMessage()
                    : "Setting '" + e.setting() + "': " + e.getMessage(), e);
        }
    }

    @Descriptor("Removes a source; its mentions stay in the store")
    public String remove(String id) {
        if (!sources.remove(id)) {
            throw new IllegalArgumentException(unknown(id));
        }
        return "Removed source " + id + "; its mentions stay.";
    }

    @Descriptor("Pauses polling of a source")
    public String pause(String id) {
        if (!sources.setPaused(id, true)) {
            throw new IllegalArgumentException(unknown(id));
        }
        return "Paused " + id + ".";
    }

    @Descriptor("Resumes polling of a paused source")
    public String resume(String id) {
        if (!sources.setPaused(id, false)) {
            throw new IllegalArgumentException(unknown(id));
        }
        return "Resumed " + id + ".";
    }

    @Descriptor("Polls a source now and reports what it found")
    public String poll(String id) throws InterruptedException {
        if (sources.get(id).isEmpty()) {
            throw new IllegalArgumentException(unknown(id));
        }
        PollReport report;
        try {
            report = JobProgress.await(sources.pollNow(id), System.out);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Polling " + id + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        String summary = id + ": " + report.fetched() + " fetched, " + report.stored() + " new, "
                + report.duplicates() + " already stored, " + report.nearDuplicates() + " near duplicates, in "
                + report.took().toMillis() + " ms";
        if (report.failed()) {
            throw new IllegalStateException(summary + System.lineSeparator() + "Error: " + report.error());
        }
        return summary;
    }

    @Descriptor("Asks the platform whether a source's settings work, without fetching mentions")
    public String check(String id) {
        SourceConfig source = sources.get(id).orElseThrow(() -> new IllegalArgumentException(unknown(id)));
        try {
            return id + ": " + sources.check(source);
        } catch (SourceConfigException e) {
            throw new IllegalStateException(id + " does not work: " + e.getMessage(), e);
        }
    }

    @Descriptor("Shows the health of every source: last success, last error, mentions in the last hour")
    public String health(@Parameter(names = {"--source", "-s"}, absentValue = "") String id) {
        TextTable table = new TextTable("ID", "STATE", "LAST SUCCESS", "LAST ERROR", "LAST HOUR", "TOTAL", "NEXT POLL");
        StringBuilder errors = new StringBuilder();
        for (SourceHealth h : sources.health()) {
            if (!id.isEmpty() && !id.equals(h.sourceId())) {
                continue;
            }
            table.row(h.sourceId(), state(h.state()), ago(h.lastSuccess()), ago(h.lastError()), h.itemsLastHour(),
                    h.itemsTotal(), h.nextPoll() == null ? "" : in(h.nextPoll()));
            if (!h.lastErrorText().isEmpty()) {
                errors.append(System.lineSeparator()).append(h.sourceId()).append(": ").append(h.lastErrorText());
            }
        }
        if (table.isEmpty()) {
            return id.isEmpty() ? "No sources yet." : unknown(id);
        }
        return table + errors.toString();
    }

    private String unknown(String id) {
        return "No source '" + id + "'; sources:list shows the sources of this workspace";
    }

    static String state(SourceHealth.State state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String ago(Instant when) {
        return when == null ? "never" : ChorusCommands.describe(Duration.between(when, Instant.now())) + " ago";
    }

    private static String in(Instant when) {
        Duration left = Duration.between(Instant.now(), when);
        return left.isNegative() ? "now" : "in " + ChorusCommands.describe(left);
    }

    /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, or ISO-8601 {@code PT15M}. */
    static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            Duration duration = switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> null;
            };
            if (duration != null && !duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not an interval; write 90s, 15m, 2h or 1d");
    }
}
