package io.chorus.index.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.chorus.api.mention.Engagement;
import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.StoredMention;

/** Mentions, a word matcher whose rules tests change, and a copy of a live store's files as a crash leaves them. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static StoredMention mention(String id, String platform, String language, Instant published, String text,
                                 long views, List<String> brands, Map<String, String> labels) {
        Mention mention = new Mention(id, platform, "https://" + platform + ".example/p/" + id, "author" + id,
                published, "", text, language, "", "", new Engagement(100, 1, 0, 0, views));
        List<MentionMatch> matches = brands.stream().map(brand -> new MentionMatch(brand, MentionMatch.BRAND_RULE,
                List.of())).toList();
        return new StoredMention(mention, "test-source", published.plusSeconds(60), matches, mention.key(), labels);
    }

    static StoredMention mention(String id, Instant published, String text) {
        return mention(id, "vk", "ru", published, text, 10, List.of(), Map.of());
    }

    /** Matches a brand when the text contains one of its words; the words can change, as a semantic core does. */
    static final class WordMatcher implements MentionMatcher {
        final Map<String, List<String>> words = new ConcurrentHashMap<>();

        @Override
        public List<List<MentionMatch>> match(List<Mention> mentions) {
            List<List<MentionMatch>> results = new ArrayList<>();
            for (Mention mention : mentions) {
                String text = mention.text().toLowerCase(Locale.ROOT);
                List<MentionMatch> matches = new ArrayList<>();
                words.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(brand -> {
                    for (String word : brand.getValue()) {
                        int at = text.indexOf(word);
                        if (at >= 0) {
                            matches.add(new MentionMatch(brand.getKey(), MentionMatch.BRAND_RULE,
                                    List.of(new MentionMatch.MatchedText("text", at, at + word.length(),
                                            mention.text().substring(at, at + word.length())))));
                            break;
                        }
                    }
                });
                results.add(matches);
            }
            return results;
        }

        @Override
        public int ruleCount() {
            return words.size();
        }

        @Override
        public List<String> problems() {
            return List.of();
        }
    }

    /** Copies a store's folder while it runs, without closing it: what a kill -9 leaves on disk. */
    static Path crashCopy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("write.lock")) {
                    try {
                        Files.copy(file, target);
                    } catch (java.nio.file.NoSuchFileException e) {
                        // Lucene deleted a temporary file meanwhile: a crash would not have it either.
                    }
                }
            }
        }
        return to;
    }

    static Path lastJournalSegment(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store.resolve("journal"))) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }
}
