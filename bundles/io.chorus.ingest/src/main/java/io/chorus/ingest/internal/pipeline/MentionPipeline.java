package io.chorus.ingest.internal.pipeline;

import io.chorus.api.mention.Mention;
import io.chorus.api.mention.MentionMatch;
import io.chorus.api.mention.MentionMatcher;
import io.chorus.api.mention.MentionStore;
import io.chorus.api.mention.StoredMention;
import io.chorus.source.api.SourceItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What happens to a page of items: normalise, drop exact duplicates, detect the language, group near duplicates,
 * match and store. Returns only when the new mentions are durable, so the caller may then save the cursor.
 */
public final class MentionPipeline {

    /** The label that tells what normalising changed (a cut text, a dropped URL). */
    public static final String NOTE_LABEL = "ingest.note";

    private final Supplier<MentionStore> store;
    private final Supplier<MentionMatcher> matcher;
    private final Clock clock;
    private final Normaliser normaliser = new Normaliser();
    private final LanguageGuesser languages;
    private final NearDuplicates nearDuplicates;

    /**
     * @param store   the store, or a supplier that returns null while none is there (storing then fails)
     * @param matcher the matcher, or null from the supplier: mentions are stored without matches
     */
    public MentionPipeline(Supplier<MentionStore> store, Supplier<MentionMatcher> matcher, Clock clock,
                           LanguageGuesser languages, NearDuplicates nearDuplicates) {
        this.store = store;
        this.matcher = matcher;
        this.clock = clock;
        this.languages = languages;
        this.nearDuplicates = nearDuplicates;
    }

    /** What one batch did. */
    public record Result(int fetched, List<StoredMention> stored, int duplicates, int nearDuplicates) {
    }

    public Result process(String sourceId, List<SourceItem> items) throws IOException {
        MentionStore target = store.get();
        if (target == null) {
            throw new IOException("the mention store is not available; items are fetched again once it is");
        }
        Instant collected = clock.instant();
        // exact duplicates: within the batch first (a page may repeat an item), then against the store
        Map<String, Normaliser.Normalised> fresh = new LinkedHashMap<>();
        int duplicates = 0;
        for (SourceItem item : items) {
            Normaliser.Normalised normalised = normaliser.normalise(item, collected);
            String key = normalised.mention().key();
            if (fresh.containsKey(key) || target.contains(key)) {
                duplicates++;
            } else {
                fresh.put(key, normalised);
            }
        }
        List<Mention> mentions = new ArrayList<>(fresh.size());
        List<String> groups = new ArrayList<>(fresh.size());
        int near = 0;
        for (Normaliser.Normalised normalised : fresh.values()) {
            Mention mention = withLanguage(normalised.mention());
            String group = nearDuplicates.assign(mention.key(), mention.title(), mention.text());
            if (!group.equals(mention.key())) {
                near++;
            }
            mentions.add(mention);
            groups.add(group);
        }
        MentionMatcher currentMatcher = matcher.get();
        List<List<MentionMatch>> matches = currentMatcher == null || mentions.isEmpty() ? null
                : currentMatcher.match(mentions);
        List<StoredMention> toStore = new ArrayList<>(mentions.size());
        int i = 0;
        for (Normaliser.Normalised normalised : fresh.values()) {
            Map<String, String> labels = normalised.notes().isEmpty() ? Map.of()
                    : Map.of(NOTE_LABEL, String.join("; ", normalised.notes()));
            toStore.add(new StoredMention(mentions.get(i), sourceId, collected,
                    matches == null ? List.of() : matches.get(i), groups.get(i), labels));
            i++;
        }
        List<StoredMention> stored = toStore.isEmpty() ? List.of() : target.store(toStore);
        // items another writer stored in between count as duplicates
        return new Result(items.size(), stored, duplicates + toStore.size() - stored.size(), near);
    }

    /** Fills in the language where the platform did not say. */
    public Mention withLanguage(Mention mention) {
        return mention.language().isEmpty() ? mention.withLanguage(languages.guess(mention.title(), mention.text()))
                : mention;
    }
}
