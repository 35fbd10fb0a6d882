package io.chorus.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.chorus.api.jobs.Job;
import io.chorus.api.jobs.Jobs;
import io.chorus.api.mention.FacetRequest;
import io.chorus.api.mention.FacetResult;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionSearch;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.SearchResult;
import io.chorus.api.mention.StoredMention;
import io.chorus.api.query.QueryException;

/** The {@code mentions:} commands: search the stored mentions with the query language and count them. */
@Component(service = MentionsCommands.class, property = {
        "osgi.command.scope=mentions",
        "osgi.command.function=search",
        "osgi.command.function=stats",
        "osgi.command.function=rematch"})
public final class MentionsCommands {

    private static final int SNIPPET = 80;

    private final MentionStore store;
    private final Jobs jobs;

    @Activate
    public MentionsCommands(@Reference MentionStore store, @Reference Jobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @Descriptor("Matches the mentions of the last days again with the semantic core as it is now: mentions:rematch [--days 7]")
    public String rematch(@Descriptor("[--days N]") String... arguments) throws InterruptedException {
        CommandOptions options = new CommandOptions(arguments, CommandOptions.names("--days|-d"),
                "mentions:rematch [--days 7]");
        int days = options.intOption("days", 7);
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1");
        }
        Instant since = Instant.now().minus(java.time.Duration.ofDays(days));
        Job<Long> job = jobs.start("Matching the last " + days + " days again", monitor -> store.rematch(since,
                monitor));
        try {
            long changed = JobProgress.await(job, System.out);
            return changed + (changed == 1 ? " mention matches" : " mentions match")
                    + " differently now (published in the last " + days + " days)";
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Re-matching failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static final String SEARCH_USAGE = "mentions:search [--brand b] [--platform p] [--lang l]"
            + " [--since 2026-11-01] [--sort newest|oldest|relevance|reach] [--limit n] [--offset n] [query...]";
    private static final String STATS_USAGE = "mentions:stats [--brand b] [--since 2026-11-01] [query...]";

    @Descriptor("Searches stored mentions: mentions:search [--brand b] [--platform p] [--lang l] [--since 2026-11-01]"
            + " [--sort newest|oldest|relevance|reach] [--limit n] [query...]")
    public String search(@Descriptor("options, then query language text") String... arguments) throws QueryException {
        CommandOptions options = new CommandOptions(arguments, CommandOptions.names("--brand|-b", "--platform|-p",
                "--lang|-l", "--since", "--sort|-s", "--limit|-n", "--offset"), SEARCH_USAGE);
        int offset = options.intOption("offset", 0);
        MentionSearch search = search(String.join(" ", options.words()), options.option("brand", ""),
                options.option("platform", ""), options.option("lang", ""), options.option("since", ""))
                .withSort(sort(options.option("sort", "newest"))).withPage(offset, options.intOption("limit", 20));
        SearchResult result = store.search(search);
        TextTable table = new TextTable("PUBLISHED", "PLATFORM", "LANG", "BRANDS", "AUTHOR", "TEXT");
        for (StoredMention hit : result.mentions()) {
            var mention = hit.mention();
            table.row(mention.published() == null ? "" : mention.published().toString().substring(0, 16).replace('T', ' '),
                    mention.platform(), mention.language(),
                    hit.matches().stream().map(MentionMatch::brandId).distinct().collect(Collectors.joining(",")),
                    mention.author(), snippet(mention.title().isEmpty() ? mention.text()
                            : mention.title() + " - " + mention.text()));
        }
        String header = result.total() + (result.total() == 1 ? " mention" : " mentions")
                + (result.total() > result.mentions().size() ? ", showing " + (offset + 1) + "-"
                        + (offset + result.mentions().size()) : "");
        return result.mentions().isEmpty() ? header : header + System.lineSeparator() + table;
    }

    @Descriptor("Counts stored mentions by brand, platform, language and sentiment, and per day: " + STATS_USAGE)
    public String stats(@Descriptor("options, then query language text") String... arguments) throws QueryException {
        CommandOptions options = new CommandOptions(arguments, CommandOptions.names("--brand|-b", "--since"),
                STATS_USAGE);
        FacetResult facets = store.facets(search(String.join(" ", options.words()), options.option("brand", ""), "",
                        "", options.option("since", "")),
                new FacetRequest(List.of(FacetRequest.BRAND, FacetRequest.PLATFORM, FacetRequest.LANGUAGE,
                        FacetRequest.label("sentiment")), 10, FacetRequest.Interval.DAY, "", ZoneId.systemDefault()));
        StringBuilder text = new StringBuilder(facets.total() + " mentions");
        for (Map.Entry<String, List<FacetResult.Count>> dimension : facets.counts().entrySet()) {
            if (dimension.getValue().isEmpty()) {
                continue;
            }
            text.append(System.lineSeparator()).append(dimension.getKey()).append(": ").append(dimension.getValue()
                    .stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", ")));
        }
        List<FacetResult.Bucket> days = facets.histogram();
        if (!days.isEmpty()) {
            text.append(System.lineSeparator()).append("per day (last ").append(Math.min(14, days.size())).append("):");
            long max = days.stream().mapToLong(FacetResult.Bucket::count).max().orElse(1);
            for (FacetResult.Bucket day : days.subList(Math.max(0, days.size() - 14), days.size())) {
                int width = (int) Math.round(30.0 * day.count() / Math.max(1, max));
                text.append(System.lineSeparator()).append("  ")
                        .append(LocalDate.ofInstant(day.start(), ZoneId.systemDefault())).append(' ')
                        .append("#".repeat(width)).append(' ').append(day.count());
            }
        }
        return text.toString();
    }

    private static MentionSearch search(String query, String brand, String platform, String language, String since) {
        MentionSearch search = MentionSearch.query(query).withBrands(split(brand)).withPlatforms(split(platform))
                .withLanguages(split(language));
        if (!since.isEmpty()) {
            try {
                Instant from = LocalDate.parse(since).atStartOfDay(ZoneId.systemDefault()).toInstant();
                search = search.withPeriod(from, null);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--since '" + since + "' is not a date; write 2026-11-01");
            }
        }
        return search;
    }

    private static Set<String> split(String list) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : list.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    static MentionSearch.Sort sort(String text) {
        try {
            return MentionSearch.Sort.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sort '" + text + "': write newest, oldest, relevance or reach");
        }
    }

    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
    }
}
